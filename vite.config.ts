import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// Source maps are not shipped: they would be precached by the service worker.
		sourcemap: false,
		// Never inline JSON (the question bank) as a data: URL: the CSP's connect-src 'self'
		// blocks fetching it, so a small bank would fail to load.
		assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined)
	},
	test: {
		include: ['src/**/*.{test,spec}.{js,ts}', 'scripts/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['fake-indexeddb/auto']
	}
});
