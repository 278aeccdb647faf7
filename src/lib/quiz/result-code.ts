import { closingStop } from '$lib/text/sentence';
import { plural } from '$lib/text/plural';
import * as v from 'valibot';
import { cleanDisplayText } from '$lib/text/fold';
import {
	decodeEnvelope,
	encodeEnvelope,
	failure,
	LATEST_DATE_SECONDS,
	type Decoded,
	type Limits
} from './envelope';
import { crc32Text } from './bytes';
import { LIMITS, type Answer, type Quiz, type QuizResult } from './types';
import { answeredVersion, type VersionedQuiz } from './versions';

/**
 * A result code carries only what the student did (quiz id, name, answers, time, and which
 * version of the quiz it answered), never a score: the teacher's device marks the answers
 * against its own stored copy of that version of the quiz (`versions.ts`).
 */

/**
 * Worst case: 50 typed answers of 200 characters of 3 UTF-8 bytes each (controls are cleaned out
 * before a code is made, so JSON never escapes one as 6 bytes) is ~30 KB of JSON that barely
 * compresses, ~40 000 code characters. Such a code travels as several QR codes (`result-parts.ts`)
 * or as text and a file; the limits leave room for it and still stop a decompression bomb.
 */
export const RESULT_LIMITS: Limits = { maxChars: 64_000, maxJsonBytes: 48 * 1024 };

/**
 * The longest duration a code may report, in seconds (a year). Anything the student's device
 * honestly produced decodes: an untimed quiz finished a day later, or a clock set back
 * (negative: read as 0), is the teacher's to judge, not a malformed code.
 */
export const MAX_REPORTED_SECONDS = 365 * 24 * 60 * 60;

const ATTEMPT_ID = /^[A-Za-z0-9_-]{4,24}$/;
/** The largest attempt number a code carries: a device keeps 20 finished attempts (`KEEP_FINISHED`). */
const MAX_ATTEMPT_NUMBER = 999;
const VERSION_ID = /^[0-9a-f]{8}$/;

/** A choice's index: a quiz question has at most 10 choices (`MULTI_MAX_CHOICES`). */
const CHOICE = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9));
const AnswerSchema = v.nullable(
	v.union([
		CHOICE,
		// Format 3: a multiple-answer question's ticked choices (`multi-credit.ts`).
		v.pipe(v.array(CHOICE), v.minLength(1), v.maxLength(10)),
		v.boolean(),
		v.pipe(v.string(), v.maxLength(LIMITS.typedAnswerChars))
	])
);

const PayloadSchema = v.object({
	q: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{6,24}$/)),
	/** Format 2 on; absent in format 1 codes. */
	i: v.optional(v.pipe(v.string(), v.regex(ATTEMPT_ID))),
	/**
	 * The quiz version answered (`quizVersionId`), from 2026-12-03; codes made before have none.
	 * A field added within format 2: an older Flashpoint ignores it and reads the rest.
	 */
	v: v.optional(v.pipe(v.string(), v.regex(VERSION_ID))),
	/**
	 * Which attempt of this name on the student's device (`attemptNumber`), from quiz44; a field
	 * added within format 2, ignored by an older Flashpoint.
	 */
	t: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_ATTEMPT_NUMBER))),
	n: v.pipe(
		v.string(),
		v.transform(cleanDisplayText),
		v.minLength(1),
		v.maxLength(LIMITS.nameChars)
	),
	a: v.pipe(v.array(AnswerSchema), v.minLength(1), v.maxLength(LIMITS.maxQuestions)),
	d: v.pipe(
		v.number(),
		v.integer(),
		v.transform((d) => Math.min(Math.max(0, d), MAX_REPORTED_SECONDS))
	),
	f: v.pipe(
		v.number(),
		v.integer(),
		v.maxValue(LATEST_DATE_SECONDS),
		v.transform((f) => Math.max(0, f))
	)
});

/** A new attempt id: 12 random URL-safe characters (72 bits; collisions in a class are nil). */
export function newAttemptId(random: () => number = Math.random): string {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
	let id = '';
	for (let i = 0; i < 12; i++) id += alphabet[Math.floor(random() * 64)];
	return id;
}

/**
 * A format 1 code's stand-in attempt id, from what it carries: the same old code scanned twice
 * gets the same id (a duplicate), two pupils' codes get two ids.
 */
function legacyAttemptId(p: { q: string; n: string; a: Answer[]; d: number; f: number }): string {
	return `v1-${crc32Text(JSON.stringify([p.q, p.n, p.a, p.d, p.f])).toString(36)}`;
}

/**
 * The result as a code: format 2, or 3 when an answer is a multiple-answer question's ticked
 * choices (a teacher's device on an older release says "made by a newer version" rather than
 * marking it wrong). Never throws and never refuses: names and typed answers are cleaned and cut
 * to their limits, durations clamped, so Finish always has a code to show. A code too long for
 * one QR code is split by `splitResultCode`.
 */
