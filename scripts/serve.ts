/** Serves the production build (all locales) on http://127.0.0.1:PORT (default 3000), compressed. */
import { existsSync } from 'node:fs';

import { startStaticServer } from './lib/staticServer';

const root = 'build';
if (!existsSync(`${root}/index.html`)) {
  console.error('No build found: run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}
void startStaticServer({ root, port: Number(process.env.PORT ?? 3000) }).then((server) => {
  console.log(`Serving ${root}/ (en, zh-Hans, ru) at ${server.url}/ — Ctrl+C to stop`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
