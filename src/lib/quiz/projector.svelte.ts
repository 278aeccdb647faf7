import { foldText } from '$lib/text/fold';
import type { Quiz } from './types';

export type ProjectorPhase = 'join' | 'question' | 'answer' | 'end';

/** Seconds per question on the projector when the quiz itself has no per-question limit. */
export const DEFAULT_PROJECTOR_SECONDS = 30;

/**
 * Whole-class play on a projector: one question at a time, a countdown, then the answer and
 * its explanation. Questions keep the quiz's own order so the room sees the same thing.
 */
export class ProjectorRun {
	readonly quiz: Quiz;
	readonly seconds: number;
	phase = $state<ProjectorPhase>('join');
	index = $state(0);
	now = $state(0);
	startedAt = $state(0);

	constructor(quiz: Quiz) {
		this.quiz = quiz;
		this.seconds =
			quiz.settings.timer === 'question' ? quiz.settings.seconds : DEFAULT_PROJECTOR_SECONDS;
	}

	get question() {
		return this.quiz.questions[this.index];
	}
	get isLast() {
		return this.index === this.quiz.questions.length - 1;
	}
	get remaining(): number {
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
	/** Shows the answer when the countdown reaches zero. */
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
