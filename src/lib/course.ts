// The course as readers navigate it: tracks -> modules -> notes, in reading order, with the
// learning path through all of it. Built once per build from the notes collection (see
// get-course.ts); a pure function, so tests feed it plain objects.
import type { MarkdownHeading } from 'astro';
import type { NoteData } from './note-data.ts';
import { buildLinkGraph, moduleConnections, type Backlink, type ModuleLinks } from './link-graph.ts';
import { compareByOrder } from './order.ts';
import { folderAnchor, HOME_ID, idToUrl, isIndexFile, moduleFolderOf } from './paths.ts';
import { dictionaryFor } from './i18n.ts';
import type { SiteConfig } from './site-schema.ts';
import { resolveTitle, titleFromName } from './titles.ts';

/** The frontmatter fields the course reads (see src/content.config.ts). */
export interface NoteFrontmatter {
  title?: string | undefined;
  description?: string | undefined;
  tags?: string[] | undefined;
  order?: number | undefined;
  status?: 'todo' | 'draft' | 'done' | undefined;
  updated?: Date | undefined;
  draft?: boolean | undefined;
  track?: string | undefined;
  summary?: string | undefined;
}

/** One entry of the notes collection, reduced to what the course needs. */
export interface NoteSource {
  id: string;
  /** Path inside the notes folder, with "/" separators, e.g. "05-etcd/02-raft.md". */
  file: string;
  data: NoteFrontmatter;
  headings: readonly MarkdownHeading[];
  noteData: NoteData;
  /** Last change according to git, if known. */
  lastModified?: Date | undefined;
}

export type NoteStatus = NonNullable<NoteFrontmatter['status']>;

export interface Note {
  id: string;
  url: string;
  file: string;
  title: string;
  description?: string | undefined;
  tags: string[];
  status?: NoteStatus | undefined;
  updated?: Date | undefined;
  minutes: number;
  /** h2 and h3 headings, for the table of contents. */
  toc: MarkdownHeading[];
  moduleId: string;
  /** The note has math: its page loads KaTeX's stylesheet. */
  math: boolean;
  /** The sub-folders between the module and the note (nested groups), outermost first. */
  groups: Pick<NoteGroup, 'title' | 'anchor'>[];
  /** The note's source on the repository's site ("edit this page"), when the repository is known. */
  editUrl?: string | undefined;
}

export interface Module {
  /** '' for the notes at the top of the notes folder. */
  id: string;
  /** The module page; undefined for top-level notes, which have none. */
  url?: string | undefined;
  folder: string;
  title: string;
  summary?: string | undefined;
  trackId?: string | undefined;
  /** The module's index.md / README.md entry, whose body introduces the module. */
  indexId?: string | undefined;
  indexFile?: string | undefined;
  /** Every note of the module, sub-folders included, in reading order. */
  notes: Note[];
  /** The module's notes as its folder nests them: its own notes, then a group per sub-folder. */
  tree: NoteGroup;
}

/** A folder of notes inside a module, to any depth (issue 12, case 6). */
export interface NoteGroup {
  /** Folder path inside the notes folder, e.g. "k8s/网络/cni"; the module's own folder for its root. */
  folder: string;
  /** Title from the folder name ("01-网络" -> "网络"), or the folder's index note title. */
  title: string;
  /** Id of the group's heading on the module page, which lists every group. */
  anchor: string;
  /** Notes directly in the folder, in reading order (its index note first, when it has one). */
  notes: Note[];
  groups: NoteGroup[];
}

export interface Track {
  /** Undefined for the group of modules that name no track. */
  id?: string | undefined;
  title?: string | undefined;
  modules: Module[];
}

export interface Course {
  /** The notes folder's own index.md / README.md, introducing the home page. */
  homeId?: string | undefined;
  tracks: Track[];
  /** Modules in reading order. */
  modules: Module[];
  /** Every note in reading order: the learning path. */
  notes: Note[];
  /** Note id -> the published notes that link to it. */
  backlinks: Map<string, Backlink[]>;
  /** Note id -> the published notes it links to. */
  outgoing: Map<string, Set<string>>;
  /** Module id -> links between its notes and other modules' notes. */
  moduleLinks: Map<string, ModuleLinks>;
}

export interface CourseOptions {
  site: Pick<SiteConfig, 'base' | 'tracks'>;
  /** Title of the group of top-level notes and of modules without a track. */
  untitledGroups: { looseNotes: string; otherModules: string };
  /** Publish notes marked `draft: true` (in `astro dev`). @default false */
  includeDrafts?: boolean;
  /** Path of the notes folder as shown in error messages, e.g. "content". */
  contentLabel?: string;
}

/** The options every reader of the course builds it with: the pages and the search index. */
export function courseOptionsFor(site: SiteConfig, { includeDrafts, contentLabel }: { includeDrafts: boolean; contentLabel?: string }): CourseOptions {
  const ui = dictionaryFor(site.locale);
  return { site, untitledGroups: { looseNotes: ui.looseNotes, otherModules: ui.otherModules }, includeDrafts, ...(contentLabel ? { contentLabel } : {}) };
}

