import { describe, expect, it } from 'vitest';
import { isOfflineStatusReply, missingPaths, planPrecache } from './precache-plan';

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
		expect(isOfflineStatusReply({ type: 'OFFLINE_STATUS', ready: 'yes', missing: 0 })).toBe(false);
		expect(isOfflineStatusReply({ type: 'SKIP_WAITING' })).toBe(false);
		expect(isOfflineStatusReply(null)).toBe(false);
	});
});
