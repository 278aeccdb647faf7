import * as v from 'valibot';

/**
 * A question's Anki note: what Anki needs to update the note it has when the question goes back
 * to it (https://docs.ankiweb.net/importing/packaged-decks.html#updating). Anki matches an
 * imported note by its GUID and updates it only when the note type is the one it has: the same
 * id, and the same field and template names (Anki's `schema_hash`, rslib
 * `import_export/package/apkg/import/notes.rs`); otherwise it adds a copy of the note type and
 * the note "conflicts" (not updated). Read from Anki (`$lib/formats/apkg.ts`), stored on the
 * question (schema v14), written back by `$lib/formats/apkg-write.ts`. A question made here
 * has only its `guid`, given once when it is first stored (`withAnkiGuid`).
 */

const id = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER));
const name = v.pipe(v.string(), v.maxLength(500));

/** An Anki note type as far as its identity goes (the formats of its cards are not kept). */
export const AnkiNoteTypeRefSchema = v.object({
	/** Anki's note type id (`notes.mid`). */
	id,
	name,
	/** A cloze note type (one card per deletion number). */
	cloze: v.boolean(),
	/** Its field names, in order. */
	fields: v.pipe(v.array(name), v.maxLength(100)),
	/** Its card templates' names, in order. */
	templates: v.pipe(v.array(name), v.maxLength(100)),
	/**
	 * When Anki last changed it (seconds): written back unchanged, so Anki, which replaces a note
	 * type only by a newer one, keeps its own templates and styling.
	 */
	mtime: v.pipe(v.number(), v.integer(), v.minValue(0))
});
export type AnkiNoteTypeRef = v.InferOutput<typeof AnkiNoteTypeRefSchema>;

export const AnkiNoteRefSchema = v.object({
	/** The note's GUID (`notes.guid`). */
	guid: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	/** The note type it had in Anki; absent for a note of Flashpoint's own note types. */
	noteType: v.optional(AnkiNoteTypeRefSchema),
	/** The deck its card was in: Anki's id and whole name (`Parent::Child`). */
	deck: v.optional(v.object({ id, name })),
	/**
	 * The note's fields as Anki had them (HTML, media references kept), in the note type's order:
	 * an export writes back those Flashpoint does not read, and those it reads unchanged, as they
	 * were, so updating the note in Anki loses none of them.
	 */
	fields: v.optional(v.pipe(v.array(v.string()), v.maxLength(100))),
	/**
	 * The note's tags as Anki had them (`notes.tags`, space-separated): an export whose question
	 * still has the topics they gave writes them back as they were, and never adds the topic the
	 * deck gave as a tag (`$lib/formats/anki-tags.ts`, anki52). Absent for a note read before.
	 */
	tags: v.optional(v.pipe(v.string(), v.maxLength(20_000)))
});
export type AnkiNoteRef = v.InferOutput<typeof AnkiNoteRefSchema>;

/** The note GUID of an Anki card id as a question stores it (`<guid>`, `<guid>#r`, `<guid>#c2`). */
export function noteGuid(cardId: string): string {
	return cardId.replace(/#(r|c\d+)$/, '') || cardId;
}

/**
 * `row` with its Anki note GUID, given once: a row that has one keeps it. An Anki card's id
 * (`externalId` of a question imported from Anki, without a file name: other files' ids are
 * stored as `<file>::<id>`) gives its note's GUID, as the Anki exports used before v14; any other
 * question's GUID is its id, which every Anki export wrote before, so notes already in Anki are
 * still updated. Used by the v14 upgrade and on every question write (`anki-guid.ts`).
 */
export function withAnkiGuid<T extends { id: string; externalId?: string; anki?: AnkiNoteRef }>(
	row: T
): T {
	if (row.anki?.guid) return row;
	const fromAnki = row.externalId && !row.externalId.includes('::') ? row.externalId : undefined;
	return { ...row, anki: { ...row.anki, guid: fromAnki ? noteGuid(fromAnki) : row.id } };
}

const format = v.pipe(v.string(), v.maxLength(200_000));

/**
 * An Anki note type's card formats and styling (anki50): its templates' question and answer
 * formats (and the browser's, where set), its CSS, LaTeX header and footer and sort field, read
 * from a package (`col.models` in schema 11; `notetypes.config` and `templates.config` in schema
 * 18) so an export gives a collection without the note type the cards as Anki showed them. Kept
 * as data for the export only: Flashpoint never renders a template or its CSS (never as raw HTML;
 * fields are shown as text). One row per course and note type (`ankiNoteTypes`, schema v15).
 */
export const AnkiNoteTypeFormatsSchema = v.object({
	/** Anki's note type id (`notes.mid`), as `AnkiNoteTypeRef.id`. */
	id,
	/** Its templates, in order: name, question format, answer format, the browser's formats. */
	templates: v.pipe(
		v.array(
			v.object({
				name,
				front: format,
				back: format,
				browserFront: v.optional(format),
				browserBack: v.optional(format)
			})
		),
		v.maxLength(100)
	),
	css: format,
	latexPre: v.optional(format),
	latexPost: v.optional(format),
	/** The field the browser sorts by (`sortf`, schema 18 `sort_field_idx`). */
	sortField: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(99)))
});
export type AnkiNoteTypeFormats = v.InferOutput<typeof AnkiNoteTypeFormatsSchema>;
