// The end of the link doctor's work in a build: copies the files notes link to (other than
// notes and images) into the site (under `astro dev`, serves them from the notes folder), and
// lists what the notes loader found: broken links (when they only warn) and orphan notes.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';
import { ATTACHMENTS_DIR, formatProblem } from '../lib/link-report.ts';
import { withBase } from '../lib/paths.ts';
import { explainingSystemFailures, plainError } from '../lib/system-errors.ts';
import type { BuildContext } from './build-context.ts';

export function linksIntegration(build: BuildContext): AstroIntegration {
  return {
    name: 'study-notes:links',
    hooks: {
      // Under `astro dev`: linked files are served from the notes folder at the URL the build copies them to.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(withBase(build.site.base, ATTACHMENTS_DIR).replace(/\/$/, ''), sirv(resolve(build.site.contentDir), { dev: true }));
      },
      'astro:build:done': ({ dir, logger }) =>
        explainingSystemFailures(() => {
          const report = build.linkReport();
          if (!report) return;
          const site = fileURLToPath(dir);
          for (const path of report.attachments) {
            const source = join(report.contentDir, path);
            // The loader re-renders a note whose linked file went away, so this only happens when a file is deleted during the build.
            if (!existsSync(source)) throw plainError(`${path} disappeared from the notes folder during the build; build again.`);
            const target = join(site, ATTACHMENTS_DIR, path);
            mkdirSync(dirname(target), { recursive: true });
            copyFileSync(source, target);
          }
          logger.info(
            `${report.links} links between notes, ${report.problems.length} broken` +
              (report.attachments.length > 0 ? `; copied ${report.attachments.length} linked files into ${ATTACHMENTS_DIR}` : ''),
          );
          if (report.orphans.length > 0) {
            logger.info(
              `${report.orphans.length} note${report.orphans.length === 1 ? '' : 's'} with no link pointing to them (reachable from navigation only):\n${report.orphans.map((id) => `  - ${id}`).join('\n')}`,
            );
          }
          if (report.problems.length > 0) {
            logger.warn(`Built with ${report.problems.length} broken link${report.problems.length === 1 ? '' : 's'}:\n${report.problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
          }
        }),
    },
  };
}
