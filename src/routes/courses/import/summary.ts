import type { ImportOutcome } from '$lib/courses/import';
import type { ImportPreviewData } from '$lib/courses/import-session';
import type { ReadProgress } from '$lib/formats/read';

/** The preview's counts, as the worker sends them (`ImportPreviewData`). */
type Counts = Pick<ImportPreviewData, 'added' | 'updated' | 'unchanged'>;

/**
 * The notes an import preview shows under its counts: the reader's own (media left out…), the
 * detection's (a misleading extension), and the questions the file repeats, left out (the
 * course's own questions are counted as updated or unchanged by `planCounts`, never here). Pure, so the wording is tested.
 */
export function previewNotes(
	readNotes: readonly string[],
	duplicates: Pick<ImportPreviewData, 'duplicatesInFile'>,
	detectionNote?: string
): string[] {
	const notes = [...(detectionNote ? [detectionNote] : []), ...readNotes];
	const { duplicatesInFile: inFile } = duplicates;
	if (inFile)
		notes.push(
			`${inFile} duplicate${inFile === 1 ? ' was' : 's were'} skipped: the same question appears earlier in the file.`
		);
	return notes;
}

/** "1 question" / "3 questions". */
export function count(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The largest file the import screen reads (bytes): Anki's own packages stay far below it. */
export const MAX_IMPORT_BYTES = 300 * 1024 * 1024;

/**
 * The preview's count line: "3 updated, 12 new, 40 unchanged" when the course already has some
 * of the file's questions (same id in the file, else same type and prompt), else "12 questions will be imported".
 */
export function planCounts(plan: Counts): string {
	if (!plan.updated && !plan.unchanged) return `${count(plan.added, 'question')} will be imported`;
	return `${plan.updated} updated, ${plan.added} new, ${plan.unchanged} unchanged`;
}

/** The Import button's words for a plan. */
export function confirmLabel(plan: Omit<Counts, 'unchanged'>, withHistory: boolean): string {
	const { added, updated } = plan;
	if (added && updated) return `Import ${added} new, update ${updated}`;
	if (added) return `Import ${count(added, 'question')}`;
	if (updated) return `Update ${count(updated, 'question')}`;
	return withHistory ? 'Import the scheduling history' : 'Nothing to import';
}

/** The heading after an import: "Imported 12 questions, updated 3". */
export function doneHeading(done: Pick<ImportOutcome, 'added' | 'updated' | 'answers'>): string {
	const parts = [
		...(done.added || !done.updated ? [`Imported ${count(done.added, 'question')}`] : []),
		...(done.updated ? [`updated ${count(done.updated, 'question')}`] : [])
	];
	const text = parts.join(', ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Reading progress in whole percent (0–100). */
export function readingPercent(progress: ReadProgress): number {
	if (progress.stage === 'loading' || progress.total <= 0) return 0;
	return Math.min(100, Math.round((progress.done / progress.total) * 100));
}

/** What reading is doing, for the label above its progress bar. */
export function readingLabel(progress: ReadProgress): string {
	if (progress.stage === 'loading') return 'Getting the file reader ready…';
	if (progress.total <= 1) return 'Reading the file…';
	const number = (n: number) => n.toLocaleString('en');
	return `Reading notes: ${number(progress.done)} of ${number(progress.total)} · ${readingPercent(progress)}%`;
}
