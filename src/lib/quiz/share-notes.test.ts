import { describe, expect, it } from 'vitest';
import { makeQuiz, seedBank } from './fixtures.test-helpers';
import { draftToQuestion, questionToDraft } from './edit';
import { shareNote } from './qr-warning';
import { newLinkNote, readableQuestions } from './share-notes';
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
	it('a dense code of own questions is not drawn: it says how many fit, why and what to do', () => {
		const note = shareNote([own(1), own(2)], link(900), 1);
		expect(note.kind).toBe('dense');
		expect(note.warning).toMatch(
			/^This quiz is too long for one QR code that phones read reliably: 1 of its 2 questions fits one; the link still works\. Its QR code would be version \d+ .*your 2 own questions/
		);
	});

	it('a long quiz of the teacher’s own course says how many fit, and the link works', () => {
		const course = { ...bankQuestions[0], id: 'uc-1', source: { doc: 'teacher', quote: '' } };
		const note = shareNote([course, course, course, course, course, course, course], link(1280), 4);
		expect(note.fit).toBe('dense');
		expect(note.warning).toMatch(
			/^This quiz is too long for one QR code that phones read reliably: 4 of its 7 questions fit one; the link still works\. \(1,3\d\d bytes; 792 read reliably\.\).* make a quiz of 4 questions or fewer\.$/
		);
	});

	it('a reworded bank question travels as changes, so it is not counted as word for word', () => {
		const q = bankQuestions[1];
		const made = draftToQuestion({ ...questionToDraft(q), prompt: `${q.prompt} Explain.` }, q);
		if (!made.ok) throw new Error(made.error);
		const note = shareNote([made.question, own(1)], link(900), 1);
		expect(note.warning).toMatch(/your own question travels/);
	});

	it('says nothing of a code that reads well, and too big is too big', () => {
		expect(shareNote([own(1)], link(200), 1)).toEqual({
			fit: 'projector',
			kind: null,
			warning: ''
		});
		expect(shareNote([own(1)], link(2400), 0).kind).toBe('too-big');
		expect(shareNote([own(1)], link(2400), 0).warning).toMatch(/not one of its questions fits one/);
	});

	it('never says every question fits when the saved link itself does not', () => {
		// A saved quiz's code can be longer than a fresh encoding of it (made by an older version).
		const quiz = makeQuiz(bankQuestions);
		const origin = 'https://flashpoint.example-school.org';
		expect(readableQuestions(quiz, origin)).toBe(3);
		const saved = link(900);
		const fits = readableQuestions(quiz, origin, saved);
		expect(fits).toBeLessThan(3);
		expect(shareNote(quiz.questions, saved, fits).warning).toMatch(
			/: \d of its 3 questions fits? one;/
		);
	});
});

describe('newLinkNote', () => {
	it('says plainly that students need the new link, and that earlier results still come in', () => {
		const note = newLinkNote(Date.UTC(2026, 11, 4, 9, 5), { locales: 'en-GB', timeZone: 'UTC' });
		expect(note).toBe(
			'New link and QR code: you changed the quiz on 4 Dec 2026, 09:05, so students need this link or QR code to get it as it is now. Anyone who opened an earlier link still answers the questions as they were then, and their results still come in here, each marked against the questions it answered.'
		);
		expect(newLinkNote(null)).toMatch(/^New link and QR code: you changed the quiz, so students/);
	});

	it('says what the old join code gives in the same note, not in a second one', () => {
		expect(newLinkNote(null, { oldJoinCode: '8GG-1Z0-1GY-20B' })).toBe(
			'New link and QR code: you changed the quiz, so students need this link or QR code to get it as it is now (a changed quiz has no short join code). Anyone who opened an earlier link or typed the old join code 8GG-1Z0-1GY-20B still answers the questions as they were then, and their results still come in here, each marked against the questions it answered.'
		);
	});
});
