import { createHash } from 'node:crypto';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { NO_HISTORY } from './apkg-history';
import { readApkg } from './apkg';
import { toAnkiField, writeApkg } from './apkg-write';
import type { PortableQuestion } from './portable';

let sqlite: SqlJsStatic;
beforeAll(async () => {
	sqlite = await initSqlJs();
});

const QUESTIONS: PortableQuestion[] = [
	{
		externalId: 'g-kfor-command-cloze',
		type: 'cloze',
		prompt: 'In 2024 ____ took command of KFOR.',
		answer: 'Turkey',
		explanation: 'Since October 2024.',
		topics: ['KFOR'],
		quote: 'Turkey took command of KFOR in October 2024.'
	},
	{
		externalId: 'w-capital',
		type: 'flashcard',
		prompt: 'Capital of <Kosovo> & its "seat"?',
		answer: 'Pristina\nsince 2008',
		topics: ['geography', 'Balkans']
	},
	{
		externalId: 'w-year',
		type: 'short',
		prompt: 'Year Kosovo declared independence?',
		answer: '2008',
		explanation: 'February 2008.',
		topics: []
	}
];

describe('writeApkg', () => {
	it('round-trips through our own .apkg reader: the same questions, ids as note GUIDs', async () => {
		const bytes = await writeApkg(QUESTIONS, 'Turkey and the Balkans', sqlite, 1_760_000_000_000);
		const read = readApkg(bytes, sqlite);
		expect(read.problems).toEqual([]);
		expect(read.notes).toEqual([NO_HISTORY]);
		// The deck names the package (its course), not a topic: it came back as an extra one.
		expect(read.title).toBe('Turkey and the Balkans');
		// Each keeps its note: GUID and deck (Flashpoint's own note types are not stored).
		expect(read.questions.map((q) => q.anki)).toEqual(
			['g-kfor-command-cloze', 'w-capital', 'w-year'].map((guid) => ({
				guid,
				deck: { id: 1_760_000_000_000, name: 'Turkey and the Balkans' }
			}))
		);
		expect(read.questions.map(({ anki: _anki, ...q }) => q)).toEqual([
			{ ...QUESTIONS[0], externalId: 'g-kfor-command-cloze#c1', topics: ['KFOR'] },
			{ ...QUESTIONS[1], topics: ['geography', 'Balkans'] },
			{ ...QUESTIONS[2], topics: [] }
		]);
	});

	it('writes a schema-11 collection Anki opens: col row, four note types, one card a note', async () => {
		const bytes = await writeApkg(QUESTIONS, 'Deck', sqlite, 1_760_000_000_000);
		const files = unzipSync(bytes);
		expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
		expect(new TextDecoder().decode(files.media)).toBe('{}');
		const db = new sqlite.Database(files['collection.anki2']);
		const [[ver, models]] = db.exec('SELECT ver, models FROM col')[0].values;
		expect(ver).toBe(11);
		const names = Object.values(JSON.parse(String(models)) as Record<string, { name: string }>);
		expect(names.map((m) => m.name)).toEqual([
			'Flashpoint Basic',
			'Flashpoint Basic (and reversed card)',
			'Flashpoint Basic (type in the answer)',
			'Flashpoint Cloze'
		]);
		const cards = db.exec('SELECT nid, ord, type, queue, due FROM cards ORDER BY due')[0].values;
		expect(cards).toHaveLength(3);
		expect(cards.map((c) => c[4])).toEqual([1, 2, 3]);
		const [[csum]] = db.exec("SELECT csum FROM notes WHERE guid = 'w-year'")[0].values;
		// Anki's checksum: the first 8 hex digits of the SHA-1 of the first field, as an integer.
		const sha1 = createHash('sha1').update('Year Kosovo declared independence?').digest('hex');
		expect(csum).toBe(Number.parseInt(sha1.slice(0, 8), 16));
		db.close();
	});

	it('multiple choice and true/false become Basic notes Anki can show', async () => {
		const bytes = await writeApkg(
			[
				{
					externalId: 'm',
					type: 'mcq',
					prompt: 'Capital?',
					answer: 'Pristina',
					choices: ['Prizren', 'Pristina'],
					topics: []
				},
				{
					externalId: 't',
					type: 'truefalse',
					prompt: 'Kosovo is in Europe.',
					answer: 'true',
					topics: []
				}
			],
			'D',
			sqlite
		);
		// Anki shows the Basic note; its Flashpoint field brings the question back here as it was.
		const read = readApkg(bytes, sqlite);
		expect(read.questions.map((q) => [q.type, q.prompt, q.answer])).toEqual([
			['mcq', 'Capital?', 'Pristina'],
			['truefalse', 'Kosovo is in Europe.', 'true']
		]);
		const db = new sqlite.Database(unzipSync(bytes)['collection.anki2']);
		const fronts = db
			.exec('SELECT flds FROM notes ORDER BY id')[0]
			.values.map((row) => String(row[0]).split('\x1f')[0]);
		db.close();
		expect(fronts).toEqual([
			'Capital?<br>A) Prizren<br>B) Pristina',
			'True or false: Kosovo is in Europe.'
		]);
	});

	it('escapes text as HTML, never passing markup through', () => {
		expect(toAnkiField('<script>x</script> & more\nline')).toBe(
			'&lt;script&gt;x&lt;/script&gt; &amp; more<br>line'
		);
	});
});

