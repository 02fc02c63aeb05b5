// The GitHub workflows parse and do what the README promises: publish with the official Pages
// actions (base path and site URL from configure-pages), and test pull requests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; needs?: string }>;
}

const workflow = (name: string) => parse(readFileSync(join(import.meta.dirname, '../../.github/workflows', name), 'utf8')) as Workflow;
const steps = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps);
const uses = (flow: Workflow, action: string) => steps(flow).find((step) => step.uses?.startsWith(`${action}@`));
/** The folders kept between runs by actions/cache. */
const cached = (flow: Workflow) => steps(flow).flatMap((step) => (step.uses?.startsWith('actions/cache@') ? [step.with?.['path']] : []));

test('deploy: official Pages actions, full history, Node 24, CJK fonts, caches, npm install, base path from configure-pages', () => {
  const deploy = workflow('deploy.yml');
  expect(deploy.on).toHaveProperty('push', { branches: ['main'] });
  expect(deploy.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  expect(uses(deploy, 'actions/checkout')?.with).toMatchObject({ 'fetch-depth': 0 });
  expect(uses(deploy, 'actions/configure-pages')).toBeDefined();
  expect(uses(deploy, 'actions/setup-node')?.with).toMatchObject({ 'node-version': 24, cache: 'npm' });
  // The drawings and Astro's cache (unchanged notes and pages are copied, not rendered), where the build keeps it.
  expect(cached(deploy)).toEqual(['.cache/astro', '.cache/diagrams']);
  expect(uses(deploy, 'actions/upload-pages-artifact')?.with).toMatchObject({ path: 'dist' });
  expect(uses(deploy, 'actions/deploy-pages')).toBeDefined();
  const runs = steps(deploy).map((step) => step.run ?? '');
  expect(runs.some((run) => run.includes('fonts-noto-cjk'))).toBe(true);
  expect(runs).toContain('npm install --no-audit --no-fund');
  expect(runs.some((run) => run.includes('npm ci'))).toBe(false);
  const build = steps(deploy).find((step) => step.run === 'npm run build');
  expect(build?.env).toMatchObject({ BASE_PATH: '${{ steps.pages.outputs.base_path }}', SITE_URL: '${{ steps.pages.outputs.origin }}', CACHE_DIR: '.cache/astro' });
  expect(deploy.jobs['deploy']?.needs).toBe('build');
});

test('test: runs npm test on pull requests, with fonts and a browser', () => {
  const tests = workflow('test.yml');
  expect(tests.on).toHaveProperty('pull_request');
  const runs = steps(tests).map((step) => step.run ?? '');
  expect(runs).toContain('npm test');
  expect(runs.some((run) => run.includes('fonts-noto-cjk'))).toBe(true);
  expect(steps(tests).find((step) => step.run === 'npm test')?.env).toHaveProperty('CHROMIUM_PATH');
});

// issue 12, case 17: the workflow a learner adds to their own notes repository.
test('publish/study-notes.yml: builds the notes repository with a pinned generator and publishes it like deploy.yml', () => {
  const flow = parse(readFileSync(join(import.meta.dirname, '../../publish/study-notes.yml'), 'utf8')) as Workflow & { env: Record<string, string> };
  expect(flow.on).toHaveProperty('push', { branches: ['main'] });
  expect(flow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  // The generator is checked out at a tag or commit, never a moving branch.
  expect(flow.env['GENERATOR_REF']).toMatch(/^(v\d+\.\d+\.\d+|[0-9a-f]{40})$/);
  const checkouts = steps(flow).filter((step) => step.uses?.startsWith('actions/checkout@'));
  expect(checkouts.map((step) => step.with)).toEqual([
    { path: 'notes', 'fetch-depth': 0 },
    { repository: '${{ env.GENERATOR_REPOSITORY }}', ref: '${{ env.GENERATOR_REF }}', path: 'generator' },
  ]);
  expect(uses(flow, 'actions/configure-pages')).toBeDefined();
  expect(uses(flow, 'actions/upload-pages-artifact')?.with).toMatchObject({ path: 'generator/dist' });
  expect(flow.jobs['deploy']?.needs).toBe('build');
  const runs = steps(flow).map((step) => step.run ?? '');
  expect(runs).toContain('npm install --no-audit --no-fund');
  expect(runs.some((run) => run.includes('npm ci'))).toBe(false);
  expect(runs.some((run) => run.includes('fonts-noto-cjk'))).toBe(true);
  const build = steps(flow).find((step) => step.run === 'npm run build');
  expect(build?.env).toMatchObject({
    NOTES_DIR: '${{ github.workspace }}/notes/${{ env.NOTES_PATH }}',
    SITE_SETTINGS: '${{ github.workspace }}/notes/study-notes.json',
    BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    SITE_URL: '${{ steps.pages.outputs.origin }}',
    // Relative to the generator's folder, the build's working directory.
    CACHE_DIR: '.cache/astro',
  });
  expect(cached(flow)).toEqual(['generator/.cache/astro', 'generator/.cache/diagrams']);
  // The link check sees the same settings as the build (base path, notes folder).
  const check = steps(flow).find((step) => step.run === 'npm run check:links');
  for (const name of ['NOTES_DIR', 'SITE_SETTINGS', 'BASE_PATH', 'SITE_URL']) expect(check?.env?.[name]).toBe(build?.env?.[name]);
});
