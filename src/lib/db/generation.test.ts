import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { recordAnswer } from './answers';
import { generationWrittenNow, readGeneration } from './generation';
import { newCardRecord } from '$lib/srs/scheduler';
import { answer, freshDb } from './test-helpers';
import { loadTodayQueue } from './today-queue';

const t0 = new Date(2026, 4, 12, 9, 0).getTime();
const bank = Array.from({ length: 5 }, (_, i) => ({ id: `q${i}`, fact: `f${i}` }));

describe('cards-generation marker', () => {
	it('changes on every kind of card write, whoever writes, in or out of a transaction', async () => {
		const db = freshDb();
		const seen = new Set([await readGeneration(db)]);
		const expectNew = async () => {
			const token = await readGeneration(db);
			expect(seen.has(token)).toBe(false);
			seen.add(token);
		};
		await db.cards.put(newCardRecord('q1', t0));
		await expectNew();
		await db.cards.bulkPut([newCardRecord('q2', t0), newCardRecord('q3', t0)]);
		await expectNew();
		await db.cards.delete('q2');
		await expectNew();
		await db.transaction('rw', db.cards, async () => {
			await db.cards
				.where('questionId')
				.equals('q3')
				.modify({ due: t0 + 1 });
		});
		await expectNew();
		await db.cards.clear();
		await expectNew();
		await db.settings.put({ key: 'x', value: 1 });
		expect(seen.has(await readGeneration(db))).toBe(true);
	});

	it('keeps a tab’s cached queue honest after a write that bypasses the progress modules', async () => {
		const db = freshDb();
		await recordAnswer(answer('q0', 3, t0), DEFAULT_STUDY_SETTINGS, db);
		const before = await loadTodayQueue(bank, DEFAULT_STUDY_SETTINGS, t0 + 1000, db);
		expect(before.some((item) => item.questionId === 'q0')).toBe(true);
		await db.cards.delete('q0');
		const after = await loadTodayQueue(bank, DEFAULT_STUDY_SETTINGS, t0 + 2000, db);
		expect(after.find((item) => item.questionId === 'q0')?.kind).toBe('new');
	});
});

describe('generationWrittenNow', () => {
	it('hands the writer the marker its transaction wrote', async () => {
		const db = freshDb();
		const [handed, stored] = await db.transaction('rw', db.cards, db.settings, async () => {
			await db.cards.put(newCardRecord('q1', t0));
			return [generationWrittenNow(), await readGeneration(db)];
		});
		expect(handed).toBeDefined();
		expect(handed).toBe(stored);
	});
});