export function encodeResult(result: QuizResult): string {
	const ticked = result.answers.some((a) => Array.isArray(a));
	return encodeEnvelope(
		'result',
		JSON.stringify({
			q: result.quizId,
			i: ATTEMPT_ID.test(result.attemptId) ? result.attemptId : undefined,
			v: result.version && VERSION_ID.test(result.version) ? result.version : undefined,
			t:
				result.attempt && result.attempt >= 1
					? Math.min(Math.floor(result.attempt), MAX_ATTEMPT_NUMBER)
					: undefined,
			n: cleanDisplayText(result.name).slice(0, LIMITS.nameChars) || '?',
			a: result.answers.map((a) =>
				typeof a === 'string' ? cleanDisplayText(a).slice(0, LIMITS.typedAnswerChars) : a
			),
			d: Math.min(Math.max(0, Math.round(result.seconds)), MAX_REPORTED_SECONDS),
			f: Math.max(0, Math.floor(result.finishedAt / 1000))
		}),
		ticked ? 3 : 2
	);
}

/**
 * The student's name in a result code that was refused (damaged, changed, malformed), when it can
 * still be read, so the teacher knows whose code to ask for again. Undefined when it cannot.
 */
export function nameInRefusedCode(input: string): string | undefined {
	const envelope = decodeEnvelope(input, 'result', RESULT_LIMITS, { checksum: false });
	if (!envelope.ok || typeof envelope.value !== 'object' || envelope.value === null) return;
	const name = (envelope.value as { n?: unknown }).n;
	if (typeof name !== 'string') return;
	return cleanDisplayText(name).slice(0, LIMITS.nameChars) || undefined;
}

export function decodeResult(input: string): Decoded<QuizResult> {
	const envelope = decodeEnvelope(input, 'result', RESULT_LIMITS);
	if (!envelope.ok) return envelope;
	const parsed = v.safeParse(PayloadSchema, envelope.value);
	if (!parsed.success)
		return failure('invalid', 'This result code is not valid: its contents are malformed.');
	const p = parsed.output;
	return {
		ok: true,
		value: {
			quizId: p.q,
			attemptId: p.i ?? legacyAttemptId(p),
			name: p.n,
			answers: p.a,
			seconds: p.d,
			finishedAt: p.f * 1000,
			...(p.v ? { version: p.v } : {}),
			...(p.t ? { attempt: p.t } : {})
		}
	};
}

/**
 * Checks a decoded result belongs to `quiz` and has an answer of the right kind per question of
 * the version it answered (`answeredVersion`: an earlier one the teacher's device kept).
 * `otherQuizzes` lets the refusal name the quiz the result does belong to.
 */
export function checkResultForQuiz(
	result: QuizResult,
	quiz: Quiz & VersionedQuiz,
	otherQuizzes: readonly Pick<Quiz, 'id' | 'title'>[] = []
): Decoded<QuizResult> {
	if (result.quizId !== quiz.id) {
		const owner = otherQuizzes.find((q) => q.id === result.quizId);
		return failure(
			'other-quiz',
			owner
				? `This result is for your quiz “${owner.title}”, not “${quiz.title}”${closingStop(quiz.title)} Open that quiz to add it.`
				: `This result is for another quiz, not “${quiz.title}”${closingStop(quiz.title)} It was not added.`
		);
	}
	const version = answeredVersion(quiz, result);
	const { questions } = version;
	// Another version's result whose answers do not fit these questions cannot be marked at all.
	const unknown =
		version.kind === 'unknown'
			? ' It answered a version of this quiz this device does not have (you changed its questions before Flashpoint kept versions).'
			: '';
	if (result.answers.length !== questions.length)
		return failure(
			'invalid',
			`This result has ${plural(result.answers.length, 'answer')} but the quiz has ${plural(questions.length, 'question')}.${unknown} It was not added.`
		);
	const fits = (answer: Answer, index: number) => {
		if (answer === null) return true;
		const q = questions[index];
		if (q.type === 'mcq') return typeof answer === 'number' && answer < (q.choices?.length ?? 0);
		if (q.type === 'multi')
			return (
				Array.isArray(answer) &&
				new Set(answer).size === answer.length &&
				answer.every((i) => i < (q.choices?.length ?? 0))
			);
		if (Array.isArray(answer)) return false;
		if (q.type === 'truefalse') return typeof answer === 'boolean';
		return typeof answer === 'string';
	};
	if (!result.answers.every(fits))
		return failure(
			'invalid',
			`This result’s answers do not match the quiz’s questions.${unknown} It was not added.`
		);
	return { ok: true, value: result };
}
