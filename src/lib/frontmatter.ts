// Frontmatter as editors and blog templates leave it (Hexo, Typora, Obsidian): `tags:` with
// nothing after it, `date:` left blank, `title: 2024`. An empty value means "not given".

/** Fields whose value is text, though YAML may read a number or date there (`title: 2024`). */
const TEXT_FIELDS = ['title', 'description', 'summary', 'track'];

/**
 * The frontmatter with empty values removed (null, blank strings, empty lists, and empty items
 * of lists), and numbers in text fields and tag lists turned into text. Other values are
 * left for the schema to check; unknown fields are kept.
 */
export function normalizeFrontmatter(data: Record<string, unknown>): Record<string, unknown> {
  const normalized: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(data)) {
    let value = raw;
    if (Array.isArray(value)) value = value.filter((item) => !isEmpty(item));
    if (isEmpty(value)) continue;
    if (TEXT_FIELDS.includes(key) && typeof value === 'number') value = String(value);
    if (key === 'tags' && Array.isArray(value)) value = value.map((item) => (typeof item === 'number' ? String(item) : item));
    normalized[key] = value;
  }
  return normalized;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}
