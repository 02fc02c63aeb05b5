import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Definition, Html, Image, Nodes, Parent, Parents, Root } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { relativePath, resolveMarkdownLink, resolveWikiLink, type LinkContext, type Resolution } from '../lib/link-resolver.ts';
import { decodeText, escapeText } from '../lib/html-text.ts';
import { ATTACHMENTS_DIR } from '../lib/link-report.ts';
import { idToUrl, withBase } from '../lib/paths.ts';
import { publicFileDependency, trackVault } from '../lib/vault-dependencies.ts';
import type { Vault, VaultNote } from '../lib/vault.ts';
import { walk } from '../lib/walk.ts';
import { fileLocation } from './file-position.ts';
import { nodeText, textBefore, wikiLinkText } from '../lib/node-text.ts';
import { setNoteData, type LinkProblem, type NoteLink } from '../lib/note-data.ts';

export interface Options {
  /** The notes folder, absolute. */
  contentDir: string;
  /** The notes folder's vault, as the notes loader read it for this build (or for this change under `astro dev`). */
  vault: () => Vault;
  /** The site's base path, e.g. '/repo/'. */
  base: string;
  /** Where `/img.png` is looked for when the notes folder has no such file. @default 'public' */
  publicDir?: string;
  /** Publish links to notes marked `draft: true` (under `astro dev`). @default () => false */
  includeDrafts?: () => boolean;
  /** Text of the stand-in for an image that is missing (shown when broken links only warn). */
  missingImage: (written: string) => string;
}

// The URL prefix of attachments lives in lib (the links integration copies them there); re-exported for old imports.
export { ATTACHMENTS_DIR };

interface WikiNode extends Node {
  type: 'wikiLink' | 'embed';
  value: string;
  data: { alias?: string; hName?: string; hProperties?: Record<string, unknown>; hChildren?: unknown[] };
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'listItem', 'blockquote']);

/**
 * Makes every link a note's author wrote point where it should on the built site: relative and
 * rooted `.md` links, wikilinks and embeds, images (handed to Astro's image pipeline when
 * local), attachments. Records the links (for backlinks) and every broken one (for the link
 * doctor) in the note's data; it does not fail the note itself, so the loader can report every
 * problem of every note, cached ones included.
 */
