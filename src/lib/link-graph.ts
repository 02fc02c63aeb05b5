// The links between notes, collected once per build from what remark-note-links recorded for
// each note, and inverted once into backlinks (not a scan of every note for every page).
import type { NoteLink } from './note-data.ts';

export interface Backlink {
  /** The note that links here. */
  from: string;
  /** The sentence of its first link here. */
  context: NoteLink['context'];
  /** How many times it links here. */
  count: number;
}

export interface LinkGraph {
  /** Note id -> notes linking to it, in the order given. */
  backlinks: Map<string, Backlink[]>;
  /** Note id -> ids it links to. */
  outgoing: Map<string, Set<string>>;
}

export function buildLinkGraph(notes: readonly { id: string; links: readonly NoteLink[] }[]): LinkGraph {
  const backlinks = new Map<string, Backlink[]>();
  const outgoing = new Map<string, Set<string>>();
  for (const { id, links } of notes) {
    const targets = new Set<string>();
    for (const link of links) {
      if (link.to === id) continue;
      targets.add(link.to);
      const list = backlinks.get(link.to) ?? [];
      const existing = list.find((backlink) => backlink.from === id);
      if (existing) existing.count++;
      else list.push({ from: id, context: link.context, count: 1 });
      backlinks.set(link.to, list);
    }
    outgoing.set(id, targets);
  }
  return { backlinks, outgoing };
}

/** Notes nothing else links to. */
export function orphansOf(graph: LinkGraph, ids: readonly string[]): string[] {
  return ids.filter((id) => !graph.backlinks.get(id)?.length);
}

export interface ModuleLinks {
  /** Other module id -> links from this module's notes to that module's notes. */
  out: Map<string, number>;
  /** Other module id -> links from that module's notes to this module's notes. */
  in: Map<string, number>;
}

/** How each module's notes connect to other modules' notes, counted in links. */
export function moduleConnections(graph: LinkGraph, moduleOf: (id: string) => string | undefined): Map<string, ModuleLinks> {
  const connections = new Map<string, ModuleLinks>();
  const entry = (module: string) => {
    let links = connections.get(module);
    if (!links) connections.set(module, (links = { out: new Map(), in: new Map() }));
    return links;
  };
  for (const [target, backlinks] of graph.backlinks) {
    const to = moduleOf(target);
    for (const { from, count } of backlinks) {
      const source = moduleOf(from);
      if (to === undefined || source === undefined || to === source) continue;
      entry(source).out.set(to, (entry(source).out.get(to) ?? 0) + count);
      entry(to).in.set(source, (entry(to).in.get(source) ?? 0) + count);
    }
  }
  return connections;
}
