// A module's print view puts several notes on one page, where their heading ids would clash
// (every note has a "自测" section). Each note's headings get the note's prefix, and the links
// to them (heading links, the [toc]) follow. Other ids (diagrams, footnotes) are left alone:
// diagram ids are unique per drawing, and the diagram step fills pages after this.

const HEADING_ID = /(<h[1-6]\b[^>]*?\sid=")([^"]+)"/g;
const FRAGMENT_LINK = /(\shref="#)([^"]+)"/g;

/** The HTML of one note with its heading ids, and links to them, prefixed: "自测" -> "note-2-自测". */
export function prefixHeadingIds(html: string, prefix: string): string {
  const ids = new Set([...html.matchAll(HEADING_ID)].map((match) => match[2] ?? ''));
  return html
    .replace(HEADING_ID, (_match, start: string, id: string) => `${start}${prefix}-${id}"`)
    .replace(FRAGMENT_LINK, (match, start: string, fragment: string) => (ids.has(fragment) || ids.has(safeDecode(fragment)) ? `${start}${prefix}-${fragment}"` : match));
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
