import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { courseQuizId } from './course-source';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { HANDOUT_QUESTIONS } from './handout.test-helpers';
import { qrFit, READABLE_VERSION } from './qr';
import { qrVersion } from './qr-draw';
import { decodeQuiz, qrCodeOf } from './quiz-code';
import {
	addQuizPart,
	MAX_QR_PARTS,
	parseQuizPart,
	splitQuizCode,
	quizPartLinks,
	waitingWords,
	type PartOutcome,
	type PartSet
} from './quiz-parts';
import { QUIZ_TYPES, type Quiz } from './types';

/** A GitHub Pages address, as long as a school's own is likely to be. */
const ORIGIN = 'https://teacher-name.github.io/flashpoint';
const handout = makeQuiz(
	HANDOUT_QUESTIONS.map((q) => ({ ...q, id: courseQuizId(q.id) })),
	'quizParts01'
);

/**
 * The built-in course's first 18 quiz questions as an own course's (long statements and four
 * long choices): 3 codes (its first 12 were 3 codes at level M, 2 at L). The 12 handout
 * questions came to 3 in base64url, 2 in digits (format 3), 2 at L (format 4: 11 of them fit one).
 */
const series = makeQuiz(
	JSON.parse(readFileSync('questions/bank.json', 'utf8'))
		.questions.filter((q: { type: string }) => (QUIZ_TYPES as readonly string[]).includes(q.type))
		.slice(0, 18)
		.map((q: { id: string }) => ({ ...q, id: courseQuizId(q.id) })),
	'quizParts03'
);

/** Every part of `parts` added in `order` (indexes into parts); the last outcome and the store. */
function gather(parts: readonly string[], order: readonly number[], start: PartSet[] = []) {
	let sets = start;
	let outcome: PartOutcome | null = null;
	for (const [step, i] of order.entries()) {
		const parsed = parseQuizPart(parts[i]);
		if (!parsed.ok) throw new Error(parsed.message);
		({ sets, outcome } = addQuizPart(sets, parsed.part, step));
	}
	return { sets, outcome };
}

