// The preview server behaves like GitHub Pages for a project site under /some-repo/.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPreview } from '../../scripts/serve.ts';

let server: Server;
// Port 0: the system picks a free one, so several checkouts can run this at once.
let port = 0;
const url = (path: string) => `http://127.0.0.1:${port}${path}`;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'preview-'));
  mkdirSync(join(dir, 'etcd/raft-共识'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(dir, '404.html'), '<h1>页面不存在</h1>');
  writeFileSync(join(dir, 'etcd/raft-共识/index.html'), `<h1>raft</h1>${'共识'.repeat(2000)}`);
  server = await startPreview({ dir, base: '/some-repo/', port: 0 });
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

test.each([
  ['/some-repo/', 200, '<h1>home</h1>'],
  [`/some-repo/etcd/${encodeURIComponent('raft-共识')}/`, 200, '<h1>raft</h1>'],
  ['/some-repo/nope/', 404, '页面不存在'],
  ['/', 404, '页面不存在'],
  ['/other-repo/etcd/', 404, '页面不存在'],
])('GET %s -> %i', async (path, status, body) => {
  const response = await fetch(url(path), { redirect: 'manual' });
  expect(response.status).toBe(status);
  expect(await response.text()).toContain(body);
});

test.each([
  ['/some-repo', '/some-repo/'],
  [`/some-repo/etcd/${encodeURIComponent('raft-共识')}`, `/some-repo/etcd/${encodeURIComponent('raft-共识')}/`],
])('GET %s redirects to %s', async (path, location) => {
  const response = await fetch(url(path), { redirect: 'manual' });
  expect(response.status).toBe(301);
  expect(response.headers.get('location')).toBe(location);
});

test('responses are gzipped when the browser accepts it', async () => {
  const response = await fetch(url(`/some-repo/etcd/${encodeURIComponent('raft-共识')}/`), { headers: { 'accept-encoding': 'gzip' } });
  expect(response.headers.get('content-encoding')).toBe('gzip');
});
