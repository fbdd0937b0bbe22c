/**
 * The reader's citation style: `?cite=<style>` in the address, else the choice kept in localStorage, else the
 * locale's default. A stored value that is no style (old, corrupt, or storage unavailable) is ignored silently.
 */
import { chooseStyle, STYLE_STORAGE_KEY, type CitationStyleId } from '@site/src/citation/styles';
import type { LocaleCode } from '@site/src/locales';

function stored(): string | null {
  try {
    return window.localStorage.getItem(STYLE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function requestedStyle(locale: LocaleCode): { style: CitationStyleId; rejected?: string } {
  return chooseStyle(locale, new URLSearchParams(window.location.search).get('cite'), stored());
}

export function rememberStyle(style: CitationStyleId): void {
  try {
    window.localStorage.setItem(STYLE_STORAGE_KEY, style);
  } catch {
    // Storage refused (private mode, quota): the choice holds for this page only.
  }
}
