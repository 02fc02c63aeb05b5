// The course of this build, computed once and shared by every page.
import { randomUUID } from 'node:crypto';
import { relative, resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { noteSourceOf } from './note-source.ts';
import { siteConfig } from './config.ts';
import { displayPath } from './display-path.ts';
import { buildCourse, courseOptionsFor, type Course, type NoteSource } from './course.ts';
import { gitLastModified, gitTopLevel } from './git-dates.ts';
import { editUrl } from './paths.ts';

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

/**
 * The digest the notes loader stored with a note's entry: its text, our code and what its links
 * resolved to, so it changes whenever the rendered note may (src/lib/page-keys.ts keys pages by it).
 * A note stored without one (under `astro dev`, rendered while the diagrams' browser was down)
 * gets a value no other build repeats, so its pages are always rendered.
 */
export function entryDigest(id: string): string {
  const digest = entries?.get(id)?.digest;
  return digest ? String(digest) : `unknown-${randomUUID()}`;
}

async function load(): Promise<Course> {
  const root = process.cwd();
  const contentDir = resolve(root, siteConfig.contentDir);
  const collection = await getCollection('notes');
  entries = new Map(collection.map((entry) => [entry.id, entry]));
  const dates = gitLastModified(contentDir);
  const sources: NoteSource[] = collection.map((entry) => noteSourceOf(entry, root, contentDir, dates.get(resolve(root, entry.filePath ?? ''))));
  const built = buildCourse(sources, courseOptionsFor(siteConfig, { includeDrafts: import.meta.env.DEV, contentLabel: displayPath(root, contentDir) }));
  const top = siteConfig.repository ? gitTopLevel(contentDir) : undefined;
  if (siteConfig.repository && top) {
    for (const note of built.notes) note.editUrl = editUrl(siteConfig.repository, siteConfig.branch, relative(top, resolve(contentDir, note.file)));
  }
  return built;
}
