import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { exportProgress, importProgress } from './backup';
import {
	MAX_BACKUP_CHARS,
	MAX_LISTED_PROBLEMS,
	nestsDeeperThan,
	parseProgressFile,
	type BackupParse,
	type ProgressFile
} from './backup-file';
import { recordAnswer } from './answers';
import { freshDb } from './test-helpers';

const t0 = new Date(2026, 4, 12, 9, 0).getTime();
const now = t0 + 3_600_000;

async function validFile(): Promise<ProgressFile> {
	const db = freshDb();
	for (let i = 0; i < 4; i++)
		await recordAnswer(
			{
				questionId: `q${i}`,
				rating: 3,
				answeredAt: t0 + i * 1000,
				durationMs: 3000,
				grading: 'self',
				correct: null,
				seenLastReview: null
			},
			DEFAULT_STUDY_SETTINGS,
			db
		);
	await db.settings.put({ key: 'study', value: DEFAULT_STUDY_SETTINGS });
	return exportProgress(db, new Date(t0 + 5000));
}

function refusal(parse: BackupParse): string {
	expect(parse.ok).toBe(false);
	return parse.ok ? '' : [parse.error, ...parse.problems].join('\n');
}

function mutated(file: ProgressFile, change: (copy: ProgressFile) => void): string {
	const copy = structuredClone(file);
	change(copy);
	return JSON.stringify(copy);
}

