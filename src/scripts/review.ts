// The review page's loop: pick the cards due now, show a question, reveal (Space), rate (1-4),
// store the FSRS state in localStorage. Also moves a reader's progress between browsers.
import { rematch } from '../lib/cards/rematch.ts';
import { applyRating, countsOf, dayOf, parseState, preview, reviewQueue, type ReviewState } from '../lib/cards/schedule.ts';
import { exportProgress, parseProgressFile, studyKey, studyKeyPrefix } from '../lib/study-storage.ts';

interface CardView {
  id: string;
  module: string;
  note: string;
  noteTitle: string;
  url: string;
  text: string;
  question: string;
  answer: string;
}

type Messages = Record<'nextDue' | 'cardsLeft' | 'reviewOnlyNote' | 'imported' | 'importNotJson' | 'importNotProgress' | 'importNewerVersion' | 'importBadValue', string>;

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

function readCards(root: HTMLElement): CardView[] {
  const template = root.ownerDocument.querySelector<HTMLTemplateElement>('template[data-review-cards]');
  return [...(template?.content.querySelectorAll<HTMLElement>('article[data-card-id]') ?? [])].map((article) => ({
    id: article.dataset['cardId'] ?? '',
    module: article.dataset['module'] ?? '',
    note: article.dataset['note'] ?? '',
    noteTitle: article.dataset['noteTitle'] ?? '',
    url: article.dataset['url'] ?? '',
    text: article.dataset['text'] ?? '',
    question: article.querySelector('[data-side="question"]')?.innerHTML ?? '',
    answer: article.querySelector('[data-side="answer"]')?.innerHTML ?? '',
  }));
}

