// The built-site link checker: reads every HTML page in the output (what readers get) and
// resolves every internal href, src and srcset, with its #fragment, the way a static host such
// as GitHub Pages serves the site under its base path. Exit status 1 if anything is broken.
// Usage: npm run check:links [-- --dir dist]   (BASE_PATH and SITE_URL as for the build)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { listFiles } from '../src/lib/files.ts';

export interface SiteProblem {
  /** "some-repo/etcd/index.html:12:5" */
  where: string;
  url: string;
  problem: string;
}

export interface SiteCheck {
  pages: number;
  links: number;
  problems: SiteProblem[];
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
};

/** Checks the built site in `dir`, served at `base` (and at `site`, for absolute links to it). */
export function checkSite({ dir, base, site }: { dir: string; base: string; site?: string | undefined }): SiteCheck {
  const files = listFiles(dir);
  const served = new Set(files);
  const pages = files.filter((file) => file.endsWith('.html'));
  const trees = new Map(pages.map((file) => [file, fromHtml(readFileSync(join(dir, file), 'utf8'))]));
  const ids = new Map([...trees].map(([file, tree]) => [file, idsOf(tree)]));
  const origin = site ? new URL(site).origin : undefined;
  const problems: SiteProblem[] = [];
  let links = 0;

  for (const [file, tree] of trees) {
    const pageUrl = new URL(`${base}${file.replace(/(^|\/)index\.html$/, '$1')}`, 'http://site.invalid');
    visit(tree, 'element', (node: Element) => {
      for (const attribute of URL_ATTRIBUTES[node.tagName] ?? []) {
        const value = node.properties[attribute];
        if (typeof value !== 'string' && !Array.isArray(value)) continue;
        const urls = attribute === 'srcSet' ? String(Array.isArray(value) ? value.join(',') : value).split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [String(value)];
        for (const url of urls.filter(Boolean)) {
          const problem = checkUrl(url);
          links++;
          if (problem) {
            const point = node.position?.start;
            problems.push({ where: `${file}${point ? `:${point.line}:${point.column}` : ''}`, url, problem });
          }
        }
      }
    });

    function checkUrl(url: string): string | undefined {
      if (/^(mailto|tel|data|javascript):/i.test(url)) return undefined;
      let target: URL;
      try {
        target = new URL(url, pageUrl);
      } catch {
        // e.g. an autolink that swallowed the text after it: "http://localhost:8080查看" (issue 12).
        return 'not a valid URL: fix the link in the note';
      }
      if (target.origin !== pageUrl.origin && target.origin !== origin) return undefined;
      const path = decodeURIComponent(target.pathname);
      if (!path.startsWith(base)) return `outside the base path ${base}: a static host serves another site there`;
      const inside = path.slice(base.length);
      const resolved = [inside, `${inside.replace(/\/?$/, '/')}index.html`].find((candidate) => served.has(candidate.replace(/^\//, '')));
      if (resolved === undefined) return 'no such file in the built site';
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && fragment !== 'top' && resolved.endsWith('.html') && !ids.get(resolved.replace(/^\//, ''))?.has(fragment)) {
        return `${resolved} has no element with id "${fragment}"`;
      }
      return undefined;
    }
  }
  return { pages: pages.length, links, problems };
}

function idsOf(tree: ReturnType<typeof fromHtml>): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties['id'] === 'string') ids.add(node.properties['id']);
    if (node.tagName === 'a' && typeof node.properties['name'] === 'string') ids.add(node.properties['name']);
  });
  return ids;
}

// import.meta.main (Node 24): comparing import.meta.url with argv[1] fails in paths with spaces or CJK characters.
if (import.meta.main) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: process.env['OUT_DIR'] ?? 'dist' } } });
  const { siteConfig } = await import('../src/lib/config.ts');
  const started = performance.now();
  const { pages, links, problems } = checkSite({ dir: values.dir, base: siteConfig.base, site: siteConfig.site });
  for (const { where, url, problem } of problems) console.error(`${where}  ${url}\n    ${problem}`);
  console.log(`Checked ${links} links in ${pages} pages under ${siteConfig.base} in ${Math.round(performance.now() - started)} ms: ${problems.length} broken.`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
