import { describe, expect, test } from 'vitest';
import { cardId, normaliseCardText, uniqueIds } from './card-id.ts';

describe('normaliseCardText', () => {
  test.each([
    ['1. 为什么 Raft 需要多数派？', '为什么raft需要多数派'],
    ['（2）为什么 Raft 需要多数派?', '为什么raft需要多数派'],
    ['Q3: What does GOMAXPROCS set?', 'whatdoesgomaxprocsset'],
    ['ＡＢＣ　全角', 'abc全角'],
    ['`len("调度")` 输出什么', 'len调度输出什么'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseCardText(input)).toBe(expected);
  });
});

describe('cardId', () => {
  test('is the same for questions that differ only in numbering, spacing, punctuation and case', () => {
    expect(cardId('basic', '1. 为什么 Raft 需要多数派？')).toBe(cardId('basic', '为什么raft需要多数派?'));
  });
  test('does not depend on where the note is: it takes no path', () => {
    // The signature is the design: a note renamed or moved to another module keeps its cards' ids.
    expect(cardId('basic', 'Q')).toMatch(/^[0-9a-f]{12}$/);
  });
  test('changes with the words of the question and with the kind', () => {
    expect(cardId('basic', '为什么 Raft 需要多数派')).not.toBe(cardId('basic', '为什么 Paxos 需要多数派'));
    expect(cardId('basic', 'Raft')).not.toBe(cardId('reversed', 'Raft'));
  });
  test('a cloze card hashes its deleted text, not its position', () => {
    const sentence = '客户端端口是 2379，成员之间用 2380';
    expect(cardId('cloze', sentence, '2379')).not.toBe(cardId('cloze', sentence, '2380'));
    expect(cardId('cloze', sentence, '2380')).toBe(cardId('cloze', sentence, '2380'));
  });
});

test('uniqueIds numbers repeats in reading order', () => {
  expect(uniqueIds(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a-2', 'a-3']);
});
