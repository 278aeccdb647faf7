/**
 * Fewer, larger chunks for what a screen loads at start (issue 14, perf50). Rolldown's automatic
 * splitting puts each module in the chunk of the exact set of entries that reach it, screens and
 * lazy imports alike, so Study's first load was 62 files (most under 1 KB gzip) and New quiz's 51,
 * and Lighthouse's simulated mobile network spends a round trip on each (bench/README.md, perf49).
 * Here each module a screen imports statically is placed by the screens that reach it, lazy
 * imports left out (`startChunkKey`), and lazy-only code is left to automatic splitting, so the
 * generator, the importers and the QR encoder stay out of every first load.
 */

import { parseAst } from 'rolldown/parseAst';
import type { Plugin } from 'vite';

/** What rolldown's group `name` function is given of the module graph (`ChunkingContext`). */
export interface ModuleGraph {
	getModuleInfo(id: string): { importers: readonly string[] } | null;
}

/** A SvelteKit page or layout entry of the client build (`…/client-optimized/nodes/3.js`). */
const PAGE_NODE = /[\\/]client-optimized[\\/]nodes[\\/](\d+)\.js$/;

/** Home's page: what it imports at start is one chunk of its own (its budget: 80 KB gzip). */
const HOME_PAGE = /[\\/]src[\\/]routes[\\/]\+page\.svelte$/;

/**
 * The light screens (few bytes at start, perf50's Stats 47.7, Export 46.6, Questions 82 KB gzip)
 * and Study (bound by its bytes: its card waits for them) by their page, each named by its
 * group: a banded module one of them imports goes in a chunk of the groups that import it
 * (`start-light-questions`, `start-light-questions-study`), so none of them loads a band's quiz
 * code or fflate that only other screens need. Stats and Export are one group: a chunk per set
 * of the three screens put 5 light chunks of 42 B to 2.6 KB gzip on Study (20 → 23 scripts).
 * Study's group took 21 KB gzip of the quiz link's code (fflate, the QR dictionaries), the
 * draft form and quiz marking off its first load (181.7 → 160.5 KB, 22 scripts either way),
 * Leeches' and Sources' too; the screens that import both halves of a band load one or two
 * more scripts (New quiz 22 → 24, 137.5 → 139.3 KB: perf53).
 */
const LIGHT_PAGE =
	/[\\/]src[\\/]routes[\\/](stats|questions|study|courses[\\/]export)[\\/]\+page\.svelte$/;
const LIGHT_GROUP: Record<string, string> = {
	stats: 'stats-export',
	'courses/export': 'stats-export',
	'courses\\export': 'stats-export',
	questions: 'questions',
	study: 'study'
};

/** Up to this many screens, a module's chunk is that exact set of screens. */
const EXACT_UP_TO = 3;

/** Beyond it, one chunk per band of screen counts, each band named by its least count. */
const BANDS = [4, 8] as const;

/**
 * The chunk of a module that `pages` (SvelteKit node numbers) import statically, `home` when
 * Home's page is one of them, `light` the light screens' groups among them (`LIGHT_GROUP`:
 * `stats-export`, `questions`): null (automatic splitting: the screen's own chunk, or lazy
 * code) for one screen or none; `start-home` for what Home imports; the exact set for a few
 * (`start-4-19`); beyond that, when a light screen imports it, the chunk of those groups
 * (`start-light-questions-stats-export`), else the band (`start-4up`, `start-8up`). Acyclic, so no chunk
 * runs before one it reads from: a module's imports are reached by at least its screens (Home's
 * by Home), so a chunk imports only chunks of a superset of its screens, of a higher band, of a
 * superset of its light groups (never a band's: those have none), or Home's.
 */
export function startChunkKey(
	pages: readonly number[],
	home: boolean,
	light: readonly string[] = []
): string | null {
	if (home) return 'start-home';
	if (pages.length <= 1) return null;
	if (pages.length <= EXACT_UP_TO) return `start-${[...pages].sort((a, b) => a - b).join('-')}`;
	if (light.length) return `start-light-${[...light].sort().join('-')}`;
	const band = BANDS.findLast((least) => pages.length >= least) ?? pages.length;
	return `start-${band}up`;
}

/**
 * The screens (SvelteKit node numbers) that reach module `id` by static imports, its importers
 * walked up to the page entries, whether Home's page is among its importers, and the groups of
 * the light screens' pages among them (`LIGHT_GROUP`).
 */
