import { escapeRegExp } from '$lib/text/regexp-literal';
import type { ArticleView, Idea } from './ideas';
import { nameSpellsKey } from './own-words-giveaway';
import { keySignifies } from './key-signifies';
import {
	containerForContents,
	cutBeforeExamples,
	keyRestatesTerm,
	roleKey,
	sizeDescription
} from './key-restates';

/**
 * A flashcard's key must define the name it is asked of, whole (blind review H10, 2027-01-17,
 * both reviewers on each): a gloss the sentence gives a larger phrase is not the name's ("… the
 * southern Great Plains of the United States, a disaster known as the Dust Bowl" made "What were
 * the United States?" S82; "… the governments of Franz von Papen and Kurt von Schleicher, a small
 * group of … persuaded …" made "What was Schleicher?" S49; "the Churning of the Ocean of Milk, a
 * myth …" made "What was the Ocean of Milk?" S79); a key that only characterises ("What is the
 * dry season?" → "A time of hardship", S60); a key begun inside a date ("418 BC Sparta defeated
 * …" → "BC Sparta", S08) or ending on the name's own last word ("the Admonitio generalis" → "A
 * programme of reform that generalis", S61); and a word defined by an activity only its field
 * gives it ("What is meant by the term “invention”?" → "Finding the arguments and material",
 * S21, S27: no rhetoric named). Pure.
 */

/** The name a definition card asks of: "What was the Admonitio?" → "Admonitio". */
export function askedName(prompt: string): string | undefined {
	return (
		/^What (?:is|are|was|were) meant by the term “([^”]+)”/u.exec(prompt)?.[1] ??
		/^(?:What|Who) (?:is|are|was|were) (?:(?:the|an?)\s+)?(.+?)(?:\s+in\s+[\p{Ll} ]+)?\?$/u.exec(
			prompt
		)?.[1]
	);
}

/** Words that belong to a name before its surname or head: "Kurt von Schleicher", "the Ocean". */
const NAME_WORD = /^(?:\p{Lu}|von$|van$|de$|da$|del$|der$|the$|a$|an$)/u;

/**
 * True when the sentence glosses, after the name and a comma, a phrase the name only ends: the
 * word before the name (its own capitalised words and particles aside) is "of" or "and" (the
 * United States of "the Great Plains of the United States, a disaster …"; Schleicher of "Papen and
 * Schleicher, a group …"). An alias's "or" ("the Templo Mayor, or Great Temple, a …") is the
 * name's own. On every reviewed draft: 5 drafts, 10 verdicts rejecting, none accepting.
 */
export function glossOfLargerPhrase(name: string, sentence: string): boolean {
	const at = sentence.indexOf(name);
	if (at < 0 || !/^\s*,/u.test(sentence.slice(at + name.length))) return false;
	const before = sentence.slice(0, at).split(/\s+/u).filter(Boolean);
	while (before.length > 0 && NAME_WORD.test(before.at(-1) ?? '')) before.pop();
	return /^(?:of|and)$/u.test(before.at(-1) ?? '');
}

/**
 * A key that only characterises: a general head noun ("a time", "a place", "a symbol") with one
 * "of" phrase of a word or two and nothing that says which ("A time of hardship"). It teaches
 * nothing the name does not, and a student's real definition ("the rainless months") is marked
 * against it.
 */
const CHARACTERISES =
	/^(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:time|period|moment|place|source|sign|symbol|matter|thing|example|case|means|mark|object|subject|focus|centre|center)\s+of\s+\p{Ll}+(?:\s+\p{Ll}+)?$/iu;

/** True when `key` only characterises its name (`CHARACTERISES`, H10 S60). */
export function onlyCharacterises(key: string): boolean {
	return CHARACTERISES.test(key.trim());
}

/**
 * True when a key opens on the era or unit of a number the sentence gives before it ("418 BC
 * Sparta defeated …" → "BC Sparta"): the key was cut inside the date. A name after a year ("In
 * 1903 Emmeline Pankhurst founded …") is whole.
 */
