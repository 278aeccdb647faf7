import type { ArticleView } from './ideas';
import { namesSubject } from './idea-text';

/**
 * A year blank about another thing the sentence names, not the article's subject: "Modern
 * versions of the Ostra counter use the velar tube invented in ____ by Ivo Stren" asks when
 * a part was invented, and "In ____, Stren co-founded the Varn Guild" when a person set up a
 * body. Blind review U14 failed both as trivia (S01, S07): the year asked must be the
 * subject's own event, its founding, invention, battle (issue 12). Precision first: refused.
 */

/** "was", "were", "been" …: before a participle, the sentence's own subject did or underwent it. */
const AUXILIARY = /^(?:is|are|was|were|be|been|being|has|have|had)$/iu;

/** A verb in the past tense or a past participle ("invented", "co-founded", "written"). */
const EVENT_VERB =
	/^(?:\p{Ll}[\p{Ll}-]*ed|written|built|begun|made|found|held|fought|won|drawn|sung|taken|given|struck|laid)$/u;

/** The opening "X is/was a …": a participle after it tells of X itself ("a play, written in"). */
const DEFINES = /^[^,]*?\b(?:is|are|was|were)\s+(?:a|an|the|one)\b/iu;

/** The last event verb before the blank, the word before it (adverbs skipped), and what follows. */
function verbBeforeBlank(
	prompt: string
): { before: string; after: string; opening: string } | undefined {
	const at = prompt.indexOf('____');
	if (at < 0) return undefined;
	const words = prompt.slice(0, at).split(/\s+/u).filter(Boolean);
	for (let i = words.length - 1; i >= 0; i--) {
		if (!EVENT_VERB.test(words[i])) continue;
		let j = i - 1;
		while (j >= 0 && /ly$/u.test(words[j])) j--;
		return {
			before: words[j] ?? '',
			after: words.slice(i + 1).join(' '),
			opening: words.slice(0, i).join(' ')
		};
	}
	return undefined;
}

/**
 * True when a year prompt asks about another thing than the article's subject:
 * - "In ____, <someone> <verb>ed the <Name> …": an active verb whose object is another named
 *   thing (the subject's own name as the object passes: "In ____, Jacquard built the loom");
 * - "… <noun> invented in ____ …": a participle on a noun of a sentence that does not open by
 *   defining the subject ("X is a play written in ____" tells of X itself).
 */
export function sideEntityYear(prompt: string, article: ArticleView): boolean {
	const opening = /^(?:In|On)\s+(?:[^_,]*\s)?____,\s+(.+)$/u.exec(prompt)?.[1];
	if (opening) {
		const words = opening.split(/\s+/u);
		const v = words.findIndex((w) => EVENT_VERB.test(w));
		if (v < 0 || (v > 0 && AUXILIARY.test(words[v - 1]))) return false;
		const object = words.slice(v + 1).join(' ');
		const named = /^(?:the\s+)?\p{Lu}/u.test(object);
		return named && !namesSubject(object.split(/[,;]/u)[0], article);
	}
	const found = verbBeforeBlank(prompt);
	if (!found || AUXILIARY.test(found.before) || /,$/u.test(found.before)) return false;
	if (DEFINES.test(found.opening)) return false;
	// "Ivo Stren invented the velar tube in ____" in the velar tube's own article.
	return !namesSubject(found.after, article) && !namesSubject(found.before, article);
}
