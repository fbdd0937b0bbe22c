import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';

import { LOCALE_CODES } from '../../src/locales';
import {
  GLOSSARY,
  GLOSSARY_TERMS,
  TERM_CATEGORIES,
  officialSourceProblems,
  termFinder,
  termParagraphs,
  termPattern,
  writesOfficialForm,
} from '../../src/glossary';
import statementParagraphs from '../../src/remark/statementParagraphs';
import { findStatementMarkers } from '../../src/statement/markdown';
import { PARAGRAPH_COUNT, alignSentences } from '../../src/statement/model';
import { readDocs, readEdition } from '../support/docs';

const editions = LOCALE_CODES.map((locale) => readEdition(locale));

describe('the aligned corpus', () => {
  it('has the 15 paragraphs in every language, in order', () => {
    for (const edition of editions) {
      expect(
        edition.paragraphs.map((p) => p.number),
        edition.locale,
      ).toEqual(Array.from({ length: PARAGRAPH_COUNT }, (_, i) => i + 1));
    }
  });

  it('aligns every sentence of every language with its counterparts', () => {
    const aligned = alignSentences(editions);
    expect(aligned.length).toBeGreaterThan(PARAGRAPH_COUNT);
    for (const sentence of aligned) {
      for (const locale of LOCALE_CODES) expect(sentence.text[locale]?.trim(), `${sentence.id} ${locale}`).toBeTruthy();
    }
    expect(new Set(aligned.map((s) => s.id)).size).toBe(aligned.length);
  });
});

