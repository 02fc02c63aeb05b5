import type { VFile } from 'vfile';
import type { CardProblem, NoteCard } from './cards/types.ts';
import type { PreviewText } from './link-preview.ts';

/**
 * What our Markdown plugins learn about a note while rendering it. Astro keeps it with the
 * rendered note (entry.rendered.metadata.frontmatter), so pages read it without re-parsing.
 */
export interface NoteData {
  /** Text of the H1 that opened the note (lifted out of the body). */
  leadHeading?: string;
  /** Estimated reading time in whole minutes. */
  minutes?: number;
  /** Links to other notes, for backlinks and the link graph. */
  links?: NoteLink[];
  /** Broken links, anchors and images, for the link doctor. */
  problems?: LinkProblem[];
  /** Files other than notes and images that the note links to; the build copies them. */
  attachments?: string[];
  /** Mistakes that stop a build (an invalid diagram), each "file:line:column: what to do"; under `astro dev` they are shown in place. */
  errors?: string[];
  /** Code blocks in languages the highlighter does not know, and Typora diagrams shown as code. */
  code?: { unknown: string[]; typoraDiagrams: number };
  /** Obsidian tags written in the text (`#算法`), without the "#". */
  inlineTags?: string[];
  /** Flashcards found in the note (remark-cards, rehype-cards), and the ones that could not be made. */
  cards?: NoteCard[];
  cardProblems?: CardProblem[];
  /** The note has $math$: its page loads KaTeX's stylesheet. */
  math?: boolean;
  /** What a link preview shows of the note (rehype-preview). */
  preview?: PreviewText;
  /** What the note's links looked up in the vault (see vault-dependencies.ts): the loader re-renders the note when any answer changes. */
  dependencies?: string[];
}

export interface NoteLink {
  /** Id of the note linked to. */
  to: string;
  /** The sentence around the link, split at the link's text so it can be marked. */
  context: { before: string; text: string; after: string };
}

export interface LinkProblem {
  /** "content/x.md:12:5" */
  location: string;
  /** The link as written in the file. */
  written: string;
  problem: string;
  suggestion?: string | undefined;
}

/** The key under the rendered frontmatter; unusual enough not to clash with a user's field. */
export const NOTE_DATA_KEY = '_notes';

/** Records facts about the note being rendered. */
export function setNoteData(file: VFile, data: Partial<NoteData>): void {
  file.data.astro ??= {};
  file.data.astro.frontmatter ??= {};
  const frontmatter = file.data.astro.frontmatter;
  frontmatter[NOTE_DATA_KEY] = { ...(frontmatter[NOTE_DATA_KEY] as NoteData | undefined), ...data };
}

/** Reads what the plugins recorded, from `entry.rendered.metadata.frontmatter`. */
export function noteDataOf(frontmatter: unknown): NoteData {
  if (typeof frontmatter !== 'object' || frontmatter === null) return {};
  const value = (frontmatter as Record<string, unknown>)[NOTE_DATA_KEY];
  return typeof value === 'object' && value !== null ? (value as NoteData) : {};
}
