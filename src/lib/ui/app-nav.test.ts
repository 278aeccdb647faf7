import { describe, expect, it } from 'vitest';
import { appNav } from './app-nav.svelte';

describe('appNav', () => {
	it('is hidden while any hold lasts, and each release counts once', () => {
		expect(appNav.hidden).toBe(false);
		const first = appNav.hide();
		const second = appNav.hide();
		expect(appNav.hidden).toBe(true);
		first();
		first();
		expect(appNav.hidden).toBe(true);
		second();
		expect(appNav.hidden).toBe(false);
	});
});
