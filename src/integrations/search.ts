// Full-text search: after the build (and after the diagrams are in the pages), index the site
// with Pagefind's Node API. Pagefind segments Chinese because pages say lang="zh-CN"; only note
// content is indexed (data-pagefind-body in NoteLayout).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { listFiles } from '../lib/files.ts';
import { explainingSystemFailures } from '../lib/system-errors.ts';
import type { BuildContext } from './build-context.ts';
import { SEARCH_BUNDLE_DIR } from '../lib/search.ts';

export function searchIntegration(build: BuildContext): AstroIntegration {
  return {
    name: 'study-notes:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const outputPath = join(site, SEARCH_BUNDLE_DIR);
        try {
          await explainingSystemFailures(async () => {
            const { index, errors } = await pagefind.createIndex({});
            if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
            const added = await index.addDirectory({ path: site });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index the site:\n${added.errors.join('\n')}`);
            const written = await index.writeFiles({ outputPath });
            if (written.errors.length > 0) throw new Error(`Pagefind could not write its index:\n${written.errors.join('\n')}`);
            const size = folderBytes(outputPath);
            // Counted from the vault: the pages are not read again for it.
          const notes = [...build.vault().notes.values()].filter((note) => !note.draft).length;
            logger.info(
              `Indexed ${notes} notes (of ${added.page_count} pages read) in ${Math.round(performance.now() - started)} ms; search bundle ${(size / 1024).toFixed(0)} KB in ${SEARCH_BUNDLE_DIR}`,
            );
          });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

function folderBytes(dir: string): number {
  return listFiles(dir).reduce((total, file) => total + statSync(join(dir, file)).size, 0);
}
