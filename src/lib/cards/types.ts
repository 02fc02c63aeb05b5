// What the build knows about one card, and what a reader's browser stores about reviewing it.

/** basic: question -> answer; reversed: the back side of a `:::` card; cloze: one ==deletion==. */
export type CardKind = 'basic' | 'reversed' | 'cloze';

/** A card as the Markdown pipeline extracts it from one note. */
export interface NoteCard {
  /** Stable id (see card-id.ts): survives renaming the note and small edits of the question. */
  id: string;
  kind: CardKind;
  /** Rendered like the note: HTML with highlighted code, diagram figures, resolved links and images. */
  question: string;
  answer: string;
  /** The question as normalised text, for re-matching a lightly edited question in the browser. */
  text: string;
  /** Id of the heading of the section the card sits in (its link back), if any. */
  section?: string | undefined;
  /** Line in the note file where the card starts. */
  line: number;
}

/** A card the build could not make, reported as "file:line message". */
export interface CardProblem {
  location: string;
  problem: string;
}
