// Rendered diagrams on disk, one JSON file per diagram, keyed by a hash of everything that
// shapes the drawing: the source, mermaid's version and our drawing configuration.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CacheKeyParts {
  source: string;
  mermaidVersion: string;
  /** Everything else that changes the output: themes, fonts, our post-processing version. */
  settings: unknown;
}

export function cacheKey({ source, mermaidVersion, settings }: CacheKeyParts): string {
  return createHash('sha256').update(JSON.stringify([source, mermaidVersion, settings])).digest('hex');
}

export class DiagramCache<T> {
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  get(key: string): T | undefined {
    try {
      return JSON.parse(readFileSync(this.pathOf(key), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  set(key: string, value: T): void {
    mkdirSync(this.dir, { recursive: true });
    // Write then rename, so a build killed half-way never leaves a torn entry behind.
    const temporary = `${this.pathOf(key)}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(value));
    renameSync(temporary, this.pathOf(key));
  }

  private pathOf(key: string): string {
    return join(this.dir, `${key}.json`);
  }
}
