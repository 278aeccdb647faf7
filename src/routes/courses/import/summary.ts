import { plural } from '$lib/text/plural';
import type { ImportOutcome } from '$lib/courses/import';
import type { ImportPreviewData } from '$lib/courses/import-session';
import type { ReadProgress } from '$lib/formats/read';
import type { StoreProgress } from '$lib/courses/store-progress';

/** The preview's counts, as the worker sends them (`ImportPreviewData`). */
type Counts = Pick<ImportPreviewData, 'added' | 'updated' | 'unchanged'> &
	Partial<Pick<ImportPreviewData, 'missingCount' | 'kept'>>;

/**
 * The notes an import preview shows under its counts: the reader's own (media left out…), the
 * detection's (a misleading extension), and the questions the file repeats, left out (the
 * course's own questions are counted as updated or unchanged by `planCounts`, never here). Pure, so the wording is tested.
 */
export function previewNotes(
	readNotes: readonly string[],
	duplicates: Pick<ImportPreviewData, 'duplicatesInFile'> &
		Partial<Pick<ImportPreviewData, 'sameDocument' | 'added'>>,
	detectionNote?: string
): string[] {
	const notes = [...(detectionNote ? [detectionNote] : []), ...readNotes];
	// A file imported again joins its own document (it counted as one more document each time).
	if (duplicates.sameDocument && duplicates.added)
		notes.push(
			`The new questions join the course's document “${duplicates.sameDocument}”, from your earlier import of this file: no second document is added.`
		);
	const { duplicatesInFile: inFile } = duplicates;
	if (inFile)
		notes.push(
			`${plural(inFile, 'duplicate')} ${inFile === 1 ? 'was' : 'were'} skipped: the same question appears earlier in the file.`
		);
	return notes;
}

/** "1 question" / "3 questions": the app's one `plural`, under the name this screen uses. */
export const count = (n: number, word: string): string => plural(n, word);

/** The largest file the import screen reads (bytes): Anki's own packages stay far below it. */
export const MAX_IMPORT_BYTES = 300 * 1024 * 1024;

/**
 * The preview's count line: "3 updated, 12 new, 40 unchanged, 2 no longer in the file" when the
 * course already has some of the file's questions (same id in the file, else same type and
 * prompt), "2 new, 149 already there, skipped" under Skip duplicates, else "12 questions will be
 * imported".
 */
export function planCounts(plan: Counts): string {
	const missing = plan.missingCount ?? 0;
	// Skip duplicates: the course's own are neither updated nor compared, only left alone.
	if (plan.kept) return `${plan.added} new, ${plan.kept} already there, skipped`;
	if (!plan.updated && !plan.unchanged && !missing)
		return `${count(plan.added, 'question')} will be imported`;
	const gone = missing ? `, ${missing} no longer in the file` : '';
	return `${plan.updated} updated, ${plan.added} new, ${plan.unchanged} unchanged${gone}`;
}

/**
 * The Import button's words for a plan; `removing`: how many questions no longer in the file
 * the person chose to take out of study; `templates`: Anki note types whose card templates the
 * course would keep now (`ImportPreviewData.templates`).
 */
export function confirmLabel(
	plan: Omit<Counts, 'unchanged' | 'missingCount'>,
	withHistory: boolean,
	removing = 0,
	templates = 0
): string {
	const { added, updated } = plan;
	const remove = removing ? `remove ${removing}` : '';
	const parts =
		added && updated
			? [`Import ${added} new`, `update ${updated}`]
			: added
				? [`Import ${count(added, 'question')}`]
				: updated
					? [`Update ${count(updated, 'question')}`]
					: [];
	if (!parts.length && remove) return `Remove ${count(removing, 'question')} from study`;
	if (parts.length) return [...parts, ...(remove ? [remove] : [])].join(', ');
	if (withHistory) return 'Import the scheduling history';
	// A deck imported before its note types' templates were kept (anki50), imported again.
	return templates ? 'Keep its Anki card templates and styling' : 'Nothing to import';
}

