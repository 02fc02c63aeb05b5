// The colour pairs (light theme, dark theme) Shiki gives most tokens of the course's code, each
// with a class. src/plugins/shiki-compact.ts puts the class on a token instead of its style
// attribute (`--shiki-light:#032F62;--shiki-dark:#A5D6FF`, repeated on thousands of tokens), and
// the class sets the same two custom properties: in src/styles/code-blocks.css for the site (a
// test keeps the two lists equal) and in the Anki deck's stylesheet. A pair not listed keeps its
// style attribute, so a theme change can only make tokens longer, never wrong.
export const TOKEN_COLOURS: Readonly<Record<string, readonly [light: string, dark: string]>> = {
  'tk-string': ['#032f62', '#a5d6ff'],
  'tk-tag': ['#22863a', '#7ee787'],
  'tk-keyword': ['#d73a49', '#ff7b72'],
  'tk-constant': ['#005cc5', '#79c0ff'],
  'tk-type': ['#6f42c1', '#ffa657'],
  'tk-comment': ['#6a737d', '#8b949e'],
  'tk-function': ['#6f42c1', '#d2a8ff'],
  'tk-variable': ['#e36209', '#ffa657'],
};

const byColours = new Map(Object.entries(TOKEN_COLOURS).map(([name, [light, dark]]) => [`${light} ${dark}`, name]));

/** The class of a token in these colours (lower-case hex), if it has one. */
export function tokenClass(light: string, dark: string): string | undefined {
  return byColours.get(`${light} ${dark}`);
}

/** The rules that give each class its colours, inside `scope` (e.g. ".card pre"). */
export function tokenColourRules(scope: string): string {
  return Object.entries(TOKEN_COLOURS)
    .map(([name, [light, dark]]) => `${scope} .${name} { --shiki-light: ${light}; --shiki-dark: ${dark}; }`)
    .join('\n');
}
