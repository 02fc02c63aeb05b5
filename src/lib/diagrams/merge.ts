// One drawing for both colour schemes. Mermaid draws each diagram twice (its default and dark
// themes); the two SVGs have the same shapes and differ in colours. This merges them into one
// SVG whose colours are `light-dark(L, D)`, which follows the page's `color-scheme` (set by
// src/styles/global.css from the system or the reader's choice), so a page carries each
// diagram once. Pure string work, tested in merge.test.ts against real drawings.

/** Colours as mermaid writes them (khroma's hsl(), hex, rgb(), a few names). */
const COLOR = String.raw`#[0-9a-fA-F]{3,8}\b|rgba?\([^()]*\)|hsla?\([^()]*\)|(?<![\w-])(?:white|black|transparent|lightgrey|lightgray|grey|gray|red|green|blue|yellow|orange|currentColor)(?![\w-])`;
/**
 * In the body: colours, path data and class lists. Mermaid's "neo" look jitters the control
 * points of straight edges at random, differently per drawing but along the same line: the
 * light drawing's path stands for both. Class lists may differ by a class one theme adds (the
 * class diagram's `neo-line` divider, only where the theme has no gradient borders).
 */
const BODY_TOKEN = new RegExp(String.raw`(\sd="[^"]*"|\sclass="[^"]*"|${COLOR})`, 'g');
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

  const lightBody = light.replace(STYLE, '\u0000');
  const darkBody = darkSvg.replace(STYLE, '\u0000');
  const classes: SchemeClasses = { light: new Set(), dark: new Set() };
  const body = mergeTokens(lightBody.split(BODY_TOKEN), darkBody.split(BODY_TOKEN), (l, d) => {
    if (l.startsWith(' d="')) return l;
    if (l.startsWith(' class="') && d.startsWith(' class="')) return mergeClasses(l, d, classes);
    if (l.startsWith(' class="') || d.startsWith(' class="')) return undefined;
    return lightDark(l, d);
  });
  if (body === undefined || !classesKeepTheirScheme(lightBody, darkBody, classes)) return undefined;
  const css = mergeCss(lightCss, darkCss, classes);
  if (css === undefined) return undefined;
  return body.replace('\u0000', `<style>${css}</style>${darkOnly.join('')}`);
}

/** Classes that only one scheme's drawing puts on an element. */
interface SchemeClasses {
  light: Set<string>;
  dark: Set<string>;
}

const classList = (attribute: string): string[] => attribute.slice(' class="'.length, -1).split(/\s+/).filter(Boolean);

/** One element's class lists: the union, noting which classes only one scheme has. */
function mergeClasses(light: string, dark: string, classes: SchemeClasses): string {
  const lightList = classList(light);
  const darkList = classList(dark);
  for (const name of lightList) if (!darkList.includes(name)) classes.light.add(name);
  for (const name of darkList) if (!lightList.includes(name)) classes.dark.add(name);
  return ` class="${[...lightList, ...darkList.filter((name) => !lightList.includes(name))].join(' ')}"`;
}

/**
 * A class only one scheme adds can be kept on the merged drawing, with the rules that select
 * it applied in that scheme only, when the other drawing never uses that class: then, in the
 * other scheme, no rule sees it and the elements look as they were drawn.
 */
