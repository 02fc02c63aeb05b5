import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readSettingsFile, resolveSiteConfig } from './config.ts';

// issue 12, case 17: a learner's notes repository carries its settings in study-notes.json.
test('settings come from an optional JSON file, under the environment overrides', () => {
  const dir = mkdtempSync(join(tmpdir(), 'settings-'));
  const file = join(dir, 'study-notes.json');
  writeFileSync(file, JSON.stringify({ title: '我的笔记', locale: 'en', tracks: [{ id: 'k8s', title: 'Kubernetes' }] }));
  const env = { SITE_SETTINGS: file, LOCALE: 'zh-CN' };
  const site = resolveSiteConfig({ title: 'Base', tracks: [], ...readSettingsFile(env) }, env);
  expect(site).toMatchObject({ title: '我的笔记', locale: 'zh-CN', tracks: [{ id: 'k8s', title: 'Kubernetes' }] });
  expect(readSettingsFile({ SITE_SETTINGS: join(dir, 'missing.json') })).toEqual({});
  writeFileSync(file, '{ title: oops }');
  expect(() => readSettingsFile({ SITE_SETTINGS: file })).toThrow(/study-notes\.json: .*Fix the settings file/);
});
