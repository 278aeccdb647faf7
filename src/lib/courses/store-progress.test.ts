import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { freshDb } from '$lib/db/test-helpers';
import type { FlashpointDb } from '$lib/db/schema';
import { bigDeck } from '$lib/formats/anki-collection.test-helpers';
import { readApkg } from '$lib/formats/apkg';
import { readAnkiText } from '$lib/formats/anki-text';
import { importAsNewCourse, importIntoCourse, planImport } from './import';
import { isCancelled, REPORT_EVERY_MS, StoreSteps, type StoreProgress } from './store-progress';

// Outsider student (session 33): a 40,000-card import showed only "Importing…" for about 80 s,
// with no count and no Cancel.

describe('StoreSteps', () => {
	it('reports each stage’s first and last step, and in between no more often than REPORT_EVERY_MS', () => {
		let now = 0;
		const seen: StoreProgress[] = [];
		const steps = new StoreSteps({ onProgress: (p) => seen.push(p), clock: () => now });
		steps.step('checking');
		for (let done = 0; done <= 1000; done += 10) {
			steps.step('writing', done, 1000);
			now += 7;
		}
		steps.step('saving');
		expect(seen[0]).toEqual({ stage: 'checking', done: 0, total: 0 });
		const writing = seen.filter((p) => p.stage === 'writing');
		expect(writing[0].done).toBe(0);
		expect(writing.at(-1)).toEqual({ stage: 'writing', done: 1000, total: 1000 });
		// 707 ms of writing: a report at most every 100 ms, plus the first and the last.
		expect(writing.length).toBeLessThanOrEqual(Math.ceil(707 / REPORT_EVERY_MS) + 2);
		expect(writing.length).toBeGreaterThanOrEqual(7);
		expect(seen.at(-1)!.stage).toBe('saving');
	});

	it('throws an AbortError at the next step once cancelled, the step into saving too', () => {
		const cancel = new AbortController();
		const steps = new StoreSteps({ signal: cancel.signal });
		steps.step('writing', 0, 10);
		cancel.abort();
		for (const stage of ['writing', 'saving'] as const) {
			let thrown: unknown;
			try {
				steps.step(stage, 5, 10);
			} catch (error) {
				thrown = error;
			}
			expect(isCancelled(thrown)).toBe(true);
		}
	});

	it('writes in chunks, checking for Cancel before each', async () => {
		const cancel = new AbortController();
		const written: number[][] = [];
		const steps = new StoreSteps({ signal: cancel.signal });
		const rows = Array.from({ length: 10 }, (_, i) => i);
		await expect(
			steps.inChunks(
				rows,
				async (chunk) => {
					written.push(chunk);
					if (written.length === 2) cancel.abort();
				},
				{ size: 3 }
			)
		).rejects.toSatisfy(isCancelled);
		expect(written).toEqual([
			[0, 1, 2],
			[3, 4, 5]
		]);
	});
});

/** Every row of every table, to compare a database before and after. */
async function snapshot(db: FlashpointDb) {
	const tables: Record<string, unknown[]> = {};
	for (const table of db.tables) tables[table.name] = await table.toArray();
	return tables;
}

const origin = { fileName: 'deck.txt', formatLabel: 'Anki text', globalIds: true };

/** A clock a second on at each reading: every step is reported (no `REPORT_EVERY_MS` wait). */
function everyStep() {
	let now = 0;
	return () => (now += 1000);
}

function notes(from: number, count: number): string {
	const lines = ['#separator:tab', '#guid column:1'];
	for (let i = from; i < from + count; i++) lines.push(`g${i}\tQuestion ${i}?\tAnswer ${i}`);
	return lines.join('\n');
}

describe('a cancelled import', () => {
	// Rows per chunk in these stores (`StoreHooks.chunk`): a Cancel between chunks is the same
	// code at 100 as at `STORE_CHUNK`, and the .apkg case below stored 2,500 notes twice at 2,000
	// (5 s of CPU in sql.js and fake-indexeddb), past its 30 s limit at load 30 on 2 cores.
	const CHUNK = 100;

	it('leaves every table as it was: a new course', async () => {
		const db = freshDb();
		const first = readAnkiText(notes(0, 5)).questions;
		await importAsNewCourse(db, planImport(first, origin), origin, 'Mine');
		const before = await snapshot(db);
		const cancel = new AbortController();
		const seen: StoreProgress[] = [];
		const read = readAnkiText(notes(100, CHUNK * 2 + 10)).questions;
		await expect(
			importAsNewCourse(db, planImport(read, origin), origin, 'Big', {
				signal: cancel.signal,
				clock: everyStep(),
				chunk: CHUNK,
				onProgress(progress) {
					seen.push(progress);
					// Cancel once the first chunk is written, as a person pressing it mid-way.
					if (progress.stage === 'writing' && progress.done >= CHUNK) cancel.abort();
				}
			})
		).rejects.toSatisfy(isCancelled);
		expect(seen.some((p) => p.stage === 'writing' && p.done === CHUNK)).toBe(true);
		expect(await snapshot(db)).toEqual(before);
		db.close();
	});

	it('is seen while the questions are checked, before anything is written', async () => {
		const db = freshDb();
		const before = await snapshot(db);
		const cancel = new AbortController();
		const seen: StoreProgress[] = [];
		const read = readAnkiText(notes(0, CHUNK * 2 + 10)).questions;
		await expect(
			importAsNewCourse(db, planImport(read, origin), origin, 'Big', {
				signal: cancel.signal,
				clock: everyStep(),
				chunk: CHUNK,
				onProgress(progress) {
					seen.push(progress);
					if (progress.stage === 'checking' && progress.done >= CHUNK) cancel.abort();
				}
			})
		).rejects.toSatisfy(isCancelled);
		// Counted while checking; nothing written.
		expect(seen.map((p) => [p.stage, p.done, p.total])).toEqual([
			['checking', CHUNK, CHUNK * 2 + 10]
		]);
		expect(await snapshot(db)).toEqual(before);
		db.close();
	});

	it('leaves every table as it was: questions and history into a course with progress', async () => {
		const sqlite = await initSqlJs();
		const db = freshDb();
		const deck = readApkg(bigDeck(sqlite, CHUNK * 2 + 50), sqlite);
		const apkg = { fileName: 'deck.apkg', formatLabel: 'Anki package', globalIds: true };
		// The course holds the first 30 notes, with their answers.
		const course = await importAsNewCourse(
			db,
			planImport(deck.questions.slice(0, 30), apkg),
			apkg,
			'Deck',
			{ history: deck.history }
		);
		expect(await db.reviews.count()).toBe(30);
		const before = await snapshot(db);
		const cancel = new AbortController();
		const existing = await db.questions.where('courseId').equals(course.courseId).toArray();
		const plan = planImport(deck.questions, apkg, existing);
		await expect(
			importIntoCourse(db, course.courseId, plan, apkg, {
				history: deck.history,
				signal: cancel.signal,
				clock: everyStep(),
				chunk: CHUNK,
				onProgress(progress) {
					// Cancel while the history is written: the questions are written by then.
					if (progress.stage === 'history' && progress.done > 0) cancel.abort();
				}
			})
		).rejects.toSatisfy(isCancelled);
		expect(await snapshot(db)).toEqual(before);
		// Not cancelled, the same import goes through.
		const done = await importIntoCourse(db, course.courseId, plan, apkg, { history: deck.history });
		expect(done.added).toBe(CHUNK * 2 + 20);
		db.close();
	});
});