function classesKeepTheirScheme(lightBody: string, darkBody: string, classes: SchemeClasses): boolean {
  const used = (body: string): Set<string> => new Set([...body.matchAll(/\sclass="([^"]*)"/g)].flatMap(([, list = '']) => list.split(/\s+/)));
  const inLight = used(lightBody);
  const inDark = used(darkBody);
  return [...classes.light].every((name) => !inDark.has(name)) && [...classes.dark].every((name) => !inLight.has(name));
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

/**
 * Pieces from split(TOKEN): even ones must match, odd ones (tokens) are merged by `merge`,
 * which may refuse (undefined).
 */
function mergeTokens(light: string[], dark: string[], merge: (l: string, d: string) => string | undefined): string | undefined {
  if (light.length !== dark.length) return undefined;
  let out = '';
  for (let index = 0; index < light.length; index++) {
    const l = light[index]!;
    const d = dark[index]!;
    if (index % 2 === 0) {
      if (l !== d) return undefined;
      out += l;
    } else {
      const merged = l === d ? l : merge(l, d);
      if (merged === undefined) return undefined;
      out += merged;
    }
  }
  return out;
}

function lightDark(light: string, dark: string): string {
  return `light-dark(${light},${dark})`;
}

/**
 * Rule by rule: a declaration whose values differ in colours only gets light-dark() colours;
 * one that differs otherwise (the neo look's gradient border in the dark theme) keeps the
 * light value and gets a dark-scheme rule of its own. Rules only one theme writes (the dark
 * theme's timeline sections), and rules selecting a class only one scheme's drawing uses,
 * apply in that scheme only.
 */
function mergeCss(light: string, dark: string, classes: SchemeClasses): string | undefined {
  const lightRules = cssItems(normalizeCss(light));
  const darkRules = cssItems(normalizeCss(dark));
  const overrides: string[] = [];
  const merged: string[] = [];
  const selects = (names: Set<string>, selector: string): boolean => [...names].some((name) => new RegExp(String.raw`\.${name.replace(/[^\w-]/g, '\\$&')}(?![\w-])`).test(selector));
  const emit = (scheme: Scheme | 'both', rule: CssItem): void => {
    if (scheme === 'both') merged.push(`${rule.selector}{${rule.body}}`);
    else if (rule.selector.startsWith('@')) throw new SchemeMismatch();
    else overrides.push(...schemeRules(scheme, rule.selector, rule.body));
  };
  try {
    for (const [lightRule, darkRule] of alignRules(lightRules, darkRules)) {
      if (lightRule === undefined || darkRule === undefined) {
        const rule = (lightRule ?? darkRule)!;
        emit(lightRule ? 'light' : 'dark', rule);
        continue;
      }
      if (selects(classes.light, lightRule.selector)) {
        emit('light', lightRule);
        continue;
      }
      if (selects(classes.dark, darkRule.selector)) {
        emit('dark', darkRule);
        continue;
      }
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
      if (darkOnly.length > 0) overrides.push(...schemeRules('dark', lightRule.selector, darkOnly.join(';')));
    }
  } catch (error) {
    if (error instanceof SchemeMismatch) return undefined;
    throw error;
  }
  return merged.join('') + overrides.join('');
}

/** An at-rule (@keyframes, @media) that only one theme writes: not something a selector can scope. */
class SchemeMismatch extends Error {}

/**
 * The two themes' rules side by side, matched by selector in order (a longest common
 * subsequence): a rule one theme lacks is paired with undefined.
 */
function alignRules(light: CssItem[], dark: CssItem[]): Array<[CssItem | undefined, CssItem | undefined]> {
  const rows = light.length;
  const columns = dark.length;
  // common[i][j]: the longest common run of selectors in light[i..] and dark[j..].
  const common = Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(0));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = columns - 1; j >= 0; j--) {
      common[i]![j] = light[i]!.selector === dark[j]!.selector ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const pairs: Array<[CssItem | undefined, CssItem | undefined]> = [];
  let i = 0;
  let j = 0;
  while (i < rows || j < columns) {
    if (i < rows && j < columns && light[i]!.selector === dark[j]!.selector) pairs.push([light[i++], dark[j++]]);
    else if (j < columns && (i === rows || common[i]![j + 1]! >= common[i + 1]![j]!)) pairs.push([undefined, dark[j++]]);
    else pairs.push([light[i++], undefined]);
  }
  return pairs;
}

type Scheme = 'light' | 'dark';

/**
 * A rule for one scheme of the page: chosen by the reader, or the system's
 * (src/styles/global.css). Print and the module's print view are light (print.css, study.css).
 */
function schemeRules(scheme: Scheme, selector: string, body: string): string[] {
  const under = (root: string, inner = selector): string =>
    inner
      .split(',')
      .map((part) => `${root} ${part.trim()}`)
      .join(',');
  const onScreen = ":not(:has(.print-view))";
  if (scheme === 'dark') {
    return [
      `@media screen{${under(`:root[data-theme='dark']${onScreen}`)}{${body}}}`,
      `@media screen and (prefers-color-scheme:dark){${under(`:root:not([data-theme='light'])${onScreen}`)}{${body}}}`,
    ];
  }
  return [
    `${under(":root[data-theme='light']")},${under(':root:has(.print-view)')}{${body}}`,
    `@media print{${selector}{${body}}}`,
    `@media not (prefers-color-scheme:dark){${under(":root:not([data-theme='dark'])")}{${body}}}`,
  ];
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
