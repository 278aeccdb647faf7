import { describe, expect, it } from 'vitest';
import { ClassroomDatabase, type StoredQuiz } from '$lib/db/classroom';
import { ResultRepository } from '$lib/db/classroom-results';
import { toQuizQuestion } from './build';
import { ResultCollector } from './collect';
import { eventLine } from './collect-words';
import { fixtures } from './golden.test-helpers';
import { gradebookRows } from './csv';
import { answerRows, markRows } from './answer-sheets';
import { buildReport } from './report';
import { answerText } from './scoring';
import { decodeResult, encodeResult } from './result-code';
import {
	answeredVersion,
	MAX_VERSIONS,
	quizVersionId,
	versionWords,
	withQuestions
} from './versions';

import { allRight, bank, edited, original } from './versions.test-helpers';

let counter = 0;
function collect(quiz: StoredQuiz) {
	return new ResultCollector(
		quiz,
		[],
		new ResultRepository(new ClassroomDatabase(`versions-${++counter}`))
	);
}

describe('a result is marked against the version the student answered', () => {
	it('keeps each version the teacher edited away, once, and not for an accepted answer', () => {
		const quiz = edited();
		expect(quiz.versions?.map((v) => v.id)).toEqual([
			quizVersionId(original.questions),
			quizVersionId(quiz.versions![1].questions)
		]);
		// An accepted answer (marking) and an explanation are not a new version.
		const accepted = withQuestions(
			quiz,
			quiz.questions.map((q) => ({ ...q, accept: [...(q.accept ?? []), 'also this'] }))
		);
		expect(accepted.versions).toHaveLength(2);
		// Edited back to the first version: that is current again, listed no more.
		const back = withQuestions(quiz, original.questions);
		expect(back.versions?.map((v) => v.id)).not.toContain(quizVersionId(original.questions));
		expect(back.versions).toHaveLength(2);
	});

	it('keeps at most MAX_VERSIONS, the newest', () => {
		let quiz: StoredQuiz = original;
		for (let i = 0; i < MAX_VERSIONS + 3; i++) {
			const q0 = { ...quiz.questions[0], prompt: `${original.questions[0].prompt} ${i}` };
			quiz = withQuestions(quiz, [q0, ...quiz.questions.slice(1)]);
		}
		expect(quiz.versions).toHaveLength(MAX_VERSIONS);
	});

	it('the student’s result code names its version, and the teacher marks it against it', async () => {
		const result = allRight(original);
		expect(result.version).toBe(quizVersionId(original.questions));
		const code = encodeResult(result);
		expect(decodeResult(code)).toMatchObject({ ok: true, value: { version: result.version } });

		const quiz = edited();
		const event = await collect(quiz).addCode(code);
		expect(event).toMatchObject({ kind: 'added', correct: 5, total: 5 });
		expect(eventLine(event)?.text).toBe(
			'added, 5 of 5 (answered before your last 2 edits; marked against the questions as they were then).'
		);

		const report = buildReport(quiz, [result]);
		const row = report.students[0];
		expect([row.correct, row.total, row.percent]).toEqual([5, 5, 100]);
		expect(row.version).toBe('answered before your last 2 edits');
		// The reworded Q1 and the swapped-in Q3 were not asked; the rest line up by question.
		expect(row.asked).toEqual([false, true, false, true, true]);
		expect(row.perQuestion).toEqual([false, true, false, true, true]);
		expect(report.questions.map((q) => q.asked)).toEqual([0, 1, 0, 1, 1]);
		expect(report.questions.map((q) => q.percent)).toEqual([0, 100, 0, 100, 100]);
		expect(report.mostMissed).toEqual([]);
	});

	// Outsider teacher: a student of an earlier version read blank in the Answers CSV and Excel
	// on the questions edited since, and the export did not say which version was answered.
	it('exports give an earlier version’s answers and marks and say which version', () => {
		const quiz = edited();
		const early = allRight(original, 'Ana');
		const now = allRight(quiz, 'Ben');
		const report = buildReport(quiz, [early, now]);
		const answers = answerRows(quiz, report);
		const [was1, , was3] = original.questions;
		// One way to name a column in every export (`questionColumn`): the question, what the
		// column holds, and its prompt as it was asked.
		expect(answers[0]).toEqual([
			'Student',
			...quiz.questions.map((q, i) => `Q${i + 1} answer: ${q.prompt}`),
			`Q1 answer before your last 2 edits: ${was1.prompt}`,
			`Q3 answer before your last 2 edits: ${was3.prompt}`,
			...quiz.questions.map((q, i) => `Q${i + 1} mark: ${q.prompt}`),
			`Q1 mark before your last 2 edits: ${was1.prompt}`,
			`Q3 mark before your last 2 edits: ${was3.prompt}`,
			'Version answered'
		]);
		// The Marks sheet names its columns as the Answers file names its marks.
		expect(markRows(quiz, report)[0]).toEqual([
			'Student',
			...answers[0].filter((name) => String(name).includes(' mark')),
			'Version answered'
		]);
		const said = (q: (typeof original.questions)[number], i: number) =>
			answerText(q, early.answers[i]!);
		const [q1, q2, q3, q4, q5] = original.questions;
		expect(answers[1]).toEqual([
			'Ana',
			null,
			said(q2, 1),
			null,
			said(q4, 3),
			said(q5, 4),
			said(q1, 0),
			said(q3, 2),
			...[null, 1, null, 1, 1, 1, 1],
			'answered before your last 2 edits'
		]);
		expect(answers[2].slice(-3)).toEqual([null, null, 'current']);
		expect(markRows(quiz, report)[1]).toEqual([
			'Ana',
			null,
			1,
			null,
			1,
			1,
			1,
			1,
			'answered before your last 2 edits'
		]);
		const grades = gradebookRows(report);
		expect(grades[0].at(-1)).toBe('Version answered');
		expect(grades[1].slice(0, 5)).toEqual(['Ana', 5, 5, 100, expect.any(Number)]);
		expect(grades[1].at(-1)).toBe('answered before your last 2 edits');
		// Every result current: no version columns (the answers' marks follow them as ever).
		expect(answerRows(quiz, buildReport(quiz, [now]))[0]).toEqual([
			'Student',
			...quiz.questions.map((q, i) => `Q${i + 1} answer: ${q.prompt}`),
			...quiz.questions.map((q, i) => `Q${i + 1} mark: ${q.prompt}`)
		]);
	});

	// Outsider teacher from Kahoot/Moodle: "answered version 1 of 4, before your edits" read as
	// four versions she had made. She counts her edits, as Moodle speaks of a quiz edited after
	// it was attempted.
	it('says which of the teacher’s edits a result predates, as she counts them', () => {
		const quiz = edited();
		const middle = { ...original, questions: quiz.versions![1].questions };
		const row = buildReport(quiz, [allRight(middle, 'Cem')]).students[0];
		expect(row.version).toBe('answered before your latest edit');
		expect(versionWords(answeredVersion(quiz, allRight(original)))).toBe(
			'answered before your last 2 edits; marked against the questions as they were then'
		);
		expect(answerRows(quiz, buildReport(quiz, [allRight(middle, 'Cem')]))[0]).toContain(
			`Q3 answer before your latest edit: ${middle.questions[2].prompt}`
		);
	});

	it('a result of the current version is marked as before, with no note', async () => {
		const quiz = edited();
		const result = allRight(quiz, 'Ben');
		const event = await collect(quiz).addCode(encodeResult(result));
		expect(event).toMatchObject({ kind: 'added', correct: 5, total: 5 });
		expect(eventLine(event)?.text).toBe('added, 5 of 5.');
		expect(buildReport(quiz, [result]).students[0].version).toBeUndefined();
	});

	it('an accepted answer counts for an earlier version’s unchanged question too', () => {
		const quiz = edited();
		// Q4, a short answer question, unchanged by the edits (Q3 was swapped).
		const short = 3;
		expect(quiz.questions[short].type).toBe('short');
		const typed = 'an answer the teacher accepted';
		const accepted = withQuestions(
			quiz,
			quiz.questions.map((q, i) => (i === short ? { ...q, accept: [typed] } : q))
		);
		const result = allRight(original);
		result.answers[short] = typed;
		expect(buildReport(accepted, [result]).students[0].correct).toBe(5);
	});

	it('a version this device did not keep is added, marked against the current, and flagged', async () => {
		const result = allRight(original);
		const forgetful = { ...edited(), versions: undefined };
		expect(answeredVersion(forgetful, result).kind).toBe('unknown');
		const event = await collect(forgetful).addCode(encodeResult(result));
		// The reworded Q1 keeps its key, so only the swapped Q3 is marked wrong.
		expect(event).toMatchObject({ kind: 'added', correct: 4, total: 5 });
		expect(eventLine(event)?.text).toContain('did not keep; marked against the current questions');
		expect(buildReport(forgetful, [result]).students[0].version).toBe(
			'answered before edits this device did not keep: check its mark'
		);
	});

	it('an earlier version with fewer questions is marked against its own count', async () => {
		const longer = withQuestions(original, [...original.questions, toQuizQuestion(bank[7])]);
		const event = await collect(longer).addCode(encodeResult(allRight(original)));
		expect(event).toMatchObject({ kind: 'added', correct: 5, total: 5 });
	});
});

describe('result codes made before versions', () => {
	/** Made by Flashpoint before 2026-12-03 (`golden-codes.test.ts`): no version field. */
	const OLD_CODE =
		'R2.bHIVyzEKhDAQBdCryK-nmMSEZdPJsq2ljVhoVAhIQDGN4qFsbb2YY_vg7ZjhMKewFZ1XOgchCBTdr' +
		'_-PLGCsUHwptll5X_c5bCItXK1oXdJAqJIPHhTTNMmOmWY2aAg9nFWaMMKpz9dqmxvm4wEj_V6R';

	it('still decode, and are marked against the current questions without a note', () => {
		const decoded = decodeResult(OLD_CODE);
		expect(decoded).toEqual({ ok: true, value: fixtures().result });
		if (!decoded.ok) return;
		expect(decoded.value.version).toBeUndefined();
		expect(answeredVersion(edited(), decoded.value).kind).toBe('current');
	});

	it('the version adds at most 18 characters to a result code', () => {
		const result = fixtures().result;
		const before = encodeResult(result).length;
		const after = encodeResult({ ...result, version: quizVersionId(original.questions) }).length;
		expect(after - before).toBeLessThanOrEqual(18);
	});
});
