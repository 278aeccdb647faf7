import { samePlaceForm, withoutNamedHead } from './answer-forms';
import { answerMatch, capitalizedWords, normalizeAnswer, withoutArticle } from './answer-match';
import { splitEra } from './answer-years';
import type { MarkedQuestion } from './answer-match';

/**
 * A wrong typed answer that is nearly the key: not marked right, since another thing could be
 * meant, but shown as "almost", with the key, so the student can count it with "I was right"
 * (Anki's and Quizlet's override). Issue 12/14, an outsider student: "Bondsteel Camp",
 * "Justice and Development" and "Cypriot" were plain "Not quite".
 *
 * - `order`: the key's words, all of them and nothing else, in another order ("Bondsteel Camp"
 *   for "Camp Bondsteel");
 * - `generic`: the key without a generic word of the kind it names (Party, Camp, River,
 *   University, …: `GENERIC`), the rest whole ("Justice and Development" for "Justice and
 *   Development Party"; "University of Pristina" may leave out "University of");
 * - `place`: a place for its adjective or demonym or the other way round (`samePlaceForm`),
 *   every other word as the key has it ("Cypriot" for "Cyprus", "Africa and Eurasia" for
 *   "African and Eurasian plates").
 *
 * A different name stays plain wrong: "Turkish Cypriot" for "Cyprus", "Film City" for "Camp
 * Bondsteel", "Democratic Party" for "Justice and Development Party".
 */
export type NearKind = 'order' | 'generic' | 'place';

/** What `nearAnswer` found: how the answer is near, and the key or accepted answer it is near. */
export interface NearMatch {
	kind: NearKind;
	matched: string;
}

/**
 * Words naming the kind of a named thing, not which one, that people leave out ("Bondsteel",
 * "the Justice and Development", "Pristina University"): a key may be said without them as its
 * first or last word. Lower case, as `normalizeAnswer` writes them. Not words whose absence
 * names another thing of the key's words ("Kosovo" for "Kosovo Force" is the country; "Prizren"
 * for "Prizren District" the town): those answers stay wrong.
 */
const GENERIC = new Set([
	'party',
	'camp',
	'river',
	'university',
	'lake',
	'sea',
	'mountain',
	'mountains',
	'island',
	'islands',
	'movement',
	'agreement',
	'treaty',
	'airport',
	'bridge',
	'dam',
	'mosque',
	'church',
	'monastery',
	'fortress',
	'castle',
	'square',
	'street',
	'base',
	'company',
	'alliance',
	'coalition',
	'league',
	'institute',
	'college',
	'school',
	'council',
	'assembly',
	'parliament',
	'organisation',
	'organization',
	'empire',
	'dynasty'
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

function sortedKey(words: readonly string[]): string {
	return [...words].sort().join(' ');
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
	if (keyWords.length > 1 && sortedKey(givenWords) === sortedKey(keyWords)) return 'order';
	if (withoutGeneric(keyWords).some((rest) => sortedKey(rest) === sortedKey(givenWords)))
		return 'generic';
	const headless = withoutNamedHead(target, capitalized, prompt);
	const shapes = headless ? [keyWords, headless.split(' ')] : [keyWords];
	if (shapes.some((words) => samePlaces(givenWords, words))) return 'place';
	return null;
}

/**
 * How a typed answer marked wrong is nearly the key or an accepted answer (`NearMatch`), or
 * null when it is right or plainly wrong. Numerical answers are never near: a number is right
 * within its tolerance or wrong.
 */
export function nearAnswer(input: string, question: MarkedQuestion): NearMatch | null {
	if (question.numeric || answerMatch(input, question)) return null;
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
