// The site's settings. Every field is documented in src/lib/site-schema.ts.
import type { SiteConfigInput } from './lib/site-schema.ts';

export default {
  title: '云原生训练营笔记',
  description: '从 Go 到 Docker、Kubernetes、etcd 与 Istio：一门云原生课程的完整学习笔记，含图解、自测与贯穿作业。',
  author: 'Study Notes contributors',
  locale: 'zh-CN',
  tracks: [
    { id: 'course', title: '课程' },
    { id: 'go', title: 'Go' },
    { id: 'docker', title: 'Docker' },
    { id: 'kubernetes', title: 'Kubernetes' },
    { id: 'etcd', title: 'etcd' },
    { id: 'istio', title: 'Istio' },
  ],
  contentDir: 'content',
  site: 'https://example.github.io',
  base: '/',
} satisfies SiteConfigInput;
