import { OPENER } from './cloze-kinds';

/**
 * Sentences that lean on another sentence in ways `standalone.ts`'s pointers do not catch, for
 * what a person is offered to ask about (suggested blanks) and advised on (the writer). An
 * outsider geography teacher's class quiz asked "The ____ in California is an example." (of
 * what?) and "About ____ millimetres of rain fell in about five hours on the surrounding hills."
 * (where? Boscastle was named only in the sentence before): a student of one sentence cannot
 * answer either (issue 12, docs30).
 */

/**
 * "is an example", "a good example of this", "the largest example", "Examples include …": an
 * instance of a kind the sentence does not name. "an example of a stack" names it.
 */
const UNNAMED_EXAMPLE =
	/\b(?:an?|one|another|the|good|typical|classic)\s+(?:[\p{L}-]+\s+){0,2}?(?:examples?|instances?|case in point)\b(?!\s+of\b(?!\s+(?:this|that|these|those|it|them)\b))|^(?:(?:Other|Further|More|Some|Famous)\s+)?(?:Examples|Instances)\s+(?:include|are|were)\b/iu;

/** A demonstrative closing the sentence: "… is a good example of this.", "… like that." */
const CLOSING_DEMONSTRATIVE = /\b(?:this|that|these|those)\s*[.!?]?$/iu;

/** An opening that follows on from the sentence before: "Afterwards, …", "As a result, …". */
const FOLLOWING_ON =
	/^(?:Afterwards|Afterward|Soon afterwards|Shortly afterwards|After that|As a result|As a consequence|In response|In return|Because of this|Despite this|Instead|Even so)\b/u;

/**
 * Finite verbs of a past event ("was", "fell", "rescued"), not a participle that qualifies a
 * noun ("sediment moved by the waves") nor a present passive ("is eroded"): the ones a
 * narrative of what happened uses.
 */
const PAST_EVENT =
	/(?<!\b(?:is|are|be|been|being|has|have)\s+)\b(?:was|were|had|did|fell|rose|swept|began|came|went|took|made|gave|grew|hit|led|left|lost|saw|sank|struck|stood|wrote|broke|brought|caught|drove|flew|froze|held|kept|knew|met|ran|sent|shook|spent|told|threw|won|fought|burned|burnt|died|killed|destroyed|damaged|rescued|flooded|erupted|reached|arrived|started|ended|happened|occurred|cancelled|closed|evacuated|collapsed|burst|washed|drowned|injured|displaced|recorded|found|discovered)\b(?!\s+by\b)/u;
/** A year (AD 79, 1666, 2004): it dates, and so anchors, the event. */
const YEAR = /\b(?:AD|BC|BCE|CE)\s*\d{1,4}\b|\b\d{1,4}\s*(?:AD|BC|BCE|CE)\b|\b(?:1\d|20)\d\d\b/u;
/** An opening word capitalised as the first of a sentence, never a name: "Remarkably", "Flooded". */
const SENTENCE_CASE = /^\p{Lu}\p{Ll}+(?:ly|ed|ing)$/u;

/**
 * Whether `text` tells a past event and names nothing it happened to or in: no name (a
 * capitalised word past the first, or a first word that `isName` takes for one) and no year.
 * "About 58 buildings were damaged and 115 cars were swept away" — where, and when? The blank
 * `____` names nothing either. A present, general statement ("Lava can be hotter than 1,000 °C")
 * needs neither.
 */
export function pastEventNamingNothing(text: string, isName: (word: string) => boolean): boolean {
	if (!PAST_EVENT.test(text) || YEAR.test(text)) return false;
	for (const word of text.matchAll(/\p{Lu}[\p{L}’'-]*/gu)) {
		const first = word.index === 0;
		if (!first && word[0] !== 'I') return false;
		if (first && !OPENER.test(word[0]) && !SENTENCE_CASE.test(word[0]) && isName(word[0]))
			return false;
	}
	return true;
}

/**
 * The words by which `text` leans on another sentence (`UNNAMED_EXAMPLE`, a closing
 * demonstrative, `FOLLOWING_ON`, or "what happened" with nothing named: then the whole
 * sentence), or undefined when it stands alone as far as these rules see. `isName` says whether
 * a sentence's first word is a name (the document writes it capitalised elsewhere, or its
 * lexicon names it); a blank (`____`) is read as naming nothing.
 */
export function leansOutside(
	text: string,
	isName: (word: string) => boolean = () => false
): string | undefined {
	for (const pattern of [UNNAMED_EXAMPLE, CLOSING_DEMONSTRATIVE, FOLLOWING_ON]) {
		const found = pattern.exec(text);
		if (found) return found[0].replace(/[.!?]$/u, '').trim();
	}
	return pastEventNamingNothing(text, isName) ? text : undefined;
}

/**
 * Words by which a sentence leans on the one before without being unreadable alone: a contrast
 * or addition ("Almost everywhere else the ridge …", "The powers also signed …", "However, …"),
 * a comparison with something named before ("the same process", "such a flood"), an example of
 * what came before ("In 2014, for example, …"), an ordinal among things listed before ("The most
 * recent was …", "the three countries"), a demonstrative ("these plates"). Outsider teachers
 * (issue 12): "Almost everywhere else the ____ lies deep under the ocean" needs the sentence
 * before. "also called"/"also known as" name a term and lean on nothing; "such as" gives examples.
 */
const LEANS_BACK = [
	/\b[Ee]lse\b/u,
	/\b[Tt]he same\b(?!\s+(?:time|year|day|way)\b)/u,
	/\b[Ss]uch\s+(?!as\b)(?:an?\s+)?\p{Ll}/u,
	/\b[Aa]lso\b(?!\s+(?:called|known|named|termed|spelled|spelt|written)\b)/u,
	/\b(?:[Ff]or example|[Ff]or instance|[Ii]n turn|[Ii]n return|[Ii]n the end)\b/u,
	/\b(?:[Tt]he (?:former|latter|most recent|latest|rest|remaining)|[Aa]nother)\b/u,
	/\b[Tt]he (?:two|three|four|five|six)\s+\p{Ll}+s\b/u,
	/\b(?:[Tt]hese|[Tt]hose)\b/u,
	/\b[Tt]his\s+\p{Ll}/u,
	/^(?:However|But|Yet|Still|So|And|Or|Similarly|Likewise|Meanwhile|Moreover|Furthermore|Nevertheless|Nonetheless|Therefore|Thus|Hence|Then|Later|Instead|Even so|In addition|By contrast|In contrast|On the other hand)\b/u
];

/**
 * The words by which `text` leans on the sentence before (`LEANS_BACK`), or undefined. Such a
 * sentence is ranked down among the suggestions, not refused: read alone it is often still fair.
 */
export function leansBack(text: string): string | undefined {
	for (const pattern of LEANS_BACK) {
		const found = pattern.exec(text);
		if (found) return found[0].trim();
	}
	return undefined;
}
