import { describe, expect, it } from 'vitest';
import { sameNameWords, waitingWords } from './same-name';

describe('same-name choice words', () => {
	it('one earlier result: the choice is the name’s', () => {
		expect(sameNameWords(1)).toMatchObject({ keepAll: 'Keep both', replace: 'Replace earlier' });
	});

	it('two earlier results: keep counts all three, replace names one', () => {
		const words = sameNameWords(2);
		expect(words.keepAll).toBe('Keep all 3');
		expect(words.replace).toBe('Replace this one');
		expect(words.keepEarlier).toBe('Keep the earlier 2 only');
		expect(words.keptAll).toMatch(/all 3 results/);
	});
});

describe('the Classroom list’s waiting note', () => {
	it('says how many results wait and where the choice is made', () => {
		expect(waitingWords(2)).toBe('2 waiting for you under Collect results (same name)');
		expect(waitingWords(1)).toMatch(/^1 waiting for you under Collect results/);
	});

	it('says nothing for a quiz with none waiting', () => {
		expect(waitingWords(0)).toBe('');
	});
});
