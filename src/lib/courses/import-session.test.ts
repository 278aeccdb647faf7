import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { freshDb } from '$lib/db/test-helpers';
import { ImportSession, PREVIEW_PAGE } from './import-session';

// A made-up sheet: 70 questions with a topic, and one row without an answer (sheet row 3).
const ROWS = [
	'Question,Correct answer,Answer 2,Answer 3,Topic',
	'Missing answer?,,a,b,Atlas',
	...Array.from(
		{ length: 70 },
		(_, i) => `Capital of land ${i}?,City ${i},Town ${i},Village ${i},Atlas`
	)
];
const csv = { name: 'atlas.csv', bytes: new TextEncoder().encode(ROWS.join('\n')) };
const origin = { fileName: 'atlas.csv', formatLabel: 'Spreadsheet (CSV)' };

function session() {
	const db = freshDb();
	return { db, session: new ImportSession({ loadSqlite: () => initSqlJs(), db: () => db }) };
}

describe('ImportSession', () => {
	it('gives the page a sheet’s columns with a sample each, never its rows', async () => {
		const { session: s } = session();
		const opened = await s.open(csv, 'table');
		expect(opened).toEqual({
			kind: 'table',
			title: 'Atlas',
			hasHeader: true,
			columns: [
				{ header: 'Question', sample: 'Missing answer?' },
				{ header: 'Correct answer', sample: 'City 0' },
				{ header: 'Answer 2', sample: 'a' },
				{ header: 'Answer 3', sample: 'b' },
				{ header: 'Topic', sample: 'Atlas' }
			],
			mapping: ['prompt', 'answer', 'choice', 'choice', 'topics']
		});
	});

	it('previews a mapping with counts and the first page, the rest on request, then stores it', async () => {
		const { db, session: s } = session();
		const opened = await s.open(csv, 'table');
		if (opened.kind !== 'table') throw new Error(opened.kind);
		const preview = await s.preview({ mapping: opened.mapping, origin, target: 'new' });
		expect(preview).toMatchObject({ added: 70, problemCount: 1, duplicatesInFile: 0 });
		expect(preview.problems).toEqual([{ line: 2, message: 'no answer' }]);
		expect(preview.questions).toHaveLength(PREVIEW_PAGE);
		expect(preview.questions[0].topics).toEqual(['Atlas']);
		expect((await s.more(PREVIEW_PAGE, 100)).map((q) => q.prompt)).toHaveLength(70 - PREVIEW_PAGE);

		// Another mapping: the topic column left out, the preview follows.
		const remapped = await s.preview({
			mapping: ['prompt', 'answer', 'choice', 'choice', 'ignore'],
			origin,
			target: 'new'
		});
		expect(remapped.questions[0].topics).toEqual([]);
		const stored = await s.store({ target: 'new', title: 'Atlas', withHistory: false });
		expect(stored.added).toBe(70);
		expect(await db.questions.where('courseId').equals(stored.courseId).count()).toBe(70);
	});

	it('reads the first row as data or as a header when the person says so (issue 14)', async () => {
		const { session: s } = session();
		const text =
			'Frage;Antwort\nWas ist die Hauptstadt von Frankreich?;Paris\nWie viele Beine hat eine Spinne?;Acht\n';
		const opened = await s.open({ name: 'de.csv', bytes: new TextEncoder().encode(text) }, 'table');
		if (opened.kind !== 'table') throw new Error(opened.kind);
		expect([opened.hasHeader, opened.mapping]).toEqual([true, ['prompt', 'answer']]);
		const first = await s.preview({
			mapping: opened.mapping,
			hasHeader: true,
			origin,
			target: 'new'
		});
		expect([first.added, first.sheet]).toEqual([2, undefined]);
		const asData = await s.preview({
			mapping: opened.mapping,
			hasHeader: false,
			origin,
			target: 'new'
		});
		expect(asData.added).toBe(3);
		expect(asData.sheet).toMatchObject({
			hasHeader: false,
			columns: [{ header: 'Column 1', sample: 'Frage' }, { header: 'Column 2' }],
			mapping: ['prompt', 'answer']
		});
		const again = await s.preview({
			mapping: opened.mapping,
			hasHeader: true,
			origin,
			target: 'new'
		});
		expect([again.added, again.sheet?.columns[0].header]).toEqual([2, 'Frage']);
	});

	it('says a file is needed before a preview or a store', async () => {
		const { session: s } = session();
		await expect(s.preview({ origin, target: 'new' })).rejects.toThrow('No file is open.');
		await expect(s.store({ target: 'new', title: 'x', withHistory: false })).rejects.toThrow(
			'There is nothing to import yet.'
		);
	});

	it('names the document a file imported again goes into, and what left the file', async () => {
		const { session: s } = session();
		const opened = await s.open(csv, 'table');
		if (opened.kind !== 'table') throw new Error(opened.kind);
		await s.preview({ mapping: opened.mapping, origin, target: 'new' });
		const { courseId } = await s.store({ target: 'new', title: 'Atlas', withHistory: false });
		const shorter = {
			name: 'atlas.csv',
			bytes: new TextEncoder().encode(ROWS.slice(0, -2).join('\n'))
		};
		const again = await s.open(shorter, 'table');
		if (again.kind !== 'table') throw new Error(again.kind);
		const preview = await s.preview({ mapping: again.mapping, origin, target: courseId });
		expect(preview).toMatchObject({ sameDocument: 'atlas.csv', unchanged: 68, missingCount: 2 });
		// Another format's file made no document here: nothing of it is named or missing.
		const other = { fileName: 'atlas.csv', formatLabel: 'Moodle GIFT' };
		const elsewhere = await s.preview({ mapping: again.mapping, origin: other, target: courseId });
		expect(elsewhere).toMatchObject({ sameDocument: null, missingCount: 0 });
	});

	// Outsider student (session 33): "China", "Russia" and "China and Russia" side by side.
	it('says in the preview when a file’s own choices list both halves of another', async () => {
		const { session: s } = session();
		const gift = '::Q1:: Which two vetoed it? {=China and Russia ~China ~Russia ~France}\n';
		const file = { name: 'vetoes.gift', bytes: new TextEncoder().encode(gift) };
		const opened = await s.open(file, 'gift');
		expect(opened.kind).toBe('questions');
		const preview = await s.preview({
			origin: { fileName: 'vetoes.gift', formatLabel: 'Moodle GIFT' },
			target: 'new'
		});
		expect(preview.added).toBe(1);
		expect(preview.readNotes.join(' ')).toMatch(
			/^One multiple-choice question lists both halves of a choice beside it \(“China”, “Russia” and “China and Russia” in “Which two vetoed it\?”\)/
		);
	});
});

