import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '$lib/db/test-helpers';
import { ankiPackage, inZone } from '$lib/formats/anki-collection.test-helpers';
import { readApkg } from '$lib/formats/apkg';
import { writeApkg } from '$lib/formats/apkg-write';
import type { PortableQuestion } from '$lib/formats/portable';
import { studyDay } from '$lib/srs/day';
import { Scheduler } from '$lib/srs/scheduler';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { courseQuestions } from './drafts';
import { exportSchedules } from './export-history';
import { importAsNewCourse, planImport } from './import';

// Outsider student (session 33): an Anki export with scheduling had `ivl` 11–13 days in its
// review log where Flashpoint had the cards due 5 days after their last answer. The card is
// right (it is what Study shows and schedules by); the log's intervals were this app's FSRS
// replay of the Anki answers, not the plan the card kept. Fixed dates, a time zone with a
// daylight-saving change between the answer and the due day.

let sqlite: SqlJsStatic;
beforeAll(async () => {
	sqlite = await initSqlJs();
});

const DAY = 86_400_000;
const BERLIN = 'Europe/Berlin';
const origin = { fileName: 'deck.apkg', formatLabel: 'Anki package', globalIds: true };

/** The `cards` and `revlog` columns of an exported package, oldest first. */
async function exportedColumns(bytes: Uint8Array) {
	const { unzipSync } = await import('fflate');
	const db = new sqlite.Database(unzipSync(bytes)['collection.anki2']);
	try {
		const rows = (sql: string) => db.exec(sql)[0]?.values ?? [];
		return {
			cards: rows('SELECT type, ivl, due FROM cards ORDER BY id'),
			revlog: rows('SELECT ivl, lastIvl, type FROM revlog ORDER BY id')
		};
	} finally {
		db.close();
	}
}

describe('an Anki export’s intervals', () => {
	it('are the card’s plan for a card imported from Anki, in study days across a DST change', async () => {
		await inZone(BERLIN, async () => {
			// Anki: learned 20 March, reviewed 27 March at 23:30 (UTC+1), due on 1 April (ivl 5):
			// Berlin moves to UTC+2 on 29 March, so the due day's 4 AM is 4 days 3.5 hours later.
			const crt = Date.UTC(2026, 0, 10, 11) / 1000;
			const dueDay = (Date.UTC(2026, 3, 1) - Date.UTC(2026, 0, 10)) / DAY;
			const learned = Date.UTC(2026, 2, 20, 9);
			const reviewed = Date.UTC(2026, 2, 27, 22, 30);
			const bytes = ankiPackage(sqlite, {
				crt,
				conf: { rollover: 4, creationOffset: -60 },
				notes: [{ id: 1, guid: 'g1', mid: 1, fields: ['Haus', 'house'] }],
				cards: [{ id: 1, nid: 1, ord: 0, type: 2, queue: 2, due: dueDay, ivl: 5, reps: 2 }],
				revlog: [
					{ id: learned, cid: 1, ease: 3, type: 0 },
					{ id: reviewed, cid: 1, ease: 3, type: 1 }
				]
			});
			const now = Date.UTC(2026, 2, 28, 10);
			const read = readApkg(bytes, sqlite, undefined, now);
			const db = freshDb();
			const course = await importAsNewCourse(db, planImport(read.questions, origin), origin, 'D', {
				history: read.history,
				now
			});
			const [q] = await courseQuestions(db, course.courseId);
			const card = (await db.cards.get(q.id))!;
			// Flashpoint keeps Anki's plan: due on 1 April, 5 study days after the answer.
			expect(studyDay(card.due)).toBe('2026-04-01');
			expect(card.scheduledDays).toBe(5);
			// The log's last answer ends where the card is (the replay alone said otherwise).
			const log = await db.reviews.where('questionId').equals(q.id).sortBy('answeredAt');
			expect(log.at(-1)!.after).toMatchObject({ due: card.due, scheduledDays: 5, state: 2 });

			const schedules = await exportSchedules(db, [q.id]);
			const file = await writeApkg(
				[{ ...toExport(q.prompt, q.answer), externalId: q.id }],
				'D',
				sqlite,
				now,
				schedules
			);
			const { cards, revlog } = await exportedColumns(file);
			expect(cards).toEqual([[2, 5, 4]]); // review, ivl 5, due 4 days after 28 March
			// Its last answer gave 5 days; `lastIvl` is the row before's `ivl`, as Anki logs it.
			expect(revlog.at(-1)!.slice(0, 2)).toEqual([5, revlog.at(-2)![0]]);
			db.close();
		});
	});

	it('are what the grade button showed for answers given here, in New York across DST', async () => {
		await inZone('America/New_York', async () => {
			// New York moves to UTC−4 on 8 March 2026. Answers at 23:40 on 6 and 7 March.
			const scheduler = new Scheduler(DEFAULT_STUDY_SETTINGS);
			const id = 'u-x:q-1';
			const times = [
				Date.UTC(2026, 2, 7, 4, 40),
				Date.UTC(2026, 2, 7, 4, 50),
				Date.UTC(2026, 2, 8, 4, 40)
			];
			let card;
			const answers = [];
			const shown: number[] = [];
			for (const at of times) {
				const preview = scheduler.preview(card, at, id);
				const after = scheduler.answer(id, card, at, 3, at);
				expect(after.due).toBe(preview[3]);
				shown.push(after.state === 2 ? Math.round((preview[3] - at) / DAY) : 0);
				answers.push({
					answeredAt: at,
					rating: 3 as const,
					durationMs: 5000,
					before: card ?? null,
					after
				});
				card = after;
			}
			const file = await writeApkg(
				[{ ...toExport('Haus', 'house'), externalId: id }],
				'D',
				sqlite,
				Date.UTC(2026, 2, 9, 15),
				new Map([[id, { card: card!, answers }]])
			);
			const { cards, revlog } = await exportedColumns(file);
			const last = card!;
			const days =
				(Date.UTC(...ymd(studyDay(last.due))) - Date.UTC(...ymd(studyDay(last.lastReview!)))) / DAY;
			expect(cards[0][1]).toBe(days);
			expect(cards[0][1]).toBe(last.scheduledDays);
			expect(revlog.at(-1)![0]).toBe(last.scheduledDays);
			// The button's days (due − answer, rounded) are the file's, answer by answer.
			expect(revlog.filter((row) => Number(row[0]) > 0).map((row) => row[0])).toEqual(
				shown.filter((d) => d > 0)
			);
		});
	});
});

function ymd(day: string): [number, number, number] {
	const [y, m, d] = day.split('-').map(Number);
	return [y, m - 1, d];
}

function toExport(prompt: string, answer: string): PortableQuestion {
	return { type: 'flashcard', prompt, answer, topics: [] };
}
