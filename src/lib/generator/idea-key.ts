import { datedKey, ranksSubject } from './idea-faith';
import { namesMembers } from './idea-members';
import { fold, words } from './text';

/**
 * How a card's key is built from the words of a sentence (issues 9 and 12): from whole
 * syntactic units, never cut inside a list or a clause, the source's hedges kept, and refused
 * rather than cut when the whole is too long. Blind reviews U4–U6 failed keys cut mid-list
 * ("increased rates of crime, delinquency"), keys ending on a comma, keys the name gives away
 * ("Brezhnev Doctrine" → "A Soviet foreign policy") and keys that were a measurement (spore
 * sizes). Pure.
 */

/** Longest key a card may carry, in words: a longer one is refused, never cut (U6 S02). */
export const MAX_KEY_WORDS = 38;

/** Words that open a new clause after ", and" / ", but": a verb, a pronoun, an adverb of result. */
const CLAUSE_START =
	/^(?:is|are|was|were|has|have|had|can|could|may|might|will|would|became|becomes|it|he|she|they|its|his|her|their|there|this|these|therefore|thus|hence|so|then|later|also|later|in|on|at|after|since|\p{Ll}+ed)\b/u;

/** Units of measurement: a key that is a size, a mass or a rate is trivia (U6 S01). */
const MEASUREMENT =
	/\d[\d.,–-]*\s*(?:x\s*[\d.,–-]+\s*)?(?:μm|µm|mm|cm|km|m|nm|kg|mg|g|lb|ft|mi|°C|°F|%|kDa|Hz|kHz|MHz|AU)(?!\p{L})|\b\d[\d.,]*\s+(?:micrometres?|micrometers?|millimetres?|millimeters?|centimetres?|centimeters?|metres?|meters?|kilometres?|kilometers?|grams?|kilograms?|tonnes?|tons?|pounds?|feet|inches|miles|degrees|per ?cent|percent)\b/u;

/** True when a phrase carries a measurement ("3–4.5 x 2.5–4.5 μm", "17% oxygen"). */
export function hasMeasurement(text: string): boolean {
	return MEASUREMENT.test(text);
}

