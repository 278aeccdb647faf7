import fc from 'fast-check';
import { unzipSync } from 'fflate';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { planImport } from '$lib/courses/import-plan';
import { ankiPackage, type FixtureCard, type FixtureNote } from './anki-collection.test-helpers';
import { readApkg } from './apkg';
import { writeApkg } from './apkg-write';
import { toPortable } from './export';

/**
 * Import → course → export keeps what Anki needs to update the notes it has (anki47): for any deck
 * fast-check makes (note types of its own ids, names, fields and templates, normal or cloze;
 * nested decks of their own ids; fields with HTML and images), every note goes back with its GUID,
 * its note type (same id, name, field and template names, and date, so Anki keeps its own), its
 * fields exactly as Anki had them, and each card in the deck (id and name) it was in. The seed is
 * the repository's (`scripts/fast-check-setup.ts`).
 */

let sqlite: SqlJsStatic;
beforeAll(async () => {
	sqlite = await initSqlJs();
});

const WORDS = ['Pristina', 'KFOR', 'casa', 'l’été', 'x < 3', 'A & B', '1999', 'Zoë'];
const MARKUP = ['', '<b>', '</b>', '<br>', ' ', '&amp;', '<img src="map.png">', '<i>x</i>'];

/** A field a reader takes as text: words, with markup and an image around them. */
const fieldText = fc
	.array(fc.tuple(fc.constantFrom(...MARKUP), fc.constantFrom(...WORDS)), {
		minLength: 1,
		maxLength: 3
	})
	.map((parts) => parts.map(([m, w]) => m + w).join(' '));

/** A cloze text: 1–3 deletions of distinct numbers, some with a hint, between words. */
const clozeField = fc
	.uniqueArray(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 })
	.chain((numbers) =>
		fc.tuple(
			fc.constant(numbers),
			fc.array(fc.constantFrom(...WORDS), {
				minLength: numbers.length,
				maxLength: numbers.length
			}),
			fc.array(fc.option(fc.constantFrom('city', 'year'), { nil: undefined }), {
				minLength: numbers.length,
				maxLength: numbers.length
			})
		)
	)
	.map(([numbers, answers, hints]) =>
		numbers
			.map((n, i) => `In ${WORDS[i]} {{c${n}::${answers[i]}${hints[i] ? `::${hints[i]}` : ''}}}`)
			.join(', ')
	);

const FIELD_NAMES = ['Front', 'Back', 'Extra', 'Reading', 'Example', 'Notes', 'Picture'];

/** A note type of the deck's own: normal (1–2 templates) or cloze, 2–5 fields. */
const noteType = fc.record({
	id: fc.integer({ min: 1_000_000, max: 2 ** 50 }),
	name: fc.constantFrom('Vocab', 'Basic-1a2b3', 'Lückentext', 'My cloze', 'Japanese (recognition)'),
	cloze: fc.boolean(),
	fields: fc.shuffledSubarray(FIELD_NAMES, { minLength: 2, maxLength: 5 }),
	templates: fc.constantFrom(['Card 1'], ['Recognition', 'Production']),
	mod: fc.integer({ min: 1_500_000_000, max: 1_760_000_000 })
});

const deck = fc.record({
	id: fc.integer({ min: 2, max: 2 ** 50 }),
	name: fc.constantFrom('Spanish', 'Spanish::Verbs', 'History::Balkans::Kosovo', 'Default deck')
});

