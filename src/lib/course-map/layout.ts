// Lays out the course map at build time with ELK (elkjs): modules are boxes listing their notes,
// grouped in their track's box, with edges between modules. A note's local map (the note between
// what links to it and what it links to) is three columns, placed here without ELK. Both return
// plain boxes and paths that the map components draw as SVG.
import type { ELK, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { Course } from '../course.ts';
import { moduleEdges, type Neighbourhood } from './graph.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NoteBox extends Box {
  id: string;
  url: string;
  title: string;
  /** The title as drawn, shortened with "…" when too long. */
  label: string;
}

export interface ModuleBox extends Box {
  id: string;
  url?: string | undefined;
  title: string;
  label: string;
  notes: NoteBox[];
}

export interface EdgePath {
  from: string;
  to: string;
  count: number;
  /** SVG path data. */
  d: string;
}

export interface CourseMapLayout {
  width: number;
  height: number;
  tracks: (Box & { id: string; title?: string | undefined })[];
  modules: ModuleBox[];
  edges: EdgePath[];
}

export interface LocalMapLayout {
  width: number;
  height: number;
  /** The note itself first, then its neighbours. */
  notes: (NoteBox & { role: 'self' | 'incoming' | 'outgoing' | 'mutual' })[];
  edges: EdgePath[];
}

// Sizes in SVG user units (CSS pixels at 100%).
const NOTE_FONT = 13;
const TITLE_FONT = 14;
const ROW = 24;
const PAD = 8;
const MODULE_WIDTH = { min: 150, max: 240 };
// Three columns of at most 200 fit the article column (736 px) with their gaps.
const LOCAL_WIDTH = { min: 90, max: 200 };
/** A local map's boxes, the space between them and around them. */
const LOCAL_ROW = ROW + 4;
const LOCAL_GAP = { row: 8, column: 36 };
const LOCAL_MARGIN = 4;
/** Neighbours drawn per side on a local map; the text version beside it lists them all. */
export const LOCAL_LIMIT = 6;

const PACKING = { 'elk.algorithm': 'rectpacking', 'elk.json.shapeCoords': 'ROOT', 'elk.aspectRatio': '2' };
/** The course map's target width: the home page's content width. */
const COURSE_MAP_WIDTH = 1120;

/**
 * ELK, loaded on first use: starting it takes about 0.1 s (1.5 MB of compiled Java), which a
 * build that copies the course map from its cache (src/pages/map/) does not pay.
 */
let elk: Promise<ELK> | undefined;
const loadElk = () => (elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: ElkConstructor }) => new ElkConstructor()));

