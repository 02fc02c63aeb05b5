// The course of this build, computed once and shared by every page.
import { relative, resolve } from 'node:path';
import type { MarkdownHeading } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { noteDataOf } from './note-data.ts';
import { siteConfig } from './config.ts';
import { displayPath } from './display-path.ts';
import { buildCourse, type Course, type NoteSource } from './course.ts';
import { gitLastModified, gitTopLevel } from './git-dates.ts';
import { editUrl } from './paths.ts';
import { dictionaryFor } from './i18n.ts';

export type NoteEntry = CollectionEntry<'notes'>;

let course: Promise<Course> | undefined;
let entries: Map<string, NoteEntry> | undefined;

/** The course: tracks, modules and notes in reading order. */
export function getCourse(): Promise<Course> {
  course ??= load();
  return course;
}

/** The collection entry (rendered note) of an id. */
export async function getEntry(id: string): Promise<NoteEntry> {
  await getCourse();
  const entry = entries?.get(id);
  if (!entry) throw new Error(`No note with id "${id}"`);
  return entry;
}

async function load(): Promise<Course> {
  const root = process.cwd();
  const contentDir = resolve(root, siteConfig.contentDir);
  const collection = await getCollection('notes');
  entries = new Map(collection.map((entry) => [entry.id, entry]));
  const dates = gitLastModified(contentDir);
  const sources: NoteSource[] = collection.map((entry) => {
    const absolute = resolve(root, entry.filePath ?? '');
    const metadata: Record<string, unknown> = entry.rendered?.metadata ?? {};
    return {
      id: entry.id,
      file: relative(contentDir, absolute).split('\\').join('/'),
      data: entry.data,
      // Astro types rendered metadata loosely; the Markdown renderer fills these two.
      headings: Array.isArray(metadata['headings']) ? (metadata['headings'] as MarkdownHeading[]) : [],
      noteData: noteDataOf(metadata['frontmatter']),
      lastModified: dates.get(absolute),
    };
  });
  const ui = dictionaryFor(siteConfig.locale);
  const built = buildCourse(sources, {
    site: siteConfig,
    untitledGroups: { looseNotes: ui.looseNotes, otherModules: ui.otherModules },
    includeDrafts: import.meta.env.DEV,
    contentLabel: displayPath(root, contentDir),
  });
  const top = siteConfig.repository ? gitTopLevel(contentDir) : undefined;
  if (siteConfig.repository && top) {
    for (const note of built.notes) note.editUrl = editUrl(siteConfig.repository, siteConfig.branch, relative(top, resolve(contentDir, note.file)));
  }
  return built;
}
