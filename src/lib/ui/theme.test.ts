import { describe, expect, it } from 'vitest';
import { readThemePreference } from './theme.svelte';

describe('readThemePreference', () => {
	it('keeps a valid override', () => {
		expect(readThemePreference('dark')).toBe('dark');
		expect(readThemePreference('light')).toBe('light');
	});
	it('falls back to the system theme for anything else', () => {
		expect(readThemePreference(null)).toBe('system');
		expect(readThemePreference('purple')).toBe('system');
	});
});
