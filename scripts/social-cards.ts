/**
 * Draws the social card of each locale (static/img/social-card.<locale>.png, 1200 × 630) in headless Chromium
 * from the statement's title in that language. Run again when a title changes; the PNGs are committed.
 */
import path from 'node:path';

import { LOCALES, writesWithSpaces } from '../src/locales';
import { STATEMENT } from '../src/statement/metadata';
import { launchBrowser } from './lib/chromium';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

async function main(): Promise<void> {
  const browser = await launchBrowser();
  try {
    for (const { code, htmlLang, byline } of LOCALES) {
      const { title } = STATEMENT[code];
      const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
      await page.setContent(`<!doctype html><html lang="${htmlLang}"><body style="margin:0">
        <div style="box-sizing:border-box;width:1200px;height:630px;padding:72px 80px;display:flex;flex-direction:column;justify-content:space-between;
          background:#154261;color:#fff;font-family:'Noto Sans','Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif">
          <div style="font-size:30px;opacity:.85">¶1–¶15 · English · 简体中文 · Русский</div>
          <div style="font-size:${writesWithSpaces(code) ? 56 : 68}px;font-weight:700;line-height:1.2">${escape(title)}</div>
          <div style="font-size:30px;opacity:.9">${escape(byline)}</div>
        </div></body></html>`);
      await page.screenshot({ path: path.join('static/img', `social-card.${code}.png`) });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

void main();
