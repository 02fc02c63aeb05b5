// One drawing for both colour schemes. Mermaid draws each diagram twice (its default and dark
// themes); the two SVGs have the same shapes and differ in colours. This merges them into one
// SVG whose colours are `light-dark(L, D)`, which follows the page's `color-scheme` (set by
// src/styles/global.css from the system or the reader's choice), so a page carries each
// diagram once. Pure string work, tested in merge.test.ts against real drawings.

/** Colours as mermaid writes them (khroma's hsl(), hex, rgb(), a few names). */
const COLOR = String.raw`#[0-9a-fA-F]{3,8}\b|rgba?\([^()]*\)|hsla?\([^()]*\)|\b(?:white|black|transparent|lightgrey|lightgray|grey|gray|red|green|blue|yellow|orange|currentColor)\b`;
/**
 * In the body: colours, and path data. Mermaid's "neo" look jitters the control points of
 * straight edges at random, differently per drawing but along the same line: the light
 * drawing's path stands for both.
 */
const BODY_TOKEN = new RegExp(String.raw`(\sd="[^"]*"|${COLOR})`, 'g');
const CSS_TOKEN = new RegExp(`(${COLOR})`, 'g');
const STYLE = /<style>([\s\S]*?)<\/style>/;
/** Defined only by the dark theme: the gradient of the neo look's node borders. */
const DARK_ONLY = /<linearGradient\b[^>]*>[\s\S]*?<\/linearGradient>/g;

/**
 * The light and dark drawings of one diagram as one SVG, or undefined when they differ in more
 * than colours (the caller then keeps both). `darkPrefix` is the id prefix of the dark
 * drawing's ids, renamed to `lightPrefix`.
 */
export function mergeSchemes(light: string, dark: string, lightPrefix: string, darkPrefix: string): string | undefined {
  const lightCss = STYLE.exec(light)?.[1];
  let renamed = dark.split(darkPrefix).join(lightPrefix);
  const darkOnly = [...renamed.matchAll(DARK_ONLY)].map(([element]) => element).filter((element) => !light.includes(element));
  for (const element of darkOnly) renamed = renamed.replace(element, '');
  const darkSvg = alignIds(light, renamed);
  const darkCss = darkSvg === undefined ? undefined : STYLE.exec(darkSvg)?.[1];
  if (lightCss === undefined || darkCss === undefined || darkSvg === undefined) return undefined;

  const css = mergeCss(lightCss, darkCss);
  const lightBody = light.replace(STYLE, '\u0000');
  const darkBody = darkSvg.replace(STYLE, '\u0000');
  const body = mergeTokens(lightBody.split(BODY_TOKEN), darkBody.split(BODY_TOKEN), (l, d) => (l.startsWith(' d="') ? l : lightDark(l, d)));
  if (css === undefined || body === undefined) return undefined;
  return body.replace('\u0000', `<style>${css}</style>${darkOnly.join('')}`);
}

/**
 * Mermaid numbers some ids from a counter that runs on between drawings (sequence diagrams'
 * actors): give the dark drawing's ids, in document order, the light drawing's names.
 */
