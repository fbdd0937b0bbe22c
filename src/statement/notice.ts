/**
 * What a text of the statement is, in its own language (the English readout, or this site's translation of it),
 * for the files that take the statement out of the site: the translation memory, the e-books and the embeds.
 * Read from the metadata module's provenance record, here only, so a change of that record is one line here.
 */
import type { LocaleCode } from '../locales';
import { PROVENANCE } from './metadata';

export function textNotice(locale: LocaleCode): string {
  return PROVENANCE[locale].about;
}
