import { afterEach, describe, expect, it, vi } from 'vitest';
import { refreshRecentSiblings } from '$lib/db/answer-siblings';
import { CARDS_GENERATION_KEY } from '$lib/db/generation';
import { recountIndexes } from '$lib/db/index-rows';
import type { FlashpointDb } from '$lib/db/schema';
import { freshDb } from '$lib/db/test-helpers';
import { readAnkiText } from '$lib/formats/anki-text';
import type { PortableHistory } from '$lib/formats/portable';
import { inZone } from '$lib/srs/zone.test-helpers';
import { importAsNewCourse, importIntoCourse, planImport } from './import';
import { isCancelled } from './store-progress';

// Issue 14: an import now defers the per-write upkeep of `items`, `tallies` and `fresh` and
// writes its course's queue once at the end (`refreshDeferredCourses`). These tests run the same
// imports with upkeep write by write, as before, and compare every index table.

/** Upkeep write by write (the imports before issue 14's change) when set. */
const upkeep = vi.hoisted(() => ({ incremental: false }));

vi.mock('$lib/db/indexes', async (importOriginal) => {
	const real = await importOriginal<typeof import('$lib/db/indexes')>();
	return {
		...real,
		deferIndexUpkeep: () => (upkeep.incremental ? undefined : real.deferIndexUpkeep()),
		// Before: the course row's own writes kept the queue, and the history's recent answers
		// were given their sibling keys by `storeImportedHistory`.
		refreshDeferredCourses: (
			courses: Parameters<typeof real.refreshDeferredCourses>[0],
			rows: Parameters<typeof real.refreshDeferredCourses>[1]
		) =>
			upkeep.incremental
				? refreshRecentSiblings(courses.db as unknown as FlashpointDb)
				: real.refreshDeferredCourses(courses, rows)
	};
});

const DAY = 86_400_000;
/** 10:00 in Adelaide (UTC+10:30 in summer), 5 December 2026: the test's "now". */
const NOW = Date.UTC(2026, 11, 4, 23, 30);
const origin = { fileName: 'deck.txt', formatLabel: 'Anki text', globalIds: true };

function notes(prefix: string, from: number, count: number): string {
	const lines = ['#separator:tab', '#guid column:1'];
	for (let i = from; i < from + count; i++)
		lines.push(`${prefix}${i}\t${prefix} question ${i}?\t${prefix} answer ${i}`);
	return lines.join('\n');
}

/**
 * A history for notes `prefix``from`… : every third note never answered (stays new), the others
 * answered over 40 days up to a few hours ago, some with Again (learning, relearning), some due
 * as Anki planned, a few across the March DST change.
 */
function history(prefix: string, from: number, count: number): PortableHistory[] {
	const cards: PortableHistory[] = [];
	for (let i = from; i < from + count; i++) {
		if (i % 3 === 0) continue;
		const answers: PortableHistory['answers'] = [];
		const first = NOW - (40 + (i % 7)) * DAY - (i % 5) * 3_600_000;
		const times = i % 4 === 0 ? 5 : 2;
		for (let n = 0; n < times; n++)
			answers.push({
				at: first + n * (i % 2 ? 9 : 3) * DAY,
				rating: ((i + n) % 5 === 0 ? 1 : 3) as 1 | 3,
				durationMs: 4000
			});
		// Some answered in the last three days: their sibling keys are kept current.
		if (i % 5 === 1)
			answers.push({ at: NOW - (i % 3) * DAY - 3_600_000, rating: 3, durationMs: 5000 });
		cards.push({
			externalId: `${prefix}${i}`,
			answers,
			...(i % 2 === 0 && { due: answers.at(-1)!.at + 6 * DAY })
		});
	}
	return cards;
}

/** Every row of the tables the upkeep writes, the cards generation's random value left out. */
async function indexTables(db: FlashpointDb) {
	const settings = await db.settings.toArray();
	return {
		items: await db.items.toArray(),
		tallies: await db.tallies.toArray(),
		fresh: await db.fresh.toArray(),
		reviews: await db.reviews.toArray(),
		cards: await db.cards.toArray(),
		settings: settings.filter((row) => row.key !== CARDS_GENERATION_KEY),
		generation: settings.some((row) => row.key === CARDS_GENERATION_KEY)
	};
}

