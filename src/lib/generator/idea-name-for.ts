import type { ArticleView, Idea } from './ideas';
import { capitalise } from './idea-text';
import { emphasised } from './idea-bold';
import { namesTerm } from './idea-term-words';
import { CONNECTIVE } from './idea-this-called';
import { pointsIntoArticle } from './standalone';
import { isHandout } from './handout';

/**
 * A handout's naming sentence as a reverse flashcard: "A person who repairs clocks is called a
 * **horologist**." → "What is the name for a person who repairs clocks?" → "Horologist" (gen66,
 * issue 12's recall: about 115 of 129 "called"/"known as" sentences of h42–h51 gave no draft).
 * `idea-term.ts` reads the plain "… is called …" clause; this reads the forms it leaves out: the
 * past ("was called"), "known as", an adverb before "called" ("often", "sometimes", kept in the
 * prompt since it is part of the claim; "now", "also", "today" dropped), and a tail after the term
 * (an alias in brackets, ", Latin for …", ", and …": the card asks only the naming).
 *
 * Strict, because the described phrase is the whole question: only in a handout, only a term the
 * author set in bold (`emphasised`: the author's own sign of a key term), and only a phrase that
 * is a complete description a student can read alone: it opens on "A", "An", "The" or a
 * plural of common words ("Baby foxes …", "People who …"), holds 2–20 words, no pointer ("this", "it", "like this", "in
 * this way"), no comma, digit, quote or bracket, no connective opening, and does not name the
 * term's own words (no giveaway). A proper-name term is asked only of a phrase opening on a
 * determiner ("The move from … is often called the Copernican Revolution"). Pure.
 */

/**
 * "<described> is|are|was|were [adverb] called|known as [the|a|an] <term>[ tail]." Groups:
 * described, copula, adverb, verb, determiner, term, tail.
 */
const NAMING =
	/^(.+?)\s+(is|are|was|were)\s+(?:(now|also|often|sometimes|usually|commonly|today|still)\s+)?(called|known\s+as)\s+(?:(the|a|an)\s+)?(.+?)(\s+\((?:or|plural|singular|also)\b[^)]*\))?(,\s.*)?[.!]$/u;

/** Adverbs the prompt keeps: they are part of the claim ("is sometimes called"). */
const KEPT_ADVERB = /^(?:often|sometimes|usually|commonly)$/u;

/** Words that point out of the sentence or into the handout. */
const POINTING =
	/\b(?:it|its|they|them|their|this|these|those|that\s+one|he|she|his|her|him|here|there|above|below|former|latter|such|like\s+that|same)\b/iu;

/** A described phrase's openings that are no noun phrase: "What followed", "In Spain he …". */
const NOT_PHRASE =
	/^(?:what|which|who|whatever|in|on|at|by|for|with|from|to|when|while|because|after|before|today|later|yet|but|and|so|one|some|each|every|both|all|many|most)\b/iu;

/** A pointer to the text's example at the phrase's end: "like this", "in this way". */
const LIKE_THIS = /\s+(?:like\s+(?:this|these|that)|in\s+this\s+way)$/u;

/** An activity as the phrase: "Firing all the guns at once", "Stealing food from others". */
const GERUND =
	/^(?!(?:During|Nothing|Something|Anything|Everything|King|Spring|String|Morning|Evening)\b)\p{Lu}\p{Ll}+ing\s+\p{Ll}/u;

const MIN_WORDS = 2;
const MAX_WORDS = 20;

/** The term as a bold run wrote it: one to four words, no sentence inside. */
const TERM = /^[\p{L}][\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}$/u;

/** The reverse naming idea of one sentence, or undefined. */
export function nameForIdea(
	text: string,
	article: ArticleView
): Omit<Idea, 'sentence'> | undefined {
	const m = NAMING.exec(text);
	if (!m) return undefined;
	const [, written, verb, adverb, , , term] = m;
	if (!TERM.test(term) || !emphasised(term, article)) return undefined;
	// "Copying designs from nature like this is called biomimicry": the pointer only says the
	// text gave an example; an activity (a gerund's phrase) or a class with its relative clause is
	// whole without it. "A row of gardens like this" is no definition without its example.
	const described = written.replace(LIKE_THIS, '');
	const gerund = GERUND.test(described) && /^(?:is|was)$/u.test(verb);
	if (
		described !== written &&
		(!(gerund || /\s(?:that|which|who)\s/u.test(described)) || described.split(/\s+/u).length < 4)
	)
		return undefined;
	const words = described.split(/\s+/u);
	if (words.length < MIN_WORDS || words.length > MAX_WORDS) return undefined;
	if (/[,;:()"“”\d*_]/u.test(described) || POINTING.test(described)) return undefined;
	if (NOT_PHRASE.test(described) || CONNECTIVE.test(described) || pointsIntoArticle(described))
		return undefined;
	const determined = /^(?:A|An|The)\s+\p{Ll}/u.test(described) || gerund;
	// "Baby hedgehogs are called …": a plural common noun opens a description too.
	const plural =
		/^(?:are|were)$/u.test(verb) &&
		/^\p{Lu}\p{Ll}+$/u.test(words[0]) &&
		article.isCommon(words[0]) &&
		/^(?:\p{Ll}+s|people|children|men|women)$/u.test(
			described
				.replace(/\s(?:who|that|which|where|whose|of|in|on|at|with|from)\s.*$/u, '')
				.split(/\s+/u)
				.at(-1)!
				.toLowerCase()
		);
	if (!determined && !plural) return undefined;
	// A capital after the first word names a thing of this text ("The war against Spain"):
	// allowed only inside a determiner's phrase, where it is part of the description.
	if (/^\p{Lu}/u.test(term) && !determined) return undefined;
	// "Air that goes around the core is called bypass air": the prompt gives the key away. Only
	// the six-letter stem counts ("flamingos" does not give "flamboyance" away).
	if (namesTerm(described, term)) return undefined;
	if (article.subject.has(term.toLowerCase())) return undefined;
	// "People who …", "Firing …" open the sentence capitalised: the prompt writes them as running
	// text does.
	const asked = described
		.replace(/^(?:The|A|An)\b/u, (d) => d.toLowerCase())
		.replace(/^\p{Lu}\p{Ll}+\b/u, (w) => (determined && !gerund ? w : w.toLowerCase()));
	const kept = adverb && KEPT_ADVERB.test(adverb) ? `${adverb} ` : '';
	const past = /^(?:was|were)$/u.test(verb);
	// A short description reads best around "called"; a long one before its name.
	// "Red blood cells are also called erythrocytes": a short phrase with no clause is itself a
	// name, so "What are red blood cells called?" has it as an answer too; the alias is asked.
	const alias =
		adverb === 'also' &&
		words.length <= 4 &&
		!/\s(?:who|that|which|where|whose)\s/u.test(` ${described} `);
	const prompt = alias
		? `What is another name for ${asked}?`
		: kept || words.length <= 8
			? `What ${verb} ${asked} ${kept}called?`
			: `What ${past ? 'was' : 'is'} the name for ${asked}?`;
	return {
		kind: 'term',
		type: 'flashcard',
		prompt,
		answer: capitalise(term),
		start: 0,
		span: term,
		context: `${described} ${verb} ${kept}called ${term}.`,
		weight: 0
	};
}

/** The reverse naming cards of a handout (`nameForIdea`), in reading order. */
export function nameForIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	return article.sentences.slice(1).flatMap((sentence) => {
		const idea = nameForIdea(sentence.text, article);
		return idea ? [{ ...idea, sentence }] : [];
	});
}
