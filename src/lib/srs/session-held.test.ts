import { beforeEach, describe, expect, it, vi } from 'vitest';
import { holdCard } from '$lib/db/card-holds';
import { getDb } from '$lib/db/schema';
import { heldElsewhereNotice, releaseNotice } from './session';
import { StudySession } from './session.svelte';
import { isSelfGraded } from './grading';
import { clearProgress, shippedBank } from './session.test-helpers';

/**
 * A card buried or suspended in another tab while this one shows it (a student from Anki,
 * session 36: tab B went on showing a card tab A had just buried, and took an answer to it).
 * The other tab is the shared database written directly, as a second tab writes it.
 */
const bank = shippedBank();

async function started(): Promise<StudySession> {
	const session = new StudySession(bank);
	await session.start();
	return session;
}

beforeEach(clearProgress);

describe('a card held in another tab', () => {
	it('moves Study on to the next card, saying why (the live read sees the hold)', async () => {
		const session = await started();
		const shown = session.current!.questionId;
		await holdCard(shown, 'buried');
		await vi.waitFor(() => expect(session.current?.questionId).not.toBe(shown));
		expect(session.phase).toBe('question');
		expect(session.notice).toBe('This card was buried in another tab, so it was skipped here.');
		expect(session.skipped).toBe(true);
		expect(session.canUndo).toBe(false);
		session.stop();
	});

	it('refuses an answer given to it before Study moved on, and says the typed answer back', async () => {
		const session = await started();
		while (isSelfGraded(session.question!)) {
			session.reveal();
			await session.grade(3);
		}
		const reviews = await getDb().reviews.count();
		// No live read now: the answer meets the hold in its own transaction.
		session.stop();
		const shown = session.current!.questionId;
		await holdCard(shown, 'suspended');
		await session.submit('Belgium');
		expect(session.notice).toBe(
			'This card was suspended in another tab, so it was skipped here; your answer “Belgium” was not saved.'
		);
		expect(await getDb().reviews.count()).toBe(reviews);
		expect(session.current?.questionId).not.toBe(shown);
		expect(session.skipped).toBe(true);
	});

	it('is said in words for either kind', () => {
		expect(heldElsewhereNotice('buried')).toBe(
			'This card was buried in another tab, so it was skipped here.'
		);
		expect(heldElsewhereNotice('suspended', '  ')).toBe(
			'This card was suspended in another tab, so it was skipped here.'
		);
	});
});

// A student from Anki, session 37: "More for this card" and `-`/`@` were gone once a multiple
// choice or typed card was answered, just when she wanted to suspend a bad one.
describe('a card held on its verdict', () => {
	it('keeps the answer, holds the card and moves on; Undo takes the hold back, then the answer', async () => {
		const session = await started();
		while (isSelfGraded(session.question!)) {
			session.reveal();
			await session.grade(3);
		}
		const answered = session.current!.questionId;
		const reviews = await getDb().reviews.count();
		await session.submit('Belgium');
		expect(session.phase).toBe('feedback');
		expect(await getDb().reviews.count()).toBe(reviews + 1);
		await session.hold('suspended');
		expect(session.current?.questionId).not.toBe(answered);
		expect(session.notice).toMatch(/^Suspended: /);
		expect((await getDb().holds.get(answered))?.kind).toBe('suspended');
		expect(await getDb().reviews.count()).toBe(reviews + 1);
		await session.undo();
		expect(await getDb().holds.get(answered)).toBeUndefined();
		expect(await getDb().reviews.count()).toBe(reviews + 1);
		await session.undo();
		expect(await getDb().reviews.count()).toBe(reviews);
		expect(session.current?.questionId).toBe(answered);
		session.stop();
	});

	it('says Undo took a hold back, though the card is not due again today', () => {
		expect(releaseNotice('suspended', 'What is meant by the term “velm”?')).toBe(
			'Unsuspended: “velm” is back on screen.'
		);
		expect(releaseNotice('buried', 'What is meant by the term “velm”?', false)).toBe(
			'Unburied: “velm”. Your answer to it stands: it comes back when it is due.'
		);
	});
});
