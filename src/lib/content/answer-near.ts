import { splitAside } from './answer-aside';
import { samePlaceForm, sameWordFamily, withoutNamedHead } from './answer-forms';
import { answerMatch, capitalizedWords, normalizeAnswer, withoutArticle } from './answer-match';
import { splitEra } from './answer-years';
import type { MarkedQuestion } from './answer-match';
import { CLASSIFIER, GENERIC } from './kind-words';

/**
 * A wrong typed answer that is nearly the key: not marked right, since another thing could be
 * meant, but shown as "almost", with the key, so the student can count it with "I was right"
 * (Anki's and Quizlet's override). Issue 12/14, an outsider student: "Bondsteel Camp",
 * "Justice and Development" and "Cypriot" were plain "Not quite".
 *
 * - `order`: a noun phrase or name's words in another order, joined by other small words or
 *   none (`reordered`: "Bondsteel Camp" for "Camp Bondsteel", "Liberation Army of Kosovo" for
 *   "Kosovo Liberation Army"); never a clause's ("Kosovo recognised Turkey" for "Turkey
 *   recognised Kosovo" is another fact);
 * - `generic`: the key without a generic word of the kind it names (Party, Camp, River,
 *   University, …: `GENERIC`), the rest whole ("Justice and Development" for "Justice and
 *   Development Party"; "University of Pristina" may leave out "University of");
 * - `added`: a key that is a name (capitalised), whole, with a word naming its kind added first
 *   or last (`GENERIC` or `CLASSIFIER`: "Camp Bondsteel base", "Prizren city", "the city of
 *   Prizren");
 * - `place`: a place for its adjective or demonym or the other way round (`samePlaceForm`),
 *   every other word as the key has it ("Cypriot" for "Cyprus", "Africa and Eurasia" for
 *   "African and Eurasian plates");
 * - `family`: a word the key writes in lower case in another form of its family
 *   (`sameWordFamily`: "stabilizing" or "stabilization" for "stabiliser"), every other word as
 *   the key has it;
 * - `small`: the key's words with another small word between them, or one more or fewer
 *   (`SMALL`: "Butcher from Belgrade" for "Butcher of Belgrade");
 * - `aside`: a right answer with an aside in brackets the question does not list (`answer-aside.ts`:
 *   "Camp Bondsteel (US Army)"; with a listed answer or its initials it is right).
 *
 * A different name stays plain wrong: "Turkish Cypriot" for "Cyprus", "Film City" for "Camp
 * Bondsteel", "Democratic Party" for "Justice and Development Party", "Butcher of Sarajevo".
 */
export type NearKind = 'order' | 'generic' | 'added' | 'place' | 'family' | 'small' | 'aside';

/** What `nearAnswer` found: how the answer is near, and the key or accepted answer it is near. */
export interface NearMatch {
	kind: NearKind;
	matched: string;
}

/**
 * Prepositions and articles that join a name's words without naming anything ("Butcher of/from
 * Belgrade", "University of/in Pristina"). Not "to", "before", "after", "without" and the like,
 * which turn a name into its opposite ("flights to Belgrade"), nor "and"/"or".
 */
export const SMALL: ReadonlySet<string> = new Set([
	'of',
	'from',
	'in',
	'at',
	'on',
	'for',
	'by',
	'with',
	'the',
	'a',
	'an'
]);

/** Words that join a generic word to the name and go with it ("University of Pristina"). */
const JOINING = new Set(['of', 'the', 'for']);

/**
 * The key's words without a generic first word (and the "of"/"the" after it: "University of
 * Pristina" → "Pristina") or a generic last word; [] when neither is generic.
 */
function withoutGeneric(words: readonly string[]): string[][] {
	if (words.length < 2) return [];
	const out: string[][] = [];
	if (GENERIC.has(words[0])) {
		let end = 1;
		while (end < words.length - 1 && JOINING.has(words[end])) end++;
		out.push(words.slice(end));
	}
	if (GENERIC.has(words.at(-1)!)) out.push(words.slice(0, -1));
	return out;
}

/** Whether `given` is `key` whole with a kind word added first (with "of"/"the") or last. */
function withKindAdded(given: readonly string[], key: readonly string[]): boolean {
	const isKind = (word: string) => GENERIC.has(word) || CLASSIFIER.has(word);
	const same = (words: readonly string[]) => words.join(' ') === key.join(' ');
	if (given.length > key.length && isKind(given.at(-1)!) && same(given.slice(0, -1))) return true;
	if (!isKind(given[0])) return false;
	let start = 1;
	while (start < given.length && JOINING.has(given[start]) && given.length - start > key.length)
		start++;
	return same(given.slice(start));
}

/**
 * Whether two word lists differ only in `SMALL` words between the key's other words ("Butcher
 * from Belgrade"), not in a small word that ends the answer where a name was ("Butcher of").
 */
function sameButSmallWords(given: readonly string[], key: readonly string[]): boolean {
	if (SMALL.has(given.at(-1)!)) return false;
	const content = (words: readonly string[]) => words.filter((word) => !SMALL.has(word)).join(' ');
	const kept = content(key);
	return kept !== '' && kept === content(given) && given.join(' ') !== key.join(' ');
}

/**
 * Whether two word lists agree word by word, at least one pair as forms of one family, and
 * only in words the key writes in lower case (a name has no family).
 */
