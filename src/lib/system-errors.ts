// Failures of the machine rather than of the notes (the browser, the disk): the build stops with
// one sentence naming the cause and what to do, without a stack trace and without naming a note.

/** The error to stop with when `error` comes from the machine; undefined when it does not. */
export function systemFailure(error: unknown): Error | undefined {
  // By name, not instanceof: the renderer's errors cross Astro's module graphs.
  if (error instanceof Error && error.name === 'BrowserError') return plainError(error.message);
  const { code, path } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; path?: unknown };
  const where = typeof path === 'string' ? ` writing ${path}` : '';
  if (code === 'ENOSPC' || code === 'EDQUOT') return plainError(`The disk is full (${code}${where}): free some space, then build again.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return plainError(`The build may not write here (${code}${where}): check the folder's permissions, then build again.`);
  if (code === 'EMFILE' || code === 'ENFILE') return plainError(`Too many open files (${code}): raise the limit (ulimit -n), then build again.`);
  return undefined;
}

/** An error whose whole report is its message: Astro prints a stack trace only when there is one. */
export function plainError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}

/** Runs a build step; a failure of the machine becomes one plain sentence. */
export async function explainingSystemFailures<T>(step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw systemFailure(error) ?? error;
  }
}
