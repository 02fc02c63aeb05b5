// The link doctor's findings for this build, handed from the notes loader (which sees every
// note, cached or not) to the links integration (which reports at the end of the build and
// copies attachments). They run in one process but in different module graphs, so the hand-off
// goes through globalThis under a registered symbol.
import type { LinkProblem } from '../plugins/note-data.ts';

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
}

const KEY = Symbol.for('study-notes.link-report');

export function publishLinkReport(report: LinkReport): void {
  (globalThis as Record<symbol, unknown>)[KEY] = report;
}

export function readLinkReport(): LinkReport | undefined {
  return (globalThis as Record<symbol, unknown>)[KEY] as LinkReport | undefined;
}

/** One problem as the build prints it: where, what was written, why, and a fix when there is one. */
export function formatProblem({ location, written, problem, suggestion }: LinkProblem): string {
  return `${location}  ${written}\n    ${problem}${suggestion ? `; did you mean ${suggestion}?` : ''}`;
}
