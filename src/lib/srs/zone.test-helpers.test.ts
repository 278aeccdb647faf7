import { describe, expect, it } from 'vitest';
import { inZone, moveTo, restoreZone } from './zone.test-helpers';

// Test files share a worker (`isolate: false`): a zone left behind moves every later file.
describe('zone test helpers', () => {
	const machine = process.env.TZ;
	const putBack = () => {
		if (machine === undefined) delete process.env.TZ;
		else process.env.TZ = machine;
	};

	it('put back an unset zone as unset, not as the string "undefined"', () => {
		delete process.env.TZ;
		try {
			moveTo('Asia/Tokyo');
			moveTo('Europe/Paris');
			restoreZone();
			expect('TZ' in process.env).toBe(false);
			inZone('Asia/Tokyo', () => expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-540));
			expect('TZ' in process.env).toBe(false);
		} finally {
			putBack();
		}
	});

	it('put the zone back however the body ends', async () => {
		process.env.TZ = 'America/New_York';
		try {
			expect(() =>
				inZone('Asia/Tokyo', () => {
					throw new Error('failed');
				})
			).toThrow('failed');
			expect(process.env.TZ).toBe('America/New_York');
			await expect(inZone('Asia/Tokyo', () => Promise.reject(new Error('no')))).rejects.toThrow();
			expect(process.env.TZ).toBe('America/New_York');
		} finally {
			putBack();
		}
	});
});
