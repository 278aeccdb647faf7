import type { AnkiNoteTypeFormats, AnkiNoteTypeRef } from '$lib/content/anki-ref';
import { ankiExplanation, ankiNote, flashpointField, toAnkiField } from './anki-note';
import { ankiFieldText, fieldRoles } from './anki-fields';
import type { AnkiNoteOut } from './anki-notes';

/**
 * The note types of an exported `.apkg` (`apkg-write.ts`), as schema-11 JSON, and each note's
 * fields: Flashpoint's own four (Basic, reversed, typed, Cloze, each with Explanation, Source and
 * Flashpoint fields), and the note types of notes imported from Anki, written back under their
 * own id, name, field and template names and date (anki47). Anki updates a note only when its
 * note type has the id and the field and template names Anki has (`AnkiNoteRef`); dated as Anki
 * dated it, the note type does not replace Anki's own. Its card formats and styling are written
 * as the package had them where they were kept (`AnkiNoteTypeFormats`, anki50), so a collection
 * without the note type shows the cards as Anki did; else made from the names.
 */

/** Note type ids: fixed, so a second export updates the same note types in Anki. */
export const MODEL_IDS = {
	basic: 1_700_000_000_001,
	typed: 1_700_000_000_002,
	cloze: 1_700_000_000_003,
	reversed: 1_700_000_000_004
};

/** Flashpoint's own note type ids in one package (`MODEL_IDS`, or moved: `ownModelIds`). */
export type OwnModelIds = typeof MODEL_IDS;

/**
 * Flashpoint's own note type ids for a package that also holds the imported note types `taken`
 * (their ids): `MODEL_IDS`, but an id an imported note type has goes to that note type, and
 * Flashpoint's moves up by 1,000 until free. The imported one is the note type the person's
 * Anki has under that id, and only under it does Anki update her notes. A student's own
 * "Basic (bio)", made by a script with id 1700000000001, went back as "Flashpoint Basic" with
 * Flashpoint's fields and CSS, her `<i>` markup lost (anki52).
 */
export function ownModelIds(taken: ReadonlySet<number>): OwnModelIds {
	const used = new Set(taken);
	const free = (id: number) => {
		while (used.has(id)) id += 1000;
		used.add(id);
		return id;
	};
	return {
		basic: free(MODEL_IDS.basic),
		typed: free(MODEL_IDS.typed),
		cloze: free(MODEL_IDS.cloze),
		reversed: free(MODEL_IDS.reversed)
	};
}
const CSS =
	'.card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }';

function field(name: string, ord: number) {
	return { name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] };
}

function template(name: string, qfmt: string, afmt: string, ord = 0, bqfmt = '', bafmt = '') {
	return { name, ord, qfmt, afmt, bqfmt, bafmt, did: null };
}

/** What every note type's schema-11 JSON holds besides its fields and templates. */
function commonOf(id: number, name: string, type: 0 | 1, mod: number, deckId: number) {
	return {
		id,
		name,
		type,
		mod,
		usn: -1,
		sortf: 0,
		did: deckId,
		css: CSS,
		latexPre: '\\documentclass[12pt]{article}\n\\begin{document}\n',
		latexPost: '\\end{document}',
		tags: [],
		vers: [],
		req: [[0, 'any', [0]]]
	};
}

/**
 * Flashpoint's four note types as schema-11 JSON (`col.models`), keyed by id (`ids`, from
 * `ownModelIds`), and `imported` (note types of notes imported from Anki, `importedModel`, with
 * their kept `formats` by note type id), dated `mod` (s).
 */
export function models(
	deckId: number,
	mod: number,
	imported: readonly AnkiNoteTypeRef[] = [],
	formats: ReadonlyMap<number, AnkiNoteTypeFormats> = new Map(),
	ids: OwnModelIds = MODEL_IDS
) {
	const common = (id: number, name: string, type: 0 | 1) => commonOf(id, name, type, mod, deckId);
	const extra = '{{#Explanation}}<br><br>{{Explanation}}{{/Explanation}}';
	return {
		[ids.basic]: {
			...common(ids.basic, 'Flashpoint Basic', 0),
			flds: ['Front', 'Back', 'Explanation', 'Source', 'Flashpoint'].map(field),
			tmpls: [template('Card 1', '{{Front}}', `{{FrontSide}}<hr id=answer>{{Back}}${extra}`)]
		},
		[ids.reversed]: {
			...common(ids.reversed, 'Flashpoint Basic (and reversed card)', 0),
			flds: ['Front', 'Back', 'Explanation', 'Source', 'Flashpoint'].map(field),
			tmpls: [
				template('Card 1', '{{Front}}', `{{FrontSide}}<hr id=answer>{{Back}}${extra}`),
				template('Card 2', '{{Back}}', `{{FrontSide}}<hr id=answer>{{Front}}${extra}`, 1)
			],
			req: [
				[0, 'any', [0]],
				[1, 'any', [1]]
			]
		},
		[ids.typed]: {
			...common(ids.typed, 'Flashpoint Basic (type in the answer)', 0),
			flds: ['Front', 'Back', 'Explanation', 'Source', 'Flashpoint'].map(field),
			tmpls: [
				template(
					'Card 1',
					'{{Front}}\n\n{{type:Back}}',
					`{{Front}}<hr id=answer>{{type:Back}}${extra}`
				)
			]
		},
		[ids.cloze]: {
			...common(ids.cloze, 'Flashpoint Cloze', 1),
			flds: ['Text', 'Back Extra', 'Source', 'Flashpoint'].map(field),
			tmpls: [template('Cloze', '{{cloze:Text}}', '{{cloze:Text}}<br>{{Back Extra}}')]
		},
		...Object.fromEntries(
			imported.map((type) => [type.id, importedModel(type, deckId, formats.get(type.id))])
		)
	};
}

