import { getContext, setContext } from 'svelte';

export type ThemePreference = 'system' | 'light' | 'dark';

/** Must match static/theme.js, which applies the choice before the app loads. */
export const THEME_STORAGE_KEY = 'flashpoint:theme';

export function readThemePreference(stored: string | null): ThemePreference {
	return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** The theme override chosen in Settings, remembered on this device. */
export class ThemeState {
	preference = $state<ThemePreference>('system');

	constructor() {
		if (typeof localStorage !== 'undefined') {
			try {
				this.preference = readThemePreference(localStorage.getItem(THEME_STORAGE_KEY));
			} catch {
				// Storage blocked: the system theme applies.
			}
		}
	}

	set(preference: ThemePreference) {
		this.preference = preference;
		try {
			if (preference === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
			else localStorage.setItem(THEME_STORAGE_KEY, preference);
		} catch {
			// The choice still applies to this visit.
		}
		if (preference === 'system') delete document.documentElement.dataset.theme;
		else document.documentElement.dataset.theme = preference;
	}
}

const KEY = Symbol('theme');

export function setThemeState(state: ThemeState): ThemeState {
	return setContext(KEY, state);
}

export function getThemeState(): ThemeState {
	return getContext<ThemeState>(KEY);
}
