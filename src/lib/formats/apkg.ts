import { unzipSync } from 'fflate';
import { decompress as zstdDecompress } from 'fzstd';
import type { Database, SqlJsStatic } from 'sql.js';
import { tagTopics } from './anki-tags';
import { readSchema18Models, relaxAnkiCollation, type AnkiNoteType } from './anki-schema18';
import {
	hasTable,
	NO_ANSWERS,
	NO_HISTORY,
	queueNotes,
	readAnkiHistory,
	rows
} from './apkg-history';
import { ankiFieldText, hasMedia } from './anki-fields';
import { noteQuestions, noteTypeFormats } from './apkg-notes';
import { checkPortable, type ImportResult } from './portable';
import { DECK_LEVELS, fileTitle } from './deck-names';
import { appendAll } from '$lib/text/largest';
import { plural } from '$lib/text/plural';

/**
 * Anki packages (`.apkg` decks, `.colpkg` collections): a zip holding a SQLite collection —
 * `collection.anki21b` (zstd, schema 18, Anki 2.1.50+), else `collection.anki21`, else
 * `collection.anki2` — plus numbered media files. Notes become questions as in `anki-text.ts`
 * (Basic, reversed, type-in, Cloze); media are left out and counted. The SQLite engine (sql.js,
 * about 1 MB of wasm) is passed in, so this module runs in Node tests and a browser worker alike.
 */

/** The largest collection read, uncompressed (bytes): past it the file is refused, not read. */
export const MAX_COLLECTION_BYTES = 256 * 1024 * 1024;

/** Notes read between two progress reports. */
const PROGRESS_EVERY = 1000;

/** Why a package cannot be read, worded for a person. */
export class ApkgError extends Error {
	// Named, so a caller that loads this module lazily can tell it apart without importing it.
	override name = 'ApkgError';
}

type NoteType = AnkiNoteType;

/** Unzips only the collection; media files are counted by name, never extracted. */
function openPackage(bytes: Uint8Array): { collection: Uint8Array; zstd: boolean; media: number } {
	if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
		throw new ApkgError('This is not an Anki package: .apkg and .colpkg files are zip archives.');
	let media = 0;
	let tooBig = false;
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, {
			filter: (file) => {
				if (/^collection\.anki(2|21|21b)$/.test(file.name)) {
					if (file.originalSize > MAX_COLLECTION_BYTES) tooBig = true;
					return !tooBig;
				}
				if (/^\d+$/.test(file.name)) media++;
				return false;
			}
		});
	} catch {
		throw new ApkgError('The package is damaged: its zip archive cannot be opened.');
	}
	if (tooBig)
		throw new ApkgError(
			`The collection in this package is over ${MAX_COLLECTION_BYTES / 1024 / 1024} MB; export a smaller deck from Anki.`
		);
	const newest = files['collection.anki21b'];
	if (newest) return { collection: newest, zstd: true, media };
	const collection = files['collection.anki21'] ?? files['collection.anki2'];
	if (!collection) throw new ApkgError('The package holds no Anki collection.');
	return { collection, zstd: false, media };
}

