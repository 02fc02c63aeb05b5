// Moved to src/lib/node-text.ts (the vault reads heading text too); kept so plugin imports stay short.
export * from '../lib/node-text.ts';
