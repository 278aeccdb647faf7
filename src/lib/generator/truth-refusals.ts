/**
 * Kinds of true-or-false statement (and year blank) that blind review H13 (2027-01-20, three
 * reviewers) failed, each a general rule on the statement's own words (gen52, issue 12). A
 * true-or-false statement a teacher would not hand out unedited is worse than none, so each kind
 * is refused rather than mended. Pure.
 */

/**
 * A glossary line, "Term – gloss": a label and its gloss, no sentence that asserts anything
 * (H13 S53 "Great Schism – the split …", S79 "Ottoman Empire – Muslim Turkish empire …"). At most
 * six words before a spaced dash at the start.
 */
const GLOSSARY_LINE = /^\p{Lu}[^\s,.;:–—]*(?:\s+[^\s,.;:–—]+){0,5}\s+[–—-]\s+\p{Ll}/u;

/**
 * A fragment with no subject: a participle opening on its agent or place ("Invented by Viktor
 * Kaplan in Austria in 1913.": H13 S19, invented what?).
 */
const PARTICIPLE_OPENING = /^\p{Lu}\p{Ll}+\s+by\s/u;

/**
 * Before a year, a name it ends ("the War of ", "the Exhibition of "): with the title's year, the
 * statement renames the handout's own subject and gives itself away (H13 S85, "The War of 1814 was
 * fought …" under "The War of 1812"). A name's year the title does not give ("the Kyoto Protocol
 * of 1997" in a climate handout) is a fact like any other: H5's reviewers accepted it, as H10's
 * accepted "… crossed into Zululand on 11 January 1882" (false) under a title dated 1879.
 */
const YEAR_IN_NAME = /\p{Lu}[\p{L}’'-]*\s+of\s+$/u;

/**
 * The date of a minor act of one person that reviewers called trivia: a paper or results
 * published (H13 S43, S80), a first recording made of someone (S28), a debt bought out or paid
 * off (S24).
 */
const MINOR_ACT =
	/\bpublished\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:papers?|articles?|results|findings|study|studies|report)\b|\brecorded\s+(?:[\p{L}\d-]+\s+){0,5}by\s+(?:the\s+)?(?:folklorist|collector|producer|researcher|scholar|ethnomusicologist|musicologist)\b|\bbuy\s+out\b|\bbought\s+out\b|\bpaying\s+off\b|\bpaid\s+off\b/u;

/**
 * A side detail reviewers called trivia in H18 (2027-01-25, all three; gen65): who recorded or
 * wrote what ("the diarist … recorded drinking a cup of tea for the first time", "in a letter of
 * 1777"), an anniversary or a museum's opening, a change of mood ("… became more suspicious"),
 * and a work named by its kind alone ("published a method in 1863": a method for what?).
 */
const SIDE_DETAIL =
	/\b(?:diar(?:y|ies|ist)|in\s+a\s+letter|recorded\s+(?:\p{Ll}+ing|that|seeing|hearing)|anniversary|birthday|centenary|bicentenary|museum\s+(?:opened|was\s+opened)|opened\s+(?:as\s+)?a\s+museum|became\s+(?:more|less|increasingly)\s+\p{Ll}+)\b|\bpublished\s+an?\s+(?:\p{Ll}+\s+)?(?:method|theory|idea|paper|book|study|article)(?=\s+in\s+\d|\s*[.,])/u;

/**
 * "Some historians use …": a hedged claim of some people, which the false version cannot make
 * false (H13 S55).
 */
const SOME_SAY =
	/\b(?:some|many|most|other)\s+(?:historians|scholars|experts|writers|researchers|scientists|sources|critics)\b/iu;

/**
 * An event or action named as "the …" and left unnamed: a noun made from a verb ("-ion", "-ment",
 * a verb's "-al": never an adjective's, "the political map of …") with no "of",
 * "to", name or place after it ("to carry out the removal.", "on the first servicing mission,"):
 * whose removal, which mission, is in an earlier sentence of the handout (H13 S20, S26).
 */
const UNNAMED_EVENT =
	/\bthe\s+(?:(?:first|second|third|fourth|last|final|new|main|great|whole)\s+)?(?:[\p{Ll}-]+\s+)?(?:[\p{Ll}-]{2,}(?:ion|ment)|(?:remov|arriv|approv|refus|surviv|buri|deni|renew|withdraw|dismiss|propos|betray|reviv|dispos|tri)al|method|process)\b(?!\s+(?:of|to|in|at|on|for|by|between|against|from|with|into|across|over|\p{Lu}))/u;

