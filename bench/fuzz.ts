// The backup fuzzer's long run (issue 14): 10,000 mutated backups through the real reader, and
// every accepted one imported, studied and exported in fake-indexeddb. Prints
// `fuzz-backup: N cases, U uncaught, B accepted-then-broken` (and hangs, partial writes,
// accepted). `npm test` runs 1,000 with another seed (src/lib/db/backup-fuzz.test.ts).
// Then 10,000 mutated quiz links (half carrying their questions, half by bank reference) and
// 10,000 result codes (`src/lib/quiz/code-fuzz.ts`): `fuzz-quiz-link: …`, `fuzz-result-code: …`.
import 'fake-indexeddb/auto';
import { fuzzBackups, HANG_MS } from '../src/lib/db/backup-fuzz';
import { sampleBackup } from '../src/lib/db/backup-fuzz-sample';
import { freshDb } from '../src/lib/db/test-helpers';
import { fuzzCodes, type CodeFuzzFigures } from '../src/lib/quiz/code-fuzz';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { BankIndex } from '../src/lib/content/bank';
import { parseBank } from '../src/lib/content/schema';
import { makeQuiz, syntheticQuestions } from '../src/lib/quiz/synthetic-quiz';
import { encodeQuiz } from '../src/lib/quiz/quiz-code';
import { encodeResult } from '../src/lib/quiz/result-code';
import type { Bench, Report } from './types';

/**
 * The process's CPU time (ms), the clock decodes are timed by: a decode is synchronous, so the
 * process's CPU time over it is the decode's (and V8's collector threads'), which other work on
 * a shared machine does not inflate as it does wall time (at load 20–30 on 2 cores the 2
 * backups over 2 s of wall time took under 0.3 s of CPU). The wall-time count is printed beside.
 */
const cpuMs = () => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};

function reportCodes(report: Report, name: string, figures: CodeFuzzFigures[]) {
	const sum = (key: keyof Omit<CodeFuzzFigures, 'failures' | 'work'>) =>
		figures.reduce((total, f) => total + f[key], 0);
	report(
		name,
		sum('cases'),
		`cases, ${sum('uncaught')} uncaught, ${sum('acceptedThenBroken')} accepted-then-broken`
	);
	report(`${name}.accepted`, sum('accepted'), 'cases');
	report(`${name}.hangs-over-2s`, sum('hangs'), 'cases');
	for (const failure of figures.flatMap((f) => f.failures).slice(0, 5))
		console.error(`${name}: ${failure}`);
}

/** The shipped bank, indexed as `$lib/content/bank` does (which needs Vite's defines). */
function loadBank(): BankIndex {
	const parsed = parseBank(JSON.parse(readFileSync('questions/bank.json', 'utf8')));
	if (!parsed.ok) throw new Error(parsed.error);
	return {
		bank: parsed.value,
		questionById: new Map(parsed.value.questions.map((q) => [q.id, q])),
		documentById: new Map(parsed.value.documents.map((d) => [d.id, d]))
	};
}

/** 10,000 mutated quiz links and 10,000 result codes, seeds other than `npm test`'s. */
function fuzzQuizCodes(report: Report) {
	const bank = loadBank();
	const inline = makeQuiz(syntheticQuestions(3));
	const byRef = makeQuiz(
		bank.bank.questions.filter((q) => q.type !== 'flashcard').slice(0, 20),
		'quizRef12345'
	);
	const result = encodeResult({
		quizId: inline.id,
		attemptId: 'attempt12345',
		name: 'Đorđe Petrović',
		answers: inline.questions.map((q) => (q.type === 'truefalse' ? true : 'Ankara')),
		seconds: 300,
		finishedAt: Date.UTC(2026, 10, 21, 10)
	});
	const half = CASES / 2;
	reportCodes(report, 'fuzz-quiz-link', [
		fuzzCodes({
			kind: 'quiz',
			code: encodeQuiz(inline),
			quiz: inline,
			bank,
			cases: half,
			seed: 1,
			hangMs: HANG_MS,
			clock: cpuMs
		}),
		fuzzCodes({
			kind: 'quiz',
			code: encodeQuiz(byRef),
			quiz: byRef,
			bank,
			cases: half,
			seed: 2,
			hangMs: HANG_MS,
			clock: cpuMs
		})
	]);
	reportCodes(report, 'fuzz-result-code', [
		fuzzCodes({
			kind: 'result',
			code: result,
			quiz: inline,
			bank,
			cases: CASES,
			seed: 3,
			hangMs: HANG_MS,
			clock: cpuMs
		})
	]);
}

const CASES = 10_000;

const bench: Bench = {
	name: 'fuzz',
	async run(report) {
		const { text, now } = await sampleBackup();
		const figures = await fuzzBackups(text, {
			cases: CASES,
			seed: 2026,
			now,
			freshDb,
			hangMs: HANG_MS,
			clock: cpuMs
		});
		report(
			'fuzz-backup',
			figures.cases,
			`cases, ${figures.uncaught} uncaught, ${figures.acceptedThenBroken} accepted-then-broken`
		);
		report('fuzz-backup.accepted', figures.accepted, 'cases');
		report('fuzz-backup.hangs-over-2s', figures.hangs, 'cases (CPU time of the decode)');
		report(
			'fuzz-backup.hangs-over-2s-wall',
			figures.hangsWall,
			`cases (wall time, load ${loadavg()[0]})`
		);
		if (figures.slowest)
			report(
				'fuzz-backup.slowest-decode',
				figures.slowest.ms,
				`ms of CPU (${Math.round(figures.slowest.wallMs)} ms wall; case ${figures.slowest.index} of seed 2026, ${figures.slowest.chars.toLocaleString('en')} characters)`
			);
		report('fuzz-backup.partial-writes', figures.partialWrites, 'cases');
		report('fuzz-backup.deepest-parsed', figures.work.deepestParsed, 'levels');
		report('fuzz-backup.longest-refusal', figures.work.longestRefusal, 'chars');
		for (const failure of figures.failures.slice(0, 5)) console.error(`fuzz-backup: ${failure}`);
		fuzzQuizCodes(report);
	}
};

export default bench;
