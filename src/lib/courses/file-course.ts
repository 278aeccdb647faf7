import type { PortableQuestion } from '$lib/formats/portable';
import type { FlashpointDb } from '$lib/db/schema';
import { BUILTIN_COURSE_ID, type CourseRecord } from '$lib/db/records';
import { foldText } from '$lib/text/fold';
import { storedExternalId, type ImportOrigin, type ImportPlan } from './import-plan';

/**
 * Which course on this device a question file is a copy or a changed version of (issue 12,
 * outsider: the built-in course's own `.apkg` came back as 151 duplicates with no word, and a
 * changed GIFT file defaulted to a new course "(2)"). Anki's rule: a note with the same GUID is
 * the same note (Anki manual, "Importing → Updating": notes are matched by their GUID, not
 * their deck), so ids decide first; the file's course name (`ImportResult.title`) only when no
 * id matches.
 */

/** The course a file belongs to, for the import screen's choice. */
export interface FileCourse {
	courseId: string;
	title: string;
	/** The built-in course: an import never changes it (only a new course or skipping). */
	builtin: boolean;
	/** How many of the file's questions the course has, by id (0 when found by name only). */
	byIds: number;
	/** How many questions the file has. */
	total: number;
}

/** The little of a stored question `fileCourseOf` reads. */
export interface StoredId {
	id: string;
	courseId: string;
	externalId?: string;
}

/**
 * The ids a read question may be stored under: its file id, a lone cloze's `#c1` left off, and
 * a file-local name as an import from a file of this name stored it (`storedExternalId`).
 */
function idsOf(q: Pick<PortableQuestion, 'externalId'>, origin?: ImportOrigin): string[] {
	if (!q.externalId) return [];
	const local = origin ? storedExternalId(q.externalId, origin) : undefined;
	return [...new Set([q.externalId, q.externalId.replace(/#c1$/, ''), local ?? q.externalId])];
}

/**
 * The course holding most of `read`'s file ids — as a question's own id (a file Flashpoint
 * exported: the note GUID, GIFT `[id:…]` or Moodle idnumber is the question id) or as its
 * stored `externalId` (a file imported before; Anki GUIDs are stored whole) — else the course
 * whose title is one of `fileTitles` (folded; the user's own before the built-in one; the file's
 * title now and as an earlier version named it, `fileTitles` in formats/read.ts), else none.
 * `stored`: the device's questions (id, course, external id); `courses`: every course row;
 * `origin`: where the file comes from (a GIFT title is stored with its file's name). Pure.
 */
export function fileCourseOf(
	read: readonly Pick<PortableQuestion, 'externalId'>[],
	fileTitles: readonly string[],
	stored: readonly StoredId[],
	courses: readonly Pick<CourseRecord, 'id' | 'title'>[],
	origin?: ImportOrigin
): FileCourse | null {
	const courseOf = new Map<string, string>();
	for (const q of stored) {
		courseOf.set(q.id, q.courseId);
		if (q.externalId && !courseOf.has(q.externalId)) courseOf.set(q.externalId, q.courseId);
	}
	const counts = new Map<string, number>();
	for (const q of read) {
		const course = idsOf(q, origin)
			.map((id) => courseOf.get(id))
			.find(Boolean);
		if (course) counts.set(course, (counts.get(course) ?? 0) + 1);
	}
	const best = [...counts].sort((a, b) => b[1] - a[1])[0];
	const titles = new Set(fileTitles.map(foldText));
	const named = courses
		.filter((c) => titles.has(foldText(c.title)))
		.sort((a, b) => Number(a.id === BUILTIN_COURSE_ID) - Number(b.id === BUILTIN_COURSE_ID))[0];
	const course = best ? courses.find((c) => c.id === best[0]) : named;
	if (!course) return null;
	return {
		courseId: course.id,
		title: course.title,
		builtin: course.id === BUILTIN_COURSE_ID,
		byIds: best ? best[1] : 0,
		total: read.length
	};
}

/**
 * Reads what `fileCourseOf` needs from the database: every course row, and the id, course and
 * external id of every stored question (one pass over the `questions` table, in the import
 * worker). Throws as Dexie does.
 */
export async function findFileCourse(
	db: FlashpointDb,
	read: readonly Pick<PortableQuestion, 'externalId'>[],
	fileTitles: readonly string[],
	origin: ImportOrigin
): Promise<FileCourse | null> {
	const courses = await db.courses.toArray();
	const stored: StoredId[] = [];
	await db.questions.each((q) =>
		stored.push({ id: q.id, courseId: q.courseId, externalId: q.externalId })
	);
	return fileCourseOf(read, fileTitles, stored, courses, origin);
}

/**
 * Anki's "skip duplicates" (its importer's duplicate handling "Ignore"): the questions the
 * course already has, changed or not, are left as they are and counted in `kept`; only new
 * questions are stored, and nothing is listed as no longer in the file. Pure.
 */
export function skipKnown(plan: ImportPlan): ImportPlan {
	return {
		...plan,
		updates: [],
		missing: [],
		unchanged: 0,
		kept: plan.unchanged + plan.updates.length + (plan.kept ?? 0)
	};
}
