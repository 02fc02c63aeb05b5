// What the built course holds, read from its index (src/pages/course-index.json.ts): the course
// grows, so the end-to-end tests count from it rather than by hand.
import type { Page } from '@playwright/test';

/** Module id -> its note ids, in reading order. */
export async function courseIndex(page: Page): Promise<Record<string, string[]>> {
  return (await (await page.request.get('course-index.json')).json()) as Record<string, string[]>;
}

/** How many notes a module has. */
export async function notesOf(page: Page, module: string): Promise<number> {
  return (await courseIndex(page))[module]?.length ?? 0;
}
