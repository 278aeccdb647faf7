import { describe, expect, it } from 'vitest';
import { offlineStoppedText } from './offline-words';
import type { OfflineStop } from './pwa.svelte';

describe('offlineStoppedText', () => {
	it('says what happened, how far it got and what to do', () => {
		expect(offlineStoppedText('network', 42)).toBe(
			'Not ready for offline use: the connection dropped at 42%. It goes on when you are back online.'
		);
		expect(offlineStoppedText('server', 7)).toMatch(
			/the server did not send a file at 7%\. It tries again/
		);
		expect(offlineStoppedText('storage', 90)).toMatch(
			/ran out of storage space at 90%\. Free some space/
		);
		expect(offlineStoppedText('unknown', 3)).toMatch(/stopped at 3%\. It tries again/);
	});

	it('says every reason without a figure when the worker gave none', () => {
		const stops: OfflineStop[] = ['network', 'server', 'storage', 'unknown'];
		for (const stop of stops) {
			const text = offlineStoppedText(stop, null);
			expect(text).toMatch(/^Not ready for offline use: [^%]+\. [A-Z][^%]+\.$/);
			expect(text).not.toContain(' at ');
		}
	});
});
