// Notes and the site's own pages share one URL space: a module folder named "review" would be
// published at /review/, where the review page lives, and Astro would quietly keep only one of
// the two. This finds such clashes so that the build can stop and say which.

/** Folders the build writes besides pages: a note under them would be overwritten or shadow them. */
const BUILD_FOLDERS = ['_astro', 'pagefind'];

/**
 * The site paths of the page files under src/pages, from their paths relative to it
 * ("review/index.astro" -> "review", "rss.xml.ts" -> "rss.xml"); dynamic routes ([...slug]) are skipped,
 * and so are files Astro does not publish (a name or folder starting with "_").
 */
export function pageRoutes(files: readonly string[]): string[] {
  return files
    .map((file) => file.replace(/^\.?\//, ''))
    .filter((file) => !file.includes('[') && !/(^|\/)_/.test(file))
    .map((file) => file.replace(/\.(astro|ts|js|md|mdx)$/, '').replace(/(^|\/)index$/, ''))
    .filter((route) => route !== '');
}

/** Every entry id published at a page's path or inside a folder the build writes, with what it clashes with. */
export function routeClashes(ids: readonly string[], routes: readonly string[]): { id: string; route: string }[] {
  const clashes: { id: string; route: string }[] = [];
  for (const id of ids) {
    const page = routes.find((route) => route === id);
    const folder = BUILD_FOLDERS.find((name) => id === name || id.startsWith(`${name}/`));
    if (page ?? folder) clashes.push({ id, route: (page ?? folder)! });
  }
  return clashes;
}