export function pagesReaching(
	id: string,
	graph: ModuleGraph
): { pages: number[]; home: boolean; light: string[] } {
	let home = false;
	const pages = new Set<number>();
	const light = new Set<string>();
	const seen = new Set([id]);
	const queue = [id];
	while (queue.length) {
		const current = queue.pop()!;
		const node = PAGE_NODE.exec(current);
		if (node) pages.add(Number(node[1]));
		if (HOME_PAGE.test(current)) home = true;
		const lightPage = LIGHT_PAGE.exec(current);
		if (lightPage) light.add(LIGHT_GROUP[lightPage[1]]);
		for (const importer of graph.getModuleInfo(current)?.importers ?? []) {
			if (seen.has(importer)) continue;
			seen.add(importer);
			queue.push(importer);
		}
	}
	return { pages: [...pages], home, light: [...light] };
}

/**
 * Rolldown's group `name` function (`codeSplitting.groups`, with `tags: ['$initial']`): each
 * module's `startChunkKey`; a page's own entry and Home's page stay where SvelteKit puts them.
 * Matches nothing in the server build (its entries are not `client-optimized` nodes).
 */
export function startChunkName(id: string, graph: ModuleGraph): string | null {
	if (PAGE_NODE.test(id) || HOME_PAGE.test(id)) return null;
	const { pages, home, light } = pagesReaching(id, graph);
	return startChunkKey(pages, home, light);
}

/**
 * The client build's start chunks (`startChunkName`), added to its `codeSplitting` groups after
 * the other plugins' options, and its entries allowed to export more than their own modules
 * (`preserveEntrySignatures: 'allow-extension'`), so a page's modules can go in a shared chunk
 * instead of staying with the page's entry. The server build is left as it is: its chunks are
 * not downloaded.
 */
export function startChunks(): Plugin {
	let server = false;
	return {
		name: 'flashpoint-start-chunks',
		apply: 'build',
		configResolved(config) {
			server = Boolean(config.build.ssr);
		},
		options(options) {
			return server ? null : { ...options, preserveEntrySignatures: 'allow-extension' };
		},
		outputOptions(output) {
			if (server) return null;
			const split = typeof output.codeSplitting === 'object' ? output.codeSplitting : {};
			// Not its imports with it: they have chunks of their own (a superset of its screens).
			// Left to the default, a chunk took its imports in, and Home's page header went in a
			// chunk with Questions' (Stats' first load 10 → 16 files).
			const group = {
				name: startChunkName,
				tags: ['$initial' as const],
				includeDependenciesRecursively: false
			};
			return { ...output, codeSplitting: { ...split, groups: [...(split.groups ?? []), group] } };
		},
		// Rolldown's docs ask for `strictExecutionOrder` with modules placed without their
		// imports; the placement is acyclic instead (`startChunkKey`), and this holds it: a cycle
		// of chunks could run a module before one it reads at start.
		generateBundle(_options, bundle) {
			if (server) return;
			const imports = new Map<string, readonly string[]>();
			for (const [file, chunk] of Object.entries(bundle))
				if (chunk.type === 'chunk') imports.set(file, chunk.imports);
			const cycle = chunkCycle(imports);
			if (cycle) this.error(`start chunks import each other: ${cycle.join(' → ')}`);
			const empty = Object.entries(bundle).filter(
				([, chunk]) => chunk.type === 'chunk' && !chunk.isEntry && importsOnly(chunk.code)
			);
			if (empty.length)
				this.error(`chunks with nothing but imports: ${empty.map(([file]) => file).join(', ')}`);
		}
	};
}

/**
 * Whether chunk `code` (JavaScript) has nothing but import statements (or nothing at all): a
 * request that brings no code, only more requests. Such a chunk is made of modules that only
 * forward what other chunks hold: `start-light-stats-export-study` was `import"./shell.js"`,
 * 0 KB, for SvelteKit's `$app/navigation` (`export { goto, … } from '../client/client.js'`),
 * loaded by Stats, Export, Study and the screens of their band (perf53, perf54). A page's own
 * entry may be one (it re-exports its component from a shared chunk); the build fails on any
 * other. False for code that does not parse.
 */
export function importsOnly(code: string): boolean {
	try {
		return parseAst(code).body.every((statement) => statement.type === 'ImportDeclaration');
	} catch {
		return false;
	}
}

/**
 * A cycle among chunks' static imports (`imports`: each chunk's file → the files it imports), as
 * the files along it with the first repeated at the end, or null when there is none.
 */
export function chunkCycle(imports: ReadonlyMap<string, readonly string[]>): string[] | null {
	const done = new Set<string>();
	const path: string[] = [];
	const onPath = new Set<string>();
	const visit = (file: string): string[] | null => {
		if (onPath.has(file)) return [...path.slice(path.indexOf(file)), file];
		if (done.has(file)) return null;
		path.push(file);
		onPath.add(file);
		for (const next of imports.get(file) ?? []) {
			const cycle = visit(next);
			if (cycle) return cycle;
		}
		path.pop();
		onPath.delete(file);
		done.add(file);
		return null;
	};
	for (const file of imports.keys()) {
		const cycle = visit(file);
		if (cycle) return cycle;
	}
	return null;
}
