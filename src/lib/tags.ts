// Tags across the course: which notes carry each tag, and the page each tag gets.
import { slug } from 'github-slugger';
import { withBase } from './paths.ts';

/** The folder of tag pages under the site's base: /tags/ lists them all, /tags/<slug>/ one. */
export const TAGS_DIR = 'tags/';

export interface TaggedNote {
  id: string;
  tags: readonly string[];
}

export interface Tag<N> {
  /** As the first note to use it spells it. */
  name: string;
  /** Readable, for the URL: "api-版本". Tags differing only in case or spacing share one. */
  slug: string;
  url: string;
  /** In the order given (reading order). */
  notes: N[];
}

/** "Kube-APIServer" -> "kube-apiserver"; "API 版本" -> "api-版本". */
export function tagToSlug(tag: string): string {
  return slug(tag.trim()) || encodeURIComponent(tag.trim());
}

/** Every tag with its notes, the most used first (then by name). */
export function collectTags<N extends TaggedNote>(notes: readonly N[], base: string): Tag<N>[] {
  const bySlug = new Map<string, Tag<N>>();
  for (const note of notes) {
    for (const name of new Set(note.tags.map((tag) => tag.trim()).filter(Boolean))) {
      const key = tagToSlug(name);
      let tag = bySlug.get(key);
      if (!tag) {
        tag = { name, slug: key, url: withBase(base, `${TAGS_DIR}${key}/`), notes: [] };
        bySlug.set(key, tag);
      }
      if (!tag.notes.includes(note)) tag.notes.push(note);
    }
  }
  return [...bySlug.values()].sort((a, b) => b.notes.length - a.notes.length || a.name.localeCompare(b.name, 'zh-CN'));
}
