import { describe, expect, it } from 'vitest';
import type { DocumentRecord, QuestionRecord } from '$lib/db/records';
import { FEW_PER_1000_WORDS, fewQuestionsLine, fewQuestionsOf } from './few-drafts';

describe('fewQuestionsLine', () => {
	it('says how few for the final outsider’s 844 words and one draft', () => {
		expect(fewQuestionsLine(844, 1)).toBe('Only 1 question so far from these 844 words.');
		expect(fewQuestionsLine(2400, 0)).toBe('No question yet from these 2,400 words.');
		expect(fewQuestionsLine(1000, 2)).toBe('Only 2 questions so far from these 1,000 words.');
	});

	it('says nothing from 3 questions per 1,000 words on: it never nags', () => {
		expect(FEW_PER_1000_WORDS).toBe(3);
		expect(fewQuestionsLine(1000, 3)).toBeUndefined();
		// Her article once its eight suggestions were added.
		expect(fewQuestionsLine(844, 9)).toBeUndefined();
		expect(fewQuestionsLine(844, 2)).toBeDefined();
		expect(fewQuestionsLine(844, 3)).toBeUndefined();
		expect(fewQuestionsLine(0, 0)).toBeUndefined();
	});
});

describe('fewQuestionsOf', () => {
	const document = { id: 'd', text: Array(844).fill('word').join(' ') } as DocumentRecord;
	const q = (status: QuestionRecord['status']) => ({ status }) as QuestionRecord;

	it('counts drafts and accepted questions, not rejected ones', () => {
		const group = (statuses: QuestionRecord['status'][]) => ({
			document,
			sentences: [{ quote: 's', paragraph: 's', questions: statuses.map(q) }]
		});
		expect(fewQuestionsOf(group(['draft', 'accepted']))).toBe(
			'Only 2 questions so far from these 844 words.'
		);
		expect(fewQuestionsOf(group(['draft', 'accepted', 'rejected', 'rejected']))).toBe(
			'Only 2 questions so far from these 844 words.'
		);
		expect(fewQuestionsOf(group(['draft', 'accepted', undefined]))).toBeUndefined();
		expect(fewQuestionsOf({ document, sentences: [] })).toBe(
			'No question yet from these 844 words.'
		);
	});
});
