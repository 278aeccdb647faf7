import type { Idea } from './ideas';

/**
 * Keys that span more or less than one answer: a dash-joined label and gloss or an aside, a key
 * starting inside a phrase, a meaning keyed by a class membership or one owner's instance; and a
 * prompt asking of a bare place or time word.
 *
 * The failure kinds blind check H24 (`questions/unseen/review-2027-01-31/`, three reviewers,
 * session 34) found in the frozen generator, each refused as a kind:
 * - a key holding a list item's label or an aside set off by spaced dashes ("Conflict with
 *   herders – when wild prey is scarce, …", H24 S11; "A mihrab – a niche … – and a minbar", S06):
 *   the dash joins a label to its gloss or cuts an aside in, so the key is not one answer;
 * - a definition keyed by a class membership alone ("one of the four fundamental forces of
 *   nature", "one form of an element", S26 and S32, all three): a partial definition that fits
 *   other terms too;
 * - a term's meaning keyed by one instance, a named owner's thing ("Salk's vaccine used
 *   poliovirus that had been killed …" for "inactivated vaccine", S69, all three);
 * - a prompt that asks of a place or time word alone ("What was inside?", S06, all three);
 * - a key cut right after a determiner ("… of the same pitch, pipers play …" keyed "Same pitch,
 *   pipers play very quick extra notes", S42, all three): it starts inside a phrase.
 * Pure.
 */

/**
 * A list item's label before a spaced dash: one to four words, the first capitalised
 * ("Conflict with herders – when …"); a long definition's closing aside ("A system in which …
 * signals – dots and dashes") is no label.
 */
const LABEL = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}\s+[–—-]\s/u;

/** A class membership alone: "one of the …", "one form of …". */
const MEMBERSHIP = /^one\s+(?:of|(?:form|kind|type|sort|part|example|variety)\s+of)\s/iu;

/** A named owner's thing: "Salk's vaccine …", "Varn’s bridge …". */
const OWNER = /^\p{Lu}[\p{L}-]*['’]s\s/u;

/** A card that asks what a term means or what a thing is. */
const MEANING = /\bwhat\s+is\s+meant\s+by\b|^What\s+(?:is|are)\s+(?:an?\s+)?[\p{L}“"'‘]/iu;

/** A question about a place or time word alone: "What was inside?", "Who was there?". */
const BARE_ADVERB =
	/^(?:What|Who|Which)\s+(?:is|are|was|were|has|had|came|lay|stood)\s+(?:inside|outside|there|here|then|above|below|nearby|next|later|first|beneath|beyond|within)\?$/iu;

/** A word that opens a noun phrase: a key starting after it starts inside the phrase. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your)$/iu;

/**
 * True when `key`, a phrase of three words or more that runs on past a comma, starts right
 * after a determiner of `sentence` on a word the sentence writes in lower case ("of the same
 * pitch, pipers play …" keyed "Same pitch, pipers play …"): it starts inside a noun phrase and
 * runs into the next clause. A name ("the African National Congress") or a term ("a cathode
 * ray tube", "called a polymath") is whole. A key not found in the
 * sentence is not judged here.
 */
export function keyStartsInPhrase(key: string, sentence: string): boolean {
	if (key.split(/\s+/u).length < 3 || !key.includes(',')) return false;
	const at = sentence.toLowerCase().indexOf(key.toLowerCase().slice(0, 24));
	if (at <= 0 || !/^\p{Ll}/u.test(sentence.slice(at))) return false;
	const before = sentence.slice(0, at).trimEnd().split(/\s+/u).at(-1) ?? '';
	return DETERMINER.test(before);
}

/** True when `idea` is one of H24's failure kinds (see above). */
export function keySpanRefuses(idea: Idea): boolean {
	if (BARE_ADVERB.test(idea.prompt.trim())) return true;
	if (idea.type === 'truefalse') return false;
	const key = idea.answer.trim();
	if (idea.type === 'flashcard' && LABEL.test(key)) return true;
	if (MEANING.test(idea.prompt) && (MEMBERSHIP.test(key) || OWNER.test(key))) return true;
	return keyStartsInPhrase(key, idea.sentence.text);
}
