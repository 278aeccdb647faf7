import type { ArticleView, Idea } from './ideas';
import { thinKey } from './idea-key';

/**
 * Lead-definition keys that need mending or refusing: a participle key running into a finite
 * verb, a relative without its verb, a kind and place only, an ambiguous work, an acronym title.
 *
 * Blind reviews U27 and U28's failure kinds left after gen29 (issue 12, gen31): lead-definition
 * flashcards on random Wikipedia articles that a blind reviewer failed. `askedByAcronym` and
 * `finiteCut` mend a card that can be mended (an acronym title asked by its spelled-out name, a
 * participle key joined to a finite verb); `leadKeyRefuses` drops one that cannot. Each reads the card (prompt, key,
 * cited sentence) and, where said, the article's other sentences. Pure.
 */

/** "What is X?", "Who was X in law?": the asked name of a definition card, else undefined. */
function askedName(prompt: string): string | undefined {
	return /^(?:What|Who)\s+(?:is|was|are|were)\s+(.+?)\?$/u.exec(prompt)?.[1];
}

/** Past participles a bare noun phrase takes before its place or agent ("a celebration held in"). */
const PARTICIPLE = String.raw`(?:\p{Ll}{2,}ed|held|made|built|known|found|seen|given|written|run|born|sold|grown|worn|drawn|shown|kept|set|led|spoken|chosen|taken|begun|thrown)`;

/**
 * A key that opens on a noun and its participle phrase, then goes on with a finite verb whose
 * subject it dropped: "A celebration held in the United States … and lasts a week" (U28 S05,
 * both reviewers: "a participle phrase joined to a finite verb"). Gives the index of the " and"
 * that starts the finite clause, else -1. A relative pronoun before it ("that is held … and
 * lasts") makes the verb its own, and the key whole.
 */
export function participleThenFinite(key: string): number {
	const opening = new RegExp(
		String.raw`^(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+\s+${PARTICIPLE}\s+(?:in|on|at|by|from|for|to|across|throughout|every|each|annually|mainly|mostly|chiefly|primarily|largely|since|during)\b`,
		'iu'
	).exec(key);
	if (!opening) return -1;
	const rest = key.slice(opening[0].length);
	const finite =
		/,?\s+and\s+(?:(?:also|usually|often|typically|generally|now|still)\s+)?(?:(?:is|was|are|were|has|had)\s|(?!\p{Ll}*ss\b)\p{Ll}{3,}(?<!ic|ie|er|on|ment|ing|ist|an|al)s\s+(?:a|an|the|until|for|over|about|around|several|some|many|its|their|his|her|only|every|each|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d))/u.exec(
			rest
		);
	if (!finite) return -1;
	const before = key.slice(0, opening[0].length + finite.index);
	if (/\b(?:that|which|who|whom|whose|where|when)\b/u.test(before)) return -1;
	return opening[0].length + finite.index;
}

/**
 * A relative pronoun followed straight by a participle, with no verb: "a family that made up of
 * people …" (U28 S38, both reviewers: the source's slip copied).
 */
export function relativeWithoutVerb(key: string): boolean {
	return (
		/\b(?:that|which|who)\s+(?:made|composed|comprised|formed|consisting)\s+(?:up\s+)?of\b/u.test(
			key
		) ||
		/\b(?:that|which|who)\s+(?:owned|operated|run|founded|created|developed|designed|written|directed|produced|published|built|controlled|managed|funded|sponsored|organi[sz]ed|located|based|situated)\s+(?:by|in)\b/u.test(
			key
		)
	);
}

/**
 * A key that says only what kind of thing the subject is and where it is found: "A
 * membrane-bound organelle found in many animal cells" (U28 S23: fits every organelle), "An
 * American company based in Ohio", "a town in Perth County" (issue 12: not worth learning): at
 * most eight words, the kind's words no phrase of their own, no clause, comma, "with" or "for"
 * after the place. A participle of
 * doing ("a festival held in …") is no place phrase: `participleThenFinite` reads it.
 */