function sameFamilies(
	given: readonly string[],
	key: readonly string[],
	capitalized: ReadonlySet<string>
): boolean {
	if (given.length !== key.length) return false;
	let formed = false;
	for (const [i, word] of key.entries()) {
		if (word === given[i]) continue;
		if (capitalized.has(word) || !sameWordFamily(given[i], word)) return false;
		formed = true;
	}
	return formed;
}

function sortedKey(words: readonly string[]): string {
	return [...words].sort().join(' ');
}

/** Words joining two names that may change places ("Africa and Eurasia", "Serbia–Kosovo"). */
const COORDINATING = new Set(['and', 'or']);

/**
 * Lower-case words that make a key a clause, whose order says who did what: auxiliaries, and
 * past tenses or participles ("recognised", "opened"; "armed forces" too, kept in order as
 * the safer side).
 */
const VERB_LIKE =
	/^(?:is|are|was|were|be|been|has|have|had|did|does|will|would|can|could|\p{L}{3,}ed)$/u;

/**
 * Whether `given` says the key's words in another order, as a noun phrase or a name may be said:
 * every word but `SMALL` ones, which may be added or left out to join them ("Liberation Army of
 * Kosovo" for "Kosovo Liberation Army", issue 14), not ending on one. Order matters in a
 * clause, so no word may move across a verb-like word (`VERB_LIKE`: "Serbia attacked Kosovo")
 * and two names on either side of another lower-case word keep their order ("Turkey recognised
 * Kosovo", "Serbia's claims in Kosovo"): those are other facts. `capitalized`: the key's.
 */
function reordered(
	given: readonly string[],
	key: readonly string[],
	capitalized: ReadonlySet<string>
): boolean {
	const content = (words: readonly string[]) => words.filter((word) => !SMALL.has(word));
	const [kept, said] = [content(key), content(given)];
	if (kept.length < 2 || SMALL.has(given.at(-1)!) || kept.join(' ') === said.join(' '))
		return false;
	if (sortedKey(kept) !== sortedKey(said)) return false;
	const lower = (word: string) => !capitalized.has(word) && !COORDINATING.has(word);
	const place = (word: string) => said.indexOf(word);
	for (const [i, word] of kept.entries()) {
		if (!lower(word)) continue;
		// A verb: each word keeps its side of it.
		const sideKept = (other: string, j: number) => j < i === place(other) < place(word);
		if (VERB_LIKE.test(word) && !kept.every((other, j) => j === i || sideKept(other, j)))
			return false;
		// Another word between two names: the names keep their order.
		const before = kept.slice(0, i).filter((other) => capitalized.has(other));
		const after = kept.slice(i + 1).filter((other) => capitalized.has(other));
		if (before.some((a) => after.some((b) => a !== b && place(a) > place(b)))) return false;
	}
	return true;
}

/** Whether two word lists agree word by word, at least one pair as a place and its form. */
function samePlaces(given: readonly string[], key: readonly string[]): boolean {
	if (given.length !== key.length) return false;
	let formed = false;
	for (const [i, word] of key.entries()) {
		if (word === given[i]) continue;
		if (!samePlaceForm(given[i], word)) return false;
		formed = true;
	}
	return formed;
}

/** How `given` (normalized, no article) is near one key (normalized), or null. */
function nearKey(
	given: string,
	target: string,
	capitalized: ReadonlySet<string>,
	prompt: string
): NearKind | null {
	const givenWords = given.split(' ');
	const keyWords = target.split(' ');
	if (reordered(givenWords, keyWords, capitalized)) return 'order';
	const same = (words: readonly string[]) =>
		words.join(' ') === given || reordered(givenWords, words, capitalized);
	if (withoutGeneric(keyWords).some(same)) return 'generic';
	if (capitalized.size && withKindAdded(givenWords, keyWords)) return 'added';
	const headless = withoutNamedHead(target, capitalized, prompt);
	const shapes = headless ? [keyWords, headless.split(' ')] : [keyWords];
	if (shapes.some((words) => samePlaces(givenWords, words))) return 'place';
	if (shapes.some((words) => sameFamilies(givenWords, words, capitalized))) return 'family';
	if (sameButSmallWords(givenWords, keyWords)) return 'small';
	return null;
}

/**
 * How a typed answer marked wrong is nearly the key or an accepted answer (`NearMatch`), or
 * null when it is right or plainly wrong. Numerical answers are never near: a number is right
 * within its tolerance or wrong.
 */
export function nearAnswer(input: string, question: MarkedQuestion): NearMatch | null {
	if (question.numeric || answerMatch(input, question)) return null;
	const parts = splitAside(input);
	if (parts) {
		const main = answerMatch(parts.main, question);
		if (main) return { kind: 'aside', matched: main.matched };
		return answerMatch(parts.aside, question) ? nearAnswer(parts.main, question) : null;
	}
	const typed = splitEra(input);
	const given = withoutArticle(normalizeAnswer(typed.text));
	if (!given || /\d/.test(given)) return null;
	const prompt = normalizeAnswer(question.prompt ?? '');
	for (const expected of [question.answer, ...(question.accept ?? [])]) {
		const key = splitEra(expected);
		if (key.era !== typed.era) continue;
		const target = withoutArticle(normalizeAnswer(key.text));
		if (!target || /\d/.test(target)) continue;
		const kind = nearKey(given, target, capitalizedWords(key.text), prompt);
		if (kind) return { kind, matched: expected };
	}
	return null;
}
