/**
 * A swapped year or number inside an aside: "The Amazon Fund, created in 2006 and supported
 * mainly by Norway and Germany, pays for projects …", "Large dams such as Belo Monte, which began
 * operating in 2012, flood forest …". Made false there, the statement's own claim stays true and
 * only a side detail is wrong: both blind reviewers failed both such statements as trivia ("the
 * point of the sentence is untouched", 2027-01-16 S04, S33), while the one such statement asked
 * true was accepted by both ("The Suez Canal, opened in 1869, made Egypt vital …", S17). So such
 * a statement is asked true only (`idea-truth.ts`). An aside here is a comma-closed relative
 * clause or participle phrase after a noun, with the sentence going on after it. Pure.
 */

/** An aside's opening: a relative pronoun or a past participle ("created", "built", "begun"). */
const OPENER =
	/^\s*(?:which|who|whose|that|\p{Ll}{3,}ed|built|begun|founded|made|set\s+up|held|led|won|run|known|born|written|drawn|given|taken|seen)\b/u;

/** True when position `at` of `text` lies inside a comma-closed aside after which the sentence goes on. */
export function inAside(text: string, at: number): boolean {
	const open = text.lastIndexOf(',', at);
	const close = text.indexOf(',', at);
	if (open < 0 || close < 0) return false;
	if (!OPENER.test(text.slice(open + 1, at))) return false;
	// The aside must close before the claim goes on ("…, pays for …"), not before a new clause.
	return /^,\s+(?!(?:and|but|or|so|while|whereas|although|when|as)\b)\p{Ll}/u.test(
		text.slice(close)
	);
}
