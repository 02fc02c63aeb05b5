import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files under a folder, relative to it with "/" separators, sorted; dot-folders (.git, .obsidian) skipped. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}
