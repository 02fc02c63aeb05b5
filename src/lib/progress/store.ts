// The reader's progress, kept in their own browser: which notes they have read and the last note
// they opened. Pure functions over a Storage-like object, so tests (and the review page's export
// and import) use them without a browser. Every key lives under `study-notes:<base path>:`, so two
// sites on one origin (user.github.io/a/ and /b/) keep apart.

/** The part of the Web Storage API the store uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** How a note came to be read or unread. */
export type ProgressSource = 'button' | 'end';

export interface NoteProgress {
  read: boolean;
  /** When the state was last set, in ms since the epoch. */
  at: number;
  /** 'button': the reader chose; 'end': they reached the end of the note. */
  by: ProgressSource;
}

export interface LastOpened {
  id: string;
  /** The note's title when it was opened, for "继续学习" without another request. */
  title: string;
  at: number;
}

export interface Progress {
  version: 1;
  /** Note id -> its state. A note without an entry was never marked either way. */
  notes: Record<string, NoteProgress>;
  last?: LastOpened | undefined;
}

/** Every key of the site's own state starts with this ("study-notes:/repo/:"). */
export function storagePrefix(base: string): string {
  return `study-notes:${base}:`;
}

/** "study-notes:/repo/:progress". */
export function progressKey(base: string): string {
  return `${storagePrefix(base)}progress`;
}

export function emptyProgress(): Progress {
  return { version: 1, notes: {} };
}

/**
 * Reads stored text leniently: a value written by a newer version, or edited by hand, keeps
 * whatever entries are well-formed; anything unreadable counts as no progress.
 */
export function parseProgress(text: string | null): Progress {
  if (!text) return emptyProgress();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return emptyProgress();
  }
  if (!isRecord(value)) return emptyProgress();
  const progress = emptyProgress();
  if (isRecord(value['notes'])) {
    for (const [id, entry] of Object.entries(value['notes'])) {
      if (isRecord(entry) && typeof entry['read'] === 'boolean' && typeof entry['at'] === 'number') {
        progress.notes[id] = { read: entry['read'], at: entry['at'], by: entry['by'] === 'end' ? 'end' : 'button' };
      }
    }
  }
  const last = value['last'];
  if (isRecord(last) && typeof last['id'] === 'string' && typeof last['at'] === 'number') {
    progress.last = { id: last['id'], title: typeof last['title'] === 'string' ? last['title'] : last['id'], at: last['at'] };
  }
  return progress;
}

export function readProgress(storage: KeyValueStorage, base: string): Progress {
  try {
    return parseProgress(storage.getItem(progressKey(base)));
  } catch {
    // Storage can be switched off (some private windows): no progress then.
    return emptyProgress();
  }
}

/** Stores progress; false when the browser refuses (storage off or full). */
export function writeProgress(storage: KeyValueStorage, base: string, progress: Progress): boolean {
  try {
    storage.setItem(progressKey(base), JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads, changes and writes back in one step, so that two open tabs do not undo each other's
 * marks: each change starts from what is stored now, not from what a page read earlier.
 */
export function updateProgress(storage: KeyValueStorage, base: string, change: (progress: Progress) => Progress): Progress {
  const next = change(readProgress(storage, base));
  writeProgress(storage, base, next);
  return next;
}

export function isRead(progress: Progress, id: string): boolean {
  return progress.notes[id]?.read === true;
}

/** The reader marks a note read or unread (the button). */
export function setRead(progress: Progress, id: string, read: boolean, now: number): Progress {
  return { ...progress, notes: { ...progress.notes, [id]: { read, at: now, by: 'button' } } };
}

/**
 * The reader reached the end of a note: it counts as read, unless they already decided about it
 * (a note they unmarked stays unmarked).
 */
export function markReachedEnd(progress: Progress, id: string, now: number): Progress {
  if (progress.notes[id]) return progress;
  return { ...progress, notes: { ...progress.notes, [id]: { read: true, at: now, by: 'end' } } };
}

export function setLastOpened(progress: Progress, id: string, title: string, now: number): Progress {
  return { ...progress, last: { id, title, at: now } };
}

/** How many of a module's notes are read. */
export function moduleProgress(progress: Progress, noteIds: readonly string[]): { read: number; total: number } {
  return { read: noteIds.filter((id) => isRead(progress, id)).length, total: noteIds.length };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
