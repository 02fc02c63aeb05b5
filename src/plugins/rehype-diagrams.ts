import type { Element, ElementContent, Root } from 'hast';
// Brings hast's `raw` node type (HTML passed through as is), which Astro's pipeline parses later.
import type {} from 'mdast-util-to-hast';
import { toString } from 'hast-util-to-string';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import type { Diagram, DrawsDiagrams } from '../lib/diagrams/renderer.ts';
import { bothSchemes, defaultLabel, descriptionId, drawingSvg, type Drawing, type StyleTarget } from '../lib/diagrams/svg.ts';
import { noteDataOf, setNoteData } from '../lib/note-data.ts';
import { fileLocation } from './file-position.ts';
import { walk } from '../lib/walk.ts';

export interface Labels {
  /** Name of a diagram kind, e.g. "流程图" for "flowchart-v2". */
  kind: (diagramType: string) => string;
  /** Summary of the disclosure that shows the diagram's source. */
  viewSource: string;
  /** Text of the button that opens the zoom viewer, e.g. "放大查看". */
  zoom: string;
  /** Heading of the in-place error shown in `astro dev`. */
  invalid: string;
  separator: { list: string; colon: string };
}

export interface Options {
  /** The build's renderer: one browser for every note. */
  renderer: DrawsDiagrams;
  labels: Labels;
  /**
   * What an invalid diagram does: 'fail' stops the build with file:line:column and mermaid's
   * message; 'inline' shows the error in place (for `astro dev`). Read per note, so the
   * integration can set it once it knows the command.
   * @default () => 'fail'
   */
  onError?: () => 'fail' | 'inline';
  /**
   * Leave each drawing's place empty (data-drawing) for the diagrams integration to fill in the
   * built pages: megabytes of SVG then stay out of Astro's content cache and bundle. Off in
   * `astro dev` and outside Astro, where the SVG goes inline.
   * @default () => false
   */
  deferDrawings?: () => boolean;
}

/** Wider than this (in px), a drawing no longer fits a 360 px screen, even shrunk (svg.ts). */
const SCROLLS_ON_PHONES = 540;

interface Block {
  parent: Element | Root;
  index: number;
  source: string;
  start: Point | undefined;
}

/**
 * Turns ```mermaid code blocks into inline SVG drawn at build time, one drawing whose colours
 * follow the colour scheme (src/lib/diagrams/merge.ts); readers' browsers never load mermaid.
 */
export default function rehypeDiagrams(options: Options) {
  const { renderer, labels, onError = () => 'fail', deferDrawings = () => false } = options;
  return async (tree: Root, file: VFile) => {
    const blocks: Block[] = [];
    walk<Element, Root | Element>(tree, 'element', (node, index, parent) => {
      const code = node.tagName === 'pre' ? node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code') : undefined;
      const classes = code?.properties['className'];
      if (!code || !Array.isArray(classes) || !classes.includes('language-mermaid') || !parent || index === undefined) return;
      blocks.push({ parent, index, source: toString(code).replace(/\n$/, ''), start: node.position?.start });
      return 'skip';
    });
    if (blocks.length === 0) return;

    const results = await Promise.all(
      blocks.map((block) => renderer.render(block.source).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))),
    );
    const copies = new Map<string, number>();
    // Stylesheets the note's drawings already carry (svg.ts shareStyle): one per kind of drawing.
    const pageStyles = { page: new Set<string>() };
    results.forEach((result, position) => {
      const block = blocks[position]!;
      if (result instanceof Error) {
        // No browser (or it crashed): not this note's fault. The block stays as code; the renderer
        // keeps the failure and the notes loader stops the build with it, naming no note.
        if (result.name === 'BrowserError') return;
        // By name, not instanceof: the renderer may come from another module graph (astro.config.mjs's).
        if (result.name !== 'DiagramError') throw result;
        // Mermaid's own line numbers count from the diagram's first line (not always exactly).
        const location = fileLocation(file, block.start);
        if (onError() === 'fail') {
          // Recorded, not thrown: the notes loader lists every such mistake and stops the build
          // (a throw would make Astro's Markdown processor print an internal stack trace).
          const errors = noteDataOf(file.data.astro?.frontmatter).errors ?? [];
          const message = `${location}: invalid Mermaid diagram in the block that starts here:\n${result.message}\nFix the diagram (https://mermaid.live shows errors as you type) or mark the block as \`\`\`text.`;
          setNoteData(file, { errors: [...errors, message] });
        } else {
          console.warn(`${location}: invalid Mermaid diagram: ${result.message.split('\n')[0]}`);
        }
        block.parent.children[block.index] = errorBox(labels.invalid, location, result.message, block.source);
        return;
      }
      const count = copies.get(result.key) ?? 0;
      copies.set(result.key, count + 1);
      block.parent.children[block.index] = figure(result, count, block.source, labels, deferDrawings(), pageStyles);
    });
  };
}