/** Builds the course from the collection; throws, naming the file, on a track that does not exist. */
export function buildCourse(sources: readonly NoteSource[], options: CourseOptions): Course {
  const { site, untitledGroups, includeDrafts = false, contentLabel = 'content' } = options;
  const published = sources.filter((source) => includeDrafts || !source.data.draft);
  const indexes = new Map<string, NoteSource>();
  const modules = new Map<string, Module>();
  let homeId: string | undefined;

  const moduleFor = (source: NoteSource): Module => {
    const id = moduleIdOfNote(source);
    let module = modules.get(id);
    if (!module) {
      const folder = moduleFolderOf(source.file);
      module = { id, url: id ? idToUrl(site.base, id) : undefined, folder, title: folder ? titleFromName(folder) : untitledGroups.looseNotes, notes: [], tree: emptyGroup(folder, '') };
      modules.set(id, module);
    }
    return module;
  };

  for (const source of published) {
    if (source.id === HOME_ID) {
      homeId = source.id;
    } else if (isIndexFile(source.file) && source.file.split('/').length === 2 && source.id === moduleIdOfNote(source)) {
      indexes.set(moduleIdOfNote(source), source);
      moduleFor(source);
    } else {
      moduleFor(source).notes.push(toNote(source, site.base));
    }
  }

  for (const note of modules.get('')?.notes ?? []) {
    if (modules.has(note.id)) {
      throw new Error(
        `${contentLabel}/${note.file} would be published at ${note.url}, where the module page of the folder "${modules.get(note.id)?.folder}" is.\n` +
          'Rename the file or the folder.',
      );
    }
  }

  const trackIds = new Set(site.tracks.map((track) => track.id));
  for (const module of modules.values()) {
    const index = indexes.get(module.id);
    if (!index) continue;
    const track = index.data.track;
    if (track !== undefined && !trackIds.has(track)) {
      const known = site.tracks.map((t) => `"${t.id}"`).join(', ') || 'none are configured';
      throw new Error(
        `${contentLabel}/${index.file}: track "${track}" is not one of the tracks in src/site.config.ts (${known}).\n` +
          'Use one of those ids, add the track to src/site.config.ts, or remove the field.',
      );
    }
    Object.assign(module, {
      title: resolveTitle({ frontmatter: index.data.title, leadHeading: index.noteData.leadHeading, fileName: module.folder }),
      summary: index.data.summary ?? index.data.description,
      trackId: track,
      indexId: index.id,
      indexFile: index.file,
    });
  }

  const sourceOf = new Map(published.map((source) => [source.id, source]));
  for (const module of modules.values()) {
    module.tree = noteTree(module, (note) => sourceOf.get(note.id)?.data.order);
    module.notes = flatten(module.tree);
    for (const note of module.notes) note.groups = groupTitlesOf(module.tree, note);
  }

  const sortedModules = [...modules.values()]
    .filter((module) => module.id !== '')
    .sort((a, b) => compareByOrder({ order: indexes.get(a.id)?.data.order, name: a.folder }, { order: indexes.get(b.id)?.data.order, name: b.folder }));
  const loose = modules.get('');

  const tracks: Track[] = site.tracks
    .map((track) => ({ id: track.id, title: track.title, modules: sortedModules.filter((module) => module.trackId === track.id) }))
    .filter((track) => track.modules.length > 0);
  const ungrouped = [...sortedModules.filter((module) => module.trackId === undefined), ...(loose ? [loose] : [])];
  if (ungrouped.length > 0) {
    tracks.push({ id: undefined, title: tracks.length > 0 ? untitledGroups.otherModules : undefined, modules: ungrouped });
  }

  const orderedModules = tracks.flatMap((track) => track.modules);
  const notes = orderedModules.flatMap((module) => module.notes);
  // Links from and to what is published only (drafts are left out of a build).
  const noteIds = new Set(notes.map((note) => note.id));
  const graph = buildLinkGraph(
    published.filter((source) => noteIds.has(source.id)).map((source) => ({ id: source.id, links: (source.noteData.links ?? []).filter((link) => noteIds.has(link.to)) })),
  );
  const moduleOf = new Map(notes.map((note) => [note.id, note.moduleId]));
  return { homeId, tracks, modules: orderedModules, notes, backlinks: graph.backlinks, outgoing: graph.outgoing, moduleLinks: moduleConnections(graph, (id) => moduleOf.get(id)) };
}

function toNote(source: NoteSource, base: string): Note {
  const segments = source.file.split('/');
  // A nested folder's README.md is named after its folder.
  const fileName = isIndexFile(source.file) ? (segments.at(-2) ?? source.file) : (segments.at(-1) ?? source.file);
  return {
    id: source.id,
    url: idToUrl(base, source.id),
    file: source.file,
    title: resolveTitle({ frontmatter: source.data.title, leadHeading: source.noteData.leadHeading, fileName }),
    description: source.data.description,
    // Frontmatter tags, then Obsidian tags written in the text (#算法).
    tags: [...new Set([...(source.data.tags ?? []), ...(source.noteData.inlineTags ?? [])])],
    status: source.data.status,
    updated: source.lastModified ?? source.data.updated,
    minutes: source.noteData.minutes ?? 0,
    toc: source.headings.filter((heading) => heading.depth === 2 || heading.depth === 3),
    moduleId: moduleIdOfNote(source),
    math: source.noteData.math === true,
    groups: [],
  };
}

