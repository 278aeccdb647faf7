import type { FlashpointDb } from './schema';

/**
 * The student's choice to study without the built-in course (issue 12, outsider student: she
 * wanted her own notes only, and it was in every "all courses" count): a `settings` row, so a
 * progress backup carries it (`exportProgress` keeps every setting that is not the device's)
 * and Reset keeps it (a course choice, not progress). While it is set and another course
 * exists, `ensureBuiltinCourse` does not install the course again; `$lib/courses/builtin-course`
 * sets and clears it.
 */
export const BUILTIN_REMOVED_KEY = 'builtin-removed';

/** Whether the student removed the built-in course (`BUILTIN_REMOVED_KEY` set to true). */
export async function isBuiltinRemoved(db: FlashpointDb): Promise<boolean> {
	return (await db.settings.get(BUILTIN_REMOVED_KEY))?.value === true;
}
