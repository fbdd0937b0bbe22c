/**
 * The statement has no code to highlight. The theme's version registers Prism languages through a `require`
 * context that bundles Prism's whole language index (about 27 KB) into every page even when none is configured.
 */
export default function prismIncludeLanguages(): void {}
