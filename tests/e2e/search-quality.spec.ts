// Search quality on the real course notes: each query must find one of the notes that is
// about it among the first three results, with the ranking the site uses.
import { expect, test } from '@playwright/test';
import { SEARCH_RANKING } from '../../src/lib/search.ts';

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

test('every query finds a note about it in the top 3', async ({ page, baseURL }) => {
  await page.goto('./');
  const found = await page.evaluate(
    async ({ queries, bundle, ranking }) => {
      const pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
      await pagefind.options({ ranking });
      const top: Record<string, string[]> = {};
      for (const query of queries) {
        const search = await pagefind.search(query);
        const data = await Promise.all(search.results.slice(0, 3).map((result: { data: () => Promise<{ url: string }> }) => result.data()));
        top[query] = data.map((item) => decodeURIComponent(item.url));
      }
      return top;
    },
    { queries: Object.keys(EXPECTED), bundle: `${new URL(baseURL ?? '').pathname}pagefind/`, ranking: SEARCH_RANKING },
  );
  const misses = Object.entries(EXPECTED)
    .filter(([query, notes]) => !notes.some((id) => found[query]?.some((url) => url.endsWith(`/${id}/`))))
    .map(([query]) => `${query}: got ${found[query]?.join(', ') || 'nothing'}`);
  expect(misses, misses.join('\n')).toEqual([]);
});