/**
 * What an Anki package's import does with its scheduling, for the preview and the result:
 * "5 cards: 2 with review history (10 answers), kept; 3 new", or "…, left out: all 5 start as
 * new" when the person chose so. `cards`: the file's questions the import covers (new, updated,
 * unchanged); `history`: those with answers in Anki's review log, null for none (outsider
 * student: an .apkg with 2 reviewed cards said only "New (5)", and nothing said the schedule
 * was not carried); `gap`: why a file whose log has entries brings none (`historyGap`), so
 * "the file has no review history" is said only of a file that has none (issue 12: a log that
 * could not be read was reported as no history). `here`: of those, how many the course already
 * has (`inCourse`: they are not "new"), and, after the import, how many answers it added
 * (`newAnswers`: 0 when the same file was imported before).
 */
export function historyLine(
	cards: number,
	history: { cards: number; answers: number } | null,
	kept: boolean,
	gap?: ImportPreviewData['historyGap'],
	here: { inCourse?: number; newAnswers?: number } = {}
): string {
	const all = count(cards, 'card');
	const inCourse = Math.min(here.inCourse ?? 0, cards);
	if (!history?.cards) {
		// Said as what happens, not as a fault: a person re-importing their own export wanted
		// their cards back, and "(the file has no review history to add)" read as an error
		// (outsider student, session 33). Cards already in the course are never "new".
		const reason = GAP_REASON[gap ?? 'none'];
		if (inCourse >= cards && cards > 0)
			return `${cards === 1 ? 'The card is' : `All ${all} are`} already in this course and ${cards === 1 ? 'keeps its' : 'keep their'} progress here, so nothing changes: ${reason}`;
		if (inCourse > 0)
			return `${count(cards - inCourse, 'new card')} ${cards - inCourse === 1 ? 'starts' : 'start'} unstudied and the ${inCourse} already in this course keep their progress: ${reason}`;
		return `${all}, all new: ${reason}`;
	}
	const reviewed = `${history.cards} with review history (${count(history.answers, 'answer')})`;
	if (!kept) return `${all}: ${reviewed}, left out: all ${cards} start as new.`;
	const fresh = cards - history.cards;
	// A second import of the same file adds no answer twice: "kept; 3 new" said it did
	// something, of cards studied here since (outsider student, issue 12).
	if (here.newAnswers === 0 && inCourse >= cards)
		return `${cards === 1 ? 'The card is' : `All ${all} are`} already here with ${cards === 1 ? 'its' : 'their'} progress, and the file’s review history (${count(history.answers, 'answer')} on ${count(history.cards, 'card')}) is already saved; nothing changed.`;
	const done = here.newAnswers === 0 ? 'already here, nothing changed' : 'kept';
	const others =
		fresh <= 0
			? ''
			: inCourse
				? `; ${fresh} without history in the file (those already in the course keep their progress here)`
				: `; ${fresh} new`;
	return `${all}: ${reviewed}, ${done}${others}.`;
}

/** Why every card of an Anki package starts as new, by `historyGap` (`none`: no log entries). */
const GAP_REASON = {
	none: 'the file has no review history.',
	unreadable:
		'the review history in this file could not be read, so none of it is kept; its questions are imported all the same.',
	refused:
		'every answer in the file’s review history was left out as unusable (each kind is listed), so none is kept.',
	'no-answers':
		'the file’s review log holds no answer to these cards (only entries such as cramming or rescheduling).'
} as const;

/**
 * The heading after an import: "Imported 12 questions, updated 3, removed 1 from study", or,
 * when nothing was added, updated or removed, what happened instead: "Nothing changed: all 6
 * questions were already in the course" (`already`; outsider student, issue 12: a second import
 * of the same deck said "Imported 0 questions").
 */