describe('the glossary', () => {
  it('has at least 30 terms with unique ids that no category anchor shares', () => {
    const ids = GLOSSARY_TERMS.map((term) => term.id);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(TERM_CATEGORIES as readonly string[]).not.toContain(id);
    }
  });

  it.each(LOCALE_CODES)('gives every term a form, a note and a pattern in %s, and nothing else', (locale) => {
    expect(Object.keys(GLOSSARY[locale])).toEqual(GLOSSARY_TERMS.map((term) => term.id));
    for (const { id } of GLOSSARY_TERMS) {
      const entry = GLOSSARY[locale][id];
      expect(entry.term.trim() && entry.note.trim() && entry.match.trim(), `${locale} ${id}`).toBeTruthy();
    }
  });

  it.each(LOCALE_CODES)('gives search aliases in %s only as a last key, each new and once', (locale) => {
    for (const { id } of GLOSSARY_TERMS) {
      const entry = GLOSSARY[locale][id];
      if (entry.aliases === undefined) continue;
      expect(Object.keys(entry).at(-1), `${locale} ${id}`).toBe('aliases');
      expect(entry.aliases.length, `${locale} ${id}`).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const alias of entry.aliases) {
        expect(alias, `${locale} ${id}`).toBe(alias.trim());
        expect(alias.length, `${locale} ${id}`).toBeGreaterThan(0);
        expect(seen.has(alias.toLowerCase()), `${locale} ${id}: “${alias}” twice`).toBe(false);
        expect(alias.toLowerCase(), `${locale} ${id}: “${alias}” is the term itself`).not.toBe(
          entry.term.toLowerCase(),
        );
        seen.add(alias.toLowerCase());
      }
    }
  });

  it('has the aliases the search tests rely on', () => {
    expect(GLOSSARY.ru['drug-trafficking'].aliases).toContain('наркотрафик');
    expect(GLOSSARY.en['drug-trafficking'].aliases).toContain('narcotics');
    expect(GLOSSARY['zh-Hans'].sco.aliases).toContain('上合');
    expect(GLOSSARY.en['regional-anti-terrorist-structure'].aliases).toContain('RATS');
    expect(GLOSSARY.ru['regional-anti-terrorist-structure'].aliases).toContain('РАТС');
    expect(GLOSSARY['zh-Hans']['regional-anti-terrorist-structure'].aliases).toContain('RATS');
  });

  it('finds every term in the statement, in the same paragraphs in every language', () => {
    const where = Object.fromEntries(
      editions.map((edition) => [edition.locale, termParagraphs(edition.locale as never, edition.paragraphs)]),
    );
    const problems: string[] = [];
    for (const { id } of GLOSSARY_TERMS) {
      const english = where.en[id].join(',');
      if (!english) problems.push(`${id}: not found in the English text`);
      for (const locale of LOCALE_CODES) {
        const found = where[locale][id].join(',');
        if (found !== english) problems.push(`${id}: ${locale} finds it in ¶[${found}], English in ¶[${english}]`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it.each(LOCALE_CODES)(
    'gives every official rendering in %s a source: publisher, title, https url, ISO date',
    (locale) => {
      const problems = GLOSSARY_TERMS.flatMap(({ id }) => officialSourceProblems(id, GLOSSARY[locale][id]));
      expect(problems, problems.join('\n')).toEqual([]);
    },
  );

  it('records official renderings for the English and Chinese terms that have one', () => {
    const official = (locale: 'en' | 'zh-Hans') =>
      GLOSSARY_TERMS.filter(({ id }) => GLOSSARY[locale][id].official).map(({ id }) => id);
    for (const id of ['shanghai-spirit', 'global-security-initiative', 'global-development-initiative']) {
      expect(official('en'), id).toContain(id);
      expect(official('zh-Hans'), id).toContain(id);
    }
    expect(official('zh-Hans')).toContain('belt-and-road');
    expect(official('zh-Hans')).toContain('common-comprehensive-cooperative-sustainable-security');
  });

  it.each(LOCALE_CODES)(
    'writes every official rendering in %s in that form in every paragraph where the English term occurs',
    (locale) => {
      const edition = editions.find((e) => e.locale === locale)!;
      const english = termParagraphs('en', editions.find((e) => e.locale === 'en')!.paragraphs);
      const problems: string[] = [];
      for (const { id } of GLOSSARY_TERMS) {
        const { term, match, official } = GLOSSARY[locale][id];
        if (!official) continue;
        if (locale === 'ru' && !termPattern(locale, match).test(term))
          problems.push(`${id}: its pattern does not find the official form «${term}»`);
        for (const number of english[id]) {
          const text = edition.paragraphs.find((p) => p.number === number)!.text;
          if (locale !== 'ru') {
            if (!text.includes(term)) problems.push(`${id}: ¶${number} does not write “${term}”`);
            continue;
          }
          const found = [...text.matchAll(termPattern(locale, match))].map((m) => m[0]);
          if (found.length === 0) problems.push(`${id}: ¶${number} does not write «${term}»`);
          for (const form of found.filter((f) => !writesOfficialForm(locale, term, f)))
            problems.push(`${id}: ¶${number} writes «${form}», not a form of «${term}»`);
        }
      }
      expect(problems, problems.join('\n')).toEqual([]);
    },
  );

  it.each(LOCALE_CODES)(
    'marks terms in the %s pages only with entries that exist, leaving the text as it was',
    (locale) => {
      const known = new Set(GLOSSARY_TERMS.map((term) => term.id));
      const marked = new Set<string>();
      for (const doc of readDocs(locale)) {
        const before = findStatementMarkers(doc.tree).paragraphs.map((p) => p.text);
        const tree = structuredClone(doc.tree) as Root;
        statementParagraphs({ locale, findTerms: termFinder(locale) })(tree);
        const after: string[] = [];
        visit(tree, 'mdxJsxFlowElement', (node) => {
          if (node.name === 'StatementParagraph') after.push(toString(node));
        });
        visit(tree, 'mdxJsxTextElement', (node) => {
          if (node.name !== 'GlossaryTerm') return;
          const id = node.attributes.find((a) => 'name' in a && a.name === 'id')?.value;
          expect(known.has(String(id)), `${doc.file}: ${String(id)}`).toBe(true);
          marked.add(String(id));
        });
        expect(after, doc.file).toEqual(before);
      }
      expect(marked.size, 'terms marked somewhere').toBe(known.size);
    },
  );
});
