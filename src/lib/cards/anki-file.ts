/** The Anki deck's file name under /review/ (the build writes it, the review page links it). */
export const ANKI_FILE = 'study-notes.apkg';