export default function remarkNoteLinks(options: Options) {
  const { contentDir, base, publicDir = 'public', includeDrafts = () => false, vault, missingImage } = options;

  return (tree: Root, file: VFile) => {
    const from = file.path && isAbsolute(file.path) ? relative(contentDir, file.path).split('\\').join('/') : (file.path ?? 'note.md');
    // Every lookup is recorded: the loader re-renders this note when one of them answers differently.
    const dependencies = new Set<string>();
    const context: LinkContext = { vault: trackVault(vault(), dependencies), from, includeDrafts: includeDrafts() };
    const links: NoteLink[] = [];
    const problems: (LinkProblem & { offset: number })[] = [];
    const attachments = new Set<string>();
    const source = String(file.value);

    const report = (node: Node, resolution: Extract<Resolution, { kind: 'broken' }>) => {
      let { start, end } = node.position ?? {};
      // The wikilink parser's nodes start inside the brackets; point at the "[[" (or "![[").
      const opening = /!?\[\[$/.exec(start?.offset !== undefined ? source.slice(Math.max(0, start.offset - 3), start.offset) : '')?.[0];
      if (start && opening && start.offset !== undefined) start = { line: start.line, column: start.column - opening.length, offset: start.offset - opening.length };
      const written = start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : '';
      problems.push({
        location: fileLocation(file, start),
        written: written.length > 120 ? `${written.slice(0, 117)}…` : written,
        problem: resolution.problem,
        suggestion: resolution.suggestion,
        offset: start?.offset ?? 0,
      });
    };
    const noteUrl = (resolution: Extract<Resolution, { kind: 'note' }>) => {
      const fragment = resolution.fragment ? `#${resolution.fragment}` : '';
      return resolution.note.path === from && fragment ? fragment : `${idToUrl(base, resolution.note.id)}${fragment}`;
    };
    const folderUrl = (resolution: Extract<Resolution, { kind: 'folder' }>) =>
      `${resolution.moduleId ? idToUrl(base, resolution.moduleId) : base}${resolution.fragment ? `#${resolution.fragment}` : ''}`;
    const attachmentUrl = (path: string) => {
      attachments.add(path);
      return withBase(base, ATTACHMENTS_DIR + path.split('/').map(encodeURIComponent).join('/'));
    };
    /**
     * An image in the notes folder, as a path relative to the note: Astro then optimises it.
     * Astro's image imports break on a backtick or "$" in the name; such files are copied as is.
     */
    const imageUrl = (path: string) => (/[`$]/.test(path) ? attachmentUrl(path) : encodeURI(relativePath(from, path)));

    const recordLink = (node: Nodes, ancestors: readonly Parent[], to: string) => {
      const block = ([...ancestors].reverse().find((ancestor) => BLOCKS.has(ancestor.type)) ?? node) as Nodes;
      const before = textBefore(block, node);
      const text = nodeText(node);
      links.push({ to, context: sentenceAround(before, text, nodeText(block).slice(before.length + text.length)) });
    };

    // Definitions can follow the references that use them: resolve them first.
    const definitions = new Map<string, VaultNote>();
    walk<Definition>(tree, 'definition', (node) => {
      const resolution = resolveMarkdownLink(context, node.url);
      if (resolution.kind === 'broken') report(node, resolution);
      else if (resolution.kind === 'note') {
        node.url = noteUrl(resolution);
        definitions.set(node.identifier, resolution.note);
      } else if (resolution.kind === 'asset') node.url = attachmentUrl(resolution.path);
      else if (resolution.kind === 'folder') node.url = folderUrl(resolution);
    });

    walk<Nodes, Parents>(tree, null, (node, nodeIndex, parent, ancestors) => {
      const index = nodeIndex ?? -1;
      switch (node.type) {
        case 'link': {
          const resolution = resolveMarkdownLink(context, node.url);
          if (resolution.kind === 'broken') report(node, resolution);
          else if (resolution.kind === 'note') {
            node.url = noteUrl(resolution);
            if (resolution.note.path !== from) recordLink(node, ancestors, resolution.note.id);
          } else if (resolution.kind === 'asset') node.url = attachmentUrl(resolution.path);
          else if (resolution.kind === 'folder') node.url = folderUrl(resolution);
          return;
        }
        case 'linkReference': {
          // [text][ref]: a link to the note its definition names.
          const note = definitions.get(node.identifier);
          if (note && note.path !== from) recordLink(node, ancestors, note.id);
          return;
        }
        case 'image': {
          const replacement = resolveImage(node, node.url);
          if (replacement && parent) parent.children.splice(index, 1, replacement as never);
          return;
        }
        case 'html': {
          const replacement = htmlImage(node);
          if (replacement && parent) parent.children.splice(index, 1, replacement as never);
          return;
        }
        default:
      }
      if (node.type === ('wikiLink' as string) || node.type === ('embed' as string)) {
        const wiki = node as unknown as WikiNode;
        const resolution = resolveWikiLink(context, wiki.value);
        // [[C# 笔记]] names a file with "#" in it: show the name, not "C > 笔记".
        const wholeName = resolution.kind === 'note' && !wiki.data.alias && resolution.note.path.replace(/^.*\/|\.md$/gi, '') === wiki.value.trim();
        const text = wholeName ? wiki.value.trim() : wikiLinkText(wiki.value, wiki.data.alias);
        if (resolution.kind === 'broken') {
          report(wiki, resolution);
          setElement(wiki, 'span', { className: ['broken-link'] }, text);
        } else if (wiki.type === 'embed' && resolution.kind === 'asset' && isImagePath(resolution.path) && parent) {
          const image: Image = { type: 'image', url: imageUrl(resolution.path), alt: wiki.data.alias && !/^\d+(x\d+)?$/.test(wiki.data.alias) ? wiki.data.alias : text, position: wiki.position };
          // ![[image.png|200]] or |200x100: the parser moves the size out of the alias.
          const width = wiki.data.hProperties?.['data-fs-width'];
          const height = wiki.data.hProperties?.['data-fs-height'];
          image.data = { hProperties: { ...(width ? { width: String(width) } : {}), ...(height ? { height: String(height) } : {}), ...lazyUnlessOptimised(image.url) } };
          parent.children.splice(index, 1, image as never);
        } else if (resolution.kind === 'note') {
          setElement(wiki, 'a', { href: noteUrl(resolution), className: wiki.type === 'embed' ? ['wikilink', 'embed-link'] : ['wikilink'] }, text);
          if (resolution.note.path !== from) recordLink(wiki as unknown as Nodes, ancestors, resolution.note.id);
        } else if (resolution.kind === 'asset') {
          setElement(wiki, 'a', { href: attachmentUrl(resolution.path), className: ['wikilink'] }, text);
        }
      }
    });

    // In the order of the file (definitions were resolved first).
    const sorted = problems.sort((a, b) => a.offset - b.offset).map(({ offset: _offset, ...problem }) => problem);
    setNoteData(file, { links, problems: sorted, attachments: [...attachments], dependencies: [...dependencies].sort() });

    /** Resolves a Markdown or HTML image; returns a stand-in node if the image is missing. */
    function resolveImage(node: Image | Html, url: string): Nodes | undefined {
      const resolution = resolveMarkdownLink(context, url);
      if (resolution.kind === 'external') {
        if (node.type === 'image') node.data = { ...node.data, hProperties: { ...node.data?.hProperties, loading: 'lazy', decoding: 'async' } };
        return undefined;
      }
      if (resolution.kind === 'asset' && node.type === 'image') {
        node.url = imageUrl(resolution.path);
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...lazyUnlessOptimised(node.url) } };
        return undefined;
      }
      const publicFile = resolution.kind === 'broken' && url.startsWith('/') ? resolve(publicDir, `.${decodeURI(url)}`) : undefined;
      if (publicFile) dependencies.add(publicFileDependency(publicFile));
      if (publicFile && existsSync(publicFile)) {
        if (node.type === 'image') node.url = withBase(base, url);
        return undefined;
      }
      if (resolution.kind === 'broken') {
        report(node, { ...resolution, problem: resolution.problem === 'no such file in the notes folder' ? 'the image is not in the notes folder (nor in public/)' : resolution.problem });
        return { type: 'html', value: `<span class="missing-image" role="img" aria-label="${escapeText(missingImage(url))}">${escapeText(missingImage(url))}</span>` };
      }
      return undefined;
    }

    /** Typora writes images as <img src="…" style="zoom:50%">: made a Markdown image, so it is optimised too. */
    function htmlImage(node: Html): Nodes | undefined {
      const tag = /^\s*<img\b([^>]*)\/?>\s*$/i.exec(node.value);
      if (!tag) return undefined;
      const attributes = Object.fromEntries([...(tag[1] ?? '').matchAll(/([\w:-]+)\s*=\s*("([^"]*)"|'([^']*)'|(\S+))/g)].map((match) => [match[1]!.toLowerCase(), match[3] ?? match[4] ?? match[5] ?? '']));
      const src = attributes['src'];
      if (!src) return undefined;
      const image: Image = { type: 'image', url: decodeText(src), alt: decodeText(attributes['alt'] ?? ''), position: node.position };
      const zoom = /zoom\s*:\s*([\d.]+)%/i.exec(attributes['style'] ?? '')?.[1];
      const hProperties: Record<string, string> = {};
      if (attributes['width']) hProperties['width'] = attributes['width'];
      if (attributes['height']) hProperties['height'] = attributes['height'];
      if (zoom) hProperties['style'] = `zoom:${zoom}%`;
      if (Object.keys(hProperties).length > 0) image.data = { hProperties };
      return resolveImage(image, image.url) ?? image;
    }
  };
}

/** Astro's optimised images load lazily already; images it does not handle (absolute URLs) are told to. */
function lazyUnlessOptimised(url: string): Record<string, string> {
  return url.startsWith('/') ? { loading: 'lazy', decoding: 'async' } : {};
}

function setElement(node: WikiNode, tagName: string, properties: Record<string, unknown>, text: string): void {
  node.data.hName = tagName;
  node.data.hProperties = properties;
  node.data.hChildren = [{ type: 'text', value: text }];
}

const IMAGE = /\.(avif|bmp|gif|jpe?g|png|svg|webp)$/i;
function isImagePath(path: string): boolean {
  return IMAGE.test(path);
}

/**
 * The sentence around a link, from the text before and after it: cut at sentence ends, and at
 * ~60 characters each side (marked with "…").
 */
export function sentenceAround(before: string, text: string, after: string): NoteLink['context'] {
  const head = before.replace(/\s+/g, ' ').trimStart();
  const tail = after.replace(/\s+/g, ' ').trimEnd();
  const sentenceStart = lastBoundary(head);
  const start = Math.max(sentenceStart, head.length - 60);
  const sentenceEnd = firstBoundary(tail) < 0 ? tail.length : firstBoundary(tail) + 1;
  const end = Math.min(sentenceEnd, 60);
  return {
    before: (start > sentenceStart ? '…' : '') + head.slice(start).trimStart(),
    text: text.replace(/\s+/g, ' ').trim(),
    after: tail.slice(0, end) + (end < sentenceEnd ? '…' : ''),
  };
}

const BOUNDARY = /[。！？；!?;]|\.\s/g;
function lastBoundary(text: string): number {
  let last = 0;
  for (const match of text.matchAll(BOUNDARY)) last = match.index + match[0].length;
  return last;
}
function firstBoundary(text: string): number {
  const match = new RegExp(BOUNDARY.source).exec(text);
  return match ? match.index : -1;
}
