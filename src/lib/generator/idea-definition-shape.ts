import { PASSIVE_CONTACT } from './idea-cut';
import type { ArticleView, Idea } from './ideas';
import { fold } from './text';

/**
 * Definition cards that ask no thing or key no definition, and cards that lean on the handout:
 * an adverb or a bare plural asked as a thing, a key that is a clause, a comparison, a rank or a
 * place; a time, count or "the original …" relative to unseen text; a quote's year, a side
 * person's birth date, a year fronting a state.
 *
 * Blind review H7's failure kinds (issue 12, gen32: 32 teachers' handouts, 41 drafts, the two
 * reviewers accepted 23 and 22). Each rule reads the card (prompt, key, cited sentence) and, where
 * said, the handout's title. Pure.
 */

/** "What is X?", "What was the Y?": the asked name of a definition card, else undefined. */
function askedName(prompt: string): string | undefined {
	return /^What\s+(?:is|was|are|were)\s+(.+?)\?$/u.exec(prompt)?.[1];
}

/** Adverbs ending in "-ly" that are nouns or names, never asked as adverbs. */
const LY_NOUNS =
	/^(?:ally|belly|bully|family|fly|folly|holly|italy|jelly|lily|monopoly|oligopoly|rally|reply|supply|assembly|anomaly|butterfly|dragonfly|firefly|homily|jolly|melancholy|polly|july|poly|tally|ugly|whitefly|greenfly|housefly)$/iu;

/**
 * A definition card whose asked name is not a thing: an adverb ("What is strictly?" of
 * "Strictly, a monsoon is …", H7 S31), or a people's plural name without "the" asked as one
 * thing ("What was Manchus?", S19: the text writes "the Manchus").
 */
export function askedNonThing(prompt: string, articleText: string): boolean {
	const name = askedName(prompt);
	if (!name) return false;
	if (/^\p{L}+ly$/u.test(name) && !LY_NOUNS.test(name)) return true;
	if (!/^\p{Lu}\p{Ll}+(?<![su]s|is)s$/u.test(name)) return false;
	return new RegExp(String.raw`\b[Tt]he\s+${name}\b`, 'u').test(articleText);
}

/**
 * A definition card's key that is no definition of the thing asked: a clause of its own ("A
 * ballot is held and twenty MPs are drawn" for "What was the Commons?", S13; "A deputation …
 * was met with …" for "What was Black Friday?", S22), a comparison ("Less than the block's
 * weight", S08), a rank ("The fourth most abundant element …" for "What is carbon?", S14) or
 * only where it lies ("A small area which lies directly behind the lens", S30).
 */
export function keyNoDefinition(prompt: string, key: string): boolean {
	if (!askedName(prompt)) return false;
	// A key opening on a clause of time or cause ("Long before electrons were discovered, …").
	if (
		/^(?:(?:long|shortly|soon|just)\s+)?(?:before|after|when|while|although|though|because|since|until|if)\b/iu.test(
			key
		)
	)
		return true;
	// A copula agreeing with the key's own head before any relative pronoun: the key is a
	// sentence, not a noun phrase. "A list of works Catholics were forbidden to read" keeps its
	// contact clause: its "were" is not the singular head's.
	const head = key.split(
		/\b(?:that|which|who|whom|whose|where|when|whereby|while|because|if)\b/iu
	)[0];
	const singular = /^(?:an?|the)\s/iu.test(key) && !/^the\s+\S+s\s/iu.test(key);
	const copula = singular ? /\s(?:is|was)\s/iu : /\s(?:is|are|was|were)\s/iu;
	// "The group of people an advert is aimed at": a passive contact clause ending on its
	// preposition where the key ends is the head's restriction, not its verb (gen74).
	if (copula.test(` ${head} `) && !PASSIVE_CONTACT.test(head.trim())) return true;
	if (
		/^(?:less|more|greater|smaller|larger|higher|lower|bigger|fewer|equal)\s+(?:than|to)\b/iu.test(
			key
		)
	)
		return true;
	const rank =
		/^the\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+)?(?:most|least|(?!(?:forest|interest|harvest|contest|conquest|request|protest|inquest|west|chest|nest|rest|test)\b)\p{Ll}{2,}est)\b/iu;
	if (rank.test(key)) return true;
	return /^(?:a|an|the)\s+(?:\p{Ll}+\s+){0,2}(?:area|part|region|point|spot|place|zone|patch)\s+(?:which|that)\s+(?:lies|sits|is\s+(?:found|located|situated)|is)\s+(?:\p{Ll}+\s+)?(?:behind|in|at|on|inside|within|near|above|below|between|under|beneath|beside|next\s+to|in\s+front\s+of)\s[^,;]*$/iu.test(
		key
	);
}

/** Kinds that state the cited sentence itself: a true-or-false claim, a year blank. */
function statement(idea: Idea): boolean {
	return idea.type === 'truefalse' || /_{3,}/u.test(idea.prompt);
}

/** Adjectives that point to something the text named before ("the original site", "the modern theory"). */
const POINTING = String.raw`(?:original|modern|former|latter|previous|aforementioned|above|following|earlier|later|new|old)`;

/** Nouns those adjectives name in their own right ("the modern world", "the Old Testament"). */
const OWN_SENSE =
	/^(?:world|era|age|period|day|days|times|state|version|testament|year|style|english|economy|history|city|town)$/iu;

