// How the scale harness opens databases and measures work on them: every connection counts its
// IndexedDB reads, and `measured` reports a piece of work's time, requests and rows read.
import { countReads, newReadCounts, resetReadCounts } from '$lib/db/read-counter';
import { createDb, type FlashpointDb } from '$lib/db/schema';

/**
 * IndexedDB requests and rows read through every connection this harness opens (`withDb`),
 * counted by the app's DBCore read counter (`$lib/db/read-counter`, the one the unit tests
 * use) while `measured` runs.
 */
export const reads = newReadCounts();
reads.on = false;

/** A new connection to database `name`, its reads counted (`reads`); the caller closes it. */
export async function openDb(name: string): Promise<FlashpointDb> {
	// A new connection is a new tab: every per-tab cache starts empty.
	const db = createDb(name);
	countReads(db, reads);
	await db.open();
	return db;
}

/** `work` on a new connection to database `name`, closed after. */
export async function withDb<T>(name: string, work: (db: FlashpointDb) => Promise<T>): Promise<T> {
	const db = await openDb(name);
	try {
		return await work(db);
	} finally {
		db.close();
	}
}

/**
 * One measured piece of work: ms, IndexedDB requests and rows read, the busiest request kinds
 * (`top`) and the indexes most rows came from (`topRows`).
 */
export interface Measured {
	ms: number;
	requests: number;
	rows: number;
	top: [string, number][];
	topRows: [string, number][];
}

/** `work`'s time (ms), IndexedDB requests and rows read, the busiest request kinds and indexes. */
export async function measured(work: () => Promise<unknown>): Promise<Measured> {
	resetReadCounts(reads);
	reads.on = true;
	const started = performance.now();
	await work();
	const ms = performance.now() - started;
	reads.on = false;
	const top = Object.entries(reads.requestsBy)
		.sort((a, b) => b[1] - a[1])
		.slice(0, 6);
	const topRows = Object.entries(reads.rowsBy)
		.filter(([, rows]) => rows > 0)
		.sort((a, b) => b[1] - a[1])
		.slice(0, 8);
	return { ms, requests: reads.requests, rows: reads.rows, top, topRows };
}

/** The median of five timings of `work` (ms). */
export async function medianOf5(work: () => Promise<unknown>): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < 5; i++) {
		const started = performance.now();
		await work();
		times.push(performance.now() - started);
	}
	return times.sort((a, b) => a - b)[2];
}
