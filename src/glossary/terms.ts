/**
 * The glossary's terms, in the order the glossary lists them. Everything said of a term in a language (its form,
 * note and the pattern that finds it in the statement) is an i18next resource:
 * src/i18next/locales/<locale>/glossary.json, keyed by the id below.
 */
export type TermCategory = 'concept' | 'initiative' | 'organization' | 'document' | 'person' | 'place';

export const TERM_CATEGORIES: readonly TermCategory[] = [
  'concept',
  'initiative',
  'organization',
  'document',
  'person',
  'place',
];

export interface GlossaryTermDefinition {
  /** The entry's anchor on the glossary page (`/glossary#belt-and-road`); lowercase ASCII words joined by `-`. */
  readonly id: string;
  readonly category: TermCategory;
}

export const GLOSSARY_TERMS: readonly GlossaryTermDefinition[] = [
  // Concepts
  { id: 'community-with-a-shared-future', category: 'concept' },
  { id: 'shanghai-spirit', category: 'concept' },
  { id: 'common-comprehensive-cooperative-sustainable-security', category: 'concept' },
  { id: 'three-forces', category: 'concept' },
  { id: 'drug-trafficking', category: 'concept' },
  { id: 'multilateralism', category: 'concept' },
  { id: 'global-governance', category: 'concept' },
  { id: 'common-values-of-humanity', category: 'concept' },
  { id: 'chinese-modernization', category: 'concept' },
  { id: 'rotating-presidency', category: 'concept' },

  // Initiatives
  { id: 'global-security-initiative', category: 'initiative' },
  { id: 'global-development-initiative', category: 'initiative' },
  { id: 'belt-and-road', category: 'initiative' },
  { id: 'belt-and-road-forum', category: 'initiative' },
  { id: 'sco-development-bank', category: 'initiative' },
  { id: 'global-civilization-initiative', category: 'initiative' },

  // Organizations
  { id: 'council-of-heads-of-state', category: 'organization' },
  { id: 'sco', category: 'organization' },
  { id: 'united-nations', category: 'organization' },
  { id: 'communist-party-of-china', category: 'organization' },
  { id: 'eurasian-economic-union', category: 'organization' },
  { id: 'regional-anti-terrorist-structure', category: 'organization' },

  // Documents
  { id: 'new-delhi-declaration', category: 'document' },
  { id: 'statement-on-countering-radicalization', category: 'document' },
  { id: 'statement-on-digital-transformation', category: 'document' },
  { id: 'belarus-memorandum-of-obligations', category: 'document' },
  { id: 'sco-economic-development-strategy-2030', category: 'document' },

  // People
  { id: 'xi-jinping', category: 'person' },
  { id: 'narendra-modi', category: 'person' },
  { id: 'kassym-jomart-tokayev', category: 'person' },
  { id: 'sadyr-zhaparov', category: 'person' },
  { id: 'shehbaz-sharif', category: 'person' },
  { id: 'vladimir-putin', category: 'person' },
  { id: 'emomali-rahmon', category: 'person' },
  { id: 'shavkat-mirziyoyev', category: 'person' },
  { id: 'aleksandr-lukashenko', category: 'person' },
  { id: 'ebrahim-raisi', category: 'person' },
  { id: 'khurelsukh-ukhnaa', category: 'person' },
  { id: 'serdar-berdimuhamedov', category: 'person' },
  { id: 'antonio-guterres', category: 'person' },
  { id: 'cai-qi', category: 'person' },
  { id: 'wang-yi', category: 'person' },

  // Places
  { id: 'beijing', category: 'place' },
  { id: 'iran', category: 'place' },
  { id: 'belarus', category: 'place' },
  { id: 'kazakhstan', category: 'place' },
  { id: 'india', category: 'place' },
];