describe('ImportSession: a course’s own Anki export imported again with its history', () => {
	// Student outsider, session 33: the preview said "8 with review history (8 answers), kept",
	// the button "Import the scheduling history", and the result "the file has no review history".
	it('keeps the history the preview counted: the same cards and answers in preview and result', async () => {
		const { db, session: s } = session();
		const opened = await s.open(csv, 'table');
		if (opened.kind !== 'table') throw new Error(opened.kind);
		await s.preview({ mapping: opened.mapping, origin, target: 'new' });
		const { courseId } = await s.store({ target: 'new', title: 'Atlas', withHistory: false });
		const questions = await db.questions.where('courseId').equals(courseId).sortBy('id');
		const now = new Date(2026, 11, 5, 12).getTime();
		const answered = now - 3 * 86_400_000;
		const studied = questions.slice(0, 2).map(
			(q) =>
				[
					q.id,
					{
						card: {
							due: now + 86_400_000 * 3,
							stability: 4,
							difficulty: 5,
							scheduledDays: 6,
							reps: 1,
							lapses: 0,
							state: 2 as const
						},
						answers: [
							{
								answeredAt: answered,
								rating: 3 as const,
								durationMs: 5000,
								before: null,
								after: {
									due: now + 86_400_000 * 3,
									state: 2 as const,
									stability: 4,
									difficulty: 5,
									scheduledDays: 6
								}
							}
						]
					}
				] as const
		);
		const [{ writeApkg }, { toPortable }] = await Promise.all([
			import('$lib/formats/apkg-write'),
			import('$lib/formats/export')
		]);
		const bytes = await writeApkg(
			questions.map((q) => toPortable(q)),
			'Atlas',
			await initSqlJs(),
			now,
			new Map(studied)
		);
		await s.open({ name: 'Atlas – Anki.apkg', bytes }, 'apkg');
		const apkg = { fileName: 'Atlas – Anki.apkg', formatLabel: 'Anki', globalIds: true };
		const preview = await s.preview({ origin: apkg, target: courseId });
		expect([preview.unchanged, preview.history]).toEqual([70, { cards: 2, answers: 2 }]);
		const stored = await s.store({ target: courseId, title: '', withHistory: true });
		expect([stored.answers, stored.history]).toEqual([2, { cards: 2, answers: 2 }]);
	});
});