export function doneHeading(
	done: Pick<ImportOutcome, 'added' | 'updated' | 'answers' | 'noteTypes'> & {
		removed?: number;
		already?: number;
	}
): string {
	const removed = done.removed ?? 0;
	if (!done.added && !done.updated && !removed && done.already)
		return `Nothing changed: ${done.already === 1 ? 'the question was' : `all ${count(done.already, 'question')} were`} already in the course${done.answers ? `; ${count(done.answers, 'answer')} added to their history` : ''}${done.noteTypes ? '; their Anki card templates and styling are kept now, for an export to Anki' : ''}`;
	const parts = [
		...(done.added || (!done.updated && !removed)
			? [`Imported ${count(done.added, 'question')}`]
			: []),
		...(done.updated ? [`updated ${count(done.updated, 'question')}`] : []),
		...(removed ? [`removed ${count(removed, 'question')} from study`] : [])
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

/** Storing progress in whole percent (0–100), or undefined while not counted (an endless bar). */
export function storePercent(progress: StoreProgress): number | undefined {
	if (progress.total <= 0 || ['queue', 'replay', 'saving'].includes(progress.stage))
		return undefined;
	return Math.min(100, Math.round((progress.done / progress.total) * 100));
}

/**
 * What storing is doing, for the label above its bar: "Checking questions: 2,000 of 40,000 · 5%",
 * "Writing questions: 12,000 of 40,000 ·
 * 30%", "Adding the review history: 5,000 of 40,000 cards · 13%", "Saving… (too late to
 * cancel)" once the last write is issued.
 */
export function storeLabel(progress: StoreProgress): string {
	const number = (n: number) => n.toLocaleString('en');
	const counted = (what: string, unit = '') => {
		const percent = storePercent(progress);
		if (percent === undefined) return `${what}…`;
		return `${what}: ${number(progress.done)} of ${number(progress.total)}${unit} · ${percent}%`;
	};
	switch (progress.stage) {
		case 'checking':
			// Counted for a new course's questions (`courseRowsInSteps`), else reading the course.
			return progress.total > 0 ? counted('Checking questions') : 'Checking the course…';
		case 'writing':
			return counted('Writing questions');
		case 'queue':
			return `Preparing the study queue of ${plural(progress.total, 'card')}…`;
		case 'replay':
			return `Scheduling ${plural(progress.total, 'card')} from their review history…`;
		case 'history':
			return counted('Adding the review history', ' cards');
		case 'saving':
			return 'Saving… (too late to cancel: the import will be complete)';
	}
}

/**
 * Stages Cancel cannot stop midway (`store-progress.ts`): one write (`queue`) or one computation
 * (`replay`). Cancel pressed then stops the import when the stage ends, still keeping nothing.
 */
const WHOLE_STAGES: readonly StoreProgress['stage'][] = ['queue', 'replay'];

/** What the store's Cancel button says and whether it can be pressed (`storeCancel`). */
export interface StoreCancel {
	label: string;
	disabled: boolean;
	/** Why Cancel waits or cannot act, shown beside the button (its description). */
	note?: string;
}

/**
 * The store's Cancel button for `progress`, once Cancel was pressed (`cancelling`) or not: during
 * a stage it cannot stop midway it says so ("Cancelling after this step…"), during `saving` it
 * is disabled with the reason. Pure.
 */
export function storeCancel(progress: StoreProgress, cancelling: boolean): StoreCancel {
	if (progress.stage === 'saving')
		return {
			label: 'Cancel import',
			disabled: true,
			note: 'Too late to cancel: the last step is being saved.'
		};
	if (!WHOLE_STAGES.includes(progress.stage))
		return { label: cancelling ? 'Cancelling…' : 'Cancel import', disabled: cancelling };
	const note =
		'This step cannot be stopped midway: the import stops as soon as it ends, keeping nothing.';
	return cancelling
		? { label: 'Cancelling after this step…', disabled: true, note }
		: { label: 'Cancel import', disabled: false, note };
}

/** What the screen says after Cancel stopped an import (`store-progress.ts`: nothing written). */
export const STORE_CANCELLED = 'Import cancelled: nothing from this file was stored.';

/** What the done card adds when Cancel came after the import had begun saving. */
export const CANCEL_TOO_LATE =
	'Cancel came while the import was being saved, too late to stop it: the import is complete.';
