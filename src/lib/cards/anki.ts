// Writes an Anki package (.apkg): a zip of an Anki collection (SQLite) and its media. The schema
// and the default collection row come from anki-apkg-export's template; its exporter is not
// used because its sql.js 0.5 (asm.js) takes ~7.5 s to load here, gives notes a new guid on
// every build (re-importing duplicates them) and knows one deck only. node:sqlite writes the rows.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import templateModule from 'anki-apkg-export/dist/template.js';
import JSZip from 'jszip';

export interface AnkiNote {
  /** Becomes the note's guid: importing a newer deck updates the notes a reader already has. */
  id: string;
  /** Sub-deck (the module), under the deck named after the site. */
  deck: string;
  front: string;
  back: string;
  tags: readonly string[];
}

export interface AnkiPackage {
  name: string;
  notes: readonly AnkiNote[];
  /** File name -> contents, referenced from fields as <img src="NAME">. */
  media: ReadonlyMap<string, string | Uint8Array>;
  css: string;
}

const SEPARATOR = '\u001f';
const createTemplate = typeof templateModule === 'function' ? templateModule : templateModule.default;

/** Anki's own field stripping for the sort field and checksum: tags out, entities decoded. */
export function stripHtml(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** Anki's note checksum: the first 8 hex digits of the SHA-1 of the stripped first field, as a number. */
export function fieldChecksum(field: string): number {
  return Number.parseInt(createHash('sha1').update(stripHtml(field)).digest('hex').slice(0, 8), 16);
}

/** A stable positive 53-bit id from a string (deck, model, note and card ids). */
function numericId(text: string): number {
  return Number.parseInt(createHash('sha256').update(text).digest('hex').slice(0, 12), 16);
}

/** The package as bytes. `now` sets the modification times. */
export async function writeApkg(pkg: AnkiPackage, now = new Date()): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'study-notes-apkg-'));
  try {
    const path = join(dir, 'collection.anki2');
    const db = new DatabaseSync(path);
    db.exec(
      createTemplate({
        questionFormat: '{{Front}}',
        answerFormat: '{{FrontSide}}\n\n<hr id="answer">\n\n{{Back}}',
        css: pkg.css,
      }),
    );
    const seconds = Math.floor(now.getTime() / 1000);
    const col = db.prepare('select decks, models, conf from col where id = 1').get() as { decks: string; models: string; conf: string };
    const decks = JSON.parse(col.decks) as Record<string, Record<string, unknown>>;
    const models = JSON.parse(col.models) as Record<string, Record<string, unknown>>;
    const conf = JSON.parse(col.conf) as Record<string, unknown>;
    const [templateDeckId] = Object.keys(decks).filter((id) => id !== '1');
    const templateDeck = decks[templateDeckId!]!;
    delete decks[templateDeckId!];
    const [templateModelId] = Object.keys(models);
    const model = models[templateModelId!]!;
    delete models[templateModelId!];

    const deckIds = new Map<string, number>();
    const addDeck = (name: string) => {
      const id = numericId(`deck\0${name}`);
      decks[String(id)] = { ...templateDeck, id, name, mod: seconds, desc: '' };
      return id;
    };
    const topDeck = addDeck(pkg.name);
    for (const note of pkg.notes) if (!deckIds.has(note.deck)) deckIds.set(note.deck, addDeck(`${pkg.name}::${note.deck}`));
    const modelId = numericId(`model\0${pkg.name}`);
    models[String(modelId)] = { ...model, id: modelId, name: `${pkg.name} (Study Notes)`, did: topDeck, mod: seconds, css: pkg.css, tags: [] };
    db.prepare('update col set decks = ?, models = ?, conf = ?, mod = ?, crt = ? where id = 1').run(
      JSON.stringify(decks),
      JSON.stringify(models),
      JSON.stringify({ ...conf, curModel: String(modelId), curDeck: topDeck, activeDecks: [topDeck] }),
      now.getTime(),
      seconds,
    );

    const insertNote = db.prepare('insert into notes values (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, \'\')');
    const insertCard = db.prepare('insert into cards values (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, \'\')');
    // One transaction: row by row, SQLite would sync the file to disk after each insert.
    db.exec('begin');
    pkg.notes.forEach((note, position) => {
      const noteId = numericId(`note\0${note.id}`);
      const tags = note.tags.length > 0 ? ` ${note.tags.map((tag) => tag.replace(/\s+/g, '_')).join(' ')} ` : '';
      insertNote.run(noteId, note.id, modelId, seconds, tags, `${note.front}${SEPARATOR}${note.back}`, stripHtml(note.front), fieldChecksum(note.front));
      // A new card's due is its position in the new-card queue: course order.
      insertCard.run(numericId(`card\0${note.id}`), noteId, deckIds.get(note.deck)!, seconds, position + 1);
    });
    db.exec('commit');
    db.close();

    const zip = new JSZip();
    zip.file('collection.anki2', readFileSync(path));
    const names = [...pkg.media.keys()];
    zip.file('media', JSON.stringify(Object.fromEntries(names.map((name, index) => [String(index), name]))));
    names.forEach((name, index) => zip.file(String(index), pkg.media.get(name)!));
    return await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
