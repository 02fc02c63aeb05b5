// /previews/<n>.json: what a link preview shows of each note and module page (see
// src/lib/link-preview.ts), about 4 pages to a file (src/lib/preview-files.ts says which),
// from what each note's render kept. Fetched when a reader first pauses on a link.
import type { APIRoute, GetStaticPaths } from 'astro';
import { locateModule, type Course } from '../../lib/course.ts';
import { siteConfig } from '../../lib/config.ts';
import { entryDigest, getCourse, getEntry } from '../../lib/get-course.ts';
import { previewPagesOf, type Preview, type PreviewPage } from '../../lib/link-preview.ts';
import { noteDataOf } from '../../lib/note-data.ts';
import { entriesKey } from '../../lib/page-keys.ts';
import { previewFileCount, previewFileIndex } from '../../lib/preview-files.ts';

export const getStaticPaths = (async () => {
  const course = await getCourse();
  const pages = previewPagesOf(course);
  const files = previewFileCount(pages.length);
  const groups = Array.from({ length: files }, () => [] as PreviewPage[]);
  for (const page of pages) groups[previewFileIndex(page.id, files)]!.push(page);
  // cacheKey: an unchanged file is copied from the last build (src/lib/page-keys.ts).
  return groups.map((group, index) => ({ params: { file: String(index) }, props: { course, pages: group }, cacheKey: entriesKey(course, siteConfig, group.flatMap(({ entryId }) => (entryId ? [entryId] : [])), entryDigest) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { course, pages } = props as { course: Course; pages: PreviewPage[] };
  const previews: Record<string, Preview> = {};
  for (const { id, entryId, title, description, moduleId } of pages) {
    // Taken from the note's tree while it rendered (src/plugins/rehype-preview.ts).
    const { text = '', sections = {} } = entryId ? (noteDataOf((await getEntry(entryId)).rendered?.metadata?.frontmatter).preview ?? {}) : {};
    const { track, module } = moduleId === undefined ? {} : locateModule(course, moduleId);
    const where = [track?.title, module?.title].filter((part, index, parts) => part && parts.indexOf(part) === index).join(' / ');
    previews[id] = { title, where: where || undefined, description, text, sections };
  }
  return new Response(JSON.stringify(previews), { headers: { 'content-type': 'application/json' } });
};
