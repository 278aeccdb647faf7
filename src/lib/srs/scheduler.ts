import {
	BasicLearningStepsStrategy,
	ConvertStepUnitToMinutes,
	createEmptyCard,
	date_scheduler,
	fsrs,
	generatorParameters,
	Rating,
	State,
	StrategyMode,
	GenSeedStrategyWithCardId,
	type Card,
	type FSRS,
	type Grade,
	type StepUnit,
	type TLearningStepsStrategy
} from 'ts-fsrs';
import type { CardRecord, CardState, RatingValue } from '$lib/db/records';
import { repairCard } from '$lib/db/sanity';
import { DEFAULT_ROLLOVER_HOUR, fromStudyClock, toStudyClock } from './day';
import { LEECH_LAPSES, type StudySettings } from './settings';

export const GRADES: readonly RatingValue[] = [1, 2, 3, 4];

/** Minutes in a day: ts-fsrs turns a learning step this long or longer into a review. */
const DAY_MINUTES = 1440;

/** A stored card as ts-fsrs takes it (times as they are; see `Scheduler` for the clock). */
export function toFsrsCard(record: CardRecord): Card {
	return {
		due: new Date(record.due),
		stability: record.stability,
		difficulty: record.difficulty,
		elapsed_days: record.elapsedDays,
		scheduled_days: record.scheduledDays,
		learning_steps: record.learningSteps,
		reps: record.reps,
		lapses: record.lapses,
		state: record.state as State,
		last_review: record.lastReview === null ? undefined : new Date(record.lastReview)
	};
}

