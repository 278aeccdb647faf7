import { describe, expect, it } from 'vitest';
import { buriedText, newBuriedText } from './buried';

describe('buriedText', () => {
	it('says how many and why', () => {
		expect(buriedText(1)).toMatch(
			/^1 card due today was buried until tomorrow: it asks about the same fact/
		);
		expect(buriedText(3)).toMatch(/^3 cards due today were buried until tomorrow: each asks/);
	});
});

describe('newBuriedText', () => {
	it('says they come tomorrow, and that the daily limit is not the reason', () => {
		expect(newBuriedText(1)).toMatch(
			/^1 new question waits for tomorrow, not because of your daily limit: it asks/
		);
		expect(newBuriedText(82)).toMatch(
			/^82 new questions wait for tomorrow, not because of your daily limit: each asks/
		);
	});
});