const collection = fc
	.record({
		types: fc.uniqueArray(noteType, { minLength: 1, maxLength: 3, selector: (t) => t.id }),
		decks: fc.uniqueArray(deck, {
			minLength: 1,
			maxLength: 3,
			selector: (d) => d.name,
			comparator: 'SameValueZero'
		}),
		notes: fc.uniqueArray(
			fc.record({
				guid: fc.stringMatching(/^[A-Za-z0-9!#$%&()*+,\-./:;<=>?@[\]^_`{|}~]{6,10}$/),
				type: fc.nat(),
				deck: fc.nat(),
				fields: fc.array(fieldText, { minLength: 5, maxLength: 5 }),
				cloze: clozeField
			}),
			{ minLength: 1, maxLength: 8, selector: (n) => n.guid }
		)
	})
	.filter(({ decks }) => new Set(decks.map((d) => d.id)).size === decks.length);

type Collection = typeof collection extends fc.Arbitrary<infer T> ? T : never;

/** The made-up collection as an `.apkg`, and each note's note type, deck and cards. */
function packageOf(c: Collection) {
	const models = Object.fromEntries(
		c.types.map((t) => [
			String(t.id),
			{
				name: t.name,
				type: t.cloze ? 1 : 0,
				mod: t.mod,
				flds: t.fields.map((name) => ({ name })),
				tmpls: t.cloze
					? [{ name: 'Cloze', qfmt: `{{cloze:${t.fields[0]}}}` }]
					: t.templates.map((name, i) => ({ name, qfmt: `{{${t.fields[i % t.fields.length]}}}` }))
			}
		])
	);
	const decks = Object.fromEntries(c.decks.map((d) => [String(d.id), { name: d.name }]));
	const notes: FixtureNote[] = [];
	const cards: FixtureCard[] = [];
	const expected = c.notes.map((n, i) => {
		const type = c.types[n.type % c.types.length];
		const inDeck = c.decks[n.deck % c.decks.length];
		// Each note its own text: the import leaves out a question the file repeats.
		const fields = type.fields.map((_, f) =>
			type.cloze && f === 0 ? `${n.cloze} (${i})` : `${n.fields[f]} ${i}`
		);
		notes.push({ id: i + 1, guid: n.guid, mid: type.id, fields });
		const ords = type.cloze
			? [...n.cloze.matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1]) - 1)
			: type.templates.map((_, ord) => ord);
		for (const ord of ords)
			cards.push({
				id: 100 * (i + 1) + ord,
				nid: i + 1,
				ord,
				did: inDeck.id,
				type: 0,
				queue: 0,
				due: i
			});
		return { guid: n.guid, type, deck: inDeck, fields, ords };
	});
	return {
		bytes: ankiPackage(sqlite, { crt: 1_700_000_000, notes, cards, models, decks }),
		expected
	};
}

