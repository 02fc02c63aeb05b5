import { describe, expect, test } from 'vitest';
import { normaliseCardText } from './card-id.ts';
import { rematch, SAME_QUESTION, similarity } from './rematch.ts';

const text = (question: string) => normaliseCardText(question);

describe('similarity', () => {
  test.each([
    ['raft', 'raft', 1],
    ['abc', 'xyz', 0],
    ['', '', 1],
  ])('%s ~ %s = %d', (a, b, expected) => {
    expect(similarity(a, b)).toBe(expected);
  });
  test('a lightly edited Chinese question stays above the threshold, another question falls below', () => {
    const before = text('为什么说 4 成员的 etcd 集群不如 3 成员划算？');
    expect(similarity(before, text('为什么说 4 个成员的 etcd 集群不如 3 个成员划算？'))).toBeGreaterThan(SAME_QUESTION);
    expect(similarity(before, text('Pre-Vote 解决的是什么问题？'))).toBeLessThan(0.3);
  });
});

describe('rematch', () => {
  const orphans = [
    { id: 'old1', text: text('一个 4 成员的 etcd 集群最多容忍几个成员同时故障？') },
    { id: 'old2', text: text('Pre-Vote 解决的是什么问题？') },
  ];
  test('gives an edited question the history of its old version, and nothing to an unrelated new question', () => {
    const fresh = [
      { id: 'new1', text: text('一个 4 成员的 etcd 集群，最多能容忍几个成员同时故障？') },
      { id: 'new2', text: text('Watch 的 revision 有什么用？') },
    ];
    expect(rematch(orphans, fresh)).toEqual(new Map([['new1', 'old1']]));
  });
  test('uses each old history once, for the closest new card', () => {
    const fresh = [
      { id: 'close', text: text('Pre-Vote 机制解决的是什么问题') },
      { id: 'closer', text: text('Pre-Vote 解决的是什么问题？') },
    ];
    expect(rematch(orphans, fresh)).toEqual(new Map([['closer', 'old2']]));
  });
});
