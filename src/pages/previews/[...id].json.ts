// /previews/<page id>.json: what a link preview shows of each note and module page (see
// src/lib/link-preview.ts), from what the note's render kept. About 1 KB each, fetched when a reader first points at a link.
import type { APIRoute, GetStaticPaths } from 'astro';
import { locateModule, type Course } from '../../lib/course.ts';
import { getCourse, getEntry } from '../../lib/get-course.ts';
import type { Preview } from '../../lib/link-preview.ts';
import { noteDataOf } from '../../lib/note-data.ts';

export const getStaticPaths = (async () => {
  const course = await getCourse();
  const pages = [
    ...course.notes.map((note) => ({ id: note.id, entryId: note.id, title: note.title, description: note.description, moduleId: note.moduleId })),
    ...course.modules.flatMap((module) => (module.url ? [{ id: module.id, entryId: module.indexId, title: module.title, description: module.summary, moduleId: undefined }] : [])),
  ];
  return pages.map((page) => ({ params: { id: page.id }, props: { course, ...page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { course, entryId, title, description, moduleId } = props as { course: Course; entryId?: string; title: string; description?: string; moduleId?: string };
  // Taken from the note's tree while it rendered (src/plugins/rehype-preview.ts).
  const { text = '', sections = {} } = entryId ? (noteDataOf((await getEntry(entryId)).rendered?.metadata?.frontmatter).preview ?? {}) : {};
  const { track, module } = moduleId === undefined ? {} : locateModule(course, moduleId);
  const where = [track?.title, module?.title].filter((part, index, parts) => part && parts.indexOf(part) === index).join(' / ');
  const preview: Preview = { title, where: where || undefined, description, text, sections };
  return new Response(JSON.stringify(preview), { headers: { 'content-type': 'application/json' } });
};
