// CPU time of what opening a teacher's quiz computes before its page paints (issue 14, perf43):
// a 50-question quiz took 1.8 s to open at load 9 (7 s at load 30–48), 323 ms of it deflate.
import { readFileSync } from 'node:fs';
import type { Bench } from './types';
import type { Bank } from '../src/lib/content/schema';
import { encodeQuiz } from '../src/lib/quiz/quiz-code';
import { shareNote } from '../src/lib/quiz/qr-warning';
import { qrLink, qrSeries, readableQuestions } from '../src/lib/quiz/share-notes';
import { makeQuiz } from '../src/lib/quiz/synthetic-quiz';
import type { Quiz } from '../src/lib/quiz/types';
import { momentText } from '../src/lib/text/when';
import { crc32Text } from '../src/lib/quiz/bytes';
import { drawQuiz, joinCodeOf } from '../src/lib/quiz/join-code';
import { seededRandom } from '../src/lib/quiz/random';
import { DEFAULT_SETTINGS } from '../src/lib/quiz/types';

const ORIGIN = 'https://flashpoint-classroom.example-school.org';
const OPENINGS = 12;

/**
 * What Create and the quiz screen compute: the quiz saved with its code (`runs.ts`), then the
 * Share panel (`SharePanel.svelte`, once the page knows its origin): the QR link, how many
 * questions fit a readable code (its note, the QR version of a dense link included) and the
 * series of codes.
 */
function openQuiz(quiz: Quiz): number {
	const saved = { ...quiz, code: encodeQuiz(quiz) };
	const scanned = qrLink(saved, ORIGIN, saved.code);
	const note = shareNote(saved.questions, scanned, readableQuestions(saved, ORIGIN, scanned));
	return note.fit === 'projector' ? 1 : qrSeries(saved, ORIGIN, saved.code).length;
}

/** CPU ms per opening of `OPENINGS` quizzes made by `variant` (each new: no code is reused). */
function cpuPerOpening(variant: (n: number) => Quiz): number {
	openQuiz(variant(-1));
	const started = process.cpuUsage();
	for (let n = 0; n < OPENINGS; n++) openQuiz(variant(n));
	const used = process.cpuUsage(started);
	return (used.user + used.system) / 1000 / OPENINGS;
}

/**
 * Create of 50 questions of the built-in course at random (perf44): the draw with its join code
 * (`drawQuiz`, seed `n`), its code and how many questions fit a QR code (`readableQuestions`, as
 * New quiz's Create asks before saving), then the quiz screen's Share panel (`openQuiz`) and its
 * join code checked by drawing it again (`joinCodeOf`, `JoinCode.svelte`).
 */
function createQuiz(bank: Bank, n: number): number {
	const recipe = { docs: [], topics: [], types: ['mcq', 'truefalse', 'cloze', 'short'] as const };
	const drawn = drawQuiz(
		bank,
		{ ...recipe, types: [...recipe.types], count: 50, settings: DEFAULT_SETTINGS },
		() => false,
		() => `quizBench${n}`,
		seededRandom(n + 1)
	);
	const quiz: Quiz = {
		id: drawn.id,
		title: 'Bench',
		createdAt: 0,
		settings: DEFAULT_SETTINGS,
		questions: drawn.questions
	};
	const fits = readableQuestions(quiz, ORIGIN);
	openQuiz(quiz);
	return fits + (joinCodeOf(quiz, bank).ok ? 1 : 0);
}

const bench: Bench = {
	name: 'quiz-share',
	async run(report) {
		const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as Bank;
		const fifty = makeQuiz(bank.questions.slice(0, 50));
		// Create's 50 questions of the built-in course: they travel by reference.
		const builtIn = (n: number) => ({ ...fifty, id: `quizBench${n}` });
		// 50 questions of the teacher's own course: every word travels (`course-source.ts`).
		const course = (n: number) => ({
			...fifty,
			id: `quizBench${n}`,
			questions: fifty.questions.map((q, i) => ({ ...q, id: `uc-u-bench-${n}-q-${i}` }))
		});
		report('quiz-share.open-cpu-50q-builtin', cpuPerOpening(builtIn), 'ms');
		report('quiz-share.open-cpu-50q-course', cpuPerOpening(course), 'ms');
		// 12 questions of the teacher's own (`own-…`, every word in the link): a dense link, whose
		// note names the QR version it would be and how many questions fit.
		const own = (n: number) => ({
			...fifty,
			id: `quizBench${n}`,
			questions: fifty.questions
				.slice(0, 12)
				.map((q, i) => ({ ...q, id: `own-bench${n}q${i}`, source: { doc: 'teacher', quote: '' } }))
		});
		report('quiz-share.open-cpu-12-own', cpuPerOpening(own), 'ms');
		// Create → the quiz screen, 50 of the built-in course drawn at random (perf44).
		let drawn = 0;
		createQuiz(bank, -1);
		const createStarted = process.cpuUsage();
		for (let n = 0; n < OPENINGS; n++) drawn += createQuiz(bank, n);
		const createUsed = process.cpuUsage(createStarted);
		if (!drawn) throw new Error('no quiz drawn');
		report(
			'quiz-share.create-cpu-50q-builtin',
			(createUsed.user + createUsed.system) / 1000 / OPENINGS,
			'ms'
		);
		// Moments as the classroom screens name them (results, versions, backups).
		const started = process.cpuUsage();
		for (let i = 0; i < 1000; i++) momentText(Date.UTC(2026, 11, 5, 9, i));
		const used = process.cpuUsage(started);
		report('quiz-share.moment-text-cpu-1000', (used.user + used.system) / 1000, 'ms');
		// Content hashes and keys: CRC-32 of a 50-question quiz's JSON (~36 KB), 300 times.
		const json = JSON.stringify(fifty);
		crc32Text(json);
		const crcStarted = process.cpuUsage();
		for (let i = 0; i < 300; i++) crc32Text(json);
		const crcUsed = process.cpuUsage(crcStarted);
		report('quiz-share.crc32-cpu-300x50q', (crcUsed.user + crcUsed.system) / 1000, 'ms');
	}
};

export default bench;
