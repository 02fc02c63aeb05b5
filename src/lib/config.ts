import { existsSync, readFileSync } from 'node:fs';
import userConfig from '../site.config.ts';
import { normalizeBase } from './paths.ts';
import { siteSchema, type SiteConfig, type SiteConfigInput } from './site-schema.ts';

/**
 * Validates the user's settings and applies the environment overrides GitHub Pages and
 * imports need: SITE_URL, BASE_PATH, NOTES_DIR, BROKEN_LINKS and LOCALE. Throws an error that
 * names each bad field.
 */
export function resolveSiteConfig(input: SiteConfigInput, env: Record<string, string | undefined>): SiteConfig {
  const merged = {
    ...input,
    ...(env['SITE_URL'] ? { site: env['SITE_URL'] } : {}),
    ...(env['BASE_PATH'] ? { base: env['BASE_PATH'] } : {}),
    ...(env['NOTES_DIR'] ? { contentDir: env['NOTES_DIR'] } : {}),
    ...(env['BROKEN_LINKS'] ? { brokenLinks: env['BROKEN_LINKS'] } : {}),
    ...(env['LOCALE'] ? { locale: env['LOCALE'] } : {}),
    // On GitHub Actions the repository and branch are known: "edit this page" works on a fork
    // without configuring it.
    ...(!input.repository && env['GITHUB_REPOSITORY'] ? { repository: `${env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${env['GITHUB_REPOSITORY']}` } : {}),
    ...(!input.branch && env['GITHUB_REF_NAME'] && env['GITHUB_REF_TYPE'] === 'branch' ? { branch: env['GITHUB_REF_NAME'] } : {}),
  };
  const result = siteSchema.safeParse(merged);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`src/site.config.ts is invalid:\n${lines.join('\n')}\nFix the fields above (see src/lib/site-schema.ts for what each one takes).`);
  }
  return { ...result.data, base: normalizeBase(result.data.base) };
}

/**
 * Settings from a JSON file (SITE_SETTINGS=path), over src/site.config.ts: how a learner who
 * publishes their own notes repository with this generator sets title, tracks or locale without
 * forking it (publish/study-notes.yml). Environment overrides still win.
 */
export function readSettingsFile(env: Record<string, string | undefined>): Partial<SiteConfigInput> {
  const path = env['SITE_SETTINGS'];
  if (!path || !existsSync(path)) return {};
  try {
    const settings: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) throw new Error('it must hold one JSON object');
    return settings as Partial<SiteConfigInput>;
  } catch (error) {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}. Fix the settings file (JSON; the fields are those of src/lib/site-schema.ts) or remove it.`);
  }
}

export const siteConfig: SiteConfig = resolveSiteConfig({ ...userConfig, ...readSettingsFile(process.env) }, process.env);

export type { SiteConfig };
