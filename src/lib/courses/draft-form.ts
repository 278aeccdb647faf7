import { TYPE_LABELS } from '$lib/content/type-labels';
import * as v from 'valibot';
import {
	explanationOf,
	QUESTION_TYPES,
	QuestionSchema,
	type Question,
	type QuestionType
} from '$lib/content/schema';
import { hashId } from '$lib/generator/text';
import { isFunctionWord } from '$lib/documents/english';
import { foldText } from '$lib/text/fold';
import { allOf, plural } from '$lib/text/plural';
import {
	acceptedLines,
	fieldProblems,
	fieldsOf,
	type FieldRules,
	type QuestionFields
} from '$lib/content/question-fields';
import type { DraftEdit, FieldErrors } from './drafts';
import { bareOpeningProblem } from './prompt-check';

/**
 * The course screens' question form (Review drafts: edit a draft; a source's sentence: write
 * one): the fields (`QuestionFields`, checked by `fieldProblems` as every question form is)
 * turned into a question of a course, then checked by `QuestionSchema` (the rule every stored
 * question passes).
 */

/** A course question has three wrong choices, as the built-in course's do. */
export const COURSE_FIELD_RULES: FieldRules = { wrong: { min: 3, max: 3 } };

export { TYPE_LABELS };

/** A number of drafts of one type, in words: "1 flashcard", "3 fill-the-blank questions". */
export function typeCount(type: QuestionType, count: number): string {
	const [one, many] = TYPE_NOUNS[type];
	return plural(count, one, many);
}

/** Every draft of one type, in words: "all 3 flashcards", "the only multiple-choice question". */
export function typeAll(type: QuestionType, count: number): string {
	const [one, many] = TYPE_NOUNS[type];
	return allOf(count, one, many);
}

const TYPE_NOUNS: Record<QuestionType, [string, string]> = {
	cloze: ['fill-the-blank question', 'fill-the-blank questions'],
	mcq: ['multiple-choice question', 'multiple-choice questions'],
	truefalse: ['true-or-false question', 'true-or-false questions'],
	short: ['short-answer question', 'short-answer questions'],
	flashcard: ['flashcard', 'flashcards']
};

/** The form for an existing question. */
export function formOf(question: Question): QuestionFields {
	// A file's missing explanation stays missing, never a note to keep (`explanationOf`).
	return fieldsOf(question, explanationOf(question) ?? '');
}

/** Choices in the question's own order: the right one where it was, the wrong ones in order. */
function choicesOf(form: QuestionFields, previous?: Question): string[] {
	const answer = form.answer.trim();
	const wrong = form.wrong.map((w) => w.trim());
	const at = previous?.choices?.indexOf(previous.answer) ?? 0;
	const choices = [...wrong];
	choices.splice(Math.max(0, at), 0, answer);
	return choices;
}

/** Problems a person can fix, by field, before the schema is asked. */
function plainChecks(form: QuestionFields): FieldErrors {
	const errors: FieldErrors = fieldProblems(form, COURSE_FIELD_RULES);
	// A prompt that is only a question opening ("What was") passes every other check.
	const bare = !errors.prompt && bareOpeningProblem(form.prompt.trim(), form.type);
	if (bare) errors.prompt = bare;
	return errors;
}

/** Fields the form changes, from what was typed (`previous`: the question being edited). */
export function editOf(form: QuestionFields, previous?: Question): DraftEdit {
	const accept = acceptedLines(form.accept);
	const answer = form.type === 'truefalse' ? form.answer : form.answer.trim();
	return {
		prompt: form.prompt.trim(),
		answer,
		// A numerical answer edited by hand is a typed answer again, marked as its new text.
		...(previous?.numeric && answer !== previous.answer ? { numeric: undefined } : {}),
		explanation: form.explanation.trim(),
		...(form.type === 'mcq' ? { choices: choicesOf(form, previous) } : { choices: undefined }),
		...(accept.length && (form.type === 'cloze' || form.type === 'short')
			? { accept }
			: { accept: undefined })
	};
}

/**
 * Problems of an edit by field, or none. The schema's own rule names become fields: the blank
 * rule is the prompt's, the four-choices rule the choices'. An imported question (`origin`)
 * may stay without an explanation, as its file gave it (`explanationOf`).
 */
export function checkForm(
	form: QuestionFields,
	origin?: Question['origin'],
	previous?: Pick<Question, 'prompt' | 'answer' | 'explanation' | 'origin'>
): FieldErrors {
	const errors = plainChecks(form);
	if (!form.explanation.trim() && origin !== 'imported')
		errors.explanation = 'Write why the answer is right (shown after answering).';
	const stale = previous && staleExplanation(form, previous);
	if (stale && !errors.explanation)
		errors.explanation =
			form.type === 'truefalse'
				? `The explanation still speaks of “${stale}”, which your edit took out of the statement: check True or False, and write the explanation for the statement as it is now.`
				: `The explanation still speaks of “${stale}”, which your edit took out of the question: write it for the question as it is now.`;
	return errors;
}

