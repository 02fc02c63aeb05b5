import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { whenTextHas } from './when-text-has.ts';

/** A plugin that records, in file.data, each time its transform runs and with what option. */
function recorder(label: string) {
  return (tree: unknown, file: VFile) => {
    void tree;
    (file.data['ran'] as string[] | undefined)?.push(label) ?? (file.data['ran'] = [label]);
  };
}

async function ran(pattern: RegExp, text: string): Promise<unknown> {
  const processor = unified().use(remarkParse).use(whenTextHas(pattern, recorder), '记');
  const file = new VFile({ value: text });
  await processor.run(processor.parse(file), file);
  return file.data['ran'];
}

test.each([
  [/==/, '有==标记==的笔记', ['记']],
  [/==/, '没有标记的笔记', undefined],
  [/https?:|www\./i, '见 WWW.etcd.io', ['记']],
  [/https?:|www\./i, '见 etcd 官网', undefined],
])('whenTextHas(%s) on %j runs the transform: %j', async (pattern, text, expected) => {
  expect(await ran(pattern, text)).toEqual(expected);
});

test('a pattern that remembers its last match is refused', () => {
  expect(() => whenTextHas(/==/g, recorder)).toThrow(/global or sticky/);
});

test('the same text matches every time (no state kept between notes)', async () => {
  const pattern = /==/;
  expect([await ran(pattern, 'a==b=='), await ran(pattern, 'a==b=='), await ran(pattern, 'ab')]).toEqual([['记'], ['记'], undefined]);
});
