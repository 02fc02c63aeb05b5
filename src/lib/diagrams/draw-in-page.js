// Runs INSIDE the headless page that draws diagrams, injected once as a script next to
// mermaid's bundle. Plain JavaScript on purpose: it is not bundled or transpiled, so nothing
// (TypeScript helpers included) can leak in from Node. Types: ./types.ts.
/**
 * Draws each job with the light and the dark configuration, then makes the SVG safe to inline
 * next to other diagrams: ids prefixed (mermaid reuses ids such as "actor0" across diagrams),
 * scripts, event handlers and javascript: URLs removed.
 */
globalThis.drawDiagrams = async function drawDiagrams(jobs, configs) {
  const mermaid = globalThis.mermaid;
  const results = [];

  const clean = (svgText, prefix, diagramType) => {
    // Parsed as HTML, as the page that shows it will: mermaid's HTML labels hold <br> and other
    // markup that is not well-formed XML. The document is inert: nothing in it loads or runs.
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = svgText;
    const root = doc.body.firstElementChild;
    if (!root || root.tagName.toLowerCase() !== 'svg' || doc.body.children.length !== 1) {
      throw new Error('mermaid produced something other than one <svg> element');
    }
    for (const script of [...root.querySelectorAll('script')]) script.remove();
    // A Gantt chart's line at "today" would mark the day of the build, and move a pixel between
    // the light and the dark drawing (so they could not be one): a built page has no today.
    if (diagramType === 'gantt') for (const line of [...root.querySelectorAll(':scope > g.today')]) line.remove();
    const renamed = new Map();
    const seen = new Map();
    for (const element of [...root.querySelectorAll('[id]')]) {
      const old = element.id;
      if (element === root || old.startsWith(`${prefix}-`)) continue;
      const count = seen.get(old) ?? 0;
      seen.set(old, count + 1);
      const next = `${prefix}-${old.replace(/[^\w-]/g, (c) => c.charCodeAt(0).toString(36))}${count ? `-${count}` : ''}`;
      if (!renamed.has(old)) renamed.set(old, next);
      element.id = next;
    }
    const escapeId = (id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const patterns = [...renamed].map(([old, next]) => [new RegExp(`#${escapeId(old)}(?![\\w-])`, 'g'), `#${next}`]);
    const rewrite = (text) => patterns.reduce((value, [pattern, next]) => value.replace(pattern, next), text);
    for (const element of [root, ...root.querySelectorAll('*')]) {
      for (const attribute of [...element.attributes]) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) {
          element.removeAttribute(attribute.name);
        } else if ((name === 'href' || name === 'xlink:href') && /^\s*(javascript|data):/i.test(attribute.value)) {
          element.removeAttribute(attribute.name);
        } else if (name === 'aria-labelledby' || name === 'aria-describedby') {
          element.setAttribute(attribute.name, attribute.value.split(/\s+/).map((id) => renamed.get(id) ?? id).join(' '));
        } else if (attribute.value.includes('#')) {
          element.setAttribute(attribute.name, rewrite(attribute.value));
        }
      }
    }
    for (const style of [...root.querySelectorAll('style')]) style.textContent = rewrite(style.textContent ?? '');
    const box = root.getAttribute('viewBox')?.split(/[\s,]+/).map(Number) ?? [];
    return { svg: root.outerHTML, width: box[2] ?? 0, height: box[3] ?? 0, root };
  };

  for (const job of jobs) {
    try {
      mermaid.initialize(configs.light);
      const light = await mermaid.render(job.id, job.source);
      mermaid.initialize(configs.dark);
      const dark = await mermaid.render(`${job.id}-dark`, job.source);
      const lightClean = clean(light.svg, job.id, light.diagramType);
      const darkClean = clean(dark.svg, `${job.id}-dark`, dark.diagramType);
      const root = lightClean.root;
      const labels = [...root.querySelectorAll('text, .nodeLabel, .label, span, p')]
        .filter((element) => element.children.length === 0)
        .map((element) => (element.textContent ?? '').trim())
        .filter((text, index, all) => text && all.indexOf(text) === index);
      results.push({
        ok: true,
        diagramType: light.diagramType,
        title: root.querySelector(':scope > title')?.textContent?.trim() ?? '',
        description: root.querySelector(':scope > desc')?.textContent?.trim() ?? '',
        labels: labels.slice(0, 12),
        light: { svg: lightClean.svg, width: lightClean.width, height: lightClean.height },
        dark: { svg: darkClean.svg, width: darkClean.width, height: darkClean.height },
      });
    } catch (error) {
      results.push({ ok: false, message: error instanceof Error ? error.message : String(error) });
    } finally {
      // mermaid leaves its scratch elements behind when a diagram fails.
      for (const element of [...document.body.children]) element.remove();
    }
  }
  return results;
};