/** Words and numbers of a text, folded (`foldText`): "1764", "jenny". */
function termsOf(text: string): Set<string> {
	return new Set(foldText(text).match(/[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu) ?? []);
}

/**
 * The word or number an edit took out of the prompt or answer that the unchanged explanation
 * still names, or null. A generated true/false explanation says "False: the text gives 1760,
 * not 1764."; a teacher who edits the statement to 1860 and keeps it would have students read
 * about 1764 under a question on 1860 (outsider teacher, session 30). Only words of three or
 * more characters that are not function words count (`isFunctionWord`), so "the" or "what"
 * never flags: the student from Anki's front "In the handout “…”, what is meant by the term
 * “element”?" cut to "Element" was refused for the "the" of "The text says: “…”" (session 37);
 * a word is compared whole ("worksheets" is not "worksheet"). A quoted source sentence counts only for a
 * true/false statement, which is judged against it (her "In 1977 … signed" edited to 1978 stayed
 * True under the quoted 1977 and reached a class quiz), never for a card it still explains.
 */
export function staleExplanation(
	form: Pick<QuestionFields, 'type' | 'prompt' | 'answer' | 'explanation'>,
	previous: Pick<Question, 'prompt' | 'answer' | 'explanation' | 'origin'>
): string | null {
	const explanation = form.explanation.trim();
	if (!explanation || explanation !== (explanationOf(previous) ?? '')) return null;
	const now = termsOf(`${form.prompt} ${form.answer}`);
	const before = termsOf(`${previous.prompt} ${previous.answer}`);
	// A quoted source sentence stays true whatever a card asks ("Class handout says: “…”" never
	// flags), but a statement is true or false by it.
	const own =
		form.type === 'truefalse' ? explanation : explanation.replace(/“[^”]*”|"[^"]*"/gu, ' ');
	const said = termsOf(own);
	for (const term of before)
		if (term.length >= 3 && !isFunctionWord(term) && !now.has(term) && said.has(term)) return term;
	return null;
}

/**
 * A question written by hand from sentence `quote` of document `doc`, or its problems by field.
 * An empty explanation becomes the sentence itself, quoted. `fact` is new (a hash of the
 * sentence and the prompt), so it is nobody's sibling.
 */
export function writtenQuestion(
	form: QuestionFields,
	source: { doc: string; quote: string }
): { ok: true; question: Omit<Question, 'id' | 'origin'> } | { ok: false; errors: FieldErrors } {
	const filled = { ...form, explanation: form.explanation.trim() || `“${source.quote}”` };
	const errors = checkForm(filled);
	if (Object.keys(errors).length) return { ok: false, errors };
	const edit = editOf(filled);
	const question = {
		type: form.type,
		prompt: edit.prompt!,
		answer: edit.answer!,
		explanation: edit.explanation!,
		...(edit.choices && { choices: edit.choices }),
		...(edit.accept && { accept: edit.accept }),
		source,
		fact: `w-${hashId(`${source.quote}|${edit.prompt}`, 10)}`,
		topics: [],
		difficulty: 2 as const
	};
	const result = v.safeParse(QuestionSchema, { ...question, id: 'w-new', origin: 'written' });
	if (!result.success) return { ok: false, errors: { question: result.issues[0].message } };
	return { ok: true, question };
}

/** `updateDraft`'s errors with the schema's cross-field rules moved onto their field. */
export function placeErrors(errors: FieldErrors, type: QuestionType): FieldErrors {
	const { question, ...rest } = errors;
	if (!question) return rest;
	if (type === 'cloze' && !rest.prompt) return { ...rest, prompt: question };
	if (type === 'mcq' && !rest.choices) return { ...rest, choices: question };
	return errors;
}

/**
 * An edit form open on the review screen: whether its fields differ from the stored question,
 * and how to save them (resolves to the problems by field, or null when saved and closed).
 */
export interface OpenEdit {
	question: Pick<Question, 'id' | 'type' | 'prompt'> & {
		status?: 'draft' | 'accepted' | 'rejected';
	};
	changed(): boolean;
	save(): Promise<FieldErrors | null>;
}

/**
 * The open edits "Accept all" of `type` (or of every type, when none) must save first: drafts of that type whose fields were
 * changed. Accept all accepts the stored text, so an open edit's typing was silently not what got
 * accepted (outsider, issue 12); it is saved first, or Accept all stops and says why. Pure.
 */
export function editsToSaveFirst(edits: Iterable<OpenEdit>, type?: QuestionType): OpenEdit[] {
	return [...edits].filter(
		(e) =>
			(type === undefined || e.question.type === type) &&
			e.question.status === 'draft' &&
			e.changed()
	);
}

/**
 * Whether a form's fields differ from the question's (`formOf`), compared as typed, so an
 * edit form opened and left alone is not "changed".
 */
export function formChanged(form: QuestionFields, question: Question): boolean {
	return JSON.stringify(form) !== JSON.stringify(formOf(question));
}

/** What Accept all says when an open edit cannot be saved: its problem and what to do. */
export function unsavedEditMessage(prompt: string, errors: FieldErrors): string {
	const first = Object.values(errors).find(Boolean) ?? 'it has a problem';
	const short = prompt.length > 60 ? `${prompt.slice(0, 59)}…` : prompt;
	return `Nothing was accepted: your edit of “${short}” is not saved yet (${first}). Fix it and press Save, or Cancel it, then Accept all again.`;
}

/** The short names of the types in a list of counts: "5 flashcards, 2 fill-the-blank". */
const TYPE_SHORT: Record<QuestionType, [string, string]> = {
	cloze: ['fill-the-blank', 'fill-the-blank'],
	mcq: ['multiple choice', 'multiple choice'],
	truefalse: ['true or false', 'true or false'],
	short: ['short answer', 'short answer'],
	flashcard: ['flashcard', 'flashcards']
};

/**
 * What was accepted, in words, from counts by type: "5 flashcards accepted.", "7 questions
 * accepted: 5 flashcards, 2 fill-the-blank.", and for none "No draft accepted" (or "No
 * flashcard accepted" when `type` was asked for) rather than "0 flashcards accepted".
 */
export function acceptedWords(
	accepted: Partial<Record<QuestionType, number>>,
	type?: QuestionType,
	more = false
): string {
	// Most first, ties in the app's type order (the sort is stable).
	const counts = QUESTION_TYPES.map((t) => [t, accepted[t] ?? 0] as const)
		.filter(([, n]) => n > 0)
		.sort((a, b) => b[1] - a[1]);
	const total = counts.reduce((sum, [, n]) => sum + n, 0);
	if (total === 0) return `No ${type ? TYPE_NOUNS[type][0] : 'draft'} accepted`;
	if (counts.length === 1)
		return `${typeCount(counts[0][0], total).replace(/^\d+/u, (n) => (more ? `${n} more` : n))} accepted`;
	const list = counts.map(([t, n]) => plural(n, ...TYPE_SHORT[t])).join(', ');
	return `${more ? `${total} more` : plural(total, 'question')} accepted: ${list}`;
}

/**
 * What "Accept all" says: "3 flashcards accepted.", "7 questions accepted: 5 flashcards, 2
 * fill-the-blank.", and for drafts it left undecided because their prompt names no subject,
 * which and what to do ("1 left as a draft: “What was” names no subject. Edit it, or reject
 * it."). When nothing was waiting (the drafts were decided meanwhile, e.g. in another tab), it
 * says so instead of "0 accepted". `type`: the type the button accepted, or none for every type.
 * `before`: the course's questions accepted before (every type, as the Accepted tile counts
 * them); when some were, the notice says these are more and the total ("13 more accepted: …;
 * 15 accepted in all."), as "13 questions accepted" beside the tile's 15 read as a miscount
 * (outsider teacher, build 2a5d1257: two edited drafts had been accepted earlier).
 */
export function acceptAllNotice(
	done: { accepted: Partial<Record<QuestionType, number>>; held: readonly string[] },
	type?: QuestionType,
	before = 0
): string {
	const now = Object.values(done.accepted).reduce((sum, n) => sum + (n ?? 0), 0);
	const none = now === 0;
	const more = before > 0 && !none;
	const words =
		acceptedWords(done.accepted, type, more) + (more ? `; ${before + now} accepted in all` : '');
	if (!done.held.length) {
		return none
			? `${words}: no ${type ? TYPE_NOUNS[type][0] : 'draft'} is waiting (each was already accepted or rejected).`
			: `${words}.`;
	}
	const listed = done.held.map((p) => `“${p}”`).join(', ');
	const one = done.held.length === 1;
	const left = one ? '1 left as a draft' : `${done.held.length} left as drafts`;
	return `${words}. ${left}: ${listed} ${one ? 'names' : 'name'} no subject. Edit ${one ? 'it' : 'them'} to say who or what ${one ? 'it asks' : 'they ask'} about, or reject ${one ? 'it' : 'them'}.`;
}
