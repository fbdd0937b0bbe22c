/** What the section-titles plugin gives the browser (no Node import here: the landing page bundles it). */
export const SECTION_TITLES_PLUGIN = 'section-titles';

/** Each section's short title, by section id. */
export type SectionTitlesData = Readonly<Record<string, string>>;