describe('a quiz too long for one QR code is a numbered series of codes', () => {
	it('the 12 handout questions of an own course: 2 codes (3 before format 3), each a link one phone reads', () => {
		const code = qrCodeOf(handout, ORIGIN);
		expect(qrFit(`${ORIGIN}/quiz#${code}`)).not.toBe('projector');
		const links = quizPartLinks(code, ORIGIN);
		expect(links).toHaveLength(2);
		for (const link of links) {
			expect(qrFit(link)).toBe('projector');
			expect(qrVersion(link)).toBeLessThanOrEqual(READABLE_VERSION);
		}
		expect(links[1]).toMatch(/^https:\/\/teacher-name\.github\.io\/flashpoint\/quiz#QP1\.2\.2\./);
		for (const link of quizPartLinks(qrCodeOf(series, ORIGIN), ORIGIN))
			expect(qrVersion(link)).toBeLessThanOrEqual(READABLE_VERSION);
	});

	it('a quiz whose link fits one code stays one code, unchanged', () => {
		const small = { ...handout, questions: handout.questions.slice(0, 2) };
		const code = qrCodeOf(small, ORIGIN);
		expect(splitQuizCode(code, ORIGIN)).toEqual([code]);
	});

	it(`past ${MAX_QR_PARTS} codes there is none: the quiz is shared by link`, () => {
		const own = syntheticQuestions(50).map((q) => ({ ...q, id: courseQuizId(`u-1:${q.id}`) }));
		const big = makeQuiz(own);
		const long = 'Q1.' + 'A'.repeat(800 * MAX_QR_PARTS);
		expect(splitQuizCode(long, ORIGIN)).toEqual([]);
		// The largest quiz a file makes (50 questions) still fits the series.
		const parts = splitQuizCode(qrCodeOf(big, ORIGIN), ORIGIN);
		expect(parts.length).toBeGreaterThan(1);
		expect(parts.length).toBeLessThanOrEqual(MAX_QR_PARTS);
	});

	it('any quiz → parts → any order, repeats and another quiz’s parts between → the same quiz', () => {
		const question = fc.record({
			base: fc.integer({ min: 0, max: HANDOUT_QUESTIONS.length - 1 }),
			extra: fc.string({ maxLength: 80 })
		});
		fc.assert(
			fc.property(
				fc.array(question, { minLength: 1, maxLength: 24 }),
				fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
				fc.string({ minLength: 0, maxLength: 30 }),
				(picks, keys, title) => {
					const quiz: Quiz = {
						...handout,
						title: title || 'Quiz',
						questions: picks.map(({ base, extra }, i) => ({
							...handout.questions[base],
							id: `${handout.questions[base].id}-${i}`,
							prompt: `${handout.questions[base].prompt} ${extra}`.trim()
						}))
					};
					const code = qrCodeOf(quiz, ORIGIN);
					const parts = splitQuizCode(code, ORIGIN);
					if (parts.length === 0) return; // longer than a series: link only
					if (parts.length === 1) {
						expect(parts).toEqual([code]);
						return;
					}
					for (const link of quizPartLinks(code, ORIGIN)) expect(qrFit(link)).toBe('projector');
					const order = parts.map((_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
					// Another quiz's part first (and a repeat of this one's first) never mixes in.
					const other = splitQuizCode(qrCodeOf(handout, ORIGIN), ORIGIN);
					const start = gather(other, [0]).sets;
					const { outcome } = gather(parts, [order[0], ...order], start);
					expect(outcome).toEqual({ status: 'complete', code });
					expect(decodeQuiz(code).ok).toBe(true);
				}
			),
			{ numRuns: 40 }
		);
	}, 120_000);
});

describe('the student’s device gathers the parts', () => {
	const parts = splitQuizCode(qrCodeOf(series, ORIGIN), ORIGIN);

	it('has a series of 3 to gather', () => expect(parts).toHaveLength(3));

	it('says which parts it has and which it still needs', () => {
		const { outcome } = gather(parts, [2, 0]);
		expect(outcome).toEqual({ status: 'waiting', have: [1, 3], missing: [2], total: 3 });
		expect(waitingWords([1, 3], [2], 3)).toEqual({
			got: 'Got codes 1 and 3 of 3.',
			scan: 'Scan code 2 to open the quiz.'
		});
		expect(waitingWords([2], [1, 3, 4], 4).scan).toBe('Scan codes 1, 3 and 4 to open the quiz.');
	});

	it('reopens a quiz already whole on this phone from any one of its codes, at once', () => {
		// Outsider teacher, issue 12: a student who finished opened code 1 again to show her
		// result and was told to scan code 2.
		const { outcome, sets } = gather(parts, [2, 0, 1]);
		const code = qrCodeOf(series, ORIGIN);
		expect(outcome).toEqual({ status: 'complete', code });
		// Another quiz gathered since (a part of it, then all of it) does not push it out.
		const other = splitQuizCode(qrCodeOf({ ...series, id: 'quizParts02' }, ORIGIN), ORIGIN);
		expect(other.length).toBeGreaterThan(1);
		const later = gather(other, [0], sets).sets;
		for (const i of parts.keys()) {
			expect(gather(parts, [i], sets).outcome).toEqual({ status: 'complete', code });
			expect(gather(parts, [i], later).outcome).toEqual({ status: 'complete', code });
		}
	});

	it('keeps two versions of a quiz apart', () => {
		const edited = {
			...series,
			questions: series.questions.map((q, i) => (i ? q : { ...q, prompt: `${q.prompt}!` }))
		};
		const next = splitQuizCode(qrCodeOf(edited, ORIGIN), ORIGIN);
		expect(next).toHaveLength(3);
		let { sets } = gather(parts, [0, 1]);
		let outcome: PartOutcome | null;
		({ sets, outcome } = gather(next, [2], sets));
		expect(outcome).toMatchObject({ status: 'waiting', have: [3] });
		expect(sets).toHaveLength(2);
		({ outcome } = gather(parts, [2], sets));
		expect(outcome).toEqual({ status: 'complete', code: qrCodeOf(series, ORIGIN) });
	});

	it('refuses a damaged, cut-off or foreign part with a message, on its own', () => {
		const [first] = parts;
		const cut = first.slice(0, -40);
		const edited = first.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
		for (const bad of [cut, edited]) {
			const parsed = parseQuizPart(bad);
			expect(parsed).toEqual({
				ok: false,
				message: expect.stringContaining('code 1 of 3 of a quiz) is damaged or cut off')
			});
		}
		for (const bad of [
			'QP1.0.3.ab.cd.x',
			'QP1.4.3.ab.cd.x',
			'QP1.1.1.ab.cd.x',
			'QP1.1.13.ab.cd.x',
			'QP1.x'
		])
			expect(parseQuizPart(bad)).toMatchObject({ ok: false, message: /damaged or cut off/ });
	});
});
