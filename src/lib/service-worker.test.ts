import { expect, test } from 'vitest';
import { serviceWorkerSource } from './service-worker.ts';

test('the worker keeps pages in a cache named after the build, under the base path', () => {
  const source = serviceWorkerSource({ buildId: 'abc123', base: '/repo/', enabled: true });
  expect(() => new Function(source)).not.toThrow();
  expect(source).toContain('"study-notes-abc123", "/repo/", "study-notes-"');
  expect(source).toMatch(/addEventListener\(['"]fetch/);
  expect(source).not.toContain('unregister');
});

test('turned off, the worker removes its caches and itself', () => {
  const source = serviceWorkerSource({ buildId: 'abc123', base: '/', enabled: false });
  expect(() => new Function(source)).not.toThrow();
  expect(source).toContain('unregister');
  expect(source).not.toMatch(/addEventListener\(['"]fetch/);
});
