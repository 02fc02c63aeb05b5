import { expect, test } from 'vitest';
import { compareByOrder, compareNatural } from './order.ts';

test.each([
  [['module10', 'module2', 'module1'], ['module1', 'module2', 'module10']],
  [['M12_note', 'M05_note', 'M5b'], ['M05_note', 'M5b', 'M12_note']],
  [['b', 'A', 'a2', 'a10'], ['A', 'a2', 'a10', 'b']],
])('natural order of %j', (names, sorted) => {
  expect([...names].sort(compareNatural)).toEqual(sorted);
});

test('explicit order beats number prefixes, numbered items precede the rest', () => {
  const items = [
    { name: 'zeta.md' },
    { name: '10-ten.md' },
    { name: '2-two.md' },
    { name: 'alpha.md' },
    { name: 'first.md', order: 1 },
    { name: '01-also-one.md' },
  ];
  expect([...items].sort(compareByOrder).map((item) => item.name)).toEqual(['01-also-one.md', 'first.md', '2-two.md', '10-ten.md', 'alpha.md', 'zeta.md']);
});
