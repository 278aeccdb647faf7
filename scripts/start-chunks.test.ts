import { describe, expect, it } from 'vitest';
import {
	chunkCycle,
	importsOnly,
	pagesReaching,
	startChunkKey,
	startChunkName,
	type ModuleGraph
} from './start-chunks';

/** A module graph from each module's importers. */
function graphOf(importers: Record<string, string[]>): ModuleGraph {
	return {
		getModuleInfo: (id) => (id in importers ? { importers: importers[id] } : null)
	};
}

const node = (n: number) => `/app/.svelte-kit/generated/client-optimized/nodes/${n}.js`;
const HOME = '/app/src/routes/+page.svelte';

describe('startChunkKey', () => {
	it('leaves a module of one screen or none to automatic splitting', () => {
		expect(startChunkKey([], false)).toBeNull();
		expect(startChunkKey([7], false)).toBeNull();
	});

	it('puts what Home imports in its own chunk, whatever else imports it', () => {
		expect(startChunkKey([2], true)).toBe('start-home');
		expect(startChunkKey([2, 3, 4, 5, 6, 7, 8, 9, 10], true)).toBe('start-home');
	});

	it('names a few screens exactly, in order, and more by band', () => {
		expect(startChunkKey([19, 4], false)).toBe('start-4-19');
		expect(startChunkKey([19, 4, 11], false)).toBe('start-4-11-19');
		expect(startChunkKey([1, 2, 3, 4], false)).toBe('start-4up');
		expect(startChunkKey([1, 2, 3, 4, 5, 6, 7], false)).toBe('start-4up');
		expect(startChunkKey([1, 2, 3, 4, 5, 6, 7, 8], false)).toBe('start-8up');
	});

	it('keys a banded module a light screen imports by the light groups, not the band', () => {
		expect(startChunkKey([1, 2, 3, 4], false, ['stats-export'])).toBe('start-light-stats-export');
		expect(startChunkKey([1, 2, 3, 4, 5, 6, 7, 8], false, ['stats-export', 'questions'])).toBe(
			'start-light-questions-stats-export'
		);
		// A few screens keep their exact set, a light one among them or not.
		expect(startChunkKey([4, 19], false, ['questions'])).toBe('start-4-19');
		expect(startChunkKey([1, 2, 3, 4], true, ['stats'])).toBe('start-home');
	});
});

describe('pagesReaching', () => {
	it('walks static importers up to the page entries, through cycles', () => {
		const graph = graphOf({
			'/app/src/lib/a.ts': ['/app/src/lib/b.ts', '/app/src/routes/study/+page.svelte'],
			'/app/src/lib/b.ts': ['/app/src/lib/a.ts', HOME],
			'/app/src/routes/study/+page.svelte': [node(19)],
			[HOME]: [node(2)],
			[node(19)]: [],
			[node(2)]: []
		});
		const reached = pagesReaching('/app/src/lib/a.ts', graph);
		expect(reached.pages.sort((x, y) => x - y)).toEqual([2, 19]);
		expect(reached.home).toBe(true);
		expect(pagesReaching('/app/src/routes/study/+page.svelte', graph)).toEqual({
			pages: [19],
			home: false,
			light: ['study']
		});
	});

	it('gives a chunk of a superset to what a banded module imports (acyclic)', () => {
		const pages = [3, 5, 7, 9];
		const importers: Record<string, string[]> = {
			'/app/src/lib/leaf.ts': ['/app/src/lib/mid.ts', '/app/src/routes/x/+page.svelte'],
			'/app/src/lib/mid.ts': pages.map((n) => `/app/src/routes/p${n}/+page.svelte`),
			'/app/src/routes/x/+page.svelte': [node(11)]
		};
		for (const n of [...pages, 11]) importers[node(n)] = [];
		for (const n of pages) importers[`/app/src/routes/p${n}/+page.svelte`] = [node(n)];
		const graph = graphOf(importers);
		expect(startChunkName('/app/src/lib/mid.ts', graph)).toBe('start-4up');
		expect(startChunkName('/app/src/lib/leaf.ts', graph)).toBe('start-4up');
		// What a light screen's page imports too goes in its group's chunk, and so does its import.
		importers['/app/src/lib/mid.ts'].push('/app/src/routes/courses/export/+page.svelte');
		importers['/app/src/routes/courses/export/+page.svelte'] = [node(13)];
		importers[node(13)] = [];
		expect(startChunkName('/app/src/lib/mid.ts', graph)).toBe('start-light-stats-export');
		expect(startChunkName('/app/src/lib/leaf.ts', graph)).toBe('start-light-stats-export');
		// Study's page is a group of its own (its card waits for its bytes), its sub-screens not.
		importers['/app/src/lib/mid.ts'].push('/app/src/routes/study/leeches/+page.svelte');
		importers['/app/src/routes/study/leeches/+page.svelte'] = [node(20)];
		importers[node(20)] = [];
		expect(startChunkName('/app/src/lib/mid.ts', graph)).toBe('start-light-stats-export');
		importers['/app/src/lib/mid.ts'].push('/app/src/routes/study/+page.svelte');
		importers['/app/src/routes/study/+page.svelte'] = [node(19)];
		importers[node(19)] = [];
		expect(startChunkName('/app/src/lib/mid.ts', graph)).toBe('start-light-stats-export-study');
		expect(startChunkName('/app/src/lib/leaf.ts', graph)).toBe('start-light-stats-export-study');
		// A page's own entry and Home's page stay where SvelteKit puts them.
		expect(startChunkName(node(3), graph)).toBeNull();
		expect(startChunkName(HOME, graphOf({ [HOME]: [node(2)], [node(2)]: [] }))).toBeNull();
	});
});

describe('chunkCycle', () => {
	it('finds none in a chain and a diamond', () => {
		const imports = new Map([
			['a', ['b', 'c']],
			['b', ['d']],
			['c', ['d']],
			['d', []]
		]);
		expect(chunkCycle(imports)).toBeNull();
	});

	it('names the chunks of a cycle', () => {
		const imports = new Map([
			['a', ['b']],
			['b', ['c']],
			['c', ['a']]
		]);
		expect(chunkCycle(imports)).toEqual(['a', 'b', 'c', 'a']);
	});
});

describe('importsOnly', () => {
	it('finds a chunk that brings nothing but imports, as the build refuses it', () => {
		// start-light-stats-export-study, main 87f0ae4b: $app/navigation alone (perf54).
		expect(importsOnly('import"./CDTERVrZ.js";')).toBe(true);
		expect(importsOnly('import"./a.js";import{b as c}from"./b.js";')).toBe(true);
		expect(importsOnly('')).toBe(true);
	});

	it('passes a chunk with code of its own, or one it cannot parse', () => {
		expect(importsOnly('import{r as e}from"./a.js";var t=e();export{t};')).toBe(false);
		expect(importsOnly('export{t as n}from"./a.js";')).toBe(false);
		expect(importsOnly('import"./a.js";(')).toBe(false);
	});
});
