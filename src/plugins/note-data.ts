// Moved to src/lib/note-data.ts (lib must not import plugins); kept so plugin imports stay short.
export * from '../lib/note-data.ts';
