import * as v from 'valibot';
import type { Question } from '$lib/content/schema';
import type { ReviewRecord } from '$lib/db/records';
import { getDb } from '$lib/db/schema';
import type { Feedback } from './feedback';

/**
 * The verdict on screen after a marked answer, kept in `sessionStorage` (this tab only) so a
 * trip to the source passage, Back, or a reload returns to it with "I was right" and Hard / Good
 * / Easy still offered (an outsider lost them on 2026-12-01: Study had moved on). The answer
 * itself is already saved; this only restores the screen, and only while that answer is still
 * the latest one (`reviewId`), so an answer given in another tab or undone forgets it.
 */
export interface KeptFeedback {
	/** The saved answer's key in `reviews`. */
	reviewId: number;
	questionId: string;
	feedback: Feedback;
}

const KEY = 'flashpoint:feedback';
const Time = v.pipe(v.number(), v.finite());
const Rating = v.picklist([1, 2, 3, 4]);
const KeptFeedbackSchema = v.object({
	reviewId: v.pipe(v.number(), v.integer(), v.minValue(1)),
	questionId: v.pipe(v.string(), v.maxLength(200)),
	feedback: v.object({
		correct: v.nullable(v.boolean()),
		response: v.pipe(v.string(), v.maxLength(10_000)),
		rating: Rating,
		grading: v.picklist(['self', 'auto', 'override']),
		nextDue: Time,
		canOverrule: v.boolean(),
		preview: v.nullable(v.object({ 1: Time, 2: Time, 3: Time, 4: Time }))
	})
});

function storage(): Storage | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		// Storage blocked by the browser's privacy settings: the verdict is simply not kept.
		return null;
	}
}

/** Remembers the verdict on screen. Never throws (a full or blocked storage keeps nothing). */
export function keepFeedback(kept: KeptFeedback): void {
	try {
		storage()?.setItem(KEY, JSON.stringify(kept));
	} catch {
		// Quota exceeded: nothing to keep; the answer itself is saved in IndexedDB.
	}
}

/** The kept verdict, or null when there is none or it does not parse. */
export function keptFeedback(): KeptFeedback | null {
	const raw = storage()?.getItem(KEY);
	if (!raw) return null;
	try {
		const parsed = v.safeParse(KeptFeedbackSchema, JSON.parse(raw));
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
}

/** Forgets the kept verdict (the student moved on, undid, or another question showed). */
export function forgetFeedback(): void {
	try {
		storage()?.removeItem(KEY);
		storage()?.removeItem(REVEALED_KEY);
	} catch {
		// Blocked storage: nothing was kept.
	}
}

/**
 * A flashcard whose back is on screen, kept the same way (this tab only) when Study is left for
 * its source passage, so Back shows the back again rather than the front (an outsider student
 * had to press Show answer a second time, 2026-12-01), with the same grade-button intervals: the
 * question id and when the intervals were computed (`previewAt`, ms; see `restoredPreviewAt`).
 * Only that trip keeps it (`keepsBackOnLeave`, `StudyScreen.keepBackForTrip`): after a reload or
 * another screen the front shows again, as in Anki (outsider student, issue 12).
 */
const REVEALED_KEY = 'flashpoint:revealed';
const KeptRevealedSchema = v.object({
	questionId: v.pipe(v.string(), v.maxLength(200)),
	previewAt: Time
});

/** A flashcard whose back was on screen, and when its grade buttons were computed (ms). */
export type KeptRevealed = v.InferOutput<typeof KeptRevealedSchema>;

/** Remembers that `questionId`'s back is shown, its buttons computed at `previewAt` (ms). Never throws. */
export function keepRevealed(questionId: string, previewAt: number): void {
	try {
		storage()?.setItem(REVEALED_KEY, JSON.stringify({ questionId, previewAt }));
	} catch {
		// Quota exceeded or blocked: the back is simply not shown again after a trip.
	}
}

/** The flashcard whose back was on screen, or null (none, or an unreadable entry). */
export function keptRevealed(): KeptRevealed | null {
	try {
		const raw = storage()?.getItem(REVEALED_KEY);
		if (!raw) return null;
		const parsed = v.safeParse(KeptRevealedSchema, JSON.parse(raw));
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
}

/** Forgets the flashcard back kept on screen (Study left for another screen). Never throws. */
export function forgetRevealed(): void {
	try {
		storage()?.removeItem(REVEALED_KEY);
	} catch {
		// Blocked storage: nothing was kept.
	}
}

/**
 * The kept verdict with its saved answer and question, when it can be shown again: its answer
 * is still the latest one (`lastReviewId`) and both still exist. Otherwise forgets it and
 * returns null.
 */
export async function restorableFeedback(
	kept: KeptFeedback | null,
	lastReviewId: number | null,
	questionById: ReadonlyMap<string, Question>
): Promise<{ kept: KeptFeedback; review: ReviewRecord; question: Question } | null> {
	if (!kept || kept.reviewId !== lastReviewId) return (void forgetFeedback(), null);
	const review = await getDb().reviews.get(kept.reviewId);
	const question = questionById.get(kept.questionId);
	if (!review || !question || review.questionId !== question.id)
		return (void forgetFeedback(), null);
	return { kept, review, question };
}
