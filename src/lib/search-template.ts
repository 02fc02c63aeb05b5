// The header's search dialog and the search page share the results template. Apart from src/lib/search.ts so that the page script, which imports that, does
// not share a chunk with the search scripts.

/**
 * Pagefind's results list with our result card: title, where the note sits (track / module),
 * the excerpt with the matched terms marked, and links to the matching sections. Our elements
 * carry no "pf-" classes: Pagefind resets the styles of those with an unbeatable selector.
 * The syntax is Pagefind's (adequate-little-templates). Used by the search page
 * (SearchResultsTemplate.astro) and the header's dialog (src/scripts/search-loader.ts).
 */
export const RESULT_TEMPLATE = `
<li class="pf-result search-hit">
  <a class="search-hit-link" href="{{ meta.url | default(url) | safeUrl }}">
    <span class="search-hit-title">{{ meta.title }}</span>
    {{#if meta.section}}<span class="search-hit-section">{{ meta.section }}</span>{{/if}}
    {{#if excerpt}}<span class="search-hit-excerpt">{{+ excerpt +}}</span>{{/if}}
  </a>
  {{#if sub_results}}
  <ul class="search-subhits">
    {{#each sub_results as sub}}
    <li><a class="search-subhit-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a></li>
    {{/each}}
  </ul>
  {{/if}}
</li>`;
