/**
 * Draws a passage's quote card, the image of its link preview: a 1200 × 630 PNG with the passage text set as
 * large as it fits, its reference, the speaker, meeting and date, and the site's name. Satori lays it out as
 * SVG and resvg rasterizes it, both from npm, with the Noto Serif fonts of @fontsource (OFL 1.1): no browser and
 * no system font is needed. The PNG carries the text it was drawn from (an iTXt "Description" chunk), so a test
 * can tell a stale card from a current one.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

import { renderAsync } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';

import { ellipsisOf } from '../../statement/passages';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface QuoteCard {
  /** The page's language (`en`, `zh-Hans`, `ru`). */
  readonly locale: string;
  /** The passage text. */
  readonly text: string;
  /** `¶6 · sentence 3 · Point 3: …` */
  readonly reference: string;
  /** Speaker and date. */
  readonly byline: string;
  readonly meeting: string;
  readonly siteName: string;
}

// The site's light theme (src/css/custom.css): Infima's text colour and the primary blue.
const COLORS = { background: '#ffffff', text: '#1c1e21', primary: '#1f5f8b', muted: '#525860', rule: '#dadde1' };
const PADDING_X = 72;
const BAR = 16;
const TEXT_WIDTH = CARD_WIDTH - BAR - 2 * PADDING_X;
const PADDING_TOP = 48;
const PADDING_BOTTOM = 40;
/** Two lines of the reference. */
const REFERENCE_HEIGHT = 68;
const FOOTER_HEIGHT = 90;
/** What the passage may take between the reference and the footer. */
const TEXT_HEIGHT = CARD_HEIGHT - PADDING_TOP - PADDING_BOTTOM - REFERENCE_HEIGHT - FOOTER_HEIGHT;
/**
 * Sizes tried for the passage, largest first. Below the last the text is cut instead (with an ellipsis): 34 px
 * is 11 px in a 400 px wide phone preview, about the least that still reads.
 */
const FONT_SIZES = [64, 58, 52, 48, 44, 40, 37, 34];

const require_ = createRequire(__filename);
const fontFile = (pkg: string, file: string) => readFileSync(require_.resolve(`@fontsource/${pkg}/files/${file}`));

type Font = SatoriOptions['fonts'][number];
/** Fontsource splits Noto Serif by script; Satori keeps one font per name and weight, so each is named apart. */
const LATIN_SUBSETS = ['latin', 'latin-ext', 'cyrillic'];
let fontCache: { latin: Font[]; chinese: Font[] } | undefined;

/** Noto Serif (Latin, Cyrillic) for every card; Noto Serif SC's simplified-Chinese subset for Chinese ones. */
function fonts(chinese: boolean): Font[] {
  fontCache ??= { latin: [], chinese: [] };
  if (fontCache.latin.length === 0) {
    for (const weight of [400, 700] as const)
      for (const subset of LATIN_SUBSETS)
        fontCache.latin.push({
          name: `Noto Serif ${subset}`,
          weight,
          style: 'normal',
          data: fontFile('noto-serif', `noto-serif-${subset}-${weight}-normal.woff`),
        });
  }
  if (chinese && fontCache.chinese.length === 0) {
    for (const weight of [400, 700] as const)
      fontCache.chinese.push({
        name: 'Noto Serif SC',
        weight,
        style: 'normal',
        lang: 'zh-CN',
        data: fontFile('noto-serif-sc', `noto-serif-sc-chinese-simplified-${weight}-normal.woff`),
      });
  }
  return chinese ? [...fontCache.chinese, ...fontCache.latin] : fontCache.latin;
}

const isChinese = (locale: string) => locale.startsWith('zh');
const langOf = (locale: string) => (isChinese(locale) ? 'zh-CN' : locale);
const fontFamily = (locale: string) =>
  [...(isChinese(locale) ? ['Noto Serif SC'] : []), ...LATIN_SUBSETS.map((subset) => `Noto Serif ${subset}`)]
    .map((name) => `'${name}'`)
    .join(', ');

interface Node {
  type: string;
  props: { style?: Record<string, string | number>; lang?: string; children?: string | Node | Node[] };
}
const div = (style: Node['props']['style'], children: Node['props']['children'], lang?: string): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children, ...(lang ? { lang } : {}) },
});

