// Generates a benchmark notes folder: `count` notes spread over modules of ten, each with
// Chinese prose and (optionally) one Mermaid diagram of a rotating type. Every diagram differs
// (its labels carry the note's number), so no two share a cache entry.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIAGRAMS: ((n: number) => string)[] = [
  (n) => `flowchart LR\n  A["请求 ${n}"] --> B{"鉴权 ${n}"}\n  B -->|通过| C["准入控制"]\n  B -->|拒绝| D["返回 403"]\n  C --> E[("etcd 存储")]`,
  (n) => `sequenceDiagram\n  participant 客户端\n  participant API as kube-apiserver ${n}\n  客户端->>API: 创建 Pod\n  API-->>客户端: 201 Created\n  API->>API: 写入 etcd`,
  (n) => `stateDiagram-v2\n  [*] --> 跟随者${n}\n  跟随者${n} --> 候选者: 选举超时\n  候选者 --> 领导者: 获得多数票\n  领导者 --> 跟随者${n}: 发现更高任期`,
  (n) => `classDiagram\n  class 控制器${n} {\n    +同步() error\n  }\n  class 工作队列 {\n    +添加(key)\n  }\n  控制器${n} --> 工作队列`,
  (n) => `erDiagram\n  命名空间${n} ||--o{ Pod : 包含\n  Pod ||--|{ 容器 : 运行`,
  (n) => `pie title 资源占比 ${n}\n  "CPU" : ${40 + (n % 20)}\n  "内存" : 35\n  "存储" : 25`,
  (n) => `gantt\n  title 发布计划 ${n}\n  dateFormat YYYY-MM-DD\n  section 构建\n  编译镜像 :a1, 2026-01-01, 2d\n  section 发布\n  灰度 ${n} :after a1, 3d`,
  (n) => `mindmap\n  root((云原生 ${n}))\n    容器\n      命名空间\n      控制组\n    编排\n      调度`,
];

export interface CorpusOptions {
  dir: string;
  count: number;
  withDiagrams: boolean;
}

export function writeCorpus({ dir, count, withDiagrams }: CorpusOptions): void {
  rmSync(dir, { recursive: true, force: true });
  for (let n = 0; n < count; n++) {
    const module = join(dir, `${String(Math.floor(n / 10) + 1).padStart(2, '0')}-模块${Math.floor(n / 10) + 1}`);
    mkdirSync(module, { recursive: true });
    const diagram = DIAGRAMS[n % DIAGRAMS.length]!(n);
    const fence = withDiagrams ? 'mermaid' : 'text';
    const body = [
      '---',
      `title: 基准笔记 ${n}`,
      `description: 第 ${n} 篇生成的笔记，用于比较构建时间。`,
      '---',
      '',
      '## 背景',
      '',
      '控制平面通过声明式 API 接收期望状态，再由控制器不断调谐，使实际状态向期望状态收敛。'.repeat(6),
      '',
      '## 图示',
      '',
      '```' + fence,
      diagram,
      '```',
      '',
      '## 小结',
      '',
      '```go',
      'func reconcile(key string) error {',
      '\treturn nil',
      '}',
      '```',
      '',
    ].join('\n');
    writeFileSync(join(module, `${String((n % 10) + 1).padStart(2, '0')}-笔记-${n}.md`), body);
  }
}
