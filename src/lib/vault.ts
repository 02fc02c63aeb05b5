// Everything a link can point at in the notes folder: every note (with the anchors its headings
// will get) and every other file. The notes loader builds it once per build (and again under
// `astro dev` when a file changes) from the files it has read, and hands it to the Markdown
// plugins through the build context; links in every note are resolved against it (link-resolver.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkWikiLink from '@flowershow/remark-wiki-link';
import Slugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { nodeText } from './node-text.ts';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findLeadHeading } from './lead-heading.ts';
import { listFiles } from './files.ts';
import { assignIds } from './note-ids.ts';
import { fileToId, nameKeyOf } from './paths.ts';

export interface VaultNote {
  /** Path inside the notes folder, "/"-separated. */
  path: string;
  id: string;
  title?: string | undefined;
  draft: boolean;
  /** Every id a link may point at: heading slugs (as rehype-slug makes them) and HTML ids. */
  anchors: Set<string>;
  /** Headings in order, with the slug each gets. */
  headings: { text: string; slug: string }[];
  /** Slug the note's opening H1 would have had: it becomes the page title, so links to it go to the top. */
  leadSlug?: string | undefined;
}

export interface Vault {
  notes: Map<string, VaultNote>;
  /** Files that are not notes (images, attachments), by path. */
  assets: Set<string>;
  /** Every path, lower-cased, to its real spelling (links written with other case still resolve). */
  byLowerPath: Map<string, string>;
  /** Base names without extension, lower-cased, to paths: Obsidian resolves [[name]] by it. */
  byName: Map<string, string[]>;
  /** Folders that hold notes (at any depth), "/"-separated, to the id of their module ('' for the notes folder itself). */
  folders: Map<string, string>;
  /** The folder is an Obsidian vault (it has .obsidian/): plain links by file name resolve too. */
  obsidian: boolean;
}

const MARKDOWN = /\.(md|markdown)$/i;
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkWikiLink);

/** Reads the notes folder (skipping dot-folders such as .obsidian and .git): for tests and scripts. */
export function loadVault(dir: string): Vault {
  const files = listFiles(dir);
  const obsidian = existsSync(join(dir, '.obsidian'));
  return buildVault(
    files.map((path) => ({ path, content: MARKDOWN.test(path) ? readFileSync(join(dir, path), 'utf8') : undefined })),
    { obsidian },
  );
}

export interface BuildVaultOptions {
  /** The folder is an Obsidian vault (it has .obsidian/). @default false */
  obsidian?: boolean;
  /** File -> id, when the caller has assigned them already (the loader, which also checks them). @default assignIds of the Markdown files */
  ids?: ReadonlyMap<string, string>;
  /** Makes a note's entry from its text (the loader passes one that reuses entries of unchanged notes). @default noteOf */
  parse?: (path: string, id: string, content: string) => VaultNote;
}

/** Builds the vault from files; `content` is given for Markdown files only. */
export function buildVault(files: readonly { path: string; content?: string | undefined }[], { obsidian = false, parse = noteOf, ids: given }: BuildVaultOptions = {}): Vault {
  const vault: Vault = { notes: new Map(), assets: new Set(), byLowerPath: new Map(), byName: new Map(), folders: new Map([['', '']]), obsidian };
  const ids = given ?? assignIds(files.filter(({ path, content }) => content !== undefined && MARKDOWN.test(path)).map(({ path }) => path)).ids;
  for (const { path, content } of files) {
    vault.byLowerPath.set(path.toLowerCase(), path);
    const name = nameKeyOf(path);
    vault.byName.set(name, [...(vault.byName.get(name) ?? []), path]);
    if (content === undefined || !MARKDOWN.test(path)) {
      vault.assets.add(path);
      continue;
    }
    const id = ids.get(path) ?? fileToId(path);
    vault.notes.set(path, parse(path, id, content));
    for (let folder = path; folder.includes('/'); ) vault.folders.set((folder = folder.slice(0, folder.lastIndexOf('/'))), id.split('/')[0] ?? '');
  }
  return vault;
}

/**
 * A note's entry: its title, draft flag, headings and anchors, from its text; `id` comes from
 * note-ids.ts. `parse` parses the body after the frontmatter: the notes loader passes the site's
 * own parser (all its syntax extensions), which also keeps the tree for the note's render.
 */
export function noteOf(path: string, id: string, source: string, parse: (body: string) => Root = (body) => parser.parse(body) as Root): VaultNote {
  const { frontmatter, content } = safeFrontmatter(source.replace(/^\uFEFF/, ''));
  const tree = parse(content);
  const slugger = new Slugger();
  const headings: VaultNote['headings'] = [];
  const anchors = new Set<string>();
  let leadSlug: string | undefined;
  const lead = findLeadHeading(tree, { hasTitle: typeof frontmatter['title'] === 'string' && frontmatter['title'].trim() !== '' });
  walk(tree, (node) => {
    if (node.type === 'heading') {
      // The heading's text as rehype-slug will see it: the text of what it renders to.
      const text = nodeText(node);
      if (lead?.lifted && node === lead.heading) {
        leadSlug = new Slugger().slug(text);
        return;
      }
      const slug = slugger.slug(text);
      headings.push({ text, slug });
      anchors.add(slug);
    } else if (node.type === 'html') {
      for (const match of node.value.matchAll(/\s(?:id|name)\s*=\s*["']([^"']+)["']/g)) anchors.add(match[1]!);
    }
  });
  return {
    path,
    id,
    title: typeof frontmatter['title'] === 'string' ? frontmatter['title'] : undefined,
    draft: frontmatter['draft'] === true,
    anchors,
    headings,
    leadSlug,
  };
}

function safeFrontmatter(source: string): { frontmatter: Record<string, unknown>; content: string } {
  try {
    return parseFrontmatter(source) as { frontmatter: Record<string, unknown>; content: string };
  } catch {
    // The loader reports bad frontmatter with its line; here we only need the body.
    return { frontmatter: {}, content: source };
  }
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, visit);
}
