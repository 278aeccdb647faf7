import type { Question } from '$lib/content/schema';
import { numericText } from '$lib/content/numeric';
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
> & { source: Pick<Question['source'], 'quote'> } & Partial<Pick<Question, 'anki' | 'weight'>>;

/**
 * One changed field: `field` as a person names it ("Wrong choices"), `was` and `now` as text
 * (each value in “quotes”, lists joined by ", ", long text cut to 120 characters with "…", a
 * number as "1858 ± 2"); for a list, only the items taken out (`was`) and put in (`now`). An
 * empty side is `''`: the change is then an addition or a removal (`changeWords`), never
 * "(none)" or raw JSON (outsider teacher, GIFT re-import).
 */
export interface FieldChange {
	field: string;
	was: string;
	now: string;
}

/**
 * A change in words, as every re-import preview (any format, a course file) shows it:
 * "Question: “Who built it?” → “Who had it built?”", "Wrong choices: added “Titus”",
 * "Explanation: removed “Begun in 122.”".
 */
export function changeWords(change: FieldChange): string {
	const { field, was, now } = change;
	// What changed without a text to show (an Anki field's HTML): named once.
	if (was && was === now) return `${field}: ${now} changed`;
	if (was && now) return `${field}: ${was} → ${now}`;
	return now ? `${field}: added ${now}` : `${field}: removed ${was}`;
}

function cut(text: string): string {
	return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

function quoted(items: readonly string[]): string {
	return items.map((item) => `“${cut(item)}”`).join(', ');
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

/** A Moodle weight as a person reads it ("−50%"), or ''. */
function weightText(weight: number | undefined): string {
	return weight === undefined ? '' : `${String(weight).replace('-', '−')}%`;
}

/** A numerical answer as a person reads it ("1858 ± 2", "1850 to 1860"), or ''. */
function numberOf(q: Pick<Question, 'numeric'>): string {
	return q.numeric ? numericText(q.numeric) : '';
}

/**
 * True when the answer's text changed only as its number did: both sides are numerical and each
 * answer is its number's own text ("1858 ± 2", `numericText`), so the Number line says it all.
 */
function sameNumberChange(before: ComparedQuestion, after: ComparedQuestion): boolean {
	const own = (q: ComparedQuestion) => q.numeric !== undefined && q.answer === numberOf(q);
	return own(before) && own(after) && numberOf(before) !== numberOf(after);
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
		// A numerical answer's text is its number: a changed number is said once, on "Number"
		// (GIFT {#1858:2} → {#1860:2} listed the answer and the number: outsider, issue 12).
		sameNumberChange(before, after) ? null : textChange('Answer', before.answer, after.answer),
		setChange('Wrong choices', wrongChoices(before), wrongChoices(after)),
		setChange('Also right', before.accept ?? [], after.accept ?? []),
		textChange('Number', numberOf(before), numberOf(after)),
		textChange('Explanation', before.explanation, after.explanation),
		setChange('Topics', before.topics, after.topics),
		// A multiple-answer choice's Moodle weight ("−50%"): a file without one keeps the course's.
		after.weight === undefined || after.weight === before.weight
			? null
			: textChange('Weight', weightText(before.weight), weightText(after.weight)),
		textChange('Source sentence', before.source.quote, after.source.quote),
		...ankiChanges(before, after)
	];
	return changes.filter((change): change is FieldChange => change !== null);
}

/**
 * What a re-imported Anki package says of a question's Anki note that the course does not hold
 * yet (anki47): its note type and deck (a course imported before schema v14 has only the GUID),
 * and fields whose HTML changed in Anki though the text read here did not (an image, a field
 * Flashpoint does not read). Counted as an update, so the next export writes the note as Anki
 * has it now, not the older fields over the person's edits in Anki. Nothing when the file only
 * gives the GUID (Anki text).
 */
function ankiChanges(before: ComparedQuestion, after: ComparedQuestion): FieldChange[] {
	const [was, now] = [before.anki, after.anki];
	if (!now?.noteType) return [];
	const names = (t: NonNullable<typeof was>['noteType']) =>
		t ? JSON.stringify([t.id, t.name, t.cloze, t.fields, t.templates]) : '';
	const changes = [
		names(was?.noteType) === names(now.noteType)
			? null
			: was?.noteType?.name === now.noteType.name
				? {
						field: 'Anki note type',
						was: quoted([now.noteType.name]),
						now: quoted([now.noteType.name])
					}
				: textChange('Anki note type', was?.noteType?.name ?? '', now.noteType.name),
		now.deck && (was?.deck?.id !== now.deck.id || was.deck.name !== now.deck.name)
			? textChange('Anki deck', was?.deck?.name ?? '', now.deck.name)
			: null
	];
	const edited = was?.fields
		? now.noteType.fields.filter((_, i) => (was.fields?.[i] ?? '') !== (now.fields?.[i] ?? ''))
		: [];
	const fields = edited.length ? quoted(edited) : '';
	return [
		...changes.filter((change): change is FieldChange => change !== null),
		...(fields ? [{ field: 'Anki fields', was: fields, now: fields }] : [])
	];
}
