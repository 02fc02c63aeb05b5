// A rendered entry of the notes collection, reduced to what the course model needs. Made in one
// place for both of its readers: the pages (src/lib/get-course.ts) and the notes loader, which
// hands the rendered notes to the search index through the build context.
import { relative, resolve } from 'node:path';
import type { MarkdownHeading } from 'astro';
import type { NoteSource } from './course.ts';
import { noteDataOf } from './note-data.ts';
import { htmlOf } from './note-html.ts';

/** The parts of a content-store entry this reads (Astro's DataEntry and CollectionEntry both fit). */
export interface StoredNote {
  id: string;
  filePath?: string | undefined;
  data: Record<string, unknown>;
  rendered?: { html: string; metadata?: Record<string, unknown> | undefined } | undefined;
}

/** A note as the course model takes it, plus its rendered HTML. */
export interface RenderedNote extends NoteSource {
  html: string;
}

/** `root` is the project root (entries' filePath is relative to it); `contentDir` the notes folder, absolute. */
export function noteSourceOf(entry: StoredNote, root: string, contentDir: string, lastModified?: Date): NoteSource {
  const metadata: Record<string, unknown> = entry.rendered?.metadata ?? {};
  return {
    id: entry.id,
    file: relative(contentDir, resolve(root, entry.filePath ?? '')).split('\\').join('/'),
    data: entry.data as NoteSource['data'],
    // Astro types rendered metadata loosely; the Markdown renderer fills these two.
    headings: Array.isArray(metadata['headings']) ? (metadata['headings'] as MarkdownHeading[]) : [],
    noteData: noteDataOf(metadata['frontmatter']),
    lastModified,
  };
}

/**
 * A note as the course model takes it, with its HTML: `html` when the caller has it (the loader,
 * for notes it has just rendered), else read from the note's file or the store.
 */
export function renderedNoteOf(entry: StoredNote, root: string, contentDir: string, html: string = htmlOf(entry.rendered)): RenderedNote {
  return { ...noteSourceOf(entry, root, contentDir), html };
}
