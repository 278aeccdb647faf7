import { words } from './text';

/**
 * Whether a sentence-opening pronoun ("He died in 1530 …") certainly means a given name, judged
 * from the sentence before it. Replacing the pronoun by a name turns a lifted sentence into a
 * question about that person; a wrong guess is a false key (rubric criterion 2): "Henry VIII
 * died in ____" was made from "He died in 1530 …" after "Wolsey failed … and fell from power"
 * (blind review, session 37). The rule is the first step of Hobbs (1978) and of Lappin & Leass
 * (1994), kept only where it cannot go wrong: the sentence before opens on the name as its own
 * grammatical subject (or on the same pronoun, already resolved to the name), and names no
 * other person a "he" or "she" could mean. Anything less certain gives no resolution. Pure.
 */

/** Who or what a pronoun may stand for. */
export interface Antecedent {
	/** The name's own words, folded (`words`): "henry", "viii". */
	nameWords: ReadonlySet<string>;
	/** Nouns that name it after "The" ("experiment"), lower case; none for a person. */
	heads?: readonly string[];
	/** "he" or "she" for a person, "it" or "they" for a thing. */
	pronoun: 'he' | 'she' | 'it' | 'they';
}

/** Words before a name that are part of it, not another person: "King Henry", "Cardinal …". */
const TITLES =
	'King|Queen|Prince|Princess|Emperor|Empress|Pope|Cardinal|Archbishop|Bishop|Saint|St|Sir|Dame|Lord|Lady|Duke|Duchess|Earl|Count|Countess|Baron|Tsar|Czar|Sultan|Shah|Caliph|Pharaoh|President|Prime|Minister|Chancellor|General|Colonel|Captain|Admiral|Dr|Doctor|Professor|Mr|Mrs|Ms|Miss|Father|Brother|Sister|Mother';
const TITLE = new RegExp(String.raw`^(?:${TITLES})\.?$`, 'u');

/** A person's title before a capitalised word: a sign the word is a person's name. */
const TITLED_NAME = new RegExp(String.raw`\b(?:${TITLES})\.?\s+\p{Lu}[\p{L}'’-]+`, 'gu');

/**
 * A fronted phrase before the subject: "In 1513, ", "In 1513 ", "After the war, ", "Later, ".
 * A date without a comma is fronted too ("In 1513 he invaded France").
 */
const FRONTED =
	/^(?:(?:In|On|By|From|Until|Around|About|Circa)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:1\d{3}|20\d{2})s?,?\s+|(?:In|On|At|After|Before|During|Following|Under|With|When|While|As|Although|Though|Once|Later|Then|Soon|Meanwhile|However|Eventually|Finally|Afterwards|That year|The next year)\b[^,]{0,80},\s+)/u;

/** The sentence with a fronted phrase (`FRONTED`) set aside. */
export function withoutFronted(sentence: string): string {
	return sentence.trim().replace(FRONTED, '');
}

/** The pronoun a sentence opens on (after a fronted phrase), lower case, or undefined. */
export function openingPronoun(sentence: string): Antecedent['pronoun'] | undefined {
	const match = /^(He|he|She|she|It|it|They|they)\s+(?=\p{Ll})/u.exec(withoutFronted(sentence));
	return match ? (match[1].toLowerCase() as Antecedent['pronoun']) : undefined;
}

/**
 * True when `sentence` opens (after a fronted phrase) on the name as its grammatical subject:
 * a run of capitalised words that are all the name's words or titles ("King Henry VIII
 * married …", "Henry broke …"), not a possessive ("Henry's chief minister …"), not one of
 * two subjects ("Henry and Wolsey …"); or "The <head>" for a thing ("The experiment …").
 */
export function opensOnName(sentence: string, who: Antecedent): boolean {
	const rest = withoutFronted(sentence);
	for (const head of who.heads ?? [])
		if (new RegExp(String.raw`^The\s+${head}\s+(?!of\b|and\b)\p{Ll}`, 'u').test(rest)) return true;
	const run =
		/^(?:The\s+)?((?:\p{Lu}[\p{L}.-]*|of|the|de|von|van)(?:\s+(?:\p{Lu}[\p{L}.-]*|of|the|de|von|van))*)(['’]s\b|\s+and\b|,?\s+or\b)?/u.exec(
			rest
		);
	if (!run || run[2]) return false;
	const capitals = run[1].split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
	let named = false;
	for (const word of capitals) {
		const folded = words(word)[0] ?? '';
		if (who.nameWords.has(folded)) named = true;
		else if (!TITLE.test(word)) return false;
	}
	return named;
}

/**
 * True when the previous sentence names a person other than `who` (a titled name, or one
 * `isPerson` knows) that a "he" or "she" could mean.
 */
function namesAnotherPerson(
	previous: string,
	who: Antecedent,
	isPerson: (name: string) => boolean
): boolean {
	const mine = (name: string) => words(name).some((w) => who.nameWords.has(w));
	for (const match of previous.matchAll(TITLED_NAME)) if (!mine(match[0])) return true;
	for (const match of previous.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu)) {
		const name = match[0].replace(/['’]s$/u, '');
		if (match.index === 0 && !isPerson(name)) continue;
		if (!mine(name) && isPerson(name)) return true;
	}
	return false;
}

/**
 * True when the pronoun `sentence` opens on certainly means `who`: the pronoun is `who`'s; the
 * sentence before (`previous`, '' when none: a pronoun opening a text or following a heading
 * is never resolved) opens on `who` as its subject (`opensOnName`), or on the same pronoun and
 * `previousResolved` says that one meant `who`; and, for "he" or "she", the sentence before
 * names no other person (`isPerson` for the names the document knows as people).
 */
export function antecedentCertain(
	sentence: string,
	previous: string,
	who: Antecedent,
	previousResolved: boolean,
	isPerson: (name: string) => boolean = () => false
): boolean {
	const pronoun = openingPronoun(sentence);
	return pronoun === who.pronoun && previousMeans(previous, who, previousResolved, isPerson);
}

/**
 * True when a pronoun of `who` (or "his", "her", "its") opening the sentence after `previous`
 * can only mean `who`: the second half of `antecedentCertain`, for callers that found the
 * pronoun themselves.
 */
export function previousMeans(
	previous: string,
	who: Antecedent,
	previousResolved: boolean,
	isPerson: (name: string) => boolean = () => false
): boolean {
	if (previous.trim() === '') return false;
	const chained = previousResolved && openingPronoun(previous) === who.pronoun;
	if (!chained && !opensOnName(previous, who)) return false;
	if (who.pronoun === 'he' || who.pronoun === 'she')
		return !namesAnotherPerson(previous, who, isPerson);
	return true;
}
