// Serves the built site the way GitHub Pages does: only under the base path, "/dir" redirected
// to "/dir/", unknown paths answered with 404.html and status 404, responses gzipped.
// Usage: npm run preview [-- --port 4321 --dir dist]   (BASE_PATH sets the base, as for the build)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import compression from 'compression';
import sirv from 'sirv';

export interface PreviewOptions {
  /** The built site. */
  dir: string;
  /** The base path the site was built for, e.g. '/repo/'. */
  base: string;
  port: number;
  host?: string;
}

/** Starts the server; resolves once it listens. */
export function startPreview({ dir, base, port, host = '127.0.0.1' }: PreviewOptions): Promise<Server> {
  const root = resolve(dir);
  const files = sirv(root, { dev: true, etag: true, dotfiles: false });
  const gzip = compression();
  const notFoundPage = join(root, '404.html');

  const notFound = (res: import('node:http').ServerResponse) => {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
  };

  const server = createServer((req, res) => gzip(req as never, res as never, () => handle(req, res)));
  const handle = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (`${path}/` === base) {
      res.writeHead(301, { location: base + url.search });
      res.end();
      return;
    }
    if (!path.startsWith(base)) {
      notFound(res);
      return;
    }
    const inside = decodeURIComponent(path.slice(base.length - 1));
    const onDisk = join(root, inside);
    if (!inside.endsWith('/') && existsSync(onDisk) && statSync(onDisk).isDirectory()) {
      res.writeHead(301, { location: `${path}/${url.search}` });
      res.end();
      return;
    }
    req.url = inside + url.search;
    files(req, res, () => notFound(res));
  };
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

// import.meta.main (Node 24): comparing import.meta.url with argv[1] fails in paths with spaces or CJK characters.
if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '4321' }, dir: { type: 'string', default: process.env['OUT_DIR'] ?? 'dist' } } });
  // The same settings the build read (src/site.config.ts, BASE_PATH), so the paths match.
  const { siteConfig } = await import('../src/lib/config.ts');
  const base = siteConfig.base;
  const port = Number(values.port);
  await startPreview({ dir: values.dir, base, port });
  console.log(`Serving ${values.dir} at http://127.0.0.1:${port}${base}`);
}

