// Opens an .apkg and lists what Anki's "Check Database" would complain about: for the tests of
// the writer and of the deck a build publishes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import JSZip from 'jszip';
import { fieldChecksum } from './anki.ts';

export interface Opened {
  db: DatabaseSync;
  media: Record<string, string>;
  files: string[];
}

/** Unzips an .apkg and opens its collection. */
export async function openApkg(bytes: Uint8Array): Promise<Opened> {
  const zip = await JSZip.loadAsync(bytes);
  const path = join(mkdtempSync(join(tmpdir(), 'apkg-test-')), 'collection.anki2');
  writeFileSync(path, await zip.file('collection.anki2')!.async('uint8array'));
  const media = JSON.parse(await zip.file('media')!.async('string')) as Record<string, string>;
  return { db: new DatabaseSync(path), media, files: Object.keys(zip.files) };
}

/** What Anki's database check would complain about, as messages (empty when the file is sound). */
export function ankiProblems({ db, media, files }: Opened): string[] {
  const problems: string[] = [];
  const integrity = db.prepare('pragma integrity_check').get() as { integrity_check: string };
  if (integrity.integrity_check !== 'ok') problems.push(`integrity: ${integrity.integrity_check}`);
  const col = db.prepare('select decks, models from col').all() as { decks: string; models: string }[];
  if (col.length !== 1) problems.push(`${col.length} col rows`);
  const decks = JSON.parse(col[0]!.decks) as Record<string, { name: string }>;
  const models = JSON.parse(col[0]!.models) as Record<string, { flds: unknown[]; tmpls: unknown[]; did: number }>;
  if (!decks['1']) problems.push('no default deck');
  for (const [id, model] of Object.entries(models)) if (!decks[String(model.did)]) problems.push(`model ${id} points at a missing deck`);
  const guids = new Set<string>();
  for (const note of db.prepare('select id, guid, mid, flds, sfld, csum from notes').all() as { id: number; guid: string; mid: number; flds: string; sfld: string; csum: number }[]) {
    const model = models[String(note.mid)];
    if (!model) problems.push(`note ${note.id}: no model ${note.mid}`);
    else if (note.flds.split('\u001f').length !== model.flds.length) problems.push(`note ${note.id}: wrong field count`);
    if (guids.has(note.guid)) problems.push(`note ${note.id}: duplicate guid`);
    guids.add(note.guid);
    if (note.csum !== fieldChecksum(note.flds.split('\u001f')[0]!)) problems.push(`note ${note.id}: wrong checksum`);
    for (const [, src] of note.flds.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)) {
      if (!/^https?:/.test(src!) && !Object.values(media).includes(src!)) problems.push(`note ${note.id}: missing media ${src}`);
    }
  }
  for (const card of db.prepare('select id, nid, did, ord, type, queue, due from cards').all() as { id: number; nid: number; did: number; ord: number; type: number; queue: number; due: number }[]) {
    if (!db.prepare('select 1 from notes where id = ?').get(card.nid)) problems.push(`card ${card.id}: no note`);
    if (!decks[String(card.did)]) problems.push(`card ${card.id}: no deck ${card.did}`);
    if (card.ord !== 0) problems.push(`card ${card.id}: ord ${card.ord}`);
    if (card.type === 0 && (card.due < 0 || card.due > 1_000_000)) problems.push(`card ${card.id}: new card due ${card.due}`);
  }
  for (const index of Object.keys(media)) if (!files.includes(index)) problems.push(`media ${index} missing from the zip`);
  return problems;
}

