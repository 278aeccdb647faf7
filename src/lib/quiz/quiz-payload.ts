import * as v from 'valibot';
import { QuestionSchema } from '$lib/content/schema';
import { cleanDisplayText, quotedSnippet } from '$lib/text/fold';
import { toQuizQuestion } from './build';
import { LATEST_DATE_SECONDS } from './envelope';
import { RewordedRowSchema } from './reworded';
import { ATTEMPT_LIMITS } from './attempt-limit';
import { flagBits, flagsOf } from './setting-flags';
import { OWN_DOC } from './edit';
import { LIMITS, QUIZ_TYPES, type Quiz, type QuizQuestion, type QuizSettings } from './types';
import { MULTI_MAX_CHOICES, multiKeyText, multiRowProblem } from './multi-credit';

/**
 * A quiz link's JSON, the payload inside its envelope (`quiz-code.ts` says what travels and
 * why). Short keys, for the QR budget: `i` id, `t` title, `c` creation time (s), `s` settings
 * `[timer, seconds, flags]`; then one of `r` bank ids, `k` 48-bit keys (8 base64url characters
 * each) or `f` every question in full (`InlineQuestion` rows); with `r` or `k`, `h` the content
 * hash and `x` the teacher's own questions in full with their 0-based place in the quiz, and
 * (format 2) `d` reworded bank questions as changes from their original (`reworded.ts`); `k`
 * may then be empty, when every question is reworded. `l` marks a QR code's lean link; `a` is
 * the attempts allowed (absent: unlimited).
 */

/**
 * One question carried word for word; a 10th field, its partly right answers and their weights
 * (`QuizQuestion.credit`), only when it has some. A release before it reads the first nine
 * (valibot's `tuple` drops the rest) and marks a partly right answer wrong. A multiple-answer
 * question's 10th field is its choices' weights (`QuizQuestion.weights`), in a link of format 5
 * or 6 only (`MULTI_VERSIONS`), which an older release refuses as "made by a newer version".
 */
export type InlineQuestion =
	| [
			id: string,
			type: string,
			prompt: string,
			answer: string,
			choices: string[] | null,
			accept: string[] | null,
			explanation: string,
			doc: string,
			quote: string
	  ]
	| [
			id: string,
			type: string,
			prompt: string,
			answer: string,
			choices: string[] | null,
			accept: string[] | null,
			explanation: string,
			doc: string,
			quote: string,
			credit: Record<string, number> | number[]
	  ];

/**
 * One question of a QR code's lean quiz (`leanQuiz`; format 4, `DIGIT_VERSION`), without the
 * four fields a lean question leaves empty or makes up (its id `own-<place>`/`uc-<place>`, its
 * explanation, source document and passage): `kind` is its type's place in `QUIZ_TYPES`, plus 4
 * for the teacher's own question (`own-`, else a course's `uc-`); `answer` is the key, or its
 * place among `choices` when it is one of them. `list`: the choices (null when none), then
 * the other accepted answers. 14 lean questions of a teacher's handouts (`GLOSSARY_QUIZ`): 866
 * bytes of QR code in 9-field rows, 791 in these (format 3's dictionary), 706 with format 4's
 * (teacher outsider of session 35).
 */
export type LeanRow =
	| [kind: number, prompt: string, answer: string | number]
	| [kind: number, prompt: string, answer: string | number, list: string[] | null]
	| [
			kind: number,
			prompt: string,
			answer: string | number,
			list: string[] | null,
			accept: string[]
	  ];

/** The timer modes by their number in `s[0]`. */
const TIMERS = ['none', 'quiz', 'question'] as const;
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const INLINE_FIELDS = [
	v.string(),
	v.string(),
	text(2000),
	text(500),
	v.nullable(v.array(text(500))),
	v.nullable(v.array(text(500))),
	text(4000),
	text(200),
	text(4000)
] as const;
/** A partly right answer's weight in percent, above 0 and below 100 (`QuizQuestion.credit`). */
export const CREDIT = v.pipe(
	v.record(text(500), v.pipe(v.number(), v.gtValue(0), v.ltValue(100))),
	v.check((credit) => Object.keys(credit).length <= 26, 'too many partly right answers')
);
/** A multiple-answer question's weights in percent, one per choice (`QuizQuestion.weights`). */
const WEIGHTS = v.pipe(
	v.array(v.pipe(v.number(), v.minValue(-100), v.maxValue(100))),
	v.maxLength(MULTI_MAX_CHOICES)
);
const InlineSchema = v.union([
	v.strictTuple([...INLINE_FIELDS, CREDIT]),
	v.strictTuple([...INLINE_FIELDS, WEIGHTS]),
	v.tuple([...INLINE_FIELDS])
]);