/** Words a "-al" or "-ion" ending has though no action is named ("the general", "the nation"). */
const NOT_EVENT =
	/\bthe\s+(?:(?:[\p{Ll}-]+\s+)?(?:general|capital|nation|region|religion|population|union|federal|original|legal|royal|national|local|central|total|colonial|imperial|natural|coastal|tropical|animal|hospital|canal|metal|signal|festival|cardinal|admiral|council|principal|medal|minimal|opinion|station|position|fashion|million|billion|version|session|vision)\b)/u;

/** A month name, which is capitalised but names nothing a statement is about. */
const MONTH =
	/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/**
 * True when a true-or-false statement is of a kind H13's reviewers failed: a glossary line, a
 * participle fragment, a minor act's date, a side detail H18's failed (`SIDE_DETAIL`), a hedge of "some historians", an unnamed event ("the
 * removal"), no name at all ("By the spring of 1621 about half of the passengers had died":
 * whose passengers; H13 S22, S67), or the title's year inside a name (`YEAR_IN_NAME`). `text` is the statement as
 * asked, `year` its swapped year if any, `termNamed` true when it opens on a term the handout
 * bolds (named though in lower case, "the gametophyte generation" no unnamed event:
 * `truth-contrast.ts`), `title` the handout's, `isCommon` whether a word is a
 * common word (`ArticleView.isCommon`).
 */
export function refusedStatement(
	text: string,
	title: string,
	isCommon: (word: string) => boolean,
	year?: string,
	termNamed = false
): boolean {
	if (GLOSSARY_LINE.test(text) || PARTICIPLE_OPENING.test(text)) return true;
	if (year && inTitle(year, title) && YEAR_IN_NAME.test(text.slice(0, text.indexOf(year))))
		return true;
	if (MINOR_ACT.test(text) || SOME_SAY.test(text) || SIDE_DETAIL.test(text)) return true;
	// "The gametophyte generation is haploid": the bolded term names which generation.
	if (termNamed) return false;
	if (UNNAMED_EVENT.test(text.replace(NOT_EVENT, 'the X'))) return true;
	return !namesSomething(text, isCommon);
}

/**
 * True when a year stands alone in a title ("The War of 1812", "The Fall of Constantinople in
 * 1453"); a range's bound ("The Origins of the Cold War, 1945–1949") dates the period, not the
 * event asked (H3's accepted "In April 1945 … met … on the River Elbe").
 */
function inTitle(year: string, title: string): boolean {
	return new RegExp(String.raw`(?<![\d–—-]\s*)${year}(?!\s*[–—-]|\d)`, 'u').test(title);
}

/**
 * True when a statement names someone or something: a capitalised word that is no month, after
 * its first word or as its first word when that is no common word ("Bayezid was captured …"). A
 * statement with none is about "the passengers", "three groups", which the handout named earlier.
 */
export function namesSomething(text: string, isCommon: (word: string) => boolean): boolean {
	const first = /^\p{Lu}[\p{L}’'-]*/u.exec(text)?.[0];
	if (first && !MONTH.test(first) && !OPENER.test(first) && !isCommon(first)) return true;
	const rest = text.replace(/^\S+\s*/u, '');
	return [...rest.matchAll(/\p{Lu}[\p{L}’'-]*/gu)].some((m) => !MONTH.test(m[0]));
}

/** Words that open a sentence and name nothing ("In", "By", "The", "About"). */
const OPENER =
	/^(?:In|On|At|By|From|During|After|Before|Since|Until|The|A|An|About|Around|Some|Many|Most|Few|All|Each|Every|This|That|These|Those|When|While|Once|Over|Under|Between|Within|Without|Through|Across|Although|Though|As|For|With|Only|Even|Later|Then|Soon|Eventually|Meanwhile|Today|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Half|One)$/u;

/**
 * An attack that needs its target and has none ("Vietnam launched a full-scale invasion.": of
 * where? H13 S116).
 */
const AIMLESS_ATTACK =
	/\b(?:a|an)\s+(?:[\p{Ll}-]+\s+)?(?:invasion|attack|assault|offensive|siege|blockade|raid)\b(?!\s+(?:of|on|against|into|across|in|upon|by)\b)/u;

/**
 * True when a year blank is of a kind H13's reviewers failed: the year is in the handout's title
 * ("Queen Victoria opened the Exhibition in ____." under "The Great Exhibition of 1851": S52),
 * or an attack with no target. `year` is the key, `title` the handout's.
 */
export function refusedYearBlank(prompt: string, year: string, title: string): boolean {
	return inTitle(year, title) || AIMLESS_ATTACK.test(prompt);
}