/** localStorage can be missing or refuse writes (private windows, full quota): the page still works for the session. */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function startReview(root: HTMLElement): void {
  const base = root.dataset['base'] ?? '/';
  const key = studyKey(base, 'review');
  const messages = JSON.parse(root.dataset['messages'] ?? '{}') as Messages;
  const lang = document.documentElement.lang || 'zh-CN';
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const cards = readCards(root);
  const byId = new Map(cards.map((card) => [card.id, card]));
  const params = new URLSearchParams(location.search);
  const onlyNote = params.get('note');
  const scope = $<HTMLSelectElement>('[data-review-scope]');
  const newPerDayInput = $<HTMLInputElement>('[data-review-new-per-day]');
  const status = $('[data-review-status]');
  const cardBox = $('[data-review-card]');
  const questionBox = $('[data-review-question]');
  const showButton = $<HTMLButtonElement>('[data-review-show]');
  const answerBox = $('[data-review-answer]');
  const source = $<HTMLAnchorElement>('[data-review-source]');
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' });
  const relative = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });

  let state = load();
  let current: CardView | undefined;

  function load(): ReviewState {
    const loaded = parseState(storage()?.getItem(key) ?? null);
    // Histories of cards whose question was edited (new id) move to the closest new card.
    const orphans = Object.entries(loaded.cards).filter(([id]) => !byId.has(id)).map(([id, stored]) => ({ id, text: stored.text }));
    if (orphans.length > 0) {
      const moved = rematch(orphans, cards.filter((card) => !loaded.cards[card.id]));
      for (const [to, from] of moved) {
        loaded.cards[to] = loaded.cards[from]!;
        delete loaded.cards[from];
      }
    }
    return loaded;
  }
  function save(): void {
    try {
      storage()?.setItem(key, JSON.stringify(state));
    } catch {
      // Kept in memory for this visit.
    }
  }
  const newPerDay = () => state.newPerDay ?? Number(root.dataset['newPerDay'] ?? 20);
  const inScope = () => cards.filter((card) => (onlyNote ? card.note === onlyNote : !scope.value || card.module === scope.value));

  function interval(due: Date, now: Date): string {
    const minutes = Math.round((due.getTime() - now.getTime()) / 60000);
    if (minutes < 60) return relative.format(Math.max(1, minutes), 'minute');
    if (minutes < 24 * 60) return relative.format(Math.round(minutes / 60), 'hour');
    const days = Math.round(minutes / (24 * 60));
    return days < 60 ? relative.format(days, 'day') : relative.format(Math.round(days / 30), 'month');
  }

  function updateCounts(now: Date): void {
    for (const row of root.querySelectorAll<HTMLElement>('tr[data-module]')) {
      const counts = countsOf(cards.filter((card) => card.module === row.dataset['module']).map((card) => card.id), state, now);
      for (const cell of row.querySelectorAll<HTMLElement>('[data-count]')) cell.textContent = String(counts[cell.dataset['count'] as keyof typeof counts]);
    }
  }

  /** Shows the next card, or says there is none; `said` is what the status line announces first. */
  function next(said = ''): void {
    const now = new Date();
    updateCounts(now);
    const queue = reviewQueue(inScope().map((card) => card.id), state, now, newPerDay());
    current = queue[0] ? byId.get(queue[0]) : undefined;
    const left = fill(messages.cardsLeft, { count: queue.length });
    if (!current) {
      cardBox.hidden = true;
      status.textContent = [said, root.dataset['doneMessage'] ?? ''].filter(Boolean).join(' · ');
      return;
    }
    status.textContent = [said, left].filter(Boolean).join(' · ');
    cardBox.hidden = false;
    questionBox.innerHTML = current.question;
    answerBox.hidden = true;
    showButton.hidden = false;
    root.querySelectorAll<HTMLElement>('[data-review-interval]').forEach((span, index) => {
      span.textContent = interval(preview(state.cards[current!.id], now)[index]!, now);
    });
  }

  function reveal(): void {
    if (!current || !answerBox.hidden) return;
    $('[data-review-answer-body]').innerHTML = current.answer;
    source.href = current.url;
    source.textContent = current.noteTitle;
    answerBox.hidden = false;
    showButton.hidden = true;
    answerBox.focus();
  }

  function rate(grade: 1 | 2 | 3 | 4): void {
    if (!current || answerBox.hidden) return;
    const now = new Date();
    state = applyRating(state, current.id, grade, current.text, now);
    save();
    next(fill(messages.nextDue, { date: dateFormat.format(new Date(state.cards[current.id]!.due)) }));
    if (!cardBox.hidden) questionBox.focus();
    else status.focus();
  }

  showButton.addEventListener('click', reveal);
  root.querySelectorAll<HTMLButtonElement>('[data-review-rate]').forEach((button) => {
    button.addEventListener('click', () => rate(Number(button.dataset['reviewRate']) as 1 | 2 | 3 | 4));
  });
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || cardBox.hidden) return;
    const target = event.target as HTMLElement;
    // Keys typed into a field, and Space on a control (it presses it), are not ours.
    if (target.closest('input, select, textarea, [contenteditable]')) return;
    if (event.key === ' ' && !target.closest('button, a, summary')) {
      if (!answerBox.hidden) return;
      event.preventDefault();
      reveal();
    } else if (/^[1-4]$/.test(event.key) && !answerBox.hidden) {
      event.preventDefault();
      rate(Number(event.key) as 1 | 2 | 3 | 4);
    }
  });

  // Scope: a module (?module=) or one note (?note=, from a note's "practise" link).
  const onlyModule = params.get('module');
  if (onlyModule && [...scope.options].some((option) => option.value === onlyModule)) scope.value = onlyModule;
  scope.addEventListener('change', () => {
    const url = new URL(location.href);
    if (scope.value) url.searchParams.set('module', scope.value);
    else url.searchParams.delete('module');
    history.replaceState(null, '', url);
    next();
  });
  if (onlyNote) {
    const title = cards.find((card) => card.note === onlyNote)?.noteTitle ?? onlyNote;
    $('[data-review-note-title]').textContent = fill(messages.reviewOnlyNote, { title });
    $('[data-review-note]').hidden = false;
    scope.disabled = true;
  }
  newPerDayInput.value = String(newPerDay());
  newPerDayInput.addEventListener('change', () => {
    const value = Math.round(Number(newPerDayInput.value));
    if (!Number.isFinite(value) || value < 0) return;
    state = { ...state, newPerDay: Math.min(value, 1000) };
    save();
    next();
  });

  // Moving progress: every key of the study tools for this site, to and from a JSON file.
  const progressMessage = $('[data-progress-message]');
  $('[data-progress-export]').addEventListener('click', () => {
    const store = storage();
    const entries: [string, string][] = [];
    for (let index = 0; store && index < store.length; index++) {
      const name = store.key(index);
      if (name?.startsWith(studyKeyPrefix(base))) entries.push([name, store.getItem(name) ?? '']);
    }
    const file = exportProgress(entries, base, new Date());
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    link.download = `study-notes-progress-${dayOf(new Date())}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  });
  $<HTMLInputElement>('[data-progress-import]').addEventListener('change', async (event) => {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = input.files?.[0];
    if (!chosen) return;
    const result = parseProgressFile(await chosen.text(), base);
    input.value = '';
    if (!result.ok) {
      const text = { notJson: messages.importNotJson, notProgress: messages.importNotProgress, newerVersion: messages.importNewerVersion, badValue: messages.importBadValue }[result.error];
      progressMessage.textContent = fill(text, { detail: result.detail ?? '' });
      return;
    }
    try {
      for (const [name, value] of result.entries) storage()?.setItem(name, value);
    } catch {
      // Reported below through what was read back.
    }
    state = load();
    newPerDayInput.value = String(newPerDay());
    progressMessage.textContent = fill(messages.imported, { count: result.entries.length });
    next();
  });

  root.querySelector<HTMLElement>('[data-review-noscript]')!.hidden = true;
  $('[data-review-controls]').hidden = false;
  next();
}
