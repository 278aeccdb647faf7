import type { ArticleView, Idea } from './ideas';
import { datedKey } from './idea-faith';
import { words } from './text';

/**
 * Keys that do not say what their sentence says: a lost formula, a run into the next sentence, a
 * hedged trait with rivals, a side cause, a lead key true only at the article's date.
 *
 * Blind review U29's failure kinds (103 random Wikipedia articles, issue 12, gen34): cards a
 * blind reviewer failed that no earlier rule caught. `keyFidelityRefuses` drops a card whose key lost a
 * formula or ran into the next sentence, a hedged trait whose article names other answers, and a
 * cause that is a side detail of an incident. Each reads the card (prompt, key, cited sentence)
 * and, where said, the article's other sentences. Pure.
 */

/** Subscript and superscript digits and signs: a chemical or a mathematical formula. */
const SCRIPT = /[\u00B2\u00B3\u00B9\u2070-\u209F]/u;

/**
 * True when a key's token with a subscript or a superscript is not a token of its sentence:
 * removing a parenthesis cut a formula in two ("general formula (C₅H₅)₂M" → "general
 * formula₂M", U29 S30, both reviewers: "garbled"). A formula the key keeps whole is fine.
 */
export function formulaLost(key: string, sentence: string): boolean {
	return key
		.split(/\s+/u)
		.filter((token) => SCRIPT.test(token))
		.map((token) => token.replace(/[.,;:]+$/u, ''))
		.some((token) => !sentence.split(/\s+/u).some((word) => word.startsWith(token)));
}

/** Abbreviations a sentence goes on after: "e.g. Ostra", "St. Varn", "Dr. Lund". */
const ABBREVIATION =
	/(?:^|\s)(?:e\.g|i\.e|etc|vs|St|Dr|Mr|Mrs|Ms|Jr|Sr|Co|Inc|Ltd|No|Mt|Ft|Gen|Col|Lt|Capt|Rev|Prof|approx|ca|c)\.$/u;

/**
 * True when a key runs on into the next sentence: "… formula₂M. Closely related to the
 * metallocenes are …" (U29 S30: the sentence split missed a stop after a formula). A stop after
 * a word of two or more letters, then a capitalised word, ends a sentence unless the word is an
 * abbreviation; initials ("J. R. Lund") are single letters.
 */
export function runsIntoNextSentence(key: string): boolean {
	const stop = /([^\s.]{2,})\.\s+\p{Lu}\p{Ll}/gu;
	for (const match of key.matchAll(stop)) {
		const before = key.slice(0, (match.index ?? 0) + match[1].length + 1);
		if (!ABBREVIATION.test(before) && !/^\p{Lu}{2,}$/u.test(match[1])) return true;
	}
	return false;
}

/** A trait asked with its hedge: "often", "usually", "commonly", "sometimes" … */
const HEDGED = /\b(?:often|usually|commonly|sometimes|frequently|generally|normally|mostly)\b/u;

/**
 * The key's head noun: its first lower-case word before "called", "of", "that", "which",
 * "whose", "with", "for" or a comma ("easily countable fabric called aida cloth" → "fabric").
 */
function headNoun(key: string): string | undefined {
	const phrase = key
		.replace(/^(?:an?|the)\s+/iu, '')
		.split(/\s+(?:called|named|of|that|which|whose|with|for|from|in|on|to|by|such)\b|[,;(]/u)[0];
	return phrase
		.split(/\s+/u)
		.filter((w) => /^\p{Ll}{3,}$/u.test(w))
		.at(-1);
}

/**
 * True when a hedged trait ("What is X often executed on?") has more than one right answer in
 * its article: its key joins alternatives by "or" ("a download from a website or as a compact
 * disc", U29 S26), or a nearby sentence of the same section names the key's head noun with
 * another modifier ("evenweave fabric (such as linen)" beside "countable fabric called aida
 * cloth", U29 S44). Both reviewers failed both: "often" says there are other answers, and the
 * article gives them. A hedged trait the article names no rival for stays ("Shuffling is often
 * followed by a cut", U25 S31, accepted).
 */
export function hedgedWithRivals(idea: Idea, article: ArticleView): boolean {
	if (idea.kind !== 'trait' || !HEDGED.test(idea.prompt)) return false;
	if (/\s(?:or|and\/or)\s+(?:as\s+|an?\s+|the\s+)?\p{Ll}/u.test(idea.answer)) return true;
	const head = headNoun(idea.answer);
	if (!head) return false;
	const own = idea.answer.toLowerCase();
	const at = article.sentences.indexOf(idea.sentence);
	const near = article.sentences.filter(
		(s, i) => s !== idea.sentence && s.section === idea.sentence.section && Math.abs(i - at) <= 4
	);
	const modified = new RegExp(String.raw`\b(\p{Ll}{3,})\s+${head}\b`, 'gu');
	return near.some((s) =>
		[...s.text.matchAll(modified)].some(
			(m) =>
				!own.includes(`${m[1]} ${head}`) &&
				!/^(?:the|this|that|these|those|its|their|his|her|our|each|every|same|other|such|and|or|of|on|in|a|an)$/u.test(
					m[1]
				)
		)
	);
}

/**
 * True when a cause card asks a side detail of an incident: its prompt names none of the
 * article's title and its effect is no named event, only what happened in a passage the card
 * cannot show ("What triggered a fire which completely destroyed the rescue helicopter?" → "The
 * explosion", U29 S25; "What triggered a loud explosion and the pilot was … thrown out …?", S01:
 * both reviewers, "a side detail of an accident in a cattle baron's biography"). Such an effect
 * goes on with a clause (a verb or a relative pronoun), or its cause is a short common noun
 * phrase pointing back into the passage ("The explosion", "The opening of the valve").
 */
export function sideCause(idea: Idea, article: ArticleView): boolean {
	if (idea.kind !== 'cause') return false;
	const title = new Set(words(article.title).filter((w) => w.length >= 4));
	if (words(idea.prompt).some((w) => title.has(w))) return false;
	const effect = idea.prompt.replace(/^What\s+(?:caused|triggered|led to|brought about)\s+/u, '');
	const clause = /\b(?:was|were|is|are|had|has|which|that|who|whom|whose)\b/u.test(effect);
	const cause = idea.answer;
	const pointer =
		/^The\s/u.test(cause) &&
		!/\s\p{Lu}/u.test(cause) &&
		words(cause).filter((w) => w.length >= 4).length <= 3;
	return clause || pointer;
}

/** True when blind review U29 fails the card on sight (see each rule). */
export function keyFidelityRefuses(idea: Idea, article: ArticleView): boolean {
	return (
		formulaLost(idea.answer, idea.sentence.text) ||
		runsIntoNextSentence(idea.answer) ||
		hedgedWithRivals(idea, article) ||
		sideCause(idea, article) ||
		// "A Canadian artist who currently lives … in Vancouver": a person's key true only at the
		// article's date (U29 S45); the lead's other keys were already refused for it.
		(idea.kind === 'lead' && datedKey(idea.answer))
	);
}