export function startsInsideNumber(key: string, sentence: string): boolean {
	const first = /^\S+/u.exec(key)?.[0] ?? '';
	if (!/^(?:\p{Lu}{1,4}|\p{Ll}+)$/u.test(first) || !/\s/u.test(key)) return false;
	return new RegExp(`\\d\\s+${first}\\s`, 'u').test(sentence);
}

/**
 * True when a key ends on the word the sentence writes right after the asked name ("the
 * Admonitio generalis, which …" asked "What was the Admonitio?" keyed "… that generalis"): the
 * name was cut, its tail left in the key, in words the sentence never writes together.
 */
export function keepsNameTail(name: string, key: string, sentence: string): boolean {
	const after = new RegExp(`${escapeRegExp(name)}\\s+(\\p{Ll}+)\\b`, 'u').exec(sentence)?.[1];
	const words = key.trim().split(/\s+/u);
	if (!after || words.length < 2 || words.at(-1) !== after) return false;
	return !sentence.includes(words.slice(-2).join(' '));
}

/**
 * A key that defines a noun by an activity ("Finding the arguments and material", "Choosing the
 * words …"): the sense is its field's, not the word's everyday one (H10 S21, S27; on every
 * reviewed draft these are the only two such keys, both rejected by both reviewers).
 */
const ACTIVITY_KEY = /^\p{Lu}\p{Ll}+ing\s+(?:the|a|an|of|its|their|how|what|which)\b/u;

/**
 * The field a handout's title names before its colon or dash ("Rhetoric – The Art of
 * Persuasion" → "rhetoric", or a one-word title), when that one word is what the text writes in lower case: a
 * discipline, not a name.
 */
export function titleField(article: ArticleView): string | undefined {
	// The idea kinds' title may be the opening's subject (`idea-title.ts`): the document's own first.
	const head = [article.doc.title ?? '', article.title]
		.map((t) => /^(\p{Lu}\p{Ll}+)(?:\s*[:–—-]\s|$)/u.exec(t.trim())?.[1])
		.find(Boolean);
	if (!head) return undefined;
	const lower = head.toLowerCase();
	return article.sentences.some((s) => new RegExp(`\\b${lower}\\b`, 'u').test(s.text))
		? lower
		: undefined;
}

/**
 * A definition card whose key is an activity, asked in its field ("What is meant by the term
 * “invention” in rhetoric?"), the field its title names (`titleField`); undefined (no card)
 * when the title names none. Other cards are returned as they are.
 */
export function askedInField(idea: Idea, article: ArticleView): Idea | undefined {
	const name = askedName(idea.prompt);
	if (idea.type !== 'flashcard' || !name || !ACTIVITY_KEY.test(idea.answer)) return idea;
	// A one-word name only, with an activity of another stem: "ultrafiltration" → "Filtering of
	// the blood …" and "river restoration" are their own field's words already.
	const stem = idea.answer.slice(0, 4).toLowerCase();
	if (/\s/u.test(name) || name.toLowerCase().includes(stem)) return idea;
	if (/\sin\s[\p{Ll} ]+\?$/u.test(idea.prompt)) return idea;
	// Not `textField`: a rhetoric handout's passing "medicine" outnumbered any field it names.
	const field = titleField(article);
	// "Flamingos": a plural title names the handout's creatures or things, no field ("… “alkaline”
	// in flamingos?", blind check H21 S75, all three); the handout's frame asks it (`framedTerm`).
	if (field && /(?<!ic|s)s$/u.test(field)) return idea;
	if (!field || field === name.toLowerCase()) return undefined;
	return { ...idea, prompt: idea.prompt.replace(/\?$/u, ` in ${field}?`) };
}

/**
 * A name cut from its noun: a possessive with nothing it owns ("What is Koch's?" of "Koch's
 * postulates", blind review H11 S59, rejected by both; the only such prompt of every review).
 */
