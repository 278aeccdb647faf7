import * as v from 'valibot';
import { AnkiNoteRefSchema } from './anki-ref';
import { NumericSchema } from './numeric';

/**
 * The question bank format shared by the generator, the study screen and the classroom quiz.
 * Everything read from `questions/bank.json` (or any outside copy of it) passes through
 * `parseBank` before use.
 */

export const QUESTION_TYPES = ['cloze', 'mcq', 'truefalse', 'short', 'flashcard'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));

export const DocumentSchema = v.object({
	/** Stable id used in question sources and file names, e.g. `insight-turkey-serbia-kosovo-2023`. */
	id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
	title: nonEmpty,
	outlet: nonEmpty,
	author: v.optional(nonEmpty),
	/** ISO date `YYYY-MM-DD` (or `YYYY-MM` when only the month is known). */
	date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(?:-\d{2})?$/)),
	/** True when the text gives no publication date and `date` is inferred from its content. */
	dateApproximate: v.boolean(),
	/** Short plain-language note on how the date was inferred, when approximate. */
	dateNote: v.optional(nonEmpty)
});
export type SourceDocument = v.InferOutput<typeof DocumentSchema>;

export const QuestionSchema = v.pipe(
	v.object({
		/** Stable across regenerations: editorial decisions are keyed by it. */
		id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{2,80}$/)),
		type: v.picklist(QUESTION_TYPES),
		/** The question; for cloze it contains exactly one `____` blank; for flashcards, the front. */
		prompt: nonEmpty,
		/** The correct answer; `"true"`/`"false"` for true/false; the back of a flashcard. */
		answer: nonEmpty,
		/** Other typed answers that count as right (short answer, cloze). */
		accept: v.optional(v.array(nonEmpty)),
		/**
		 * Short answer and fill-the-blank only: a numerical answer (Moodle's numerical question,
		 * `$lib/content/numeric.ts`), graded as a number within its tolerance or range.
		 */
		numeric: v.optional(NumericSchema),
		/** Multiple choice only: the answer plus one to five distractors (three in the bank), in display order. */
		choices: v.optional(v.array(nonEmpty)),
		/**
		 * Why the answer is right, shown after answering. Empty (`''`) only on an imported
		 * question whose file gives none; read it with `explanationOf`.
		 */
		explanation: v.pipe(v.string(), v.trim()),
		source: v.object({
			doc: nonEmpty,
			/**
			 * The exact sentence of the source document the question rests on. Empty (`''`) only
			 * on an imported question whose file carries none (an Anki deck, a GIFT file): a
			 * source sentence is never invented. Test it with `hasSourceSentence`.
			 */
			quote: v.pipe(v.string(), v.trim())
		}),
		/**
		 * Questions that test the same fact share this key, so the scheduler can keep
		 * siblings apart (never two on the same day).
		 */
		fact: nonEmpty,
		topics: v.array(nonEmpty),
		difficulty: v.picklist([1, 2, 3]),
		/**
		 * `generated` (by the pipeline, then reviewed), `written` (by an editor) or `imported`
		 * (written by a person in another tool and read from their file, `$lib/formats`).
		 */
		origin: v.picklist(['generated', 'written', 'imported']),
		/**
		 * An imported question's id in its file (Anki note GUID with `#c<n>`/`#r` for a cloze
		 * deletion or reversed card, Moodle `idnumber`, GIFT title), so importing a changed file
		 * again updates the question in place instead of adding it twice.
		 */
		externalId: v.optional(v.pipe(v.string(), v.maxLength(200))),
		/**
		 * Its Anki note (`anki-ref.ts`): the GUID every question gets once when stored, and for a
		 * question imported from an Anki package the note type, deck and fields Anki had, so an
		 * export goes back as that note and Anki updates it (anki47). Absent in the shipped bank.
		 */
		anki: v.optional(AnkiNoteRefSchema),
		/**
		 * An imported question's own name in its file (a GIFT `::name::`, a Moodle XML `<name>`;
		 * none when it was only the prompt's first words), written back as its name by the GIFT
		 * and Moodle XML exports (`questionName` in `$lib/formats/portable.ts`). At most 255
		 * characters, Moodle's limit.
		 */
		name: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(255))),
		/**
		 * True/false only: a part of a Moodle multiple-answer question, its choice's weight in
		 * percent (−100…100, "%-50%", `fraction="-50"`) as the file gave it, written back as
		 * given so Moodle scores the question as before (`$lib/formats/moodle-parts.ts`; outsider
		 * teacher, session 35: −50 came back −100, 0 came back −100). Absent elsewhere.
		 */
		weight: v.optional(v.pipe(v.number(), v.minValue(-100), v.maxValue(100))),
		/**
		 * Teaching order of new questions: an integer ≥ 0, lower taught first (central ideas of
		 * each article first, generated detail later, types interleaved). Set by the bank build
		 * (`src/lib/generator/rank.ts`); absent in older banks, whose new questions keep bank order.
		 */
		rank: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)))
	}),
	v.check(
		// The bank always has four (its own test holds it); an imported Moodle or Aiken question
		// often has three or five, and Study shows any number, keys 1–6 choosing.
		(q) =>
			q.type !== 'mcq' ||
			(q.choices !== undefined &&
				q.choices.length >= 2 &&
				q.choices.length <= 6 &&
				new Set(q.choices).size === q.choices.length &&
				q.choices.includes(q.answer)),
		'a multiple-choice question needs two to six different choices, one of them the answer'
	),
	v.check(
		(q) => q.type !== 'truefalse' || q.answer === 'true' || q.answer === 'false',
		'a true/false answer is "true" or "false"'
	),
	v.check(
		(q) => q.weight === undefined || q.type === 'truefalse',
		'only a true/false part of a multiple-answer question has a weight'
	),
	v.check(
		(q) => q.numeric === undefined || q.type === 'short' || q.type === 'cloze',
		'only a typed answer can be a number with a tolerance'
	),
	v.check(
		(q) => q.type !== 'cloze' || q.prompt.split('____').length === 2,
		'a cloze prompt has exactly one ____ blank'
	),
	v.check(
		(q) => q.explanation !== '' || q.origin === 'imported',
		'a question needs an explanation'
	),
	v.check(
		(q) => q.source.quote !== '' || q.origin === 'imported',
		'a question needs the sentence of its source it rests on'
	)
);
export type Question = v.InferOutput<typeof QuestionSchema>;

