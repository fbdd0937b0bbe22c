// citeproc-js ships no types; format.ts declares the part of its API the site uses.
declare module 'citeproc' {
  import type { Citeproc } from './format';

  const CSL: Citeproc;
  export default CSL;
}
