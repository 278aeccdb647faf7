// Sizes of what travels between devices in a classroom: the quiz link a QR code must hold
// (projected, read by phones: version 25 or lower at level M) and a student's result code.
import QRCode from 'qrcode';
import type { Bench } from './types';
import { encodeQuiz } from '../src/lib/quiz/quiz-code';
import { encodeResult } from '../src/lib/quiz/result-code';
import { makeQuiz, syntheticQuestions } from '../src/lib/quiz/synthetic-quiz';

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
	}
};

export default bench;
