import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { holdCard, readCourseHolds } from '$lib/db/card-holds';
import { SUSPENDED_UNTIL } from '$lib/db/records';
import { answer, freshDb } from '$lib/db/test-helpers';
import { recordAnswer } from '$lib/db/answers';
import { readApkg } from '$lib/formats/apkg';
import { writeApkg } from '$lib/formats/apkg-write';
import type { PortableQuestion } from '$lib/formats/portable';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { courseQuestions } from './drafts';
import { exportSchedules } from './export-history';
import { importAsNewCourse, planImport } from './import';

let sqlite: SqlJsStatic;
beforeAll(async () => {
	sqlite = await initSqlJs();
});

/** 5 December 2026, 12:00 local; the study day ends at 4:00 on the 6th. */
const NOW = new Date(2026, 11, 5, 12).getTime();
const TOMORROW_4AM = new Date(2026, 11, 6, 4).getTime();
const origin = { fileName: 'deck.apkg', formatLabel: 'Anki package', globalIds: true };
const question = (i: number): PortableQuestion => ({
	externalId: `p${i}`,
	type: 'flashcard',
	prompt: `Word ${i}`,
	answer: `Meaning ${i}`,
	topics: []
});

describe('buried and suspended cards through an Anki package (issue 12, a student from Anki)', () => {
	it('go to Anki in its queues −1 and −3 and come back held, answered or new', async () => {
		const here = freshDb();
		// p0 answered then suspended; p1 new and suspended; p2 answered and buried; p3 as it was.
		await recordAnswer(answer('p0', 3, NOW - 3_600_000), DEFAULT_STUDY_SETTINGS, here);
		await recordAnswer(answer('p2', 3, NOW - 3_600_000), DEFAULT_STUDY_SETTINGS, here);
		await holdCard('p0', 'suspended', NOW, here);
		await holdCard('p1', 'suspended', NOW, here);
		await holdCard('p2', 'buried', NOW, here);
		const ids = ['p0', 'p1', 'p2', 'p3'];
		const schedules = await exportSchedules(here, ids, NOW);
		expect([...schedules].map(([id, s]) => [id, s.held, s.answers.length])).toEqual([
			['p0', 'suspended', 1],
			['p2', 'buried', 1],
			['p1', 'suspended', 0]
		]);
		const bytes = await writeApkg(
			ids.map((_, i) => question(i)),
			'Deck',
			sqlite,
			NOW,
			schedules
		);

		const read = readApkg(bytes, sqlite, undefined, NOW);
		expect(read.held).toEqual([
			{ externalId: 'p0', kind: 'suspended' },
			{ externalId: 'p1', kind: 'suspended' },
			{ externalId: 'p2', kind: 'buried' }
		]);
		// The answered ones keep their type and schedule in Anki: their history comes back too.
		expect(read.history?.map((h) => [h.externalId, h.state])).toEqual([
			['p0', 1],
			['p2', 1]
		]);
		const there = freshDb();
		const course = await importAsNewCourse(
			there,
			planImport(read.questions, origin),
			origin,
			'Deck',
			{
				history: read.history,
				held: read.held,
				now: NOW
			}
		);
		const byPrompt = new Map(
			(await courseQuestions(there, course.courseId)).map((q) => [q.prompt, q.id])
		);
		expect(
			(await readCourseHolds(course.courseId, NOW, there)).map((h) => [
				h.questionId,
				h.kind,
				h.until
			])
		).toEqual([
			[byPrompt.get('Word 0'), 'suspended', SUSPENDED_UNTIL],
			[byPrompt.get('Word 1'), 'suspended', SUSPENDED_UNTIL],
			[byPrompt.get('Word 2'), 'buried', TOMORROW_4AM]
		]);
	});

	it('a burial over by export time goes to Anki as an ordinary card', async () => {
		const here = freshDb();
		await holdCard('p0', 'buried', NOW, here);
		expect((await exportSchedules(here, ['p0'], TOMORROW_4AM)).size).toBe(0);
	});
});
