import type { Bank, Question } from '../content/schema';
import { acronymAfterBlank, titleBesideBlank } from './checks';
import { pointsIntoArticle, stripLeadIn, undatedTime } from './standalone';
import { fold } from './text';

/**
 * The mechanical figures of issue 9, computed over a bank: printed by `npm run questions` and
 * held by tests. Each counts questions (or, for the cue, the share of keys one cue predicts).
 */
export interface Figures {
	/** True/false questions and how many are keyed true. */
	truefalse: { count: number; true: number };
	/** The surface feature that best predicts a true/false key, and the share it predicts (0–1). */
	bestCue: { name: string; share: number };
	titlesBesideBlank: number;
	choicesAfterArticle: number;
	identicalPrompts: number;
	undatedTime: number;
	pointingPrompts: number;
	/**
	 * Multiple-choice questions whose choices are all years, and the largest share (0–1) of
	 * their keys at one rank among the sorted choices: chance is 1/choices (blind review U16
	 * read keys never at an end off their position).
	 */
	yearKeyRank: { count: number; share: number };
}

/** Surface features a student could guess a key from without reading (issue 9 item 1). */
const CUES: [string, (prompt: string, median: number) => string][] = [
	['opening word', (p) => p.split(/\s+/)[0].toLowerCase()],
	['opening two words', (p) => p.split(/\s+/).slice(0, 2).join(' ').toLowerCase()],
	['longer than median', (p, median) => String(p.length > median)],
	['digits', (p) => String(/\d/.test(p))],
	['negation', (p) => String(/\b(?:not|no|never|neither|nor|without|none)\b|n[’']t\b/i.test(p))],
	// A blind reviewer (B6) read false statements by their absolutes ("only", "any", "every").
	[
		'negation or absolute',
		(p) =>
			String(/\b(?:not|no|never|neither|nor|without|none|only|any|all|every)\b|n[’']t\b/i.test(p))
	],
	['quotation', (p) => String(/[“”"]/.test(p))],
	['connective', (p) => String(stripLeadIn(p) !== p)],
	['attribution', (p) => String(/\baccording to\b/i.test(p))],
	['as of', (p) => String(/^As of\b/.test(p))],
	['ends with', (p) => p.slice(-1)]
];

/**
 * Share of keys predicted by the best rule "feature value → majority key". A feature whose
 * values are nearly unique (opening words) is scored only on values seen at least 5 times, the
 * rest predicted by the overall majority, so it does not fit noise.
 */
export function bestCue(questions: Question[]): { name: string; share: number } {
	const tf = questions.filter((q) => q.type === 'truefalse');
	if (!tf.length) return { name: 'none', share: 0 };
	const lengths = tf.map((q) => q.prompt.length).sort((a, b) => a - b);
	const median = lengths[Math.floor(lengths.length / 2)];
	const trues = tf.filter((q) => q.answer === 'true').length;
	const majority = Math.max(trues, tf.length - trues);
	let best = { name: 'majority key', share: majority / tf.length };
	for (const [name, cue] of CUES) {
		const counts = new Map<string, { t: number; f: number }>();
		for (const q of tf) {
			const value = cue(q.prompt, median);
			const c = counts.get(value) ?? { t: 0, f: 0 };
			if (q.answer === 'true') c.t++;
			else c.f++;
			counts.set(value, c);
		}
		let right = 0;
		let restT = 0;
		let restF = 0;
		for (const c of counts.values()) {
			if (c.t + c.f >= 5) right += Math.max(c.t, c.f);
			else {
				restT += c.t;
				restF += c.f;
			}
		}
		right += Math.max(restT, restF);
		const share = right / tf.length;
		if (share > best.share) best = { name, share };
	}
	return best;
}

function yearsIn(text: string): number[] {
	return (text.match(/\b(1[89]\d\d|20\d\d)\b/g) ?? []).map(Number);
}

export function figuresOf(bank: Bank, only: (q: Question) => boolean = () => true): Figures {
	const questions = bank.questions.filter(only);
	const yearOf = new Map(bank.documents.map((d) => [d.id, Number(d.date.slice(0, 4))]));
	const tf = questions.filter((q) => q.type === 'truefalse');
	const prompts = new Map<string, number>();
	for (const q of questions) {
		const key = fold(q.prompt.replace('____', ' blank '));
		prompts.set(key, (prompts.get(key) ?? 0) + 1);
	}
	return {
		truefalse: { count: tf.length, true: tf.filter((q) => q.answer === 'true').length },
		bestCue: bestCue(questions),
		titlesBesideBlank: questions.filter(
			(q) => titleBesideBlank(q.prompt) || acronymAfterBlank(q.prompt)
		).length,
		choicesAfterArticle: questions.filter((q) =>
			(q.choices ?? [])
				.filter((c) => c !== q.answer)
				.some((c) => yearsIn(c).some((y) => y > (yearOf.get(q.source.doc) ?? 9999)))
		).length,
		identicalPrompts: [...prompts.values()].filter((n) => n > 1).length,
		undatedTime: questions.filter((q) => undatedTime(q.prompt)).length,
		pointingPrompts: questions.filter((q) => pointsIntoArticle(q.prompt)).length,
		yearKeyRank: keyRankShare(questions)
	};
}

/** The key's rank (0 = earliest) among a question's choices read as years, or undefined. */
export function yearKeyRank(choices: readonly string[], answer: string): number | undefined {
	if (!choices.every((c) => /^\d{3,4}$/u.test(c))) return undefined;
	return [...choices]
		.map(Number)
		.sort((a, b) => a - b)
		.indexOf(Number(answer));
}

/** Four-choice year questions and the largest share of their keys at one sorted rank. */
function keyRankShare(questions: Question[]): { count: number; share: number } {
	const ranks = [0, 0, 0, 0];
	for (const q of questions) {
		if (q.type !== 'mcq' || q.choices?.length !== 4) continue;
		const rank = yearKeyRank(q.choices, q.answer);
		if (rank !== undefined && rank >= 0) ranks[rank]++;
	}
	const count = ranks.reduce((a, b) => a + b, 0);
	return { count, share: count ? Math.max(...ranks) / count : 0 };
}