function passageBlock(card: QuoteCard, text: string, fontSize: number): Node {
  return div(
    {
      width: TEXT_WIDTH,
      fontSize,
      // Chinese glyphs are taller: a looser line, as on the site.
      lineHeight: isChinese(card.locale) ? 1.5 : 1.3,
      color: COLORS.text,
      fontFamily: fontFamily(card.locale),
    },
    text,
    langOf(card.locale),
  );
}

const options = (card: QuoteCard, width: number, height?: number) =>
  ({ width, height, fonts: fonts(isChinese(card.locale)) }) as SatoriOptions;

async function textHeight(card: QuoteCard, text: string, fontSize: number): Promise<number> {
  // Without glyph outlines (embedFont: false) Satori only lays the text out: the measure costs a fraction.
  const svg = await satori(passageBlock(card, text, fontSize) as never, {
    ...options(card, TEXT_WIDTH),
    embedFont: false,
  });
  return Number(/height="([\d.]+)"/.exec(svg)![1]);
}

/** Cut into the units a line may break between: characters in Chinese, words (with their space) elsewhere. */
const unitsOf = (card: QuoteCard) => (isChinese(card.locale) ? [...card.text] : card.text.split(/(?<=\s)/));
const cutAt = (units: readonly string[], count: number, ellipsis: string) =>
  count >= units.length
    ? units.join('')
    : `${units
        .slice(0, count)
        .join('')
        .replace(/[\s,;:，、；：—–-]+$/u, '')}${ellipsis}`;

/**
 * The largest size at which the whole text fits (a binary search over FONT_SIZES); when it does not fit even
 * at the smallest, the longest start of it that does, with an ellipsis. Satori itself measures each try.
 */
async function fit(card: QuoteCard): Promise<{ text: string; fontSize: number }> {
  // Some air above the footer's rule: the text, centred in its box, keeps 12 px clear on either side.
  const fits = async (text: string, size: number) => (await textHeight(card, text, size)) <= TEXT_HEIGHT - 24;
  let [low, high] = [0, FONT_SIZES.length - 1];
  const smallest = FONT_SIZES[high]!;
  const units = unitsOf(card);
  const ellipsis = ellipsisOf(card.locale);
  // A box full of the smallest size holds fewer characters than this: measure no more than that.
  const capacity = Math.ceil(
    (TEXT_WIDTH / (smallest * (isChinese(card.locale) ? 1 : 0.42))) * (TEXT_HEIGHT / (smallest * 1.3)),
  );
  let most = units.length;
  while (most > 1 && cutAt(units, most - 1, ellipsis).length > capacity) most = Math.ceil(most * 0.9);
  if (most === units.length && !(await fits(card.text, smallest))) most = units.length - 1;
  if (most < units.length) {
    let [fewest, largest] = [1, most];
    while (fewest < largest) {
      const middle = Math.ceil((fewest + largest) / 2);
      if (await fits(cutAt(units, middle, ellipsis), smallest)) fewest = middle;
      else largest = middle - 1;
    }
    return { text: cutAt(units, fewest, ellipsis), fontSize: smallest };
  }
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (await fits(card.text, FONT_SIZES[middle]!)) high = middle;
    else low = middle + 1;
  }
  return { text: card.text, fontSize: FONT_SIZES[low]! };
}

async function svgOf(card: QuoteCard): Promise<string> {
  const { text, fontSize } = await fit(card);
  const lang = langOf(card.locale);
  const layout = div(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      background: COLORS.background,
      fontFamily: fontFamily(card.locale),
    },
    [
      div({ width: BAR, height: CARD_HEIGHT, background: COLORS.primary }, []),
      div(
        {
          flexDirection: 'column',
          width: CARD_WIDTH - BAR,
          height: CARD_HEIGHT,
          padding: `${PADDING_TOP}px ${PADDING_X}px ${PADDING_BOTTOM}px`,
        },
        [
          div(
            { height: REFERENCE_HEIGHT, fontSize: 26, fontWeight: 700, lineHeight: 1.3, color: COLORS.primary },
            card.reference,
            lang,
          ),
          div({ height: TEXT_HEIGHT, alignItems: 'center', overflow: 'hidden' }, [passageBlock(card, text, fontSize)]),
          div(
            {
              flexDirection: 'column',
              height: FOOTER_HEIGHT,
              justifyContent: 'flex-end',
              borderTop: `2px solid ${COLORS.rule}`,
              fontSize: 22,
              lineHeight: 1.35,
              color: COLORS.muted,
            },
            [
              div({ justifyContent: 'space-between' }, [
                div({}, card.byline, lang),
                div({ color: COLORS.primary, fontWeight: 700, marginLeft: 24 }, card.siteName, lang),
              ]),
              div({}, card.meeting, lang),
            ],
          ),
        ],
      ),
    ],
  );
  return satori(layout as never, options(card, CARD_WIDTH, CARD_HEIGHT));
}

