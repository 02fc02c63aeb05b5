import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ANKI_CSS } from './cards/anki-html.ts';
import { TOKEN_COLOURS, tokenClass, tokenColourRules } from './code-colours.ts';

test('the site stylesheet gives each token class the colours of the table, and no others', () => {
  const css = readFileSync(join(import.meta.dirname, '../styles/code-blocks.css'), 'utf8');
  const rules = [...css.matchAll(/\.(tk-[\w-]+)\s*\{\s*--shiki-light:\s*(#\w+);\s*--shiki-dark:\s*(#\w+);?\s*\}/g)].map(([, name, light, dark]) => [name, [light, dark]]);
  expect(Object.fromEntries(rules)).toEqual(TOKEN_COLOURS);
});

test('the Anki stylesheet carries the same rules', () => {
  expect(ANKI_CSS).toContain(tokenColourRules('pre'));
  expect(ANKI_CSS).toContain('pre .tk-string { --shiki-light: #032f62; --shiki-dark: #a5d6ff; }');
});

test.each([
  ['#032f62', '#a5d6ff', 'tk-string'],
  ['#6f42c1', '#ffa657', 'tk-type'],
  ['#6f42c1', '#d2a8ff', 'tk-function'],
  ['#032F62', '#A5D6FF', undefined],
  ['#005cc5', '#7ee787', undefined],
])('tokenClass(%s, %s) is %s', (light, dark, name) => {
  expect(tokenClass(light, dark)).toBe(name);
});
