// Where the study tools keep a reader's data: localStorage keys under one prefix per site, and
// the JSON file that moves them to another browser. Pure; the review page's script uses it.

/** "study-notes:/repo/:": every key of the study tools starts with it (review state, reading progress). */
export function studyKeyPrefix(base: string): string {
  return `study-notes:${base}:`;
}

/** The key of one tool's data: studyKey('/repo/', 'review') -> "study-notes:/repo/:review". */
export function studyKey(base: string, name: string): string {
  return `${studyKeyPrefix(base)}${name}`;
}

export const PROGRESS_FORMAT = 'study-notes-progress';

export interface ProgressFile {
  format: typeof PROGRESS_FORMAT;
  version: 1;
  /** The site's base path when exported. */
  base: string;
  exported: string;
  /** Key without the prefix ("review", "progress") -> the stored string. */
  data: Record<string, string>;
}

/** The file's contents for every stored key under the site's prefix. */
export function exportProgress(entries: Iterable<[string, string]>, base: string, now: Date): ProgressFile {
  const prefix = studyKeyPrefix(base);
  const data: Record<string, string> = {};
  for (const [key, value] of entries) if (key.startsWith(prefix)) data[key.slice(prefix.length)] = value;
  return { format: PROGRESS_FORMAT, version: 1, base, exported: now.toISOString(), data };
}

export type ImportResult = { ok: true; entries: [string, string][] } | { ok: false; error: 'notJson' | 'notProgress' | 'newerVersion' | 'badValue'; detail?: string };

/**
 * A chosen file checked before anything is written: JSON, our format, a version we read, and
 * every value itself JSON. Keys come back under this site's prefix, whatever base the file
 * was exported from (a site moved to another path keeps its readers' progress).
 */
export function parseProgressFile(text: string, base: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'notJson' };
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== PROGRESS_FORMAT) return { ok: false, error: 'notProgress' };
  const file = value as Partial<ProgressFile>;
  if (file.version !== 1) return { ok: false, error: 'newerVersion' };
  if (typeof file.data !== 'object' || file.data === null || Array.isArray(file.data)) return { ok: false, error: 'notProgress' };
  const entries: [string, string][] = [];
  for (const [name, stored] of Object.entries(file.data)) {
    if (typeof stored !== 'string' || !/^[\w.-]+$/.test(name)) return { ok: false, error: 'badValue', detail: name };
    try {
      JSON.parse(stored);
    } catch {
      return { ok: false, error: 'badValue', detail: name };
    }
    entries.push([studyKey(base, name), stored]);
  }
  return { ok: true, entries };
}
