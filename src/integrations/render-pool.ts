// Worker threads that render notes beside the main thread (issue 11: rendering was most of a
// cold build, on one core). Each worker runs render-worker.ts: the site's own Markdown pipeline,
// against the vault the notes loader sends it. Diagrams are still drawn by the build's one
// browser: a worker asks the main thread for each drawing, so the diagram cache, the failure
// that stops a build and the drawings pages are filled with stay in one place.
import { Worker } from 'node:worker_threads';
import type { Diagram, DiagramRenderer } from '../lib/diagrams/renderer.ts';
import type { SiteConfig } from '../lib/site-schema.ts';
import type { Vault } from '../lib/vault.ts';
import type { ImageSettings, NoteRenderer, RenderedMarkdown } from '../plugins/render.ts';

/** Messages to a worker. */
export type ToPool =
  | { type: 'vault'; vault: Vault }
  | { type: 'render'; id: number; body: string; fileURL: string; frontmatter: Record<string, unknown> }
  | { type: 'drawn'; id: number; diagram?: Diagram; error?: WorkerError };

/** Messages from a worker. */
export type FromPool =
  | { type: 'ready' }
  | { type: 'rendered'; id: number; output?: RenderedMarkdown; error?: WorkerError }
  | { type: 'draw'; id: number; source: string };

/** An error as it crosses between threads. */
export interface WorkerError {
  name: string;
  message: string;
  stack?: string | undefined;
  code?: unknown;
}

/** A render failed because its worker died or was stopped, not because of the note: render it elsewhere. */
export class WorkerLost extends Error {
  override name = 'WorkerLost';
}

export interface PoolOptions {
  workers: number;
  site: SiteConfig;
  command: string;
  image: ImageSettings;
  /** The build's renderer, which draws every worker's diagrams. */
  renderer: DiagramRenderer;
}

/** One worker thread: ready once its pipeline is loaded; renders many notes at once. */
export interface PoolWorker {
  /** True once the worker can render; false if it failed to start or was stopped first. */
  readonly ready: Promise<boolean>;
  readonly render: NoteRenderer;
  /** Why the worker failed or stopped by itself (not when the pool stopped it). */
  problem(): string | undefined;
}

export class RenderPool {
  readonly workers: PoolWorker[];
  private readonly threads: Worker[] = [];
  private readonly started = new Set<Worker>();
  /** Set once the pool stops its workers: their exits are not problems. */
  private readonly stopping = new Set<Worker>();

  constructor({ workers, site, command, image, renderer }: PoolOptions) {
    this.workers = Array.from({ length: workers }, () => {
      const thread = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { site, command, image } });
      this.threads.push(thread);
      let nextRender = 0;
      const pending = new Map<number, { resolve(output: RenderedMarkdown): void; reject(error: Error): void }>();
      let lost: Error | undefined;
      let problem: string | undefined;
      let becomeReady: (ready: boolean) => void = () => undefined;
      const ready = new Promise<boolean>((resolve) => (becomeReady = resolve));
      void ready.then((started) => started && this.started.add(thread));
      const stop = (error: Error) => {
        lost ??= error;
        becomeReady(false);
        for (const waiting of pending.values()) waiting.reject(lost);
        pending.clear();
      };
      thread.on('message', (message: FromPool) => {
        if (message.type === 'ready') becomeReady(true);
        else if (message.type === 'draw') {
          renderer.render(message.source).then(
            (diagram) => thread.postMessage({ type: 'drawn', id: message.id, diagram } satisfies ToPool),
            (error: unknown) => thread.postMessage({ type: 'drawn', id: message.id, error: errorData(error) } satisfies ToPool),
          );
        } else {
          const waiting = pending.get(message.id);
          pending.delete(message.id);
          if (message.output) waiting?.resolve(message.output);
          else waiting?.reject(errorOf(message.error));
        }
      });
      thread.on('error', (error) => {
        problem ??= error.message;
        stop(new WorkerLost(`A render worker failed: ${error.message}`));
      });
      thread.on('exit', (code) => {
        if (!this.stopping.has(thread)) problem ??= `it stopped with exit code ${code}`;
        stop(new WorkerLost(`A render worker stopped (exit code ${code}).`));
      });
      const render: NoteRenderer = (body, { fileURL, frontmatter }) =>
        new Promise((resolve, reject) => {
          if (lost) return reject(lost);
          const id = nextRender++;
          pending.set(id, { resolve, reject });
          thread.postMessage({ type: 'render', id, body, fileURL: fileURL.href, frontmatter } satisfies ToPool);
        });
      return { ready, render, problem: () => problem };
    });
  }

  /** The vault the next renders resolve links against (sent before them: messages keep their order). */
  setVault(vault: Vault): void {
    for (const thread of this.threads) thread.postMessage({ type: 'vault', vault } satisfies ToPool);
  }

  /** Stops the workers that are not ready yet (their `ready` becomes false). */
  async stopStarting(): Promise<void> {
    await Promise.all(this.threads.filter((thread) => !this.started.has(thread)).map((thread) => this.stop(thread)));
  }

  /** Stops every worker; renders still running fail with WorkerLost. */
  async close(): Promise<void> {
    await Promise.all(this.threads.map((thread) => this.stop(thread)));
  }

  private async stop(thread: Worker): Promise<void> {
    this.stopping.add(thread);
    await thread.terminate();
  }
}

/** An error as plain data (structured clone keeps only some of an Error's fields); both sides send theirs so. */
export function errorData(error: unknown): WorkerError {
  return error instanceof Error ? { name: error.name, message: error.message, stack: error.stack, code: (error as { code?: unknown }).code } : { name: 'Error', message: String(error) };
}

/** A worker's error back as an Error, with the name and code the loader reads (system-errors.ts). */
function errorOf(data: WorkerError | undefined): Error {
  const error = Object.assign(new Error(data?.message ?? 'A render worker failed without a message.'), { code: data?.code });
  error.name = data?.name ?? 'Error';
  if (data?.stack) error.stack = data.stack;
  return error;
}
