import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import { planImport } from '$lib/courses/import-plan';
import { writeApkg } from './apkg-write';
import { detectFormat, IMPORT_FORMATS } from './detect';
import { EXPORT_FORMATS, exportQuestions, toPortable } from './export';
import { readImport } from './read';
import { tableToQuestions } from './table';

/**
 * Every format Flashpoint writes, re-imported into the course it came from, is that course
 * again: 0 new, 0 updated, every question the file holds unchanged, none "no longer in the file"
 * (issue 12, outsider from Kahoot/Quizlet: a Quizlet or Aiken round trip of one's own export
 * added the course again, and a quiz then asked one fact twice). The file goes through the
 * import screen's own path: `detectFormat` on its name and bytes, `readImport`, a sheet's
 * guessed column mapping, then `planImport` against the course.
 */

let sqlite: SqlJsStatic;
beforeAll(async () => {
	sqlite = await initSqlJs();
});

const ID = 'u-0b696130-0000-4000-8000-000000000001';
const QUOTE = 'The United States took over the project in 1904.';

/** One generated question of `type`, as a course made from a pasted article holds it. */
function made(n: number, type: Question['type'], extra: Partial<Question>): Question {
	return {
		id: `${ID}:q-${n}`,
		type,
		prompt: '',
		answer: '',
		explanation: 'The handout says so.',
		source: { doc: `${ID}:d-1`, quote: QUOTE },
		fact: `f-${n}`,
		topics: ['Panama Canal'],
		difficulty: 2,
		origin: 'generated',
		...extra
	};
}

/** A course with every question type, and what only some formats hold (accepted answers, a number). */
const COURSE: Question[] = [
	made(1, 'mcq', {
		prompt: 'Which country took over the canal project in 1904?',
		answer: 'The United States',
		choices: ['France', 'The United States', 'Colombia', 'Spain']
	}),
	made(2, 'truefalse', {
		prompt: 'The United States took over the project in 1906.',
		answer: 'false'
	}),
	made(3, 'truefalse', { prompt: 'The canal opened in 1914.', answer: 'true' }),
	made(4, 'short', {
		prompt: 'Which republic did the United States pay for the Canal Zone?',
		answer: 'Panama',
		accept: ['the Republic of Panama']
	}),
	made(5, 'cloze', {
		prompt: 'The United States paid the new republic ____ million dollars.',
		answer: '10',
		numeric: { value: 10, tolerance: 0 }
	}),
	made(6, 'short', {
		prompt: 'In which year did the canal open?',
		answer: '1914'
	}),
	made(7, 'flashcard', {
		prompt: 'Canal Zone',
		answer: 'the strip of land on either side of the canal that the United States controlled'
	}),
	made(8, 'cloze', { prompt: 'Ships pass through ____ sets of locks.', answer: 'three' })
];

describe('every export format re-imports into its course as unchanged (issue 12)', () => {
	it.each(EXPORT_FORMATS.map((f) => f.id))('%s', async (format) => {
		const title = 'Panama Canal (Year 10)';
		const file =
			format === 'apkg'
				? {
						fileName: `${title}.apkg`,
						bytes: await writeApkg(COURSE.map(toPortable), title, sqlite),
						written: COURSE.length
					}
				: await exportQuestions(format, COURSE, title).then(async (f) => ({
						fileName: f.fileName,
						bytes: new Uint8Array(await f.blob.arrayBuffer()),
						written: f.written
					}));
		const detection = detectFormat(file.fileName, file.bytes);
		if (!detection.ok) throw new Error(`${file.fileName} not detected`);
		const outcome = await readImport(
			{ name: file.fileName, bytes: file.bytes },
			detection.format,
			async () => sqlite
		);
		if (outcome.kind === 'error') throw new Error(outcome.message);
		const read =
			outcome.kind === 'table' ? tableToQuestions(outcome.table, outcome.mapping) : outcome.result;
		expect(read.problems).toEqual([]);
		const origin = {
			fileName: file.fileName,
			formatLabel: IMPORT_FORMATS.find((f) => f.id === detection.format)!.label,
			globalIds: detection.format === 'anki-text' || detection.format === 'apkg'
		};
		// The course's one document is the pasted article: no file of this format made it.
		const plan = planImport(read.questions, origin, COURSE, new Set());
		expect({
			added: plan.questions.map((q) => `${q.type}: ${q.prompt}`),
			updated: plan.updates.map((u) => u.changes),
			missing: plan.missing.length,
			unchanged: plan.unchanged
		}).toEqual({ added: [], updated: [], missing: 0, unchanged: file.written });
		// Each format holds the choice types at least.
		expect(file.written).toBeGreaterThanOrEqual(3);
	});
});
