/**
 * Stats → Hardest questions, read from the database: the candidates (the cards with most
 * lapses) and each candidate's answer counts, kept per tab between updates (issue 14: a Stats
 * update after an answer re-read 60 cards by a reverse cursor and 60 answer histories; now it
 * reads the one question that changed). The ranking itself is `rankHardest` in
 * `$lib/srs/stats-hardest`.
 *
 * The per-tab memo is valid for one `cards-generation` marker (`generation.ts`), which every
 * card write changes, in any tab: this tab's own writes move it on and drop only the questions
 * they wrote (`keepHardestAfterWrites`, called by `afterCardWrites` in `queue-cache.ts`); any
 * other change of the marker (another tab's answer, an import, Check database) empties it.
 * Answers are only ever written with their card (README.md), so the marker covers them.
 */
import { tallyByQuestion, type QuestionTally } from '$lib/srs/stats-hardest';
import type { CardRecord } from './records';
import { readGeneration } from './generation';
import type { FlashpointDb } from './schema';

/** Questions whose full answer history is read to rank the hardest (bounds the index reads). */
export const HARDEST_CANDIDATES = 60;

interface HardestMemo {
	token: string;
	/** The candidates as last read, or undefined when they must be read again. */
	candidates?: CardRecord[];
	/** Answer counts per question, for the questions read so far. */
	tallies: Map<string, QuestionTally>;
}

const memos = new WeakMap<FlashpointDb, HardestMemo>();

/**
 * The hardest questions' candidates: the `HARDEST_CANDIDATES` cards with most lapses whose
 * question `inBank` (ties in index order). Cards never forgotten after learning are not
 * candidates (`rankHardest` lists lapsed questions only).
 */
function readCandidates(db: FlashpointDb, inBank: (id: string) => boolean): Promise<CardRecord[]> {
	return db.cards
		.where('lapses')
		.above(0)
		.reverse()
		.filter((card) => inBank(card.questionId))
		.limit(HARDEST_CANDIDATES)
		.toArray();
}

/**
 * The candidates and their answer counts (answers, and answers rated Again, per question id).
 * Call inside a read transaction over `cards`, `reviews` and `settings`. A memo is used only
 * for the same `bankIds` set (`inBank`): `bankKey` names it (the Stats screen's course scope).
 */
export async function readHardest(
	db: FlashpointDb,
	inBank: (id: string) => boolean,
	bankKey: string
): Promise<{ candidates: CardRecord[]; tallies: Map<string, QuestionTally> }> {
	const token = `${await readGeneration(db)}|${bankKey}`;
	const kept = memos.get(db);
	const memo: HardestMemo =
		kept?.token === token ? kept : { token, tallies: new Map<string, QuestionTally>() };
	const candidates = memo.candidates ?? (await readCandidates(db, inBank));
	const missing = candidates.filter((card) => !memo.tallies.has(card.questionId));
	// One key look-up per question: `anyOf` walks a cursor, far slower on long histories. No
	// await with nothing to read: inside a live query, awaiting an empty `Promise.all` lets the
	// transaction commit before Stats' other reads (PrematureCommitError with no lapsed card).
	const histories = missing.length
		? await Promise.all(
				missing.map((card) => db.reviews.where('questionId').equals(card.questionId).toArray())
			)
		: [];
	const read = tallyByQuestion(histories.flat());
	const tallies = new Map(memo.tallies);
	for (const card of missing)
		tallies.set(card.questionId, read.get(card.questionId) ?? { answers: 0, again: 0 });
	// A write committed meanwhile (this tab's, which moved the memo on) makes this read stale.
	if ((memos.get(db) ?? kept) === kept) memos.set(db, { token, candidates, tallies });
	return { candidates, tallies };
}

/**
 * After this tab committed card writes (`afterCardWrites`): if the memo was current just
 * before (marker `change.before`), it moves to `change.after`, forgetting the written
 * questions' answer counts; the candidates stay unless a written card is among them or could
 * now be (as many lapses as the last candidate, or more).
 */
export function keepHardestAfterWrites(
	db: FlashpointDb,
	change: { before: string; after: string },
	writes: readonly (readonly [string, CardRecord | undefined])[]
): void {
	const memo = memos.get(db);
	if (!memo || !memo.token.startsWith(`${change.before}|`)) {
		memos.delete(db);
		return;
	}
	const list = memo.candidates;
	const last = list?.[list.length - 1];
	const keepList =
		list &&
		last &&
		list.length >= HARDEST_CANDIDATES &&
		writes.every(
			([id, card]) =>
				!list.some((candidate) => candidate.questionId === id) && (card?.lapses ?? 0) < last.lapses
		);
	const tallies = new Map(memo.tallies);
	for (const [id] of writes) tallies.delete(id);
	memos.set(db, {
		token: change.after + memo.token.slice(change.before.length),
		candidates: keepList ? list : undefined,
		tallies
	});
}
