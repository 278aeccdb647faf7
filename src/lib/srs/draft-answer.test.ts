import { describe, expect, it } from 'vitest';
import { MAX_DRAFTS, clearDraftAnswer, readDraftAnswer, saveDraftAnswer } from './draft-answer';

/** A Storage kept in memory: one instance stands for the device's localStorage across tabs. */
function memory() {
	const map = new Map<string, string>();
	return {
		getItem: (key: string) => map.get(key) ?? null,
		setItem: (key: string, value: string) => void map.set(key, value),
		removeItem: (key: string) => void map.delete(key),
		map
	};
}

describe('half-typed answers kept until submitted', () => {
	it('gives back what was typed for the same question only', () => {
		const storage = memory();
		saveDraftAnswer('q-1', 'Prizr', storage);
		expect(readDraftAnswer('q-1', storage)).toBe('Prizr');
		expect(readDraftAnswer('q-2', storage)).toBe('');
		clearDraftAnswer('q-1', storage);
		expect(readDraftAnswer('q-1', storage)).toBe('');
	});

	it('keeps each question its own draft: typing in another question loses none', () => {
		// Closed mid-question, reopened on another card (a learning step came due first): the
		// first draft waits for its question.
		const storage = memory();
		saveDraftAnswer('q-1', 'Prizr', storage);
		saveDraftAnswer('q-2', 'Ank', storage);
		expect(readDraftAnswer('q-1', storage)).toBe('Prizr');
		clearDraftAnswer('q-2', storage);
		expect(readDraftAnswer('q-1', storage)).toBe('Prizr');
		expect(readDraftAnswer('q-2', storage)).toBe('');
	});

	it(`keeps the last ${MAX_DRAFTS} questions typed in`, () => {
		const storage = memory();
		for (let i = 0; i <= MAX_DRAFTS; i++) saveDraftAnswer(`q-${i}`, `text ${i}`, storage);
		expect(readDraftAnswer('q-0', storage)).toBe('');
		expect(readDraftAnswer('q-1', storage)).toBe('text 1');
		expect(readDraftAnswer(`q-${MAX_DRAFTS}`, storage)).toBe(`text ${MAX_DRAFTS}`);
		// Typing again in an old one makes it the newest.
		saveDraftAnswer('q-1', 'text 1b', storage);
		saveDraftAnswer('q-new', 'x', storage);
		expect(readDraftAnswer('q-1', storage)).toBe('text 1b');
		expect(readDraftAnswer('q-2', storage)).toBe('');
	});

	it('forgets an emptied field and ignores damaged or foreign entries', () => {
		const storage = memory();
		saveDraftAnswer('q-1', 'x', storage);
		saveDraftAnswer('q-1', '', storage);
		expect(storage.map.size).toBe(0);
		storage.setItem('flashpoint-draft-answers', '{not json');
		expect(readDraftAnswer('q-1', storage)).toBe('');
		storage.setItem('flashpoint-draft-answers', JSON.stringify([{ questionId: 'q-1', text: 7 }]));
		expect(readDraftAnswer('q-1', storage)).toBe('');
		// A damaged entry is replaced by the next draft, not kept beside it.
		saveDraftAnswer('q-2', 'y', storage);
		expect(readDraftAnswer('q-2', storage)).toBe('y');
	});

	it('never throws when storage refuses', () => {
		const refusing = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('full');
			},
			removeItem: () => {
				throw new Error('denied');
			}
		};
		expect(() => saveDraftAnswer('q-1', 'a', refusing)).not.toThrow();
		expect(readDraftAnswer('q-1', refusing)).toBe('');
		expect(() => clearDraftAnswer('q-1', refusing)).not.toThrow();
		expect(readDraftAnswer('q-1', null)).toBe('');
	});
});
