// The end of the link doctor's work in a build: copies the files notes link to (other than
// notes and images) into the site, and lists what the notes loader found: broken links (when
// they only warn) and orphan notes.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ATTACHMENTS_DIR, formatProblem } from '../lib/link-report.ts';
import type { BuildContext } from './build-context.ts';

export function linksIntegration(build: BuildContext): AstroIntegration {
  return {
    name: 'study-notes:links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const report = build.linkReport();
        if (!report) return;
        const site = fileURLToPath(dir);
        for (const path of report.attachments) {
          const target = join(site, ATTACHMENTS_DIR, path);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(join(report.contentDir, path), target);
        }
        logger.info(
          `${report.links} links between notes, ${report.problems.length} broken` +
            (report.attachments.length > 0 ? `; copied ${report.attachments.length} linked files into ${ATTACHMENTS_DIR}` : ''),
        );
        if (report.orphans.length > 0) {
          logger.info(`${report.orphans.length} note${report.orphans.length === 1 ? '' : 's'} with no link pointing to them (reachable from navigation only):\n${report.orphans.map((id) => `  - ${id}`).join('\n')}`);
        }
        if (report.problems.length > 0) {
          logger.warn(`Built with ${report.problems.length} broken link${report.problems.length === 1 ? '' : 's'}:\n${report.problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`);
        }
      },
    },
  };
}