/**
 * Whether a question rests on a sentence of its source document: always for generated and
 * written questions; for an imported one only when its file carried one.
 */
export function hasSourceSentence(question: { source: { quote: string } }): boolean {
	return question.source.quote !== '';
}

/** What Study, the questions list and the review screen say when a question has no explanation. */
export const NO_EXPLANATION_NOTE = 'No explanation in the imported file.';

/**
 * The note the importer wrote before explanations could be empty (up to Dec 2026): a statement
 * about the file, not about the answer, so it is read as no explanation.
 */
const LEGACY_IMPORT_NOTE = /^From “[^”]*” \([^)]*\), which gives no explanation\.$/;

/**
 * A question's explanation, or null when it has none: an imported question whose file gave none
 * (`''`, or the note older imports stored in its place). Screens show `NO_EXPLANATION_NOTE`
 * styled as a note instead, so it is never taken for an explanation.
 */
export function explanationOf(question: {
	explanation: string;
	origin?: Question['origin'];
}): string | null {
	const text = question.explanation.trim();
	if (!text) return null;
	if (question.origin === 'imported' && LEGACY_IMPORT_NOTE.test(text)) return null;
	return text;
}

export const BankSchema = v.pipe(
	v.object({
		version: v.literal(1),
		documents: v.array(DocumentSchema),
		questions: v.array(QuestionSchema)
	}),
	v.check((bank) => {
		const ids = new Set(bank.questions.map((q) => q.id));
		return ids.size === bank.questions.length;
	}, 'question ids must be unique'),
	v.check((bank) => {
		const docs = new Set(bank.documents.map((d) => d.id));
		return bank.questions.every((q) => docs.has(q.source.doc));
	}, 'every question cites a known document')
);
export type Bank = v.InferOutput<typeof BankSchema>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Validates unknown data as a bank; the error names the first problem and where it is. */
export function parseBank(data: unknown): ParseResult<Bank> {
	const result = v.safeParse(BankSchema, data);
	if (result.success) return { ok: true, value: result.output };
	const issue = result.issues[0];
	const path = v.getDotPath(issue);
	return { ok: false, error: path ? `${path}: ${issue.message}` : issue.message };
}
