import * as v from 'valibot';
import {
	NumericSchema,
	numericBounds,
	numericText,
	type NumericAnswer
} from '$lib/content/numeric';
import { QUESTION_TYPES } from '$lib/content/schema';
import { clozeNoteText } from './anki-cloze';
import { checkPortable, type PortableQuestion } from './portable';

/**
 * Flashpoint questions as Anki notes, and back. Anki has no multiple choice, true/false,
 * accepted alternatives or numerical answers: `ankiNote` writes those as Basic notes a person
 * can study in Anki, and `flashpointField` keeps what Anki cannot hold in a field of its own
 * (the "Flashpoint" column, JSON), as Anki's own note types keep what a card shows in extra
 * fields. `fromFlashpointField` reads it back, so a round trip through Anki's text format is
 * unchanged (issue 12: 114 of the built-in course's 153 questions came back "changed").
 */

/**
 * A question as an Anki note: front, back and the note type's name (Basic, Basic (type in the
 * answer) or Cloze). Multiple choice and true/false are Basic notes with the choices (A–F) or
 * "True or false:" on the front. Shared by the text and `.apkg` writers.
 */
export function ankiNote(q: PortableQuestion): [front: string, back: string, notetype: string] {
	switch (q.type) {
		case 'cloze':
			// A hint read from Anki ("____ [city]") goes back into its deletion.
			return [
				clozeNoteText([{ number: 1, prompt: q.prompt, answer: q.answer }]) ?? q.prompt,
				'',
				'Cloze'
			];
		case 'mcq':
			return [
				`${q.prompt}\n${(q.choices ?? []).map((c, i) => `${String.fromCharCode(65 + i)}) ${c}`).join('\n')}`,
				q.answer,
				'Basic'
			];
		case 'truefalse':
			return [`True or false: ${q.prompt}`, q.answer === 'true' ? 'True' : 'False', 'Basic'];
		case 'short':
			// Anki compares the typed text with the whole back: "1883 ± 1" would mark 1883 wrong.
			return [
				q.prompt,
				q.numeric ? numericValue(q.numeric) : q.answer,
				'Basic (type in the answer)'
			];
		case 'flashcard':
			return [q.prompt, q.answer, 'Basic'];
	}
}

/** The one number a typed Anki answer can hold: the value, or a range's middle. */
function numericValue(n: NumericAnswer): string {
	return String('value' in n ? n.value : (n.min + n.max) / 2);
}

/**
 * What a typed note's back cannot say about a numerical answer with a tolerance or range, for
 * its Explanation field ("Any number from 1882 to 1884 is right (1883 ± 1)."); `''` otherwise.
 */
function numericNote(q: Pick<PortableQuestion, 'type' | 'numeric'>): string {
	if (q.type !== 'short' || !q.numeric) return '';
	const [min, max] = numericBounds(q.numeric);
	if (min === max) return '';
	return `Any number from ${min} to ${max} is right (${numericText(q.numeric)}).`;
}

/**
 * A question's Explanation field in Anki: its explanation, then, for a numerical typed answer
 * (whose back holds only the value, `ankiNote`), the range Anki cannot mark. Read back by
 * `fromFlashpointField`, which drops that sentence again. Shared by the text and `.apkg` writers.
 */
export function ankiExplanation(q: PortableQuestion): string {
	return [q.explanation ?? '', numericNote(q)].filter(Boolean).join('\n\n');
}

/** The Flashpoint field: what the note's front and back cannot say (version 1). */
const FieldSchema = v.object({
	v: v.literal(1),
	type: v.picklist(QUESTION_TYPES),
	prompt: v.string(),
	answer: v.string(),
	choices: v.optional(v.array(v.string())),
	accept: v.optional(v.array(v.string())),
	numeric: v.optional(NumericSchema)
});

/**
 * The Flashpoint field of a question's note: JSON of its type, prompt, answer, choices,
 * accepted answers and numerical answer, or `''` when its Anki note says it all (a flashcard, a
 * cloze or a typed answer without alternatives).
 */
export function flashpointField(q: PortableQuestion): string {
	const lossy = q.type === 'mcq' || q.type === 'truefalse' || !!q.accept?.length || !!q.numeric;
	if (!lossy) return '';
	return JSON.stringify({
		v: 1,
		type: q.type,
		prompt: q.prompt,
		answer: q.answer,
		...(q.choices ? { choices: q.choices } : {}),
		...(q.accept?.length ? { accept: q.accept } : {}),
		...(q.numeric ? { numeric: q.numeric } : {})
	});
}

/**
 * The question a note's Flashpoint field describes, with `base` (id, topics, explanation…), when
 * the field is valid and the note still reads as that question would be written (`front`, `back`
 * as read, through `clean`): a note edited in Anki is read from its fields instead, since the
 * person changed it there. Undefined otherwise.
 */
export function fromFlashpointField(
	cell: string | undefined,
	note: { front: string; back: string },
	base: Omit<PortableQuestion, 'type' | 'prompt' | 'answer'>,
	clean: (field: string) => string
): PortableQuestion | undefined {
	if (!cell?.trim().startsWith('{')) return undefined;
	let json: unknown;
	try {
		json = JSON.parse(cell);
	} catch {
		return undefined;
	}
	const parsed = v.safeParse(FieldSchema, json);
	if (!parsed.success) return undefined;
	const { v: _version, ...fields } = parsed.output;
	const { explanation: written, ...rest } = base;
	// The range sentence `ankiExplanation` added is not the question's explanation.
	const range = numericNote(fields);
	const explanation =
		range && written?.endsWith(range) ? written.slice(0, -range.length).trimEnd() : written;
	const question: PortableQuestion = {
		...rest,
		...(explanation ? { explanation } : {}),
		...fields
	};
	if (checkPortable(question) !== undefined) return undefined;
	const [front, back] = ankiNote(question);
	if (clean(front) !== note.front || clean(back) !== note.back) return undefined;
	return question;
}

/** Text as an Anki field: Anki fields are HTML, so `<`, `>` and `&` are escaped, lines become `<br>`. */
export function toAnkiField(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/\r?\n/g, '<br>');
}