/** A field of `type` holding a deletion, read from the note's own fields (else the first). */
function clozeField(fields: readonly string[]): number {
	return Math.max(
		0,
		fields.findIndex((f) => /\{\{c\d+::/.test(f))
	);
}

/**
 * The kept formats of an imported note type, when they fit it: one template per template name,
 * named alike (a note type changed in Anki since would get another's formats otherwise).
 */
function fittingFormats(
	type: AnkiNoteTypeRef,
	formats: AnkiNoteTypeFormats | undefined
): AnkiNoteTypeFormats | undefined {
	const names = formats?.templates.map((t) => t.name);
	return names && JSON.stringify(names) === JSON.stringify(type.templates) ? formats : undefined;
}

/**
 * An imported note type as schema-11 JSON: its card formats, CSS and LaTeX as the package had
 * them (`formats`, anki50), else made from its names: a cloze type deletes from its first field,
 * template n of another shows field n and answers with the next. Anki keeps its own formats for
 * a note type it has (same schema, not newer); these are what a collection without it gets.
 */
function importedModel(
	type: AnkiNoteTypeRef,
	deckId: number,
	kept: AnkiNoteTypeFormats | undefined
) {
	const names = type.fields.length ? type.fields : ['Front'];
	const at = (i: number) => `{{${names[i % names.length]}}}`;
	const formats = fittingFormats(type, kept);
	const tmpls = formats
		? formats.templates.map((t, i) =>
				template(t.name, t.front, t.back, i, t.browserFront, t.browserBack)
			)
		: type.cloze
			? [template(type.templates[0] ?? 'Cloze', `{{cloze:${names[0]}}}`, `{{cloze:${names[0]}}}`)]
			: type.templates.map((name, i) =>
					template(name, at(i), `{{FrontSide}}<hr id=answer>${at(i + 1)}`, i)
				);
	const common = commonOf(type.id, type.name, type.cloze ? 1 : 0, type.mtime, deckId);
	return {
		...common,
		...(formats && {
			css: formats.css,
			latexPre: formats.latexPre ?? common.latexPre,
			latexPost: formats.latexPost ?? common.latexPost,
			sortf: Math.min(formats.sortField ?? 0, names.length - 1)
		}),
		flds: names.map(field),
		tmpls,
		req: type.templates.map((_, i) => [i, 'any', [i % names.length]])
	};
}

/**
 * The note type `note` goes back to Anki as: the one it was imported with, when the note is that
 * note (same GUID) and its question fits it (a cloze type holds a cloze; another type any other
 * question, written as `ankiNote` writes it); else Flashpoint's own.
 */
export function importedType(note: AnkiNoteOut): AnkiNoteTypeRef | undefined {
	const ref = note.question.anki;
	const type = ref?.noteType;
	if (!type || ref.guid !== note.guid) return undefined;
	return type.cloze === (note.question.type === 'cloze') ? type : undefined;
}

/**
 * `note`'s fields for its imported note type `type`: the fields as Anki had them (`anki.fields`)
 * where the question still reads as they do, so their HTML, images and sound go back unchanged,
 * and every field Flashpoint does not read as it was; a text edited here is written as text.
 */
export function importedFields(note: AnkiNoteOut, type: AnkiNoteTypeRef): string[] {
	const q = note.question;
	const raw = type.fields.map((_, i) => q.anki?.fields?.[i] ?? '');
	const put = (at: number, text: string) => {
		if (at >= 0 && at < raw.length && ankiFieldText(raw[at]) !== text) raw[at] = toAnkiField(text);
	};
	const [front, back] = ankiNote(q);
	if (type.cloze) put(clozeField(raw), note.cloze?.text ?? front);
	else {
		put(0, front);
		put(1, back);
	}
	// Where the reader took them from (`fieldRoles`), so a field it did not read is never written.
	const roles = fieldRoles({ fields: type.fields, templates: [] });
	put(roles.explanation, q.explanation ?? '');
	put(roles.source, q.quote ?? '');
	return raw;
}

/**
 * A note of Flashpoint's own note types: its type id (of `ids`) and fields (HTML), in the order
 * the note type lists them.
 */
export function ownNoteOf(
	note: AnkiNoteOut,
	ids: OwnModelIds = MODEL_IDS
): { mid: number; fields: string[] } {
	const q = note.question;
	const [front, back, kind] = ankiNote(q);
	const source = q.quote ?? '';
	const explanation = ankiExplanation(q);
	// What a Basic note cannot hold (choices, true/false, alternatives), read back by `readApkg`;
	// of a single card only (a note of several deletions is read as Anki makes its cards).
	const flashpoint = (note.cloze?.cards.length ?? 1) > 1 ? '' : flashpointField(q);
	const fields =
		kind === 'Cloze'
			? [note.cloze?.text ?? front, explanation, source, flashpoint]
			: [front, back, explanation, source, flashpoint];
	const mid =
		kind === 'Cloze'
			? ids.cloze
			: note.reverse
				? ids.reversed
				: kind === 'Basic'
					? ids.basic
					: ids.typed;
	return { mid, fields: fields.map(toAnkiField) };
}