const LEAN_KIND = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7));
/** A key, or its place among at most six choices (`QuestionSchema`). */
const LEAN_ANSWER = v.union([
	text(500),
	v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5))
]);
const LEAN_LIST = v.nullable(v.array(text(500)));
const LeanSchema = v.union([
	v.strictTuple([LEAN_KIND, text(2000), LEAN_ANSWER]),
	v.strictTuple([LEAN_KIND, text(2000), LEAN_ANSWER, LEAN_LIST]),
	v.strictTuple([LEAN_KIND, text(2000), LEAN_ANSWER, LEAN_LIST, v.array(text(500))])
]);
/** A carried question: every field (`InlineQuestion`), or a QR code's lean row (`LeanRow`). */
const RowSchema = v.union([InlineSchema, LeanSchema]);

/** Every field of a quiz link's payload, checked before anything reads it. */
export const PayloadSchema = v.pipe(
	v.object({
		i: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{6,24}$/)),
		// Cleaned as it will be shown: a title of zero-width or bidi characters alone is none.
		t: v.pipe(
			v.string(),
			v.transform(cleanDisplayText),
			v.minLength(1, 'the quiz has no visible title'),
			v.maxLength(LIMITS.titleChars)
		),
		c: v.pipe(
			v.number(),
			v.integer(),
			v.minValue(0),
			v.maxValue(LATEST_DATE_SECONDS, 'the quiz’s creation date is impossible')
		),
		s: v.tuple([
			v.picklist([0, 1, 2]),
			v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.maxSeconds)),
			v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(15))
		]),
		r: v.optional(
			v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{2,80}$/))), v.minLength(1))
		),
		k: v.optional(
			v.pipe(v.string(), v.regex(/^(?:[A-Za-z0-9_-]{8})*$/), v.maxLength(LIMITS.maxQuestions * 8))
		),
		h: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/))),
		f: v.optional(v.pipe(v.array(RowSchema), v.minLength(1))),
		/** With references: the teacher's own questions, in full, with their place in the quiz. */
		x: v.optional(
			v.array(
				v.tuple([
					v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.maxQuestions - 1)),
					RowSchema
				])
			)
		),
		/** With references: reworded bank questions, as changes from their original. */
		d: v.optional(v.array(RewordedRowSchema)),
		/**
		 * A QR code's lean link (`leanQuiz`): the teacher's version of the questions
		 * (`quizVersionId`), as the questions carried word for word come without explanations,
		 * source passages and their long ids. An older Flashpoint ignores it.
		 */
		l: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/))),
		/**
		 * Attempts allowed (`attempt-limit.ts`), 1–3; absent: unlimited. An older Flashpoint
		 * ignores it (and lets a student submit as often as they like).
		 */
		a: v.optional(v.picklist(ATTEMPT_LIMITS))
	}),
	v.check(
		(p) => [p.r, p.k, p.f].filter((x) => x !== undefined).length === 1 && !!p.h === !p.f,
		'a quiz carries either references or questions'
	),
	v.check((p) => !(p.f && (p.x || p.d)), 'a quiz carries either references or questions'),
	v.check((p) => p.k !== '' || !!p.d?.length, 'the quiz has no questions'),
	v.check(
		(p) => questionCount(p) <= LIMITS.maxQuestions,
		`a quiz has at most ${LIMITS.maxQuestions} questions`
	)
);

