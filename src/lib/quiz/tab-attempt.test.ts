import { describe, expect, it } from 'vitest';
import { clearTabAttempt, markTabAttempt, tabAttempt } from './tab-attempt';

/** A Storage kept in a Map, as one tab's sessionStorage. */
function memoryStorage(): Storage {
	const map = new Map<string, string>();
	return {
		get length() {
			return map.size;
		},
		clear: () => map.clear(),
		getItem: (key) => map.get(key) ?? null,
		key: (i) => [...map.keys()][i] ?? null,
		removeItem: (key) => void map.delete(key),
		setItem: (key, value) => void map.set(key, String(value))
	};
}

describe('tab attempt', () => {
	it('names the attempt this tab takes, for that quiz only', () => {
		const tab = memoryStorage();
		markTabAttempt('Q1', 'a1b2c3', tab);
		expect(tabAttempt('Q1', tab)).toBe('a1b2c3');
		expect(tabAttempt('Q2', tab)).toBeNull();
		// Another tab (its own sessionStorage) knows nothing of it.
		expect(tabAttempt('Q1', memoryStorage())).toBeNull();
	});

	it('forgets it for "Start as someone else", and reads damaged or missing storage as none', () => {
		const tab = memoryStorage();
		markTabAttempt('Q1', 'a1b2c3', tab);
		clearTabAttempt(tab);
		expect(tabAttempt('Q1', tab)).toBeNull();
		tab.setItem('flashpoint-quiz-tab', '{not json');
		expect(tabAttempt('Q1', tab)).toBeNull();
		expect(tabAttempt('Q1', null)).toBeNull();
	});
});
