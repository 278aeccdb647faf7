import { canGoBackInQuiz } from './rules';
import { plural } from '$lib/text/plural';
import { seededRandom, shuffled } from './random';
import { questionOrder } from './question-groups';
import { cleanDisplayText } from '$lib/text/fold';
import { MAX_REPORTED_SECONDS, newAttemptId } from './result-code';
import { scoreAnswers, type Score } from './scoring';
import { LIMITS, type Answer, type Quiz, type QuizResult } from './types';
import { quizVersionId } from './versions';
import { mergeAttempts } from './attempt-sync';
import type { SavedAttempt } from './attempt-store';

/** Remaining-time moments worth announcing to screen readers (never every second). */
export const ANNOUNCE_AT = [300, 120, 60, 30, 10];

/**
 * One student's attempt at a quiz: order, answers, timer and submission. The display order
 * may be shuffled; answers are always kept in the quiz's own order and choice indices refer to
 * the quiz's own choice order, so the teacher re-scores without knowing the shuffle.
 */
export class QuizRun {
	readonly quiz: Quiz;
	readonly name: string;
	/** Display position → question index. */
	readonly order: number[];
	/** Per question: display slot → choice index. */
	readonly choiceOrder: number[][];
	readonly startedAt: number;
	readonly seed: number;
	/** Names this attempt in its result code; a retake is a new attempt with a new id. */
	readonly attemptId: string;
	/** The version of the quiz asked (`versions.ts`), for the result code. */
	readonly version: string;

	position = $state(0);
	answers = $state<Answer[]>([]);
	/**
	 * When each answer was last changed, ms since the epoch (0: never), in the quiz's order: the
	 * same attempt open in two tabs keeps the later one (`mergeAttempts`).
	 */
	answeredAt = $state<number[]>([]);
	now = $state(0);
	questionStartedAt = $state(0);
	finishedAt = $state<number | null>(null);
	/** Set when time ran out, to explain why the quiz ended. */
	timedOut = $state(false);

	constructor(
		quiz: Quiz,
		name: string,
		now = Date.now(),
		seed = Math.floor(Math.random() * 2 ** 32),
		attemptId = newAttemptId()
	) {
		this.quiz = quiz;
		this.name = cleanDisplayText(name).slice(0, LIMITS.nameChars);
		this.seed = seed;
		this.attemptId = attemptId;
		this.version = quiz.version ?? quizVersionId(quiz.questions);
		const random = seededRandom(seed);
		// A matching question's parts stay together, in order (`question-groups.ts`).
		this.order = questionOrder(quiz.questions, quiz.settings.shuffleQuestions, random);
		this.choiceOrder = quiz.questions.map((q) => {
			const slots = (q.choices ?? []).map((_, i) => i);
			return quiz.settings.shuffleChoices ? shuffled(slots, random) : slots;
		});
		this.answers = quiz.questions.map(() => null);
		this.answeredAt = quiz.questions.map(() => 0);
		this.startedAt = now;
		this.now = now;
		this.questionStartedAt = now;
	}

	get index(): number {
		return this.order[this.position];
	}
	get question() {
		return this.quiz.questions[this.index];
	}
	get isLast(): boolean {
		return this.position === this.order.length - 1;
	}
	get finished(): boolean {
		return this.finishedAt !== null;
	}
	get canGoBack(): boolean {
		return this.canRevisit && this.position > 0;
	}
	get answeredCount(): number {
		return this.answers.filter((a) => a !== null && a !== '').length;
	}

	/**
	 * The position (0-based, in the order shown) of the first question left blank, or -1 when
	 * every question has an answer. Asked before handing in, as Moodle's attempt summary does.
	 */
	get firstUnanswered(): number {
		return this.order.findIndex((i) => this.answers[i] === null || this.answers[i] === '');
	}

	/**
	 * Whether the student may go back to an earlier question: the teacher allowed it and no
	 * per-question clock is running (a question's time, once spent, is gone).
	 */
	get canRevisit(): boolean {
		return canGoBackInQuiz(this.quiz.settings);
	}

	/** Moves to `position` (0-based, in the order shown) when going back is allowed. */
	goTo(position: number) {
		if (this.finished || !Number.isInteger(position)) return;
		if (position < 0 || position >= this.order.length || position > this.position) return;
		if (position < this.position && !this.canRevisit) return;
		this.position = position;
	}

	/** Seconds left on the running clock, or null without a time limit. */
	get remaining(): number | null {
		const { timer, seconds } = this.quiz.settings;
		if (timer === 'none') return null;
		const from = timer === 'quiz' ? this.startedAt : this.questionStartedAt;
		return Math.max(0, Math.ceil(seconds - (this.now - from) / 1000));
	}

