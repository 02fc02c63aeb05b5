// State shared by the Markdown pipeline (plugins) and the integrations of one Astro run.
import { resolve } from 'node:path';
import { DiagramRenderer } from '../lib/diagrams/renderer.ts';

export interface Pipeline {
  /** The Astro command being run (set by the diagrams integration at config setup). */
  command: 'dev' | 'build' | 'preview' | 'sync' | undefined;
  /** One diagram renderer (one browser) for every note. */
  renderer: DiagramRenderer;
}

/** The diagram cache lives in .cache/diagrams (DIAGRAM_CACHE_DIR overrides it): keep it between CI runs. */
export function createPipeline(env: Record<string, string | undefined> = process.env): Pipeline {
  return { command: undefined, renderer: new DiagramRenderer({ cacheDir: resolve(env['DIAGRAM_CACHE_DIR'] ?? '.cache/diagrams') }) };
}