/** "A West African king travelled …", "A landmark in the jury's independence came …": no name. */
const UNNAMED_DOER =
	/^[Aa]n?\s+(?:[\p{L}'’-]+\s+){1,6}?(?:\p{Ll}{3,}ed|came|went|took|made|built|gave|led|won|fought|founded|began|rose|fell|became|brought|sent|wrote|set)\b/u;

/**
 * `UNNAMED_DOER`, unless the sentence names its doer after all: a participle with its maker ("A
 * first rebellion led by the Duke of Varn failed …") or a name given it ("an armed confrontation
 * in Ostby, known as the Ostby Incident, saw …"). A word in -ed right after "a" is an adjective
 * ("an armed confrontation"), never the verb (gen49, issue 12: both statements were refused).
 */
function unnamedDoer(clause: string): boolean {
	const m = UNNAMED_DOER.exec(clause);
	if (!m) return false;
	const after = clause.slice(m[0].length);
	if (/^\s+by\s+(?:the\s+)?\p{Lu}/u.test(after)) return false;
	return !/,\s+(?:known as|called)\s+(?:the\s+)?\p{Lu}/u.test(clause);
}

/**
 * A statement or question that leans on what the student cannot see (H7 S10, S12, S15, S27,
 * S36): a time or count relative to the text ("Later in 1914 another act …"), a definite "the
 * modern theory", "the original site" with no "of …", a past deed of an unnamed "a West
 * African king", "Who suggested four principles?" of no named thing.
 */
export function leansOnText(idea: Idea): boolean {
	const text = idea.type === 'truefalse' ? idea.sentence.text : idea.prompt;
	if (
		/^(?:Later|Earlier|Afterwards|Soon\s+after(?:wards)?|Then|Next|Meanwhile|By\s+then|After\s+this|After\s+that)\b/u.test(
			text
		)
	)
		return true;
	if (/\banother\s+\p{Ll}+/u.test(text) && statement(idea)) return true;
	const pointing = new RegExp(String.raw`\bthe\s+${POINTING}\s+(\p{Ll}+)\b(?!\s+of\b)`, 'gu');
	for (const m of text.matchAll(pointing)) if (!OWN_SENSE.test(m[1])) return true;
	// "In ____ a West African king travelled …": an unnamed doer of a past deed, after a fronted date.
	const bare = text.replace(/^(?:In|On|By|From|During)\s+(?:_{3,}|[^,]*?\d{3,4}),?\s+/u, '');
	if (statement(idea) && unnamedDoer(bare)) return true;
	return /^Who\s+\p{Ll}+\s+(?:(?:a|an|some|several|many|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)(?:\p{Ll}+\s+){0,2}\p{Ll}+\?$/u.test(
		idea.prompt
	);
}

/** A year told only of speech ("wrote in 1954 that taxes are …"): who said what when (S23). */
const QUOTE_YEAR =
	/\b(?:said|wrote|remarked|declared|observed|noted|quipped|argued|claimed|stated|joked|commented)\b[^.;]{0,25}\b(?:1\d|20)\d\d\b[^.;]{0,10}\bthat\b|\b(?:1\d|20)\d\d\b[^.;]{0,30}\b(?:said|wrote|remarked|declared|quipped)\b[^.;]{0,10}(?:that|“|")/u;

/**
 * Trivia H7's reviewers failed (S23, S35, S37): the year of a quotation, and the birth date of
 * someone who is not the handout's subject ("Hong Xiuquan was born in 1814" in a handout on the
 * Taiping Rebellion; "Mary Shelley was born … on 30 August 1797" in one on Frankenstein). A
 * handout about the person ("Marie Curie") keeps her birth year.
 */
export function minorTrivia(idea: Idea, title: string): boolean {
	const text = idea.sentence.text;
	if (!/\b(?:1\d|20)\d\d\b/u.test(text)) return false;
	if (QUOTE_YEAR.test(text)) return true;
	const born = /^(?:.*?\s)?((?:\p{Lu}[\p{L}'’-]+\s+){1,3})(?:was|were)\s+born\b/u.exec(text);
	if (!born) return false;
	const titled = new Set(
		title
			.split(/[^\p{L}]+/u)
			.filter((w) => /^\p{Lu}/u.test(w))
			.map(fold)
	);
	return !born[1]
		.trim()
		.split(/\s+/u)
		.some((w) => titled.has(fold(w)));
}

/**
 * A year fronting a state that held for years, not an event: "In ____ no woman in Britain could
 * vote …" (H7 S29, both reviewers: any year before 1918 fills it, and a swapped year is still
 * true). A negation or a "could" after "In/By <year>", unless it is a first time ("In 1918 women
 * could vote for the first time").
 */
export function yearOfState(idea: Idea): boolean {
	if (!statement(idea)) return false;
	const text = idea.type === 'truefalse' ? idea.sentence.text : idea.prompt;
	const fronted = /^(?:In|By)\s+(?:_{3,}|(?:1\d|20)\d\d),?\s+(.*)$/u.exec(text);
	if (!fronted || /\bfirst\b/iu.test(fronted[1])) return false;
	return /\b(?:no|not|never|nobody|none|neither|could|cannot|couldn't)\b/iu.test(fronted[1]);
}

/** True when a card has one of H7's failure kinds. */
export function definitionShapeRefuses(idea: Idea, article: ArticleView): boolean {
	if (idea.sentence.worked) return true;
	const text = article.sentences.map((s) => s.text).join(' ');
	return (
		askedNonThing(idea.prompt, text) ||
		keyNoDefinition(idea.prompt, idea.answer) ||
		leansOnText(idea) ||
		yearOfState(idea) ||
		minorTrivia(idea, article.title)
	);
}
