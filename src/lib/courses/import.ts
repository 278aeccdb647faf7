import * as v from 'valibot';
import { QuestionSchema, type Question } from '$lib/content/schema';
import type { ImportProblem, PortableQuestion } from '$lib/formats/portable';
import { foldText } from '$lib/text/fold';
import { courseItemId, type DocumentRecord, type QuestionRecord } from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';
import {
	courseQuestions,
	CourseInputError,
	createCourse,
	guarded,
	refreshCourse,
	type NewCourseDocument
} from './create';

/**
 * Questions read from another tool's file (`$lib/formats`) becoming a course's questions:
 * `planImport` decides what will be stored (for the preview; nothing is written), then
 * `importAsNewCourse` or `importIntoCourse` writes it in one transaction. Imported questions
 * are `accepted` (a person wrote them) with `origin: 'imported'`; the file itself becomes one
 * document of the course (title: the file's name, outlet: its format), so every question keeps
 * where it came from. A question keeps a source sentence only when its file carried one
 * (`source.quote` is `''` otherwise): none is ever invented.
 */

/** Where imported questions came from. */
export interface ImportOrigin {
	/** The file's name, or `Pasted text`. */
	fileName: string;
	/** The format as a person names it (`Moodle GIFT`). */
	formatLabel: string;
}

/** What an import will store, for the preview. */
export interface ImportPlan {
	/** Checked by `QuestionSchema`, in file order; ids and `source.doc` are placeholders. */
	questions: Question[];
	/** Questions left out because the file or the target course already has them. */
	duplicates: { prompt: string; inCourse: boolean }[];
	/** Questions a reader accepted that a course cannot hold, worded for a person. */
	problems: ImportProblem[];
}

/** The identity of a question for duplicate checks: type, prompt and answer, folded. */
function identity(q: Pick<Question, 'type' | 'prompt' | 'answer'>): string {
	return [q.type, foldText(q.prompt), foldText(q.answer)].join('\u0000');
}