/**
 * The module a note belongs to: the first part of its id (which may have kept a number prefix,
 * see note-ids.ts), or '' for a note at the top of the notes folder.
 */
function moduleIdOfNote(source: Pick<NoteSource, 'id' | 'file'>): string {
  return source.file.includes('/') ? (source.id.split('/')[0] ?? '') : '';
}

function emptyGroup(folder: string, anchor: string): NoteGroup {
  return { folder, title: titleFromName(folder.split('/').at(-1) ?? folder), anchor, notes: [], groups: [] };
}

/**
 * Nests a module's notes by sub-folder. Like the file trees of Obsidian and VS Code, a folder's
 * sub-folders come before its own notes; a sub-folder's index note opens its group and names it.
 */
function noteTree(module: Module, orderOf: (note: Note) => number | undefined): NoteGroup {
  const root = emptyGroup(module.folder, '');
  root.title = module.title;
  const groupAt = (folder: string): NoteGroup => {
    if (folder === module.folder || folder === '') return root;
    const parent = groupAt(folder.slice(0, folder.lastIndexOf('/')));
    let group = parent.groups.find((candidate) => candidate.folder === folder);
    if (!group) {
      const relative = folder.slice(module.folder.length + 1);
      group = emptyGroup(folder, folderAnchor(relative));
      parent.groups.push(group);
    }
    return group;
  };
  for (const note of module.notes) {
    const folder = note.file.includes('/') ? note.file.slice(0, note.file.lastIndexOf('/')) : '';
    // A sub-folder's README.md / index.md belongs to that folder's group, which it names.
    const nestedIndex = isIndexFile(note.file) && folder !== module.folder && !note.id.endsWith('/readme');
    groupAt(folder).notes.push(note);
    if (nestedIndex) groupAt(folder).title = note.title;
  }
  sortGroup(root, orderOf);
  return root;
}

function sortGroup(group: NoteGroup, orderOf: (note: Note) => number | undefined): void {
  const name = (path: string) => path.split('/').at(-1) ?? path;
  group.notes.sort((a, b) => Number(isIndexFile(b.file)) - Number(isIndexFile(a.file)) || compareByOrder({ order: orderOf(a), name: name(a.file) }, { order: orderOf(b), name: name(b.file) }));
  group.groups.sort((a, b) => compareByOrder({ name: name(a.folder) }, { name: name(b.folder) }));
  for (const child of group.groups) sortGroup(child, orderOf);
}

/** Reading order: depth first, each folder's sub-folders before its own notes. */
function flatten(group: NoteGroup): Note[] {
  return [...group.groups.flatMap(flatten), ...group.notes];
}

function groupTitlesOf(root: NoteGroup, note: Note): Note['groups'] {
  const path: Note['groups'] = [];
  const visit = (group: NoteGroup, trail: Note['groups']): boolean => {
    if (group.notes.includes(note)) {
      path.push(...trail);
      return true;
    }
    return group.groups.some((child) => visit(child, [...trail, { title: child.title, anchor: child.anchor }]));
  };
  visit(root, []);
  return path;
}

/** The notes before and after a note on the learning path. */
const positions = new WeakMap<readonly Note[], Map<string, number>>();

/** Where each note is in the reading order: made once per course, not once per page (a page asks for a few). */
export function notePositions(course: Pick<Course, 'notes'>): ReadonlyMap<string, number> {
  let found = positions.get(course.notes);
  if (!found) positions.set(course.notes, (found = new Map(course.notes.map((note, index) => [note.id, index]))));
  return found;
}

/** The note with this id, found through notePositions: pages must not scan (or index) every note each. */
export function noteById(course: Pick<Course, 'notes'>, id: string): Note | undefined {
  const position = notePositions(course).get(id);
  return position === undefined ? undefined : course.notes[position];
}

export function neighboursOf(course: Course, id: string): { previous?: Note | undefined; next?: Note | undefined } {
  const position = notePositions(course).get(id) ?? -1;
  if (position < 0) return {};
  return { previous: course.notes[position - 1], next: course.notes[position + 1] };
}

/** The track and module a module id belongs to. */
export function locateModule(course: Course, moduleId: string): { track?: Track | undefined; module?: Module | undefined } {
  for (const track of course.tracks) {
    const module = track.modules.find((candidate) => candidate.id === moduleId);
    if (module) return { track, module };
  }
  return {};
}

/** The id of a track's section on the home page. */
export function trackAnchor(track: Pick<Track, 'id'>): string {
  return `track-${track.id ?? 'other'}`;
}
