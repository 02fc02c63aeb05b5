// Layers import downwards only: pure src/lib at the bottom, src/plugins and src/integrations
// above it, pages on top; integrations do not import each other in a circle.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { listFiles } from '../../src/lib/files.ts';

const src = resolve(import.meta.dirname, '../../src');
const sources = listFiles(src).filter((file) => /\.(ts|astro|mjs)$/.test(file) && !file.endsWith('.test.ts'));

/** Files (relative to src/) that `file` imports, by relative specifier. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(src, file), 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.{1,2}\/[^']+)'/g)].map((match) => relative(src, resolve(dirname(join(src, file)), match[1]!)).split('\\').join('/'));
}

const layer = (file: string) => file.split('/')[0];

const ABOVE_LIB = ['plugins', 'integrations', 'pages', 'layouts', 'components', 'scripts'];

test('src/lib imports nothing above it (the settings file beside it is data)', () => {
  const upward = sources.filter((file) => layer(file) === 'lib').flatMap((file) => importsOf(file).filter((target) => ABOVE_LIB.includes(layer(target)!)).map((target) => `${file} -> ${target}`));
  expect(upward).toEqual([]);
});

test('plugins and integrations import neither pages, layouts nor components', () => {
  const upward = sources
    .filter((file) => ['plugins', 'integrations'].includes(layer(file)!))
    .flatMap((file) => importsOf(file).filter((target) => ['pages', 'layouts', 'components'].includes(layer(target)!)).map((target) => `${file} -> ${target}`));
  expect(upward).toEqual([]);
});

test('integrations do not import each other in a circle', () => {
  const graph = new Map(sources.filter((file) => layer(file) === 'integrations').map((file) => [file, importsOf(file).filter((target) => layer(target) === 'integrations')]));
  const cycles: string[] = [];
  const visit = (file: string, path: string[]) => {
    if (path.includes(file)) return void cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '));
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
  };
  for (const file of graph.keys()) visit(file, []);
  expect(cycles).toEqual([]);
});