function alignIds(light: string, dark: string): string | undefined {
  const lightIds = [...light.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
  const darkIds = [...dark.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
  if (lightIds.length !== darkIds.length) return undefined;
  const names = new Map(darkIds.map((id, index) => [id, lightIds[index]!]));
  if ([...names].every(([from, to]) => from === to)) return dark;
  return dark.replace(/(\sid="|#|url\(#)([^"\s,;)#]+)/g, (whole, before: string, id: string) => (names.has(id) ? `${before}${names.get(id)}` : whole));
}

/** Pieces from split(TOKEN): even ones must match, odd ones (tokens) are merged by `merge`. */
function mergeTokens(light: string[], dark: string[], merge: (l: string, d: string) => string): string | undefined {
  if (light.length !== dark.length) return undefined;
  let out = '';
  for (let index = 0; index < light.length; index++) {
    const l = light[index]!;
    const d = dark[index]!;
    if (index % 2 === 0) {
      if (l !== d) return undefined;
      out += l;
    } else out += l === d ? l : merge(l, d);
  }
  return out;
}

function lightDark(light: string, dark: string): string {
  return `light-dark(${light},${dark})`;
}

/**
 * Rule by rule: a declaration whose values differ in colours only gets light-dark() colours;
 * one that differs otherwise (the neo look's gradient border in the dark theme) keeps the
 * light value and gets a dark-scheme rule of its own.
 */
function mergeCss(light: string, dark: string): string | undefined {
  const lightRules = cssItems(normalizeCss(light));
  const darkRules = cssItems(normalizeCss(dark));
  if (lightRules.length !== darkRules.length) return undefined;
  const overrides: string[] = [];
  const merged: string[] = [];
  for (const [index, lightRule] of lightRules.entries()) {
    const darkRule = darkRules[index]!;
    if (lightRule.selector !== darkRule.selector) return undefined;
    if (lightRule.body === darkRule.body || lightRule.selector.startsWith('@')) {
      if (lightRule.body !== darkRule.body) return undefined;
      merged.push(`${lightRule.selector}{${lightRule.body}}`);
      continue;
    }
    const lightDeclarations = declarations(lightRule.body);
    const darkDeclarations = declarations(darkRule.body);
    if (lightDeclarations.length !== darkDeclarations.length) return undefined;
    const kept: string[] = [];
    const darkOnly: string[] = [];
    for (const [position, [property, lightValue]] of lightDeclarations.entries()) {
      const [darkProperty, darkValue] = darkDeclarations[position]!;
      if (property !== darkProperty) return undefined;
      const value = lightValue === darkValue ? lightValue : mergeTokens(lightValue.split(CSS_TOKEN), darkValue.split(CSS_TOKEN), lightDark);
      if (value !== undefined) kept.push(`${property}:${value}`);
      else {
        kept.push(`${property}:${lightValue}`);
        darkOnly.push(`${property}:${darkValue}`);
      }
    }
    merged.push(`${lightRule.selector}{${kept.join(';')}}`);
    if (darkOnly.length > 0) overrides.push(...darkRulesFor(lightRule.selector, darkOnly.join(';')));
  }
  return merged.join('') + overrides.join('');
}

/** The rule for the page's dark scheme: chosen by the reader, or the system's (src/styles/global.css). */
function darkRulesFor(selector: string, body: string): string[] {
  const under = (root: string): string =>
    selector
      .split(',')
      .map((part) => `${root} ${part.trim()}`)
      .join(',');
  return [`${under(":root[data-theme='dark']")}{${body}}`, `@media (prefers-color-scheme:dark){${under(":root:not([data-theme='light'])")}{${body}}}`];
}

/** Mermaid writes the same CSS with different spacing per theme ("drop-shadow( 1px" vs "(1px"). */
function normalizeCss(css: string): string {
  return css.replace(/([(,])\s+/g, '$1').replace(/\s+\)/g, ')');
}

interface CssItem {
  selector: string;
  body: string;
}

/** Top-level rules and at-rules (@keyframes hold nested braces). */
function cssItems(css: string): CssItem[] {
  const items: CssItem[] = [];
  let start = 0;
  let depth = 0;
  let open = -1;
  for (let index = 0; index < css.length; index++) {
    const char = css[index];
    if (char === '{' && depth++ === 0) open = index;
    else if (char === '}' && --depth === 0) {
      items.push({ selector: css.slice(start, open).trim(), body: css.slice(open + 1, index) });
      start = index + 1;
    }
  }
  return items;
}

function declarations(body: string): Array<[string, string]> {
  return body
    .split(';')
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const colon = part.indexOf(':');
      return [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
    });
}
