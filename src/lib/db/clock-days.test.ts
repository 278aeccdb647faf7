/**
 * A device clock set back by hand (issue 14, outsider): answers stay on the latest study day
 * (`studyToday`), and Check database moves rows an older version filed under a day the clock
 * made up (`clock-days.ts`). The process runs in Paris (`moveTo`); times are fixed instants.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { studyDay } from '$lib/srs/day';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { moveTo, restoreZone } from '$lib/srs/zone.test-helpers';
import { recordAnswer } from './answers';
import { checkDatabase } from './check';
import { setBackAnswers } from './clock-days';
import { currentStreak } from './home-summary';
import type { ReviewRecord } from './records';
import { sameTotals, totalsFromLog } from './replay';
import type { FlashpointDb } from './schema';
import { answer, freshDb } from './test-helpers';

const settings = DEFAULT_STUDY_SETTINGS;
const at = (iso: string) => Date.parse(iso);
const day = 86_400_000;
const t = at('2026-05-12T08:00:00Z'); // 10:00 on 12 May in Paris

/** A log row with only what the rule reads. */
function row(id: number, studyDay: string, extra: Partial<ReviewRecord> = {}): ReviewRecord {
	return { id, studyDay, questionId: `q${id}`, ...extra } as ReviewRecord;
}

/** The day rows are exactly the log's. */
async function expectTotalsOfLog(db: FlashpointDb) {
	const expected = new Map(totalsFromLog(await db.reviews.toArray()).map((r) => [r.day, r]));
	const days = (await db.days.toArray()).filter((r) => r.answers > 0);
	expect(days.map((r) => r.day).sort()).toEqual([...expected.keys()].sort());
	for (const r of days) expect(sameTotals(r, expected.get(r.day)!)).toBe(true);
}

describe('setBackAnswers', () => {
	it('finds rows filed up to two days before the row written before them, in key order', () => {
		const rows = [
			row(1, '2026-05-12'),
			row(3, '2026-05-11'), // set back a day
			row(4, '2026-05-10'), // two days: follows the moved row's day
			row(5, '2026-05-12'),
			row(6, '2026-05-08'), // four days back: a fast clock corrected, left alone
			row(7, '2026-05-08')
		];
		expect(setBackAnswers([...rows].reverse()).map((f) => [f.review.id, f.day])).toEqual([
			[3, '2026-05-12'],
			[4, '2026-05-12']
		]);
	});

	it('leaves out rows a merge added (another device’s, keyed when they arrived)', () => {
		const rows = [row(1, '2026-05-12'), row(2, '2026-05-11', { merged: true })];
		expect(setBackAnswers(rows)).toEqual([]);
		expect(setBackAnswers([row(1, '2026-05-12'), row(2, '2026-05-12')])).toEqual([]);
	});
});

describe('a clock set back a day', () => {
	afterEach(restoreZone);

	it('files each answer under the latest study day: the streak stays 1, scheduling stays sane', async () => {
		moveTo('Europe/Paris');
		const db = freshDb();
		await recordAnswer(answer('q0', 3, t), settings, db);
		for (const [i, back] of [1, 1.5].entries()) {
			const now = t - back * day;
			const card = await db.cards.get('q0');
			const review = await recordAnswer(answer('q0', 3, now + i, card!.lastReview), settings, db);
			expect(studyDay(now)).not.toBe('2026-05-12');
			expect(review.studyDay).toBe('2026-05-12');
			// ts-fsrs never sees a negative interval; the card is due after the clock's now.
			expect(review.after.due).toBeGreaterThan(now);
			const saved = (await db.cards.get('q0'))!;
			expect(saved.elapsedDays).toBe(0);
			expect(await currentStreak(now + i, db)).toBe(1);
		}
		expect(await db.days.toArray()).toMatchObject([{ day: '2026-05-12', answers: 3 }]);
		expect((await checkDatabase(db, { now: t })).changed).toBe(false);
		db.close();
	});

	it('Check database moves rows an older version filed under the made-up day, and says so', async () => {
		moveTo('Europe/Paris');
		const db = freshDb();
		await recordAnswer(answer('q0', 3, t), settings, db);
		await recordAnswer(answer('q1', 3, t + 60_000), settings, db);
		await recordAnswer(answer('q2', 3, t - day), settings, db);
		await recordAnswer(answer('q3', 3, t - 2 * day), settings, db);
		// As the version before this rule wrote them: under the day the clock showed.
		const rows = await db.reviews.orderBy('id').toArray();
		await db.reviews.update(rows[2].id!, { studyDay: '2026-05-11' });
		await db.reviews.update(rows[3].id!, { studyDay: '2026-05-10' });
		await db.days.clear();
		await db.days.bulkAdd(totalsFromLog(await db.reviews.toArray()));
		// The next morning the streak read 3 for one day of study.
		const nextDay = t + day;
		expect(await currentStreak(nextDay, db)).toBe(3);

		const report = await checkDatabase(db, { now: nextDay });
		expect(report.changed).toBe(true);
		expect(report.lines[0]).toBe(
			'2 answers were given with the device clock set back and filed under an earlier study day than the answer before (the first, question “q2”, under 2026-05-11 after 2026-05-12): moved to that day, so the streak and the day totals no longer count a day the clock made up.'
		);
		// The clock's made-up days lose their rows; today's totals are rebuilt.
		expect(report.lines.join(' ')).toMatch(/totals of 1 study day did not match/);
		expect(report.lines.join(' ')).toMatch(
			/2 study days had totals rows but no answer in the log \(2026-05-10, counting 1 answer, and 1 more\)/
		);
		expect((await db.reviews.toArray()).map((r) => r.studyDay)).toEqual(
			Array(4).fill('2026-05-12')
		);
		await expectTotalsOfLog(db);
		expect(await currentStreak(nextDay, db)).toBe(1);
		// Repaired once: a second check finds nothing.
		expect(await checkDatabase(db, { now: nextDay })).toMatchObject({ lines: [], changed: false });
		db.close();
	});
});