/** How many questions a payload's fields (`r`/`k`/`f`, `x`, `d`) hold. */
export function questionCount(p: {
	r?: unknown[];
	k?: string;
	f?: unknown[];
	x?: unknown[];
	d?: unknown[];
}): number {
	const main = p.r?.length ?? (p.k !== undefined ? p.k.length / 8 : (p.f?.length ?? 0));
	return main + (p.x?.length ?? 0) + (p.d?.length ?? 0);
}

/** A payload that passed `PayloadSchema`. */
export type Payload = v.InferOutput<typeof PayloadSchema>;

/**
 * The title as the decoder will read it (`PayloadSchema.t`): cleaned for display, at most
 * `LIMITS.titleChars` characters, and "Class quiz" (New quiz's own default) when nothing visible
 * is left. Without it a quiz titled " " (a file's or a fuzzer's) made a code its own decoder
 * refused ("the quiz has no visible title"): quiz-parts' round-trip property, CI of session 28.
 */
export function payloadTitle(title: string): string {
	return cleanDisplayText(title).slice(0, LIMITS.titleChars).trim() || 'Class quiz';
}

/**
 * The fields every payload has: id, title, creation time (whole seconds) and settings; and `l`
 * on a lean link.
 */
export function basePayload(quiz: Quiz): Pick<Payload, 'i' | 't' | 'c' | 's' | 'l' | 'a'> {
	return {
		...(quiz.settings.attempts ? { a: quiz.settings.attempts } : {}),
		...(quiz.lean && quiz.version ? { l: quiz.version } : {}),
		i: quiz.id,
		t: payloadTitle(quiz.title),
		c: Math.floor(quiz.createdAt / 1000),
		s: [
			TIMERS.indexOf(quiz.settings.timer) as 0 | 1 | 2,
			quiz.settings.seconds,
			flagBits(quiz.settings)
		]
	};
}

/** The settings a payload's `s` says; a string says why they are impossible. */
export function payloadSettings(s: Payload['s'], attempts?: Payload['a']): QuizSettings | string {
	const settings: QuizSettings = {
		timer: TIMERS[s[0]],
		seconds: s[1],
		...flagsOf(s[2]),
		...(attempts ? { attempts } : {})
	};
	if (settings.timer !== 'none' && settings.seconds < 5) return 'the time limit is too short';
	return settings;
}

/** A question as the row a payload carries (`f`, `x`). */
export function inlineQuestion(q: QuizQuestion): InlineQuestion {
	return [
		q.id,
		q.type,
		q.prompt,
		q.answer,
		q.choices ?? null,
		q.accept ?? null,
		q.explanation,
		q.source.doc,
		q.source.quote,
		...(q.type === 'multi'
			? [[...(q.weights ?? [])]]
			: q.credit && Object.keys(q.credit).length
				? [{ ...q.credit }]
				: [])
	] as InlineQuestion;
}

/**
 * `q`, the question at 0-based `index` of a lean quiz (`leanQuiz`), as its `LeanRow`, when it
 * is lean (an id `own-<index>` or `uc-<index>`, no explanation, no passage: what `leanQuiz`
 * makes of a question carried word for word); null for any other question (it travels whole).
 */
export function leanRow(q: QuizQuestion, index: number): LeanRow | null {
	const own = q.id === `own-${index}`;
	if (!(own || q.id === `uc-${index}`) || q.explanation || q.source.quote) return null;
	// A lean row has no place for partly right answers or a multiple-answer question's weights:
	// such a question travels whole.
	if (q.credit || q.type === 'multi') return null;
	if (q.source.doc !== OWN_DOC) return null;
	const kind = QUIZ_TYPES.indexOf(q.type) + (own ? 4 : 0);
	const place = q.choices?.indexOf(q.answer) ?? -1;
	const answer = place >= 0 ? place : q.answer;
	if (q.accept?.length) return [kind, q.prompt, answer, q.choices ?? null, q.accept];
	return q.choices ? [kind, q.prompt, answer, q.choices] : [kind, q.prompt, answer];
}

/** A lean row (`LeanRow`) at 0-based `index` as the 9 fields of a whole one, or a string: why not. */
function fromLeanRow(row: LeanRow, index: number): InlineQuestion | string {
	const [kind, prompt, answer, list = null, accept = null] = row;
	const type = QUIZ_TYPES[kind % 4];
	const key = typeof answer === 'number' ? list?.[answer] : answer;
	if (key === undefined) return `question ${index + 1}: its answer is not one of its choices`;
	return [`${kind >= 4 ? 'own' : 'uc'}-${index}`, type, prompt, key, list, accept, '', OWN_DOC, ''];
}

