// The course's cards for this build, gathered once from the rendered notes and shared by the
// review page and the note pages. The build log gets the count per module and every card that
// could not be made.
import { noteDataOf } from './note-data.ts';
import { buildDeck, deckSummary, type Deck, type DeckSource } from './cards/deck.ts';
import { getCourse, getEntry } from './get-course.ts';

let deck: Promise<Deck> | undefined;

export function getDeck(): Promise<Deck> {
  deck ??= load();
  return deck;
}

let perNote: Promise<Map<string, number>> | undefined;

/** The cards a note holds (a module page's cards are its index note's); counted once for all notes. */
export async function cardsOfNote(id: string): Promise<number> {
  perNote ??= getDeck().then(({ cards }) => {
    const counts = new Map<string, number>();
    for (const card of cards) counts.set(card.noteId, (counts.get(card.noteId) ?? 0) + 1);
    return counts;
  });
  return (await perNote).get(id) ?? 0;
}

async function load(): Promise<Deck> {
  const course = await getCourse();
  const sources: DeckSource[] = [];
  for (const module of course.modules) {
    const pages = [...(module.indexId && module.url ? [{ id: module.indexId, title: module.title, url: module.url, tags: [], file: module.indexFile ?? '' }] : []), ...module.notes];
    for (const page of pages) {
      const data = noteDataOf((await getEntry(page.id)).rendered?.metadata?.['frontmatter']);
      sources.push({ note: page, module: { id: module.id, title: module.title }, cards: data.cards ?? [], problems: data.cardProblems ?? [] });
    }
  }
  const built = buildDeck(sources);
  // Astro prints page code's console output in the build log.
  console.info(`\n[cards] ${deckSummary(built).join('\n[cards] ')}`);
  if (built.problems.length > 0) {
    console.warn(`[cards] ${built.problems.length} card${built.problems.length === 1 ? '' : 's'} could not be made:\n${built.problems.map((problem) => `  ${problem.location}  ${problem.problem}`).join('\n')}`);
  }
  return built;
}
