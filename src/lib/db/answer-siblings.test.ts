import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { recordAnswer } from './answers';
import { exportProgress, importProgress, parseProgressFile } from './backup';
import { checkDatabase } from './check';
import { BUILTIN_COURSE_ID, type ReviewRecord } from './records';
import { createDb, type FlashpointDb } from './schema';
import { answer, freshDb } from './test-helpers';
import { loadTodayQueueCounted } from './today-queue';

const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 10 };

/** Yesterday 10:00 local: inside the window whose answers keep sibling keys current. */
function yesterdayMorning(): number {
	const at = new Date();
	at.setDate(at.getDate() - 1);
	at.setHours(10, 0, 0, 0);
	return at.getTime();
}

/** The built-in course with six questions: pairs share a fact; q4 and q5 share a sentence too. */
async function withCourse(db: FlashpointDb, facts = ['a', 'a', 'b', 'b', 'c', 'd']) {
	await db.courses.put({
		id: BUILTIN_COURSE_ID,
		title: 'Built-in',
		kind: 'builtin',
		hash: '',
		installedAt: 0,
		questionCount: facts.length,
		documentCount: 0,
		queue: facts.map((fact, i) => ({
			id: `q${i}`,
			fact,
			...(i >= 4 && { sentence: 's45' })
		}))
	});
}

const siblingsOf = async (db: FlashpointDb) =>
	Object.fromEntries(
		(await db.reviews.orderBy('id').toArray()).map((row) => [row.questionId, row.siblings])
	);

describe('sibling keys on answers (schema v10)', () => {
	it('an answer keeps its question’s fact and sentence key; one in no course keeps null', async () => {
		const db = freshDb();
		const now = yesterdayMorning();
		await withCourse(db);
		await recordAnswer(answer('q0', 3, now), settings, db);
		await recordAnswer(answer('q4', 3, now + 1000), settings, db);
		await recordAnswer(answer('elsewhere', 3, now + 2000), settings, db);
		expect(await siblingsOf(db)).toEqual({
			q0: { fact: 'a' },
			q4: { fact: 'c', sentence: 's45' },
			elsewhere: null
		});
	});

	it('a new tab buries from the answers’ keys without reading their questions’ items', async () => {
		const db = freshDb();
		const now = yesterdayMorning();
		await withCourse(db);
		await recordAnswer(answer('q0', 3, now), settings, db);
		await recordAnswer(answer('q4', 3, now + 1000), settings, db);
		const tab = createDb(db.name);
		const gets = vi.spyOn(tab.items, 'bulkGet');
		const { items } = await loadTodayQueueCounted({ courseId: null }, settings, now + 2000, tab);
		const read = gets.mock.calls.flatMap(([keys]) => keys);
		expect(read).not.toContain('q0');
		expect(read).not.toContain('q4');
		// q1 (q0's fact) and q5 (q4's sentence) wait; q2 and q3 share a fact: one of them today.
		expect(items.filter((item) => item.isNew).map((item) => item.questionId)).toEqual(['q2']);
		tab.close();
	});

	it('answers without keys, or to questions no course has, do not break the queue', async () => {
		const db = freshDb();
		const now = yesterdayMorning();
		await withCourse(db);
		await recordAnswer(answer('q0', 3, now), settings, db);
		await recordAnswer(answer('gone', 3, now + 1000), settings, db);
		await recordAnswer(answer('q2', 3, now + 2000), settings, db);
		// An answer from before v10 (no keys) and one whose question has since gone.
		await db.reviews.toCollection().modify((row: ReviewRecord) => {
			if (row.questionId === 'q0') delete row.siblings;
		});
		await db.reviews.add({
			...(await db.reviews.where('questionId').equals('q2').first())!,
			id: undefined,
			uuid: undefined,
			questionId: 'removed',
			siblings: undefined
		});
		const tab = createDb(db.name);
		const { items } = await loadTodayQueueCounted({ courseId: null }, settings, now + 3000, tab);
		// q1 still waits (q0's item read the old way), q3 waits for q2.
		expect(items.map((item) => item.questionId).sort()).toEqual(['q0', 'q2', 'q4']);
		tab.close();
	});

	it('editing a question’s fact brings its recent answers’ keys up to date', async () => {
		const db = freshDb();
		const now = yesterdayMorning();
		await withCourse(db);
		await recordAnswer(answer('q0', 3, now), settings, db);
		await recordAnswer(answer('q2', 3, now - 10 * 86_400_000), settings, db);
		await withCourse(db, ['x', 'a', 'y', 'b', 'c', 'd']);
		expect(await siblingsOf(db)).toEqual({ q2: { fact: 'b' }, q0: { fact: 'x' } });
		// Taken out of the course: nothing to bury any more, as its missing item said before.
		const course = (await db.courses.get(BUILTIN_COURSE_ID))!;
		await db.courses.put({ ...course, questionCount: 1, queue: course.queue!.slice(1, 2) });
		expect((await siblingsOf(db)).q0).toBeNull();
	});

	it('a backup leaves the keys out; an import derives them from this device’s courses', async () => {
		const db = freshDb();
		const now = yesterdayMorning();
		await withCourse(db);
		await recordAnswer(answer('q0', 3, now), settings, db);
		const exported = await exportProgress(db);
		expect(exported.reviews[0]).not.toHaveProperty('siblings');
		// A file that names keys anyway (an edited file): they are not taken from it.
		const text = JSON.stringify({
			...exported,
			reviews: exported.reviews.map((row) => ({ ...row, siblings: { fact: 'forged' } }))
		});
		const parsed = parseProgressFile(text);
		if (!parsed.ok) throw new Error(parsed.error);
		const target = freshDb();
		await withCourse(target, ['z', 'a', 'b', 'b', 'c', 'd']);
		await importProgress(parsed.value, target);
		expect(await siblingsOf(target)).toEqual({ q0: { fact: 'z' } });
	});

	it('Check database repairs keys that disagree with the course and says so', async () => {
		const db = freshDb();
		const now = yesterdayMorning();
		await withCourse(db);
		await recordAnswer(answer('q0', 3, now), settings, db);
		await db.reviews.toCollection().modify((row: ReviewRecord) => {
			row.siblings = { fact: 'wrong' };
		});
		const report = await checkDatabase(db, { now: now + 1000 });
		expect(report.lines).toEqual([
			'1 recent answer named a fact or source sentence its question no longer has: brought up to date (Study uses them to keep two questions on one fact off the same day).'
		]);
		expect(await siblingsOf(db)).toEqual({ q0: { fact: 'a' } });
		expect((await checkDatabase(db, { now: now + 2000 })).lines).toEqual([]);
	});
});
