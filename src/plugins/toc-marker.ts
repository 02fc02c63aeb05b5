// Moved to src/lib/toc-marker.ts (the vault finds lead headings too); kept so plugin imports stay short.
export * from '../lib/toc-marker.ts';
