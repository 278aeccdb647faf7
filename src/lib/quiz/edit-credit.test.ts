import { describe, expect, it } from 'vitest';
import { creditOf } from './scoring';
import { draftToQuestion, questionToDraft } from './edit';
import { creditNotice, keptCredit } from './edit-credit';
import { seededRandom } from './random';
import type { QuizQuestion } from './types';

/** The questions of teach51's GIFT example (`credit.test.ts`), as a class quiz holds them. */
const MC: QuizQuestion = {
	id: 'own-mc0000000',
	type: 'mcq',
	prompt: 'Difficult multiple choice question.',
	answer: 'full credit answer',
	choices: ['wrong answer', 'half credit answer', 'full credit answer'],
	credit: { 'half credit answer': 50 },
	explanation: '',
	source: { doc: 'teacher', quote: '' }
};
const SA: QuizQuestion = {
	id: 'own-sa0000000',
	type: 'short',
	prompt: 'Jesus Christ was from ____.',
	answer: 'Nazareth',
	credit: { Nazereth: 75, Bethlehem: 25 },
	explanation: '',
	source: { doc: 'teacher', quote: '' }
};

const reworded = (base: QuizQuestion, edit: (d: ReturnType<typeof questionToDraft>) => void) => {
	const draft = questionToDraft(base);
	edit(draft);
	const made = draftToQuestion(draft, base, seededRandom(1));
	if (!made.ok) throw new Error(made.error);
	return { draft, question: made.question };
};

describe('partial credit through a rewording (polish37)', () => {
	it('keeps a multiple-choice weight while its choice is still there, and marks it', () => {
		const { draft, question } = reworded(MC, (d) => {
			d.prompt = 'A harder multiple choice question.';
			d.wrong = d.wrong.map((w) => (w === 'wrong answer' ? 'another wrong answer' : w));
		});
		expect(question.id).not.toBe(MC.id);
		expect(question.credit).toEqual({ 'half credit answer': 50 });
		expect(creditOf(question, question.choices!.indexOf('half credit answer'))).toBe(0.5);
		expect(creditNotice(MC, draft)).toEqual({
			kept: 'Partly right answers keep their share of the mark: “half credit answer” (50%).',
			lost: ''
		});
	});

	it('says before saving that a renamed weighted choice loses its share', () => {
		const { draft, question } = reworded(MC, (d) => {
			d.wrong = d.wrong.map((w) => (w === 'half credit answer' ? 'half-credit answer' : w));
		});
		expect(creditNotice(MC, draft)).toEqual({
			kept: '',
			lost: '“half credit answer” (50%) is no longer a choice: saved like this, it loses its partial credit and scores nothing.'
		});
		expect(question.credit).toBeUndefined();
	});

	it('keeps a typed question’s partly right forms, but not one made an accepted answer', () => {
		const { question } = reworded(SA, (d) => (d.prompt = 'Where was Jesus Christ from?'));
		expect(question.credit).toEqual({ Nazereth: 75, Bethlehem: 25 });
		expect(creditOf(question, 'bethlehem')).toBe(0.25);
		const accepted = reworded(SA, (d) => (d.accept = 'Nazereth'));
		expect(accepted.question.credit).toEqual({ Bethlehem: 25 });
		expect(creditNotice(SA, accepted.draft).lost).toBe('');
		expect(creditOf(accepted.question, 'Nazereth')).toBe(1);
	});

	it('saved unchanged, the question is itself, weights and all', () => {
		expect(reworded(MC, () => {}).question).toBe(MC);
		expect(reworded(SA, () => {}).question).toBe(SA);
	});

	it('a new question or one without weights has none to keep or lose', () => {
		const draft = questionToDraft(MC);
		expect(keptCredit(undefined, draft)).toBeUndefined();
		expect(creditNotice({ ...MC, credit: undefined }, draft)).toEqual({ kept: '', lost: '' });
	});

	it('names each lost weight when a type change drops them all', () => {
		const draft = { ...questionToDraft(SA), type: 'cloze' as const };
		expect(creditNotice(SA, draft).lost).toBe(
			'“Nazereth” (75%) and “Bethlehem” (25%) are no longer asked this way: saved like this, they lose their partial credit and score nothing.'
		);
	});
});
