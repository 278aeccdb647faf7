import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// Source maps are not shipped: they would be precached by the service worker.
		sourcemap: false,
		// The question bank must stay a file (`?url`): a data: URL would be blocked by the CSP's
		// connect-src and could not be precached as the hashed asset the loader fetches.
		assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined)
	},
	test: {
		include: ['src/**/*.{test,spec}.{js,ts}', 'scripts/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['fake-indexeddb/auto'],
		reporters: process.env.CI
			? ['default', ['json', { outputFile: 'reports/unit.json' }]]
			: ['default']
	}
});
