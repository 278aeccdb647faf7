import adapter from '@sveltejs/adapter-static';
import { execSync } from 'node:child_process';
import { preloadStaticImports } from './scripts/static-preloads.js';

/**
 * The app version is the commit, not the build time: rebuilding an unchanged commit must not
 * make installed copies think an update is waiting. FLASHPOINT_VERSION overrides it (tests
 * build several versions from one checkout; a deploy from outside a git checkout should set it,
 * or every build is `dev` and installed copies are never told about an update).
 */
function appVersion() {
	if (process.env.FLASHPOINT_VERSION) return process.env.FLASHPOINT_VERSION;
	try {
		const sha = execSync('git rev-parse --short=12 HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
			.toString()
			.trim();
		return sha || 'dev';
	} catch {
		return 'dev';
	}
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		runes: true
	},
	kit: {
		// precompress: .br/.gz beside each file, which scripts/serve.js (and most hosts) serve.
		// FLASHPOINT_PRECOMPRESS=off skips it for the update tests' extra builds
		// (scripts/e2e-builds.ts): they test versions, and compressing is most of a build's time.
		// Each page preloads every chunk its scripts import statically (scripts/static-preloads.js:
		// SvelteKit leaves out those it first reaches through a dynamic import).
		adapter: preloadStaticImports(
			adapter({
				fallback: '200.html',
				strict: true,
				precompress: process.env.FLASHPOINT_PRECOMPRESS !== 'off'
			})
		),
		alias: {
			$questions: 'questions'
		},
		version: { name: appVersion() },
		// The app's CSS is small: inlining it saves render-blocking requests on the first visit
		// (later visits come from the service worker either way).
		inlineStyleThreshold: 16384,
		// The service worker is registered by workbox-window (src/lib/pwa) so updates can wait
		// for the user instead of taking over mid-answer.
		serviceWorker: {
			register: false,
			// Install-dialog screenshots are only read by the browser when offering to install.
			files: (file) => !file.startsWith('screenshots/')
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'media-src': ['self', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
