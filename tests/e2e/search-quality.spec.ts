// Search quality on the real course notes: each query must find one of the notes that is
// about it among the first three results, with the ranking the site uses; and, as the site's
// search does (src/scripts/search-precision.ts), only notes holding every term of the query.
import { expect, test, type Page } from '@playwright/test';
import { containsEveryTerm, keepExactMatches, queryTerms } from '../../src/lib/search-terms.ts';

/** Query -> notes (ids) any of which is a right answer. */
const EXPECTED: Record<string, string[]> = {
  调度器: ['control-plane/调度器'],
  准入控制: ['apiserver/准入控制'],
  选举: ['etcd/raft-共识'],
  优雅终止: ['lifecycle-service/优雅终止与资源', 'go-advanced/优雅启停的-http-服务'],
  'kube-proxy 模式': ['lifecycle-service/service-与-kube-proxy'],
  'etcd 备份': ['etcd/运维与故障'],
  GMP: ['go-advanced/gmp-调度'],
  Informer: ['control-plane/控制器与-informer'],
  VirtualService: ['istio/流量管理'],
  cgroups: ['docker/namespace-与-cgroups'],
  OverlayFS: ['docker/rootfs-与镜像分层'],
  多阶段构建: ['docker/dockerfile-实践'],
  RBAC: ['apiserver/认证与鉴权'],
  HPA: ['migration/hpa-与-vpa'],
  熔断: ['istio/流量管理'],
  'Pod 安全准入': ['security/pod-安全准入'],
  NetworkPolicy: ['security/集群安全'],
  Karmada: ['multi-cluster/为什么需要多集群'],
  ztunnel: ['istio/ambient-模式'],
  PromQL: ['devops/prometheus'],
  逃逸分析: ['go-advanced/内存分配与-gc'],
  三色标记: ['go-advanced/内存分配与-gc'],
  MVCC: ['etcd/数据模型与-mvcc'],
  CoreDNS: ['lifecycle-service/dns-ingress-与-gateway-api'],
  污点: ['control-plane/调度策略'],
  PLEG: ['control-plane/kubelet'],
  'channel 缓冲': ['go-basics/goroutine-与-channel'],
  '声明式 API': ['kubernetes/从-borg-到-kubernetes', 'intro/什么是云原生'],
  灰度发布: ['istio/流量管理', 'homework/接入-istio'],
  镜像签名: ['devops/镜像仓库与安全'],
};

/** Queries whose Chinese terms Pagefind used to satisfy with one of their characters. */
const PRECISION: Record<string, { top: string[]; never: string[] }> = {
  // Before: 33 of 70 notes, the 4th and 5th holding only 容器 and 均衡器.
  调度器: { top: ['control-plane/调度器'], never: [] },
  // Before: the GC note first, for its 置灰.
  灰度发布: { top: ['istio/流量管理', 'homework/接入-istio'], never: ['go-advanced/内存分配与-gc'] },
  // Before: notes that say 内存 but not 缓存.
  'informer 缓存': { top: ['control-plane/控制器与-informer'], never: [] },
};

interface Hit {
  url: string;
  text: string;
}

/** Every result of each query, in Pagefind's order, with the text the site checks terms in: Pagefind configured as the site's pages configure it (its ranking, the index's parts merged). */
async function searchAll(page: Page, queries: string[]): Promise<Record<string, Hit[]>> {
  await page.goto('./');
  return page.evaluate(async (queries) => {
    const { bundlePath, ranking, mergeIndex = [] } = JSON.parse(document.querySelector<HTMLElement>('[data-search-options]')?.dataset['searchOptions'] ?? '{}') as {
      bundlePath: string;
      ranking: object;
      mergeIndex?: { bundlePath: string }[];
    };
    const pagefind = await import(/* @vite-ignore */ `${bundlePath}pagefind.js`);
    await pagefind.options({ ranking });
    for (const { bundlePath: part, ...options } of mergeIndex) await pagefind.mergeIndex(part, options);
    const found: Record<string, { url: string; text: string }[]> = {};
    for (const query of queries) {
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.map((result: { data: () => Promise<{ url: string; content: string; meta: { title?: string } }> }) => result.data()));
      found[query] = data.map((item) => ({ url: decodeURIComponent(item.url), text: `${item.meta.title ?? ''}\n${item.content}` }));
    }
    return found;
  }, queries);
}

/** What the site shows: the results holding every term (or all, as partial matches, if none does). */
function shown(hits: Hit[], query: string): string[] {
  return keepExactMatches(hits, (hit) => hit.text, query).exact.map((hit) => hit.url);
}

const isNote = (url: string, id: string) => url.split('?')[0]?.endsWith(`/${id}/`) ?? false;

// Dozens of searches, each reading every result's text: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

test('every query finds a note about it in the top 3', async ({ page }) => {
  const found = await searchAll(page, Object.keys(EXPECTED));
  const misses = Object.entries(EXPECTED)
    .filter(([query, notes]) => !notes.some((id) => shown(found[query] ?? [], query).slice(0, 3).some((url) => isNote(url, id))))
    .map(([query]) => `${query}: got ${shown(found[query] ?? [], query).slice(0, 3).join(', ') || 'nothing'}`);
  expect(misses, misses.join('\n')).toEqual([]);
});

test('a Chinese word is not matched by one of its characters: every result holds every term', async ({ page }) => {
  const found = await searchAll(page, Object.keys(PRECISION));
  for (const [query, { top, never }] of Object.entries(PRECISION)) {
    const hits = found[query] ?? [];
    const kept = keepExactMatches(hits, (hit) => hit.text, query);
    expect(kept.partial, query).toBe(false);
    // Pagefind alone returns notes without the term; the site drops them.
    expect(hits.some((hit) => !containsEveryTerm(hit.text, queryTerms(query))), `${query}: Pagefind alone is already precise; the test proves nothing`).toBe(true);
    for (const hit of kept.exact) expect(containsEveryTerm(hit.text, queryTerms(query)), `${query}: ${hit.url}`).toBe(true);
    const urls = kept.exact.map((hit) => hit.url);
    expect(top.some((id) => urls.slice(0, 3).some((url) => isNote(url, id))), `${query}: top 3 ${urls.slice(0, 3).join(', ')}`).toBe(true);
    for (const id of never) expect(urls.some((url) => isNote(url, id)), `${query} must not find ${id}`).toBe(false);
  }
});
