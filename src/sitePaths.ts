/** The site paths (without locale prefix) of the pages that show the statement in several languages at once… */
export const GLOSSARY_PATH = '/glossary';
export const PARALLEL_PATH = '/parallel';
/** …and of the search page (`/search?q=…`). */
export const SEARCH_PATH = '/search';
