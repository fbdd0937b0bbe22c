/** Reading the project's statement docs from disk, for the content and end-to-end tests. */
export { readSourceParagraphs } from '../../src/statement/source';
export { SITE_DIR as ROOT, readDocs, readEdition } from '../../src/statement/editions';
