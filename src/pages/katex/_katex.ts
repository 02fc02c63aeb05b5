// KaTeX's stylesheet and fonts, served from the site itself for the pages that have math
// (NoteLayout links the stylesheet only there): [name].css.ts and fonts/[font].woff2.ts. Each
// route has its file's extension in its name, so that `astro dev` serves it at the URL the build
// writes (with trailingSlash 'always', it answers a route without one only with a slash after
// the file name: withastro/astro#17001).
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getCourse } from '../../lib/get-course.ts';

// The KaTeX that rehype-katex renders with (mermaid brings another version).
const fromRehypeKatex = createRequire(createRequire(import.meta.url).resolve('rehype-katex'));
export const KATEX_DIST = join(dirname(fromRehypeKatex.resolve('katex/package.json')), 'dist');

/** Only the woff2 fonts: every browser we support reads them. Their names without the extension. */
export const KATEX_FONTS = readdirSync(join(KATEX_DIST, 'fonts'))
  .filter((font) => font.endsWith('.woff2'))
  .map((font) => font.slice(0, -'.woff2'.length));

/**
 * Whether the site publishes KaTeX's files: a build of a course without math does not (no page
 * links them; 21 files fewer to write, twice: site and cache). The dev server always serves them:
 * a note may get its first formula while it runs.
 */
export async function publishesKatex(): Promise<boolean> {
  return import.meta.env.DEV || (await getCourse()).notes.some((note) => note.math);
}
