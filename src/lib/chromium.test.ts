import { expect, test } from 'vitest';
import { findChromium } from './chromium.ts';

test('CHROMIUM_PATH wins when it names a file', () => {
  expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
});

test('a CHROMIUM_PATH that names nothing is an error that says so', () => {
  expect(() => findChromium({ CHROMIUM_PATH: '/nowhere/chrome' })).toThrow(/CHROMIUM_PATH is set to "\/nowhere\/chrome", but there is no file there/);
});

test('without CHROMIUM_PATH a system browser is found (this machine has one)', () => {
  expect(findChromium({})).toMatch(/chrom/i);
});
