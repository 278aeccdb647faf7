// Sizes of what travels between devices in a classroom: the quiz link a QR code must hold
// (projected, read by phones: version 25 or lower at level M) and a student's result code.
import QRCode from 'qrcode';
import type { Bench, Report } from './types';
import { encodeQuiz } from '../src/lib/quiz/quiz-code';
import { encodeResult } from '../src/lib/quiz/result-code';
import { splitResultCode } from '../src/lib/quiz/result-parts';
import { findCodes } from '../src/lib/quiz/find-codes';
import { LIMITS, QUIZ_TYPES } from '../src/lib/quiz/types';
import { makeQuiz, syntheticQuestions } from '../src/lib/quiz/synthetic-quiz';
import { readFileSync } from 'node:fs';
import type { Bank } from '../src/lib/content/schema';
import { courseQuizId } from '../src/lib/quiz/course-source';
import { qrVersion } from '../src/lib/quiz/qr-draw';
import { seededRandom, shuffled } from '../src/lib/quiz/random';
import { qrLink, qrSeries } from '../src/lib/quiz/share-notes';

const ORIGIN = 'https://flashpoint-classroom.example-school.org';

const bench: Bench = {
	name: 'quiz',
	async run(report) {
		const quiz = makeQuiz(syntheticQuestions(20));
		const link = `${ORIGIN}/quiz#${encodeQuiz(quiz)}`;
		report('quiz.link-bytes-20q', new TextEncoder().encode(link).length, 'bytes');
		report(
			'quiz.qr-version-20q',
			QRCode.create(link, { errorCorrectionLevel: 'M' }).version,
			'version (M)'
		);
		// The worst case: 81-character ids that do not compress (the bank's limit).
		const longIds = makeQuiz(
			syntheticQuestions(20).map((q, i) => ({
				...q,
				id: `${i}-${((i * 2654435761) >>> 0).toString(36)}-${'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(3)}`.slice(
					0,
					81
				)
			}))
		);
		const longLink = `${ORIGIN}/quiz#${encodeQuiz(longIds)}`;
		report('quiz.link-bytes-20q-long-ids', longLink.length, 'bytes');
		report(
			'quiz.qr-version-20q-long-ids',
			QRCode.create(longLink, { errorCorrectionLevel: 'M' }).version,
			'version (M)'
		);
		const answers = quiz.questions.map((q) =>
			q.type === 'mcq' ? 2 : q.type === 'truefalse' ? true : 'Aleksandar Vučić'
		);
		const result = encodeResult({
			quizId: quiz.id,
			attemptId: 'kQ3_x9-Ab12Z',
			name: 'Ayşe Vučić-Đoković',
			answers,
			seconds: 754,
			finishedAt: Date.UTC(2026, 10, 21, 9, 30)
		});
		report('quiz.result-code-chars-20q', result.length, 'chars');
		report(
			'quiz.result-qr-version-20q',
			QRCode.create(result, { errorCorrectionLevel: 'M' }).version,
			'version (M)'
		);
		// The worst case a student can produce: 50 answers typed to the limit in text that barely
		// compresses. It must still make a code, as few QR codes as possible.
		const worstQuiz = makeQuiz(syntheticQuestions(50));
		let x = 7;
		const noise = () =>
			Array.from({ length: LIMITS.typedAnswerChars }, () =>
				String.fromCodePoint(0x400 + ((x = (x * 48271) % 2147483647) % 200))
			).join('');
		const worst = encodeResult({
			quizId: worstQuiz.id,
			attemptId: 'kQ3_x9-Ab12Z',
			name: 'N'.repeat(LIMITS.nameChars),
			answers: worstQuiz.questions.map(noise),
			seconds: 754,
			finishedAt: Date.UTC(2026, 10, 21, 9, 30)
		});
		report('quiz.result-code-chars-worst', worst.length, 'chars');
		report('quiz.result-qr-parts-worst', splitResultCode(worst).length, 'QR codes');
		// A teacher pastes a long chat thread: 30 codes among ~1 MB of chatter.
		const chatter = 'ok thanks see you tomorrow ';
		const thread = Array.from(
			{ length: 30 },
			(_, i) =>
				`[09:${10 + i}] Student ${i}: ${encodeResult({ quizId: quiz.id, attemptId: `attempt${i}`, name: `Student ${i}`, answers, seconds: 60, finishedAt: 0 })} ${chatter.repeat(1300)}`
		).join('\n');
		const started = performance.now();
		const found = findCodes(thread);
		report('quiz.paste-find-1mb', Math.round(performance.now() - started), 'ms');
		report('quiz.paste-found-1mb', found.codes.length, 'codes');
		ownCourseQrCodes(report);
	}
};

/**
 * QR codes of a quiz of the built-in course's questions asked as an own course's (they travel
 * word for word, as a teacher's flashcards do): for 5, 8, 10 and 15 questions, the median over
 * 15 seeded draws of the codes shown and the QR version (level M, or L where that keeps it at
 * version 19: `qrLevel`) of the whole quiz's QR link. quiz44 (format 3: digits and a preset
 * dictionary): 5: 3 → 2 codes, 8: 4 → 3, 10: 4 → 3, 15: 5 → 4; teach50 (format 4's short rows
 * and dictionary, level L at version 19): 5: 2 → 1, 8: 3 → 2, 10: 3 → 2, 15: 4 → 3; a version 19
 * code is the largest that reads off a projector (`READABLE_VERSION`).
 */
function ownCourseQrCodes(report: Report): void {
	const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as Bank;
	const pool = bank.questions.filter((q) => (QUIZ_TYPES as readonly string[]).includes(q.type));
	const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1];
	for (const n of [5, 8, 10, 15]) {
		const codes: number[] = [];
		const versions: number[] = [];
		for (let seed = 1; seed <= 15; seed++) {
			const questions = shuffled(pool, seededRandom(seed))
				.slice(0, n)
				.map((q) => ({ ...q, id: courseQuizId(q.id) }));
			const quiz = makeQuiz(questions);
			codes.push(qrSeries(quiz, ORIGIN).length);
			versions.push(qrVersion(qrLink(quiz, ORIGIN)));
		}
		report(`quiz.qr-codes-own-${n}q`, median(codes), 'QR codes');
		report(`quiz.qr-version-own-${n}q`, median(versions), 'version');
	}
}

export default bench;
