// Writes the Anki deck after the build, from the built review page: that page holds every card
// as readers see it, diagrams already drawn into it by the diagrams integration (list this one
// after it).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { ANKI_FILE } from '../lib/cards/anki-file.ts';
import { linkedStylesheet } from '../lib/diagrams/fill.ts';
import { ANKI_CSS, toAnkiHtml } from '../lib/cards/anki-html.ts';
import { writeApkg, type AnkiNote } from '../lib/cards/anki.ts';
import type { SiteConfig } from '../lib/site-schema.ts';

export function ankiIntegration(site: Pick<SiteConfig, 'title' | 'site' | 'base'>): AstroIntegration {
  return {
    name: 'study-notes:anki',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const page = join(fileURLToPath(dir), 'review', 'index.html');
        if (!existsSync(page)) return;
        const started = Date.now();
        const siteUrl = site.site ? new URL(site.base, site.site).href : undefined;
        const media = new Map<string, string>();
        const html = readFileSync(page, 'utf8');
        // The drawings' stylesheet the review page links (src/integrations/diagrams.ts), if it has drawings.
        const sheet = linkedStylesheet(html);
        const diagramCss = sheet ? readFileSync(join(fileURLToPath(dir), sheet), 'utf8') : '';
        const notes = cardsOfReviewPage(html).map((card): AnkiNote => {
          const front = toAnkiHtml(card.question, siteUrl, diagramCss);
          const back = toAnkiHtml(card.answer, siteUrl, diagramCss);
          for (const [name, svg] of [...front.media, ...back.media]) media.set(name, svg);
          const link = siteUrl ? new URL(card.url, siteUrl).href : undefined;
          const source = `<p class="source">${link ? `<a href="${escapeAttribute(link)}">${escapeText(card.noteTitle)}</a>` : escapeText(card.noteTitle)}</p>`;
          return { id: card.id, deck: card.moduleTitle, front: front.html, back: `${back.html}${source}`, tags: [card.module, ...card.tags] };
        });
        const bytes = await writeApkg({ name: site.title, notes, media, css: ANKI_CSS });
        writeFileSync(join(fileURLToPath(dir), 'review', ANKI_FILE), bytes);
        const decks = new Set(notes.map((note) => note.deck)).size;
        logger.info(`review/${ANKI_FILE}: ${notes.length} cards in ${decks} sub-decks, ${media.size} diagrams, ${(bytes.length / 1024).toFixed(0)} KB in ${Date.now() - started} ms`);
      },
    },
  };
}

interface PageCard {
  id: string;
  module: string;
  moduleTitle: string;
  noteTitle: string;
  url: string;
  tags: string[];
  question: string;
  answer: string;
}

/** The cards in the review page's <template data-review-cards> (src/pages/review/index.astro writes them). */
function cardsOfReviewPage(html: string): PageCard[] {
  const tree = fromHtml(html);
  const cards: PageCard[] = [];
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'template' || node.properties['dataReviewCards'] === undefined) return;
    const content = (node as Element & { content?: Root }).content;
    for (const article of content?.children ?? []) {
      if (article.type !== 'element' || article.tagName !== 'article') continue;
      const side = (name: string) => article.children.find((child): child is Element => child.type === 'element' && child.properties['dataSide'] === name);
      const text = (name: string) => String(article.properties[name] ?? '');
      cards.push({
        id: text('dataCardId'),
        module: text('dataModule'),
        moduleTitle: text('dataModuleTitle'),
        noteTitle: text('dataNoteTitle'),
        url: text('dataUrl'),
        tags: JSON.parse(text('dataTags') || '[]') as string[],
        question: toHtml(side('question')?.children ?? []),
        answer: toHtml(side('answer')?.children ?? []),
      });
    }
  });
  return cards;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');
