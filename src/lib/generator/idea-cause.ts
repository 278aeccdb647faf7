import type { ArticleView, Idea } from './ideas';
import { capitalise } from './idea-text';
import { hasDayWithoutYear, hasDeicticTime, needsAsOf, pointsIntoArticle } from './standalone';
import { words, type Sentence } from './text';

/**
 * Kind 11 (gen18, issue 12's recall): a cause the document states outright, asked of its
 * effect: "The great fire of Ostra was caused by a lamp left burning in a bakery." → "What
 * caused the great fire of Ostra?"; "The cause was movement along the fault" in a text on the
 * Elsby earthquake → "What was the cause of the Elsby earthquake?". Strict, because blind
 * reviewers accepted 0 of 2 causes (U1–U8), both open questions with many answers: one cause,
 * a whole noun phrase ending its sentence (no list, no clause after a comma), an effect named
 * in full (no pointer, no pronoun), no hedge ("partly", "may have"), no one's view ("X argued
 * that …"), and no other sentence of the document giving a cause of the same effect. Pure.
 */

/** "Y was caused by X." / "Y were caused by X." */
const CAUSED_BY =
	/^(?<effect>(?:The|An?)\s+[^,;:]{3,80}?)\s+(?:was|were)\s+(?:mainly\s+|largely\s+)?caused\s+by\s+(?<cause>[^,;:]{3,120})\.$/u;

/** "X caused Y." / "X led to Y.": the cause opens the sentence, the effect ends it. */
const CAUSED =
	/^(?<cause>(?:The|An?)\s+[^,;:]{3,80}?)\s+(?<verb>caused|led\s+to|triggered|brought\s+about)\s+(?<effect>(?:the|an?)\s+[^,;:]{3,100})\.$/u;

/** "The cause was X." / "The cause of Y was X." / "The main cause of Y was X." */
const THE_CAUSE =
	/^The\s+(?:main\s+|immediate\s+|direct\s+)?cause(?:\s+of\s+(?<effect>[^,;:]{3,80}?))?\s+was\s+(?<cause>[^;:]{3,160}?)(?:,\s+which\b.*)?\.$/u;

/** Words that make a cause one of several, someone's view, or a guess. */
const HEDGE =
	/\b(?:partly|partially|in part|among|one of|several|many|some|may|might|could|possibly|probably|perhaps|likely|believed|thought|argued|claimed|said|suggested|according|alleged|disputed|debated|also|other|another|contributed|factors?|reasons?|causes)\b/iu;

/** A cause word of any sentence: where the same effect might be given another cause. */
const CAUSE_WORD =
	/\b(?:caused|causes?|led to|because|result(?:ed)? (?:of|in|from)|due to|triggered|brought about|blamed)\b/iu;

/** Most words of a cause a student can give back whole. */
const MAX_CAUSE_WORDS = 18;

/** True when a phrase is one noun phrase a student can give back: no list, no clause, no pronoun. */
function wholePhrase(phrase: string): boolean {
	const n = phrase.split(/\s+/u).length;
	if (n < 2 || n > MAX_CAUSE_WORDS) return false;
	// "A and B": two causes; "between A and B" is one boundary.
	const and = phrase.replace(/\bbetween\s+[^,]+?\s+and\s+/gu, 'between ');
	if (/,|\b(?:and|or|as well as)\b/u.test(and)) return false;
	if (
		/\b(?:it|its|they|them|their|this|that|these|those|he|she|his|her|which|who)\b/iu.test(phrase)
	)
		return false;
	return !/\b(?:is|are|was|were|had|has|have|did|does)\b/u.test(phrase);
}

/** True when an effect reads alone: named in full, no pointer, no undated time. */
function namedEffect(effect: string): boolean {
	return (
		effect.split(/\s+/u).length >= 2 &&
		!pointsIntoArticle(`X ${effect}`) &&
		!/\b(?:it|its|they|them|their|this|these|those|he|she|his|her)\b/iu.test(effect) &&
		!needsAsOf(effect) &&
		!hasDeicticTime(effect) &&
		!hasDayWithoutYear(effect)
	);
}

/** The content words of a phrase (four letters or more), folded. */
function contentWords(phrase: string): string[] {
	return words(phrase).filter((w) => w.length >= 4 && !/^\d+$/u.test(w));
}

/**
 * True when another sentence gives a cause of the same effect: it has a cause word and names
 * the effect's head noun ("the fires" in "Candles set alight … the fires burned"): the document
 * names more than one cause, and the question has more than one answer.
 */
