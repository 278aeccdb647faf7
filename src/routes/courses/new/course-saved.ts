/**
 * The end of Add documents' Generate: the generated documents saved as a course, and what its
 * "Course saved" card shows, or why no course was saved.
 */
import { rememberStudyCourse } from '$lib/courses/study-choice';
import { fewDraftsLeads, type FewDraftsLead } from '$lib/courses/few-drafts';
import { looksEnglish } from '$lib/documents/english';
import { generationSummary, noQuestionsNotes } from '$lib/courses/add';
import type { GeneratedDocument } from '$lib/courses/generate';
import { isDownloadFailure, notDownloadedText } from '$lib/ui/app-error';

/** What the "Course saved" card shows. */
export interface CourseSaved {
	courseId: string;
	/** The title of the existing course the documents were added to; absent for a new course. */
	addedTo?: string;
	/** The course position of the first document saved (0 for a new course): Review's `#suggest-N`. */
	firstPosition: number;
	notes: { text: string; titles: string[] }[];
	summary: ReturnType<typeof generationSummary>;
	/** The documents that gave few drafts, with where more come from (`fewDraftsLeads`). */
	leads: FewDraftsLead[];
	/** Whether Review drafts suggests sentences of each document, in course order (`looksEnglish`). */
	suggests: boolean[];
}

/**
 * A link to the course's Review drafts: `write` opens its first document's "write by hand"
 * panel; `hash` lands on one document's part (`suggest-N`, `write-N`: `revealHash`).
 */
export type ReviewHref = (courseId: string, to?: { write?: boolean; hash?: string }) => string;

/**
 * Saves `documents` (the generator's drafts) as a new course named `title` and makes it the one
 * Study opens. Resolves to its "Course saved" card; rejects as `createCourse` does (a
 * `StorageFullError` when the device is full), with nothing saved.
 */
export async function saveCourse(
	title: string,
	documents: GeneratedDocument[]
): Promise<CourseSaved> {
	const [{ createCourse }, { getDb }] = await Promise.all([
		import('$lib/courses/create'),
		import('$lib/db/schema')
	]);
	const course = await createCourse(getDb(), { title, documents });
	// Study (the navigation's too) goes to the course just made, not to all courses.
	rememberStudyCourse(course.id);
	return savedCard(course.id, 0, documents);
}

/** The course an Add documents screen adds to (`?course=<id>`): its id and title. */
export interface TargetCourse {
	id: string;
	title: string;
}

/**
 * Saves `documents` (the generator's drafts) into the existing course `target`, after its own
 * documents (`addDocumentsToCourse`: nothing already studied changes). Resolves to the card;
 * rejects as `addDocumentsToCourse` does (`CourseInputError`, `StorageFullError`), nothing saved.
 */
export async function saveToCourse(
	target: TargetCourse,
	documents: GeneratedDocument[]
): Promise<CourseSaved> {
	const [{ addDocumentsToCourse }, { getDb }] = await Promise.all([
		import('$lib/courses/add-to-course'),
		import('$lib/db/schema')
	]);
	const added = await addDocumentsToCourse(getDb(), target.id, documents);
	const first = added.documents[0]?.position ?? 0;
	return { ...savedCard(target.id, first, documents), addedTo: target.title };
}

/** The card for `documents` saved in course `courseId` from course position `first` on. */
function savedCard(courseId: string, first: number, documents: GeneratedDocument[]): CourseSaved {
	return {
		courseId,
		firstPosition: first,
		notes: noQuestionsNotes(documents),
		summary: generationSummary(documents),
		// A document with no sentence has nothing to suggest or write from: its note says so.
		leads: fewDraftsLeads(documents, first).filter(
			(lead) => documents[lead.position - first].none !== 'no-sentences'
		),
		suggests: documents.map((d) => looksEnglish(d.text))
	};
}

/**
 * Why `documents` (just generated) are not saved at all, or `''`: when none of them has a
 * sentence (`no-sentences`: a timetable, a list), the course would be empty with nothing to write
 * from, and an outsider teacher's timetable became an empty course of 0 questions without a word
 * (session 38). A document in another language is saved: its sentences can be written from.
 */
export function nothingToAsk(
	documents: readonly Pick<GeneratedDocument, 'title' | 'none'>[]
): string {
	if (!documents.length || documents.some((d) => d.none !== 'no-sentences')) return '';
	const [first] = noQuestionsNotes(documents);
	const titles = first.titles.length ? ` (${first.titles.map((t) => `“${t}”`).join(', ')})` : '';
	return `Nothing was saved. ${first.text.replace(/\.$/u, '')}${titles}. Add an article or notes written in sentences.`;
}

/** Why generation ended without a course, in words; nothing was saved in any case. */
export function generationFailure(error: unknown): string {
	if (error instanceof DOMException && error.name === 'AbortError')
		return 'Generation cancelled. Nothing was saved.';
	if (error instanceof Error && error.name === 'StorageFullError') return error.message;
	// A document the course already has, or a course deleted meanwhile (adding to a course).
	if (error instanceof Error && error.name === 'CourseInputError')
		return `${error.message} Nothing was saved.`;
	// The generator (a module and its worker, loaded on first use) did not download.
	if (isDownloadFailure(error))
		return notDownloadedText(
			'Making questions',
			'press Generate again: your documents stay here. Nothing was saved'
		);
	return `The questions could not be made: ${error instanceof Error ? error.message : String(error)}. Nothing was saved.`;
}
