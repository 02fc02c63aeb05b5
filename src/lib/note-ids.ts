// Ids (and so URLs) for every note of a folder at once. A file's id is its path with number
// prefixes dropped (paths.ts); when that makes two siblings clash ("03-gitops.md" and
// "05-gitops.md", "33.K8S kube-ovn.md" and "38. K8S kube-ovn.md", or a folder's index.md next to
// its README.md), the clashing ones keep what tells them apart, so every file is published.
import { HOME_ID, isIndexFile, segmentToSlug, segmentsOf } from './paths.ts';

export interface IdAssignment {
  /** File (as given) -> id. */
  ids: Map<string, string>;
  /** Files and folders that kept their number prefix (or README name) to stay apart, as paths. */
  kept: string[];
  /** Groups of files that still share one id (e.g. "A B.md" and "a-b.md"): the caller reports them. */
  clashes: string[][];
  /** Files whose name has nothing to make a URL from, with the reason. */
  invalid: { file: string; message: string }[];
}

/** Assigns every Markdown file of the notes folder its id; see the module comment for the rules. */
export function assignIds(files: readonly string[]): IdAssignment {
  const children = new Map<string, Set<string>>();
  for (const file of files) {
    const segments = segmentsOf(file);
    segments.forEach((segment, depth) => {
      const folder = segments.slice(0, depth).join('/');
      children.set(folder, (children.get(folder) ?? new Set()).add(segment));
    });
  }

  // Folder path -> child name -> the slug it takes ('' for an index file folded into its folder).
  const slugs = new Map<string, Map<string, string>>();
  const kept: string[] = [];
  const invalid: IdAssignment['invalid'] = [];
  for (const [folder, names] of children) {
    const groups = new Map<string, string[]>();
    for (const name of names) {
      let key: string;
      try {
        key = isLeafIndex(folder, name, files) ? '' : segmentToSlug(name);
      } catch (error) {
        invalid.push({ file: folder ? `${folder}/${name}` : name, message: error instanceof Error ? error.message : String(error) });
        continue;
      }
      groups.set(key, [...(groups.get(key) ?? []), name]);
    }
    const resolved = new Map<string, string>();
    for (const [key, group] of groups) {
      if (group.length === 1) {
        resolved.set(group[0]!, key);
      } else if (key === '') {
        // index.md and README.md: index.md is the folder's page (as on a static host); README.md gets its own.
        const main = group.find((name) => /^index\./i.test(name)) ?? group[0]!;
        for (const name of group) resolved.set(name, name === main ? '' : segmentToSlug(name));
        kept.push(...group.filter((name) => name !== main).map((name) => (folder ? `${folder}/${name}` : name)));
      } else {
        for (const name of group) resolved.set(name, segmentToSlug(name, { keepPrefix: true }));
        kept.push(...group.map((name) => (folder ? `${folder}/${name}` : name)));
      }
    }
    slugs.set(folder, resolved);
  }

  const ids = new Map<string, string>();
  const owners = new Map<string, string[]>();
  const broken = new Set(invalid.map(({ file }) => file));
  for (const file of files) {
    const segments = segmentsOf(file);
    const parts: string[] = [];
    let skip = false;
    segments.forEach((segment, depth) => {
      const folder = segments.slice(0, depth).join('/');
      if (broken.has(folder ? `${folder}/${segment}` : segment)) skip = true;
      const slug = slugs.get(folder)?.get(segment);
      if (slug) parts.push(slug);
    });
    if (skip) continue;
    const id = parts.length === 0 ? HOME_ID : parts.join('/');
    ids.set(file, id);
    owners.set(id, [...(owners.get(id) ?? []), file]);
  }
  const clashes = [...owners.values()].filter((group) => group.length > 1);
  return { ids, kept: kept.sort(), clashes, invalid };
}

/** Whether `name` inside `folder` is an index file (not a folder called "index"). */
function isLeafIndex(folder: string, name: string, files: readonly string[]): boolean {
  if (!isIndexFile(name) || !/\.(md|markdown)$/i.test(name)) return false;
  const path = folder ? `${folder}/${name}` : name;
  return files.some((file) => segmentsOf(file).join('/') === path);
}

/** The one warning line of a build whose notes kept prefixes in their URLs. */
export function keptPrefixWarning(kept: readonly string[]): string | undefined {
  if (kept.length === 0) return undefined;
  const shown = kept.slice(0, 6).join(', ') + (kept.length > 6 ? `, … (${kept.length} in all)` : '');
  return `${kept.length} names keep their number prefix (or README) in the URL, since without it two would share one: ${shown}.`;
}
