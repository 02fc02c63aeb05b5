// The link doctor's findings for this build: made by the notes loader (which sees every note,
// cached or not) and read at the end of the build through the build context, to report broken
// links and orphans and to copy attachments.
import type { LinkProblem } from './note-data.ts';

/** URL prefix of files (other than notes and images) that notes link to; the build copies them there. */
export const ATTACHMENTS_DIR = '_files/';

export interface LinkReport {
  problems: LinkProblem[];
  /** Files (paths in the notes folder) that notes link to and the build must copy. */
  attachments: string[];
  /** Notes nothing links to. */
  orphans: string[];
  /** Links between notes. */
  links: number;
  /** The notes folder, absolute. */
  contentDir: string;
  /** Ids of the notes whose page holds diagrams to draw in after the build (their pages are the only ones read again). */
  diagramNotes: string[];
}

/** One problem as the build prints it: where, what was written, why, and a fix when there is one. */
export function formatProblem({ location, written, problem, suggestion }: LinkProblem): string {
  return `${location}  ${written}\n    ${problem}${suggestion ? `; did you mean ${suggestion}?` : ''}`;
}
