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
 * their deck), so ids decide first; then, for a file without ids (Quizlet, a sheet), the same
 * questions and answers (student outsider, session 33: a Quizlet file whose 30 terms were all in
 * two courses defaulted to "A new course", no word said); the file's course name
 * (`ImportResult.title`) only when neither matches.
 */

/** The course a file belongs to, for the import screen's choice. */
export interface FileCourse {
	courseId: string;
	title: string;
	/** The built-in course: an import never changes it (only a new course or skipping). */
	builtin: boolean;
	/** How many of the file's questions the course has, by id (0 when found by name only). */
	byIds: number;
	/**
	 * Found by words, not ids: how many of the file's questions the course has with the same
	 * prompt and answer (folded, `textKey`); absent when found by id or name.
	 */
	byText?: number;
	/** How many questions the file has. */
	total: number;
}

/** The little of a stored question `fileCourseOf` reads. */
export interface StoredId {
	id: string;
	courseId: string;
	externalId?: string;
	/** `textKey` of the question's prompt and answer. */
	text?: string;
}

/** A question's prompt and answer as a copy is recognised by them: folded, case and accents aside. */
export function textKey(q: { prompt: string; answer: string }): string {
	return `${foldText(q.prompt)}\u0000${foldText(q.answer)}`;
}

/** The course holding most of `keys` (each a stored question's key), with how many. */
function most(
	read: readonly Partial<Pick<PortableQuestion, 'externalId' | 'prompt' | 'answer'>>[],
	keysOf: (q: (typeof read)[number]) => string[],
	courseOf: ReadonlyMap<string, string>
): [course: string, count: number] | undefined {
	const counts = new Map<string, number>();
	for (const q of read) {
		const course = keysOf(q)
			.map((key) => courseOf.get(key))
			.find(Boolean);
		if (course) counts.set(course, (counts.get(course) ?? 0) + 1);
	}
	return [...counts].sort((a, b) => b[1] - a[1])[0];
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
 * holding most of its questions by prompt and answer (`textKey`, `byText`; the person's courses
 * before the built-in one), else the course whose title is one of `fileTitles` (folded; the user's own before the built-in one; the file's
 * title now and as an earlier version named it, `fileTitles` in formats/read.ts), else none.
 * `stored`: the device's questions (id, course, external id, text key); `courses`: every course row;
 * `origin`: where the file comes from (a GIFT title is stored with its file's name). Pure.
 */
export function fileCourseOf(
	read: readonly Partial<Pick<PortableQuestion, 'externalId' | 'prompt' | 'answer'>>[],
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
	const best = most(read, (q) => idsOf(q, origin), courseOf);
	// No id matched: the same prompt and answer, the person's own courses before the built-in.
	const courseOfText = new Map<string, string>();
	if (!best)
		for (const q of [...stored].sort(
			(a, b) => Number(a.courseId === BUILTIN_COURSE_ID) - Number(b.courseId === BUILTIN_COURSE_ID)
		))
			if (q.text && !courseOfText.has(q.text)) courseOfText.set(q.text, q.courseId);
	const byText = best
		? undefined
		: most(
				read,
				(q) =>
					q.prompt !== undefined && q.answer !== undefined
						? [textKey({ prompt: q.prompt, answer: q.answer })]
						: [],
				courseOfText
			);
	const titles = new Set(fileTitles.map(foldText));
	const named = courses
		.filter((c) => titles.has(foldText(c.title)))
		.sort((a, b) => Number(a.id === BUILTIN_COURSE_ID) - Number(b.id === BUILTIN_COURSE_ID))[0];
	const found = best ?? byText;
	const course = found ? courses.find((c) => c.id === found[0]) : named;
	if (!course) return null;
	return {
		courseId: course.id,
		title: course.title,
		builtin: course.id === BUILTIN_COURSE_ID,
		byIds: best ? best[1] : 0,
		...(byText ? { byText: byText[1] } : {}),
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
	read: readonly Partial<Pick<PortableQuestion, 'externalId' | 'prompt' | 'answer'>>[],
	fileTitles: readonly string[],
	origin: ImportOrigin
): Promise<FileCourse | null> {
	const courses = await db.courses.toArray();
	const stored: StoredId[] = [];
	await db.questions.each((q) =>
		stored.push({ id: q.id, courseId: q.courseId, externalId: q.externalId, text: textKey(q) })
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
