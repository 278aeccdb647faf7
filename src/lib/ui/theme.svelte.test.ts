import { afterEach, describe, expect, it } from 'vitest';
import '../../app.css';
import { THEME_STORAGE_KEY, ThemeState } from './theme.svelte';

describe('ThemeState in a browser', () => {
	afterEach(() => {
		localStorage.clear();
		delete document.documentElement.dataset.theme;
	});

	it('pins a theme on the page and remembers it', () => {
		const theme = new ThemeState();
		expect(theme.preference).toBe('system');
		theme.set('dark');
		expect(document.documentElement.dataset.theme).toBe('dark');
		expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
		expect(new ThemeState().preference).toBe('dark');
	});

	it('goes back to the system theme and forgets the override', () => {
		const theme = new ThemeState();
		theme.set('light');
		theme.set('system');
		expect(document.documentElement.dataset.theme).toBeUndefined();
		expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
	});

	it('makes the colours follow the choice', () => {
		const theme = new ThemeState();
		theme.set('dark');
		const dark = getComputedStyle(document.documentElement).colorScheme;
		theme.set('light');
		const light = getComputedStyle(document.documentElement).colorScheme;
		expect(dark).not.toBe(light);
	});
});
