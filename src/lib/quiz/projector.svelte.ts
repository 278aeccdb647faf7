import { foldText } from '$lib/text/fold';
import type { Quiz } from './types';

export type ProjectorPhase = 'join' | 'question' | 'answer' | 'end';

/**
 * Whole-class play on a projector: one question at a time, a countdown when the quiz has a
 * per-question limit, then the answer and its explanation. Questions keep the quiz's own order
 * so the room sees the same thing.
 */
export class ProjectorRun {
	readonly quiz: Quiz;
	/**
	 * Seconds per question, or null: no countdown, the teacher reveals the answer. Only a
	 * per-question limit counts down; a quiz with no limit (or one for the whole quiz) showed an
	 * invented 0:30 under a start page saying "No time limit" (outsider teacher, issue 14).
	 */
	readonly seconds: number | null;
	phase = $state<ProjectorPhase>('join');
	index = $state(0);
	now = $state(0);
	startedAt = $state(0);

	constructor(quiz: Quiz) {
		this.quiz = quiz;
		this.seconds = quiz.settings.timer === 'question' ? quiz.settings.seconds : null;
	}

	get question() {
		return this.quiz.questions[this.index];
	}
	get isLast() {
		return this.index === this.quiz.questions.length - 1;
	}
	/** Whole seconds left on this question's countdown; null when there is no countdown. */
	get remaining(): number | null {
		if (this.seconds === null) return null;
		if (this.phase !== 'question') return 0;
		return Math.max(0, Math.ceil(this.seconds - (this.now - this.startedAt) / 1000));
	}

	start(now = Date.now()) {
		this.index = 0;
		this.ask(now);
	}
	private ask(now: number) {
		this.phase = 'question';
		this.startedAt = now;
		this.now = now;
	}
	reveal() {
		if (this.phase === 'question') this.phase = 'answer';
	}
	next(now = Date.now()) {
		if (this.isLast) {
			this.phase = 'end';
			return;
		}
		this.index++;
		this.ask(now);
	}
	/** Shows the answer when the countdown (if any) reaches zero. */
	tick(now = Date.now()) {
		this.now = now;
		if (this.phase === 'question' && this.remaining === 0) this.reveal();
	}
}

/**
 * What the answer screen shows under the answer: the explanation, and the source quote unless
 * the explanation already quotes it (many written explanations are "Balkan Insight says: “…”"),
 * so the projected slide never shows the same passage twice. Compared folded (`foldText`), so
 * typographic quotes and accents do not hide a repeat.
 */
export function answerScreenText(
	question: Pick<Quiz['questions'][number], 'explanation' | 'source'>,
	showQuote: boolean
): { explanation: string; quote: string | null } {
	const explanation = question.explanation.trim();
	const quote = question.source.quote.trim();
	if (!showQuote || !quote) return { explanation, quote: null };
	const plainWords = (s: string) =>
		foldText(s)
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim();
	const e = plainWords(explanation);
	const q = plainWords(quote);
	const repeated = q.length > 0 && (e.includes(q) || (e.length > 20 && q.includes(e)));
	return { explanation, quote: repeated ? null : quote };
}
