// Keys for Astro's incremental build (experimental.incrementalBuild in astro.config.mjs): a page
// whose route code and key are the same as in the last build is copied from Astro's cache
// instead of rendered. So a key must change whenever anything the page shows may change:
// - the course key covers what every page may show: the settings, the tracks and modules, and
//   each note's title, place, tags, status and links (the navigation, breadcrumbs, neighbours,
//   the local map, tag lists);
// - the rest is what only some pages show: a note's rendered text (its entry's digest, which
//   covers its source, our code and every link target it resolved), its reading time, dates and
//   headings, the sentences that link to it, shown on its own page and, for reading time, on
//   its module's page.
// Editing a note's text re-renders its page, its module's pages and its preview file; editing a
// title or a link re-renders every page. The course map shows the course key alone.
import { createHash } from 'node:crypto';
import type { Course, Module, Note } from './course.ts';

/** Note fields shown only on the note's own page and its module's pages, left out of the course key. */
const OWN_FIELDS: ReadonlySet<string> = new Set(['minutes', 'updated', 'toc', 'math', 'editUrl']);

/** The digest of a note's stored entry (its rendered text and data), by note id. */
export type EntryDigest = (id: string) => string;

const courseKeys = new WeakMap<Course, string>();

/** What every page may show: the settings and the course without the notes' own fields. */
export function courseKey(course: Course, settings: unknown): string {
  let key = courseKeys.get(course);
  if (key === undefined) {
    const notes = new Set<unknown>(course.notes);
    const text = JSON.stringify({ settings, course }, function (this: unknown, name, value: unknown) {
      // Who links to whom, without the sentences around the links (only the target's page shows them).
      if (this === course && name === 'backlinks') return [...course.backlinks].map(([to, links]) => [to, links.map((link) => link.from)]);
      if (value instanceof Map) return [...(value as Map<unknown, unknown>)];
      if (value instanceof Set) return [...(value as Set<unknown>)];
      if (notes.has(value)) return Object.fromEntries(Object.entries(value as Note).filter(([field]) => !OWN_FIELDS.has(field)));
      return value;
    });
    key = digest(text);
    courseKeys.set(course, key);
  }
  return key;
}

/** A note's page: the course, the note, its rendered entry and the sentences linking to it. */
export function notePageKey(course: Course, settings: unknown, note: Note, entryDigest: EntryDigest): string {
  return digest(courseKey(course, settings), JSON.stringify(note), entryDigest(note.id), JSON.stringify(course.backlinks.get(note.id) ?? []));
}

/** A module's page (its notes with their reading times, its index note) or its print view (`withNotes`: every note's text). */
export function modulePageKey(course: Course, settings: unknown, module: Module, entryDigest: EntryDigest, withNotes = false): string {
  const entries = [...(module.indexId ? [module.indexId] : []), ...(withNotes ? module.notes.map((note) => note.id) : [])];
  return digest(courseKey(course, settings), JSON.stringify(module.notes), ...entries.map(entryDigest));
}

/** A page made of the course and some notes' entries (a preview file: their titles and opening text). */
export function entriesKey(course: Course, settings: unknown, ids: readonly string[], entryDigest: EntryDigest): string {
  return digest(courseKey(course, settings), ...ids.map(entryDigest));
}

function digest(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url').slice(0, 32);
}
