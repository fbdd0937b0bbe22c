/**
 * Draws the web app icons from the favicon's design (static/img/favicon.svg: four lines of text on the site's
 * blue) with resvg, without a browser: `any` icons at 192 and 512 px, a `maskable` one at 512 px whose lines keep
 * inside the central safe circle (a launcher may crop it to any shape), and the 180 px apple-touch-icon (opaque:
 * iOS rounds the corners itself). Run `npm run app-icons` when the favicon changes; the PNGs are committed.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { Resvg } from '@resvg/resvg-js';

const BLUE = '#1f5f8b';
const LINES = '<path d="M8 9h16M8 14h16M8 19h16M8 24h10" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/>';

/** The favicon's drawing on a 32-unit square; `inset` shrinks the lines towards the centre (maskable safe zone). */
function svg({ rounded, inset }: { rounded: boolean; inset: number }): string {
  const scale = 1 - 2 * inset;
  const offset = 16 * (1 - scale);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32"${rounded ? ' rx="6"' : ''} fill="${BLUE}"/><g transform="translate(${offset} ${offset}) scale(${scale})">${LINES}</g></svg>`;
}

export const APP_ICONS = [
  { file: 'icon-192.png', size: 192, rounded: true, inset: 0 },
  { file: 'icon-512.png', size: 512, rounded: true, inset: 0 },
  // The safe zone is a circle of 40 % radius: the lines (x 8–24, y 9–24 of 32) fit in it at 60 % of their size.
  { file: 'icon-maskable-512.png', size: 512, rounded: false, inset: 0.2 },
  { file: 'apple-touch-icon.png', size: 180, rounded: false, inset: 0.06 },
] as const;

async function main(): Promise<void> {
  for (const { file, size, rounded, inset } of APP_ICONS) {
    const png = new Resvg(svg({ rounded, inset }), { fitTo: { mode: 'width', value: size } }).render().asPng();
    const out = path.join('static', 'img', file);
    await writeFile(out, png);
    console.log(`${out}: ${size} × ${size}, ${png.length} bytes`);
  }
}

void main();
