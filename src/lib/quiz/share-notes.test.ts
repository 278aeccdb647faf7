import { describe, expect, it } from 'vitest';
import { makeQuiz, seedBank } from './fixtures.test-helpers';
import { draftToQuestion, questionToDraft } from './edit';
import { shareNote } from './share-notes';
import type { QuizQuestion } from './types';

const bankQuestions = makeQuiz(
	seedBank()
		.bank.questions.filter((q) => q.type === 'short')
		.slice(0, 3)
).questions;
const link = (chars: number) =>
	`https://flashpoint.example-school.org/quiz#Q1.${'x7Q_'.repeat(chars / 4)}`;
const own = (i: number): QuizQuestion => ({
	...bankQuestions[0],
	id: `own-mine${i}`,
	source: { doc: 'teacher', quote: '' }
});

describe('what the Share panel and the projector say of a quiz’s QR code', () => {
	it('a dense code of own questions says why and what to do', () => {
		const note = shareNote([own(1), own(2)], link(900));
		expect(note.kind).toBe('dense');
		expect(note.warning).toMatch(/^This QR code is dense \(version \d+;.*your 2 own questions/);
	});

	it('a reworded bank question travels as changes, so it is not counted as word for word', () => {
		const q = bankQuestions[1];
		const made = draftToQuestion({ ...questionToDraft(q), prompt: `${q.prompt} Explain.` }, q);
		if (!made.ok) throw new Error(made.error);
		const note = shareNote([made.question, own(1)], link(900));
		expect(note.warning).toMatch(/your own question travels/);
	});

	it('says nothing of a code that reads well, and too big is too big', () => {
		expect(shareNote([own(1)], link(200))).toEqual({ fit: 'projector', kind: null, warning: '' });
		expect(shareNote([own(1)], link(2400)).kind).toBe('too-big');
	});
});
