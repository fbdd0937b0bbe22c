/** A locale's interface strings (i18n/<locale>/code.json) as the short-link plugin reads them, for scripts. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { LocaleCode } from '../../src/locales';
import { messagesOf, type Messages } from '../../src/plugins/short-links';

export function codeMessages(locale: LocaleCode, siteDir = '.'): Messages {
  const file = path.join(siteDir, 'i18n', locale, 'code.json');
  const translations = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return messagesOf(Object.fromEntries(Object.entries(translations).map(([id, m]) => [id, m.message])));
}
