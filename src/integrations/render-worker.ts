// A worker thread of the render pool (render-pool.ts): renders notes with the site's own
// Markdown pipeline (src/plugins/render.ts), against the vault the notes loader read. Its
// diagrams are drawn by the build's one browser, on the main thread: the worker asks for each.
import { parentPort, workerData } from 'node:worker_threads';
import { BrowserError, DiagramError, type Diagram, type DrawsDiagrams } from '../lib/diagrams/renderer.ts';
import type { SiteConfig } from '../lib/site-schema.ts';
import type { Vault } from '../lib/vault.ts';
import { createNotePipeline, type ImageSettings } from '../plugins/render.ts';
import { errorData, type FromPool, type ToPool, type WorkerError } from './render-pool.ts';

const { site, command, image } = workerData as { site: SiteConfig; command: string; image: ImageSettings };
const port = parentPort!;
const post = (message: FromPool) => port.postMessage(message);

let vault: Vault | undefined;
let nextDrawing = 0;
const drawings = new Map<number, { resolve(diagram: Diagram): void; reject(error: Error): void }>();

const renderer: DrawsDiagrams = {
  render: (source) =>
    new Promise((resolve, reject) => {
      const id = nextDrawing++;
      drawings.set(id, { resolve, reject });
      post({ type: 'draw', id, source });
    }),
};

const { render } = await createNotePipeline(
  site,
  {
    renderer,
    vault: () => {
      if (!vault) throw new Error('A note was sent to a render worker before the vault.');
      return vault;
    },
    dev: () => command === 'dev',
    command: () => command,
  },
  image,
);

/** The main thread's renderer error, as the class rehype-diagrams tells apart: invalid diagram, machine failure, other. */
function errorOf(error: WorkerError | undefined): Error {
  const message = error?.message ?? 'The diagram renderer failed.';
  if (error?.name === 'DiagramError') return new DiagramError(message);
  if (error?.name === 'BrowserError') return new BrowserError(message);
  return Object.assign(new Error(message), { code: error?.code });
}

port.on('message', (message: ToPool) => {
  switch (message.type) {
    case 'vault':
      vault = message.vault;
      break;
    case 'render':
      render(message.body, { fileURL: new URL(message.fileURL), frontmatter: message.frontmatter }).then(
        (output) => post({ type: 'rendered', id: message.id, output }),
        (error: unknown) => post({ type: 'rendered', id: message.id, error: errorData(error) }),
      );
      break;
    case 'drawn': {
      const waiting = drawings.get(message.id);
      drawings.delete(message.id);
      if (!waiting) break;
      if (message.diagram) waiting.resolve(message.diagram);
      else waiting.reject(errorOf(message.error));
      break;
    }
  }
});

post({ type: 'ready' });
