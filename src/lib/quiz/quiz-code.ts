import * as v from 'valibot';
import {
	DIGIT_VERSION,
	decodeEnvelope,
	encodeEnvelope,
	failure,
	MULTI_VERSIONS,
	quizCodeInDigits,
	type Decoded,
	type Limits
} from './envelope';
import { crc32Text, toBase64Url } from './bytes';
import {
	basePayload,
	describeIssue,
	inlineQuestion,
	inlineToQuestion,
	leanRow,
	payloadSettings,
	PayloadSchema,
	questionCount,
	type InlineQuestion,
	type LeanRow,
	type Payload
} from './quiz-payload';
import { quizContentHash } from './content-hash';
import { isOwnQuestion, OWN_DOC } from './edit';
import { qrFit } from './qr';
import { travelsInFull, travelsWordForWord } from './travels';
import { quizVersionId } from './versions';
import { changesFrom, type Changes, type RewordedRow } from './reworded';
import type { Quiz, QuizQuestion, QuizSettings } from './types';

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
/**
 * Code length (characters) under which the full text is carried; fits a readable QR code
 * (version 19 at M, `QR_BYTES.projectorM`) with a ~60-character origin.
 */
export const INLINE_BUDGET_CHARS = 550;

/** A decoded quiz's place for each of the teacher's own questions (0-based) and the question. */
export type OwnQuestions = { index: number; question: QuizQuestion }[];

/** A quiz link decoded and validated, but (in reference form) not yet matched to a bank. */
export interface DecodedQuiz {
	id: string;
	title: string;
	createdAt: number;
	settings: QuizSettings;
	/** A QR code's lean link (`leanQuiz`): carried questions come without explanations. */
	lean?: boolean;
	/** With `lean`: the teacher's version of the questions (`quizVersionId`). */
	version?: string;
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
		own?: OwnQuestions;
		/** Reworded bank questions: place, the original's key, id and what changed. */
		reworded?: RewordedRef[];
	};
}

