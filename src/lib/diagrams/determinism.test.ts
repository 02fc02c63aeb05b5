// Two renderers with empty caches draw a diagram byte for byte alike: builds are reproducible,
// and a drawing made again (a cleared cache, another machine) does not change the page.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DiagramRenderer } from './renderer.ts';

// Generous: the browser starts slowly on busy cores, and a test must fail on what it checks, not on time.
const DIAGRAM_TIMEOUT = 10 * 60_000;

// Shapes mermaid draws with rough.js (rounded boxes, a cylinder, a decision), and a state diagram.
const sources = [
  'flowchart LR\n  A(["客户端"]) --> B{"鉴权"}\n  B -->|通过| C[("etcd")]\n  B -->|拒绝| D["403"]',
  'stateDiagram-v2\n  [*] --> Pending\n  Pending --> Running\n  Running --> [*]',
];

test(
  'the same diagram is drawn the same by two renderers',
  async () => {
    const draw = async () => {
      const renderer = new DiagramRenderer({ cacheDir: mkdtempSync(join(tmpdir(), 'diagram-determinism-')) });
      try {
        return await Promise.all(sources.map(async (source) => {
          const { light, dark } = await renderer.render(source);
          return [light.svg, dark.svg];
        }));
      } finally {
        await renderer.close();
      }
    };
    const [first, second] = [await draw(), await draw()];
    expect(second).toEqual(first);
  },
  DIAGRAM_TIMEOUT,
);
