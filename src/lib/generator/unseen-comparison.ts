import type { Idea } from './ideas';

/**
 * A comparison or a measure whose other term only an earlier sentence gives (blind review H11,
 * 2027-01-18, both reviewers on each): "… Nasser decided to build a much larger dam." (larger than
 * the old dam the paragraph before describes, S113), "Who built a much larger automatic wind
 * turbine in Cleveland?" (than Blyth's, the sentence before, S128), "Troop numbers grew year by
 * year …" (whose troops? the handout's list said, S112). The student sees only the card. On every reviewed
 * draft of every review (1,565) the comparatives hit 5 statements and prompts, all rejected by
 * both reviewers (10 verdicts; H9's "an even higher level", H10's "a much longer period"), the
 * bare measures 1 (2 rejecting). Asked of a prompt (a statement, a deed's question), never of a
 * definition's key, where the comparison is the sentence's own ("a small current … controls a
 * much larger current"). Pure.
 */

/** "a much larger dam", "an even higher level": a comparative adjective before its noun. */
const COMPARATIVE =
	/\b(?:an?|the)\s+(?:(?:much|far|even|still|slightly|considerably|significantly)\s+)?(?:larger|bigger|smaller|greater|higher|lower|longer|shorter|stronger|weaker|wider|narrower|heavier|lighter|faster|slower|newer|deeper|taller)\s+(?!than\b)\p{Ll}/u;

/**
 * "Troop numbers grew …", "Casualties mounted …": a count of people said of no one, as the
 * sentence's subject. Not a general measure: "Sea levels rose …", "Interest rates fell …" need
 * no owner.
 */
const BARE_MEASURE =
	/^(?:\p{L}\p{Ll}+\s+)?(?:numbers|totals|losses|casualties|deaths)\s+(?!of\b)\p{Ll}/u;

/** True when `text` compares with something it does not name: a comparative and no "than". */
export function comparesWithUnseen(text: string): boolean {
	const m = COMPARATIVE.exec(text);
	return !!m && !/\bthan\b/u.test(text.slice(m.index));
}

/** True when `text` opens on a measure of no one ("Troop numbers grew …"). */
export function measureOfNoOne(text: string): boolean {
	const t = text.trim();
	// "Casualties mounted …": the measure itself opens the sentence.
	return BARE_MEASURE.test(t) || BARE_MEASURE.test(t.charAt(0).toLowerCase() + t.slice(1));
}

/** True when a card's prompt (not a definition's key) refers into the text by comparison or measure. */
export function refersByComparison(idea: Idea): boolean {
	return comparesWithUnseen(idea.prompt) || measureOfNoOne(idea.prompt);
}