/** A reworded question as a link names it: its place, its original's key, its id, the changes. */
export interface RewordedRef {
	index: number;
	key: string;
	id: string;
	changes: Changes;
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
 * short enough, else hashed ids (long ids would not fit a projectable QR code). A reworded bank
 * question travels as what changed from its original (`reworded.ts`, format 2: `Q2.`); a link
 * without one stays format 1, so a class on an older release still opens it.
 */
export function encodeQuizRefs(quiz: Quiz): string {
	const own: [number, InlineQuestion | LeanRow][] = [];
	const reworded: RewordedRow[] = [];
	const fromBank: QuizQuestion[] = [];
	quiz.questions.forEach((q, index) => {
		const changes = rewordedChanges(q);
		if (changes && q.from) reworded.push([index, questionKey(q.from.id), q.id, changes]);
		else if (travelsInFull(q)) own.push([index, rowOf(quiz, q, index)]);
		else fromBank.push(q);
	});
	if (fromBank.length === 0 && reworded.length === 0) return encodeQuizFull(quiz);
	const base = {
		...basePayload(quiz),
		h: quizContentHash(quiz.questions),
		...(own.length ? { x: own } : {}),
		...(reworded.length ? { d: reworded } : {})
	};
	const version = formatOf(
		quiz,
		own.map(([, row]) => row),
		reworded.length ? 2 : 1
	);
	const byKey = encodeEnvelope(
		'quiz',
		JSON.stringify({ ...base, k: fromBank.map((q) => questionKey(q.id)).join('') }),
		version
	);
	if (fromBank.length === 0) return byKey;
	const byId = encodeEnvelope(
		'quiz',
		JSON.stringify({ ...base, r: fromBank.map((q) => q.id) }),
		version
	);
	return byId.length <= byKey.length ? byId : byKey;
}

/** What a reworded bank question changes (`reworded.ts`); null for any other question. */
function rewordedChanges(q: QuizQuestion): Changes | null {
	return q.from && travelsInFull(q) ? changesFrom(q, q.from) : null;
}

/**
 * A carried question's row: a lean quiz's lean question as its short `LeanRow`, any other
 * question with its every field (`InlineQuestion`).
 */
function rowOf(quiz: Quiz, q: QuizQuestion, index: number): InlineQuestion | LeanRow {
	return (quiz.lean && leanRow(q, index)) || inlineQuestion(q);
}

/**
 * The self-contained form: every word of every question (a lean quiz's lean questions as short
 * rows: a QR code's format 4, in digits, `DIGIT_VERSION`).
 */
export function encodeQuizFull(quiz: Quiz): string {
	const rows = quiz.questions.map((q, index) => rowOf(quiz, q, index));
	return encodeEnvelope(
		'quiz',
		JSON.stringify({ ...basePayload(quiz), f: rows }),
		formatOf(quiz, rows, 1)
	);
}

/**
 * The format a link of `quiz` is written in, its carried questions `rows`: with a multiple-answer
 * question, 5 (or 6 in digits, with lean rows), which older releases refuse as newer
 * (`MULTI_VERSIONS`); else `DIGIT_VERSION` with lean rows, else `plain` (1, or 2 with reworded
 * questions), as before.
 */
function formatOf(
	quiz: Pick<Quiz, 'questions'>,
	rows: readonly (InlineQuestion | LeanRow)[],
	plain: number
): number {
	const lean = rows.some((row) => row.length < 9);
	if (quiz.questions.some((q) => q.type === 'multi'))
		return lean ? MULTI_VERSIONS.digits : MULTI_VERSIONS.text;
	return lean ? DIGIT_VERSION : plain;
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
 * The quiz as its QR code carries it when the whole quiz does not fit one (`qrCodeOf`): each
 * question that travels word for word (the teacher's own, a user course's) keeps what it needs
 * to be answered and marked (prompt, choices, key, accepted answers) and leaves its explanation
 * and source passage to the full link. Issue 14: with them, 1–2 questions of a teacher's course
 * fit a readable code. Bank questions keep theirs (the student's bank has them anyway).
 */
export function leanQuiz(quiz: Quiz): Quiz {
	return {
		...quiz,
		lean: true,
		// The teacher's version of the words: the short ids below would hash otherwise.
		version: quizVersionId(quiz.questions),
		questions: quiz.questions.map((q, index) =>
			travelsWordForWord(q)
				? {
						// A short id (a course question's is ~70 characters, and random): answers
						// travel by place, and the version above names the teacher's questions.
						id: `${isOwnQuestion(q) ? 'own' : 'uc'}-${index}`,
						type: q.type,
						prompt: q.prompt,
						answer: q.answer,
						...(q.choices ? { choices: q.choices } : {}),
						...(q.accept ? { accept: q.accept } : {}),
						// Kept: a question with partly right answers travels whole (`leanRow`).
						...(q.credit ? { credit: q.credit } : {}),
						// A multiple-answer question marks by them: it travels whole (`leanRow`).
						...(q.weights ? { weights: q.weights } : {}),
						explanation: '',
						source: { doc: OWN_DOC, quote: '' }
					}
				: q
		)
	};
}

/**
 * The code a QR code shows, in digits (format 3, `quizCodeInDigits`: about 30% fewer QR bits):
 * the quiz's full code when its link fits a readable QR code, else the lean one (`leanQuiz`)
 * when any question leaves something out, else the full one (too long for a readable code
 * either way). `origin`: the app's, as the link starts. The link to copy and share is always
 * the full code, in base64url (fewer characters in a chat).
 */
export function qrCodeOf(quiz: Quiz, origin: string, full = encodeQuiz(quiz)): string {
	const whole = quizCodeInDigits(full, QUIZ_LIMITS);
	if (qrFit(`${origin}/quiz#${whole}`) === 'projector') return whole;
	if (!quiz.questions.some(travelsWordForWord)) return whole;
	return quizCodeInDigits(encodeQuiz(leanQuiz(quiz)), QUIZ_LIMITS);
}

const invalid = (detail: string) =>
	failure('invalid', `This quiz link is not valid (${detail}). Ask your teacher for a new one.`);

/**
 * Reads a quiz link or code (`input`, as pasted or scanned): envelope, then every field of its
 * payload. Never throws; a failure's message says what is wrong and what to do. In reference
 * form the questions are still to be found in a bank (`resolveQuiz`).
 */
export function decodeQuiz(input: string): Decoded<DecodedQuiz> {
	const envelope = decodeEnvelope(input, 'quiz', QUIZ_LIMITS);
	if (!envelope.ok) return envelope;
	const parsed = v.safeParse(PayloadSchema, envelope.value);
	if (!parsed.success) return invalid(describeIssue(parsed.issues));
	const p: Payload = parsed.output;
	const settings = payloadSettings(p.s, p.a);
	if (typeof settings === 'string') return invalid(settings);
	const decoded: DecodedQuiz = {
		id: p.i,
		title: p.t,
		createdAt: p.c * 1000,
		settings,
		...(p.l ? { lean: true, version: p.l } : {})
	};
	const own = ownQuestions(p);
	if (typeof own === 'string') return invalid(own);
	const withOwn = {
		...(own.length ? { own } : {}),
		...(p.d?.length
			? { reworded: p.d.map(([index, key, id, changes]) => ({ index, key, id, changes })) }
			: {})
	};
	if (p.r && p.h) {
		if (new Set(p.r).size !== p.r.length) return invalid('a question appears twice');
		decoded.refs = { ids: p.r, hash: p.h, ...withOwn };
		return { ok: true, value: decoded };
	}
	if (p.k !== undefined && p.h) {
		const keys = p.k.match(/.{8}/g) ?? [];
		if (new Set(keys).size !== keys.length) return invalid('a question appears twice');
		decoded.refs = { keys, hash: p.h, ...withOwn };
		return { ok: true, value: decoded };
	}
	const questions = fullQuestions(p);
	if (typeof questions === 'string') return invalid(questions);
	decoded.questions = questions;
	return { ok: true, value: decoded };
}

/**
 * A reference payload's own questions (`x`) in quiz order; a string says what is wrong. Their
 * places and the reworded questions' (`d`) must all differ and lie inside the quiz.
 */
function ownQuestions(p: Payload): OwnQuestions | string {
	const own: OwnQuestions = [];
	for (const [index, row] of p.x ?? []) {
		const question = inlineToQuestion(row, index);
		if (typeof question === 'string') return question;
		own.push({ index, question });
	}
	const places = [...own.map((o) => o.index), ...(p.d ?? []).map((row) => row[0])];
	if (new Set(places).size !== places.length) return 'two questions share a place';
	if (places.some((index) => index >= questionCount(p)))
		return 'a question is placed past the end of the quiz';
	return own.sort((a, b) => a.index - b.index);
}

/** A self-contained payload's questions (`f`); a string says what is wrong. */
function fullQuestions(p: Payload): QuizQuestion[] | string {
	const questions: QuizQuestion[] = [];
	for (const [index, row] of (p.f ?? []).entries()) {
		const question = inlineToQuestion(row, index);
		if (typeof question === 'string') return question;
		questions.push(question);
	}
	if (new Set(questions.map((q) => q.id)).size !== questions.length)
		return 'a question appears twice';
	return questions;
}
