// What the browser needs to count progress: module id -> its note ids in reading order.
import type { Course } from '../course.ts';

export function courseIndex(course: Pick<Course, 'modules'>): Record<string, string[]> {
  return Object.fromEntries(course.modules.map((module) => [module.id, module.notes.map((note) => note.id)]));
}
