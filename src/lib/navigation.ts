// How much of the course a page's navigation carries. Listing every note on every page made the
// HTML grow with the course (at 1,000 notes the sidebar was 75% of a note page, and all pages
// together grew as N squared). A page lists every module, but notes only of its own module, and
// of those at most a window around the current note: the module page lists them all.

/** Notes of the current module a page lists at most. */
export const NOTE_WINDOW = 15;

/**
 * The slice [start, end) of a module's `count` notes to list, centred on `current` (an index, or
 * -1 for the module page itself), `size` long at most.
 */
export function noteWindow(count: number, current: number, size: number = NOTE_WINDOW): { start: number; end: number } {
  if (count <= size) return { start: 0, end: count };
  const centre = current < 0 ? 0 : current;
  const start = Math.min(Math.max(0, centre - Math.floor(size / 2)), count - size);
  return { start, end: start + size };
}