export function possessiveCut(name: string): boolean {
	return /\p{L}['’]s?$/u.test(name.trim());
}

/**
 * A key that is a sentence, not a noun phrase: a determiner, one noun and a verb in the present
 * ("A figure sits in a niche …" for "Who is La Venta?", H11 S18, rejected by both: the name came
 * from a fronted "On one famous example from La Venta,"). On every reviewed draft this shape is
 * only that one.
 */
export function clauseKey(key: string): boolean {
	// "The large pieces into which …": the preposition opens a relative clause, no verb's (gen72).
	return /^(?:An?|The)\s+(?!that\b|which\b|who\b)\p{Ll}+\s+\p{Ll}+[^su\s]s\s+(?:in|on|at|into|from|across|over|through|under|near)\s(?!which\b|whom\b)/u.test(
		key.trim()
	);
}

/**
 * A key that tells what happens to the thing next ("A paste which is then mixed with other
 * ingredients, conched and tempered" for cocoa liquor, blind review H17 S06, all three reviewers:
 * the relative clause is the process's next step, not what the thing is).
 */
export function nextStepKey(key: string): boolean {
	return /\b(?:then|afterwards|subsequently)\b/iu.test(key);
}

/**
 * A key that reports who found or claimed something and when ("In 1581 the English instrument
 * maker Robert Norman showed that a freely hung needle tilts downwards …" for magnetic dip, blind
 * review H16 S36, all three reviewers): a fronted date or time phrase, a finding's "showed that"
 * or a claim's "argued that", the deed of a person, not what the name means.
 */
export function reportsFinding(key: string): boolean {
	return (
		/^(?:In|On|By|Around|About|During)\s+(?:\p{Lu}\p{Ll}+\s+)?\d{3,4}\b/u.test(key.trim()) ||
		// "In the first decade of the 1800s, the English chemist … used a huge battery …" for arc
		// lamp (blind review H20 S38, all three): a fronted time phrase with a year in it.
		/^(?:In|On|By|Around|About|During|From|After|Before|Early|Late)\s[^,]*\b\d{3,4}s?\b[^,]*,/u.test(
			key.trim()
		) ||
		// "Charles Lyell argued that the Earth's surface …" for uniformitarianism (H20 S119, all
		// three): who claimed it, not what the idea is.
		/\b(?:showed|found|discovered|proved|noticed|observed|realised|realized|demonstrated|argued|claimed|believed|suggested|proposed|maintained|insisted)\s+that\b/u.test(
			key
		)
	);
}

/** True when a definition card's key does not define its name whole (see each rule; H10, H11). */
export function keyDoesNotDefine(idea: Idea): boolean {
	if (idea.type === 'truefalse' || idea.type === 'mcq') return false;
	const name = idea.type === 'flashcard' ? askedName(idea.prompt) : undefined;
	const sentence = idea.sentence.text;
	return (
		startsInsideNumber(idea.answer, sentence) ||
		(name !== undefined &&
			(possessiveCut(name) ||
				clauseKey(idea.answer) ||
				nextStepKey(idea.answer) ||
				reportsFinding(idea.answer) ||
				// "The first major crisis of the Cold War", "An Afrikaans word meaning …" (H11).
				keySignifies(idea.answer) ||
				glossOfLargerPhrase(name, sentence) ||
				onlyCharacterises(idea.answer) ||
				// "Nitinol" → "An alloy of nickel and titanium" (H10 S24, `own-words-giveaway.ts`).
				nameSpellsKey(name, idea.answer) ||
				keepsNameTail(name, idea.answer, sentence) ||
				// H31's keys that restate the term, cut before what defines it, or misread.
				keyRestatesTerm(name, idea.answer) ||
				cutBeforeExamples(idea.answer, sentence) ||
				containerForContents(name, idea.answer, sentence) ||
				roleKey(idea.answer) ||
				sizeDescription(idea.answer)))
	);
}
