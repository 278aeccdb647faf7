import * as v from 'valibot';
import type { BankIndex } from '$lib/content/bank';
// Relative, not $lib: bench/quiz.ts runs this module under plain tsx.
import { QuestionSchema } from '$lib/content/schema';
import { cleanDisplayText } from '$lib/text/fold';
import { toQuizQuestion } from './build';
import { travelsInFull } from './course-source';
import {
	crc32Text,
	toBase64Url,
	decodeEnvelope,
	encodeEnvelope,
	failure,
	LATEST_DATE_SECONDS,
	type Decoded,
	type Limits
} from './envelope';
import { LIMITS, QUIZ_TYPES, type Quiz, type QuizQuestion, type QuizSettings } from './types';

/**
 * What a quiz link carries, and why.
 *
 * A 20-question quiz with its full text (prompts, choices, explanations, source quotes) is about
 * 4–5 KB even compressed, several times what a QR code a phone can read off a projector holds
 * (version 25 at level M: 997 bytes for the whole link, about 720 bytes of code after base64url).
 * So a link normally carries REFERENCES: the questions in order, named either by their bank ids
 * or, when shorter (bank ids may be up to 81 characters), by a 48-bit hash of each id (8 base64
 * characters a question, whatever the id's length), plus one CRC-32 of their content (type, prompt, answer, accepted answers, choices). The student's copy of the
 * bank (shipped with the app and precached, so it is there offline) supplies the text, and the
 * hash proves it is exactly the teacher's question set; if the student's bank is older or newer
 * and any question differs, the quiz refuses to start with a clear reason instead of silently
 * asking different questions. Explanations and quotes are left out of the hash so a typo fix in
 * an explanation does not break a class's quiz.
 *
 * When the whole quiz, text included, still fits the QR budget (small quizzes), the link carries
 * the full content instead and needs no bank at all. The teacher's device always stores the full
 * quiz (Dexie), so re-scoring never depends on the bank either.
 */

/**
 * What a student's device accepts. A quiz from the teacher's own course carries every word (see
 * `course-source.ts`): 50 questions come to about 10,000 characters (35 KB of JSON), so the
 * limits leave room for long questions while still bounding what a pasted link can cost.
 */
export const QUIZ_LIMITS: Limits = { maxChars: 48_000, maxJsonBytes: 256 * 1024 };
/** Code length (characters) under which the full text is carried; fits v25-M with a ~60-char origin. */
export const INLINE_BUDGET_CHARS = 880;

type InlineQuestion = [
	id: string,
	type: string,
	prompt: string,
	answer: string,
	choices: string[] | null,
	accept: string[] | null,
	explanation: string,
	doc: string,
	quote: string
];

const TIMERS = ['none', 'quiz', 'question'] as const;
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

const InlineSchema = v.tuple([
	v.string(),
	v.string(),
	text(2000),
	text(500),
	v.nullable(v.array(text(500))),
	v.nullable(v.array(text(500))),
	text(4000),
	text(200),
	text(4000)
]);

const PayloadSchema = v.pipe(
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
			v.pipe(v.string(), v.regex(/^(?:[A-Za-z0-9_-]{8})+$/), v.maxLength(LIMITS.maxQuestions * 8))
		),
		h: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/))),
		f: v.optional(v.pipe(v.array(InlineSchema), v.minLength(1))),
		/** With references: the teacher's own questions, in full, with their place in the quiz. */
		x: v.optional(
			v.array(
				v.tuple([
					v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.maxQuestions - 1)),
					InlineSchema
				])
			)
		)
	}),
	v.check(
		(p) => [p.r, p.k, p.f].filter(Boolean).length === 1 && !!p.h === !p.f,
		'a quiz carries either references or questions'
	),
	v.check((p) => !(p.f && p.x), 'a quiz carries either references or questions'),
	v.check(
		(p) =>
			(p.r ?? p.k?.match(/.{8}/g) ?? p.f ?? []).length + (p.x?.length ?? 0) <= LIMITS.maxQuestions,
		`a quiz has at most ${LIMITS.maxQuestions} questions`
	)
);
type Payload = v.InferOutput<typeof PayloadSchema>;

/** A quiz link decoded and validated, but (in reference form) not yet matched to a bank. */
export interface DecodedQuiz {
	id: string;
	title: string;
	createdAt: number;
	settings: QuizSettings;
	/** Present when the link carries the full text. */
	questions?: QuizQuestion[];
	/**
	 * Present when the link carries bank references: the bank questions in order, and the
	 * teacher's own questions (full text) with their 0-based place in the whole quiz.
	 */
	refs?: {
		ids?: string[];
		keys?: string[];
		hash: string;
		own?: { index: number; question: QuizQuestion }[];
	};
}

