import { foldText } from '$lib/text/fold';
import { distinctTitle } from './titles';
import { plural } from '$lib/text/plural';
import * as v from 'valibot';
import { QUESTION_TYPES, type QuestionType } from '$lib/content/schema';
import type { DocumentDraft } from '$lib/documents/draft';
import type { GeneratedDocument, GenerationProgress, NoQuestionsReason } from './generate';
import { largest } from '$lib/text/largest';

/**
 * The "Add documents" screen's rules (src/routes/courses/new): a document's details as a person
 * edits them, checked by a schema before anything is generated or stored, and the words the
 * screen shows about progress and about documents that gave no questions.
 */

/** Longest title (characters): a title is a line, never the article. */
export const MAX_TITLE = 200;

/** `YYYY-MM-DD` or `YYYY-MM`, a real month and day, as the course's documents carry dates. */
function realDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 1)];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const line = (max: number) =>
	v.pipe(v.string(), v.trim(), v.maxLength(max, `Keep it under ${max} characters.`));

/** A document's editable details, as typed: trimmed; empty author, outlet and date mean unknown. */
export const DocumentDetailsSchema = v.object({
	title: v.pipe(line(MAX_TITLE), v.minLength(1, 'Give the document a title.')),
	author: line(200),
	outlet: line(200),
	date: v.pipe(
		v.string(),
		v.trim(),
		v.check(
			(value) => value === '' || realDate(value),
			'Write the date as year-month-day (2024-03-20) or year-month (2024-03), or leave it empty.'
		)
	)
});

export type DocumentDetails = v.InferInput<typeof DocumentDetailsSchema>;
export type DetailErrors = Partial<Record<keyof DocumentDetails, string>>;

/** The details of a draft as the form shows them (unknown fields empty). */
export function detailsOf(draft: DocumentDraft): DocumentDetails {
	return {
		title: draft.title,
		author: draft.author ?? '',
		outlet: draft.outlet ?? '',
		date: draft.date ?? ''
	};
}

/**
 * The draft with edited details applied, or the problems by field (nothing changes then).
 * A date read from a file's metadata as a bare year stays as the person left it only if valid.
 */
export function applyDetails(
	draft: DocumentDraft,
	details: DocumentDetails
): { ok: true; draft: DocumentDraft } | { ok: false; errors: DetailErrors } {
	const result = v.safeParse(DocumentDetailsSchema, details);
	if (!result.success) {
		const errors: DetailErrors = {};
		for (const issue of result.issues) {
			const field = issue.path?.[0]?.key as keyof DocumentDetails;
			errors[field] ??= issue.message;
		}
		return { ok: false, errors };
	}
	const { title, author, outlet, date } = result.output;
	const { author: _a, outlet: _o, date: _d, ...rest } = draft;
	return {
		ok: true,
		draft: {
			...rest,
			title,
			...(author && { author }),
			...(outlet && { outlet }),
			...(date && { date })
		}
	};
}

/**
 * A course title: the one typed, else the title of its one document. Empty when neither exists,
 * and for a course of several documents: no one document's title names it (an outsider teacher
 * saved three documents as "Marie Curie: Life and Discoveries", the one read first).
 */
export function courseTitle(typed: string, drafts: DocumentDraft[]): string {
	return typed.trim() || (drafts.length === 1 ? drafts[0].title.trim() : '');
}

const STAGE_WORDS: Record<GenerationProgress['stage'], string> = {
	names: 'Finding names and places',
	facts: 'Finding facts',
	questions: 'Writing and checking questions',
	choosing: 'Choosing the best questions'
};

/** "Finding facts in document 2 of 3" (no document count for a single document). */
export function describeProgress(progress: GenerationProgress): string {
	const where =
		progress.documents > 1 ? ` in document ${progress.document} of ${progress.documents}` : '';
	return `${STAGE_WORDS[progress.stage]}${where}`;
}

/** Why the generator drafted nothing from documents, in one sentence, for `count` of them. */
function noneReason(none: NoQuestionsReason, what: string, count: number): string {
	const [it, its] = count === 1 ? ['It is', 'its'] : ['They are', 'their'];
	// Not "not English": an English timetable was called that (outsider teacher, session 38).
	if (none === 'no-sentences')
		return `${what} ${count === 1 ? 'has' : 'have'} no sentences to make questions from: ${count === 1 ? 'it reads' : 'they read'} as a table or a list, so no question can be drafted or written from ${count === 1 ? 'it' : 'them'}.`;
	if (none === 'not-english')
		return `${what} ${count === 1 ? 'was' : 'were'} not read for questions: the generator reads English only. ${it} in the course, so you can write flashcards from ${its} sentences by hand.`;
	// Never "found none", nor "no sentence passed": the suggested sentences come from the same
	// document, and an outsider teacher read "no sentence passed the checks" beside four good
	// suggestions as a contradiction (session 24; "X was a … network" failed a check: issue 12). At most 50 words (it was 110 and read as a
	// wall): what happened, then the two things to do instead.
	const doc = count === 1 ? 'this document' : 'these documents';
	return `No draft question was made from ${what}. The generator was not sure enough of any sentence of ${doc} to draft one. ${it} in the course, with sentences suggested to ask about: each becomes a draft in one tap, or write your own from any sentence.`;
}

