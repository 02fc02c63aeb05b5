// What a note's rendering read from the vault, and a fingerprint of exactly that. The link
// plugin resolves links against a tracked view of the vault that records every lookup (the
// resolver stays unaware of it); the loader keeps the record with the rendered note and, on the
// next build, re-renders the note when its text changed or when any lookup would now answer
// differently: a linked note's anchors or title, a file that appeared or went away, a name that
// became ambiguous. Table tests in vault-dependencies.test.ts.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Vault, VaultNote } from './vault.ts';

/** Separates a lookup's collection from its key: "notes\0go/a.md". */
const SEPARATOR = '\0';
/** The key recorded when a collection was iterated (a "did you mean" search reads all of it). */
const EVERYTHING = '*';
/** A file looked up outside the vault (images under public/), by absolute path. */
const PUBLIC = 'public';

type Collection = 'notes' | 'assets' | 'byLowerPath' | 'byName' | 'folders';
/** The key recorded when the rendering asked whether the folder is an Obsidian vault. */
const OBSIDIAN = 'obsidian';

/** A view of the vault that adds every lookup to `used`. */
export function trackVault(vault: Vault, used: Set<string>): Vault {
  return {
    notes: track(vault.notes, 'notes', used),
    assets: track(vault.assets, 'assets', used),
    byLowerPath: track(vault.byLowerPath, 'byLowerPath', used),
    byName: track(vault.byName, 'byName', used),
    folders: track(vault.folders, 'folders', used),
    get obsidian() {
      used.add(`${OBSIDIAN}${SEPARATOR}`);
      return vault.obsidian;
    },
  };
}

/** Records that the rendering looked for a file outside the vault (public/img.png). */
export function publicFileDependency(absolutePath: string): string {
  return `${PUBLIC}${SEPARATOR}${absolutePath}`;
}

function track<T extends Map<string, unknown> | Set<string>>(collection: T, name: Collection, used: Set<string>): T {
  // A Proxy rather than a copy: the vault is shared by every note and copying it per note costs O(n^2).
  return new Proxy(collection, {
    get(target, property) {
      if (property === 'get' || property === 'has') {
        return (key: string) => {
          used.add(`${name}${SEPARATOR}${key}`);
          return property === 'get' ? (target as Map<string, unknown>).get(key) : target.has(key);
        };
      }
      // Anything else (size, keys(), iteration) depends on the whole collection.
      used.add(`${name}${SEPARATOR}${EVERYTHING}`);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const wholeCollections = new WeakMap<Vault, Map<Collection, string>>();

/**
 * A hash of what the recorded lookups answer in this vault: equal for two vaults exactly when
 * every lookup answers the same in both.
 */
export function dependencyFingerprint(vault: Vault, used: Iterable<string>): string {
  const hash = createHash('sha256');
  for (const key of [...used].sort()) hash.update(key).update(SEPARATOR).update(answer(vault, key)).update('\n');
  return hash.digest('hex').slice(0, 24);
}

function answer(vault: Vault, key: string): string {
  const at = key.indexOf(SEPARATOR);
  const name = key.slice(0, at);
  const value = key.slice(at + 1);
  if (name === PUBLIC) return existsSync(value) ? '1' : '0';
  if (name === OBSIDIAN) return String(vault.obsidian);
  if (value === EVERYTHING && name !== PUBLIC) return whole(vault, name as Collection);
  switch (name) {
    case 'notes':
      return surface(vault.notes.get(value));
    case 'assets':
      return vault.assets.has(value) ? '1' : '0';
    case 'byLowerPath':
      return vault.byLowerPath.get(value) ?? '';
    case 'byName':
      return JSON.stringify(vault.byName.get(value) ?? []);
    case 'folders':
      return vault.folders.get(value) ?? '\0none';
    default:
      // A key this version does not know (recorded by older code): never equal, so re-render.
      return `unknown ${Math.random()}`;
  }
}

/** Everything a link to a note can use: its URL, title, draft flag, headings and anchors. */
function surface(note: VaultNote | undefined): string {
  if (!note) return '';
  return JSON.stringify([note.id, note.title, note.draft, note.leadSlug, note.headings, [...note.anchors]]);
}

function whole(vault: Vault, name: Collection): string {
  let cache = wholeCollections.get(vault);
  if (!cache) wholeCollections.set(vault, (cache = new Map()));
  let value = cache.get(name);
  if (value === undefined) {
    const hash = createHash('sha256');
    if (name === 'notes') for (const [path, note] of vault.notes) hash.update(path).update(SEPARATOR).update(surface(note)).update('\n');
    else if (name === 'assets') for (const path of vault.assets) hash.update(path).update('\n');
    else for (const [path, target] of vault[name]) hash.update(path).update(SEPARATOR).update(JSON.stringify(target)).update('\n');
    value = hash.digest('hex');
    cache.set(name, value);
  }
  return value;
}