export function fromFsrsCard(questionId: string, card: Card): CardRecord {
	return {
		questionId,
		due: card.due.getTime(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsedDays: card.elapsed_days,
		scheduledDays: card.scheduled_days,
		learningSteps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state as CardState,
		lastReview: card.last_review ? card.last_review.getTime() : null,
		leech: card.lapses >= LEECH_LAPSES
	};
}

/** A card for a question that has never been answered. */
export function newCardRecord(questionId: string, now: number): CardRecord {
	return fromFsrsCard(questionId, createEmptyCard(new Date(now)));
}

/**
 * Steps the scheduler uses: those under a day (Settings refuses longer ones, as Anki advises;
 * older or imported settings may still hold them), shortest first, so a later step is never
 * shorter than an earlier one (which would make Good come sooner than Again).
 */
export function usableSteps(steps: readonly StepUnit[]): StepUnit[] {
	return steps
		.filter((step) => ConvertStepUnitToMinutes(step) < DAY_MINUTES)
		.sort((a, b) => ConvertStepUnitToMinutes(a) - ConvertStepUnitToMinutes(b));
}

/**
 * ts-fsrs's own learning-step strategy (`BasicLearningStepsStrategy`, given through its
 * `useStrategy(StrategyMode.LEARNING_STEPS, …)` hook), with Hard as Anki's v3 scheduler gives it
 * (rslib `LearningSteps::hard_delay_secs`): on the first step, ts-fsrs's own value (the average of
 * the first two steps, or 1.5 × a lone step); on a later step, that step's delay again (ts-fsrs
 * gives the first-step average on every step: "Hard 6 min" on the 10-minute step of `1m 10m`).
 * Hard stays under a day: a lone step of 16 h or more would make 1.5 × the step a review of a
 * day or more, later than Good's graduating interval. The next step index and every other grade
 * are ts-fsrs's.
 */
const ankiHardSteps: TLearningStepsStrategy = (params, state, step) => {
	const result = BasicLearningStepsStrategy(params, state, step);
	const hard = result[Rating.Hard];
	if (!hard) return result;
	const steps =
		state === State.Learning || state === State.New
			? params.learning_steps
			: params.relearning_steps;
	const minutes =
		step > 0 && step < steps.length
			? ConvertStepUnitToMinutes(steps[step])
			: hard.scheduled_minutes;
	result[Rating.Hard] = { ...hard, scheduled_minutes: Math.min(minutes, DAY_MINUTES - 1) };
	return result;
};

/**
 * Easy on a new, learning or relearning card graduates at least one day after Good, as Anki
 * does for learning cards (its FSRS learning state gives Easy `max(easy, good + 1)` days) and as
 * ts-fsrs 5 itself does for review cards (`reviewState`: `easy_interval = max(easy, good + 1)`).
 * ts-fsrs's learning state computes each grade's graduating interval on its own, and both short
 * stabilities round to 1 day after a lapse or an Again (the buttons read "Good 1 d, Easy 1 d":
 * outsider from Anki). No ts-fsrs option orders them, so this applies its own review-state
 * rule to the grades it already computed; memory state (stability, difficulty) is untouched.
 */
function easyAfterGood(before: Card, good: Card, easy: Card, reviewTime: Date): Card {
	if (before.state === State.Review) return easy;
	if (good.state !== State.Review || easy.state !== State.Review) return easy;
	if (easy.scheduled_days > good.scheduled_days) return easy;
	const days = good.scheduled_days + 1;
	return { ...easy, scheduled_days: days, due: date_scheduler(reviewTime, days, true) };
}

/**
 * The field of a ts-fsrs card that holds its question id, for ts-fsrs's own
 * `GenSeedStrategyWithCardId`: fuzz is seeded from the card (its id and review count), as Anki
 * seeds it from the card id and reps, so a card shows the same intervals every time it is shown
 * until it is answered. ts-fsrs's default seed reads the review time: the outsider from Anki saw
 * Easy read 6, 9, 7, 8 d on one card shown again and again.
 */
const SEED_FIELD = 'flashpointQuestionId';

/**
 * FSRS-6 (ts-fsrs 5) with the student's settings, working on stored card rows. Fuzz is on, so
 * cards learned together spread out; it is seeded from the card (`SEED_FIELD`), so the same
 * card at the same review count always gets the same fuzz.
 *
 * Time: ts-fsrs counts elapsed days between the UTC dates of two reviews; this app's day is
 * the local study day (4 AM rollover). So every time goes to ts-fsrs on the study clock
 * (`toStudyClock`: UTC dates are study days) and comes back through `fromStudyClock`; elapsed
 * days are then study days in every zone and at every hour. A last review later than the
 * answer (the device clock was corrected backwards) counts as "just now": elapsed time is
 * never negative, so ts-fsrs never throws "Invalid delta_t" and the answer is saved.
 */
export class Scheduler {
	readonly #fsrs: FSRS;
	readonly #rolloverHour: number;

	constructor(settings: StudySettings, rolloverHour: number = DEFAULT_ROLLOVER_HOUR) {
		this.#rolloverHour = rolloverHour;
		this.#fsrs = fsrs(
			generatorParameters({
				request_retention: settings.desiredRetention,
				learning_steps: usableSteps(settings.learningSteps),
				relearning_steps: usableSteps(settings.relearningSteps),
				enable_fuzz: true,
				enable_short_term: true
			})
		)
			.useStrategy(StrategyMode.LEARNING_STEPS, ankiHardSteps)
			.useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId(SEED_FIELD));
	}

	/**
	 * `card` on the study clock at review time `clock`, never reviewed after it, carrying the
	 * question id that seeds its fuzz (`SEED_FIELD`).
	 */
	#onStudyClock(card: CardRecord | undefined, clock: number, questionId: string): Card {
		if (!card) return { ...createEmptyCard(new Date(clock)), [SEED_FIELD]: questionId } as Card;
		const fsrsCard = { ...toFsrsCard(card), [SEED_FIELD]: questionId } as Card;
		fsrsCard.due = new Date(toStudyClock(card.due, this.#rolloverHour));
		if (card.lastReview !== null)
			fsrsCard.last_review = new Date(
				Math.min(toStudyClock(card.lastReview, this.#rolloverHour), clock)
			);
		return fsrsCard;
	}

	/** A card ts-fsrs returned (study clock) as a stored row (real time), reviewed at `now`. */
	#fromStudyClock(questionId: string, card: Card, now: number): CardRecord {
		const record = fromFsrsCard(questionId, card);
		record.due = Math.max(now, fromStudyClock(record.due, this.#rolloverHour));
		record.lastReview = now;
		return record;
	}

	/**
	 * The card after answering `rating` at `now` (ms); a missing card means a new question.
	 * `previewAt` is when the grade buttons' intervals were computed (`preview`): the outcome is
	 * computed for that moment, so it is exactly what the button showed (same elapsed days,
	 * same fuzz), then moved to `now` by the time spent choosing. Ignored if after `now`.
	 */
	answer(
		questionId: string,
		card: CardRecord | undefined,
		now: number,
		rating: RatingValue,
		previewAt: number = now
	): CardRecord {
		const at = previewAt <= now ? previewAt : now;
		const clock = toStudyClock(at, this.#rolloverHour);
		// A damaged row (stability 0, a last review in 2286…) is answered as its nearest valid
		// card instead of throwing, so the answer is saved and the row healed by it.
		const usable = card && repairCard(card, at).card;
		const before = this.#onStudyClock(usable, clock, questionId);
		const next =
			rating === Rating.Easy && before.state !== State.Review
				? this.#outcomes(before, clock)[Rating.Easy]
				: this.#fsrs.next(before, new Date(clock), rating as Grade).card;
		const record = this.#fromStudyClock(questionId, next, at);
		record.due += now - at;
		record.lastReview = now;
		return record;
	}

	/**
	 * When the card would next be due after each rating (ms), for the grade buttons; the same
	 * numbers `answer` saves when given `previewAt = now`.
	 */
	preview(
		card: CardRecord | undefined,
		now: number,
		questionId: string = card?.questionId ?? ''
	): Record<RatingValue, number> {
		const clock = toStudyClock(now, this.#rolloverHour);
		const usable = card && repairCard(card, now).card;
		const outcomes = this.#outcomes(this.#onStudyClock(usable, clock, questionId), clock);
		const due = (grade: Grade) => this.#fromStudyClock('', outcomes[grade], now).due;
		return { 1: due(1), 2: due(2), 3: due(3), 4: due(4) };
	}

	/** Every grade's next card (study clock), Easy after Good (`easyAfterGood`). */
	#outcomes(before: Card, clock: number): Record<Grade, Card> {
		const date = new Date(clock);
		const all = this.#fsrs.repeat(before, date);
		return {
			[Rating.Again]: all[Rating.Again].card,
			[Rating.Hard]: all[Rating.Hard].card,
			[Rating.Good]: all[Rating.Good].card,
			[Rating.Easy]: easyAfterGood(before, all[Rating.Good].card, all[Rating.Easy].card, date)
		} as Record<Grade, Card>;
	}
}