export function kindAndPlaceOnly(key: string): boolean {
	// Longer keys of this shape were accepted by both blind reviewers ("An American professional
	// baseball team based in Phoenix, Arizona", U18–U28): a specific enough kind tells apart.
	if (key.split(/\s+/u).length > 8) return false;
	return new RegExp(
		String.raw`^(?:an?|the)\s+(?:(?!(?:of|and|or|that|which|who|in|for|by|with|to|on|at|from)\s)[\p{L}'’-]+\s+){0,3}?(?!${PARTICIPLE}\s)[\p{L}'’-]+\s+(?:(?:found|located|situated|based|headquartered|native|endemic)\s+(?:in|on|at|near|to)|in|near)\s+(?![^]*\b(?:that|which|who|whose|where|with|for|known|used|from)\b)[^;:,]+$`,
		'iu'
	).test(key);
}

/** The class words a work's prompt names it by ("the film Solo"). */
const WORK_CLASS =
	/^(?:What|Who)\s+(?:is|was|are|were)\s+the\s+(?:(?:video|board|card|role-playing)\s+game|(?:TV|television|web|comic|book|anime)\s+series|film|movie|album|EP|single|song|novel|book|play|game|series|show|opera|musical|painting|poem|sculpture|magazine|newspaper|comic|manga|anime|ballet|symphony|sitcom)\s+(.+?)\?$/u;

/**
 * True when a work's prompt does not say which one: a one-word title that is a common word
 * ("What is the album Sigma?", U28 S28; "What is the film Solo?", S43, which most students take
 * for the 2018 Star Wars film). "Moonfleet" or "Ezra (2017 film)" names one work: both reviewers
 * accepted "What is the film Ezra?" (U26), so a year in the title's disambiguator is no sign.
 */
export function ambiguousWork(idea: Idea, article: ArticleView): boolean {
	const name = WORK_CLASS.exec(idea.prompt)?.[1]?.trim();
	return !!name && !/\s/u.test(name) && article.isCommon(name.toLowerCase());
}

/**
 * "What is the Internet Corporation for Assigned Names and Numbers?" of an article titled
 * "ICANN": the name spelled out gives the key away (its words "names", "numbers" are the key's
 * "namespaces and numerical spaces", U28 S04) while the title is what readers know it by. Asks
 * the title's acronym instead; undefined when the card is not such a one.
 */
export function askedByAcronym(idea: Idea, article: ArticleView): Idea | undefined {
	const title = article.title.trim();
	if (idea.kind !== 'lead' || !/^\p{Lu}{2,6}$/u.test(title)) return undefined;
	const name = askedName(idea.prompt);
	if (!name || name.includes(title) || !/\s/u.test(name)) return undefined;
	if (!idea.sentence.text.includes(`(${title})`)) return undefined;
	const verb = /^(?:What|Who)\s+(is|was|are|were)\s/u.exec(idea.prompt)?.[1] ?? 'is';
	return { ...idea, prompt: `What ${verb} ${title}?` };
}

/**
 * Cuts the finite clause off a participle key that dropped its subject ("… in the Americas and
 * lasts a week" → "… in the Americas"); undefined when what is left is thin. Runs after the
 * checks that read a key against its sentence (`keyIsWhole` takes a key stopped before an "and"
 * for a list cut short), on a key those checks passed whole.
 */
export function finiteCut(idea: Idea, article: ArticleView): Idea | undefined {
	const cut = participleThenFinite(idea.answer);
	if (cut < 0) return idea;
	const answer = idea.answer.slice(0, cut).replace(/[,\s]+$/u, '');
	const mended = { ...idea, answer };
	const name = askedName(idea.prompt) ?? '';
	return thinKey(answer, name, article.isPlace) || leadKeyRefuses(mended, article)
		? undefined
		: mended;
}

/** True when a card has one of U27/U28's failure kinds no redraft mends. */
export function leadKeyRefuses(idea: Idea, article: ArticleView): boolean {
	return (
		relativeWithoutVerb(idea.answer) ||
		(idea.kind === 'lead' && kindAndPlaceOnly(idea.answer)) ||
		ambiguousWork(idea, article)
	);
}
