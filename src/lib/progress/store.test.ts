import { describe, expect, test } from 'vitest';
import {
  emptyProgress,
  isRead,
  markReachedEnd,
  moduleProgress,
  parseProgress,
  progressKey,
  readProgress,
  setLastOpened,
  setRead,
  storagePrefix,
  updateProgress,
  writeProgress,
  type KeyValueStorage,
} from './store.ts';

class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const refusing: KeyValueStorage = {
  getItem() {
    throw new Error('SecurityError');
  },
  setItem() {
    throw new Error('QuotaExceededError');
  },
};

test.each([
  ['/', 'study-notes:/:progress'],
  ['/some-repo/', 'study-notes:/some-repo/:progress'],
])('the key for base %s is %s, under the site prefix', (base, key) => {
  expect(progressKey(base)).toBe(key);
  expect(progressKey(base).startsWith(storagePrefix(base))).toBe(true);
});

describe('parseProgress', () => {
  test.each([
    ['nothing stored', null],
    ['empty text', ''],
    ['not JSON', '{"notes":'],
    ['JSON that is not an object', '[1,2]'],
    ['a number', '42'],
  ])('%s -> no progress', (_name, text) => {
    expect(parseProgress(text)).toEqual(emptyProgress());
  });

  test('keeps well-formed entries and drops the rest', () => {
    const text = JSON.stringify({
      version: 1,
      notes: {
        'etcd/raft': { read: true, at: 5, by: 'end' },
        'etcd/watch': { read: false, at: 6, by: 'button' },
        'go/gmp': { read: 'yes', at: 7 },
        'go/gc': 'read',
        'docker/oci': { read: true, at: 8, by: 'unknown' },
      },
      last: { id: 'etcd/raft', title: 'Raft 共识', at: 9 },
    });
    expect(parseProgress(text)).toEqual({
      version: 1,
      notes: {
        'etcd/raft': { read: true, at: 5, by: 'end' },
        'etcd/watch': { read: false, at: 6, by: 'button' },
        'docker/oci': { read: true, at: 8, by: 'button' },
      },
      last: { id: 'etcd/raft', title: 'Raft 共识', at: 9 },
    });
  });

  test('a last note without a title falls back to its id; a malformed one is dropped', () => {
    expect(parseProgress('{"last":{"id":"go/gmp","at":1}}').last).toEqual({ id: 'go/gmp', title: 'go/gmp', at: 1 });
    expect(parseProgress('{"last":{"id":3,"at":1}}').last).toBeUndefined();
  });
});

describe('marking notes', () => {
  test('the button toggles a note, and the latest choice wins', () => {
    let progress = setRead(emptyProgress(), 'etcd/raft', true, 1);
    expect(isRead(progress, 'etcd/raft')).toBe(true);
    progress = setRead(progress, 'etcd/raft', false, 2);
    expect(isRead(progress, 'etcd/raft')).toBe(false);
    expect(progress.notes['etcd/raft']).toEqual({ read: false, at: 2, by: 'button' });
  });

  test('reaching the end marks an undecided note read', () => {
    expect(markReachedEnd(emptyProgress(), 'etcd/raft', 3).notes['etcd/raft']).toEqual({ read: true, at: 3, by: 'end' });
  });

  test('reaching the end does not undo the reader unmarking a note', () => {
    const unmarked = setRead(setRead(emptyProgress(), 'etcd/raft', true, 1), 'etcd/raft', false, 2);
    expect(markReachedEnd(unmarked, 'etcd/raft', 3)).toBe(unmarked);
  });

  test('changes do not modify the state they start from', () => {
    const before = emptyProgress();
    setRead(before, 'a', true, 1);
    setLastOpened(before, 'a', 'A', 1);
    expect(before).toEqual(emptyProgress());
  });

  test.each([
    [[], { read: 0, total: 0 }],
    [['etcd/raft'], { read: 1, total: 1 }],
    [['etcd/raft', 'etcd/watch', 'etcd/ops'], { read: 1, total: 3 }],
  ])('module progress of %j', (ids, expected) => {
    const progress = setRead(setRead(emptyProgress(), 'etcd/raft', true, 1), 'etcd/watch', false, 2);
    expect(moduleProgress(progress, ids)).toEqual(expected);
  });
});

describe('storage', () => {
  test('round trip under the base path key; two sites on one origin keep apart', () => {
    const storage = new MemoryStorage();
    const progress = setLastOpened(setRead(emptyProgress(), 'etcd/raft', true, 1), 'etcd/raft', 'Raft', 2);
    expect(writeProgress(storage, '/a/', progress)).toBe(true);
    expect([...storage.items.keys()]).toEqual(['study-notes:/a/:progress']);
    expect(readProgress(storage, '/a/')).toEqual(progress);
    expect(readProgress(storage, '/b/')).toEqual(emptyProgress());
  });

  test('updateProgress starts from what is stored now (another tab\'s mark survives)', () => {
    const storage = new MemoryStorage();
    const stale = readProgress(storage, '/');
    updateProgress(storage, '/', (progress) => setRead(progress, 'tab-1', true, 1));
    updateProgress(storage, '/', (progress) => setRead(progress, 'tab-2', true, 2));
    const now = readProgress(storage, '/');
    expect(Object.keys(now.notes)).toEqual(['tab-1', 'tab-2']);
    expect(stale.notes).toEqual({});
  });

  test('storage that is switched off or full: nothing is stored, nothing throws', () => {
    expect(readProgress(refusing, '/')).toEqual(emptyProgress());
    expect(writeProgress(refusing, '/', emptyProgress())).toBe(false);
    expect(isRead(updateProgress(refusing, '/', (progress) => setRead(progress, 'a', true, 1)), 'a')).toBe(true);
  });
});
