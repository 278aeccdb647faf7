import { describe, expect, it } from 'vitest';
import { buriedText } from './buried';

describe('buriedText', () => {
	it('says how many and why', () => {
		expect(buriedText(1)).toMatch(
			/^1 card due today was buried until tomorrow: it asks about the same fact/
		);
		expect(buriedText(3)).toMatch(/^3 cards due today were buried until tomorrow: each asks/);
	});
});
