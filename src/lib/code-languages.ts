// Code-block languages as people write them (golang, C++, python3, Shell, yml …), mapped to
// the names Shiki knows before it highlights; unknown ones become plain text and are counted
// for one summary line per build instead of one warning per block (issue 12, case 11).
import { bundledLanguages, bundledLanguagesAlias } from 'shiki';

/** Names Shiki does not know by itself, to the language it does. */
const ALIASES: Record<string, string> = {
  golang: 'go',
  'c++': 'cpp',
  python3: 'python',
  py3: 'python',
  python2: 'python',
  objectivec: 'objective-c',
  'objective-c++': 'objective-cpp',
  js: 'javascript',
  ts: 'typescript',
  yml: 'yaml',
  conf: 'ini',
  cfg: 'ini',
  gomod: 'go',
  env: 'dotenv',
  // Shiki has no grammar for these query languages: plain text, on purpose, without a warning.
  promql: 'text',
  logql: 'text',
};

/** Typora's diagram blocks: shown as code (drawing them is not supported). */
const TYPORA_DIAGRAMS = new Set(['flow', 'sequence']);
/** Languages that mean "no highlighting" to Shiki. */
const PLAIN = new Set(['text', 'txt', 'plain', 'plaintext', 'ansi']);

export type CodeLanguage =
  | { kind: 'known'; lang: string }
  | { kind: 'plain'; lang: 'text' }
  /** A Typora flow/sequence diagram, shown as code. */
  | { kind: 'typora-diagram'; lang: 'text' }
  | { kind: 'unknown'; lang: 'text'; written: string };

/** The language Shiki should use for what an author wrote after the ```. */
export function normalizeCodeLanguage(written: string): CodeLanguage {
  const lower = written.trim().toLowerCase();
  if (TYPORA_DIAGRAMS.has(lower)) return { kind: 'typora-diagram', lang: 'text' };
  const lang = ALIASES[lower] ?? lower;
  if (PLAIN.has(lang)) return { kind: 'plain', lang: 'text' };
  if (lang in bundledLanguages || lang in bundledLanguagesAlias) return { kind: 'known', lang };
  return { kind: 'unknown', lang: 'text', written: written.trim() };
}

/** What the code blocks of every note were, reduced to the build's summary lines (none when all is well). */
export function codeLanguageSummary(notes: readonly { file: string; unknown?: string[] | undefined; typoraDiagrams?: number | undefined }[]): string[] {
  const unknown = new Map<string, Set<string>>();
  let typora = 0;
  const typoraFiles = new Set<string>();
  for (const note of notes) {
    for (const lang of note.unknown ?? []) unknown.set(lang, (unknown.get(lang) ?? new Set()).add(note.file));
    if (note.typoraDiagrams) {
      typora += note.typoraDiagrams;
      typoraFiles.add(note.file);
    }
  }
  const lines: string[] = [];
  if (unknown.size > 0) {
    const list = [...unknown].map(([lang, files]) => `${lang} (${files.size === 1 ? [...files][0] : `${files.size} notes`})`).join(', ');
    lines.push(`Code blocks in languages the highlighter does not know are shown as plain text: ${list}.`);
  }
  if (typora > 0) {
    lines.push(`${typora} Typora flow/sequence diagram${typora === 1 ? ' is' : 's are'} shown as code, not drawn (${[...typoraFiles].slice(0, 3).join(', ')}${typoraFiles.size > 3 ? ', …' : ''}); Mermaid's flowchart and sequenceDiagram draw the same.`);
  }
  return lines;
}
