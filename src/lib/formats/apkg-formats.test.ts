import { unzipSync } from 'fflate';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnkiNoteTypeFormats } from '$lib/content/anki-ref';
import { ankiPackage } from './anki-collection.test-helpers';
import { readApkg } from './apkg';
import { MODEL_IDS } from './apkg-models';
import { writeApkg } from './apkg-write';

/**
 * An Anki note type's card formats and styling, kept through Flashpoint (anki50): an `.apkg`
 * imported and exported again gives a collection without the note type the cards as Anki showed
 * them. Made up in the shape Anki's legacy `col.models` holds (its `tmpls`' `qfmt`, `afmt`,
 * `bqfmt`, `css`, `latexPre`, `sortf`).
 */

let sqlite: SqlJsStatic;
beforeAll(async () => {
	sqlite = await initSqlJs();
});

const CSS = '.card { font-family: "Noto Serif"; background: #fdf6e3; }\n.hint { color: #586e75; }';
const VOCAB = {
	'1600000000123': {
		name: 'Vocab (with reverse)',
		type: 0,
		mod: 1_650_000_000,
		sortf: 1,
		css: CSS,
		latexPre: '\\documentclass{article}\\begin{document}',
		latexPost: '\\end{document}',
		flds: [{ name: 'Word' }, { name: 'Meaning' }, { name: 'Example' }],
		tmpls: [
			{
				name: 'Recognise',
				qfmt: '<div class=word>{{Word}}</div>',
				afmt: '{{FrontSide}}<hr id=answer>{{Meaning}}<div class=hint>{{Example}}</div>',
				bqfmt: '{{Word}}',
				bafmt: ''
			},
			{
				name: 'Recall',
				qfmt: '{{Meaning}}',
				afmt: '{{FrontSide}}<hr id=answer>{{Word}}',
				bqfmt: '',
				bafmt: ''
			}
		]
	}
};

function vocabDeck(models: Record<string, unknown> = VOCAB): Uint8Array {
	return ankiPackage(sqlite, {
		crt: 1_650_000_000,
		deck: 'Serbian',
		models,
		notes: [
			{ id: 1, guid: 'v1', mid: 1600000000123, fields: ['kuća', 'house', 'Moja kuća'] },
			{ id: 2, guid: 'v2', mid: 1600000000123, fields: ['grad', 'town', 'Veliki grad'] }
		],
		cards: [1, 2].flatMap((nid) => [
			{ id: nid * 10, nid, ord: 0, type: 0, queue: 0, due: nid },
			{ id: nid * 10 + 1, nid, ord: 1, type: 0, queue: 0, due: nid }
		])
	});
}

/** The note types of an exported package, as its `col.models` holds them. */
function exportedModels(bytes: Uint8Array): Record<string, Record<string, unknown>> {
	const db = new sqlite.Database(unzipSync(bytes)['collection.anki2']);
	try {
		const result = db.exec('SELECT models FROM col');
		return JSON.parse(String(result[0].values[0][0]));
	} finally {
		db.close();
	}
}

