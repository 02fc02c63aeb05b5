// Which file holds a page's link preview. The build writes the previews in groups, about
// PREVIEWS_PER_FILE to a file, where it once wrote a file per page: each page Astro writes costs
// about 1.8 ms besides its bytes (1,000 notes: 1.8 s of page generation for 1,016 files). A
// reader's first pause on a link fetches the group: on the course, with every section's first
// paragraph, a file is 6.2 KB gzipped at the median and 12.6 KB at most (one preview was
// 1.8 KB, the target page itself is 20-30 KB); groups of 16 were 18 KB, as much as the page.
// No imports: the link-preview script in the browser uses the same functions as the build.

/** Previews per file, on average. */
export const PREVIEWS_PER_FILE = 4;

/** How many preview files a site of `pages` previewable pages has. */
export function previewFileCount(pages: number): number {
  return Math.max(1, Math.ceil(pages / PREVIEWS_PER_FILE));
}

/** The file (0 .. files-1) holding the preview of the page `id`: FNV-1a over the id's UTF-16 units. */
export function previewFileIndex(id: string, files: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % Math.max(1, files);
}

/** The path of preview file `index` under the site's base ("/repo/" -> "/repo/previews/3.json"). */
export function previewFilePath(base: string, index: number): string {
  return `${base.endsWith('/') ? base : `${base}/`}previews/${index}.json`;
}
