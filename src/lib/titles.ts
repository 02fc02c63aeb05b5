import type { MarkdownHeading } from 'astro';
import { baseNameOf, stripOrderPrefix } from './paths.ts';

/** A readable title from a file or folder name: "01-gmp_调度.md" -> "gmp 调度". */
export function titleFromName(name: string): string {
  return stripOrderPrefix(baseNameOf(name)).replace(/[-_]+/g, ' ').trim() || name;
}

export interface TitleSources {
  /** `title` from frontmatter. */
  frontmatter?: string | undefined;
  /** The H1 that opened the note, lifted out of the body by remark-lead-heading. */
  leadHeading?: string | undefined;
  /** Headings of the rendered note. */
  headings?: readonly MarkdownHeading[] | undefined;
  /** The note's file (or, for a module, folder) name. */
  fileName: string;
}

/** Title fallback: frontmatter, then the first H1, then the file name. */
export function resolveTitle({ frontmatter, leadHeading, headings, fileName }: TitleSources): string {
  const fromFrontmatter = frontmatter?.trim();
  if (fromFrontmatter) return fromFrontmatter;
  const fromHeading = (leadHeading ?? headings?.find((heading) => heading.depth === 1)?.text)?.trim();
  if (fromHeading) return fromHeading;
  return titleFromName(fileName);
}
