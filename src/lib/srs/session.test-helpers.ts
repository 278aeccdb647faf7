import { readFileSync } from 'node:fs';
import { indexBank, type BankIndex } from '$lib/content/bank';
import type { Bank } from '$lib/content/schema';
import { getDb } from '$lib/db/schema';
import { isSelfGraded } from './grading';
import type { StudySession } from './session.svelte';

/**
 * The shipped bank: session tests read questions from it and progress from the shared database
 * (fake-indexeddb), as the study screen does.
 */
export function shippedBank(): BankIndex {
	return indexBank(JSON.parse(readFileSync('questions/bank.json', 'utf8')) as Bank);
}

/** Empties the shared database's progress (cards, answers, day totals, settings, holds). */
export async function clearProgress(): Promise<void> {
	const db = getDb();
	await db.transaction('rw', db.cards, db.reviews, db.days, db.settings, db.holds, async () => {
		await Promise.all([
			db.cards.clear(),
			db.reviews.clear(),
			db.days.clear(),
			db.settings.clear(),
			db.holds.clear()
		]);
	});
}

/** Answers the question on screen: a flashcard Good, anything else with a wrong response. */
export async function answerWrongOrGood(session: StudySession): Promise<void> {
	if (isSelfGraded(session.question!)) {
		session.reveal();
		await session.grade(3);
	} else {
		await session.submit('zzz not this');
		await session.continue();
	}
}