/** True when quotation marks and parentheses in the text pair up (nothing was cut inside them). */
export function balanced(text: string): boolean {
	const count = (re: RegExp) => (text.match(re) ?? []).length;
	return (
		count(/\(/gu) === count(/\)/gu) &&
		count(/"/gu) % 2 === 0 &&
		count(/“/gu) === count(/”/gu) &&
		count(/\[/gu) === count(/\]/gu)
	);
}

/**
 * A parenthesis that limits when or for whom the claim holds ("(in slightly later versions of
 * the story)", "(in some accounts)", "(according to Livy)", "(at least in Europe)"): dropped
 * with the other parentheses, it made the key say as plain fact what the article hedges (blind
 * review U25 S05, both reviewers).
 */
const QUALIFIER =
	/\(\s*(?:(?:in|at|for|among|on)\s+(?:some|many|most|several|certain|other|later|earlier|slightly|a\s+few|one|the\s+(?:later|earlier|original|first|older|newer)|at\s+least)\b|according\s+to|at\s+least|probably|possibly|perhaps|presumably|reportedly|allegedly|arguably|apparently|supposedly|traditionally|mostly|mainly|usually|often|sometimes|rarely|occasionally|partly|partially|disputed|unconfirmed|if\b|unless\b|except\b|though\b|although\b|but\b|not\b|or\s+possibly|and\s+possibly)[^()]*\)/iu;

/** A parenthesis that gives another name: "(usually called …)", "(often referred to as …)". */
const ALIAS_ASIDE =
	/^\(\s*(?:often|sometimes|usually|mostly|mainly|traditionally)\s+(?:also\s+)?(?:called|referred|known|spelled|spelt|written|heard|named|termed|abbreviated)\b/iu;

/** A frequency word and one modifier in parentheses: "(usually random)", "(often fatal)". */
const HEDGED_MODIFIER =
	/^\(\s*(?:usually|often|sometimes|mostly|mainly|rarely|occasionally|partly|partially|typically|generally)\s+\p{Ll}[\p{Ll}-]*\s*\)$/u;

/**
 * The predicate up to a qualifying parenthesis (`QUALIFIER`): "… led up to the Trojan War and
 * (in later versions) to the founding of Rome" → "… led up to the Trojan War", cut only at the
 * "and", "or" or comma before it; undefined when it qualifies the first unit (no whole key says
 * only what the article stands by); the predicate itself when it holds no such parenthesis.
 */
export function beforeQualifier(predicate: string): string | undefined {
	const m = QUALIFIER.exec(predicate);
	// "(sometimes called a field goal)": another name, no limit on the claim; "unfit (usually
	// random) programs": a hedged modifier, whose loss leaves a true, wider key.
	if (!m || ALIAS_ASIDE.test(m[0]) || HEDGED_MODIFIER.test(m[0])) return predicate;
	const before = predicate.slice(0, m.index);
	const cut = /(?:,|\s+(?:and|or))\s*$/u.exec(before);
	if (!cut) return undefined;
	const kept = before.slice(0, cut.index).trim();
	return kept.split(/\s+/u).length >= 3 ? kept : undefined;
}

/**
 * The predicate as a key, from whole units: parentheses dropped, cut only where a new clause
 * starts (";", ", and it was …", ", and therefore …"), never inside a list ("crime,
 * delinquency, and recidivism" stays whole), never before a relative clause that carries the
 * idea; when still longer than `maxWords`, a non-restrictive ", which …" or ", invented …" tail
 * is dropped only if what is left says more than a class (`classOnly`). Undefined when no whole
 * unit fits: a card is refused rather than cut (U6 S02).
 */
export function wholeKey(predicate: string, maxWords = MAX_KEY_WORDS): string | undefined {
	const kept = beforeQualifier(predicate);
	if (kept === undefined) return undefined;
	let text = kept
		.replace(/\s*\([^()]*\)/gu, '')
		.replace(/\s+/gu, ' ')
		.replace(/[.!]\s*$/u, '')
		.trim();
	text = text.split(/\s*;\s+/u)[0];
	// ", and therefore justifies …": a second clause, another fact.
	const clause = /,\s+(?:and|but|while|although|whereas)\s+(\S+)/gu;
	for (const match of text.matchAll(clause)) {
		if (CLAUSE_START.test(match[1])) {
			text = text.slice(0, match.index);
			break;
		}
	}
	// "an agent of aspergillosis and has been implicated in …": a second predicate.
	const second =
		/\s+(?:and|but)\s+(?:has|have|had|is|was|are|were|can|could|may|might|will|would)\s/u.exec(
			text
		);
	if (second) text = text.slice(0, second.index);
	// "…give the largest supplier in an industry, often the first supplier in a market, an
	// overwhelming advantage …": a hedged aside inside the key goes before anything is cut.
	if (count(text) > maxWords)
		text = text.replace(
			/,\s+(?:often|usually|typically|generally|sometimes|mostly|especially|particularly)\s[^,]{3,60},\s+/gu,
			' '
		);
	if (count(text) > maxWords) {
		const tail =
			/,\s+(?:which|who|whose|where|invented|developed|created|founded|built|named)\b/u.exec(text);
		// "…, the constitutional mechanism for electing …": a closing apposition of the last name.
		const apposition = /,\s+(?:the|a|an)\s[^,]+$/u.exec(text);
		const head = tail
			? text.slice(0, tail.index)
			: apposition
				? text.slice(0, apposition.index)
				: undefined;
		// "…dealt with two issues under the Constitution, the extent of judicial power and …":
		// what is cut is the list the head counts, so the key would name things it never says
		// (U8 S01).
		if (head && !classOnly(head) && !COUNTED.test(head)) text = head;
	}
	text = text.replace(/[\s,;:–—-]+$/u, '');
	if (!text || count(text) > maxWords || count(text) < 2 || !balanced(text)) return undefined;
	return text;
}

/** A head that counts what follows it: "two issues", "three functions", "both powers". */
const COUNTED = /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|both)\s+\p{Ll}+s\b/u;

function count(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/** Words of a verb or a clause: a key with none of them names only a class. */
const VERBAL =
	/\b(?:that|which|who|whose|where|whereby|in which|by which|is|are|was|were|has|have|had|can|could|may|might|will|would|does|do|did|to|\p{Ll}{3,}(?:ed|ing|es)|made|built|driven|known|held|written|given|taken|worn|born|grown|shown|found|kept|led|run|set|spoken|sung|thought|brought|sold|drawn|seen|fought|won|lost|begun|chosen|broken|fallen|struck|taught|sought|bought|caught|beaten|risen|woven|hidden|laid|paid|told|sent|spent|dealt|heard|stood|fled|ruled)\b/u;

/**
 * True when a key only names a class ("a Soviet foreign policy", "a species of fungus in the
 * genus Aspergillus", "an economically and ecologically important genus in the family
 * Piperaceae"): no verb, no relative clause, nothing that says what makes this one of its
 * class. The name gives such a key away and the idea is missing (U4 S04, U5 S03, U6 S01,
 * U6 S03). Only an indefinite key: a definite one names one thing. Nouns ending in "-es" count as verbs here ("species", "processes"): the test errs
 * towards keeping a key, never towards dropping its clause.
 */
export function classOnly(key: string): boolean {
	const plain = key.replace(/\s*\([^()]*\)/gu, '');
	const stripped = plain.replace(/\b(?:species|series|types|forms|kinds)\b/giu, '');
	// "The last battle of the Varn War", "the sixth round of …": a definite key names one thing.
	if (!/^(?:a|an|one of|any of|some|two|three|four|five|six|seven|eight|nine)\s/iu.test(plain))
		return false;
	// "a conflict between Ostra and the Kingdom of Lumen over …": its parties set it apart.
	if (/\bbetween\s+\S.*\s+and\s+\S/u.test(plain)) return false;
	// "a network of merchant guilds and market towns": its members set it apart (issue 12).
	if (namesMembers(plain)) return false;
	return !VERBAL.test(stripped);
}

/** Function words that say nothing of a key's content. */
const STOP =
	/^(?:a|an|the|of|in|on|at|to|for|by|with|and|or|from|as|that|which|who|is|are|was|were|its|their|his|her|one|any|some|way|kind|type|form|term|name)$/u;

/**
 * True when the name gives the key away: every content word of the key is a word of the name
 * or of the name's class words ("the geological deformation of Iceland" → "the way that the
 * rocks of Iceland are deforming"), or the key's content words are at most one beyond the
 * name's (U6 S05: "the way that the rocks of the island of Iceland are changing due to
 * tectonic forces" restates "geological deformation of Iceland").
 */
export function givenAway(key: string, name: string): boolean {
	const named = new Set(words(fold(name)).map(stem));
	const content = words(fold(key)).filter((w) => !STOP.test(w) && !/^\d+$/u.test(w));
	if (!content.length) return true;
	const fresh = content.filter((w) => !named.has(stem(w)));
	return fresh.length === 0;
}

/** Fewest content words a definition's key must say beyond its name (`thinKey`). */
export const MIN_FRESH_WORDS = 5;

/** Words that only say a thing has a class ("a species of …") or join ("as well as"): no content. */
const CLASS_FILLER =
	/^(?:species|genus|family|group|sort|part|member|example|instance|well|also|such|other|many|both)$/u;

/**
 * True when a definition's key says too little beyond the name it defines: fewer than
 * `MIN_FRESH_WORDS` content words that the name does not hold (no function word, no number, no
 * class filler such as "species", no place: `isPlace`). Blind reviewers failed "What is the
 * peppered moth?" → "A temperate species of night-flying moth" (U8 S04) and "What was Coventry
 * Corporation Transport?" → "The operator of trams and motorbuses in Coventry, Warwickshire
 * from 1912 to 1974" (U7 S06): a student who knows only the name marks themself right. Every
 * subject key they accepted (U2–U8, 11 cards) says five or more new words; "a chartered company
 * of Dutch merchants as well as foreign investors" (the Dutch West India Company) says four.
 */
export function thinKey(
	key: string,
	name: string,
	isPlace: (word: string) => boolean = () => false,
	least = MIN_FRESH_WORDS
): boolean {
	const named = new Set(words(fold(name)).map(stem));
	const places = new Set(
		(key.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).filter(isPlace).flatMap((p) => words(p))
	);
	const fresh = words(fold(key)).filter(
		(w) =>
			!STOP.test(w) &&
			!CLASS_FILLER.test(w) &&
			!/^\d+$/u.test(w) &&
			!named.has(stem(w)) &&
			!places.has(w)
	);
	return new Set(fresh).size < least;
}

/** A crude stem for comparing a key's words with a name's ("deforming" and "deformation"). */
function stem(word: string): string {
	return word.replace(/(?:ation|ations|ing|ed|es|s|al|ally|ical)$/u, '').slice(0, 6);
}

/**
 * A title that describes rather than names ("Geological deformation of Iceland", "Economic
 * history of Peru"): two or more words in lower case and an "of" before a name. Its "What is
 * …?" card only restates the title (U6 S05); the article's sections carry its ideas.
 */
export function descriptiveTitle(title: string): boolean {
	const parts = title.split(/\s+/);
	const lower = parts.slice(1).filter((w) => /^\p{Ll}{3,}/u.test(w) && !STOP.test(w));
	return lower.length >= 1 && /^\p{Lu}\p{Ll}+$/u.test(parts[0]) && /\bof\s+\p{Lu}/u.test(title);
}

/** A count written in digits (not a year, not an ordinal): "with 24 teams". */
export function hasCount(text: string): boolean {
	return /\b(?!(?:1[0-9]|20)\d\d\b)\d[\d,.]*\b(?!\s*(?:th|st|nd|rd)\b)/u.test(text);
}

/**
 * True when a definition's key is hollow or unsafe to teach as "what X is": it only names a
 * class, restates the name, is a measurement or a ranking (`ranksSubject`), holds a time word
 * only the article's date resolves (`datedKey`: "to date", U10 S13), or gives a count in the
 * present tense that the article's date would have to qualify (U4–U7).
 */
export function hollowDefinition(key: string, name: string, present: boolean): boolean {
	return (
		classOnly(key) ||
		hasMeasurement(key) ||
		givenAway(key, name) ||
		ranksSubject(key) ||
		datedKey(key) ||
		(present && hasCount(key))
	);
}

/**
 * True when a key repeats most of the title's own names: two or more of its capitalised words,
 * and at least two thirds of them ("Leah Remini: Scientology and the Aftermath" → "A documentary
 * series that investigates the Church of Scientology through the experiences of … Leah Remini
 * …"). A student reads the key off the prompt (blind review U12 S01, S06). The key's first word
 * and the title's "The", "A", "An" do not count.
 */
export function titleEcho(key: string, title: string): boolean {
	const capitals = (t: string) =>
		new Set(
			(t.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [])
				.filter((w) => !/^(?:The|A|An|Of|And|In|On)$/u.test(w))
				.map((w) => fold(w))
		);
	const named = capitals(title);
	const said = capitals(key.replace(/^\S+\s*/u, ''));
	const echoed = [...named].filter((w) => said.has(w)).length;
	return echoed >= 2 && echoed * 3 >= named.size * 2;
}
