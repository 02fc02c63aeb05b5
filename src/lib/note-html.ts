// Where a rendered note's HTML is kept. Astro's data store reaches the pages as one JavaScript
// module (a 19 MB string at 1,000 notes, nearly all of it HTML) that Vite bundles and every
// build parses again: its size was most of what grew with the course. So the notes loader
// writes each note's HTML to a file of its own in Astro's cache folder and keeps only the
// file's path in the store; pages read the one file they show. Notes with images the Astro
// image pipeline optimises keep their HTML in the store, where Astro's render() replaces the
// image references.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folder, inside Astro's cache folder, that holds the notes' HTML files. */
export const NOTE_HTML_DIR = 'study-notes-html';

/** The key under `entry.rendered.metadata` that holds the HTML file's absolute path. */
export const HTML_FILE_KEY = 'htmlFile';

/** The HTML file of the note `id`, in the cache folder `cacheDir` (absolute). */
export function htmlFileOf(cacheDir: string, id: string): string {
  return join(cacheDir, NOTE_HTML_DIR, `${createHash('sha256').update(id).digest('hex').slice(0, 24)}.html`);
}

/** The rendered part of a content-store entry (Astro's DataEntry and CollectionEntry both fit). */
export interface RenderedPart {
  html: string;
  metadata?: Record<string, unknown> | undefined;
}

/** The path of the file holding the note's HTML, when it is not in the store. */
export function externalHtmlFile(rendered: RenderedPart | undefined): string | undefined {
  const file = rendered?.metadata?.[HTML_FILE_KEY];
  return typeof file === 'string' ? file : undefined;
}

/** The note's rendered HTML, from its file or from the store. */
export function htmlOf(rendered: RenderedPart | undefined): string {
  const file = externalHtmlFile(rendered);
  return file ? readFileSync(file, 'utf8') : (rendered?.html ?? '');
}
