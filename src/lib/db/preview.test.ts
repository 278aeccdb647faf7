import { afterEach, describe, expect, it } from 'vitest';
import { moveTo, restoreZone } from '$lib/srs/zone.test-helpers';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { recordAnswer, queueQuestionsForStudy } from './answers';
import { readPreview, startCustomStudy } from './custom-study';
import { BUILTIN_COURSE_ID, type QuestionRecord } from './records';
import { createDb, SCHEMA_VERSION, type FlashpointDb } from './schema';
import { answer, freshDb } from './test-helpers';

/**
 * "Preview new cards" (anki50): the new questions added in the last days, read only. A question
 * is added when it joins study (`addedAt`, schema v16): stored studied, or accepted from drafts.
 */

/** Every row of every table, by table name. */
async function everyRow(db: FlashpointDb): Promise<Record<string, unknown[]>> {
	const rows: Record<string, unknown[]> = {};
	for (const table of db.tables) rows[table.name] = await table.toArray();
	return rows;
}

/** A stored flashcard of course `courseId`, `extra` over it. */
function row(id: string, courseId: string, position: number, extra: Partial<QuestionRecord> = {}) {
	return {
		id,
		courseId,
		position,
		type: 'flashcard',
		prompt: `Front ${id}`,
		answer: `Back ${id}`,
		explanation: '',
		source: { doc: `${courseId}:d-1`, quote: '' },
		fact: `${id}-fact`,
		topics: [],
		difficulty: 2,
		origin: 'written',
		...extra
	} as QuestionRecord;
}

function course(id: string, installedAt: number) {
	return {
		id,
		title: id,
		kind: 'user' as const,
		hash: '',
		installedAt,
		questionCount: 0,
		documentCount: 0,
		queue: []
	};
}

/** Local time in the process's zone. */
const local = (y: number, m: number, d: number, h: number, min = 0) =>
	new Date(y, m - 1, d, h, min).getTime();

describe('schema v16: every studied question dated when it joined study', () => {
	it('upgrades a filled version 15 database: studied rows dated by their course, drafts not, the rest as it was', async () => {
		const name = `migration-v15-${Math.random()}`;
		const v15 = createDb(name, 15);
		await v15.courses.bulkAdd([course('u-a', 1_000), course('u-b', 2_000)]);
		await v15.questions.bulkAdd([
			row('u-a:q-1', 'u-a', 0),
			row('u-a:q-2', 'u-a', 1, { status: 'draft' }),
			row('u-b:q-1', 'u-b', 0, { status: 'accepted' })
		]);
		await recordAnswer(answer('u-a:q-1', 3, Date.UTC(2026, 11, 5, 9)), DEFAULT_STUDY_SETTINGS, v15);
		const before = await everyRow(v15);
		v15.close();

		const db = createDb(name);
		await db.open();
		expect(db.verno).toBe(SCHEMA_VERSION);
		const after = await everyRow(db);
		for (const table of Object.keys(before))
			if (table !== 'questions') expect(after[table], table).toEqual(before[table]);
		expect((after.questions as QuestionRecord[]).map((q) => [q.id, q.addedAt])).toEqual([
			['u-a:q-1', 1_000],
			['u-a:q-2', undefined],
			['u-b:q-1', 2_000]
		]);
		db.close();
	});

	it('dates a question once, when it is stored studied or its draft is accepted; an edit keeps it', async () => {
		const db = freshDb();
		const before = Date.now();
		await db.questions.bulkAdd([
			row('u-a:q-1', 'u-a', 0),
			row('u-a:q-2', 'u-a', 1, { status: 'draft' })
		]);
		const [written, draft] = await db.questions.bulkGet(['u-a:q-1', 'u-a:q-2']);
		expect(written!.addedAt).toBeGreaterThanOrEqual(before);
		expect(draft!.addedAt).toBeUndefined();
		await db.questions.put({ ...draft!, status: 'accepted' });
		await db.questions.put({ ...written!, prompt: 'Edited' });
		const [edited, accepted] = await db.questions.bulkGet(['u-a:q-1', 'u-a:q-2']);
		expect(edited!.addedAt).toBe(written!.addedAt);
		expect(accepted!.addedAt).toBeGreaterThanOrEqual(written!.addedAt!);
		db.close();
	});
});

