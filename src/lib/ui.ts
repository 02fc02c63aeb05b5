// The interface strings and formatters for the configured locale.
import { siteConfig } from './config.ts';
import { dictionaryFor } from './i18n.ts';

export const ui = dictionaryFor(siteConfig.locale);

const dateFormat = new Intl.DateTimeFormat(siteConfig.locale, { dateStyle: 'long', timeZone: 'UTC' });

/** "2026年11月24日" / "November 24, 2026". */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "2026-11-24", for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
