// Loaded eagerly on every page, so kept tiny (a note page's budget is 3 KB of JavaScript,
// shared by several features): one delegated click listener. Copying code is a few lines;
// the zoom viewer and its pan/zoom library load on first use.

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const copy = target?.closest<HTMLButtonElement>('.code-copy');
  if (copy) return void copyCode(copy);
  // A diagram opens from its button, or from a click or tap on the drawing; an image from its button.
  const opener = target?.closest<HTMLElement>('.zoom-button, .diagram-canvas, .image-zoom');
  if (opener) void loadZoom().then((openZoom) => openZoom(opener));
});

type OpenZoom = (opener: HTMLElement) => void;
let zoom: Promise<OpenZoom> | undefined;

/** src/scripts/zoom.ts, bundled on its own; its URL is on the viewer's template (ZoomViewer.astro). */
function loadZoom(): Promise<OpenZoom> {
  zoom ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = document.querySelector<HTMLElement>('#zoom-viewer')?.dataset['script'] ?? '';
    script.onload = () => resolve((window as unknown as { openZoom: OpenZoom }).openZoom);
    script.onerror = reject;
    document.head.append(script);
  });
  return zoom;
}

async function copyCode(button: HTMLButtonElement): Promise<void> {
  const pre = button.parentElement?.querySelector('pre');
  if (!pre) return;
  let text = pre.textContent ?? '';
  // A shell session: copy the commands without their prompt, and not their output.
  const prompt = pre.dataset['prompt'];
  if (prompt) {
    text = text
      .split('\n')
      .filter((line) => line.startsWith(prompt))
      .map((line) => line.slice(prompt.length))
      .join('\n');
  }
  await navigator.clipboard.writeText(text);
  const label = button.textContent;
  const status = button.nextElementSibling;
  button.textContent = button.dataset['copied'] ?? '';
  if (status) status.textContent = button.dataset['copied'] ?? '';
  setTimeout(() => {
    button.textContent = label;
    if (status) status.textContent = '';
  }, 2000);
}
