// The package is checked the way Anki's "Check Database" would look at it: its SQLite content.
import { describe, expect, test } from 'vitest';
import { ANKI_CSS, toAnkiHtml } from './anki-html.ts';
import { ankiProblems, openApkg } from './anki-check.ts';
import { writeApkg, type AnkiNote } from './anki.ts';

const svgFigure = `<figure class="diagram" data-diagram="${'a'.repeat(64)}"><div class="diagram-canvas diagram-light" role="img" aria-label="流程图：A、B"><svg viewBox="0 0 10 10"><rect width="10" height="10"/></svg></div><div class="diagram-canvas diagram-dark" role="img" aria-label="流程图：A、B"><svg viewBox="0 0 10 10"></svg></div></figure>`;

describe('toAnkiHtml', () => {
  test('turns a diagram into an SVG image in the media, and site links into absolute ones', () => {
    const { html, media } = toAnkiHtml(`<p>见 <a href="/repo/etcd/raft/">Raft</a></p>${svgFigure}`, 'https://u.github.io/repo/');
    expect(html).toContain('<a href="https://u.github.io/repo/etcd/raft/">');
    expect(html).toContain(`<img src="diagram-aaaaaaaaaaaaaaaa.svg" alt="流程图：A、B" class="diagram">`);
    expect([...media.values()][0]).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 10 10"><rect/);
  });

  test('a drawing merged for both schemes becomes an image too, carrying the site\'s diagram stylesheet', () => {
    const merged = `<figure class="diagram" data-diagram="${'b'.repeat(64)}"><div class="diagram-canvas" role="img" aria-label="时序图"><svg class="dg-1" viewBox="0 0 10 10"><rect/></svg></div></figure>`;
    const { html, media } = toAnkiHtml(merged, undefined, ':is(.dg-1,#_) rect{fill:light-dark(#fff,#000)}');
    expect(html).toBe('<img src="diagram-bbbbbbbbbbbbbbbb.svg" alt="时序图" class="diagram">');
    expect([...media.values()][0]).toBe('<svg xmlns="http://www.w3.org/2000/svg" class="dg-1" viewBox="0 0 10 10"><style><![CDATA[:root{color-scheme:light}:is(.dg-1,#_) rect{fill:light-dark(#fff,#000)}]]></style><rect></rect></svg>');
  });
});

describe('writeApkg', () => {
  const notes: AnkiNote[] = [
    { id: 'c1', deck: 'Go 基础', front: '<p>为什么 GMP 需要 P？</p>', back: '<p>P 持有运行队列</p>', tags: ['go', 'go basics'] },
    { id: 'c2', deck: 'Go 基础', front: '<p>len("调度")</p>', back: '<pre class="astro-code"><code><span style="--shiki-light:#000">6</span></code></pre>', tags: [] },
    { id: 'c3', deck: 'etcd', front: '<p>Raft 选举</p>', back: '<img src="diagram-x.svg" alt="图">', tags: ['etcd'] },
  ];
  test('writes a collection Anki accepts: sub-decks per module, stable guids, tags, media', async () => {
    const opened = await openApkg(await writeApkg({ name: '课程', notes, media: new Map([['diagram-x.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>']]), css: ANKI_CSS }));
    expect(ankiProblems(opened)).toEqual([]);
    const decks = Object.values(JSON.parse((opened.db.prepare('select decks from col').get() as { decks: string }).decks) as Record<string, { name: string }>).map((deck) => deck.name);
    expect(decks.sort()).toEqual(['Default', '课程', '课程::Go 基础', '课程::etcd']);
    const rows = opened.db.prepare('select n.guid, n.tags, c.did from notes n join cards c on c.nid = n.id order by c.due').all() as { guid: string; tags: string; did: number }[];
    expect(rows.map((row) => row.guid)).toEqual(['c1', 'c2', 'c3']);
    expect(rows[0]!.tags).toBe(' go go_basics ');
    expect(rows[0]!.did).toBe(rows[1]!.did);
    expect(rows[0]!.did).not.toBe(rows[2]!.did);
    expect(opened.media).toEqual({ '0': 'diagram-x.svg' });
  });
  test('the same cards give the same ids in the next build, so Anki updates instead of duplicating', async () => {
    const ids = async () => {
      const { db } = await openApkg(await writeApkg({ name: '课程', notes, media: new Map(), css: '' }));
      return db.prepare('select id, guid from notes order by id').all();
    };
    expect(await ids()).toEqual(await ids());
  });
  test('the checker catches a broken package (it can fail)', async () => {
    const opened = await openApkg(await writeApkg({ name: '课程', notes, media: new Map(), css: '' }));
    expect(ankiProblems(opened)).toContain(`note ${(opened.db.prepare("select id from notes where guid = 'c3'").get() as { id: number }).id}: missing media diagram-x.svg`);
  });
});
