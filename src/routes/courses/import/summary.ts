import type { ImportPlan } from '$lib/courses/import';

/**
 * The notes an import preview shows under its counts: the reader's own (media left out…), the
 * detection's (a misleading extension), and the duplicates left out, counted by where the
 * other copy is. Pure, so the wording is tested.
 */
export function previewNotes(
	readNotes: readonly string[],
	plan: Pick<ImportPlan, 'duplicates'>,
	detectionNote?: string
): string[] {
	const notes = [...(detectionNote ? [detectionNote] : []), ...readNotes];
	const inCourse = plan.duplicates.filter((d) => d.inCourse).length;
	const inFile = plan.duplicates.length - inCourse;
	if (inFile)
		notes.push(
			`${inFile} duplicate${inFile === 1 ? ' was' : 's were'} skipped: the same question appears earlier in the file.`
		);
	if (inCourse)
		notes.push(
			`${inCourse} question${inCourse === 1 ? ' was' : 's were'} skipped: the course already has ${inCourse === 1 ? 'it' : 'them'}.`
		);
	return notes;
}

/** "1 question" / "3 questions". */
export function count(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The largest file the import screen reads (bytes): Anki's own packages stay far below it. */
export const MAX_IMPORT_BYTES = 300 * 1024 * 1024;
