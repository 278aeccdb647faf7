import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStudyQuestions } from '$lib/content/bank';
import { installBuiltinCourse } from '$lib/content/install';
import { createDb, SCHEMA_VERSION } from './schema';
import { answerUuid, UUID_V7_PATTERN } from './uuid';
import { listLeeches, loadHomeSummary } from './home-summary';
import { loadTodayQueue, loadTodayQueueCounted } from './today-queue';
import { recordAnswer } from './answers';
import { answer } from './test-helpers';
import type { ReviewRecord } from './records';
import { BUILTIN_COURSE_ID } from './records';
import { recountIndexes } from './index-rows';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';

/** A course row as the app stores it, with `ids` as its queue (`rank` by position, if given). */
function courseRow(
	id: string,
	ids: string[],
	installedAt: number,
	rank: (position: number) => number | undefined = () => undefined
) {
	return {
		id,
		title: id,
		kind: id === BUILTIN_COURSE_ID ? 'builtin' : 'user',
		hash: '',
		installedAt,
		questionCount: ids.length,
		documentCount: 0,
		queue: ids.map((qid, i) => ({ id: qid, fact: `${qid}-fact`, rank: rank(i) }))
	};
}

describe('schema migrations', () => {
	it('upgrades a database filled at version 1 without losing a row', async () => {
		const name = `migration-${Math.random()}`;
		const v1 = createDb(name, 1);
		// Rows as version 1 wrote them: no study day on answers, no leech flag on cards.
		const answeredAt = new Date(2026, 4, 12, 2, 30).getTime(); // 02:30: previous study day
		const cards = Array.from({ length: 50 }, (_, i) => ({
			questionId: `q-${i}`,
			due: answeredAt + i * 86_400_000,
			stability: 3,
			difficulty: 5,
			elapsedDays: 0,
			scheduledDays: 3,
			learningSteps: 0,
			reps: 2,
			lapses: i === 7 ? 9 : 0,
			state: 2,
			lastReview: answeredAt
		}));
		const reviews = Array.from({ length: 120 }, (_, i) => ({
			questionId: `q-${i % 50}`,
			rating: 3,
			answeredAt: answeredAt + i,
			durationMs: 4000,
			grading: 'self',
			before: null,
			after: { due: answeredAt, state: 1, stability: 1, difficulty: 5, scheduledDays: 0 }
		}));
		await v1.table('cards').bulkAdd(cards);
		await v1.table('reviews').bulkAdd(reviews);
		await v1.table('days').add({
			day: '2026-05-11',
			answers: 120,
			newCards: 50,
			reviewCards: 0,
			again: 0,
			timeMs: 480_000
		});
		await v1.table('settings').add({ key: 'study', value: { newPerDay: 7 } });
		expect(v1.verno).toBe(1);
		v1.close();

		const upgraded = createDb(name);
		await upgraded.open();
		expect(upgraded.verno).toBe(SCHEMA_VERSION);
		expect(await upgraded.cards.count()).toBe(50);
		expect(await upgraded.reviews.count()).toBe(120);
		expect(await upgraded.days.count()).toBe(1);
		expect(await upgraded.settings.get('study')).toEqual({ key: 'study', value: { newPerDay: 7 } });

		// Every old answer got its study day (02:30 belongs to the day before), now indexed.
		expect(await upgraded.reviews.where('studyDay').equals('2026-05-11').count()).toBe(120);
		const first = await upgraded.reviews.get(1);
		expect(first).toMatchObject({ questionId: 'q-0', rating: 3, durationMs: 4000, correct: null });
		// The new indexes answer queries over old rows.
		expect((await listLeeches(upgraded)).map((c) => c.questionId)).toEqual(['q-7']);
		expect((await upgraded.cards.get('q-7'))?.leech).toBe(true);
		const queue = await loadTodayQueue(
			cards.map((c) => ({ id: c.questionId, fact: c.questionId })),
			DEFAULT_STUDY_SETTINGS,
			answeredAt + 3 * 86_400_000,
			upgraded
		);
		expect(queue.length).toBeGreaterThan(0);
		upgraded.close();
	});

	it('gives every answer of a version 5 database a deterministic UUIDv7 (v6)', async () => {
		const name = `migration-v6-${Math.random()}`;
		const v5 = createDb(name, 5);
		const review = (questionId: string, answeredAt: number) => ({
			questionId,
			rating: 3,
			answeredAt,
			studyDay: '2026-05-12',
			durationMs: 1000,
			grading: 'self',
			correct: null,
			before: null,
			after: { due: 0, state: 1, stability: 3, difficulty: 5, scheduledDays: 0 }
		});
		const at = new Date(2026, 4, 12, 9).getTime();
		// Two rows alike in everything (a damaged log): they still get two ids.
		const rows = [review('q1', at), review('q2', at + 1), review('q2', at + 1)];
		await v5.table('reviews').bulkAdd(rows);
		v5.close();
		const upgraded = createDb(name);
		const uuids = (await upgraded.reviews.toArray()).map((row) => row.uuid!);
		expect(new Set(uuids).size).toBe(3);
		for (const uuid of uuids) expect(uuid).toMatch(UUID_V7_PATTERN);
		expect(uuids[0]).toBe(answerUuid(rows[0]));
		expect(uuids[1]).toBe(answerUuid(rows[1]));
		upgraded.close();
	});

	it('upgrades a version 4 database by counting each day’s retained answers once (v5)', async () => {
		const name = `migration-v5-${Math.random()}`;
		const v4 = createDb(name, 4);
		const card = {
			questionId: 'q',
			due: 0,
			stability: 3,
			difficulty: 5,
			elapsedDays: 0,
			scheduledDays: 3,
			learningSteps: 0,
			reps: 2,
			lapses: 0,
			state: 2,
			lastReview: 0,
			leech: false
		};
		const review = (day: string, rating: number, state: number) => ({
			questionId: 'q',
			rating,
			answeredAt: 0,
			studyDay: day,
			durationMs: 1000,
			grading: 'self',
			correct: null,
			before: { ...card, state },
			after: { due: 0, state: 2, stability: 3, difficulty: 5, scheduledDays: 3 }
		});
		// Day 1: review Good, review Again, learning-step Good (not a review). Day 2: review Easy.
		await v4
			.table('reviews')
			.bulkAdd([
				review('2026-05-11', 3, 2),
				review('2026-05-11', 1, 2),
				review('2026-05-11', 3, 1),
				review('2026-05-12', 4, 2)
			]);
		const day = { newCards: 0, again: 0, timeMs: 0 };
		await v4.table('days').bulkAdd([
			{ ...day, day: '2026-05-11', answers: 3, reviewCards: 2 },
			{ ...day, day: '2026-05-12', answers: 1, reviewCards: 1 },
			{ ...day, day: '2026-05-13', answers: 0, reviewCards: 0 }
		]);
		v4.close();
		const upgraded = createDb(name);
		const rows = await upgraded.days.toArray();
		expect(rows.map((row) => [row.day, row.retained])).toEqual([
			['2026-05-11', 1],
			['2026-05-12', 1],
			['2026-05-13', 0]
		]);
		upgraded.close();
	});

	it('upgrades a filled version 3 database to courses, keeping every card and answer', async () => {
		const name = `migration-v3-${Math.random()}`;
		const bankText = readFileSync('questions/bank.json', 'utf8');
		const bankIds: string[] = JSON.parse(bankText).questions.map((q: { id: string }) => q.id);
		const v3 = createDb(name, 3);
		const now = new Date(2026, 4, 12, 10).getTime();
		const started = bankIds.slice(0, 120);
		const cards = started.map((questionId, i) => ({
			questionId,
			due: now - 86_400_000 + i * 3_600_000,
			stability: 3,
			difficulty: 5,
			elapsedDays: 1,
			scheduledDays: 3,
			learningSteps: 0,
			reps: 2,
			lapses: i === 3 ? 8 : 0,
			state: 2,
			lastReview: now - 4 * 86_400_000,
			leech: i === 3
		}));
		const reviews = Array.from({ length: 400 }, (_, i) => ({
			questionId: started[i % started.length],
			rating: 3,
			answeredAt: now - 4 * 86_400_000 + i,
			studyDay: '2026-05-08',
			durationMs: 5000,
			grading: 'self',
			correct: null,
			before: null,
			after: { due: now, state: 2, stability: 3, difficulty: 5, scheduledDays: 3 }
		}));
		await v3.table('cards').bulkAdd(cards);
		await v3.table('reviews').bulkAdd(reviews);
		await v3.table('days').add({
			day: '2026-05-08',
			answers: 400,
			newCards: 120,
			reviewCards: 0,
			again: 0,
			timeMs: 2_000_000
		});
		await v3.table('settings').add({ key: 'study', value: { newPerDay: 9 } });
		expect(v3.verno).toBe(3);
		v3.close();

		const upgraded = createDb(name);
		await upgraded.open();
		expect(upgraded.verno).toBe(SCHEMA_VERSION);
		const byId = (a: { questionId: string }, b: { questionId: string }) =>
			a.questionId < b.questionId ? -1 : 1;
		expect(await upgraded.cards.toArray()).toEqual([...cards].sort(byId));
		// Each answer keeps every field, and gains its global id (v6).
		expect(
			(await upgraded.reviews.toArray()).map(({ id: _id, uuid: _uuid, ...row }) => row)
		).toEqual(reviews);
		expect(await upgraded.days.count()).toBe(1);
		expect(await upgraded.settings.get('study')).toEqual({ key: 'study', value: { newPerDay: 9 } });

		// The built-in course keeps its question ids: every card still points at its question.
		await installBuiltinCourse(upgraded, '/bank.json', 'h', async () => new Response(bankText));
		const course = await upgraded.courses.get(BUILTIN_COURSE_ID);
		expect(course?.questionCount).toBe(bankIds.length);
		const questions = await upgraded.questions.bulkGet(started);
		expect(questions.every((q) => q?.courseId === BUILTIN_COURSE_ID)).toBe(true);
		// Home's counts from the course rows equal those from the bank file itself.
		const summary = await loadHomeSummary(await loadStudyQuestions(upgraded), now, upgraded);
		expect(summary).toEqual(await loadHomeSummary(JSON.parse(bankText).questions, now, upgraded));
		expect(summary).toMatchObject({ leeches: 1, unstarted: bankIds.length - 120 });
		expect(summary.counts.fresh).toBe(9);
		expect(summary.counts.learning + summary.counts.review).toBeGreaterThan(0);
		upgraded.close();
	});

	it('upgrades a filled version 6 database: items and tallies built from its courses and cards', async () => {
		const name = `migration-v6-${Math.random()}`;
		const v6 = createDb(name, 6);
		const now = new Date(2026, 4, 12, 10).getTime();
		const course = (id: string, ids: string[], installedAt: number) =>
			courseRow(id, ids, installedAt, (i) => (i % 3 ? i : undefined));
		const builtin = Array.from({ length: 40 }, (_, i) => `b${i}`);
		const user = Array.from({ length: 25 }, (_, i) => `u-x:q-${i}`);
		await v6
			.table('courses')
			.bulkAdd([course(BUILTIN_COURSE_ID, builtin, 0), course('u-x', user, now - 1000)]);
		// Cards for half the questions, in every state, and two for questions no course has.
		const cardIds = [...builtin.slice(0, 20), ...user.slice(0, 12), 'gone-1', 'u-y:q-1'];
		await v6.table('cards').bulkAdd(
			cardIds.map((questionId, i) => ({
				questionId,
				due: now + (i - 10) * 86_400_000,
				stability: 3,
				difficulty: 5,
				elapsedDays: 0,
				scheduledDays: 3,
				learningSteps: 0,
				reps: 2,
				lapses: i % 7 === 0 ? 9 : 0,
				state: i % 4,
				lastReview: now - 86_400_000,
				leech: i % 7 === 0
			}))
		);
		v6.close();

		const upgraded = createDb(name);
		await upgraded.open();
		expect(upgraded.verno).toBe(SCHEMA_VERSION);
		const expected = await recountIndexes(upgraded);
		expect(await upgraded.items.orderBy('id').toArray()).toEqual(expected.items);
		expect(await upgraded.tallies.orderBy('id').toArray()).toEqual(expected.tallies);
		expect(await upgraded.items.count()).toBe(65);
		expect(
			(await upgraded.tallies.where('bucket').equals('state:-1').toArray()).reduce(
				(sum, row) => sum + row.count,
				0
			)
		).toBe(65 - 32);
		// Home's counts by index equal those from the course rows' question lists.
		const byIndex = await loadHomeSummary({ courseId: null }, now, upgraded);
		const cold = createDb(name);
		expect(byIndex).toEqual(await loadHomeSummary(await loadStudyQuestions(cold), now, cold));
		cold.close();
		upgraded.close();
	});

	it('upgrades a filled version 7 database: today’s reviews read by the v8 due index, orphans left out', async () => {
		const name = `migration-v7-${Math.random()}`;
		const v7 = createDb(name, 7);
		const now = new Date(2026, 4, 12, 10).getTime();
		const course = courseRow;
		const builtin = Array.from({ length: 30 }, (_, i) => `b${i}`);
		const user = Array.from({ length: 30 }, (_, i) => `u-x:q-${i}`);
		// Written through v7's own middleware, as the app wrote them: items and tallies current.
		await v7.courses.bulkAdd([
			course(BUILTIN_COURSE_ID, builtin, 0),
			course('u-x', user, now - 1000)
		] as never);
		// Review cards, most due today or earlier, in both courses and for 20 questions no course
		// has (due first of all, so a read of the `cards` range meets them before any other).
		const cardIds = [...builtin.slice(0, 25), ...user.slice(0, 25)];
		const orphans = Array.from({ length: 20 }, (_, i) => `gone-${i}`);
		const card = (questionId: string, due: number) => ({
			questionId,
			due,
			stability: 3,
			difficulty: 5,
			elapsedDays: 0,
			scheduledDays: 3,
			learningSteps: 0,
			reps: 2,
			lapses: 0,
			state: 2 as const,
			lastReview: now - 5 * 86_400_000,
			leech: false
		});
		await v7.cards.bulkAdd([
			...orphans.map((id, i) => card(id, now - 30 * 86_400_000 + i)),
			...cardIds.map((id, i) => card(id, now + (i - 40) * 3_600_000))
		]);
		v7.close();

		const upgraded = createDb(name);
		await upgraded.open();
		expect(upgraded.verno).toBe(SCHEMA_VERSION);
		expect(await upgraded.cards.count()).toBe(70);
		const expected = await recountIndexes(upgraded);
		expect(await upgraded.items.orderBy('id').toArray()).toEqual(expected.items);
		// The new indexes hold every studied question's card, in due order, none of the orphans.
		const dueIds = await upgraded.items
			.where('[state+due]')
			.between([2, -Infinity], [2, Infinity])
			.primaryKeys();
		const byDue = (
			await upgraded.cards.where('[state+due]').between([2, -Infinity], [2, Infinity]).primaryKeys()
		).filter((id) => !id.startsWith('gone-'));
		expect(dueIds).toEqual(byDue);
		expect(
			await upgraded.items
				.where('[courseId+state+due]')
				.between(['u-x', 2, -Infinity], ['u-x', 2, Infinity])
				.count()
		).toBe(25);
		// A scope's queue by index equals the one built from its question list, with a review
		// limit the orphans alone would fill.
		const settings = { ...DEFAULT_STUDY_SETTINGS, maxReviewsPerDay: 12 };
		for (const courseId of [null, 'u-x', BUILTIN_COURSE_ID]) {
			const cold = createDb(name);
			const list = await loadStudyQuestions(cold, courseId ?? undefined);
			const byList = await loadTodayQueue(list, settings, now, cold, {
				listCourse: courseId ?? undefined
			});
			expect(byList.filter((item) => item.kind === 'review')).toHaveLength(12);
			expect(await loadTodayQueue({ courseId }, settings, now, upgraded)).toEqual(byList);
			cold.close();
		}
		upgraded.close();
	});
	it('upgrades a filled version 8 database: the questions with no card moved to `fresh`, the queue unchanged', async () => {
		const name = `migration-v8-${Math.random()}`;
		const v8 = createDb(name, 8);
		const now = new Date(2026, 4, 12, 10).getTime();
		// Ranks repeat across courses and some questions have none, so teaching order mixes them.
		const rank = (i: number) => (i % 5 === 4 ? undefined : i % 7);
		const builtin = Array.from({ length: 60 }, (_, i) => `b${i}`);
		const user = Array.from({ length: 60 }, (_, i) => `u-x:q-${i}`);
		const other = Array.from({ length: 60 }, (_, i) => `u-y:q-${i}`);
		// Written through v8's own middleware, as the app wrote them: items and tallies current.
		await v8.courses.bulkAdd([
			courseRow(BUILTIN_COURSE_ID, builtin, 0, rank),
			courseRow('u-x', user, now - 2000, rank),
			courseRow('u-y', other, now - 1000, rank)
		] as never);
		// Cards for scattered questions (every third), so new ones lie between started ones.
		const started = [...builtin, ...user, ...other].filter((_, i) => i % 3 === 0);
		await v8.cards.bulkAdd(
			started.map((questionId, i) => ({
				questionId,
				due: now + (i - 10) * 3_600_000,
				stability: 3,
				difficulty: 5,
				elapsedDays: 0,
				scheduledDays: 3,
				learningSteps: 0,
				reps: 2,
				lapses: 0,
				state: 2 as const,
				lastReview: now - 5 * 86_400_000,
				leech: false
			}))
		);
		v8.close();

		const upgraded = createDb(name);
		await upgraded.open();
		expect(upgraded.verno).toBe(SCHEMA_VERSION);
		const expected = await recountIndexes(upgraded);
		expect(await upgraded.fresh.toArray()).toEqual(expected.fresh);
		expect(await upgraded.fresh.count()).toBe(180 - started.length);
		expect(await upgraded.items.count()).toBe(180);
		// Each scope's queue read by key equals the one built from its list: with a new limit
		// whose read takes every course's new questions, and one whose read stops short in each
		// course (40 new in each, 32 read), so all courses' list ends at the first course's end.
		for (const newPerDay of [25, 5]) {
			const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay, maxReviewsPerDay: 10 };
			for (const courseId of [null, 'u-x', 'u-y', BUILTIN_COURSE_ID]) {
				const cold = createDb(name);
				const list = await loadStudyQuestions(cold, courseId ?? undefined);
				const byList = await loadTodayQueue(list, settings, now, cold, {
					listCourse: courseId ?? undefined
				});
				expect(byList.filter((item) => item.kind === 'new')).toHaveLength(newPerDay);
				const tab = createDb(name);
				expect(await loadTodayQueue({ courseId }, settings, now, tab)).toEqual(byList);
				cold.close();
				tab.close();
			}
		}
		// Answering a new question takes it out of `fresh`; undoing puts it back.
		const first = (await upgraded.fresh.limit(1).toArray())[0];
		await upgraded.cards.put({
			questionId: first.id,
			due: now,
			stability: 1,
			difficulty: 5,
			elapsedDays: 0,
			scheduledDays: 0,
			learningSteps: 1,
			reps: 1,
			lapses: 0,
			state: 1,
			lastReview: now,
			leech: false
		});
		expect(await upgraded.fresh.get([first.courseId, first.rank, first.position])).toBeUndefined();
		await upgraded.cards.delete(first.id);
		expect(await upgraded.fresh.get([first.courseId, first.rank, first.position])).toEqual(first);
		expect(await upgraded.fresh.toArray()).toEqual((await recountIndexes(upgraded)).fresh);
		upgraded.close();
	});

	it('upgrades a filled version 9 database: recent answers get their sibling keys (v10), the same queue and counts', async () => {
		const name = `migration-v9-${Math.random()}`;
		const v9 = createDb(name, 9);
		// Yesterday 10:00: inside the upgrade's window (three study days back from the clock).
		const at = new Date();
		at.setDate(at.getDate() - 1);
		at.setHours(10, 0, 0, 0);
		const now = at.getTime();
		// Built-in pairs share a fact; user questions i and i + 20 share a source sentence.
		const builtin = Array.from({ length: 40 }, (_, i) => ({ id: `b${i}`, fact: `bf${i >> 1}` }));
		const user = Array.from({ length: 40 }, (_, i) => ({
			id: `u-x:q-${i}`,
			fact: `uf${i}`,
			sentence: `s${i % 20}`
		}));
		const course = (id: string, queue: { id: string; fact: string }[], installedAt: number) => ({
			...courseRow(id, [], installedAt),
			questionCount: queue.length,
			queue
		});
		await v9.courses.bulkAdd([
			course(BUILTIN_COURSE_ID, builtin, 0),
			course('u-x', user, now - 1000)
		] as never);
		const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 30, maxReviewsPerDay: 50 };
		// Answered today: 12 new questions of each course; 11 days ago: two more (old rows); and
		// a question no course has (an older bank's).
		for (let i = 0; i < 2; i++)
			await recordAnswer(answer(`b${30 + i}`, 3, now - 11 * 86_400_000), settings, v9);
		for (let i = 0; i < 12; i++) {
			await recordAnswer(answer(`b${i * 2}`, 3, now - 3_600_000 + i * 60_000), settings, v9);
			await recordAnswer(answer(`u-x:q-${i}`, 1, now - 3_000_000 + i * 60_000), settings, v9);
		}
		await recordAnswer(answer('gone', 3, now - 60_000), settings, v9);
		// As v9 wrote them: no sibling keys.
		await v9.reviews.toCollection().modify((review: ReviewRecord) => {
			delete review.siblings;
		});
		const before = async (courseId: string | null) => {
			const tab = createDb(name, 9);
			const queue = await loadTodayQueueCounted({ courseId }, settings, now, tab);
			tab.close();
			return queue;
		};
		const scopes = [null, BUILTIN_COURSE_ID, 'u-x'];
		const old = await Promise.all(scopes.map(before));
		const home = await loadHomeSummary({ courseId: null }, now, v9);
		v9.close();

		const upgraded = createDb(name);
		await upgraded.open();
		expect(upgraded.verno).toBe(SCHEMA_VERSION);
		const rows = await upgraded.reviews.toArray();
		const keys = (id: string) => rows.find((row) => row.questionId === id)?.siblings;
		expect(keys('b2')).toEqual({ fact: 'bf1' });
		expect(keys('u-x:q-3')).toEqual({ fact: 'uf3', sentence: 's3' });
		expect(keys('gone')).toBeNull();
		// Older than the window: left as they were (never read for burying).
		expect(rows.filter((row) => row.siblings === undefined).map((row) => row.questionId)).toEqual([
			'b30',
			'b31'
		]);
		for (const [i, courseId] of scopes.entries()) {
			const tab = createDb(name);
			const queue = await loadTodayQueueCounted({ courseId }, settings, now, tab);
			expect(queue).toEqual(old[i]);
			// The list-built queue (every question, its item read) agrees too.
			const list = await loadStudyQuestions(tab, courseId ?? undefined);
			const byList = await loadTodayQueue(list, settings, now, tab, {
				listCourse: courseId ?? undefined
			});
			expect(queue.items).toEqual(byList);
			tab.close();
		}
		// Burying worked from the stored keys: b1 waits (b0's fact), and so do u-x:q-20 to q-31
		// (the sentences of q-0 to q-11); q-32 to q-39 wait for q-12 to q-19, shown today: 8 new
		// questions for the 18 left, 20 held back.
		const ids = (i: number) => old[i].items.map((item) => item.questionId);
		expect(ids(1)).not.toContain('b1');
		expect(ids(2).filter((id) => /q-(2\d|3[01])$/.test(id))).toEqual([]);
		expect(old[2].items.filter((item) => item.kind === 'new')).toHaveLength(8);
		expect(old[2].newBuried).toBe(20);
		expect(await loadHomeSummary({ courseId: null }, now, upgraded)).toEqual(home);
		upgraded.close();
	});
});
