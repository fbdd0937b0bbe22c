/** Registers no extra Prism languages: the site highlights no code (see CodeBlock). */
export default function prismIncludeLanguages(): void {}