/** Note types and deck names from a schema-18 collection (tables) or an older one (JSON in `col`). */
function readModels(db: Database): {
	noteTypes: Map<string, NoteType>;
	decks: Map<string, string>;
} {
	if (hasTable(db, 'notetypes')) return readSchema18Models(db);
	const noteTypes = new Map<string, NoteType>();
	const decks = new Map<string, string>();
	const [col] = rows(db, 'SELECT models, decks FROM col');
	if (!col) throw new ApkgError('The collection has no note types.');
	const models = JSON.parse(String(col.models)) as Record<
		string,
		{
			name: string;
			type: number;
			mod?: number;
			flds: { name: string }[];
			tmpls: { name: string; qfmt: string; afmt?: unknown; bqfmt?: unknown; bafmt?: unknown }[];
			css?: unknown;
			latexPre?: unknown;
			latexPost?: unknown;
			sortf?: unknown;
		}
	>;
	// Formats that are not text are left out here; `AnkiNoteTypeFormatsSchema` checks the rest.
	const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
	for (const [id, model] of Object.entries(models))
		noteTypes.set(id, {
			name: model.name,
			cloze: model.type === 1,
			fields: model.flds.map((f) => f.name),
			templates: model.tmpls.map((t) => ({
				name: t.name,
				front: t.qfmt,
				...(text(t.afmt) !== undefined && { back: text(t.afmt) }),
				...(text(t.bqfmt) && { browserFront: text(t.bqfmt) }),
				...(text(t.bafmt) && { browserBack: text(t.bafmt) })
			})),
			mtime: Number(model.mod ?? 0) || 0,
			...(text(model.css) !== undefined && { css: text(model.css) }),
			...(text(model.latexPre) !== undefined && { latexPre: text(model.latexPre) }),
			...(text(model.latexPost) !== undefined && { latexPost: text(model.latexPost) }),
			...(typeof model.sortf === 'number' && { sortField: model.sortf })
		});
	for (const [id, deck] of Object.entries(
		JSON.parse(String(col.decks)) as Record<string, { name: string }>
	))
		decks.set(id, deck.name);
	return { noteTypes, decks };
}

const FIELD_SEPARATOR = '\x1f';

/** The note for a review log that is there but cannot be read (not for an empty one). */
export const HISTORY_UNREADABLE =
	'The scheduling history in this package could not be read; the questions can still be imported as new.';

/**
 * Adds the collection's scheduling history to `result` (its cards mapped to the questions read:
 * a cloze card `ord` n is deletion n + 1, a second template the reversed card), checked at
 * `now` (ms): refused log entries as problems, suspended and buried cards as notes. A
 * collection whose log cannot be read still imports its questions, with a note saying so.
 */
function readHistory(
	db: Database,
	imported: Map<string, { guid: string; cloze: boolean; ids: Set<string> }>,
	result: ImportResult,
	now: number
): void {
	// Anki leaves the log out of a deck exported without its scheduling: say how to bring it.
	const none = () => {
		if (!result.history && result.questions.length) result.notes.push(NO_HISTORY);
	};
	if (!hasTable(db, 'revlog')) return none();
	try {
		const history = readAnkiHistory(
			db,
			(noteId, ord) => {
				const note = imported.get(noteId);
				if (!note) return undefined;
				const id = note.cloze ? `${note.guid}#c${ord + 1}` : [note.guid, `${note.guid}#r`][ord];
				return id && note.ids.has(id) ? id : undefined;
			},
			now
		);
		if (history.cards.length) result.history = history.cards;
		if (history.held.length) result.held = history.held;
		appendAll(result.problems, history.refused);
		appendAll(result.notes, queueNotes(history));
		if (!history.logged || result.history) return none();
		// A log with entries, none kept: "no review history" would be untrue (issue 12).
		if (history.refused.length) result.historyGap = 'refused';
		else {
			result.historyGap = 'no-answers';
			if (result.questions.length) result.notes.push(NO_ANSWERS);
		}
	} catch {
		result.historyGap = 'unreadable';
		result.notes.push(HISTORY_UNREADABLE);
	}
}

/**
 * Reads an `.apkg` or `.colpkg`, reporting notes read of the total every 1,000. Throws
 * `ApkgError` (a message for a person) when the file as a whole cannot be read; a note it
 * cannot turn into a question is a problem, not an error.
 */
