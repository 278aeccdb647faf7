import { describe, expect, it } from 'vitest';
import {
	FIRST_PAGES,
	StoreError,
	failureOf,
	isOfflineStatusReply,
	missingPaths,
	openingFiles,
	planPrecache,
	putFailure,
	referencedPaths
} from './precache-plan';

// Names as the production build writes them (build/, 2026-12-02).
const BUILD = [
	'/200.html',
	'/study',
	'/manifest.webmanifest',
	'/icons/icon-192.png',
	'/_app/immutable/entry/start.BtM1x.js',
	'/_app/immutable/nodes/7.BFLLvn_9.js',
	'/_app/immutable/chunks/hBwJY94l.js',
	'/_app/immutable/assets/bank.Xyc2k6Z3.json',
	'/_app/immutable/assets/0.Dq1.css',
	'/_app/immutable/workers/install.worker-D0vgyzvS.js',
	'/_app/immutable/workers/backup.worker-DKAZKtz3.js',
	'/_app/immutable/workers/read.worker-hZA8q8om.js',
	'/_app/immutable/workers/lexicon.worker-BAJv8yxp.js',
	'/_app/immutable/workers/suggest.worker-DXSeqMLh.js',
	'/_app/immutable/workers/generate.worker-sCbpjWBw.js',
	'/_app/immutable/assets/pdf.worker.min.qwK7q_zL.mjs',
	'/_app/immutable/assets/sql-wasm.CXIAVl5-.wasm',
	'/_app/immutable/assets/zxing_reader.BxB2YfIY.wasm'
];

describe('planPrecache', () => {
	it('leaves only the document, scanning and deck tools for after the first install', () => {
		const plan = planPrecache(BUILD);
		expect(plan.later).toEqual([
			'/_app/immutable/workers/read.worker-hZA8q8om.js',
			'/_app/immutable/workers/lexicon.worker-BAJv8yxp.js',
			'/_app/immutable/workers/suggest.worker-DXSeqMLh.js',
			'/_app/immutable/workers/generate.worker-sCbpjWBw.js',
			'/_app/immutable/assets/pdf.worker.min.qwK7q_zL.mjs',
			'/_app/immutable/assets/sql-wasm.CXIAVl5-.wasm',
			'/_app/immutable/assets/zxing_reader.BxB2YfIY.wasm'
		]);
		// Every page, the course bank, the course installer and backups are there at once.
		expect(plan.first).toContain('/study');
		expect(plan.first).toContain('/200.html');
		expect(plan.first).toContain('/_app/immutable/assets/bank.Xyc2k6Z3.json');
		expect(plan.first).toContain('/_app/immutable/workers/install.worker-D0vgyzvS.js');
		expect(plan.first).toContain('/_app/immutable/workers/backup.worker-DKAZKtz3.js');
		expect([...plan.first, ...plan.later].sort()).toEqual([...BUILD].sort());
	});

	it('puts a file it does not know first (a renamed tool costs time, not a screen)', () => {
		expect(planPrecache(['/_app/immutable/workers/new.worker-X.js']).first).toHaveLength(1);
		expect(planPrecache(['/sources/read.worker-not.js']).first).toHaveLength(1);
	});
});

describe('referencedPaths', () => {
	it('reads a page’s modules and stylesheets and a module’s imports, as the build writes them', () => {
		// Excerpts of build/quiz.html and a route module (2026-12-05).
		const page = `<link href="./_app/immutable/entry/start.DLzI6z1C.js" rel="modulepreload">
			<link href="./_app/immutable/assets/0.MGvYGQq9.css" rel="stylesheet">
			<link rel="icon" href="./favicon.svg" type="image/svg+xml" />
			Promise.all([import("./_app/immutable/entry/start.DLzI6z1C.js"),
			import("./_app/immutable/entry/app.DFwMKcx-.js")])`;
		expect(referencedPaths(page, '/quiz')).toEqual([
			'/_app/immutable/entry/start.DLzI6z1C.js',
			'/_app/immutable/assets/0.MGvYGQq9.css',
			'/favicon.svg',
			'/_app/immutable/entry/app.DFwMKcx-.js'
		]);
		const module = `import{t as e}from"../chunks/BCiCTKAo.js";
			m.f||(m.f=["../chunks/paINXqne.js","../assets/student-name.DKiUw2Ts.css"]);
			()=>import(\`../chunks/CcljLtGn.js\`);import{a}from"./B-jScwtD.js";
			new Worker(new URL("../workers/install.worker-BGqWG623.js",import.meta.url),{type:"module"})`;
		expect(referencedPaths(module, '/_app/immutable/nodes/14.Xi8wGFy9.js')).toEqual([
			'/_app/immutable/chunks/BCiCTKAo.js',
			'/_app/immutable/chunks/paINXqne.js',
			'/_app/immutable/assets/student-name.DKiUw2Ts.css',
			'/_app/immutable/chunks/CcljLtGn.js',
			'/_app/immutable/nodes/B-jScwtD.js',
			'/_app/immutable/workers/install.worker-BGqWG623.js'
		]);
	});

	it('reads nothing from absolute or other-origin addresses, or from prose', () => {
		expect(referencedPaths('<a href="https://example.org/x.js">', '/')).toEqual([]);
		expect(referencedPaths('"/_app/immutable/x.js" and ./a.js unquoted', '/')).toEqual([]);
	});
});