describe('an Anki deck through a course and back (anki47)', () => {
	it('keeps every note’s GUID, note type, fields and deck, for any deck', async () => {
		await fc.assert(
			fc.asyncProperty(collection, async (c) => {
				const { bytes, expected } = packageOf(c);
				const read = readApkg(bytes, sqlite);
				expect(read.problems).toEqual([]);
				const plan = planImport(read.questions, {
					fileName: 'deck.apkg',
					formatLabel: 'Anki',
					globalIds: true
				});
				const course = plan.questions.map((q, i) => toPortable({ ...q, id: `u-c:q-${i + 1}` }));
				const written = await writeApkg(course, 'Course', sqlite, 1_765_000_000_000);
				const db = new sqlite.Database(unzipSync(written)['collection.anki2']);
				try {
					const [[modelsJson, decksJson]] = db.exec('SELECT models, decks FROM col')[0].values;
					const models = JSON.parse(String(modelsJson)) as Record<
						string,
						{
							name: string;
							type: number;
							mod: number;
							flds: { name: string }[];
							tmpls: { name: string }[];
						}
					>;
					const deckNames = JSON.parse(String(decksJson)) as Record<string, { name: string }>;
					const notes = db.exec('SELECT id, guid, mid, flds FROM notes')[0].values;
					expect(notes).toHaveLength(expected.length);
					for (const note of expected) {
						const row = notes.find((n) => n[1] === note.guid);
						expect(row, note.guid).toBeDefined();
						expect(row![2]).toBe(note.type.id);
						expect(String(row![3]).split('\x1f')).toEqual(note.fields);
						const model = models[String(note.type.id)];
						expect({
							name: model.name,
							cloze: model.type === 1,
							fields: model.flds.map((f) => f.name),
							mod: model.mod
						}).toEqual({
							name: note.type.name,
							cloze: note.type.cloze,
							fields: note.type.fields,
							mod: note.type.mod
						});
						if (!note.type.cloze)
							expect(model.tmpls.map((t) => t.name)).toEqual(note.type.templates);
						const cards = db.exec(
							`SELECT ord, did FROM cards WHERE nid = ${row![0]} ORDER BY ord`
						)[0].values;
						expect(cards.map((card) => card[0])).toEqual([...note.ords].sort((a, b) => a - b));
						for (const [, did] of cards) {
							expect(did).toBe(note.deck.id);
							expect(deckNames[String(did)].name).toBe(note.deck.name);
						}
					}
				} finally {
					db.close();
				}
			}),
			{ numRuns: 40 }
		);
	});

	it('keeps both cards of a note whose fields read the same (seed 2081976686, anki53)', async () => {
		// The shrunk counterexample: a vocabulary note "Pristina" / "Pristina" of a note type with
		// two templates. Its second card asks what its first asks; the import dropped it as a
		// duplicate and the note went back to Anki with one card.
		const models = {
			'1000000': {
				name: 'Vocab',
				type: 0,
				mod: 1_500_000_000,
				flds: [{ name: 'Reading' }, { name: 'Front' }],
				tmpls: [
					{ name: 'Recognition', qfmt: '{{Reading}}' },
					{ name: 'Production', qfmt: '{{Front}}' }
				]
			}
		};
		const card = (id: number, nid: number, ord: number) => ({
			id,
			nid,
			ord,
			did: 2,
			type: 0,
			queue: 0,
			due: nid
		});
		const bytes = ankiPackage(sqlite, {
			crt: 1_700_000_000,
			models,
			decks: { '2': { name: 'Spanish' } },
			// A second note asking the same is still a duplicate of the first: both its cards are.
			notes: [
				{ id: 1, guid: '#/;]{[', mid: 1_000_000, fields: ['Pristina', 'Pristina'] },
				{ id: 2, guid: 'again', mid: 1_000_000, fields: ['Pristina', 'Pristina'] }
			],
			cards: [card(100, 1, 0), card(101, 1, 1), card(200, 2, 0), card(201, 2, 1)]
		});
		const read = readApkg(bytes, sqlite);
		expect(read.questions.map((q) => q.externalId)).toEqual([
			'#/;]{[',
			'#/;]{[#r',
			'again',
			'again#r'
		]);
		const plan = planImport(read.questions, {
			fileName: 'deck.apkg',
			formatLabel: 'Anki',
			globalIds: true
		});
		expect(plan.questions.map((q) => [q.externalId, q.prompt, q.answer, q.fact])).toEqual([
			['#/;]{[', 'Pristina', 'Pristina', 'note-#/;]{['],
			['#/;]{[#r', 'Pristina', 'Pristina', 'note-#/;]{[']
		]);
		expect(plan.duplicates).toEqual([{ prompt: 'Pristina' }, { prompt: 'Pristina' }]);
		const course = plan.questions.map((q, i) => toPortable({ ...q, id: `u-c:q-${i + 1}` }));
		const written = await writeApkg(course, 'Course', sqlite, 1_765_000_000_000);
		const db = new sqlite.Database(unzipSync(written)['collection.anki2']);
		try {
			const notes = db.exec('SELECT id, guid, mid, flds FROM notes')[0].values;
			expect(notes.map((n) => [n[1], n[2], String(n[3]).split('\x1f')])).toEqual([
				['#/;]{[', 1_000_000, ['Pristina', 'Pristina']]
			]);
			const cards = db.exec(`SELECT ord, did FROM cards WHERE nid = ${notes[0][0]} ORDER BY ord`);
			expect(cards[0].values).toEqual([
				[0, 2],
				[1, 2]
			]);
		} finally {
			db.close();
		}
	});
});
