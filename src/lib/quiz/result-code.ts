import * as v from 'valibot';
import { decodeEnvelope, encodeEnvelope, failure, type Decoded, type Limits } from './envelope';
import { LIMITS, type Answer, type Quiz, type QuizResult } from './types';

/**
 * A result code carries only what the student did (quiz id, name, answers, time), never a
 * score: the teacher's device marks the answers against its own stored copy of the quiz.
 */

export const RESULT_LIMITS: Limits = { maxChars: 4_000, maxJsonBytes: 16 * 1024 };

const AnswerSchema = v.nullable(
	v.union([
		v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9)),
		v.boolean(),
		v.pipe(v.string(), v.maxLength(LIMITS.typedAnswerChars))
	])
);

const PayloadSchema = v.object({
	q: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{6,24}$/)),
	n: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.nameChars)),
	a: v.pipe(v.array(AnswerSchema), v.minLength(1), v.maxLength(LIMITS.maxQuestions)),
	d: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60 * 60)),
	f: v.pipe(v.number(), v.integer(), v.minValue(0))
});

export function encodeResult(result: QuizResult): string {
	return encodeEnvelope(
		'result',
		JSON.stringify({
			q: result.quizId,
			n: result.name.trim().slice(0, LIMITS.nameChars),
			a: result.answers.map((a) =>
				typeof a === 'string' ? a.slice(0, LIMITS.typedAnswerChars) : a
			),
			d: Math.round(result.seconds),
			f: Math.floor(result.finishedAt / 1000)
		})
	);
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
		value: { quizId: p.q, name: p.n, answers: p.a, seconds: p.d, finishedAt: p.f * 1000 }
	};
}

/**
 * Checks a decoded result belongs to `quiz` and has an answer of the right kind per question.
 * `otherQuizzes` lets the refusal name the quiz the result does belong to.
 */
export function checkResultForQuiz(
	result: QuizResult,
	quiz: Quiz,
	otherQuizzes: readonly Pick<Quiz, 'id' | 'title'>[] = []
): Decoded<QuizResult> {
	if (result.quizId !== quiz.id) {
		const owner = otherQuizzes.find((q) => q.id === result.quizId);
		return failure(
			'other-quiz',
			owner
				? `This result is for your quiz “${owner.title}”, not “${quiz.title}”. Open that quiz to add it.`
				: `This result is for another quiz, not “${quiz.title}”. It was not added.`
		);
	}
	if (result.answers.length !== quiz.questions.length)
		return failure(
			'invalid',
			`This result has ${result.answers.length} answers but the quiz has ${quiz.questions.length} questions. It was not added.`
		);
	const fits = (answer: Answer, index: number) => {
		if (answer === null) return true;
		const q = quiz.questions[index];
		if (q.type === 'mcq') return typeof answer === 'number' && answer < (q.choices?.length ?? 0);
		if (q.type === 'truefalse') return typeof answer === 'boolean';
		return typeof answer === 'string';
	};
	if (!result.answers.every(fits))
		return failure(
			'invalid',
			'This result’s answers do not match the quiz’s questions. It was not added.'
		);
	return { ok: true, value: result };
}
