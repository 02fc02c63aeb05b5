// The routes this feature adds next to the notes: /map/ and /<module>/print/. A note or module
// already published at one of those URLs would be silently overwritten, so the build stops.
import type { Course, Module } from '../course.ts';
import { idToUrl } from '../paths.ts';

/** The id a route would have, checked against every note and module of the course. */
export function assertRouteFree(course: Pick<Course, 'notes' | 'modules'>, id: string, what: string): void {
  const note = course.notes.find((candidate) => candidate.id === id);
  const module = course.modules.find((candidate) => candidate.id === id);
  const owner = note ? `the note ${note.file}` : module ? `the module folder "${module.folder}"` : undefined;
  if (owner) throw new Error(`${what} would be published at /${id}/, where ${owner} is. Rename the file or folder.`);
}

/** One print view per module that has a page and notes. */
export function printViewPaths(course: Pick<Course, 'notes' | 'modules'>): { params: { module: string }; props: { module: Module } }[] {
  return course.modules
    .filter((module) => module.url && module.notes.length > 0)
    .map((module) => {
      assertRouteFree(course, `${module.id}/print`, `The print view of the module "${module.title}"`);
      return { params: { module: module.id }, props: { module } };
    });
}

/** The print view's URL of a module. */
export function printViewUrl(base: string, moduleId: string): string {
  return idToUrl(base, `${moduleId}/print`);
}
