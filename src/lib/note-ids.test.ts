import { expect, test } from 'vitest';
import { assignIds, keptPrefixWarning } from './note-ids.ts';

const idsOf = (files: string[]) => Object.fromEntries(assignIds(files).ids);

test('number prefixes leave URLs when the result is unique', () => {
  expect(idsOf(['05-etcd/01-raft.md', '05-etcd/02-watch.md'])).toEqual({ '05-etcd/01-raft.md': 'etcd/raft', '05-etcd/02-watch.md': 'etcd/watch' });
});

test('names that differ only by their number prefix keep it, and only they (issue 12, case 1)', () => {
  const { ids, kept, clashes } = assignIds(['ops/03-gitops.md', 'ops/05-gitops.md', 'ops/01-intro.md', 'k8s/33.K8S kube-ovn.md', 'k8s/38. K8S kube-ovn.md', 'k8s/1.1.kubeadm.md', 'k8s/1.2.kubeadm.md']);
  expect(Object.fromEntries(ids)).toEqual({
    'ops/03-gitops.md': 'ops/03-gitops',
    'ops/05-gitops.md': 'ops/05-gitops',
    'ops/01-intro.md': 'ops/intro',
    'k8s/33.K8S kube-ovn.md': 'k8s/33k8s-kube-ovn',
    'k8s/38. K8S kube-ovn.md': 'k8s/38-k8s-kube-ovn',
    'k8s/1.1.kubeadm.md': 'k8s/1-1kubeadm',
    'k8s/1.2.kubeadm.md': 'k8s/1-2kubeadm',
  });
  expect(kept).toEqual(['k8s/1.1.kubeadm.md', 'k8s/1.2.kubeadm.md', 'k8s/33.K8S kube-ovn.md', 'k8s/38. K8S kube-ovn.md', 'ops/03-gitops.md', 'ops/05-gitops.md']);
  expect(clashes).toEqual([]);
});

test('folders that clash keep their prefix too, for every note inside', () => {
  expect(idsOf(['03-gitops/a.md', '05-gitops/a.md', '05-gitops/index.md'])).toEqual({ '03-gitops/a.md': '03-gitops/a', '05-gitops/a.md': '05-gitops/a', '05-gitops/index.md': '05-gitops' });
});

test('index.md next to README.md: index.md is the page of the folder, README.md is published beside it', () => {
  const { ids, kept } = assignIds(['index.md', 'README.md', 'go/README.md', 'go/index.md', 'go/a.md', 'k8s/README.md']);
  expect(Object.fromEntries(ids)).toEqual({ 'index.md': 'index', 'README.md': 'readme', 'go/README.md': 'go/readme', 'go/index.md': 'go', 'go/a.md': 'go/a', 'k8s/README.md': 'k8s' });
  expect(kept).toEqual(['README.md', 'go/README.md']);
});

test('dates are names, so diaries of two years never clash (case 5)', () => {
  expect(idsOf(['diary/2024-02-26.md', 'diary/2025-02-26.md'])).toEqual({ 'diary/2024-02-26.md': 'diary/2024-02-26', 'diary/2025-02-26.md': 'diary/2025-02-26' });
});

test('what still clashes is returned for the loader to report; nameless files are named', () => {
  const { clashes, invalid } = assignIds(['go/A B.md', 'go/a-b.md', 'go/？？.md']);
  expect(clashes).toEqual([['go/A B.md', 'go/a-b.md']]);
  expect(invalid).toEqual([{ file: 'go/？？.md', message: expect.stringMatching(/rename/) }]);
});

test('one warning line names what kept its prefix', () => {
  expect(keptPrefixWarning([])).toBeUndefined();
  expect(keptPrefixWarning(['a/01-x.md', 'a/02-x.md'])).toBe('2 names keep their number prefix (or README) in the URL, since without it two would share one: a/01-x.md, a/02-x.md.');
});
