import { readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { writeCourse } from '$lib/content/install';
import { parseBank } from '$lib/content/schema';
import { BUILTIN_COURSE_ID, BUILTIN_TITLE } from '$lib/db/records';
import { freshDb } from '$lib/db/test-helpers';
import { toPortable } from '$lib/formats/export';
import { writeGift } from '$lib/formats/gift-write';
import { courseQuestions } from './drafts';
import { fileCourseOf, textKey } from './file-course';
import { ImportSession } from './import-session';

const courses = [
	{ id: BUILTIN_COURSE_ID, title: BUILTIN_TITLE },
	{ id: 'u-1', title: 'Cells' }
];
const stored = [
	{ id: 'q-001', courseId: BUILTIN_COURSE_ID },
	{ id: 'q-002', courseId: BUILTIN_COURSE_ID },
	{ id: 'u-1:q-1', courseId: 'u-1', externalId: 'AbC123guid' },
	{ id: 'u-1:q-2', courseId: 'u-1', externalId: 'Zz9guid' }
];

describe('fileCourseOf', () => {
	it('knows a copy by its note ids, whatever the file or deck is called', () => {
		const read = [{ externalId: 'q-001' }, { externalId: 'q-002' }, { externalId: 'new' }];
		expect(fileCourseOf(read, ['Turkey'], stored, courses)).toEqual({
			courseId: BUILTIN_COURSE_ID,
			title: BUILTIN_TITLE,
			builtin: true,
			byIds: 2,
			total: 3
		});
		// Anki GUIDs stored on an earlier import; a cloze's `#c1` is its note.
		const anki = [{ externalId: 'AbC123guid' }, { externalId: 'Zz9guid#c1' }, {}];
		expect(fileCourseOf(anki, [BUILTIN_TITLE], stored, courses)).toMatchObject({
			courseId: 'u-1',
			byIds: 2
		});
	});

	it('falls back on the course name (folded), and finds nothing for a stranger', () => {
		expect(fileCourseOf([{}], ['cells'], stored, courses)).toMatchObject({
			courseId: 'u-1',
			byIds: 0,
			builtin: false
		});
		expect(fileCourseOf([{ externalId: 'q-999' }], ['Genes'], stored, courses)).toBeNull();
	});

	it('knows a file without ids by its questions and answers, a course of the person’s first (session 33)', () => {
		const words = [
			{ prompt: 'el perro', answer: 'the dog' },
			{ prompt: 'el gato', answer: 'the cat' }
		];
		const withText = [
			...stored,
			...words.map((w, i) => ({ id: `q-b${i}`, courseId: BUILTIN_COURSE_ID, text: textKey(w) })),
			...words.map((w, i) => ({ id: `u-1:q-w${i}`, courseId: 'u-1', text: textKey(w) }))
		];
		const read = [
			{ prompt: 'El perro', answer: 'the dog' },
			...words.slice(1),
			{ prompt: 'x', answer: 'y' }
		];
		expect(fileCourseOf(read, ['spanish30'], withText, courses)).toEqual({
			courseId: 'u-1',
			title: 'Cells',
			builtin: false,
			byIds: 0,
			byText: 2,
			total: 3
		});
	});
});

function session() {
	const db = freshDb();
	return { db, session: new ImportSession({ loadSqlite: () => initSqlJs(), db: () => db }) };
}

describe('a file that is a copy of a course on the device', () => {
	it('the built-in course exported and imported back: found by ids; Skip duplicates adds none', async () => {
		const parsed = parseBank(JSON.parse(readFileSync('questions/bank.json', 'utf8')));
		if (!parsed.ok) throw new Error(parsed.error);
		const bank = parsed.value;
		const { db, session: s } = session();
		await writeCourse(db, {
			id: BUILTIN_COURSE_ID,
			title: BUILTIN_TITLE,
			kind: 'builtin',
			hash: 'h',
			bank
		});
		const text = writeGift(bank.questions.map(toPortable)).text;
		// The file's name says nothing of the course: the ids still do.
		await s.open({ name: 'export.gift', bytes: new TextEncoder().encode(text) }, 'gift');
		const origin = { fileName: 'export.gift', formatLabel: 'Moodle GIFT' };
		const asNew = await s.preview({ origin, target: 'new' });
		expect(asNew.fileCourse).toMatchObject({
			courseId: BUILTIN_COURSE_ID,
			builtin: true,
			byIds: bank.questions.length
		});
		expect(asNew.added).toBe(bank.questions.length);
		const skipped = await s.preview({
			origin,
			target: 'new',
			compareWith: BUILTIN_COURSE_ID,
			skipKnown: true
		});
		expect(skipped).toMatchObject({ added: 0, updated: 0, kept: bank.questions.length });
	}, 30_000);

	it('a changed export of the person’s course: found, updated in place, or only new ones added', async () => {
		const { db, session: s } = session();
		const gift = `::Q1:: Which city is the capital of Kosovo? {=Pristina ~Prizren}\n\n::Q2:: Kosovo declared independence in 2008.{TRUE}\n`;
		const origin = { fileName: 'balkans.gift', formatLabel: 'Moodle GIFT' };
		await s.open({ name: 'balkans.gift', bytes: new TextEncoder().encode(gift) }, 'gift');
		await s.preview({ origin, target: 'new' });
		const { courseId } = await s.store({ target: 'new', title: 'Balkans', withHistory: false });

		// Exported from Flashpoint (ids are the course's own), one prompt edited, one added.
		const mine = (await courseQuestions(db, courseId)).map(toPortable);
		mine[0].prompt = 'Which city is Kosovo’s capital?';
		mine.push({ ...mine[1], externalId: undefined, prompt: 'Serbia recognises Kosovo.' });
		mine[2].answer = 'false';
		const changed = writeGift(mine).text;
		const file = { name: 'Flashpoint questions.gift', bytes: new TextEncoder().encode(changed) };
		await s.open(file, 'gift');
		const again = { ...origin, fileName: file.name };
		const first = await s.preview({ origin: again, target: 'new' });
		expect(first.fileCourse).toMatchObject({ courseId, title: 'Balkans', byIds: 2, total: 3 });

		const update = await s.preview({ origin: again, target: courseId });
		expect(update).toMatchObject({ added: 1, updated: 1, unchanged: 1, kept: 0 });
		const skip = await s.preview({ origin: again, target: courseId, skipKnown: true });
		expect(skip).toMatchObject({ added: 1, updated: 0, unchanged: 0, kept: 2 });
		const done = await s.store({ target: courseId, title: '', withHistory: false });
		expect(done).toMatchObject({ added: 1, updated: 0 });
		const prompts = (await courseQuestions(db, courseId)).map((q) => q.prompt);
		expect(prompts).toContain('Which city is the capital of Kosovo?');
		expect(prompts).toHaveLength(3);
	});
});

describe('fileCourseOf with a file-local name', () => {
	it('finds GIFT titles stored with the same file name', () => {
		const gift = [{ id: 'u-2:q-1', courseId: 'u-2', externalId: 'london.gift::Q1' }];
		const two = [...courses, { id: 'u-2', title: 'London' }];
		const origin = { fileName: 'london.gift', formatLabel: 'Moodle GIFT' };
		expect(fileCourseOf([{ externalId: 'Q1' }], ['x'], gift, two, origin)).toMatchObject({
			courseId: 'u-2',
			byIds: 1
		});
		// Another file's own "Q1" is no match.
		expect(
			fileCourseOf([{ externalId: 'Q1' }], ['x'], gift, two, { ...origin, fileName: 'b.gift' })
		).toBeNull();
	});

	// Outsider, issue 12: "tudors-aiken.txt" is now titled "Tudors"; a course an earlier version
	// named "Tudors aiken" from it is still its course, not a reason for a second one.
	it('a course named by the earlier file-name rule is still the file’s course', async () => {
		const { db, session: s } = session();
		const aiken = 'Who was the first Tudor king?\nA. Henry VII\nB. Henry VIII\nANSWER: A\n';
		const file = { name: 'tudors-aiken.txt', bytes: new TextEncoder().encode(aiken) };
		const origin = { fileName: file.name, formatLabel: 'Aiken' };
		expect(await s.open(file, 'aiken')).toMatchObject({ title: 'Tudors' });
		await s.preview({ origin, target: 'new' });
		const { courseId } = await s.store({
			target: 'new',
			title: 'Tudors aiken',
			withHistory: false
		});
		await s.open(file, 'aiken');
		expect((await s.preview({ origin, target: 'new' })).fileCourse).toMatchObject({
			courseId,
			title: 'Tudors aiken'
		});
		expect(await db.courses.count()).toBe(1);
	});
});
