// What the course map draws, taken from the link graph the course already holds (backlinks and
// outgoing links, see link-graph.ts): links between modules for the whole course, and a note's
// neighbours for its local map. Pure; laid out by layout.ts.
import { noteById, notePositions, type Course, type Note } from '../course.ts';

export interface ModuleEdge {
  /** The module that comes first in reading order. */
  from: string;
  to: string;
  /** Links between their notes, both ways. */
  count: number;
}

/**
 * Links between modules, one edge per pair whatever the direction, pointing along the learning
 * path (earlier module -> later), so the layout reads from the start of the course to its end.
 */
export function moduleEdges(course: Pick<Course, 'modules' | 'moduleLinks'>): ModuleEdge[] {
  const position = new Map(course.modules.map((module, index) => [module.id, index]));
  const edges = new Map<string, ModuleEdge>();
  for (const [source, links] of course.moduleLinks) {
    for (const [target, count] of links.out) {
      const a = position.get(source);
      const b = position.get(target);
      if (a === undefined || b === undefined || a === b) continue;
      const [from, to] = a < b ? [source, target] : [target, source];
      const key = `${from}\n${to}`;
      const edge = edges.get(key) ?? { from, to, count: 0 };
      edge.count += count;
      edges.set(key, edge);
    }
  }
  return [...edges.values()].sort((x, y) => (position.get(x.from) ?? 0) - (position.get(y.from) ?? 0) || (position.get(x.to) ?? 0) - (position.get(y.to) ?? 0));
}

export interface Neighbourhood {
  note: Note;
  /** Notes that link to this one (and not the other way). */
  incoming: Note[];
  /** Notes this one links to (and that do not link back). */
  outgoing: Note[];
  /** Notes linked both ways. */
  mutual: Note[];
}

/** A note and the notes it links with, each list in reading order. */
export function neighbourhoodOf(course: Pick<Course, 'notes' | 'backlinks' | 'outgoing'>, noteId: string): Neighbourhood | undefined {
  const note = noteById(course, noteId);
  if (!note) return undefined;
  const position = notePositions(course);
  const from = new Set((course.backlinks.get(noteId) ?? []).map((backlink) => backlink.from));
  const to = course.outgoing.get(noteId) ?? new Set<string>();
  const notes = (ids: Iterable<string>) =>
    [...ids]
      .filter((id) => id !== noteId && position.has(id))
      .sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))
      .flatMap((id) => noteById(course, id) ?? []);
  return {
    note,
    incoming: notes([...from].filter((id) => !to.has(id))),
    outgoing: notes([...to].filter((id) => !from.has(id))),
    mutual: notes([...to].filter((id) => from.has(id))),
  };
}
