// The course's cards in reading order, grouped by module: what the review page and the Anki deck show.
import { uniqueIds } from './card-id.ts';
import type { CardProblem, NoteCard } from './types.ts';

export interface DeckSource {
  note: { id: string; title: string; url: string; tags: readonly string[]; file: string };
  module: { id: string; title: string };
  cards: readonly NoteCard[];
  problems: readonly CardProblem[];
}

export interface DeckCard extends NoteCard {
  noteId: string;
  noteTitle: string;
  /** The note's URL, at the card's section when it has one. */
  url: string;
  moduleId: string;
  tags: readonly string[];
}

export interface DeckModule {
  id: string;
  title: string;
  cards: number;
}

export interface Deck {
  cards: DeckCard[];
  /** Modules that have cards, in course order. */
  modules: DeckModule[];
  problems: CardProblem[];
}

/** Sources in reading order -> one deck, ids unique across the course (a question asked twice keeps two histories). */
export function buildDeck(sources: readonly DeckSource[]): Deck {
  const cards: DeckCard[] = sources.flatMap(({ note, module, cards: noteCards }) =>
    noteCards.map((card) => ({
      ...card,
      noteId: note.id,
      noteTitle: note.title,
      url: card.section ? `${note.url}#${encodeURIComponent(card.section)}` : note.url,
      moduleId: module.id,
      tags: note.tags,
    })),
  );
  const ids = uniqueIds(cards.map((card) => card.id));
  cards.forEach((card, index) => (card.id = ids[index]!));
  const modules = new Map<string, DeckModule>();
  for (const { module, cards: noteCards } of sources) {
    if (noteCards.length === 0) continue;
    const entry = modules.get(module.id) ?? { id: module.id, title: module.title, cards: 0 };
    entry.cards += noteCards.length;
    modules.set(module.id, entry);
  }
  return { cards, modules: [...modules.values()], problems: sources.flatMap((source) => source.problems) };
}

/** The build log's lines: "351 cards in 17 modules" and one line per module. */
export function deckSummary(deck: Deck): string[] {
  const width = Math.max(0, ...deck.modules.map((module) => module.id.length));
  return [
    `${deck.cards.length} card${deck.cards.length === 1 ? '' : 's'} in ${deck.modules.length} module${deck.modules.length === 1 ? '' : 's'}:`,
    ...deck.modules.map((module) => `  ${module.id.padEnd(width)}  ${module.cards}`),
  ];
}
