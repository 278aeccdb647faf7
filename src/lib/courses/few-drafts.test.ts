import { describe, expect, it } from 'vitest';
import type { DocumentRecord, QuestionRecord } from '$lib/db/records';
import {
	FEW_PER_1000_WORDS,
	fewDraftsLeads,
	fewLeadsHeading,
	fewQuestionsLine,
	fewQuestionsOf
} from './few-drafts';

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

describe('fewDraftsLeads', () => {
	const words = (n: number) =>
		Array(n).fill('the river').join(' ').split(' ').slice(0, n).join(' ');
	const drafts = (n: number) => Array(n).fill({});

	it('leads on from each document that gave few drafts, by its place in the course', () => {
		const leads = fewDraftsLeads([
			{ title: 'Rivers', text: words(300), questions: drafts(4) },
			{ title: 'Her article', text: words(802), questions: drafts(2) },
			{ title: 'Notes', text: words(120) }
		]);
		expect(leads).toEqual([
			{
				position: 1,
				title: 'Her article',
				drafts: 2,
				line: 'Only 2 questions so far from these 802 words.',
				suggests: true
			},
			{
				position: 2,
				title: 'Notes',
				drafts: 0,
				line: 'No question yet from these 120 words.',
				suggests: true
			}
		]);
		// Her 5 drafts from 802 words (docs40) are not few by the rule: "Course saved" still offers
		// her the suggested sentences, without saying "few".
		expect(
			fewDraftsLeads([{ title: 'Her article', text: words(802), questions: drafts(5) }])
		).toEqual([]);
	});

	it('counts positions after the course own documents when added to a course (session 38)', () => {
		const leads = fewDraftsLeads([{ title: 'Week 2', text: words(300), questions: drafts(0) }], 3);
		expect(leads.map((l) => [l.position, l.title])).toEqual([[3, 'Week 2']]);
	});

	it('says where a document is suggested from only when it reads as English', () => {
		const spanish = Array(40).fill('el puerto de la ciudad y los barcos').join(' ');
		expect(fewDraftsLeads([{ title: 'Puerto', text: spanish }])[0].suggests).toBe(false);
	});
});

describe('fewLeadsHeading', () => {
	it('names the one document, or counts them among all generated (session 38)', () => {
		// After adding four documents she read "Few questions so far from 1 document".
		const geog = { title: 'GEOG REVISION', drafts: 0, suggests: true };
		expect(fewLeadsHeading([geog], 4)).toEqual({
			strong: 'No questions so far from “GEOG REVISION”.',
			rest: 'More come from the sentences suggested in it, or write your own from any sentence.'
		});
		expect(fewLeadsHeading([{ ...geog, drafts: 2, suggests: false }], 4)).toEqual({
			strong: 'Few questions so far from “GEOG REVISION”.',
			rest: 'Write your own from any of its sentences.'
		});
		expect(fewLeadsHeading([geog, { title: 'Notes', drafts: 1, suggests: true }], 4).strong).toBe(
			'Few questions so far from 2 of the 4 documents.'
		);
		expect(fewLeadsHeading([geog, { ...geog, title: 'Notes' }], 2).strong).toBe(
			'No questions so far from these 2 documents.'
		);
	});
});
