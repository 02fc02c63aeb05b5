import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { readingMinutes, type ReadingSpeed } from '../lib/reading-time.ts';
import { setNoteData } from './note-data.ts';

export type Options = ReadingSpeed;

/** Records the note's reading time, counting Chinese by characters and English by words. */
export default function remarkReadingTime(options: Options = {}) {
  return (tree: Root, file: VFile) => {
    setNoteData(file, { minutes: readingMinutes(toString(tree), options) });
  };
}
