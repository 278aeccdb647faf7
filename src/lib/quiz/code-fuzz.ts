import fc from 'fast-check';
import { mutate, mutation } from '$lib/db/backup-fuzz';
import { addWork, countDecodeWork, noWork, type WorkFigures } from '$lib/db/decode-work';
import { cleanDisplayText } from '$lib/text/fold';
import { reportCsv } from './csv';
import { answerRows, markRows, questionRows } from './answer-sheets';
import { decodeEnvelope, encodeEnvelope, type CodeKind } from './envelope';
import { decodeQuiz, QUIZ_LIMITS } from './quiz-code';
import { resolveQuiz } from './quiz-resolve';
import { buildReport } from './report';
import { checkResultForQuiz, decodeResult, encodeResult, RESULT_LIMITS } from './result-code';
import type { BankIndex } from '$lib/content/bank';
import type { Quiz, QuizResult } from './types';

/**
 * The quiz-link and result-code fuzzer (issue 14), built like the backup fuzzer
 * (`$lib/db/backup-fuzz.ts`, whose mutations it reuses): a valid code is mutated either as
 * text (truncation, character flips: mostly caught by the envelope's sizes and CRC) or inside
 * its JSON, then sealed again with a correct CRC so the mutation reaches the schema and the
 * semantic checks (wrong types, huge arrays and strings, deep nesting, `__proto__`, NaN and
 * out-of-range numbers and dates, lone surrogates, bidi and zero-width characters). The
 * oracle: the decoder never throws nor hangs, and whatever it accepts goes through what the
 * screens then do without throwing or showing nothing: a quiz's title (visible after
 * cleaning), its creation date, a result made on it; a result's check against its quiz, the
 * class report, Export CSV (every table) and its finish time. Test-only: `code-fuzz.test.ts`
 * (fixed seed, a few hundred cases) and `bench/fuzz.ts` (10,000 per decoder).
 */

export interface CodeFuzzFigures {
	cases: number;
	accepted: number;
	uncaught: number;
	/** Decodes over `hangMs` (ms) by `clock`; 0 when not timed. */
	hangs: number;
	acceptedThenBroken: number;
	/** What the decodes handed `JSON.parse` and the longest refusal: the counted work. */
	work: WorkFigures;
	/** The first few failures, for the test's message. */
	failures: string[];
}

/** A date a screen can show: `toISOString` throws past ±8.64e15 ms, and is refused here. */
function checkDate(ms: number, what: string): void {
	if (!Number.isFinite(ms) || ms < 0 || new Date(ms).getUTCFullYear() > 9999)
		throw new Error(`${what} is an impossible date (${ms})`);
	new Date(ms).toISOString();
}

/** What the Classroom screen does with an accepted result of `quiz`. */
function useResult(result: QuizResult, quiz: Quiz): void {
	const checked = checkResultForQuiz(result, quiz, [quiz]);
	if (!checked.ok) return;
	if (!cleanDisplayText(result.name)) throw new Error('the student’s name shows as nothing');
	checkDate(result.finishedAt, 'the finish time');
	if (!Number.isFinite(result.seconds) || result.seconds < 0)
		throw new Error(`the time taken is ${result.seconds}`);
	const report = buildReport(quiz, [checked.value, checked.value]);
	reportCsv(report);
	reportCsv(report, { separator: ';', studentId: (s) => s.key });
	markRows(quiz, report);
	answerRows(quiz, report);
	questionRows(quiz, report);
}

/** What the Quiz screen does with an accepted link: title, date, an attempt and its result. */
function useQuiz(quiz: Quiz): void {
	if (!cleanDisplayText(quiz.title)) throw new Error('the quiz title shows as nothing');
	checkDate(quiz.createdAt, 'the creation date');
	if (quiz.questions.length === 0) throw new Error('the quiz has no questions');
	for (const question of quiz.questions)
		if (!cleanDisplayText(question.prompt)) throw new Error('a question shows no prompt');
	const code = encodeResult({
		quizId: quiz.id,
		attemptId: 'fuzzAttempt1',
		name: 'Ana',
		answers: quiz.questions.map(() => null),
		seconds: 30,
		finishedAt: Date.UTC(2026, 10, 21)
	});
	const back = decodeResult(code);
	if (!back.ok) throw new Error(`its own result is refused: ${back.message}`);
	useResult(back.value, quiz);
}

/** One mutated code: as text, or (`inside`) inside its JSON and sealed again. */
const fuzzCase = fc.record({ inside: fc.boolean(), mutations: mutation });

/**
 * Runs `cases` mutations of a valid code of `kind` with a fixed `seed`. Quiz links resolve
 * against `bank`; results are checked against `quiz`. Throws only if `code` itself is invalid.
 */
export function fuzzCodes(options: {
	kind: CodeKind;
	code: string;
	quiz: Quiz;
	bank: BankIndex | null;
	cases: number;
	seed: number;
	/** Time each decode; one over this (ms) counts as a hang. The bench's measure, not npm test's. */
	hangMs?: number;
	/** What a decode is timed by (ms; default wall time), as in `fuzzBackups` (`$lib/db/backup-fuzz`). */
	clock?: () => number;
}): CodeFuzzFigures {
	const clock = options.clock ?? (() => performance.now());
	const figures: CodeFuzzFigures = {
		cases: 0,
		accepted: 0,
		uncaught: 0,
		hangs: 0,
		acceptedThenBroken: 0,
		work: noWork(),
		failures: []
	};
	const envelope = decodeEnvelope(
		options.code,
		options.kind,
		options.kind === 'quiz' ? QUIZ_LIMITS : RESULT_LIMITS
	);
	if (!envelope.ok)
		throw new Error(`the valid ${options.kind} code is refused: ${envelope.message}`);
	const json = JSON.stringify(envelope.value);
	const note = (what: string, input: string) => {
		if (figures.failures.length < 20) figures.failures.push(`${what} for ${input.slice(0, 160)}`);
	};
	for (const { inside, mutations } of fc.sample(fuzzCase, {
		numRuns: options.cases,
		seed: options.seed
	})) {
		figures.cases++;
		let input: string;
		try {
			input = inside
				? encodeEnvelope(options.kind, mutate(json, mutations))
				: mutate(options.code, mutations);
		} catch {
			continue;
		}
		const started = clock();
		let accepted: Quiz | QuizResult | null = null;
		try {
			const { value, work } = countDecodeWork(
				(): { accepted: typeof accepted; refusal: string } => {
					if (options.kind === 'quiz') {
						const decoded = decodeQuiz(input);
						if (!decoded.ok) return { accepted: null, refusal: decoded.message };
						const quiz = resolveQuiz(decoded.value, options.bank);
						return quiz.ok
							? { accepted: quiz.value, refusal: '' }
							: { accepted: null, refusal: quiz.message };
					}
					const decoded = decodeResult(input);
					return decoded.ok
						? { accepted: decoded.value, refusal: '' }
						: { accepted: null, refusal: decoded.message };
				}
			);
			accepted = value.accepted;
			addWork(figures.work, work, input.length, value.refusal);
		} catch (error) {
			figures.uncaught++;
			note(`uncaught: ${String(error)}`, input);
			continue;
		}
		if (options.hangMs !== undefined && clock() - started > options.hangMs) figures.hangs++;
		if (!accepted) continue;
		figures.accepted++;
		try {
			if (options.kind === 'quiz') useQuiz(accepted as Quiz);
			else useResult(accepted as QuizResult, options.quiz);
		} catch (error) {
			figures.acceptedThenBroken++;
			note(`accepted, then: ${String(error)}`, JSON.stringify(mutations));
		}
	}
	return figures;
}
