import * as v from 'valibot';
import type { InlineQuestion } from './quiz-payload';
import { keepsSource } from './travels';
import { QUIZ_TYPES, type QuizQuestion } from './types';

/**
 * A reworded bank question in a quiz link, as what changed from its bank original (outsider
 * teacher, 2026-12-01: each reworded question carried its whole text, explanation and source
 * passage, so 3 of 10 reworded made a version-36 QR code that failed at the back of a room).
 *
 * The link names the original by its 48-bit key (`questionKey`, 8 characters) and carries only
 * the fields that differ; a changed prompt or explanation as a one-hunk word edit
 * (`TextEdit`): keep the original's first `head` words and last `tail` words, put `middle`
 * between. Measured against the alternative, the new text deflated with the original as the
 * dictionary (README, "Classroom quiz codes"), the edit is smaller for a swapped word, an added
 * clause and a rewritten prompt alike, and the whole link is deflated again anyway.
 *
 * The student's device takes the original from its own bank and applies the change; the quiz's
 * content hash (over every question's prompt, answer, choices and accepted answers) proves the
 * result is the teacher's question, as for a question carried by reference.
 */

/** A changed text: the new text whole, or `[head, tail, middle]` against the original's words. */
export type TextEdit = string | [head: number, tail: number, middle: string];

/** What a reworded question changes (short keys, for the QR budget); absent means unchanged. */
export interface Changes {
	/** Type. */
	y?: string;
	/** Prompt. */
	p?: TextEdit;
	/** Answer. */
	a?: string;
	/** Choices (null: none). */
	c?: string[] | null;
	/** Accepted answers (null: none). */
	v?: string[] | null;
	/** Explanation. */
	e?: TextEdit;
}

/** One reworded question in a link: its 0-based place, its original's key, its id, its changes. */
export type RewordedRow = [index: number, key: string, id: string, changes: Changes];

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000));
const EditSchema = (max: number) => v.union([text(max), v.tuple([count, count, text(max)])]);

/** A link's `d` row, checked before anything reads it. */
export const RewordedRowSchema = v.tuple([
	v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(49)),
	v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8}$/)),
	v.pipe(v.string(), v.regex(/^own-[a-z0-9]{3,40}$/)),
	v.strictObject({
		y: v.optional(v.picklist(QUIZ_TYPES)),
		p: v.optional(EditSchema(2000)),
		a: v.optional(text(500)),
		c: v.optional(v.nullable(v.array(text(500)))),
		v: v.optional(v.nullable(v.array(text(500)))),
		e: v.optional(EditSchema(4000))
	})
]);

/** Words with the space after each, so joining them gives the text back exactly. */
function words(text: string): string[] {
	return text.split(/(?<=\s)(?=\S)/).filter(Boolean);
}

/**
 * `changed` as an edit of `original`: the common first and last words kept by count, the rest
 * carried; the whole text when that is no shorter.
 */
export function textEdit(original: string, changed: string): TextEdit {
	const a = words(original);
	const b = words(changed);
	let head = 0;
	while (head < a.length && head < b.length && a[head] === b[head]) head++;
	let tail = 0;
	while (
		tail < a.length - head &&
		tail < b.length - head &&
		a[a.length - 1 - tail] === b[b.length - 1 - tail]
	)
		tail++;
	const middle = b.slice(head, b.length - tail).join('');
	const edit: TextEdit = [head, tail, middle];
	return JSON.stringify(edit).length < JSON.stringify(changed).length ? edit : changed;
}

/** `edit` applied to `original`; null when it keeps more words than the original has. */
export function applyTextEdit(original: string, edit: TextEdit): string | null {
	if (typeof edit === 'string') return edit;
	const [head, tail, middle] = edit;
	const a = words(original);
	if (head + tail > a.length) return null;
	return a.slice(0, head).join('') + middle + a.slice(a.length - tail).join('');
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What `question` changes from `original` (its bank original, `QuizQuestion.from`); null when
 * it cannot travel as changes (another source passage), so it travels word for word.
 */
export function changesFrom(question: QuizQuestion, original: QuizQuestion): Changes | null {
	if (!keepsSource(question, original)) return null;
	const changes: Changes = {};
	if (question.type !== original.type) changes.y = question.type;
	if (question.prompt !== original.prompt) changes.p = textEdit(original.prompt, question.prompt);
	if (question.answer !== original.answer) changes.a = question.answer;
	if (!same(question.choices, original.choices)) changes.c = question.choices ?? null;
	if (!same(question.accept, original.accept)) changes.v = question.accept ?? null;
	if (question.explanation !== original.explanation)
		changes.e = textEdit(original.explanation, question.explanation);
	return changes;
}

/**
 * The reworded question as a link's full row (`InlineQuestion`, to be checked like any carried
 * question), from its `original` on this device; null when the changes do not fit the original
 * (another bank's wording).
 */
export function applyChanges(
	original: QuizQuestion,
	id: string,
	changes: Changes
): InlineQuestion | null {
	const prompt =
		changes.p === undefined ? original.prompt : applyTextEdit(original.prompt, changes.p);
	const explanation =
		changes.e === undefined ? original.explanation : applyTextEdit(original.explanation, changes.e);
	if (prompt === null || explanation === null) return null;
	return [
		id,
		changes.y ?? original.type,
		prompt,
		changes.a ?? original.answer,
		changes.c === undefined ? (original.choices ?? null) : changes.c,
		changes.v === undefined ? (original.accept ?? null) : changes.v,
		explanation,
		original.source.doc,
		original.source.quote
	];
}