describe('writeApkg with scheduling information', () => {
	// Outsider student (issue 12): an export to Anki left every card new with an empty log.
	it('writes a studied card’s type, queue, due day, interval, counts, memory and review log', async () => {
		const now = new Date(2026, 11, 5, 12).getTime();
		const day = 86_400_000;
		const first = now - 10 * day;
		const second = now - 4 * day;
		const due = now + 6 * day;
		const schedules = new Map([
			[
				'w-capital',
				{
					card: {
						due,
						stability: 9.5,
						difficulty: 4.2,
						scheduledDays: 10,
						reps: 2,
						lapses: 0,
						state: 2 as const
					},
					answers: [
						{
							answeredAt: second,
							rating: 3 as const,
							durationMs: 4200,
							before: {
								questionId: 'x',
								due: second,
								stability: 3,
								difficulty: 4.5,
								elapsedDays: 0,
								scheduledDays: 6,
								learningSteps: 0,
								reps: 1,
								lapses: 0,
								state: 2 as const,
								lastReview: first,
								leech: false
							},
							after: { due, state: 2 as const, stability: 9.5, difficulty: 4.2, scheduledDays: 10 }
						},
						{
							answeredAt: first,
							rating: 4 as const,
							durationMs: 8000,
							before: null,
							after: {
								due: second,
								state: 2 as const,
								stability: 3,
								difficulty: 4.5,
								scheduledDays: 6
							}
						}
					]
				}
			]
		]);
		const bytes = await writeApkg(QUESTIONS, 'Deck', sqlite, now, schedules);
		const db = new sqlite.Database(unzipSync(bytes)['collection.anki2']);
		const cards = db.exec(
			'SELECT id, type, queue, due, ivl, factor, reps, lapses, data FROM cards ORDER BY id'
		)[0].values;
		expect(cards[0].slice(1)).toEqual([0, 0, 1, 0, 0, 0, 0, '']);
		expect(cards[1].slice(1)).toEqual([2, 2, 6, 10, 2500, 2, 0, '{"s":9.5,"d":4.2}']);
		const log = db.exec(
			'SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id'
		)[0].values;
		expect(log).toEqual([
			[first, cards[1][0], 4, 6, 0, 2500, 8000, 0],
			[second, cards[1][0], 3, 10, 6, 2500, 4200, 1]
		]);
		db.close();
		const read = readApkg(bytes, sqlite, undefined, now);
		expect(read.history).toEqual([
			{
				externalId: 'w-capital',
				answers: [
					{ at: first, rating: 4, durationMs: 8000 },
					{ at: second, rating: 3, durationMs: 4200 }
				],
				due: new Date(2026, 11, 11, 4).getTime(),
				memory: { stability: 9.5, difficulty: 4.2 },
				state: 2,
				reps: 2,
				lapses: 0
			}
		]);
	});
});
