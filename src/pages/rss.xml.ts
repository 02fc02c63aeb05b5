// The feed of notes, most recently updated first (notes without a date come last).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteConfig } from '../lib/config.ts';
import { getCourse } from '../lib/get-course.ts';

export const GET: APIRoute = async ({ site }) => {
  const course = await getCourse();
  const modules = new Map(course.modules.map((module) => [module.id, module.title]));
  const notes = [...course.notes].sort((a, b) => (b.updated?.getTime() ?? 0) - (a.updated?.getTime() ?? 0));
  return rss({
    title: siteConfig.title,
    description: siteConfig.description,
    site: site ?? new URL(siteConfig.base, 'http://localhost'),
    customData: `<language>${siteConfig.locale.toLowerCase()}</language>`,
    items: notes.map((note) => ({
      title: note.title,
      link: note.url,
      ...(note.description ? { description: note.description } : {}),
      ...(note.updated ? { pubDate: note.updated } : {}),
      categories: [modules.get(note.moduleId) ?? '', ...note.tags].filter(Boolean),
    })),
  });
};
