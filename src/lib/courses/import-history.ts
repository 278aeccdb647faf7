import { mergeLogs } from '$lib/db/merge';
import type { CardRecord, ReviewRecord } from '$lib/db/records';
import { totalsFromLog } from '$lib/db/replay';
import type { FlashpointDb } from '$lib/db/schema';
import { getStudySettings } from '$lib/db/study-settings';
import { answerUuid } from '$lib/db/uuid';
import { ankiInterval } from '$lib/formats/anki-schedule';
import type { PortableHistory } from '$lib/formats/portable';
import { studyDay } from '$lib/srs/day';
import { Scheduler } from '$lib/srs/scheduler';
import { StoreSteps } from './store-progress';

/**
 * Another tool's scheduling history (Anki's review log, `$lib/formats/apkg-history.ts`) becoming
 * this device's answers and cards, unless the person unticks "Keep my Anki review history" on the
 * import preview. Each logged answer becomes an answer here with a global id made from the
 * question, the time and the rating (`answerUuid`), so importing the same file again adds no
 * answer twice; each card is then rebuilt by replaying all its answers, old and new, through
 * this device's ts-fsrs scheduler (`mergeLogs`, as Merge does). Where the file says so, the
 * replayed card then takes Anki's own due date and FSRS memory state.
 */

/** ts-fsrs's review state (Anki's card type 2). */
const REVIEW = 2;

/** Salt of imported answers' ids, so an Anki answer never takes the id of one given here. */
const SALT = '\u0000anki';

/** What importing a history kept and added. */
export interface HistoryOutcome {
	/** Answers this device did not have. */
	answers: number;
	/** The file's cards with a review history that matched a question, and their answers. */
	cards: number;
	given: number;
}

/** The history's answers as this device's answer rows (`before`/`after` filled by the replay). */
export function historyReviews(
	history: readonly PortableHistory[],
	questionIdOf: (externalId: string) => string | undefined
): ReviewRecord[] {
	const reviews: ReviewRecord[] = [];
	for (const card of history) {
		const questionId = questionIdOf(card.externalId);
		if (!questionId) continue;
		for (const answer of card.answers)
			reviews.push({
				uuid: answerUuid({ questionId, answeredAt: answer.at, rating: answer.rating }, SALT),
				questionId,
				rating: answer.rating,
				answeredAt: answer.at,
				studyDay: studyDay(answer.at),
				durationMs: answer.durationMs,
				grading: 'self',
				correct: null,
				before: null,
				after: { due: answer.at, state: 0, stability: 0, difficulty: 0, scheduledDays: 0 }
			});
	}
	return reviews;
}

/**
 * A replayed card with Anki's plan where Anki had the last word (no answer given here since):
 * its state (a review card stays one: one replayed Good leaves a card learning, and an
 * outsider's three review cards came in as learning, none to review; session 34), its due date
 * (the day Anki would have shown it), its answer and lapse counts while `answered` (the card's
 * answers here) are all Anki's (anki52), and its FSRS memory state if it had one.
 */
function withAnkiPlan(
	card: CardRecord,
	source: PortableHistory | undefined,
	answered: number
): CardRecord {
	if (!source || card.lastReview === null) return card;
	const last = source.answers.at(-1)?.at;
	if (last === undefined || last !== card.lastReview) return card;
	const next = { ...card };
	// Anki's counts, when every answer here is one of its own: a replay counts only the answers
	// its log holds, and lapses 1 and 3 came back 0 (anki52). With answers given here too,
	// Anki's counts miss them: the replay's stand.
	if (answered === source.answers.length) {
		if (source.reps !== undefined) next.reps = source.reps;
		if (source.lapses !== undefined) next.lapses = source.lapses;
	}
	if (source.state !== undefined) {
		next.state = source.state;
		// A review card has left its learning steps; a (re)learning one keeps the replay's step.
		if (source.state === REVIEW) next.learningSteps = 0;
	}
	if (source.memory) {
		next.stability = source.memory.stability;
		next.difficulty = source.memory.difficulty;
	}
	if (source.due !== undefined && source.due >= card.lastReview) {
		next.due = source.due;
		// Study days, as Anki counts its `ivl`: milliseconds gave 4 days for an answer at 23:30
		// due on the fifth study day after a spring-forward night.
		next.scheduledDays = next.state === REVIEW ? ankiInterval(card.lastReview, source.due) : 0;
	}
	return next;
}

