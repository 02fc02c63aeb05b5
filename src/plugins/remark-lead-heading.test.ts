import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { expect, test } from 'vitest';
import { findLeadHeading } from './remark-lead-heading.ts';

const lead = (markdown: string, hasTitle = false) => {
  const found = findLeadHeading(unified().use(remarkParse).parse(markdown) as Root, { hasTitle });
  return found && { text: (found.heading.children[0] as { value: string }).value, lifted: found.lifted };
};

// issue 12, cases 3 and 4: which heading names a note, and whether it leaves the body.
test.each([
  ['# Raft 共识\n\n## 选举', false, { text: 'Raft 共识', lifted: true }],
  ['# 1. 概述\n\n# 2. 架构', false, undefined],
  ['# Raft\n\n正文\n\n# 另一个 H1', false, undefined],
  ['# 概述\n\n正文', false, undefined],
  ['## GMP调度模型\n\n### G', false, { text: 'GMP调度模型', lifted: true }],
  ['## GMP调度模型\n\n## 另一节', false, { text: 'GMP调度模型', lifted: false }],
  ['## 先说调度\n\n正文', true, { text: '先说调度', lifted: false }],
  ['## 概述\n\n正文', false, undefined],
  ['正文\n\n## 小节', false, undefined],
])('%j (frontmatter title: %s)', (markdown, hasTitle, expected) => {
  expect(lead(markdown, hasTitle)).toEqual(expected);
});
