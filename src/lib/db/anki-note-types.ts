/**
 * The card formats and styling of courses' Anki note types (schema v15, `ankiNoteTypes`;
 * anki50): stored when an `.apkg` is imported, read when questions are exported to an `.apkg`,
 * deleted with their course. Data for the export only: never rendered.
 */
import type { AnkiNoteTypeFormats } from '$lib/content/anki-ref';
import type { Question } from '$lib/content/schema';
import { courseIdOf, type AnkiNoteTypeRecord } from './records';
import type { FlashpointDb } from './schema';

/**
 * Keeps `formats` (a package's note types) for course `courseId`, replacing the course's rows
 * of the same note type ids (a package imported again brings its note types as they are now).
 * Call inside a read-write transaction over `ankiNoteTypes` to store them with the questions.
 */
export async function storeNoteTypes(
	db: FlashpointDb,
	courseId: string,
	formats: readonly AnkiNoteTypeFormats[] | undefined
): Promise<void> {
	if (!formats?.length) return;
	await db.ankiNoteTypes.bulkPut(
		formats.map((format): AnkiNoteTypeRecord => ({ ...format, courseId }))
	);
}

/**
 * The kept formats of the note types `questions` were imported with (`anki.noteType`), by note
 * type id, each read from its question's course; the first course's where two courses keep one
 * id (the export writes one definition per id). Empty when none was kept.
 */
export async function readCourseNoteTypes(
	db: FlashpointDb,
	questions: readonly Pick<Question, 'id' | 'anki'>[]
): Promise<Map<number, AnkiNoteTypeFormats>> {
	const keys = new Map<string, [string, number]>();
	for (const q of questions) {
		const id = q.anki?.noteType?.id;
		if (id === undefined) continue;
		const key: [string, number] = [courseIdOf(q.id), id];
		keys.set(key.join('\u0000'), key);
	}
	const rows = await db.ankiNoteTypes.bulkGet([...keys.values()]);
	const found = new Map<number, AnkiNoteTypeFormats>();
	for (const row of rows) {
		if (!row || found.has(row.id)) continue;
		const { courseId: _course, ...formats } = row;
		found.set(row.id, formats);
	}
	return found;
}

/**
 * How many of `formats` course `courseId` does not keep as they are (none kept, or kept
 * otherwise): what importing the package into the course would add, for the preview (anki50: a
 * deck imported before v15, imported again unchanged, brings its templates).
 */
export async function newNoteTypes(
	db: FlashpointDb,
	courseId: string,
	formats: readonly AnkiNoteTypeFormats[] | undefined
): Promise<number> {
	if (!formats?.length) return 0;
	const kept = await db.ankiNoteTypes.bulkGet(
		formats.map((f): [string, number] => [courseId, f.id])
	);
	return formats.filter((format, i) => {
		const row = kept[i];
		if (!row) return true;
		const { courseId: _course, ...stored } = row;
		return JSON.stringify(stored) !== JSON.stringify(format);
	}).length;
}

/** Deletes course `courseId`'s note types; call in the transaction that deletes the course. */
export function deleteNoteTypes(db: FlashpointDb, courseId: string): PromiseLike<number> {
	return db.ankiNoteTypes.where('courseId').equals(courseId).delete();
}