/**
 * Width of a text in our sans-serif font, estimated: CJK and full-width characters take 1em,
 * others about 0.6em. Hand-written because a build-time layout cannot measure text without a
 * browser, and labels only need to fit their box.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 1 : 0.6;
  return Math.ceil(ems * fontSize);
}

/** A title shortened with "…" to fit a width. */
export function fitLabel(text: string, fontSize: number, width: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('')}…`, fontSize) > width) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

function clamp(value: number, { min, max }: { min: number; max: number }): number {
  return Math.min(max, Math.max(min, value));
}

const round = (value: number | undefined) => Math.round(value ?? 0);

/** The whole course: tracks -> modules (boxes listing their notes), edges between modules. */
export async function layoutCourseMap(course: Pick<Course, 'tracks' | 'modules' | 'moduleLinks'>): Promise<CourseMapLayout> {
  const sizes = new Map<string, { width: number; height: number; label: string; notes: string[] }>();
  for (const module of course.modules) {
    const natural = Math.max(textWidth(module.title, TITLE_FONT), ...module.notes.map((note) => textWidth(note.title, NOTE_FONT) + 20)) + 2 * PAD;
    const width = clamp(natural, MODULE_WIDTH);
    sizes.set(module.id, {
      width,
      height: ROW + 4 + module.notes.length * ROW + PAD,
      label: fitLabel(module.title, TITLE_FONT, width - 2 * PAD),
      notes: module.notes.map((note) => fitLabel(note.title, NOTE_FONT, width - 2 * PAD - 20)),
    });
  }
  const moduleNode = (id: string) => `m:${id}`;
  // Tracks in reading order, packed in rows about as wide as the page; modules likewise inside
  // each track. (A layered layout of the module links chains all 17 modules into one row.)
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: { ...PACKING, 'elk.aspectRatio': '1.3', 'elk.spacing.nodeNode': '24', 'elk.rectpacking.widthApproximation.targetWidth': String(COURSE_MAP_WIDTH) },
    children: course.tracks.map((track, index) => ({
      id: `t:${track.id ?? index}`,
      layoutOptions: { ...PACKING, 'elk.padding': `[top=${track.title ? 30 : 12},left=12,bottom=12,right=12]`, 'elk.spacing.nodeNode': '16' },
      children: track.modules.map((module) => ({ id: moduleNode(module.id), width: sizes.get(module.id)?.width ?? 0, height: sizes.get(module.id)?.height ?? 0 })),
    })),
  };
  const edgeList = moduleEdges(course);
  const laid = await (await loadElk()).layout(graph);
  const positions = new Map<string, ElkNode>();
  for (const track of laid.children ?? []) for (const child of track.children ?? []) positions.set(child.id, child);
  const modules: ModuleBox[] = course.modules.flatMap((module) => {
    const node = positions.get(moduleNode(module.id));
    const size = sizes.get(module.id);
    if (!node || !size) return [];
    const x = round(node.x);
    const y = round(node.y);
    return [
      {
        id: module.id,
        url: module.url,
        title: module.title,
        label: size.label,
        x,
        y,
        width: size.width,
        height: size.height,
        notes: module.notes.map((note, row) => ({
          id: note.id,
          url: note.url,
          title: note.title,
          label: size.notes[row] ?? note.title,
          x: x + 4,
          y: y + ROW + 4 + row * ROW,
          width: size.width - 8,
          height: ROW - 2,
        })),
      },
    ];
  });
  return {
    width: round(laid.width),
    height: round(laid.height),
    tracks: (laid.children ?? []).map((node, index) => ({
      id: node.id,
      title: course.tracks[index]?.title,
      x: round(node.x),
      y: round(node.y),
      width: round(node.width),
      height: round(node.height),
    })),
    modules,
    edges: edgeList.flatMap((edge) => {
      const a = modules.find((module) => module.id === edge.from);
      const b = modules.find((module) => module.id === edge.to);
      return a && b ? [{ ...edge, d: curveBetween(a, b) }] : [];
    }),
  };
}

/**
 * A gentle curve from the border of one box to the border of another, along the line joining
 * their centres. Hand-written: packed layouts place boxes but do not route edges.
 */
export function curveBetween(a: Box, b: Box): string {
  const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  const [p, q] = [centre(a), centre(b)];
  const exit = (box: Box, from: { x: number; y: number }, towards: { x: number; y: number }) => {
    const dx = towards.x - from.x;
    const dy = towards.y - from.y;
    const scale = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy), 1);
    return { x: from.x + dx * scale, y: from.y + dy * scale };
  };
  const start = exit(a, p, q);
  const end = exit(b, q, p);
  // Bend sideways by a tenth of the length, so lines along one row do not run into each other.
  const control = { x: (start.x + end.x) / 2 - (end.y - start.y) / 10, y: (start.y + end.y) / 2 + (end.x - start.x) / 10 };
  return `M${round(start.x)} ${round(start.y)}Q${round(control.x)} ${round(control.y)} ${round(end.x)} ${round(end.y)}`;
}

/** A note in the middle, the notes linking to it on the left, those it links to on the right. */
export function layoutLocalMap(neighbourhood: Neighbourhood, limit = LOCAL_LIMIT): LocalMapLayout {
  // A star (the note, what links to it, what it links to) is three columns: placed by hand, as
  // ELK's layered layout of the same star took 5 ms a page (5 s of a 1,000-note build).
  const { note } = neighbourhood;
  const right = [...neighbourhood.mutual.map((item) => ({ role: 'mutual' as const, note: item })), ...neighbourhood.outgoing.map((item) => ({ role: 'outgoing' as const, note: item }))];
  const columns = [neighbourhood.incoming.slice(0, limit).map((item) => ({ role: 'incoming' as const, note: item })), [{ role: 'self' as const, note }], right.slice(0, limit)];
  const sized = columns.map((column) =>
    column.map(({ role, note: item }) => {
      const width = clamp(textWidth(item.title, NOTE_FONT) + 2 * PAD, LOCAL_WIDTH);
      return { role, note: item, width, height: LOCAL_ROW, label: fitLabel(item.title, NOTE_FONT, width - 2 * PAD) };
    }),
  );
  const columnHeight = (column: readonly unknown[]) => column.length * LOCAL_ROW + Math.max(0, column.length - 1) * LOCAL_GAP.row;
  const height = Math.max(...sized.map(columnHeight)) + 2 * LOCAL_MARGIN;
  let x = LOCAL_MARGIN;
  const placed = sized.map((column) => {
    if (column.length === 0) return [];
    const width = Math.max(...column.map((box) => box.width));
    let y = (height - columnHeight(column)) / 2;
    const boxes = column.map((box) => {
      // Each column's boxes lean towards the note in the middle.
      const left = box.role === 'incoming' ? x + width - box.width : x;
      const placedBox = { ...box, x: round(left), y: round(y) };
      y += LOCAL_ROW + LOCAL_GAP.row;
      return placedBox;
    });
    x += width + LOCAL_GAP.column;
    return boxes;
  });
  const [incoming = [], [self] = [], outgoing = []] = placed;
  if (!self) throw new Error('A local map needs its note');
  const toNote = (box: Box) => ({ from: box, to: self });
  const fromNote = (box: Box) => ({ from: self, to: box });
  const lines = [...incoming.map(toNote), ...outgoing.map(fromNote)];
  return {
    width: round(x - LOCAL_GAP.column + LOCAL_MARGIN),
    height: round(height),
    notes: [self, ...incoming, ...outgoing].map(({ role, note: item, label, x: left, y: top, width, height: boxHeight }) => ({ role, id: item.id, url: item.url, title: item.title, label, x: left, y: top, width, height: boxHeight })),
    edges: lines.map(({ from, to }, index) => {
      const [start, end] = [{ x: from.x + from.width, y: from.y + from.height / 2 }, { x: to.x, y: to.y + to.height / 2 }];
      const middle = round((start.x + end.x) / 2);
      const d = `M${round(start.x)} ${round(start.y)}C${middle} ${round(start.y)} ${middle} ${round(end.y)} ${round(end.x)} ${round(end.y)}`;
      const entry = index < incoming.length ? { from: incoming[index]!.note.id, to: note.id } : { from: note.id, to: outgoing[index - incoming.length]!.note.id };
      return { ...entry, count: 1, d };
    }),
  };
}
