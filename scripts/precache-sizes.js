// The size map a first install weighs its progress by ("Ready to use offline: N%" as a share of
// bytes, not of files: src/lib/pwa/precache-progress.ts). Written into the finished site after
// the adapter, so it knows every file the worker precaches, prerendered pages included; the
// worker fetches it from the app's own origin, and its ~300 hashed names stay out of the worker.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** @typedef {import('../src/lib/pwa/precache-progress').SizeMap} SizeMap */

/** The site folder adapter-static writes (svelte.config.js: its default `pages`). */
const SITE = 'build';
/** The map's place in the site: `SIZES_FILE` of precache-progress.ts. */
const MAP = '_app/precache-sizes.json';

/**
 * The precache paths a site file answers to: its path from the site root (`/_app/…/X.js`,
 * `/200.html`), and for a prerendered page also the address the worker stores it under
 * (`quiz.html` → `/quiz`, `courses/review.html` → `/courses/review`, `index.html` → `/`).
 * @param {string} file the file's path inside the site, with the platform's separators
 * @returns {string[]}
 */
export function precachePaths(file) {
	const path = '/' + file.split(sep).join('/');
	if (!path.endsWith('.html') || path === '/200.html') return [path];
	const page = path.slice(0, -'.html'.length).replace(/(^|\/)index$/, '$1');
	return [path, page.length > 1 ? page.replace(/\/$/, '') : '/'];
}

/**
 * The size map of the site in `dir` for app version `version`: each file's size in bytes as
 * sent, i.e. its precompressed `.br` copy's where the build made one (scripts/serve.js and most
 * hosts send it; a .wasm engine is a third of its size compressed, a PNG is not compressed),
 * else the file's own. The `.br`/`.gz` copies and the map itself are not listed.
 * @param {string} dir
 * @param {string} version
 * @returns {SizeMap}
 */
export function sizeMap(dir, version) {
	/** @type {Record<string, number>} */
	const sizes = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || /\.(br|gz)$/.test(entry.name)) continue;
		const file = relative(dir, join(entry.parentPath, entry.name));
		if (file.split(sep).join('/') === MAP) continue;
		const full = join(dir, file);
		const sent = existsSync(`${full}.br`) ? `${full}.br` : full;
		for (const path of precachePaths(file)) sizes[path] = statSync(sent).size;
	}
	return { version, sizes };
}

/**
 * A Vite plugin writing the size map into the site once the build is done: after SvelteKit's
 * adapter (its `closeBundle`, in the server build; the client and service-worker builds it
 * starts do not write the site).
 * @param {string} [dir] the site folder
 * @returns {import('vite').Plugin}
 */
export function precacheSizes(dir = SITE) {
	let ssr = false;
	return {
		name: 'flashpoint-precache-sizes',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		closeBundle: {
			order: 'post',
			sequential: true,
			handler() {
				const versionFile = join(dir, '_app/version.json');
				if (!ssr || !existsSync(versionFile)) return;
				const { version } = JSON.parse(readFileSync(versionFile, 'utf8'));
				writeFileSync(join(dir, MAP), JSON.stringify(sizeMap(dir, String(version))));
			}
		}
	};
}
