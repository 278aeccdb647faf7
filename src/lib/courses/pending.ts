import * as v from 'valibot';
import type { FlashpointDb } from '$lib/db/schema';
import { plural } from '$lib/text/plural';
import { momentText } from '$lib/text/when';
import type { DocumentDraft } from '$lib/documents/draft';
import { MAX_TERMS } from '$lib/documents/emphasis';
import type { DocumentDetails } from './add';

/**
 * What a person has given the Add documents screen and not yet turned into a course: the files
 * read and texts added (with the details they typed), the text still in the paste box and the
 * course title. Kept on this device until the course is saved or they discard it, so a reload, a
 * closed tab or a phone that drops the page in the background loses nothing (outsider teacher,
 * issue 12: a picked file was gone after a reload). As Gmail and Google Docs keep a draft: saved
 * as they go, brought back with a note and a way to discard it, never sent anywhere.
 *
 * Kept in the `settings` table under `PENDING_KEY`: this device's bookkeeping, never in a
 * progress export (`$lib/db/backup.ts`).
 */
export const PENDING_KEY = 'pending-documents';

/**
 * The settings key of the work pending for `courseId` (documents being added to that course:
 * `PENDING_KEY:<courseId>`), or of a new course's (`PENDING_KEY`), so adding to one course never
 * overwrites or brings back an unfinished new course, or another course's additions.
 */
export function pendingKey(courseId?: string): string {
	return courseId ? `${PENDING_KEY}:${courseId}` : PENDING_KEY;
}

/** Whether a settings key holds pending Add documents work (`pendingKey`): device-only. */
export function isPendingKey(key: string): boolean {
	return key === PENDING_KEY || key.startsWith(`${PENDING_KEY}:`);
}

export interface PendingDocument {
	name: string;
	draft: DocumentDraft;
	details: DocumentDetails;
}

export interface PendingWork {
	documents: PendingDocument[];
	/**
	 * Names of the question files chosen (a GIFT file, an Anki deck): Add documents sends them on
	 * to Import questions, and a chosen file is not kept (a deck may be 300 MB), but its name is,
	 * so a reload says it was chosen. Absent in rows kept before 2026-12-04.
	 */
	questionFiles?: string[];
	/** The paste box's text, as typed. */
	pasted: string;
	title: string;
	/** When it was last kept (ms since the epoch); absent in rows kept before 2026-12-04. */
	savedAt?: number;
}

const text = v.string();
const PendingSchema = v.object({
	documents: v.array(
		v.object({
			name: text,
			draft: v.object({
				title: text,
				author: v.optional(text),
				outlet: v.optional(text),
				date: v.optional(text),
				text,
				format: v.picklist(['text', 'markdown', 'html', 'pdf', 'docx', 'epub']),
				notes: v.array(text),
				english: v.boolean(),
				// The bolded terms the generator reads (`$lib/documents/emphasis.ts`); absent in rows
				// kept before gen50, which then read as a document that bolds nothing.
				emphasis: v.optional(
					v.pipe(v.array(v.pipe(text, v.maxLength(300))), v.maxLength(MAX_TERMS))
				)
			}),
			details: v.object({ title: text, author: text, outlet: text, date: text })
		})
	),
	questionFiles: v.optional(v.array(text)),
	pasted: text,
	title: text,
	savedAt: v.optional(v.number())
});

/** Whether there is anything to keep: a document, a question file, pasted text or a typed title. */
export function hasPending(work: PendingWork): boolean {
	return (
		work.documents.length > 0 ||
		!!work.questionFiles?.length ||
		work.pasted.trim() !== '' ||
		work.title.trim() !== ''
	);
}

/**
 * Keeps `work` on the device as of `now` (ms since the epoch), replacing what was kept for the
 * same course (`courseId`: documents being added to it; none: a new course, `pendingKey`); an
 * empty one (`hasPending` false) is forgotten instead. Rejects as IndexedDB does (a full disk:
 * `QuotaExceededError`).
 */
export async function savePending(
	db: FlashpointDb,
	work: PendingWork,
	now = Date.now(),
	courseId?: string
): Promise<void> {
	if (!hasPending(work)) return forgetPending(db, courseId);
	await db.settings.put({ key: pendingKey(courseId), value: { ...work, savedAt: now } });
}

/**
 * What was kept for `courseId` (none: a new course), or `null` when nothing was or the row no
 * longer reads as pending work.
 */
export async function loadPending(
	db: FlashpointDb,
	courseId?: string
): Promise<PendingWork | null> {
	const row = await db.settings.get(pendingKey(courseId));
	const parsed = v.safeParse(PendingSchema, row?.value);
	return parsed.success && hasPending(parsed.output) ? parsed.output : null;
}

/** Forgets the work kept for `courseId` (none: a new course): it was saved, or discarded. */
export async function forgetPending(db: FlashpointDb, courseId?: string): Promise<void> {
	await db.settings.delete(pendingKey(courseId));
}

/**
 * What was brought back, each part named so a wrong one is seen before it is used: "the course
 * title “Rivers”, 2 documents (“The Danube”, “The Rhine”), the question file “rivers.gift”
 * (choose it again in Import questions) and your pasted text". An outsider
 * teacher (issue 12) abandoned an attempt with a wrong course title and found it back days later
 * without noticing: "1 document" had not said the title was back too. At most three document
 * titles are named; more are counted.
 */
export function pendingSummary(work: PendingWork): string {
	const parts: string[] = [];
	const title = work.title.trim();
	if (title) parts.push(`the course title “${title}”`);
	const count = work.documents.length;
	if (count) {
		const titles = work.documents.slice(0, 3).map((d) => `“${d.details.title.trim() || d.name}”`);
		const more = count > 3 ? `, and ${count - 3} more` : '';
		parts.push(`${plural(count, 'document')} (${titles.join(', ')}${more})`);
	}
	const files = work.questionFiles ?? [];
	if (files.length) {
		// Its name only: the file itself is not kept (outsider teacher: it was left out).
		const quoted = files.map((f) => `“${f}”`);
		const named =
			files.length === 1
				? `the question file ${quoted[0]}`
				: `the question files ${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
		parts.push(`${named} (choose ${files.length === 1 ? 'it' : 'them'} again in Import questions)`);
	}
	if (work.pasted.trim()) parts.push('your pasted text');
	return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
}

/**
 * The note above the Add documents form when kept work came back: "Restored from your
 * unfinished attempt of 2 Dec 2026, 13:40: the course title “Rivers” and 1 document
 * (“The Danube”)." (`momentText`: the device's own way with dates). A row kept before moments
 * were (no `savedAt`) says no moment.
 */
export function restoredNote(work: PendingWork, locales?: string | string[], timeZone?: string) {
	const when =
		work.savedAt === undefined ? '' : ` of ${momentText(work.savedAt, locales, timeZone)}`;
	return `Restored from your unfinished attempt${when}: ${pendingSummary(work)}.`;
}
