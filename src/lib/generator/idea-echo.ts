import { foldText, wordStem } from '$lib/text/fold';
import type { Idea } from './ideas';

/**
 * Keys a student can read off their own prompt, or that copy a slip of the source: refused,
 * never mended by guess (precision first, issue 12). After blind review U14 (2026-12-23): a key
 * with "lecturer" twice (S24), "a by-election in Richmond Park" for the Richmond Park
 * by-election (S10), "structures that are fundamentally discrete" for discrete mathematics
 * (S05), and a treaty whose full title in the prompt states its purpose (S03).
 */

/** Words too common to count as content: a repeat of these is no slip. */
const FUNCTION_WORD =
	/^(?:and|the|that|this|with|from|which|whose|their|there|they|them|have|been|were|also|into|over|under|other|such|than|then|when|where|both|each|more|most|only|some|very|about|after|before|between|during|within|without|would|could|should|being)$/u;

const wordsOf = (text: string): string[] =>
	text
		.toLowerCase()
		.split(/[^\p{L}\p{N}'’-]+/u)
		.filter(Boolean);

/** One item of a list: the text between commas and "and"s, lower-cased. */
const listItems = (text: string): string[] =>
	text
		.toLowerCase()
		.split(/,\s*|\s+and\s+|;\s*/u)
		.map((item) => item.trim())
		.filter(Boolean);

/**
 * True when a key names the same item twice in one list ("an American journalist, lecturer,
 * temperance activist, lecturer and evangelist") or a word twice in a row ("the the river
 * river"): the source's slip would be taught as the answer, and no rule can tell which mention
 * to drop. A word said twice in prose ("reducing trade barriers to international trade") is
 * how a long key reads and passes.
 */
export function doubledWord(key: string): boolean {
	if (/\b(\p{L}{4,})\s+\1\b/iu.test(key)) return true;
	const items = listItems(key).filter((item) => !FUNCTION_WORD.test(item));
	return items.some((item, i) => items.indexOf(item) !== i);
}

/** Plural "s" off, for comparing a name's words with a key's ("Wastes" and "waste"). */
const singular = (word: string): string => word.replace(/['’]s$/u, '').replace(/s$/u, '');

/**
 * True when a definition's key restates its subject: two adjacent words of the subject come
 * back together ("What was the Oster Park by-election?" → "A by-election in … Oster Park";
 * "… on the Control of Tidal Wastes" → "to reduce tidal waste"), or a word that qualifies the
 * subject is the key's own predicate ("What is velar geometry?" → "the study of shapes that
 * are fundamentally velar"). One word coming back in another role passes ("the Varn Acts" →
 * "laws passed by the Varn council"; "reverse transcriptase" → "… termed reverse
 * transcription"). `subject` is the name as the prompt asks it. Source: the blind reviewers'
 * notGiveaway criterion (U14 S03, S05, S10).
 */
export function restatesSubject(key: string, subject: string): boolean {
	const named = wordsOf(subject).map(singular);
	const said = wordsOf(key).map(singular);
	const pairs = new Set(said.slice(1).map((w, i) => `${said[i]} ${w}`));
	const content = (w: string) => w.length >= 4 && !FUNCTION_WORD.test(w);
	for (let i = 1; i < named.length; i++)
		if (content(named[i - 1]) && content(named[i]) && pairs.has(`${named[i - 1]} ${named[i]}`))
			return true;
	// The subject's last word is its own class ("cause" of proximate cause): a key may say it.
	return named
		.slice(0, -1)
		.filter(content)
		.some((q) =>
			new RegExp(
				`\\b(?:is|are|was|were)\\s+(?:\\p{L}+ly\\s+)?${q.replace(/[^\p{L}\p{N}]/gu, '.')}s?\\b`,
				'iu'
			).test(key)
		);
}

/**
 * True when a singular key ("a territory …") goes on with a plural verb for it ("… that have
 * been"): the source wrote the verb for a plural name (U14 S31, "The Ostran Islands are a
 * territory … that have been"). The word before "that" must be a plural noun for "have" to
 * agree ("a chain of islands that have …" is right).
 */
export function singularKeyPluralVerb(key: string): boolean {
	if (!/^(?:a|an|one)\s/iu.test(key)) return false;
	const clause = /(\p{L}+)\s+(?:that|which|who)\s+(?:are|were|have)\b/u.exec(key);
	return !!clause && !/s$/u.test(clause[1]);
}

/** Words a name is made of, folded, hyphens split: the content of a prompt's name. */
const contentWords = (text: string): string[] =>
	foldText(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length >= 3 && !FUNCTION_WORD.test(w) && !/^(?:for|its|not)$/u.test(w));

/** True when two words are forms of one word by their stems ("psychology", "psychological"). */
function sameStem(a: string, b: string): boolean {
	if (a.length < 4 || b.length < 4) return singular(a) === singular(b);
	return a.startsWith(wordStem(b)) || b.startsWith(wordStem(a));
}

/** What a "What is X?" or "What does X refer to?" prompt asks of, with its class word. */
function askedWhole(prompt: string): string | undefined {
	return (
		/^What\s+(?:is|are|was|were)\s+(.+)\?$/u.exec(prompt)?.[1] ??
		/^What\s+(?:does|do|did)\s+(.+?)\s+(?:refer\s+to|mean|denote|describe)\?$/u.exec(prompt)?.[1]
	);
}

/**
 * True when a definition's key says the prompt's own words again by their stems, so a student
 * who knows nothing can say it: two or more of the asked name's words (its class word
 * included: "the game …") and two thirds of them come back in the key ("the psychology of
 * torture" → "the psychological processes underlying … torture"; "the manufacturer Alvey Reels"
 * → "a manufacturer of … reels"; "a free-trade area" → "… a free trade agreement"), the key
 * calls the subject's own word its way ("distributed collaboration" → "a way of collaboration
 * wherein …"; "a type of resource leak" for a memory leak is a genus and passes), or a capital
 * run inside the name is the initials of the key's words ("AutoCAD" → "computer-aided design"). A word the key capitalises names another thing and does not
 * count ("chlamydia infection" → "an infection caused by the bacterium Chlamydia trachomatis",
 * accepted in U17 S01). Source: blind reviews 11a/11b (S07, S11, S18, S20, S29, S01).
 */
export function echoesPrompt(prompt: string, key: string): boolean {
	const asked = askedWhole(prompt);
	if (!asked) return false;
	// "Sigma (album)": a disambiguator, dropped from the prompt later, and a lead's field ("… in
	// computer science") are no words of the name.
	const named = contentWords(asked.replace(/\s*\([^)]*\)|\s+in\s+\p{Ll}[\p{L}\s]*$/gu, ''));
	const said = key
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w && !/^\p{Lu}/u.test(w))
		.map(foldText);
	const echoed = named.filter((n) => said.some((w) => sameStem(n, w))).length;
	if (echoed >= 2 && echoed * 3 >= named.length * 2) return true;
	const kind =
		/^(?:a|an|the)\s+(?:\p{L}+\s+)?(?:way|mode|method|means|manner)\s+of\s+(\p{L}+)/iu.exec(
			key
		)?.[1];
	if (kind && named.length >= 2 && named.some((n) => sameStem(n, foldText(kind)))) return true;
	return initialsGiven(asked, key);
}

/**
 * True when a capital run of three to five letters inside a name ("AutoCAD") is the initials of
 * words in a row of the key ("computer-aided design").
 */
function initialsGiven(name: string, key: string): boolean {
	const initials = key
		.split(/[\s-]+/u)
		.map((w) =>
			foldText(w)
				.replace(/[^\p{L}]/gu, '')
				.charAt(0)
		)
		.join('');
	return [...name.matchAll(/\p{Lu}{2,5}/gu)].some(
		(run) => run[0].length >= 3 && initials.includes(foldText(run[0]))
	);
}

/** The subject a lead card asks about: "What is discrete mathematics?" → "discrete mathematics". */
function askedSubject(prompt: string): string | undefined {
	return /^What\s+(?:is|are|was|were)\s+(.+)\?$/u.exec(prompt)?.[1];
}

/**
 * True when an idea's key is safe from these faults: no doubled word and no plural verb after
 * a singular key in any key, and for a
 * "What is X?" definition, a key that does not restate X. A person's card ("Who was …?") is not
 * read for restating: a role names no part of a person's name.
 */
export function keyStandsApart(idea: Idea): boolean {
	if (doubledWord(idea.answer) || singularKeyPluralVerb(idea.answer)) return false;
	if (echoesPrompt(idea.prompt, idea.answer)) return false;
	const subject = idea.kind === 'lead' ? askedSubject(idea.prompt) : undefined;
	return !subject || !restatesSubject(idea.answer, subject);
}
