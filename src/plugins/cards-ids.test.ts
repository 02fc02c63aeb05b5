// Stable card ids through the site's own pipeline: what a reader's history is keyed by.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createBuildContext } from '../integrations/build-context.ts';
import { resolveSiteConfig } from '../lib/config.ts';
import { rematch } from '../lib/cards/rematch.ts';
import { buildVault } from '../lib/vault.ts';
import { noteDataOf } from './note-data.ts';
import { createRenderer } from './render.ts';

const dir = mkdtempSync(join(tmpdir(), 'card-ids-'));
const site = resolveSiteConfig({ title: 'Ids', tracks: [], contentDir: dir }, {});
const context = createBuildContext(site, { DIAGRAM_CACHE_DIR: join(dir, '.cache') }, 'sync');
context.setVault(buildVault([]));
const render = await createRenderer(site, context);

const note = (question: string) => `## 自测\n\n1. ${question}\n\n   <details><summary>答案</summary>\n\n   三个。\n\n   </details>\n`;
const cardsOf = async (markdown: string, file: string) => noteDataOf((await render(markdown, join(dir, file))).metadata.frontmatter).cards ?? [];

test('a card keeps its id when its note is renamed and moved, or its question renumbered and repunctuated', async () => {
  const [before] = await cardsOf(note('一个 5 成员的集群能容忍几个故障？'), '05-etcd/02-raft.md');
  const [after] = await cardsOf(note('一个5成员的集群，能容忍几个故障?'), '06-共识/01-raft-共识.md');
  expect(after!.id).toBe(before!.id);
});

test('a question edited in its words gets a new id, and re-matching hands it the old history', async () => {
  const [before] = await cardsOf(note('一个 5 成员的集群能容忍几个成员故障？'), 'a.md');
  const [after] = await cardsOf(note('一个 5 成员的 etcd 集群最多能容忍几个成员故障？'), 'a.md');
  const [other] = await cardsOf(note('Raft 的 Leader 如何选出？'), 'a.md');
  expect(after!.id).not.toBe(before!.id);
  expect(rematch([{ id: before!.id, text: before!.text }], [after!, other!])).toEqual(new Map([[after!.id, before!.id]]));
});
