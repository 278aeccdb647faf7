import type { HandleClientError } from '@sveltejs/kit';

/**
 * When the app's own code fails to download before anything renders (a flaky first visit: the
 * root layout's script did not arrive), SvelteKit replaces the page with `src/error.html`, whose
 * scripts cannot run (it is parsed, not loaded). Its Try again button is wired here, once the
 * page has been replaced; a reload keeps the address, so a quiz link's code is kept. For every
 * other error nothing changes: `+error.svelte` shows it and there is no such button.
 */
export const handleError: HandleClientError = ({ error }) => {
	setTimeout(() => {
		document
			.getElementById('flashpoint-retry')
			?.addEventListener('click', () => location.reload(), { once: true });
	}, 0);
	// SvelteKit's own hook logs the error; keep doing so.
	console.error(error);
};
