// Generates a folder of Chinese study notes for build benchmarks: 16 module folders, each note
// with title/description frontmatter (Starlight requires a title), 2,000-3,500 CJK characters,
// 3-6 headings, a Go or YAML code block, a table, a list and 2-4 links to headings of other
// notes. Deterministic: the same count gives the same files. File names are unique once number
// prefixes are dropped, so both generators' URL rules accept them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Slugger from 'github-slugger';

const MODULES = [
  ['go-basics', ['切片', '映射', '接口', '泛型', '反射', '错误处理']],
  ['go-concurrency', ['协程', '通道', '互斥锁', '上下文', '原子操作', '工作池']],
  ['go-runtime', ['调度器', '垃圾回收', '逃逸分析', '内存分配', '栈扩容', '性能剖析']],
  ['linux-isolation', ['命名空间', '控制组', '联合文件系统', '系统调用', '挂载点', '权限']],
  ['docker-images', ['镜像层', '多阶段构建', '构建缓存', '镜像仓库', '镜像签名', '基础镜像']],
  ['container-runtime', ['容器运行时', '沙箱', '垫片进程', '快照器', '镜像拉取', '运行时类']],
  ['k8s-architecture', ['控制平面', '声明式接口', '控制循环', '准入控制', '资源版本', '本地缓存']],
  ['k8s-workloads', ['副本集', '滚动更新', '探针', '优雅终止', '有状态应用', '重启策略']],
  ['k8s-scheduling', ['调度队列', '打分插件', '亲和性', '污点', '抢占', '拓扑分布']],
  ['k8s-networking', ['服务发现', '负载均衡', '网络插件', '域名解析', '网络策略', '四层转发']],
  ['k8s-storage', ['持久卷', '存储类', '动态供应', '卷快照', '访问模式', '回收策略']],
  ['etcd-raft', ['领导者选举', '日志复制', '任期', '线性一致性', '租约', '快照']],
  ['service-mesh', ['边车代理', '流量治理', '熔断', '重试', '双向认证', '金丝雀']],
  ['observability', ['指标', '日志', '链路追踪', '告警', '采样率', '仪表盘']],
  ['security', ['角色绑定', '最小权限', '服务账号', '证书轮换', '审计日志', '密钥管理']],
  ['delivery', ['流水线', '制品', '蓝绿发布', '配置漂移', '模板渲染', '回滚预案']],
] as const;
const TERMS = ['集群', '节点', '容器', '进程', '内核', '网络', '存储', '配置', '资源', '请求', '延迟', '吞吐量', '一致性', '故障', '恢复', '缓存', '队列', '控制器'];
const VERBS = ['维护期望状态', '处理节点故障', '保证数据一致性', '减少锁竞争', '降低尾延迟', '回收不再使用的对象', '选出新的领导者', '限制资源使用', '隔离故障域', '感知配置变化'];
const ENGLISH = ['Kubernetes', 'Pod', 'etcd', 'kube-proxy', 'gRPC', 'Linux', 'Go', 'YAML', 'TCP', 'API'];
const HEADINGS = ['工作原理', '核心数据结构', '源码分析', '设计取舍', '常见问题', '配置项', '性能优化', '实验记录', '与其他组件的关系', '小结'];

/** A small deterministic random source (mulberry32). */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)), pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]! };
}

interface PlannedNote {
  module: number;
  file: string;
  title: string;
  headings: { text: string; slug: string }[];
}

/** Writes `count` notes into `dir` (which should be empty). */
export function generateCorpus(dir: string, count: number): void {
  const perModule = new Array<number>(MODULES.length).fill(0);
  const notes: PlannedNote[] = [];
  for (let index = 0; index < count; index++) {
    const rng = random(index * 7919 + 17);
    const module = index % MODULES.length;
    const [folder, topics] = MODULES[module]!;
    const position = ++perModule[module]!;
    const topic = rng.pick(topics);
    const slugger = new Slugger();
    const headings = Array.from({ length: rng.int(3, 6) }, (_, at) => {
      const text = `${topic}的${HEADINGS[(index + at * 3) % HEADINGS.length]}${at > 0 && at % 4 === 0 ? ' 二' : ''}`;
      return { text, slug: slugger.slug(text) };
    });
    const name = `${String(position).padStart(2, '0')}-${folder}-${topic}-${position}.md`;
    notes.push({ module, file: `${String(module + 1).padStart(2, '0')}-${folder}/${name}`, title: `${topic}详解（${position}）`, headings });
  }
  for (const [index, note] of notes.entries()) {
    const rng = random(index * 104729 + 3);
    const paragraph = () =>
      Array.from({ length: rng.int(5, 8) }, () => `${rng.pick(ENGLISH)} 通过${rng.pick(TERMS)}来${rng.pick(VERBS)}，这样${rng.pick(TERMS)}与${rng.pick(TERMS)}之间的边界更清楚，排查${rng.pick(TERMS)}问题时也更容易定位。`).join('');
    const links = Array.from({ length: rng.int(2, 4) }, () => {
      const target = notes[rng.int(0, notes.length - 1)]!;
      const heading = rng.pick(target.headings);
      const from = note.file.split('/')[0];
      const [targetFolder, targetName] = target.file.split('/');
      const path = from === targetFolder ? targetName! : `../${targetFolder}/${targetName}`;
      return `[${target.title}](${encodeURI(path)}#${encodeURIComponent(heading.slug)})`;
    });
    const sections = note.headings.map((heading, at) => {
      const extra =
        at === 0
          ? `\n\n\`\`\`go\nfunc reconcile(ctx context.Context, key string) error {\n\tobj, err := lister.Get(key)\n\tif err != nil {\n\t\treturn fmt.Errorf("get %s: %w", key, err)\n\t}\n\treturn apply(ctx, obj)\n}\n\`\`\``
          : at === 1
            ? `\n\n| 参数 | 默认值 | 说明 |\n| --- | --- | --- |\n| --sync-period | 30s | ${rng.pick(VERBS)} |\n| --qps | 50 | ${rng.pick(VERBS)} |`
            : at === 2
              ? `\n\n- ${rng.pick(TERMS)}：${rng.pick(VERBS)}\n- ${rng.pick(TERMS)}：${rng.pick(VERBS)}\n- 相关笔记：${links.join('、')}`
              : '';
      return `## ${heading.text}\n\n${paragraph()}\n\n${paragraph()}${extra}`;
    });
    const text = `---\ntitle: ${note.title}\ndescription: 关于${note.title}的学习笔记。\n---\n\n${paragraph()}\n\n${sections.join('\n\n')}\n`;
    mkdirSync(join(dir, note.file.split('/')[0]!), { recursive: true });
    writeFileSync(join(dir, note.file), text);
  }
}
