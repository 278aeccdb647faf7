import { describe, expect, it, vi } from 'vitest';
import { freshDb } from '$lib/db/test-helpers';
import { createCourse } from './create';
import { courseQuestions } from './drafts';
import { fixtureDrafts, QUOTE } from './fixtures.test-helpers';
import { addSuggestedDrafts } from './suggestion-bulk';
import { isFromSuggestion } from './suggestion-draft';

// docs30: an outsider teacher added about 30 suggested blanks one tap at a time.
const suggestion = (quote: string, answer: string) => {
	const start = quote.indexOf(answer);
	return {
		quote,
		answer,
		prompt: `${quote.slice(0, start)}____${quote.slice(start + answer.length)}`,
		blank: { start, end: start + answer.length, kind: 'a place' }
	};
};

describe('addSuggestedDrafts', () => {
	it('adds each chosen suggestion as a draft, leaving out a sentence already asked and one the checks refuse', async () => {
		const db = freshDb();
		await createCourse(db, fixtureDrafts(), { id: 'u-1' });
		const doc = (await courseQuestions(db, 'u-1'))[0].source.doc;
		const chosen = [
			suggestion('Velmora harbour was rebuilt in stone by the Brel family in 1712.', 'Velmora'),
			suggestion(QUOTE, 'Pristina'),
			suggestion('The Kessel road to Norvania was paved in 1790 by the council.', 'Norvania'),
			{
				...suggestion('The Ostrid bridge over the Brel was opened in 1801.', 'Ostrid'),
				prompt: 'x'
			}
		];
		const result = await addSuggestedDrafts(db, 'u-1', doc, chosen);
		expect(result.added).toBe(2);
		expect(result.leftOut.map((l) => l.quote)).toEqual([QUOTE, chosen[3].quote]);
		expect(result.leftOut[0].reason).toBe('It has a draft or question already.');
		const added = (await courseQuestions(db, 'u-1')).filter((q) => isFromSuggestion(q));
		expect(added.map((q) => [q.prompt, q.answer, q.status])).toEqual([
			['____ harbour was rebuilt in stone by the Brel family in 1712.', 'Velmora', 'draft'],
			['The Kessel road to ____ was paved in 1790 by the council.', 'Norvania', 'draft']
		]);
		// Pressed again (a double press, another tab): nothing is added twice.
		expect((await addSuggestedDrafts(db, 'u-1', doc, chosen)).added).toBe(0);
	});

	it('adds them in one transaction: a failure on the third adds none', async () => {
		const db = freshDb();
		await createCourse(db, fixtureDrafts(), { id: 'u-1' });
		const doc = (await courseQuestions(db, 'u-1'))[0].source.doc;
		const before = (await courseQuestions(db, 'u-1')).length;
		const add = db.questions.add.bind(db.questions);
		let calls = 0;
		vi.spyOn(db.questions, 'add').mockImplementation((row) => {
			if (++calls === 3) throw new Error('The disk is full.');
			return add(row);
		});
		const chosen = [
			suggestion('Velmora harbour was rebuilt in stone by the Brel family in 1712.', 'Velmora'),
			suggestion('The Kessel road to Norvania was paved in 1790 by the council.', 'Norvania'),
			suggestion('The Ostrid bridge over the Brel was opened in 1801.', 'Ostrid')
		];
		await expect(addSuggestedDrafts(db, 'u-1', doc, chosen)).rejects.toThrow('The disk is full.');
		expect(await courseQuestions(db, 'u-1')).toHaveLength(before);
	});
});