/** What the screen says about a document that gave no questions, or undefined if it gave some. */
export function noQuestionsMessage(
	doc: Pick<GeneratedDocument, 'title' | 'none'>
): string | undefined {
	return doc.none ? noneReason(doc.none, `“${doc.title}”`, 1) : undefined;
}

/**
 * The notes for the documents that gave no questions, one per reason: the reason said once
 * (naming the document when it is the only one), then each document's title on a line of its
 * own (`titles`, empty for one document). The long paragraph was repeated word for word for every
 * document (outsider, issue 12). Pure.
 */
export function noQuestionsNotes(
	docs: readonly Pick<GeneratedDocument, 'title' | 'none'>[]
): { text: string; titles: string[] }[] {
	// In the order the documents first give each reason.
	const reasons = [...new Set(docs.flatMap((d) => (d.none ? [d.none] : [])))];
	return reasons.flatMap((none) => {
		const titles = docs.filter((d) => d.none === none).map((d) => d.title);
		if (!titles.length) return [];
		if (titles.length === 1) return [{ text: noneReason(none, `“${titles[0]}”`, 1), titles: [] }];
		const what = `${none === 'no-sentence' ? 'these' : 'These'} ${plural(titles.length, 'document')}`;
		return [{ text: noneReason(none, what, titles.length), titles }];
	});
}

/**
 * What generation made, for the screen shown once the course is saved: the number of drafts and
 * how many of each type (in the app's type order, types with none left out). The screen's
 * primary action is "Review N drafts", or, with none, writing questions by hand (outsider,
 * issue 12: a bare "Review drafts" link said nothing about what had been made).
 */
export function generationSummary(documents: Pick<GeneratedDocument, 'questions'>[]): {
	drafts: number;
	byType: { type: QuestionType; count: number }[];
} {
	const questions = documents.flatMap((d) => d.questions);
	const byType = QUESTION_TYPES.map((type) => ({
		type,
		count: questions.filter((q) => q.type === type).length
	})).filter((t) => t.count > 0);
	return { drafts: questions.length, byType };
}

/** "6 draft questions were made. …": what generation made, for drafts > 0. */
export function draftsMadeSentence(drafts: number): string {
	const what = drafts === 1 ? 'draft question was' : 'draft questions were';
	return `${drafts} ${what} made. Read each against its sentence: only those you accept are studied.`;
}

/** "Review 1 draft", "Review 12 drafts": the primary action after generation. */
export function reviewLabel(drafts: number): string {
	return `Review ${plural(drafts, 'draft')}`;
}

/**
 * The name of an entry already in the list whose text is `draft`'s (whitespace aside), or
 * `undefined`. The same article added twice made every draft twice and showed the card twice in
 * one study session (outsider teacher, 2026-12-02); a changed copy is a different document.
 */
export function duplicateOf(
	draft: Pick<DocumentDraft, 'text'>,
	others: readonly { name: string; draft: Pick<DocumentDraft, 'text'> }[]
): string | undefined {
	// Nothing to compare with (the usual case): the text is not squeezed (25 ms for 1 MB).
	if (!others.length) return undefined;
	const squeeze = (text: string) => text.replace(/\s+/gu, ' ').trim();
	const text = squeeze(draft.text);
	return others.find((other) => squeeze(other.draft.text) === text)?.name;
}

/**
 * What the list says in place of a document that repeats `twin` (an entry's name, or with
 * `inCourse` the title of a document of the course it is being added to).
 */
export function duplicateMessage(twin: string, inCourse = false): string {
	return `This is the same text as “${twin}”, already in ${inCourse ? 'this course' : 'the list'}, so it was left out: its questions would be made twice.`;
}

/**
 * The name of a paste on the Add documents screen, beside the names already listed (`names`):
 * "Pasted text 1", then 2, 3… after the highest listed, so the first paste is never "Pasted text
 * 2" (the key it was named by also counted files) and no two pastes share a name.
 */
export function pastedName(names: readonly string[]): string {
	const numbers = names.map((n) => /^Pasted text (\d+)$/u.exec(n)?.[1]).filter(Boolean);
	return `Pasted text ${largest(numbers.map(Number), 0) + 1}`;
}

/**
 * Whether the listed document at `index` has the title of one listed before it (compared folded:
 * case, accents, spacing, as course titles are: `courseNamed`), with the name of that earlier
 * entry and a free title to offer, "Notes (2)" (`distinctTitle` beside every other title). Two
 * different texts called the same were kept silently (outsider teacher, issue 12); both stay,
 * the later one is warned at. `entries` are the listed documents' names and typed titles, after
 * those of the course they are added to (`inCourse`: its documents, named by title). Pure.
 */
export function sameTitle(
	index: number,
	entries: readonly { name: string; title: string; inCourse?: boolean }[]
): { twin: string; rename: string; inCourse?: true } | undefined {
	const title = entries[index]?.title.trim();
	if (!title) return undefined;
	const folded = foldText(title);
	const twin = entries.slice(0, index).find((e) => foldText(e.title) === folded);
	if (!twin) return undefined;
	const others = entries.filter((_, i) => i !== index).map((e) => e.title);
	return {
		twin: twin.name,
		rename: distinctTitle(title, others),
		...(twin.inCourse && { inCourse: true as const })
	};
}
