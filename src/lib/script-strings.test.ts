import { expect, test } from 'vitest';
import { dictionaryFor } from './i18n.ts';
import { SEARCH_STRINGS, scriptLocale } from './script-strings.ts';

test.each([
  ['zh-CN', 'zh-CN'],
  ['en', 'en'],
  ['en-GB', 'en'],
  ['EN', 'en'],
  ['', 'zh-CN'],
  ['fr', 'zh-CN'],
])('a page in %j gets the %s words', (lang, locale) => {
  expect(scriptLocale(lang)).toBe(locale);
});

test("the search page and the search dialog use the same words", () => {
  for (const locale of ['zh-CN', 'en'] as const) expect(dictionaryFor(locale)).toMatchObject(SEARCH_STRINGS[locale]);
});
