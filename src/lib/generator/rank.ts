import { QUESTION_TYPES, type Question } from '../content/schema';
import type { SourceFile } from '../content/sources';

/**
 * Teaching order of new questions (issue 9, item 10): every question gets an integer `rank`,
 * lower taught first. Built from data only:
 * - tier: an editor's `tier` on a written question (0 = a central idea of its article),
 *   else 1 for written questions and 2 for generated ones;
 * - position: where the cited passage starts in its article (earlier = closer to the lede);
 * - within a tier, articles take turns, and types take turns so that the first few new
 *   questions show every type;
 * - siblings (the same fact, or quotes that overlap in one article) stay at least
 *   `SIBLING_GAP` places apart, taking a later written tier's question first when a tier has
 *   only siblings left, so one question never answers the next.
 */

/** Default tiers: hand-written questions are read by an editor, generated ones test detail. */
export const WRITTEN_TIER = 1;
export const GENERATED_TIER = 2;

/** Places kept between siblings; one day of new questions (the default new-card limit). */
export const SIBLING_GAP = 20;

export interface RankData {
	/** Editor tiers by written question id (see `tiersFromWritten`). */
	tiers: ReadonlyMap<string, number>;
	/** Where the passage starts in its article, 0-based (e.g. the paragraph index); unknown → end. */
	position: (question: Question) => number;
	/** Article order, for taking turns; unknown documents go last. */
	docs: readonly string[];
}

/** Reads the optional integer `tier` (≥ 0) of each entry of `questions/written.json`. */
export function tiersFromWritten(data: unknown): Map<string, number> {
	const tiers = new Map<string, number>();
	if (!Array.isArray(data)) return tiers;
	for (const entry of data) {
		const { id, tier } = (entry ?? {}) as { id?: unknown; tier?: unknown };
		if (typeof id === 'string' && Number.isInteger(tier) && (tier as number) >= 0)
			tiers.set(id, tier as number);
	}
	return tiers;
}

function tierOf(question: Question, tiers: RankData['tiers']): number {
	return tiers.get(question.id) ?? (question.origin === 'written' ? WRITTEN_TIER : GENERATED_TIER);
}

/** Questions that must not come close together: same fact, or overlapping quotes of one article. */
export function areSiblings(a: Question, b: Question): boolean {
	if (a.fact === b.fact) return true;
	if (a.source.doc !== b.source.doc) return false;
	return a.source.quote.includes(b.source.quote) || b.source.quote.includes(a.source.quote);
}

/**
 * Returns the questions in their given order, each with `rank` set to its place (0-based) in
 * the teaching order described in the module doc. Deterministic: ties fall back to ids.
 */
export function rankQuestions(questions: readonly Question[], data: RankData): Question[] {
	const docIndex = (q: Question) => {
		const i = data.docs.indexOf(q.source.doc);
		return i < 0 ? data.docs.length : i;
	};
	const typeIndex = (q: Question) => QUESTION_TYPES.indexOf(q.type);
	const byPlace = [...questions].sort(
		(a, b) =>
			tierOf(a, data.tiers) - tierOf(b, data.tiers) ||
			docIndex(a) - docIndex(b) ||
			data.position(a) - data.position(b) ||
			typeIndex(a) - typeIndex(b) ||
			(a.id < b.id ? -1 : 1)
	);
	// Articles take turns within a tier: the k-th question of each article, then the (k+1)-th.
	const turn = new Map<Question, number>();
	const seen = new Map<string, number>();
	for (const q of byPlace) {
		const key = `${tierOf(q, data.tiers)}|${q.source.doc}`;
		turn.set(q, seen.get(key) ?? 0);
		seen.set(key, (seen.get(key) ?? 0) + 1);
	}
	const remaining = [...byPlace].sort(
		(a, b) =>
			tierOf(a, data.tiers) - tierOf(b, data.tiers) ||
			turn.get(a)! - turn.get(b)! ||
			docIndex(a) - docIndex(b) ||
			(a.id < b.id ? -1 : 1)
	);

	const order: Question[] = [];
	let lastType = -1;
	while (remaining.length) {
		const tier = tierOf(remaining[0], data.tiers);
		const recent = order.slice(-SIBLING_GAP);
		const clear = (q: Question) => !recent.some((r) => areSiblings(q, r));
		let pick = -1;
		// Types take turns: the next type after the last one that has a clear question in this tier.
		for (let step = 1; step <= QUESTION_TYPES.length && pick < 0; step++) {
			const type = QUESTION_TYPES[(lastType + step) % QUESTION_TYPES.length];
			pick = remaining.findIndex(
				(q) => tierOf(q, data.tiers) === tier && q.type === type && clear(q)
			);
		}
		if (pick < 0) pick = remaining.findIndex((q) => tierOf(q, data.tiers) === tier && clear(q));
		// Every question left in this tier is a sibling of a recent one: a later written tier's
		// question that is clear comes first (remaining is in tier order), so no day teaches one
		// fact twice; generated detail still waits for the written questions.
		if (pick < 0)
			pick = remaining.findIndex(
				(q) => clear(q) && (tierOf(q, data.tiers) < GENERATED_TIER || tier >= GENERATED_TIER)
			);
		if (pick < 0) pick = 0;
		const [next] = remaining.splice(pick, 1);
		lastType = typeIndex(next);
		order.push(next);
	}
	const rank = new Map(order.map((q, i) => [q, i]));
	return questions.map((q) => ({ ...q, rank: rank.get(q)! }));
}

/**
 * Position of a question's passage in its article: the index of the first paragraph that holds
 * the quote (or, for a quote spanning paragraphs, its first 60 characters); unknown → 1e6.
 */
export function passagePosition(sources: readonly SourceFile[]): (question: Question) => number {
	const paragraphs = new Map(
		sources.map((s) => [
			s.document.id,
			s.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)
		])
	);
	return (question) => {
		const texts = paragraphs.get(question.source.doc) ?? [];
		const head = question.source.quote.slice(0, 60);
		const at = texts.findIndex((t) => t.includes(head));
		return at < 0 ? 1e6 : at;
	};
}