/**
 * The last answer of a card that took Anki's plan, with that plan as its outcome: the log then
 * ends where the card is (the replay's own outcome said, say, 12 days where the card is due in
 * 5, and an export wrote both; session 33), and undoing a later answer puts back this card.
 */
function withPlannedOutcome(review: ReviewRecord, card: CardRecord | undefined): ReviewRecord {
	if (!card || card.lastReview !== review.answeredAt) return review;
	const { due, state, stability, difficulty, scheduledDays } = card;
	return { ...review, after: { due, state, stability, difficulty, scheduledDays } };
}

/**
 * Stores `history` for the questions `questionIdOf` finds (call inside a read-write transaction
 * over cards, reviews, days, settings and items, with the course rows already written): new
 * answers added, every card that gained one replayed from all its answers with this device's
 * study settings, and the days those answers fall on recounted. The caller's transaction
 * defers index upkeep and writes the course's items afterwards (`refreshDeferredCourses`, which
 * also gives the recent answers their sibling keys). Answers already here (a second import of
 * the same file) are skipped; with none new, nothing is written.
 */
export async function storeImportedHistory(
	db: FlashpointDb,
	history: readonly PortableHistory[],
	questionIdOf: (externalId: string) => string | undefined,
	steps: StoreSteps = new StoreSteps()
): Promise<HistoryOutcome> {
	const incoming = historyReviews(history, questionIdOf);
	// Reading and replaying is one computation (10 s for 40,000 cards in Chromium): a stage.
	steps.step('replay', 0, history.length);
	const questions = [...new Set(incoming.map((review) => review.questionId))];
	const kept = { cards: questions.length, given: incoming.length };
	if (!incoming.length) return { answers: 0, ...kept };
	const local = await db.reviews.where('questionId').anyOf(questions).toArray();
	const known = new Set(local.map((review) => review.uuid));
	const fresh = incoming.filter((review) => !known.has(review.uuid));
	if (!fresh.length) return { answers: 0, ...kept };
	const touched = new Set(fresh.map((review) => review.questionId));
	const scheduler = new Scheduler(await getStudySettings(db));
	const merged = mergeLogs(local, fresh, scheduler, touched);
	const bySource = new Map<string, PortableHistory>();
	for (const card of history) {
		const questionId = questionIdOf(card.externalId);
		if (questionId) bySource.set(questionId, card);
	}
	const answered = new Map<string, number>();
	for (const review of merged.reviews)
		answered.set(review.questionId, (answered.get(review.questionId) ?? 0) + 1);
	const cards = merged.cards.map((card) =>
		withAnkiPlan(card, bySource.get(card.questionId), answered.get(card.questionId) ?? 0)
	);
	const planned = new Map(cards.map((card) => [card.questionId, card]));
	const changed = merged.reviews
		.filter((review) => touched.has(review.questionId))
		.map((review) => withPlannedOutcome(review, planned.get(review.questionId)));
	steps.step('history', 0, cards.length);
	for (let from = 0; from < cards.length; from += steps.chunk) {
		await db.cards.bulkPut(cards.slice(from, from + steps.chunk));
		steps.step('history', Math.min(cards.length, from + steps.chunk), cards.length);
	}
	await db.reviews.bulkPut(changed.filter((review) => review.id !== undefined));
	await db.reviews.bulkAdd(
		changed.filter((review) => review.id === undefined).map(({ id: _id, ...review }) => review)
	);
	const days = [...new Set(changed.map((review) => review.studyDay))];
	await db.days.bulkPut(totalsFromLog(await db.reviews.where('studyDay').anyOf(days).toArray()));
	return { answers: fresh.length, ...kept };
}