/** A PNG chunk: length, type, data, CRC of type and data. */
function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** The PNG with an iTXt chunk (UTF-8, uncompressed) `keyword`=`text` just before IEND. */
export function withPngText(png: Buffer, keyword: string, text: string): Buffer {
  const iend = png.length - 12;
  const data = Buffer.concat([Buffer.from(`${keyword}\0\0\0\0\0`, 'latin1'), Buffer.from(text, 'utf8')]);
  return Buffer.concat([png.subarray(0, iend), pngChunk('iTXt', data), png.subarray(iend)]);
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/**
 * The card's colours: the background, and each ink blended into it in 8 steps (anti-aliasing). Every pixel
 * takes the nearest of them, so the PNG can be indexed (one byte a pixel): a third of the RGBA file's size.
 */
const PALETTE: number[][] = (() => {
  const background = rgb(COLORS.background);
  const inks = [COLORS.text, COLORS.primary, COLORS.muted, COLORS.rule].map(rgb);
  const steps = 8;
  return [
    background,
    ...inks.flatMap((ink) =>
      Array.from({ length: steps - 1 }, (_, i) =>
        ink.map((c, channel) =>
          Math.round(background[channel]! + ((c - background[channel]!) * (i + 1)) / (steps - 1)),
        ),
      ),
    ),
  ];
})();

const BACKGROUND = (PALETTE[0]![0]! << 16) | (PALETTE[0]![1]! << 8) | PALETTE[0]![2]!;

function nearest(r: number, g: number, b: number): number {
  let best = 0;
  let bestDistance = Infinity;
  PALETTE.forEach(([pr, pg, pb], index) => {
    const distance = (r - pr!) ** 2 + (g - pg!) ** 2 + (b - pb!) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [index, distance];
  });
  return best;
}

const DENSE = 50_000;

const deflateAsync = promisify(deflate);

/** RGBA pixels (opaque) → an indexed-colour PNG. */
async function indexedPng(pixels: Buffer, width: number, height: number): Promise<Buffer> {
  const memo = new Map<number, number>();
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      const key = (pixels[at]! << 16) | (pixels[at + 1]! << 8) | pixels[at + 2]!;
      if (key === BACKGROUND) continue; // index 0, as allocated
      let index = memo.get(key);
      if (index === undefined) memo.set(key, (index = nearest(pixels[at]!, pixels[at + 1]!, pixels[at + 2]!)));
      rows[y * (width + 1) + 1 + x] = index;
    }
  }
  // Level 6 is ten times faster than 9 and 7 % larger: 9 only for the densest cards, to keep under 60 KB.
  let compressed = await deflateAsync(rows, { level: 6 });
  if (compressed.length > DENSE) compressed = await deflateAsync(rows, { level: 9 });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('PLTE', Buffer.from(PALETTE.flat())),
    pngChunk('IDAT', compressed),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The card as a PNG, with the passage text in its "Description". Rasterizing and compressing run on libuv's
 * thread pool, so the build can lay out the next card meanwhile.
 */
export async function renderQuoteCard(card: QuoteCard): Promise<Buffer> {
  const svg = await svgOf(card);
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return withPngText(await indexedPng(image.pixels, image.width, image.height), 'Description', card.text);
}

const version = (pkg: string) => (require_(`${pkg}/package.json`) as { version: string }).version;

/**
 * What a card's pixels depend on: its texts, this drawer's code and the versions of the renderer and fonts.
 * The build keeps drawn cards under this key and draws again only what changed.
 */
export function cardKey(card: QuoteCard): string {
  return createHash('sha256')
    .update(readFileSync(__filename))
    .update(
      JSON.stringify([
        card,
        ['satori', '@resvg/resvg-js', '@fontsource/noto-serif', '@fontsource/noto-serif-sc'].map(version),
      ]),
    )
    .digest('hex');
}
