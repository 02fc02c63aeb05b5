import { readFileSync } from 'node:fs';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { displayPath } from '../lib/display-path.ts';

const offsets = new WeakMap<VFile, number>();

/**
 * Astro hands the Markdown processor a note's body without its frontmatter, so positions in the
 * tree count from the body's first line. This gives "file:line:column" of a point in the file
 * on disk, as an editor shows it.
 */
export function fileLocation(file: VFile, point: Point | undefined): string {
  const where = file.path ? displayPath(process.cwd(), file.path) : '<note>';
  if (!point) return where;
  return `${where}:${point.line + lineOffset(file)}:${point.column}`;
}

/** Lines of the file on disk before the body the processor was given. */
function lineOffset(file: VFile): number {
  let offset = offsets.get(file);
  if (offset === undefined) {
    offset = 0;
    try {
      // Astro trims the body, so look for it rather than assume it is the file's tail.
      const body = String(file.value);
      const onDisk = readFileSync(file.path, 'utf8');
      const start = body ? onDisk.indexOf(body) : -1;
      if (start > 0) offset = onDisk.slice(0, start).split(/\r\n|\r|\n/).length - 1;
    } catch {
      // Not a file on disk (tests render strings): positions are already the file's.
    }
    offsets.set(file, offset);
  }
  return offset;
}