export function readApkg(
	bytes: Uint8Array,
	sqlite: SqlJsStatic,
	onProgress: (done: number, total: number) => void = () => {},
	now: number = Date.now()
): ImportResult {
	const { collection, zstd, media } = openPackage(bytes);
	let data = collection;
	if (zstd) {
		try {
			data = zstdDecompress(collection);
		} catch {
			throw new ApkgError('The package is damaged: its collection cannot be decompressed.');
		}
	}
	let db: Database;
	try {
		db = new sqlite.Database(data);
		rows(db, 'SELECT count(*) FROM notes');
		relaxAnkiCollation(db);
	} catch {
		throw new ApkgError('The package is damaged: its collection is not a readable Anki database.');
	}
	try {
		const { noteTypes, decks } = readModels(db);
		// A note's deck: its first card's, as Anki lists a note under it.
		const noteDeck = new Map<string, { id: number; name: string }>();
		for (const row of rows(db, 'SELECT nid, did FROM cards ORDER BY ord'))
			if (!noteDeck.has(String(row.nid)))
				noteDeck.set(String(row.nid), {
					id: Number(row.did),
					name: decks.get(String(row.did)) ?? ''
				});
		const result: ImportResult = { questions: [], problems: [], notes: [] };
		const notes = rows(db, 'SELECT id, guid, mid, tags, flds FROM notes ORDER BY id');
		if (!notes.length) result.problems.push({ message: 'The deck is empty: it has no notes.' });
		const seen = new Set<string>();
		const imported = new Map<string, { guid: string; cloze: boolean; ids: Set<string> }>();
		for (const [index, row] of notes.entries()) {
			if (index % PROGRESS_EVERY === 0) onProgress(index, notes.length);
			const type = noteTypes.get(String(row.mid));
			const fields = String(row.flds).split(FIELD_SEPARATOR);
			if (/please update to the latest anki version/i.test(fields.join(' '))) {
				throw new ApkgError(
					'This package was made by a newer Anki whose collection is missing here; export it again from Anki with “Support older Anki versions” ticked.'
				);
			}
			if (!type) {
				result.problems.push({
					message: `Note ${row.id} uses a note type the package does not define.`
				});
				continue;
			}
			const guid = String(row.guid);
			if (seen.has(guid)) {
				result.problems.push({
					message: `Note ${row.id} repeats another note (same id ${guid}); kept once.`
				});
				continue;
			}
			seen.add(guid);
			const ankiTags = String(row.tags ?? '');
			const tags = tagTopics(ankiTags);
			const deck = noteDeck.get(String(row.id));
			const made = noteQuestions({ guid, fields, tags, ankiTags }, type, {
				id: String(row.mid),
				...(deck && Number.isSafeInteger(deck.id) && deck.id >= 0 ? { deck } : {})
			});
			// Only questions that pass the check get their card's history.
			const ids = new Set<string>();
			imported.set(String(row.id), { guid, cloze: type.cloze, ids });
			if (!made.length)
				result.problems.push({
					message: fields.some((f) => hasMedia(f) && !ankiFieldText(f))
						? `Note ${row.id} (${type.name}) holds only images or sound, which are not imported.`
						: `Note ${row.id} (${type.name}) has no front and back to ask.`
				});
			for (const q of made) {
				const error = checkPortable(q);
				if (error) result.problems.push({ message: `Note ${row.id}: ${error}` });
				else {
					result.questions.push(q);
					ids.add(q.externalId ?? '');
				}
			}
		}
		onProgress(notes.length, notes.length);
		// The formats and styling of the note types the questions keep (not Flashpoint's own).
		const used = new Set(result.questions.flatMap((q) => q.anki?.noteType?.id ?? []));
		const formats = [...used].flatMap((id) => {
			const type = noteTypes.get(String(id));
			return (type && noteTypeFormats(type, String(id))) || [];
		});
		if (formats.length) result.noteTypes = formats;
		readHistory(db, imported, result, now);
		// The package's own name: the deck its notes share (Anki exports a deck with its subdecks).
		const title = fileTitle(
			[...imported.keys()].map((id) => (noteDeck.get(id)?.name ?? '').split('::')),
			DECK_LEVELS
		);
		if (title) result.title = title;
		if (media)
			result.notes.push(
				`${plural(media, 'media file')} ${media === 1 ? 'was' : 'were'} left out (images and sound are not imported).`
			);
		return result;
	} catch (error) {
		if (error instanceof ApkgError) throw error;
		throw new ApkgError('The package is damaged: its collection could not be read.');
	} finally {
		db.close();
	}
}