/**
 * Two courses imported with their history, then more questions and answers imported into the
 * first, in Adelaide; course ids made alike in both runs. Returns the database.
 */
async function importThree(): Promise<FlashpointDb> {
	let uuid = 0;
	vi.spyOn(crypto, 'randomUUID').mockImplementation(
		() =>
			`00000000-0000-4000-8000-${String(++uuid).padStart(12, '0')}` as `${string}-${string}-${string}-${string}-${string}`
	);
	const db = freshDb();
	const a = readAnkiText(notes('a', 0, 60)).questions;
	const first = await importAsNewCourse(db, planImport(a, origin), origin, 'A', {
		now: NOW - 50 * DAY,
		history: history('a', 0, 60)
	});
	const b = readAnkiText(notes('b', 0, 40)).questions;
	await importAsNewCourse(db, planImport(b, origin), origin, 'B', {
		now: NOW - 45 * DAY,
		history: history('b', 0, 40)
	});
	// The first course's file again with 30 more notes and more answers: added, history merged.
	const more = readAnkiText(notes('a', 0, 90)).questions;
	const existing = await db.questions.where('courseId').equals(first.courseId).toArray();
	const moreHistory = history('a', 0, 90).map((card) => ({
		...card,
		answers: [...card.answers, { at: NOW - 2 * 3_600_000, rating: 2 as const, durationMs: 3000 }]
	}));
	const done = await importIntoCourse(
		db,
		first.courseId,
		planImport(more, origin, existing),
		origin,
		{ now: NOW, history: moreHistory }
	);
	expect(done.added).toBe(30);
	return db;
}

afterEach(() => {
	upkeep.incremental = false;
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('an import with index upkeep deferred', () => {
	it('leaves the indexes and sibling keys exactly as upkeep write by write does (two courses, history, Adelaide)', async () => {
		vi.useFakeTimers({ toFake: ['Date'], now: NOW });
		await inZone('Australia/Adelaide', async () => {
			upkeep.incremental = true;
			const before = await importThree();
			upkeep.incremental = false;
			const after = await importThree();
			const [was, now] = [await indexTables(before), await indexTables(after)];
			expect(now.items.length).toBe(130);
			expect(now.fresh.length).toBeGreaterThan(0);
			expect(now.reviews.some((review) => review.siblings)).toBe(true);
			expect(now.generation).toBe(true);
			expect(now).toEqual(was);
			// And what a rebuild from the course rows and cards gives.
			const counted = await recountIndexes(after);
			expect(now.items).toEqual(counted.items);
			expect(now.tallies).toEqual(counted.tallies);
			expect(now.fresh).toEqual(counted.fresh);
			before.close();
			after.close();
		});
	});

	it('keeps nothing when Cancel comes during the queue’s one write, the step before saving', async () => {
		const db = freshDb();
		const a = readAnkiText(notes('a', 0, 30)).questions;
		await importAsNewCourse(db, planImport(a, origin), origin, 'A', {
			history: history('a', 0, 30)
		});
		const before = await snapshot(db);
		const cancel = new AbortController();
		const seen: string[] = [];
		const b = readAnkiText(notes('b', 0, 30)).questions;
		await expect(
			importAsNewCourse(db, planImport(b, origin), origin, 'B', {
				history: history('b', 0, 30),
				signal: cancel.signal,
				onProgress(progress) {
					seen.push(progress.stage);
					if (progress.stage === 'queue') cancel.abort();
				}
			})
		).rejects.toSatisfy(isCancelled);
		// The queue is written last, once: after the questions and the history.
		expect(seen.filter((stage, i) => stage !== seen[i - 1])).toEqual([
			'checking',
			'writing',
			'replay',
			'history',
			'queue'
		]);
		expect(await snapshot(db)).toEqual(before);
		db.close();
	});
});

/** Every row of every table, to compare a database before and after. */
async function snapshot(db: FlashpointDb) {
	const tables: Record<string, unknown[]> = {};
	for (const table of db.tables) tables[table.name] = await table.toArray();
	return tables;
}