function anotherCause(effect: string, own: Sentence, article: ArticleView): boolean {
	// The head noun is before "of" ("the great fire of Ostra" → "fire").
	const head = contentWords(effect.split(/\s+(?:of|in|at|on)\s+/u)[0]).at(-1);
	if (!head) return true;
	const stem = head.slice(0, Math.max(4, head.length - 2));
	return article.sentences.some((s) => {
		if (s === own) return false;
		// A cause word within four words of the head ("the fires were caused by", "caused the
		// fires"): "the earthquake is a useful case study because …" gives it no cause.
		const all = words(s.text);
		const heads = all.flatMap((w, i) => (w.startsWith(stem) ? [i] : []));
		const causes = all.flatMap((w, i) =>
			CAUSE_WORD.test(`${w} ${all[i + 1] ?? ''}`) &&
			/^(?:caus|led|becaus|result|due|trigger|brought|blam)/u.test(w)
				? [i]
				: []
		);
		return heads.some((h) => causes.some((c) => Math.abs(c - h) <= 4));
	});
}

/** The article's subject as an effect: "the Elsby earthquake" from the title, when it is one. */
function titleEffect(article: ArticleView): string | undefined {
	const title = article.title.trim();
	if (
		!title ||
		!/\b(?:earthquake|flood|fire|famine|war|revolution|collapse|disaster|eruption|crisis|rebellion|uprising|riots?|plague|epidemic|pandemic|depression|crash|extinction|sinking)\b/iu.test(
			title
		)
	)
		return undefined;
	// "Causes and course of …", "X: a case study": a handout's title is no name.
	if (/[:—–]|\b(?:causes?|course|notes?|study)\b/iu.test(title)) return undefined;
	return /^the\s/iu.test(title) ? `the ${title.slice(4)}` : `the ${title}`;
}

/** The cause idea of one sentence, or undefined. */
function causeIdea(sentence: Sentence, article: ArticleView): Idea | undefined {
	const text = sentence.text.trim();
	if (HEDGE.test(text) || /\b(?:not|never|no)\b/iu.test(text)) {
		// "The cause was movement …, which meet …": a hedge inside the trailing clause is no hedge
		// of the cause; anything else is.
		const main = text.replace(/,\s+which\b.*$/u, '.');
		if (HEDGE.test(main) || /\b(?:not|never|no)\b/iu.test(main)) return undefined;
	}
	let effect: string | undefined;
	let cause: string | undefined;
	let prompt: string | undefined;
	const by = CAUSED_BY.exec(text);
	const caused = CAUSED.exec(text);
	const theCause = THE_CAUSE.exec(text);
	if (by?.groups) {
		effect = by.groups.effect;
		cause = by.groups.cause;
		prompt = `What caused ${lowerFirst(effect)}?`;
	} else if (caused?.groups) {
		effect = caused.groups.effect;
		cause = caused.groups.cause;
		const verb = caused.groups.verb.replace(/\s+/gu, ' ');
		prompt = `What ${verb} ${effect}?`;
	} else if (theCause?.groups) {
		effect = theCause.groups.effect ?? titleEffect(article);
		cause = theCause.groups.cause;
		if (effect) prompt = `What was the cause of ${effect}?`;
	}
	if (!effect || !cause || !prompt) return undefined;
	if (!wholePhrase(cause) || !namedEffect(effect)) return undefined;
	if (anotherCause(effect, sentence, article)) return undefined;
	// The effect must not give the cause away: no content word of the cause in the prompt.
	const asked = new Set(contentWords(prompt));
	if (contentWords(cause).some((w) => asked.has(w))) return undefined;
	return {
		kind: 'cause',
		sentence,
		type: 'flashcard',
		prompt,
		answer: capitalise(cause),
		start: Math.max(0, sentence.text.indexOf(cause)),
		span: cause,
		context: text,
		weight: 0
	};
}

/** "The great fire" → "the great fire"; a name keeps its capital. */
function lowerFirst(phrase: string): string {
	return /^(?:The|A|An)\s/u.test(phrase)
		? phrase.charAt(0).toLowerCase() + phrase.slice(1)
		: phrase;
}

/** The causes an article states outright, in reading order, one per sentence. */
export function causeIdeas(article: ArticleView): Idea[] {
	return article.sentences.flatMap((s) => causeIdea(s, article) ?? []);
}
