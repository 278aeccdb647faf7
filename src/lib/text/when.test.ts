import { describe, expect, it } from 'vitest';
import { momentText } from './when';

describe('a moment as people write it', () => {
	const moment = Date.UTC(2026, 11, 2, 13, 40, 5);
	it('names the month in words, so day and month cannot be swapped', () => {
		expect(momentText(moment, 'en-US', 'UTC')).toMatch(/^Dec 2, 2026,? 1:40\s?PM$/);
		expect(momentText(moment, 'en-GB', 'UTC')).toMatch(/^2 Dec 2026,? 13:40$/);
		expect(momentText(moment, 'de-DE', 'UTC')).toMatch(/^02\.12\.2026,? 13:40$/);
	});

	it('is in the device’s time zone', () => {
		expect(momentText(moment, 'en-GB', 'Europe/Istanbul')).toMatch(/^2 Dec 2026,? 16:40$/);
	});
});
