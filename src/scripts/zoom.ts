// The full-screen viewer for diagrams and images, loaded on first use (src/scripts/page.ts).
// Pan, pinch and wheel zoom come from @panzoom/panzoom: one small library (about 4 KB gzipped)
// that handles inline SVG and <img> alike, where svg-pan-zoom does SVG only and medium-zoom and
// PhotoSwipe do images only. Keys, fit-to-screen and focus are ours.
import Panzoom from '@panzoom/panzoom';
import { ZOOM_STRINGS, scriptLocale } from '../lib/script-strings.ts';
import { element } from './dom.ts';
import { handOver } from './features.ts';

const STEP = 60;

/** The viewer's dialog: a bar of buttons over the stage. */
function viewer(strings: (typeof ZOOM_STRINGS)['en']): HTMLDialogElement {
  const button = (action: string, text: string, label?: string): HTMLElement =>
    element('button', { type: 'button', class: 'button', 'data-zoom-action': action, ...(label === undefined ? {} : { 'aria-label': label }) }, text);
  return element(
    'dialog',
    { class: 'zoom-viewer', 'aria-labelledby': 'zoom-title', 'aria-describedby': 'zoom-help' },
    element('div', { class: 'zoom-bar' }, element('p', { id: 'zoom-title', class: 'zoom-title' }), button('in', '+', strings.zoomIn), button('out', '−', strings.zoomOut), button('fit', strings.zoomFit), button('close', strings.zoomClose)),
    element('p', { id: 'zoom-help', class: 'sr-only' }, strings.zoomHelp),
    element('div', { class: 'zoom-stage' }),
  ) as HTMLDialogElement;
}

/** Opens the viewer for the diagram or image behind `opener` (its zoom button, drawing or image button). */
export function openZoom(opener: HTMLElement): void {
  const figure = opener.closest('figure.diagram');
  const canvas = figure ? [...figure.querySelectorAll<HTMLElement>('.diagram-canvas')].find((element) => element.offsetParent !== null) : undefined;
  const image = opener.querySelector('img');
  if (!canvas && !image) return;
  const dialog = viewer(ZOOM_STRINGS[scriptLocale(document.documentElement.lang)]);
  const stage = dialog.querySelector<HTMLElement>('.zoom-stage')!;
  const content = document.createElement('div');
  content.className = 'zoom-content';
  content.setAttribute('role', 'img');
  let title: string;
  if (canvas) {
    title = figure?.querySelector('figcaption')?.textContent ?? canvas.getAttribute('aria-label') ?? '';
    content.setAttribute('aria-label', canvas.getAttribute('aria-label') ?? title);
    // A copy of the drawing with ids of its own, so the page keeps unique ids.
    content.innerHTML = canvas.innerHTML.replaceAll('mmd-', 'zoom-mmd-');
    const description = canvas.getAttribute('aria-describedby');
    if (description) content.setAttribute('aria-describedby', `zoom-${description}`);
  } else {
    title = image!.alt;
    content.setAttribute('aria-label', image!.alt);
    const copy = document.createElement('img');
    copy.src = image!.currentSrc || image!.src;
    copy.alt = '';
    content.append(copy);
  }
  dialog.querySelector('.zoom-title')!.textContent = title;
  stage.append(content);
  document.body.append(dialog);
  dialog.showModal();

  const panzoom = Panzoom(content, { maxScale: 10, minScale: 0.1, step: 0.25, canvas: true });
  const fit = (): void => {
    const scale = Math.min(stage.clientWidth / content.offsetWidth, stage.clientHeight / content.offsetHeight, 4) * 0.95;
    panzoom.zoom(scale, { animate: false, force: true });
    panzoom.pan(0, 0, { animate: false, force: true });
  };
  requestAnimationFrame(fit);
  stage.addEventListener('wheel', (event) => panzoom.zoomWithWheel(event));

  const actions: Record<string, () => void> = {
    in: () => panzoom.zoomIn(),
    out: () => panzoom.zoomOut(),
    fit,
    close: () => dialog.close(),
  };
  dialog.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-zoom-action]')?.dataset['zoomAction'];
    if (action) actions[action]?.();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' ')) return;
    const step = STEP / panzoom.getScale();
    const keys: Record<string, () => void> = {
      '+': actions['in']!,
      '=': actions['in']!,
      '-': actions['out']!,
      '0': fit,
      ArrowLeft: () => panzoom.pan(step, 0, { relative: true }),
      ArrowRight: () => panzoom.pan(-step, 0, { relative: true }),
      ArrowUp: () => panzoom.pan(0, step, { relative: true }),
      ArrowDown: () => panzoom.pan(0, -step, { relative: true }),
    };
    const handle = keys[event.key];
    if (!handle) return;
    event.preventDefault();
    handle();
  });
  // Esc closes the dialog natively; either way, focus goes back where the reader was.
  const returnTo = opener.matches('.diagram-canvas') ? figure?.querySelector<HTMLElement>('.zoom-button') ?? opener : opener;
  dialog.addEventListener('close', () => {
    panzoom.destroy();
    dialog.remove();
    returnTo.focus();
  });
}

handOver('zoom', openZoom);
