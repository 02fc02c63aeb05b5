// The Starlight site scripts/bench-build.ts compares this project with: Chinese interface and
// lang (so Pagefind segments Chinese), one sidebar group per module folder.
import { readdirSync, existsSync } from 'node:fs';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

const docs = new URL('./src/content/docs/', import.meta.url);
const modules = existsSync(docs) ? readdirSync(docs, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort() : [];

export default defineConfig({
  integrations: [
    starlight({
      title: '云原生学习笔记',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      sidebar: modules.map((module) => ({ label: module, items: [{ autogenerate: { directory: module } }] })),
    }),
  ],
});