const FLAGS = ['shuffleQuestions', 'shuffleChoices', 'allowBack', 'showAnswers'] as const;

export function quizContentHash(questions: readonly QuizQuestion[]): string {
	const canonical = questions.map((q) => [
		q.id,
		q.type,
		q.prompt,
		q.answer,
		q.choices ?? null,
		q.accept ?? null
	]);
	return crc32Text(JSON.stringify(canonical)).toString(16).padStart(8, '0');
}

function basePayload(quiz: Quiz) {
	let flags = 0;
	FLAGS.forEach((flag, bit) => {
		if (quiz.settings[flag]) flags |= 1 << bit;
	});
	return {
		i: quiz.id,
		t: quiz.title,
		c: Math.floor(quiz.createdAt / 1000),
		s: [TIMERS.indexOf(quiz.settings.timer), quiz.settings.seconds, flags]
	};
}

/** A question's id as 48 bits (CRC-32 plus 16 bits of FNV-1a): 8 base64url characters. */
export function questionKey(id: string): string {
	const bytes = new Uint8Array(6);
	const view = new DataView(bytes.buffer);
	view.setUint32(0, crc32Text(id));
	let fnv = 0x811c9dc5;
	for (const byte of new TextEncoder().encode(id)) fnv = Math.imul(fnv ^ byte, 0x01000193) >>> 0;
	view.setUint16(4, fnv & 0xffff);
	return toBase64Url(bytes);
}

/**
 * The reference form: small; the student's bank supplies the text. Readable ids when they are
 * short enough, else hashed ids (long ids would not fit a projectable QR code).
 */
export function encodeQuizRefs(quiz: Quiz): string {
	const own = quiz.questions.flatMap((q, index) =>
		travelsInFull(q) ? [[index, inlineQuestion(q)] as const] : []
	);
	const fromBank = quiz.questions.filter((q) => !travelsInFull(q));
	if (fromBank.length === 0) return encodeQuizFull(quiz);
	const base = {
		...basePayload(quiz),
		h: quizContentHash(quiz.questions),
		...(own.length ? { x: own } : {})
	};
	const byId = encodeEnvelope('quiz', JSON.stringify({ ...base, r: fromBank.map((q) => q.id) }));
	const byKey = encodeEnvelope(
		'quiz',
		JSON.stringify({ ...base, k: fromBank.map((q) => questionKey(q.id)).join('') })
	);
	return byId.length <= byKey.length ? byId : byKey;
}

function inlineQuestion(q: QuizQuestion): InlineQuestion {
	return [
		q.id,
		q.type,
		q.prompt,
		q.answer,
		q.choices ?? null,
		q.accept ?? null,
		q.explanation,
		q.source.doc,
		q.source.quote
	];
}

/** The self-contained form: every word of every question. */
export function encodeQuizFull(quiz: Quiz): string {
	return encodeEnvelope(
		'quiz',
		JSON.stringify({ ...basePayload(quiz), f: quiz.questions.map(inlineQuestion) })
	);
}

/**
 * The full form when it fits a projectable QR code, else the reference form (bank questions by
 * reference, the teacher's own ones in full: see `QR_LIMITS` for what still fits a QR code).
 */
export function encodeQuiz(quiz: Quiz, budgetChars = INLINE_BUDGET_CHARS): string {
	const full = encodeQuizFull(quiz);
	return full.length <= budgetChars ? full : encodeQuizRefs(quiz);
}

/**
 * The first problem, for the refusal. Our own messages are whole phrases ("the quiz has no
 * visible title"); valibot's defaults ("Invalid type: …") need the field's path to mean anything.
 */
function describeIssue(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
	const issue = issues[0];
	const path = v.getDotPath(issue);
	return path && issue.message.startsWith('Invalid') ? `${path}: ${issue.message}` : issue.message;
}

const invalid = (detail: string) =>
	failure('invalid', `This quiz link is not valid (${detail}). Ask your teacher for a new one.`);

