import { describe, expect, it } from 'vitest';
import { PrecacheProgress, REQUEST_COST_BYTES, parseSizeMap } from './precache-progress';

// Compressed sizes (bytes) as the build of 2026-12-05 sends them: 290 small screen files, then
// the tools a first visit stores last, which are half of the 2.9 MB.
const SCREENS = Array.from({ length: 290 }, (_, i) => `/_app/immutable/chunks/c${i}.js`);
const SCREEN_BYTES = 4_800;
const TOOLS: Record<string, number> = {
	'/_app/immutable/assets/pdf.worker.min.qwK7q_zL.mjs': 231_672,
	'/_app/immutable/assets/sql-wasm.CXIAVl5-.wasm': 290_952,
	'/_app/immutable/assets/zxing_reader.BxB2YfIY.wasm': 356_924,
	'/_app/immutable/workers/generate.worker-D363idLp.js': 196_526,
	'/_app/immutable/workers/lexicon.worker-CZI7yEfe.js': 128_124,
	'/_app/immutable/workers/read.worker-DLNnTsFJ.js': 27_332,
	'/_app/immutable/workers/read.worker-DbSQI8VY.js': 116_413,
	'/_app/immutable/workers/suggest.worker-B4Sl3idq.js': 148_706
};
const PATHS = [...SCREENS, ...Object.keys(TOOLS)];
const SIZES = new Map([
	...SCREENS.map((path) => [path, SCREEN_BYTES] as const),
	...Object.entries(TOOLS)
]);

describe('PrecacheProgress', () => {
	it('says the share of the bytes without a request cost: the screens stored is half', () => {
		const share = new PrecacheProgress(PATHS, SIZES, 0);
		for (const path of SCREENS) share.add(path);
		// Counting files said 97% here (290 of 298).
		expect(share.percent).toBe(48);
		expect(share.missing).toBe(8);
		for (const path of Object.keys(TOOLS).slice(0, 7)) share.add(path);
		expect(share.percent).toBe(94);
	});

	it('stays below 100 while a file is missing, and is 100 once none is', () => {
		const share = new PrecacheProgress(
			['/big.wasm', '/tiny.js'],
			new Map([
				['/big.wasm', 10_000_000],
				['/tiny.js', 1]
			])
		);
		share.add('/big.wasm');
		expect(share.percent).toBe(99);
		share.add('/tiny.js');
		expect(share.percent).toBe(100);
		expect(share.missing).toBe(0);
	});

	it('counts a file once, and nothing outside the list', () => {
		const share = new PrecacheProgress(
			['/a.js', '/b.js'],
			new Map([
				['/a.js', 10],
				['/b.js', 10]
			])
		);
		expect(share.add('/a.js')).toBe(true);
		expect(share.add('/a.js')).toBe(false);
		expect(share.add('/_app/version.json')).toBe(false);
		expect(share.percent).toBe(50);
	});

	it('weighs a file the map lacks (a page) as the mean of those it has', () => {
		const sizes = new Map([
			['/a.js', 100],
			['/b.wasm', 700]
		]);
		const share = new PrecacheProgress(['/a.js', '/b.wasm', '/quiz'], sizes, 0);
		share.add('/quiz');
		// 400 of 1,200 bytes.
		expect(share.percent).toBe(33);
		// Each file 100 bytes more: 500 of 1,500.
		const costed = new PrecacheProgress(['/a.js', '/b.wasm', '/quiz'], sizes, 100);
		costed.add('/quiz');
		expect(costed.percent).toBe(33);
		costed.add('/a.js');
		expect(costed.percent).toBe(46);
	});

	it('weighs each file its bytes plus a cost per request, so many small files count', () => {
		const share = new PrecacheProgress(PATHS, SIZES);
		for (const path of SCREENS) share.add(path);
		// 290 × (4,800 + 6,000) of 290 × 10,800 + the tools' 1,496,649 + 8 × 6,000 bytes: the
		// 290 requests took more of the time than their bytes say (bytes alone: 48%).
		expect(REQUEST_COST_BYTES).toBe(6_000);
		expect(share.percent).toBe(66);
		// Each tool then moves it by its own bytes and one request.
		share.add('/_app/immutable/workers/read.worker-DLNnTsFJ.js');
		expect(share.percent).toBe(67);
		share.add('/_app/immutable/assets/zxing_reader.BxB2YfIY.wasm');
		expect(share.percent).toBe(75);
	});

	it('counts a file the same with or without a cost when files are equal', () => {
		const paths = ['/a', '/b', '/c', '/d'];
		const sizes = new Map(paths.map((path) => [path, 500] as const));
		for (const cost of [0, 6_000]) {
			const share = new PrecacheProgress(paths, sizes, cost);
			share.add('/a');
			expect(share.percent).toBe(25);
		}
	});

	it('takes a negative request cost as none', () => {
		const share = new PrecacheProgress(
			['/a', '/b'],
			new Map([
				['/a', 300],
				['/b', 100]
			]),
			-50
		);
		share.add('/a');
		expect(share.percent).toBe(75);
	});

	it('counts files when there is no size map', () => {
		const share = new PrecacheProgress(PATHS, null);
		for (const path of SCREENS) share.add(path);
		expect(share.percent).toBe(97);
	});

	it('is at 0 with nothing stored, even if every size is 0', () => {
		expect(
			new PrecacheProgress(
				['/a', '/b'],
				new Map([
					['/a', 0],
					['/b', 0]
				])
			).percent
		).toBe(0);
		expect(new PrecacheProgress([], null).percent).toBe(100);
	});
});

describe('parseSizeMap', () => {
	it('reads the sizes written for this version', () => {
		const sizes = parseSizeMap({ version: 'abc', sizes: { '/quiz': 5120, '/a.wasm': 0 } }, 'abc');
		expect(sizes).toEqual(
			new Map([
				['/quiz', 5120],
				['/a.wasm', 0]
			])
		);
	});

	it('refuses another version’s map and anything not a map of whole byte counts', () => {
		expect(parseSizeMap({ version: 'old', sizes: { '/quiz': 5120 } }, 'abc')).toBeNull();
		expect(parseSizeMap({ version: 'abc', sizes: { '/quiz': -1 } }, 'abc')).toBeNull();
		expect(parseSizeMap({ version: 'abc', sizes: { '/quiz': 1.5 } }, 'abc')).toBeNull();
		expect(parseSizeMap({ version: 'abc', sizes: { '/quiz': '5 kB' } }, 'abc')).toBeNull();
		expect(parseSizeMap({ version: 'abc' }, 'abc')).toBeNull();
		expect(parseSizeMap('<!doctype html>', 'abc')).toBeNull();
		expect(parseSizeMap(null, 'abc')).toBeNull();
	});
});
