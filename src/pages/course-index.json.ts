// The course's modules and their notes' ids, for the progress script ("x / n" per module,
// "继续学习"): fetched once the page is idle instead of weighing on every page's HTML.
import type { APIRoute } from 'astro';
import { getCourse } from '../lib/get-course.ts';
import { courseIndex } from '../lib/progress/course-index.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(courseIndex(await getCourse())), { headers: { 'Content-Type': 'application/json' } });