	/**
	 * The longest the attempt can honestly have taken, in seconds: the quiz's limit, or each
	 * question's limit times the questions; without a limit, `MAX_REPORTED_SECONDS`.
	 */
	get limitSeconds(): number {
		const { timer, seconds } = this.quiz.settings;
		if (timer === 'quiz') return seconds;
		if (timer === 'question') return seconds * this.quiz.questions.length;
		return MAX_REPORTED_SECONDS;
	}

	/**
	 * Typed answers keep their first `LIMITS.typedAnswerChars` characters; the field keeps what
	 * was typed and says how many are too many (`lengthNote`), so nothing is cut silently.
	 */
	answer(value: Answer, now = Date.now()) {
		if (this.finished) return;
		this.answeredAt[this.index] = now;
		this.answers[this.index] =
			typeof value === 'string'
				? value.trim() === ''
					? null
					: value.slice(0, LIMITS.typedAnswerChars)
				: value;
	}

	next(now = Date.now()) {
		if (this.finished) return;
		if (this.isLast) return this.finish(now);
		this.position++;
		this.questionStartedAt = now;
		this.now = now;
	}

	back() {
		if (this.canGoBack) this.position--;
	}

	/** Advances the clock; when time is up, moves on or submits what is answered. */
	tick(now = Date.now()) {
		if (this.finished) return;
		this.now = now;
		if (this.remaining !== 0) return;
		if (this.quiz.settings.timer === 'question' && !this.isLast) {
			this.next(now);
			return;
		}
		this.timedOut = true;
		// Reopened long after time ran out: the attempt ended when its clock did, not now.
		const { timer, seconds } = this.quiz.settings;
		const from = timer === 'quiz' ? this.startedAt : this.questionStartedAt;
		this.finish(Math.min(now, from + seconds * 1000));
	}

	finish(now = Date.now()) {
		if (this.finished) return;
		this.now = now;
		this.finishedAt = now;
	}

	/** What is saved on the device so a reload or a closed tab does not lose the attempt. */
	snapshot(): SavedAttempt {
		return {
			quizId: this.quiz.id,
			attemptId: this.attemptId,
			name: this.name,
			seed: this.seed,
			startedAt: this.startedAt,
			position: this.position,
			questionStartedAt: this.questionStartedAt,
			answers: [...this.answers],
			answeredAt: [...this.answeredAt],
			finishedAt: this.finishedAt,
			timedOut: this.timedOut
		};
	}

	/**
	 * Takes in what another tab saved of this same attempt (`mergeAttempts`): each answer it gave
	 * later, and its handing in. Returns whether anything changed here.
	 */
	adopt(saved: SavedAttempt): boolean {
		const mine = this.snapshot();
		const merged = mergeAttempts(mine, saved);
		if (merged === mine) return false;
		this.answers = [...merged.answers];
		this.answeredAt = [...(merged.answeredAt ?? this.answeredAt)];
		if (merged.finishedAt !== null && this.finishedAt === null) {
			this.timedOut = merged.timedOut;
			this.finish(merged.finishedAt);
		}
		return true;
	}

	/** Resumes a saved attempt; the clock keeps running from the original start. */
	static restore(quiz: Quiz, saved: SavedAttempt, now = Date.now()): QuizRun | null {
		if (saved.quizId !== quiz.id || saved.answers.length !== quiz.questions.length) return null;
		const run = new QuizRun(
			quiz,
			saved.name,
			saved.startedAt,
			saved.seed,
			// Saved before attempts had ids: the seed was already random per attempt.
			saved.attemptId ?? `s${saved.seed.toString(36)}`
		);
		run.position = Math.min(saved.position, quiz.questions.length - 1);
		run.questionStartedAt = saved.questionStartedAt;
		run.answers = [...saved.answers];
		run.answeredAt = saved.answers.map((_, i) => saved.answeredAt?.[i] ?? 0);
		run.finishedAt = saved.finishedAt;
		run.timedOut = saved.timedOut;
		run.tick(now);
		return run;
	}

	get score(): Score {
		return scoreAnswers(this.quiz, this.answers);
	}

	/** Seconds taken: never negative (a clock set back), never past `limitSeconds`. */
	get result(): QuizResult {
		const end = this.finishedAt ?? this.now;
		const seconds = Math.round((end - this.startedAt) / 1000);
		return {
			quizId: this.quiz.id,
			attemptId: this.attemptId,
			name: this.name,
			answers: [...this.answers],
			seconds: Math.min(Math.max(0, seconds), this.limitSeconds),
			finishedAt: end,
			version: this.version
		};
	}
}

export function formatClock(seconds: number): string {
	const m = Math.floor(seconds / 60);
	const s = seconds % 60;
	return `${m}:${String(s).padStart(2, '0')}`;
}

export function spokenTime(seconds: number): string {
	if (seconds >= 60 && seconds % 60 === 0) {
		const m = seconds / 60;
		return `${plural(m, 'minute')} left`;
	}
	return `${seconds} seconds left`;
}
