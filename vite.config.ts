import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// Source maps are not shipped: they would be precached by the service worker.
		sourcemap: false,
		// Data files stay files: an inlined `data:` URL is blocked by the CSP's connect-src when
		// fetched (the small seed bank.json would otherwise be inlined).
		assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined)
	},
	test: {
		include: ['src/**/*.{test,spec}.{js,ts}', 'scripts/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['fake-indexeddb/auto']
	}
});
