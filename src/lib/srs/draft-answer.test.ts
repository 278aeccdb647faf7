import { describe, expect, it } from 'vitest';
import { clearDraftAnswer, readDraftAnswer, saveDraftAnswer } from './draft-answer';

function memory() {
	const map = new Map<string, string>();
	return {
		getItem: (key: string) => map.get(key) ?? null,
		setItem: (key: string, value: string) => void map.set(key, value),
		removeItem: (key: string) => void map.delete(key),
		map
	};
}

describe('draft answers across a reload', () => {
	it('gives back what was typed for the same question only', () => {
		const storage = memory();
		saveDraftAnswer('q-1', 'Prizr', storage);
		expect(readDraftAnswer('q-1', storage)).toBe('Prizr');
		expect(readDraftAnswer('q-2', storage)).toBe('');
		clearDraftAnswer(storage);
		expect(readDraftAnswer('q-1', storage)).toBe('');
	});

	it('forgets an emptied field and ignores damaged or foreign entries', () => {
		const storage = memory();
		saveDraftAnswer('q-1', 'x', storage);
		saveDraftAnswer('q-1', '', storage);
		expect(storage.map.size).toBe(0);
		storage.setItem('flashpoint-draft-answer', '{not json');
		expect(readDraftAnswer('q-1', storage)).toBe('');
		storage.setItem('flashpoint-draft-answer', JSON.stringify({ questionId: 'q-1', text: 7 }));
		expect(readDraftAnswer('q-1', storage)).toBe('');
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
		expect(() => clearDraftAnswer(refusing)).not.toThrow();
		expect(readDraftAnswer('q-1', null)).toBe('');
	});
});