/**
 * The first problem, for the refusal. Our own messages are whole phrases ("the quiz has no
 * visible title"); valibot's defaults ("Invalid type: …") need the field's path to mean anything.
 * The value received is quoted at most 40 characters long (a 100,000-character id was repeated
 * whole in the message).
 */
export function describeIssue(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
	const issue = issues[0];
	const path = v.getDotPath(issue);
	const message =
		issue.received.length > 40
			? issue.message.replace(issue.received, quotedSnippet(issue.received))
			: issue.message;
	return path && message.startsWith('Invalid') ? `${path}: ${message}` : message;
}

/**
 * One carried question (a row at 0-based `index`), checked like a bank question; a string says
 * what is wrong with it.
 */
export function inlineToQuestion(
	row: v.InferOutput<typeof RowSchema> | InlineQuestion,
	index: number
): QuizQuestion | string {
	const whole = row.length >= 9 ? (row as InlineQuestion) : fromLeanRow(row as LeanRow, index);
	if (typeof whole === 'string') return whole;
	const [id, type, prompt, answer, choices, accept, explanation, doc, quote, credit] = whole;
	if (type === 'multi' || Array.isArray(credit))
		return multiFromRow(whole, Array.isArray(credit) ? credit : [], index);
	const candidate = {
		id,
		type,
		prompt,
		answer,
		...(choices ? { choices } : {}),
		...(accept ? { accept } : {}),
		explanation,
		source: { doc, quote },
		fact: id,
		topics: [],
		difficulty: 1,
		// Checked with the imported questions' rule: a question from a GIFT, Aiken, Moodle XML or
		// Anki file may have no explanation and no source sentence (none is ever invented), and
		// still is what a student must see: the prompt, the choices, the answer.
		origin: 'imported'
	};
	const question = v.safeParse(QuestionSchema, candidate);
	if (!question.success) return `question ${index + 1}: ${describeIssue(question.issues)}`;
	// Trimmed is not enough: zero-width or bidi characters alone would show as nothing.
	if (![prompt, answer, ...(choices ?? [])].every((text) => cleanDisplayText(text)))
		return `question ${index + 1} has text that shows as nothing`;
	if (!(QUIZ_TYPES as readonly string[]).includes(question.output.type))
		return `question ${index + 1} has a type a quiz cannot ask`;
	const asked = toQuizQuestion(question.output);
	if (!credit) return asked;
	// A partly right choice is one of the choices, never the key.
	const forms = Object.keys(credit);
	if (
		forms.includes(asked.answer) ||
		(asked.choices && !forms.every((f) => asked.choices!.includes(f)))
	)
		return `question ${index + 1}: a partly right answer is not one of its other choices`;
	return { ...asked, credit: { ...credit } };
}

/**
 * A carried multiple-answer question (`multi`, its 10th field the weights), checked as its own
 * type (a bank question has none): two to `MULTI_MAX_CHOICES` different choices that show as
 * something, a weight for each (`multiProblem`), no accepted answers; its key is its right
 * choices (`multiKeyText`), whatever the row says.
 */
function multiFromRow(
	row: InlineQuestion,
	weights: number[],
	index: number
): QuizQuestion | string {
	const [id, type, prompt, , choices, accept, explanation, doc, quote] = row;
	const problem =
		type !== 'multi' || accept
			? 'its choices’ weights belong to a multiple-answer question'
			: multiRowProblem(choices ?? [], weights);
	if (problem) return `question ${index + 1}: ${problem}`;
	if (!id.trim() || !cleanDisplayText(prompt) || !doc.trim())
		return `question ${index + 1} has text that shows as nothing`;
	return {
		id,
		type: 'multi',
		prompt,
		answer: multiKeyText(choices!, weights),
		choices: [...choices!],
		weights: [...weights],
		explanation,
		source: { doc, quote }
	};
}
