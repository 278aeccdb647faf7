import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import {
	forgetAnswer,
	journalAnswer,
	readJournal,
	replayJournal,
	writingAnswer,
	type JournaledAnswer
} from './answer-journal';
import { recordAnswer } from './answers';
import { createDb } from './schema';
import { answer, freshDb } from './test-helpers';
import { uuidv7 } from './uuid';

const t0 = new Date(2026, 4, 12, 9, 0).getTime();

/** A `localStorage` stand-in; two "tabs" share one, as they share the real one. */
function memoryStorage() {
	const map = new Map<string, string>();
	return {
		get length() {
			return map.size;
		},
		key: (index: number) => [...map.keys()][index] ?? null,
		getItem: (key: string) => map.get(key) ?? null,
		setItem: (key: string, value: string) => void map.set(key, String(value)),
		removeItem: (key: string) => void map.delete(key),
		map
	};
}

function tapped(questionId: string, at: number, seen: number | null = null): JournaledAnswer {
	return { ...answer(questionId, 3, at, seen), uuid: uuidv7(at), previewAt: at };
}

describe('the pending-answer journal', () => {
	it('replays an answer whose write never committed, once', async () => {
		const db = freshDb();
		const storage = memoryStorage();
		const entry = tapped('q0', t0);
		expect(journalAnswer(entry, storage)).toBe(true);
		expect(readJournal(storage)).toEqual([entry]);

		expect(await replayJournal(db, storage)).toEqual({ saved: 1, dropped: 0 });
		const rows = await db.reviews.toArray();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ uuid: entry.uuid, questionId: 'q0', answeredAt: t0 });
		expect(await db.days.toArray()).toMatchObject([{ answers: 1 }]);
		expect(readJournal(storage)).toEqual([]);

		// Journaled again (a tab that crashed between the commit and the removal): not twice.
		journalAnswer(entry, storage);
		expect(await replayJournal(db, storage)).toEqual({ saved: 1, dropped: 0 });
		expect(await db.reviews.count()).toBe(1);
		expect(await db.days.toArray()).toMatchObject([{ answers: 1 }]);
	});

	it('recordAnswer with an id the log holds writes nothing and returns the stored answer', async () => {
		const db = freshDb();
		const entry = tapped('q0', t0);
		const first = await recordAnswer(entry, DEFAULT_STUDY_SETTINGS, db);
		const again = await recordAnswer(entry, DEFAULT_STUDY_SETTINGS, db);
		expect(again).toEqual(first);
		expect(await db.reviews.count()).toBe(1);
		expect(await db.days.toArray()).toMatchObject([{ answers: 1 }]);
	});

	it('drops an entry whose card moved on since (another tab answered it), counting nothing', async () => {
		const db = freshDb();
		const storage = memoryStorage();
		journalAnswer(tapped('q0', t0), storage);
		await recordAnswer(answer('q0', 1, t0 + 1000), DEFAULT_STUDY_SETTINGS, db);
		expect(await replayJournal(db, storage)).toEqual({ saved: 0, dropped: 1 });
		expect(await db.reviews.count()).toBe(1);
		expect((await db.reviews.toArray())[0].rating).toBe(1);
		expect(readJournal(storage)).toEqual([]);
	});

	it('replays several answers to one card in the order they were given', async () => {
		const db = freshDb();
		const storage = memoryStorage();
		// The second was shown after the first was answered: it saw the first's lastReview.
		journalAnswer(tapped('q0', t0 + 60_000, t0), storage);
		journalAnswer(tapped('q0', t0), storage);
		expect(await replayJournal(db, storage)).toEqual({ saved: 2, dropped: 0 });
		expect((await db.reviews.toArray()).map((r) => r.answeredAt)).toEqual([t0, t0 + 60_000]);
	});

	it('two tabs replaying the same journal at once write each answer once', async () => {
		const name = `journal-two-tabs-${Math.random()}`;
		const [tabA, tabB] = [createDb(name), createDb(name)];
		const storage = memoryStorage();
		journalAnswer(tapped('q0', t0), storage);
		journalAnswer(tapped('q1', t0 + 1), storage);
		const [a, b] = await Promise.all([replayJournal(tabA, storage), replayJournal(tabB, storage)]);
		expect([a, b]).toEqual([
			{ saved: 2, dropped: 0 },
			{ saved: 2, dropped: 0 }
		]);
		expect(await tabA.reviews.count()).toBe(2);
		expect(await tabA.days.toArray()).toMatchObject([{ answers: 2 }]);
		expect(readJournal(storage)).toEqual([]);
	});

	it("a tab's own write racing another tab's replay of it counts once, and both see it saved", async () => {
		const name = `journal-race-${Math.random()}`;
		const [tabA, tabB] = [createDb(name), createDb(name)];
		const storage = memoryStorage();
		const entry = tapped('q0', t0);
		journalAnswer(entry, storage);
		const [own] = await Promise.all([
			recordAnswer(entry, DEFAULT_STUDY_SETTINGS, tabA),
			replayJournal(tabB, storage)
		]);
		expect(own.uuid).toBe(entry.uuid);
		expect(await tabA.reviews.count()).toBe(1);
		expect(await tabA.days.toArray()).toMatchObject([{ answers: 1 }]);
	});

	it('leaves alone an answer this tab is writing now', async () => {
		const db = freshDb();
		const storage = memoryStorage();
		const entry = tapped('q0', t0);
		journalAnswer(entry, storage);
		const writing = writingAnswer(entry.uuid);
		expect(await replayJournal(db, storage)).toEqual({ saved: 0, dropped: 0 });
		writing.done();
		expect(await db.reviews.count()).toBe(0);
		forgetAnswer(entry.uuid, storage);
		expect(readJournal(storage)).toEqual([]);
	});

	it('removes unreadable entries and survives storage that refuses', async () => {
		const storage = memoryStorage();
		storage.setItem('flashpoint-pending-answer:x', '{not json');
		storage.setItem(`flashpoint-pending-answer:${uuidv7(t0)}`, JSON.stringify({ rating: 9 }));
		storage.setItem('other-key', 'kept');
		expect(readJournal(storage)).toEqual([]);
		expect([...storage.map.keys()]).toEqual(['other-key']);

		const refusing = {
			...memoryStorage(),
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		};
		expect(journalAnswer(tapped('q0', t0), refusing)).toBe(false);
		expect(journalAnswer(tapped('q0', t0), null)).toBe(false);
		expect(await replayJournal(freshDb(), null)).toEqual({ saved: 0, dropped: 0 });
	});
});