describe('openingFiles', () => {
	// A small app as SvelteKit builds it: the router (`app.js`) can import every screen.
	const files: Record<string, string> = {
		'/quiz':
			'<link href="./_app/immutable/entry/app.A.js"><link href="./_app/immutable/nodes/2.Q.js">',
		'/': '<link href="./_app/immutable/entry/app.A.js"><link href="./_app/immutable/nodes/0.H.js">',
		'/200.html': '<script>import("./_app/immutable/entry/app.A.js")</script>',
		'/_app/immutable/entry/app.A.js':
			'()=>import("../nodes/0.H.js"),()=>import("../nodes/3.S.js");m.f=["../chunks/study.js"]',
		'/_app/immutable/nodes/0.H.js': 'import"../chunks/db.js"',
		// The root error page: no page links it, SvelteKit's client loads it as it starts.
		// Its stylesheet is listed only in the router's preload map (`app.js`), never followed.
		'/_app/immutable/nodes/1.E.js': 'import"../chunks/db.js"',
		'/_app/immutable/assets/1.E.css': '',
		'/_app/immutable/nodes/2.Q.js':
			'import("../chunks/qr.js");new URL("../assets/zxing_reader.Z.wasm",import.meta.url)',
		'/_app/immutable/nodes/3.S.js': 'import"../chunks/study.js"',
		'/_app/immutable/chunks/db.js': 'import"./db.js";import"../nodes/3.S.js"',
		'/_app/immutable/chunks/qr.js': '',
		'/_app/immutable/chunks/study.js': '',
		'/_app/immutable/assets/zxing_reader.Z.wasm': ''
	};

	it('stores each page a quiz link and the home screen need, with their code and the root error page, once each', async () => {
		const read: string[] = [];
		const paths = await openingFiles(FIRST_PAGES, new Set(Object.keys(files)), async (path) => {
			read.push(path);
			return files[path];
		});
		expect(paths.slice(0, 3)).toEqual(['/quiz', '/', '/200.html']);
		expect(paths.sort()).toEqual(
			[
				'/quiz',
				'/',
				'/200.html',
				'/_app/immutable/entry/app.A.js',
				'/_app/immutable/nodes/0.H.js',
				'/_app/immutable/nodes/1.E.js',
				'/_app/immutable/assets/1.E.css',
				'/_app/immutable/nodes/2.Q.js',
				'/_app/immutable/chunks/db.js',
				'/_app/immutable/chunks/qr.js'
			].sort()
		);
		// Another screen's route module and a tool wait for later; nothing is read twice.
		expect(read.sort()).toEqual(paths);
	});

	it('follows nothing the precache list does not hold', async () => {
		const only = new Set(['/quiz', '/_app/immutable/nodes/2.Q.js']);
		expect(await openingFiles(['/quiz', '/'], only, async (path) => files[path])).toEqual([
			'/quiz',
			'/_app/immutable/nodes/2.Q.js'
		]);
	});

	it('rejects when a file cannot be stored (the install fails and is tried again)', async () => {
		await expect(
			openingFiles(FIRST_PAGES, new Set(Object.keys(files)), async (path) => {
				if (path.includes('qr')) throw new Error('offline');
				return files[path];
			})
		).rejects.toThrow('offline');
	});
});

describe('missingPaths', () => {
	it('lists the wanted paths no cached URL has, in order', () => {
		const cached = ['http://127.0.0.1:4173/200.html', 'http://127.0.0.1:4173/study'];
		expect(missingPaths(['/200.html', '/stats', '/study', '/quiz'], cached)).toEqual([
			'/stats',
			'/quiz'
		]);
		expect(missingPaths([], cached)).toEqual([]);
	});
});

describe('isOfflineStatusReply', () => {
	it('accepts the worker’s answers and nothing else', () => {
		expect(isOfflineStatusReply({ type: 'OFFLINE_STATUS', ready: true, missing: 0 })).toBe(true);
		expect(
			isOfflineStatusReply({ type: 'OFFLINE_STATUS', ready: false, missing: 3, failed: true })
		).toBe(true);
		expect(
			isOfflineStatusReply({ type: 'OFFLINE_STATUS', ready: false, missing: 3, percent: 41 })
		).toBe(true);
		expect(isOfflineStatusReply({ type: 'OFFLINE_STATUS', ready: 'yes', missing: 0 })).toBe(false);
		expect(
			isOfflineStatusReply({ type: 'OFFLINE_STATUS', ready: false, missing: 3, percent: '41' })
		).toBe(false);
		expect(isOfflineStatusReply({ type: 'SKIP_WAITING' })).toBe(false);
		expect(isOfflineStatusReply(null)).toBe(false);
	});

	it('takes why storing stopped only when it is a reason the page knows', () => {
		const stopped = { type: 'OFFLINE_STATUS', ready: false, missing: 3, failed: true };
		for (const cause of ['network', 'server', 'storage'])
			expect(isOfflineStatusReply({ ...stopped, cause })).toBe(true);
		expect(isOfflineStatusReply({ ...stopped, cause: 'cosmic rays' })).toBe(false);
		expect(isOfflineStatusReply({ ...stopped, failed: 'yes' })).toBe(false);
	});
});

describe('why storing stopped', () => {
	it('keeps the reason a StoreError gives, and knows none for anything else', () => {
		expect(failureOf(new StoreError('server', '/quiz: HTTP 503'))).toBe('server');
		expect(failureOf(new TypeError('Failed to fetch'))).toBeUndefined();
		expect(failureOf('gone')).toBeUndefined();
	});

	it('tells a full device from a download cut short when a file cannot be kept', () => {
		expect(putFailure(new DOMException('Quota exceeded', 'QuotaExceededError'))).toBe('storage');
		expect(putFailure(new TypeError('network error'))).toBe('network');
		expect(putFailure(null)).toBe('network');
	});
});
