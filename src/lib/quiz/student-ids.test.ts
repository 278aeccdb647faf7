import { describe, expect, it } from 'vitest';
import {
	gradebookIdProblems,
	gradebookRows,
	idKey,
	idsOnScreen,
	NAMESAKE_COLUMN,
	namesakeNotes,
	sharedIdOthers,
	studentIdOf
} from './csv';
import { markRows, answerRows } from './answer-sheets';
import { buildReport } from './report';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';

const quiz = makeQuiz(syntheticQuestions(2));
const result = (key: string, name: string) => ({
	key,
	quizId: quiz.id,
	attemptId: key,
	name,
	answers: [null, null],
	seconds: 30,
	finishedAt: Date.UTC(2026, 11, 1)
});
const report = buildReport(quiz, [result('a', 'Ana'), result('b', 'Zoë')]);

describe('ids on screen (typed, then exported before the save ends)', () => {
	it('a typed id is in the grades file at once, over the saved one', () => {
		const saved = { a: 's-001' };
		const ids = idsOnScreen(saved, { b: 's-002' });
		const rows = gradebookRows(report, { studentId: (s) => studentIdOf(ids, s) });
		expect(rows.map((r) => r.slice(0, 2))).toEqual([
			['ID number', 'Student'],
			['s-001', 'Ana'],
			['s-002', 'Zoë']
		]);
		// Before the overlay, Zoë would be left out of the file: the bug the teacher met.
		const stale = gradebookRows(report, { studentId: (s) => studentIdOf(saved, s) });
		expect(stale).toHaveLength(2);
	});

	it('a typed change wins over the saved id, and spaces around it do not count', () => {
		const ids = idsOnScreen({ a: 's-001', b: 's-002' }, { b: ' s-003 ' });
		expect(studentIdOf(ids, { key: 'b', name: 'Zoë' })).toBe('s-003');
	});

	it('two ids typed one after the other both stay (no save overwrites the other)', () => {
		let typed = {};
		typed = { ...typed, a: 's-001' };
		typed = { ...typed, b: 's-001' };
		const ids = idsOnScreen(undefined, typed);
		// …and the duplicate-id warning sees both.
		expect(gradebookIdProblems(report, (s) => studentIdOf(ids, s)).repeated).toEqual([
			{ id: 's-001', names: ['Ana', 'Zoë'] }
		]);
	});
});

describe('an id given to two students (outsider teacher: both rows were exported)', () => {
	it('leaves both out of the grades file, as a missing id is, and keeps the others', () => {
		const three = buildReport(quiz, [result('a', 'Bob'), result('b', 'Ömer'), result('c', 'Zoë')]);
		const ids = { a: 'S1003', b: ' S1003', c: 'S1004' };
		const rows = gradebookRows(three, { studentId: (s) => studentIdOf(ids, s) });
		// Moodle's CSV import would give both grades to one student; the later would win.
		expect(rows.map((r) => r.slice(0, 2))).toEqual([
			['ID number', 'Student'],
			['S1004', 'Zoë']
		]);
		expect(gradebookIdProblems(three, (s) => studentIdOf(ids, s)).repeated).toEqual([
			{ id: 'S1003', names: ['Bob', 'Ömer'] }
		]);
	});

	it('counts ids that differ only in case or accent form as one (a gradebook may match them)', () => {
		const three = buildReport(quiz, [result('a', 'Emre'), result('b', 'Mila'), result('c', 'Zoë')]);
		const ids = { a: 's1005', b: 'S1005 ', c: 'e\u0301-7' };
		const rows = gradebookRows(three, { studentId: (s) => studentIdOf(ids, s) });
		expect(rows.map((r) => r.slice(0, 2))).toEqual([
			['ID number', 'Student'],
			['e\u0301-7', 'Zoë']
		]);
		expect(gradebookIdProblems(three, (s) => studentIdOf(ids, s)).repeated).toEqual([
			{ id: 's1005', names: ['Emre', 'Mila'] }
		]);
		expect(idKey('\u00e9-7')).toBe(idKey('e\u0301-7'));
	});
});

describe('the rows of an id given twice (outsider teacher: flagged only above the table)', () => {
	it('names, on each such row, the others who have that id; rows with their own id have none', () => {
		const four = buildReport(quiz, [
			result('a', 'Bob'),
			result('b', 'Ömer'),
			result('c', 'Zoë'),
			result('d', 'Mila')
		]);
		const ids = { a: 'S1003', b: 's1003 ', c: 'S1004', d: 'S1003' };
		const others = sharedIdOthers(four, (s) => studentIdOf(ids, s));
		// In the report's order (by name).
		expect(Object.fromEntries(others)).toEqual({
			a: ['Mila', 'Ömer'],
			b: ['Bob', 'Mila'],
			d: ['Bob', 'Ömer']
		});
	});

	it('tells two pupils of one name apart by their finish time', () => {
		const twins = buildReport(quiz, [result('a', 'Ana'), { ...result('b', 'Ana'), finishedAt: 0 }]);
		const others = sharedIdOthers(twins, () => 'S1');
		expect(others.get('a')?.[0]).toMatch(/^Ana \(finished .+\)$/);
		expect(sharedIdOthers(twins, (s) => s.key).size).toBe(0);
	});
});

describe('names that collide once case and accents are ignored (ana, Ana, Ána)', () => {
	const clock = (ms: number) => new Date(ms).toISOString().slice(11, 16);
	const at = (key: string, name: string, minute: number) => ({
		...result(key, name),
		finishedAt: Date.UTC(2026, 11, 1, 9, minute)
	});
	const three = buildReport(
		quiz,
		[at('a', 'ana', 5), at('b', 'Ána', 7), at('c', 'Ana', 9), at('d', 'Zoë', 9)],
		clock
	);

	it('every student table says which rows share a name and how each is told apart', () => {
		const notes = namesakeNotes(three);
		expect(notes.size).toBe(3);
		expect(notes.get('a')).toBe(
			'Ana (finished 09:09); Ána (finished 09:07); this one: finished 09:05'
		);
		expect(notes.has('d')).toBe(false);
		for (const table of [gradebookRows(three), markRows(quiz, three), answerRows(quiz, three)]) {
			expect(table[0].at(-1)).toBe(NAMESAKE_COLUMN);
			const zoe = table.find((row) => row.includes('Zoë'))!;
			expect(zoe.at(-1)).toBe('');
			expect(table.filter((row) => String(row.at(-1)).includes('this one'))).toHaveLength(3);
		}
		// With ids, the id column leads and the note still ends each row.
		const ids = { a: 's1', b: 's2', c: 's3', d: 's4' };
		const rows = gradebookRows(three, { studentId: (s) => studentIdOf(ids, s) });
		expect(rows[0][0]).toBe('ID number');
		expect(rows.find((row) => row[0] === 's2')!.at(-1)).toMatch(/this one: finished 09:07$/);
	});

	it('adds no column when every name is its own', () => {
		expect(namesakeNotes(report).size).toBe(0);
		expect(gradebookRows(report)[0].at(-1)).toBe('Finished (UTC)');
	});
});