/** A fact key shared by the cards of one note (Anki's siblings: cloze numbers, reversed card). */
function factOf(q: PortableQuestion, index: number): string {
	const note = q.externalId?.replace(/#(c\d+|r)$/, '');
	return note ? `note-${note}` : `i-${index + 1}`;
}

/**
 * A read question as a course question (placeholder id `i-<n>`, `source.doc` `import`): the
 * file's explanation (`''` when it gives none; the file is named by its document, not here);
 * difficulty 2 (medium).
 */
export function toImportedQuestion(q: PortableQuestion, index: number): Question {
	return {
		id: `i-${index + 1}`,
		type: q.type,
		prompt: q.prompt,
		answer: q.answer,
		...(q.accept?.length ? { accept: [...q.accept] } : {}),
		...(q.choices ? { choices: [...q.choices] } : {}),
		// Empty, not a sentence about the file: screens say there is none (`explanationOf`).
		explanation: q.explanation ?? '',
		source: { doc: 'import', quote: q.quote ?? '' },
		fact: factOf(q, index),
		topics: [...q.topics],
		difficulty: 2,
		origin: 'imported'
	};
}

/**
 * Decides what an import stores: each read question converted and checked by `QuestionSchema`
 * (a failure is a problem naming the question), questions repeated in the file or already in
 * `existing` (same type, prompt and answer, folded) left out and listed. Pure; writes nothing.
 */
export function planImport(
	read: readonly PortableQuestion[],
	origin: ImportOrigin,
	existing: readonly Pick<Question, 'type' | 'prompt' | 'answer'>[] = []
): ImportPlan {
	const inCourse = new Set(existing.map(identity));
	const seen = new Set<string>();
	const plan: ImportPlan = { questions: [], duplicates: [], problems: [] };
	read.forEach((portable, index) => {
		const question = toImportedQuestion(portable, index);
		const key = identity(question);
		if (inCourse.has(key) || seen.has(key)) {
			plan.duplicates.push({ prompt: question.prompt, inCourse: inCourse.has(key) });
			return;
		}
		seen.add(key);
		const checked = v.safeParse(QuestionSchema, question);
		if (checked.success) plan.questions.push(checked.output);
		else
			plan.problems.push({
				message: `“${short(question.prompt)}”: ${checked.issues[0].message}`
			});
	});
	return plan;
}

function short(text: string): string {
	return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The course document standing for the imported file: its source sentences as its text. */
function fileDocument(plan: ImportPlan, origin: ImportOrigin): NewCourseDocument {
	const quotes = [...new Set(plan.questions.map((q) => q.source.quote).filter(Boolean))];
	return {
		title: origin.fileName,
		outlet: origin.formatLabel,
		text: quotes.join('\n\n'),
		questions: plan.questions
	};
}

/**
 * Stores a plan as a new user course titled `title`, all questions accepted, in one transaction.
 * Returns the course id. Throws `CourseInputError` (no title, no question) and
 * `StorageFullError` (nothing is written).
 */
export async function importAsNewCourse(
	db: FlashpointDb,
	plan: ImportPlan,
	origin: ImportOrigin,
	title: string,
	options: { now?: number } = {}
): Promise<string> {
	if (!plan.questions.length) throw new CourseInputError('There is no question to import.');
	const course = await createCourse(
		db,
		{ title, documents: [fileDocument(plan, origin)], status: 'accepted' },
		options
	);
	return course.id;
}

function numberOf(id: string, prefix: string): number {
	return Number(new RegExp(`:${prefix}-(\\d+)$`).exec(id)?.[1] ?? 0);
}

/**
 * Adds a plan's questions to the user course `courseId` after its own, with the file as a new
 * document, all accepted, in one transaction (with the course's study queue). Returns how many
 * questions were added. Throws `CourseInputError` (unknown or built-in course, no question) and
 * `StorageFullError`; either way nothing is written.
 */
export function importIntoCourse(
	db: FlashpointDb,
	courseId: string,
	plan: ImportPlan,
	origin: ImportOrigin,
	options: { now?: number } = {}
): Promise<number> {
	const now = options.now ?? Date.now();
	if (!plan.questions.length)
		return Promise.reject(new CourseInputError('There is no question to import.'));
	return guarded(() =>
		db.transaction('rw', db.courses, db.documents, db.questions, async () => {
			const course = await db.courses.get(courseId);
			if (course?.kind !== 'user')
				throw new CourseInputError('This course no longer exists, or is not one of yours.');
			const documents = await db.documents.where('courseId').equals(courseId).toArray();
			const existing = await courseQuestions(db, courseId);
			const doc = fileDocument(plan, origin);
			const document: DocumentRecord = {
				id: courseItemId(
					courseId,
					`d-${Math.max(0, ...documents.map((d) => numberOf(d.id, 'd'))) + 1}`
				),
				courseId,
				position: Math.max(-1, ...documents.map((d) => d.position)) + 1,
				title: doc.title,
				outlet: doc.outlet ?? '',
				date: new Date(now).toISOString().slice(0, 10),
				dateApproximate: true,
				dateNote: 'No date given; this is the day it was imported.',
				text: doc.text
			};
			let next = Math.max(0, ...existing.map((q) => numberOf(q.id, 'q')));
			let position = (existing.at(-1)?.position ?? -1) + 1;
			const rows: QuestionRecord[] = plan.questions.map((q) => ({
				...q,
				id: courseItemId(courseId, `q-${++next}`),
				fact: courseItemId(courseId, `${document.id.slice(courseId.length + 1)}-${q.fact}`),
				source: { ...q.source, doc: document.id },
				courseId,
				position: position++,
				status: 'accepted'
			}));
			await db.documents.add(document);
			await db.questions.bulkAdd(rows);
			await refreshCourse(db, courseId);
			return rows.length;
		})
	);
}