/**
 * <figure class="diagram" data-diagram="KEY" [data-copy="N"]>: the drawing (an image, named by
 * accTitle or a summary), the caption, the source. A diagram whose light and dark drawings
 * cannot be merged gets both, and CSS shows one. src/lib/diagrams/fill.ts reads this markup
 * back: keep the two in step.
 */
function figure(diagram: Diagram, copy: number, source: string, labels: Labels, defer: boolean, pageStyles: StyleTarget): Element {
  const kind = labels.kind(diagram.diagramType);
  const label = diagram.title || defaultLabel(kind, diagram.labels, labels.separator);
  const canvas = (drawing: Drawing): ElementContent => {
    const description = diagram.description ? descriptionId(diagram, drawing, copy) : undefined;
    return {
      type: 'element',
      tagName: 'div',
      properties: {
        className: ['diagram-canvas', ...(drawing === 'both' ? [] : [`diagram-${drawing}`])],
        ...(defer ? { dataDrawing: drawing } : {}),
        role: 'img',
        ariaLabel: label,
        // A drawing this wide scrolls on a phone: keyboard users must be able to scroll it too.
        ...(diagram.light.width > SCROLLS_ON_PHONES ? { tabIndex: 0 } : {}),
        ...(description ? { ariaDescribedBy: [description] } : {}),
        ...(drawing === 'dark' ? { dataPagefindIgnore: '' } : {}),
      },
      children: defer ? [] : [{ type: 'raw', value: drawingSvg(diagram, drawing, copy, pageStyles) }],
    };
  };
  const canvases = bothSchemes(diagram) === undefined ? [canvas('light'), canvas('dark')] : [canvas('both')];
  return {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['diagram'], dataDiagram: diagram.key, ...(copy > 0 ? { dataCopy: String(copy) } : {}), dataDiagramType: diagram.diagramType },
    children: [
      ...canvases,
      // Opens the full-screen viewer (src/scripts/zoom.ts); its name says which diagram.
      { type: 'element', tagName: 'button', properties: { type: 'button', className: ['zoom-button'], ariaLabel: `${labels.zoom}${labels.separator.colon}${label}` }, children: [{ type: 'text', value: labels.zoom }] },
      ...(diagram.title ? [{ type: 'element' as const, tagName: 'figcaption', properties: {}, children: [{ type: 'text' as const, value: diagram.title }] }] : []),
      {
        type: 'element',
        tagName: 'details',
        properties: { className: ['diagram-source'], dataPagefindIgnore: '' },
        children: [
          { type: 'element', tagName: 'summary', properties: {}, children: [{ type: 'text', value: labels.viewSource }] },
          { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'element', tagName: 'code', properties: { className: ['language-mermaid'] }, children: [{ type: 'text', value: source }] }] },
        ],
      },
    ],
  };
}

function errorBox(heading: string, location: string, message: string, source: string): Element {
  const pre = (text: string): ElementContent => ({ type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: text }] });
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['diagram-error'], role: 'alert' },
    children: [
      { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: heading }] }, { type: 'text', value: ` ${location}` }] },
      pre(message),
      pre(source),
    ],
  };
}