export function decodeQuiz(input: string): Decoded<DecodedQuiz> {
	const envelope = decodeEnvelope(input, 'quiz', QUIZ_LIMITS);
	if (!envelope.ok) return envelope;
	const parsed = v.safeParse(PayloadSchema, envelope.value);
	if (!parsed.success) return invalid(describeIssue(parsed.issues));
	const p: Payload = parsed.output;
	const settings: QuizSettings = {
		timer: TIMERS[p.s[0]],
		seconds: p.s[1],
		shuffleQuestions: false,
		shuffleChoices: false,
		allowBack: false,
		showAnswers: false
	};
	FLAGS.forEach((flag, bit) => (settings[flag] = (p.s[2] & (1 << bit)) !== 0));
	if (settings.timer !== 'none' && settings.seconds < 5)
		return invalid('the time limit is too short');
	const decoded: DecodedQuiz = { id: p.i, title: p.t, createdAt: p.c * 1000, settings };
	const own: { index: number; question: QuizQuestion }[] = [];
	for (const [index, row] of p.x ?? []) {
		const question = inlineToQuestion(row, index);
		if (typeof question === 'string') return invalid(question);
		own.push({ index, question });
	}
	if (new Set(own.map((o) => o.index)).size !== own.length)
		return invalid('two questions share a place');
	const refCount = p.r?.length ?? (p.k ? p.k.length / 8 : 0);
	if (own.some((o) => o.index >= refCount + own.length))
		return invalid('a question is placed past the end of the quiz');
	const withOwn = own.length ? { own: own.sort((a, b) => a.index - b.index) } : {};
	if (p.r && p.h) {
		if (new Set(p.r).size !== p.r.length) return invalid('a question appears twice');
		decoded.refs = { ids: p.r, hash: p.h, ...withOwn };
		return { ok: true, value: decoded };
	}
	if (p.k && p.h) {
		const keys = p.k.match(/.{8}/g) ?? [];
		if (new Set(keys).size !== keys.length) return invalid('a question appears twice');
		decoded.refs = { keys, hash: p.h, ...withOwn };
		return { ok: true, value: decoded };
	}
	const questions: QuizQuestion[] = [];
	for (const [index, row] of (p.f ?? []).entries()) {
		const question = inlineToQuestion(row, index);
		if (typeof question === 'string') return invalid(question);
		questions.push(question);
	}
	if (new Set(questions.map((q) => q.id)).size !== questions.length)
		return invalid('a question appears twice');
	decoded.questions = questions;
	return { ok: true, value: decoded };
}

/** One carried question, checked like a bank question; a string says what is wrong with it. */
function inlineToQuestion(
	row: v.InferOutput<typeof InlineSchema>,
	index: number
): QuizQuestion | string {
	const [id, type, prompt, answer, choices, accept, explanation, doc, quote] = row;
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
	return toQuizQuestion(question.output);
}

/** Gives a decoded quiz its questions: its own, or the matching ones from this device's bank. */
export function resolveQuiz(decoded: DecodedQuiz, bank: BankIndex | null): Decoded<Quiz> {
	const base = {
		id: decoded.id,
		title: decoded.title,
		createdAt: decoded.createdAt,
		settings: decoded.settings
	};
	if (decoded.questions) return { ok: true, value: { ...base, questions: decoded.questions } };
	const refs = decoded.refs!;
	const mismatch = (why: string) =>
		failure(
			'bank-mismatch',
			`This quiz cannot start on this device: ${why}. Reload Flashpoint while online to get the latest questions, or ask your teacher to check that their app is up to date.`
		);
	if (!bank) return mismatch('the question bank is not available');
	let ids = refs.ids;
	if (refs.keys) {
		const byKey = new Map<string, string | null>();
		for (const q of bank.bank.questions) {
			const key = questionKey(q.id);
			byKey.set(key, byKey.has(key) ? null : q.id);
		}
		ids = [];
		for (const key of refs.keys) {
			const id = byKey.get(key);
			if (!id) return mismatch('it uses questions your copy of the question bank does not have');
			ids.push(id);
		}
	}
	const questions: QuizQuestion[] = [];
	for (const id of ids ?? []) {
		const q = bank.questionById.get(id);
		if (!q) return mismatch('it uses questions your copy of the question bank does not have');
		if (!(QUIZ_TYPES as readonly string[]).includes(q.type))
			return mismatch('it uses a question type a quiz cannot ask');
		questions.push(toQuizQuestion(q));
	}
	for (const { index, question } of refs.own ?? []) questions.splice(index, 0, question);
	if (new Set(questions.map((q) => q.id)).size !== questions.length)
		return mismatch('it asks one question twice');
	if (quizContentHash(questions) !== refs.hash)
		return mismatch(
			'your copy of the question bank words some questions differently from your teacher’s'
		);
	return { ok: true, value: { ...base, questions } };
}