describe('parseProgressFile: the meaning of every field', () => {
	it('accepts the app’s own export', async () => {
		const file = await validFile();
		const parsed = parseProgressFile(JSON.stringify(file), now);
		expect(parsed.ok).toBe(true);
	});

	it('accepts answers a clock that ran ahead wrote, up to a year ahead (a student set it right since)', async () => {
		// The outsider's case: studied with the phone clock a week ahead, then set it right and
		// exported; the same phone's import refused its own backup as "damaged".
		const text = JSON.stringify(await validFile());
		const day = 86_400_000;
		expect(parseProgressFile(text, t0 - 7 * day).ok).toBe(true);
		expect(parseProgressFile(text, t0 - 300 * day).ok).toBe(true);
		expect(refusal(parseProgressFile(text, t0 - 2 * 366 * day))).toMatch(/impossible/);
	});

	it.each([
		[
			'a last review in the year 2286',
			(f: ProgressFile) => (f.cards[1].lastReview = 1e13),
			/Card 2 \(question “q1”\) has an impossible last review date \(year 2286\)/
		],
		[
			'a last review of 1e300',
			(f: ProgressFile) => (f.cards[0].lastReview = 1e300),
			/impossible last review date \(not a real date\)/
		],
		[
			'a review card with stability 0',
			(f: ProgressFile) => Object.assign(f.cards[0], { state: 2, stability: 0 }),
			/memory stability out of range \(0;/
		],
		[
			'stability −1',
			(f: ProgressFile) => (f.cards[0].stability = -1),
			/memory stability out of range \(-1;/
		],
		[
			'difficulty 11',
			(f: ProgressFile) => (f.cards[0].difficulty = 11),
			/difficulty out of range \(11;/
		],
		[
			'a due date in the year 1970',
			(f: ProgressFile) => (f.cards[0].due = 5),
			/impossible due date \(year 1970\)/
		],
		[
			'more lapses than answers',
			(f: ProgressFile) => (f.cards[0].lapses = 9),
			/impossible answer counts/
		],
		[
			'an answer key at 2^53',
			(f: ProgressFile) => (f.reviews[0].id = 2 ** 53),
			/Answer 1 .*impossible key/
		],
		[
			'an answer dated more than a year ahead',
			(f: ProgressFile) => (f.reviews[2].answeredAt = now + 2 * 366 * 86_400_000),
			/Answer 3 .*impossible answer date/
		],
		[
			'the 31st of February',
			(f: ProgressFile) => (f.reviews[0].studyDay = '2026-02-31'),
			/impossible study day/
		],
		[
			'a broken card state inside an answer',
			(f: ProgressFile) => (f.reviews[1].after.stability = Number.MAX_VALUE),
			/resulting schedule with a memory stability/
		],
		[
			'two rows for one day',
			(f: ProgressFile) => f.days.push({ ...f.days[0] }),
			/Study day 2 has the same date as an earlier day/
		],
		[
			'two settings with one key',
			(f: ProgressFile) => f.settings.push({ ...f.settings[0] }),
			/Setting 2 has the same name as an earlier setting/
		],
		[
			'two cards for one question',
			(f: ProgressFile) => f.cards.push({ ...f.cards[0] }),
			/Card 5 \(question “q0”\) has the same question/
		],
		[
			'two answers with one key',
			(f: ProgressFile) => f.reviews.push({ ...f.reviews[0] }),
			/same key as an earlier answer/
		]
	])('refuses %s, in words a person can act on', async (_name, change, expected) => {
		const file = await validFile();
		const text = refusal(parseProgressFile(mutated(file, change), now));
		expect(text).toMatch(/^Nothing was changed\. This backup is damaged:/);
		expect(text).toMatch(expected);
		expect(text).not.toMatch(/cards\.\d|Invalid type|Expected/);
	});

	it('words a wrong type by row and field, never as a schema path', async () => {
		const file = await validFile();
		const text = refusal(
			parseProgressFile(
				mutated(file, (f) => ((f.cards[2] as unknown as Record<string, unknown>).due = 'tomorrow')),
				now
			)
		);
		expect(text).toContain('Card 3 (question “q2”) has a missing or wrong due date.');
	});

	it('lists each kind of problem once, counts the rest, and never repeats a huge value', async () => {
		const file = await validFile();
		const huge = 'x'.repeat(1_000_000);
		const many = refusal(
			parseProgressFile(
				mutated(file, (f) => {
					for (const card of f.cards) card.lastReview = 1e13;
				}),
				now
			)
		);
		expect(many).toMatch(/Card 1 .*year 2286\) \(and 3 more like it\)\.$/);
		const text = refusal(
			parseProgressFile(
				mutated(file, (f) => {
					f.cards[0].questionId = huge;
					f.reviews[0].questionId = `\u202e${huge}`;
				}),
				now
			)
		);
		expect(text.length).toBeLessThan(1000);
		expect(text).not.toContain('\u202e');
	});

	it('truncates the list of kinds', async () => {
		const file = await validFile();
		const parse = parseProgressFile(
			mutated(file, (f) => {
				const card = f.cards[0];
				Object.assign(card, { due: -1, stability: -1, difficulty: 99, lastReview: 1e15 });
				Object.assign(card, { elapsedDays: -5, learningSteps: 1000, lapses: 99, queuedAt: 1e15 });
			}),
			now
		);
		expect(parse.ok).toBe(false);
		if (!parse.ok) {
			expect(parse.problems).toHaveLength(MAX_LISTED_PROBLEMS);
			expect(parse.problems.at(-1)).toMatch(/other kinds of problem/);
		}
	});

	it('calls an image picked by mistake a binary file, not a deeply nested backup', () => {
		const png = '\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR' + '[{'.repeat(500);
		expect(refusal(parseProgressFile(png, now))).toMatch(/not a text file/);
	});

	it('refuses deep nesting and oversized text before parsing', () => {
		const deep = `{"format":"flashpoint-progress","version":1,"settings":[{"key":"a","value":${'['.repeat(10_000)}${']'.repeat(10_000)}}]}`;
		expect(nestsDeeperThan(deep, 12)).toBe(true);
		expect(nestsDeeperThan('{"a":"[[[[[[[[[[[[[[[[[[[[\\"[[[[["}', 3)).toBe(false);
		expect(refusal(parseProgressFile(deep, now))).toMatch(/nests values far deeper/);
		const long = { length: MAX_BACKUP_CHARS + 1 } as unknown as string;
		expect(refusal(parseProgressFile(long, now))).toMatch(/too large/);
	});

	it('makes __proto__ keys harmless and still imports', async () => {
		const file = await validFile();
		const text = JSON.stringify(file).replace(
			'"desiredRetention"',
			'"__proto__":{"polluted":true},"desiredRetention"'
		);
		const parsed = parseProgressFile(
			text.replace('"questionId":"q0"', '"__proto__":{"x":1},"questionId":"q0"'),
			now
		);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		const study = parsed.value.settings.find((row) => row.key === 'study')?.value as object;
		expect(Object.keys(study)).not.toContain('__proto__');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		const db = freshDb();
		await importProgress(parsed.value, db);
		expect(await db.cards.count()).toBe(4);
	});

	it('refuses question ids with control, bidi or lone surrogate characters', async () => {
		const file = await validFile();
		for (const id of ['q\u0000', '\u200b', 'a\u202eb', '\ud800'])
			expect(
				refusal(
					parseProgressFile(
						mutated(file, (f) => (f.cards[0].questionId = id)),
						now
					)
				)
			).toMatch(/Card 1 .*has a missing or wrong question id/);
	});
});
