import { momentText } from '$lib/text/when';

/**
 * A quiz link or join code opened on the device where its teacher deleted the quiz (outsider
 * teacher: after deleting a quiz, its join code still opened it on her laptop for a student
 * joining by code). It says so instead of showing the quiz; restored from a classroom file, the
 * quiz opens again. Other phones know nothing of the deletion and open it as before.
 */

/** The classroom database's name (`ClassroomDatabase`): only a teacher's device has it. */
const CLASSROOM_DB = 'flashpoint-classroom';

/**
 * When quiz `id` was deleted on this device (ms since the epoch), or null. A student's phone has
 * no classroom database: it is neither opened nor created there (nor its code loaded), where the
 * browser can list its databases.
 */
export async function quizDeletedHere(id: string): Promise<number | null> {
	const quizzes = await teacherQuizzes();
	return quizzes ? quizzes.deletedAt(id).catch(() => null) : null;
}

/**
 * This device's classroom quizzes (`QuizRepository`, loaded on demand), or null on a device that
 * has none: a student's phone, where no classroom database is opened or created.
 */
export async function teacherQuizzes() {
	const listed = await indexedDB.databases?.().catch(() => null);
	if (listed && !listed.some((d) => d.name === CLASSROOM_DB)) return null;
	const { QuizRepository } = await import('$lib/db/classroom-quizzes');
	return new QuizRepository();
}

/** What the Quiz screen says for a deleted quiz's link or code (`deletedAt`: ms since the epoch). */
export function deletedQuizMessage(deletedAt: number, locales?: string, timeZone?: string): string {
	return `This quiz was deleted on this device (${momentText(deletedAt, locales, timeZone)}), so it does not open here. To use it again, restore it on the Classroom screen from a classroom file exported before then: Import a classroom file, then Restore what you deleted.`;
}
