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


export const siteConfig: SiteConfig = resolveSiteConfig(userConfig, process.env);

export type { SiteConfig };
