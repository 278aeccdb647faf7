import * as v from 'valibot';
import { seededRandom, shuffled } from './random';
import { scoreAnswers, type Score } from './scoring';
import type { Answer, Quiz, QuizResult } from './types';

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

	position = $state(0);
	answers = $state<Answer[]>([]);
	now = $state(0);
	questionStartedAt = $state(0);
	finishedAt = $state<number | null>(null);
	/** Set when time ran out, to explain why the quiz ended. */
	timedOut = $state(false);

	constructor(
		quiz: Quiz,
		name: string,
		now = Date.now(),
		seed = Math.floor(Math.random() * 2 ** 32)
	) {
		this.quiz = quiz;
		this.name = name.trim();
		this.seed = seed;
		const random = seededRandom(seed);
		const indices = quiz.questions.map((_, i) => i);
		this.order = quiz.settings.shuffleQuestions ? shuffled(indices, random) : indices;
		this.choiceOrder = quiz.questions.map((q) => {
			const slots = (q.choices ?? []).map((_, i) => i);
			return quiz.settings.shuffleChoices ? shuffled(slots, random) : slots;
		});
		this.answers = quiz.questions.map(() => null);
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
		return (
			this.quiz.settings.allowBack && this.quiz.settings.timer !== 'question' && this.position > 0
		);
	}
	get answeredCount(): number {
		return this.answers.filter((a) => a !== null && a !== '').length;
	}

	/** Seconds left on the running clock, or null without a time limit. */
	get remaining(): number | null {
		const { timer, seconds } = this.quiz.settings;
		if (timer === 'none') return null;
		const from = timer === 'quiz' ? this.startedAt : this.questionStartedAt;
		return Math.max(0, Math.ceil(seconds - (this.now - from) / 1000));
	}

	answer(value: Answer) {
		if (this.finished) return;
		this.answers[this.index] = typeof value === 'string' && value.trim() === '' ? null : value;
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
		this.finish(now);
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
			name: this.name,
			seed: this.seed,
			startedAt: this.startedAt,
			position: this.position,
			questionStartedAt: this.questionStartedAt,
			answers: [...this.answers],
			finishedAt: this.finishedAt,
			timedOut: this.timedOut
		};
	}

	/** Resumes a saved attempt; the clock keeps running from the original start. */
	static restore(quiz: Quiz, saved: SavedAttempt, now = Date.now()): QuizRun | null {
		if (saved.quizId !== quiz.id || saved.answers.length !== quiz.questions.length) return null;
		const run = new QuizRun(quiz, saved.name, saved.startedAt, saved.seed);
		run.position = Math.min(saved.position, quiz.questions.length - 1);
		run.questionStartedAt = saved.questionStartedAt;
		run.answers = [...saved.answers];
		run.finishedAt = saved.finishedAt;
		run.timedOut = saved.timedOut;
		run.tick(now);
		return run;
	}

	get score(): Score {
		return scoreAnswers(this.quiz, this.answers);
	}

	get result(): QuizResult {
		return {
			quizId: this.quiz.id,
			name: this.name,
			answers: [...this.answers],
			seconds: Math.round(((this.finishedAt ?? this.now) - this.startedAt) / 1000),
			finishedAt: this.finishedAt ?? this.now
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
		return `${m} minute${m === 1 ? '' : 's'} left`;
	}
	return `${seconds} seconds left`;
}

const SavedAttemptSchema = v.object({
	quizId: v.string(),
	name: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	seed: v.number(),
	startedAt: v.number(),
	position: v.pipe(v.number(), v.integer(), v.minValue(0)),
	questionStartedAt: v.number(),
	answers: v.array(v.nullable(v.union([v.number(), v.boolean(), v.string()]))),
	finishedAt: v.nullable(v.number()),
	timedOut: v.boolean()
});
export type SavedAttempt = v.InferOutput<typeof SavedAttemptSchema>;

const attemptKey = (quizId: string) => `flashpoint:quiz-attempt:${quizId}`;

export function saveAttempt(attempt: SavedAttempt) {
	try {
		localStorage.setItem(attemptKey(attempt.quizId), JSON.stringify(attempt));
	} catch {
		// Storage full or blocked: the attempt still runs, it just does not survive a reload.
	}
}

export function loadAttempt(quizId: string): SavedAttempt | null {
	try {
		const raw = localStorage.getItem(attemptKey(quizId));
		if (!raw) return null;
		const parsed = v.safeParse(SavedAttemptSchema, JSON.parse(raw));
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
}
