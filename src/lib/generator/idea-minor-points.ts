import { fold } from './text';
import type { ArticleView, Idea } from './ideas';

/**
 * Cards on a minor point: a false statement false by its number alone, a minor life event's
 * year, the opening hook's reason, "What is X?" keyed by one trait or by X's own words.
 *
 * The failure kinds blind checks H22 and H23 (`questions/unseen/review-2027-01-29/`, `-30/`,
 * three reviewers each) still rejected, each refused as a kind (gen67, issue 12):
 * - a false statement that differs from its sentence only by a number or a year: "every false
 *   statement is false by its year only" (all three H23 reviewers), and each such one was
 *   rejected as trivia or as not clearly false (H22 S19, S24; H23 S14, S21, S28);
 * - a minor life event's year as a key or a statement's point (a marriage, a move, a patent,
 *   a course of training or study begun or finished: H22 S08, S45, S61; H23 S14, S26, S28, S65,
 *   every one rejected by two or three reviewers);
 * - the opening paragraph's hook as a reason ("X became famous because of a mistake", H23 S01,
 *   all three): a handout's first paragraph sets the scene, its reasons are rhetoric;
 * - "What is X?" keyed by one trait, not by what X is: a shape or a size ("An ellipse … about 189
 *   metres long", H22 S65, all three), or a key that says again a word of X's name ("What are
 *   water lilies?" → "Aquatic plants, meaning plants that grow in water", H22 S06, all three).
 * Pure.
 */

/** A pronoun the statement may have put a name for. */
const PRONOUN = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'him', 'them']);

/** The numbers of a text ("1,200", "1901–1906"), in order. */
const numbers = (text: string) => text.match(/\d[\d.,:–-]*\d|\d/gu) ?? [];

/** The words of a text without its numbers, folded. */
const wordsOf = (text: string) =>
	fold(text)
		.split(/[^\p{L}']+/u)
		.filter(Boolean);

/**
 * True when a false statement is its sentence with a number or a year changed ("In 1906 …" for
 * "In 1901 …"): its numbers differ, and every word of the sentence is still in it (the
 * statement may name a subject the sentence calls "he", "Bloody Mary" for "Mary"). `said`: the
 * sentence as the statement reads it (the idea's `context`).
 */
export function falseByNumber(statement: string, said: string): boolean {
	if (numbers(statement).join(' ') === numbers(said).join(' ')) return false;
	const kept = new Set(wordsOf(statement));
	return wordsOf(said).every((w) => kept.has(w) || PRONOUN.has(w));
}

/**
 * A minor event of a life: married, moved to a place, patented, qualified, graduated, enrolled,
 * retired, settled, began training or studying. Not a death, a birth, a prize or an office:
 * blind reviews kept those (H22, H23).
 */
const LIFE_EVENT =
	/\b(?:(?:re)?married|divorced|moved\s+to\s+(?=\p{Lu})|relocated|emigrated|patented|qualified\s+as|graduated|enrolled|retired|settled\s+in|trained\s+as|began\s+(?:training|studying|to\s+(?:study|train))|started\s+(?:training|studying))\b/u;

/** A year of three or four digits, standing alone. */
const YEAR = /\b\d{3,4}\b/u;

/**
 * True when an idea asks the year of a minor life event (a year blank, a multiple-choice year)
 * or states one as true or false (H22 S08 "In ____, Dorothy Hodgkin moved to Cambridge …", H23
 * S26 "… qualified as a doctor in 1906.").
 */
export function minorLifeYear(idea: Pick<Idea, 'type' | 'prompt' | 'answer'>): boolean {
	const asksYear = idea.prompt.includes('____') && /^\d{3,4}$/u.test(idea.answer.trim());
	const statesYear = idea.type === 'truefalse' && YEAR.test(idea.prompt);
	return (asksYear || statesYear) && LIFE_EVENT.test(idea.prompt);
}

/**
 * True when `sentence` is in the article's opening paragraph and that paragraph is a hook: a
 * rhetorical question or a line that says what the handout will do ("This handout explains …").
 * The opening: the first four sentences of the first section.
 */
export function inOpeningHook(sentence: Idea['sentence'], article: ArticleView): boolean {
	const first = article.sentences[0];
	if (!first || sentence.section !== first.section) return false;
	// A heading line (the title as the text's first line) ends on no stop: no sentence of it.
	const opening = article.sentences
		.filter((s) => s.section === first.section && /[.?!]["”’)]?$/u.test(s.text))
		.slice(0, 4);
	// By position: a kind may hand on a copy of the sentence with its subject named.
	if (!opening.some((s) => s.index === sentence.index)) return false;
	return opening.some(
		(s) =>
			/\?\s*$/u.test(s.text) ||
			/^(?:This|In\s+this)\s+(?:handout|sheet|lesson|worksheet|page|booklet)\b/u.test(s.text)
	);
}

/** Nouns that name a shape or a size: one trait of a thing, never what it is. */
const TRAIT_HEAD =
	/^(?:[Aa]n?\s+)?(?:\p{Ll}+\s+)?(?:ellipse|oval|shape|size|length|height|width|weight|colour|color)\b/u;

/** A measure: a number and a unit ("189 metres", "3 kg", "40 feet"). */
const MEASURE =
	/\b\d[\d.,]*\s*(?:metres?|meters?|m|km|kilometres?|kilometers?|cm|mm|feet|foot|ft|inches|miles?|kg|kilograms?|tonnes?|tons?|pounds?|lb)\b/u;

/** Words of a name no key can avoid ("the", "of"), left out of the giveaway check. */
const SMALL = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'for', 'to']);

/**
 * True when a "What is X?" / "What are X?" card's key is one trait of X (a shape or a size), or
 * says again a common word of X's name besides its last ("water lilies" → "… plants that grow in
 * water"): the name gives the key away, and what X is goes unasked.
 */
export function whatIsByOneTrait(prompt: string, key: string): boolean {
	const m = /^What\s+(?:is|are|was|were)\s+(.+)\?$/u.exec(prompt);
	// "What is meant by …", "What is the custom … called?" ask for a name, not what X is.
	if (!m || /^meant\b|\b(?:called|named|known\s+as)$/u.test(m[1])) return false;
	if (TRAIT_HEAD.test(key.trim()) || MEASURE.test(key)) return true;
	// Only a common word of the name: "Varn" of "the Varn Acts" in "passed by the Varn council" is
	// a name, not a gloss.
	const said = ` ${fold(key)} `;
	return m[1]
		.split(/\s+/u)
		.slice(0, -1)
		.filter((w) => /^\p{Ll}{4,}$/u.test(w) && !SMALL.has(w))
		.some((w) => said.includes(` ${fold(w)} `));
}

/** True when `idea` is one of H22's and H23's remaining failure kinds (see above). */
export function minorPointRefuses(idea: Idea, article: ArticleView): boolean {
	if (
		idea.type === 'truefalse' &&
		idea.answer === 'false' &&
		falseByNumber(idea.prompt, idea.context ?? idea.sentence.text)
	)
		return true;
	if (minorLifeYear(idea)) return true;
	if (idea.kind === 'cause' && inOpeningHook(idea.sentence, article)) return true;
	return idea.type !== 'truefalse' && whatIsByOneTrait(idea.prompt, idea.answer);
}