describe('an Anki note type’s templates and styling, kept for export', () => {
	it('are read from the package: every template’s formats, the CSS, LaTeX and sort field', () => {
		const read = readApkg(vocabDeck(), sqlite);
		expect(read.problems).toEqual([]);
		expect(read.noteTypes).toEqual([
			{
				id: 1600000000123,
				css: CSS,
				latexPre: '\\documentclass{article}\\begin{document}',
				latexPost: '\\end{document}',
				sortField: 1,
				templates: [
					{
						name: 'Recognise',
						front: '<div class=word>{{Word}}</div>',
						back: '{{FrontSide}}<hr id=answer>{{Meaning}}<div class=hint>{{Example}}</div>',
						browserFront: '{{Word}}'
					},
					{ name: 'Recall', front: '{{Meaning}}', back: '{{FrontSide}}<hr id=answer>{{Word}}' }
				]
			}
		]);
	});

	it('go back to Anki as they came: import → export gives the same templates and CSS', async () => {
		const read = readApkg(vocabDeck(), sqlite);
		const formats = new Map(read.noteTypes!.map((f) => [f.id, f]));
		const bytes = await writeApkg(
			read.questions,
			'Serbian',
			sqlite,
			Date.UTC(2026, 11, 5),
			undefined,
			formats
		);
		const model = exportedModels(bytes)['1600000000123'];
		const original = VOCAB['1600000000123'];
		expect(model).toMatchObject({
			name: original.name,
			mod: original.mod,
			css: CSS,
			latexPre: original.latexPre,
			latexPost: original.latexPost,
			sortf: 1
		});
		expect(
			(model.tmpls as Record<string, unknown>[]).map((t) => [
				t.name,
				t.ord,
				t.qfmt,
				t.afmt,
				t.bqfmt
			])
		).toEqual(original.tmpls.map((t, ord) => [t.name, ord, t.qfmt, t.afmt, t.bqfmt]));
		expect((model.flds as { name: string }[]).map((f) => f.name)).toEqual([
			'Word',
			'Meaning',
			'Example'
		]);
		// And read back, the same formats again.
		expect(readApkg(bytes, sqlite).noteTypes).toEqual(read.noteTypes);
	});

	it('without kept formats (a course imported before), formats are made from the names, as before', async () => {
		const read = readApkg(vocabDeck(), sqlite);
		const bytes = await writeApkg(read.questions, 'Serbian', sqlite, Date.UTC(2026, 11, 5));
		const model = exportedModels(bytes)['1600000000123'];
		expect((model.tmpls as { qfmt: string }[]).map((t) => t.qfmt)).toEqual([
			'{{Word}}',
			'{{Meaning}}'
		]);
		expect(model.css).not.toBe(CSS);
	});

	it('formats whose templates no longer match the note type’s are not written over it', async () => {
		const read = readApkg(vocabDeck(), sqlite);
		const stale: AnkiNoteTypeFormats = {
			...read.noteTypes![0],
			templates: [read.noteTypes![0].templates[0]]
		};
		const bytes = await writeApkg(
			read.questions,
			'Serbian',
			sqlite,
			Date.UTC(2026, 11, 5),
			undefined,
			new Map([[stale.id, stale]])
		);
		const model = exportedModels(bytes)['1600000000123'];
		expect((model.tmpls as { name: string }[]).map((t) => t.name)).toEqual(['Recognise', 'Recall']);
		expect(model.css).not.toBe(CSS);
	});

	it('a stylesheet past the bound is not kept; the questions come in all the same', () => {
		const huge = structuredClone(VOCAB);
		huge['1600000000123'].css = 'x'.repeat(200_001);
		const read = readApkg(vocabDeck(huge), sqlite);
		expect(read.questions).toHaveLength(4);
		expect(read.noteTypes).toBeUndefined();
	});

	it('a note type with the id of Flashpoint’s own keeps it; Flashpoint’s moves (anki52)', async () => {
		// A student's script gave her "Basic (bio)" id 1700000000001, Flashpoint Basic's: it went
		// back as Flashpoint Basic, five fields, Arial, and her `<i>` as plain text.
		const own = VOCAB['1600000000123'];
		const bio = {
			[String(MODEL_IDS.basic)]: { ...own, name: 'Basic (bio)', tmpls: [own.tmpls[0]] }
		};
		const bytes = ankiPackage(sqlite, {
			crt: 1_650_000_000,
			deck: 'Biology::Cells',
			models: bio,
			notes: [
				{
					id: 1,
					guid: 'b1',
					mid: MODEL_IDS.basic,
					fields: ['Plastid', 'Chloroplast <i>(plants)</i>', '']
				}
			],
			cards: [{ id: 10, nid: 1, ord: 0, type: 0, queue: 0, due: 1 }]
		});
		const read = readApkg(bytes, sqlite);
		const formats = new Map(read.noteTypes!.map((f) => [f.id, f]));
		const made = { type: 'flashcard' as const, prompt: 'Made here', answer: 'A', topics: [] };
		const out = await writeApkg(
			[...read.questions, made],
			'Cells',
			sqlite,
			Date.UTC(2026, 11, 5),
			undefined,
			formats
		);
		const models = exportedModels(out);
		expect(models[MODEL_IDS.basic]).toMatchObject({ name: 'Basic (bio)', css: CSS });
		expect(models[MODEL_IDS.basic + 1000]).toMatchObject({ name: 'Flashpoint Basic' });
		const db = new sqlite.Database(unzipSync(out)['collection.anki2']);
		try {
			const notes = db.exec('SELECT mid, flds FROM notes ORDER BY id')[0].values;
			expect(notes).toEqual([
				[MODEL_IDS.basic, 'Plastid\x1fChloroplast <i>(plants)</i>\x1f'],
				[MODEL_IDS.basic + 1000, 'Made here\x1fA\x1f\x1f\x1f']
			]);
		} finally {
			db.close();
		}
		// Read back: her note type again, with the same formats.
		expect(readApkg(out, sqlite).noteTypes).toEqual(read.noteTypes);
	});
});
