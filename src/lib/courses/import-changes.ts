import type { Question } from '$lib/content/schema';
import { TYPE_LABELS } from './draft-form';

/**
 * What an update in a re-import changes, field by field, for the preview (issue 12: a changed
 * wrong choice came in as an update whose preview named nothing, since only the prompt's old
 * wording was shown). One definition: `planImport` counts a question as updated exactly when
 * this finds a change, so the preview never lists an update with nothing named.
 */

/** The fields of a question an import compares (what a person reads of it). */
export type ComparedQuestion = Pick<
	Question,
	'type' | 'prompt' | 'answer' | 'accept' | 'choices' | 'numeric' | 'explanation' | 'topics'
> & { source: Pick<Question['source'], 'quote'> };

/**
 * One changed field: `field` as a person names it ("Wrong choices"), `was` and `now` as text
 * (each value in “quotes”, lists joined by ", ", `(none)` when empty, long text cut to 120
 * characters with "…"); for a list, only the items taken out (`was`) and put in (`now`).
 */
export interface FieldChange {
	field: string;
	was: string;
	now: string;
}

function cut(text: string): string {
	return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

function quoted(items: readonly string[]): string {
	return items.length ? items.map((item) => `“${cut(item)}”`).join(', ') : '(none)';
}

/** The items of `before` missing from `after` and the other way round, or null when the same set. */
function setChange(
	field: string,
	before: readonly string[],
	after: readonly string[]
): FieldChange | null {
	const out = before.filter((item) => !after.includes(item));
	const put = after.filter((item) => !before.includes(item));
	return out.length || put.length ? { field, was: quoted(out), now: quoted(put) } : null;
}

/** A change of one text field, or null. */
function textChange(field: string, before: string, after: string): FieldChange | null {
	if (before === after) return null;
	return { field, was: quoted(before ? [before] : []), now: quoted(after ? [after] : []) };
}

/** A question's wrong choices: its choices without the answer, in its own order. */
function wrongChoices(q: Pick<Question, 'choices' | 'answer'>): string[] {
	return (q.choices ?? []).filter((choice) => choice !== q.answer);
}

function numericText(q: Pick<Question, 'numeric'>): string {
	return q.numeric ? JSON.stringify(q.numeric) : '';
}

/**
 * Every field `after` changes in `before`, in reading order (type, question, answer, wrong
 * choices, also right, number, explanation, topics, source sentence); empty when nothing a
 * person reads changed. Wrong choices, accepted answers and topics compare as sets: an export
 * writes choices in its own order and quizzes shuffle them, so a new order alone is no change.
 * Pure.
 */
export function changedFields(before: ComparedQuestion, after: ComparedQuestion): FieldChange[] {
	const changes = [
		before.type === after.type
			? null
			: { field: 'Type', was: TYPE_LABELS[before.type], now: TYPE_LABELS[after.type] },
		textChange('Question', before.prompt, after.prompt),
		textChange('Answer', before.answer, after.answer),
		setChange('Wrong choices', wrongChoices(before), wrongChoices(after)),
		setChange('Also right', before.accept ?? [], after.accept ?? []),
		textChange('Number', numericText(before), numericText(after)),
		textChange('Explanation', before.explanation, after.explanation),
		setChange('Topics', before.topics, after.topics),
		textChange('Source sentence', before.source.quote, after.source.quote)
	];
	return changes.filter((change): change is FieldChange => change !== null);
}
