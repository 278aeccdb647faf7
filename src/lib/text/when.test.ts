import { describe, expect, it } from 'vitest';
import { inZone } from '$lib/srs/zone.test-helpers';
import { dayText, momentText, momentTextToTheSecond } from './when';

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

	// The Classroom's list wrote "12/5/2026" beside "Dec 5, 2026" (outsider teacher, session 33).
	it('names a day alone as its moment names it, without the time', () => {
		expect(dayText(moment, 'en-US', 'UTC')).toBe('Dec 2, 2026');
		expect(dayText(moment, 'en-GB', 'UTC')).toBe('2 Dec 2026');
		expect(momentText(moment, 'en-GB', 'UTC').startsWith(dayText(moment, 'en-GB', 'UTC'))).toBe(
			true
		);
		// Late evening in Honolulu is still the 2nd there.
		expect(dayText(Date.UTC(2026, 11, 3, 5), 'en-GB', 'Pacific/Honolulu')).toBe('2 Dec 2026');
	});
});

describe('formatters kept between calls', () => {
	const zones = [
		'UTC',
		'Europe/Belgrade',
		'Europe/London',
		'America/Los_Angeles',
		'America/St_Johns',
		'Asia/Kathmandu',
		'Australia/Lord_Howe',
		'Pacific/Kiritimati',
		'Pacific/Honolulu',
		'Europe/Amsterdam'
	];
	// Around DST changes in both hemispheres, the date line, and a zone of seconds (Amsterdam, 1920).
	const moments = [
		Date.UTC(2026, 11, 2, 13, 40, 5),
		Date.UTC(2026, 2, 29, 0, 59, 59),
		Date.UTC(2026, 2, 29, 1, 0, 0),
		Date.UTC(2026, 9, 25, 0, 30),
		Date.UTC(2026, 9, 25, 1, 30),
		Date.UTC(2026, 2, 8, 10, 0),
		Date.UTC(2026, 3, 4, 15, 0),
		Date.UTC(2026, 3, 4, 15, 30),
		Date.UTC(2026, 11, 31, 23, 59, 59),
		Date.UTC(1920, 5, 1, 12, 0, 0),
		Date.UTC(2000, 0, 1, 0, 0, 0),
		Date.UTC(9999, 11, 31, 23, 59, 59)
	];

	it('write in the device’s zone as it is at each call, as `toLocaleString` does', () => {
		for (const locales of [undefined, 'en-US', 'en-GB', 'de-DE', 'ja-JP', 'ar-EG']) {
			// The same process moves from zone to zone, as a traveller's phone does.
			for (const zone of [...zones, ...zones.slice().reverse()]) {
				inZone(zone, () => {
					for (const ms of moments) {
						const where = `${zone} ${locales ?? 'default'} ${new Date(ms).toISOString()}`;
						expect(momentText(ms, locales), where).toBe(
							new Date(ms).toLocaleString(locales, { dateStyle: 'medium', timeStyle: 'short' })
						);
						expect(momentTextToTheSecond(ms, locales), where).toBe(
							new Date(ms).toLocaleString(locales, { dateStyle: 'medium', timeStyle: 'medium' })
						);
					}
				});
			}
		}
	});

	it('a named zone, and moments a date cannot hold, as before', () => {
		for (const zone of zones)
			for (const ms of moments)
				expect(momentText(ms, 'en-GB', zone)).toBe(
					new Date(ms).toLocaleString('en-GB', {
						dateStyle: 'medium',
						timeStyle: 'short',
						timeZone: zone
					})
				);
		expect(momentText(Number.NaN)).toBe('Invalid Date');
		expect(momentText(8.64e15 + 1, 'en-GB', 'UTC')).toBe('Invalid Date');
		inZone('Pacific/Kiritimati', () => {
			expect(momentText(8.64e15, 'en-GB')).toBe(
				new Date(8.64e15).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })
			);
		});
	});
});
