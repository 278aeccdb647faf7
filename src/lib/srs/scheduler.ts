import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	State,
	type Card,
	type FSRS,
	type Grade
} from 'ts-fsrs';
import type { CardRecord, CardState, RatingValue } from '$lib/db/records';
import { LEECH_LAPSES, type StudySettings } from './settings';

export const GRADES: readonly RatingValue[] = [1, 2, 3, 4];

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
 * FSRS-6 (ts-fsrs 5) with the student's settings, working on stored card rows. Fuzz is on, so
 * cards learned together spread out; ts-fsrs seeds it from the card, so results are repeatable.
 */
export class Scheduler {
	readonly #fsrs: FSRS;

	constructor(settings: StudySettings) {
		this.#fsrs = fsrs(
			generatorParameters({
				request_retention: settings.desiredRetention,
				learning_steps: settings.learningSteps,
				relearning_steps: settings.relearningSteps,
				enable_fuzz: true,
				enable_short_term: true
			})
		);
	}

	/** The card after answering `rating` at `now`; a missing card means a new question. */
	answer(
		questionId: string,
		card: CardRecord | undefined,
		now: number,
		rating: RatingValue
	): CardRecord {
		const current = card ? toFsrsCard(card) : createEmptyCard(new Date(now));
		const next = this.#fsrs.next(current, new Date(now), rating as Grade);
		return fromFsrsCard(questionId, next.card);
	}

	/** When the card would next be due after each rating (ms), for the grade buttons. */
	preview(card: CardRecord | undefined, now: number): Record<RatingValue, number> {
		const current = card ? toFsrsCard(card) : createEmptyCard(new Date(now));
		const preview = this.#fsrs.repeat(current, new Date(now));
		return {
			1: preview[1].card.due.getTime(),
			2: preview[2].card.due.getTime(),
			3: preview[3].card.due.getTime(),
			4: preview[4].card.due.getTime()
		};
	}
}

/** A short interval for a grade button: "1 min", "10 min", "5 h", "3 d", "2 mo", "1.5 y". */
export function formatInterval(ms: number): string {
	const minutes = Math.max(1, Math.round(ms / 60_000));
	if (minutes < 60) return `${minutes} min`;
	const hours = Math.round(minutes / 60);
	if (hours < 24) return `${hours} h`;
	const days = Math.round(hours / 24);
	if (days < 31) return `${days} d`;
	const months = days / 30.4;
	if (months < 12) return `${Math.round(months)} mo`;
	const years = days / 365;
	return `${years < 10 ? Math.round(years * 10) / 10 : Math.round(years)} y`;
}
