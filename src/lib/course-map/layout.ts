// Lays out the course map at build time: modules are boxes listing their notes, packed in rows
// inside their track's box, tracks packed in rows on the page, with edges between modules. A
// note's local map (the note between what links to it and what it links to) is three columns.
// Both return plain boxes and paths that the map components draw as SVG.
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

/** The course map's width at most (the home page's content width), unless one track is wider. */
const COURSE_MAP_WIDTH = 1120;
/** Space around the map, between tracks, inside a track's box and between its modules. */
const MAP_MARGIN = 12;
const TRACK_GAP = 24;
const TRACK_PADDING = { side: 12, top: 12, titledTop: 30, bottom: 12 };
const MODULE_GAP = 16;

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

/** Boxes in rows: where each goes, relative to the rows' top left corner, and the rows' size. */
export interface Rows {
  positions: { x: number; y: number }[];
  width: number;
  height: number;
}

/**
 * Places boxes in reading order, left to right in rows at most `maxWidth` wide (a box wider than
 * that has a row of its own), `gap` apart; each row is as tall as its tallest box. Hand-written:
 * the map packs about 20 boxes, and the library we used for it (elkjs' rectpacking, which placed
 * them in rows too) took 0.13 s to start, 3% of a 200-note build.
 */
export function packRows(sizes: readonly { width: number; height: number }[], maxWidth: number, gap: number): Rows {
  const positions: Rows['positions'] = [];
  let [x, y, rowHeight, width] = [0, 0, 0, 0];
  for (const size of sizes) {
    if (x > 0 && x + size.width > maxWidth) {
      [x, y, rowHeight] = [0, y + rowHeight + gap, 0];
    }
    positions.push({ x, y });
    width = Math.max(width, x + size.width);
    rowHeight = Math.max(rowHeight, size.height);
    x += size.width + gap;
  }
  return { positions, width, height: sizes.length > 0 ? y + rowHeight : 0 };
}

/** The whole course: tracks (in reading order, in rows) -> modules (boxes listing their notes, in rows), edges between modules. */
export function layoutCourseMap(course: Pick<Course, 'tracks' | 'modules' | 'moduleLinks'>): CourseMapLayout {
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
  // Each track's modules in rows as wide as the map allows, then the tracks in rows.
  // (A layered layout of the module links chains all 17 modules into one row.)
  const inner = course.tracks.map((track) => {
    const modules = track.modules.flatMap((module) => {
      const size = sizes.get(module.id);
      return size ? [{ module, size }] : [];
    });
    const top = track.title ? TRACK_PADDING.titledTop : TRACK_PADDING.top;
    const rows = packRows(
      modules.map(({ size }) => size),
      COURSE_MAP_WIDTH - 2 * MAP_MARGIN - 2 * TRACK_PADDING.side,
      MODULE_GAP,
    );
    return { track, modules, rows, top, width: rows.width + 2 * TRACK_PADDING.side, height: top + rows.height + TRACK_PADDING.bottom };
  });
  const page = packRows(inner, COURSE_MAP_WIDTH - 2 * MAP_MARGIN, TRACK_GAP);
  const tracks: CourseMapLayout['tracks'] = [];
  const modules: ModuleBox[] = [];
  for (const [index, { track, modules: members, rows, top, width, height }] of inner.entries()) {
    const corner = page.positions[index]!;
    const [trackX, trackY] = [MAP_MARGIN + corner.x, MAP_MARGIN + corner.y];
    tracks.push({ id: `t:${track.id ?? index}`, title: track.title, x: trackX, y: trackY, width, height });
    for (const [position, { module, size }] of members.entries()) {
      const x = trackX + TRACK_PADDING.side + rows.positions[position]!.x;
      const y = trackY + top + rows.positions[position]!.y;
      modules.push({
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
      });
    }
  }
  // In the course's module order, as the text version lists them.
  const order = new Map(course.modules.map((module, index) => [module.id, index]));
  modules.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return {
    width: page.width + 2 * MAP_MARGIN,
    height: page.height + 2 * MAP_MARGIN,
    tracks,
    modules,
    edges: moduleEdges(course).flatMap((edge) => {
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
  // a layered graph layout (ELK's) of the same star took 5 ms a page (5 s of a 1,000-note build).
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