describe('readPreview: the new questions added in the last days', () => {
	afterEach(restoreZone);

	/** Course u-a's questions added at the local times `times`, in Kolkata (UTC+5:30). */
	async function added(times: number[]) {
		const db = freshDb();
		await db.courses.add(course('u-a', 0));
		await db.questions.bulkAdd(
			times.map((addedAt, i) => row(`u-a:q-${i + 1}`, 'u-a', i, { addedAt }))
		);
		return db;
	}

	it('counts days from the 4 AM rollover where the student is, the earliest added first', async () => {
		moveTo('Asia/Kolkata');
		// Added at 03:59 on the 11th (the 10th's study day), 04:00 on the 11th, 23:00 on the 11th
		// and 02:00 on the 12th (still the 11th's study day).
		const db = await added([
			local(2026, 5, 11, 3, 59),
			local(2026, 5, 12, 2),
			local(2026, 5, 11, 4),
			local(2026, 5, 11, 23)
		]);
		const ids = async (days: number, now: number) =>
			(await readPreview('u-a', days, db, now)).map((q) => q.id);
		// At 03:00 on the 12th it is still the 11th's study day: "1 day" is the 11th from 04:00.
		expect(await ids(1, local(2026, 5, 12, 3))).toEqual(['u-a:q-3', 'u-a:q-4', 'u-a:q-2']);
		// At 04:00 on the 12th a new study day begins: nothing was added in it.
		expect(await ids(1, local(2026, 5, 12, 4))).toEqual([]);
		expect(await ids(2, local(2026, 5, 12, 4))).toEqual(['u-a:q-3', 'u-a:q-4', 'u-a:q-2']);
		expect(await ids(3, local(2026, 5, 12, 4))).toEqual([
			'u-a:q-1',
			'u-a:q-3',
			'u-a:q-4',
			'u-a:q-2'
		]);
		db.close();
	});

	it('on the spring-forward day in Berlin, a day still starts at 04:00', async () => {
		moveTo('Europe/Berlin');
		// 29 March 2026, 02:00 CET became 03:00 CEST: added at 03:30 CEST (the 28th's study day)
		// and at 04:00 CEST (the 29th's).
		const db = await added([local(2026, 3, 29, 3, 30), local(2026, 3, 29, 4)]);
		const preview = await readPreview('u-a', 1, db, local(2026, 3, 29, 12));
		expect(preview.map((q) => q.id)).toEqual(['u-a:q-2']);
		db.close();
	});

	it('leaves out questions studied or drafts, keeps one asked for and not answered; writes nothing', async () => {
		const now = local(2026, 5, 12, 12);
		const db = await added([now - 60_000, now - 50_000, now - 40_000]);
		await db.questions.add(row('u-a:q-4', 'u-a', 3, { status: 'draft', addedAt: now - 30_000 }));
		await recordAnswer(answer('u-a:q-1', 3, now - 20_000), DEFAULT_STUDY_SETTINGS, db);
		await queueQuestionsForStudy(['u-a:q-2'], db, now - 10_000);
		const before = await everyRow(db);
		expect(await startCustomStudy({ kind: 'preview', days: 1 }, 'u-a', db, now)).toEqual({
			count: 2
		});
		expect((await readPreview(null, 1, db, now)).map((q) => q.id)).toEqual(['u-a:q-2', 'u-a:q-3']);
		expect(await everyRow(db)).toEqual(before);
		expect(await readPreview(BUILTIN_COURSE_ID, 1, db, now)).toEqual([]);
		db.close();
	});
});
