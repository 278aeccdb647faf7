import type { ArticleView, Idea } from './ideas';
import { sourceSays } from './document-frame';
import { glossaryIdeas } from './idea-glossary';
import { fold, words } from './text';
import { classOf, termOf } from './truth-siblings';

/**
 * Multiple choice from a handout's key-term list (issue 12: a teacher building a quiz from her
 * own handouts found only flashcards; H29: 75 of 81 drafts were flashcards): "Which term means
 * tissue that carries water up from the roots?", the choices the entry's term and three other
 * terms of the same list. Exam boards ask a key-term list this way, and a list's own terms are
 * distractors a student who has not learned it cannot rule out by their kind. Pure.
 *
 * Strict, so exactly one choice is right and none is given away:
 * - the list (one section's entries `glossaryIdeas` keeps) has at least `MIN_TERMS` entries;
 * - no two of the four definitions are alike (`alike`: one holds the other's content words, or
 *   they share half of the shorter one's), so no wrong term also fits the definition;
 * - the definition names no choice's word ("Which term means the rock formed from igneous …?"
 *   asks nothing) and no choice holds another's word ("rock", "igneous rock");
 * - the choices are of one shape, so none stands out by its kind or its form: all one to three
 *   words, all capitalised or none ("Union" and "Confederacy" beside "blockade"), and their
 *   definitions all of one kind (`kindOf`: a process, a person, a thing, a quality or an action;
 *   "matrilineal" is no choice for "dividing land into plots", "hydraulic" none for a machine's
 *   part);
 * - the choices share the key's class (`classOfEntry`: "extinct – a volcano that …" beside
 *   "dormant – a volcano that …"), or there is no question: a student rules out the terms of
 *   other classes and guesses among the rest (H30, H31); only a list none of whose glosses names
 *   a class asks among all its terms;
 * - the definition names no word of the key's root ("wave" for "wavelength") and points at
 *   nothing ("keep it clean": what "it" is the handout's title says);
 * - the definition is short enough to read as a question (`MAX_DEFINITION` words).
 * One question a list, asked of its last entry that fits (a sibling statement,
 * `truth-siblings.ts`, takes the first), the wrong terms those nearest it in the list.
 */

/** Fewest entries a list needs: the key and three wrong terms. */
export const MIN_TERMS = 4;

/** Most words a definition may have in the question. */
const MAX_DEFINITION = 20;

/** Words of four letters or more that say nothing of a definition's content. */
const SLIGHT = new Set(
	'about which from with that this were have been into than more most also they their them there these those other only over under after before around while when where what each some such very much many made make used uses using something someone thing things'.split(
		' '
	)
);

/** The content words of a text (four letters or more, no function word), folded. */
function contentWords(text: string): Set<string> {
	return new Set(words(text).filter((w) => w.length >= 4 && !/^\d+$/u.test(w) && !SLIGHT.has(w)));
}

/** A word's stem for matching a term inside a definition ("volcanoes" → "volcano"). */
function stem(word: string): string {
	return word.replace(/(?:es|s)$/u, '');
}

/**
 * True when two definitions could both be right for one term: one's content words all stand in
 * the other, or they share at least half of the shorter one's.
 */
export function alike(a: string, b: string): boolean {
	const mine = contentWords(a);
	const theirs = contentWords(b);
	if (!mine.size || !theirs.size) return true;
	const shared = [...mine].filter((w) => theirs.has(w)).length;
	return (
		shared === mine.size || shared === theirs.size || shared * 2 >= Math.min(mine.size, theirs.size)
	);
}

/**
 * True when `text` holds a word of `term` or its root: the same word singular or plural, a word
 * of four letters or more inside a term's word ("venom" in "antivenom", "wave" in "wavelength"),
 * or five first letters shared ("proportional", "proportionality"; "Confucius", "Confucianism").
 */
function namesWordOf(text: string, term: string): boolean {
	const own = words(text)
		.filter((w) => w.length >= 4)
		.map(stem);
	return words(term).some((w) => {
		if (w.length < 4) return false;
		const t = stem(w);
		return own.some(
			(o) => o === t || t.includes(o) || (o.length >= 5 && o.slice(0, 5) === t.slice(0, 5))
		);
	});
}

/**
 * What kind of thing a definition says its term is: a process ("searching for food", "when …"), a
 * person ("someone who …") or a thing ("a group of ships …", and any other noun phrase).
 */
function kindOf(gloss: string): 'process' | 'person' | 'thing' | 'quality' | 'action' {
	// A card's key opens on a capital ("Powered by …").
	const definition = gloss.charAt(0).toLowerCase() + gloss.slice(1);
	// "to work out the meaning of …" defines a verb; "powered by …", "having no …", "can be
	// drawn into wires" an adjective: beside nouns either stands out by its form ("fossilised
	// dung" is a noun).
	if (/^to\s+\p{Ll}/u.test(definition)) return 'action';
	if (
		/^(?:(?:\p{Ll}+ed|made|built|found)\s+(?:by|with|in|on|to|from|into|for|at|as)|having|being|able|unable|can|cannot|not|without|full)\b/u.test(
			definition
		)
	)
		return 'quality';
	const klass = classOf(definition);
	if (klass === 'process' || klass === 'person') return klass;
	// "when a river bursts its banks": a happening, as a process is.
	return /^(?:when|if)\s/iu.test(definition) ? 'process' : 'thing';
}

/** One list entry: its card, term and definition. */
interface Entry {
	card: Idea;
	term: string;
	definition: string;
}

/** True when four entries make a fair question of the first (see the module's docstring). */
export function fairChoices(entries: readonly Entry[]): boolean {
	const [key] = entries;
	if (words(key.definition).length > MAX_DEFINITION) return false;
	// "tiny pincers on the surface that keep it clean": what "it" is the handout's title says.
	if (/\b(?:it|its|they|their|them|this|these)\b/iu.test(key.definition)) return false;
	// "the leather cover that carried the mail (the word is Spanish for "backpack")": an aside
	// tells which choice is Spanish.
	if (/[()]/u.test(key.definition)) return false;
	const kind = kindOf(key.definition);
	const capital = /^\p{Lu}/u.test(key.term);
	for (const [i, a] of entries.entries()) {
		// "Confederacy", "Union" beside "blockade"; "matrilineal" beside "dividing land into plots".
		if (kindOf(a.definition) !== kind || /^\p{Lu}/u.test(a.term) !== capital) return false;
		const n = a.term.split(/\s+/u).length;
		if (n > 3 || namesWordOf(key.definition, a.term)) return false;
		for (const b of entries.slice(i + 1)) {
			if (fold(a.term) === fold(b.term) || alike(a.definition, b.definition)) return false;
			if (namesWordOf(a.term, b.term) || namesWordOf(b.term, a.term)) return false;
		}
	}
	return true;
}

/** The "Which term means …?" questions of a handout's key-term lists, one a list at most. */
export function termChoiceIdeas(article: ArticleView): Idea[] {
	const entries: Entry[] = glossaryIdeas(article).flatMap((card) => {
		const term = termOf(card);
		return term ? [{ card, term, definition: card.answer }] : [];
	});
	const sections = [...new Set(entries.map((e) => e.card.sentence.section))];
	return sections.flatMap((section) => {
		const list = entries.filter((e) => e.card.sentence.section === section);
		if (list.length < MIN_TERMS) return [];
		for (const key of [...list].reverse()) {
			// A sub-list of one class ("dormant – a volcano that …", "extinct – a volcano that …")
			// gives the key's only choices: beside "altitude sickness" and "free-standing mountain"
			// the question is a 50/50 of its volcanoes (H30 S72, all three reviewers).
			// Always, unless no gloss of the list names a class (H31 S47: "vital capacity", the only
			// volume among body parts, "a breathing root" with "delta" and "tide" as choices (S08), all
			// three reviewers): a key of no class, or with fewer than three of its class, is no
			// question (its line stays a flashcard).
			const klass = classOfEntry(key);
			const classless = list.every((e) => classOfEntry(e) === undefined);
			const near = list
				.filter((e) => e !== key && (classless || (klass && classOfEntry(e) === klass)))
				.sort(
					(x, y) =>
						Math.abs(x.card.sentence.index - key.card.sentence.index) -
						Math.abs(y.card.sentence.index - key.card.sentence.index)
				);
			const chosen = [key];
			for (const e of near) {
				if (chosen.length < MIN_TERMS && fairChoices([...chosen, e])) chosen.push(e);
			}
			if (chosen.length === MIN_TERMS) return [question(chosen, article)];
		}
		return [];
	});
}

/**
 * The class an entry's definition names: the head noun of a thing's ("volcano" of "a volcano
 * that …", "volume" of "the largest volume of air …"), or the kind of the others ("process",
 * "person", "quality", "action"); none for a thing whose head is not read.
 */
function classOfEntry(entry: Entry): string | undefined {
	const kind = kindOf(entry.definition);
	if (kind !== 'thing') return kind;
	return classOf(entry.definition.toLowerCase());
}

/** The question of `entries[0]`, the others its wrong choices. */
function question(entries: readonly Entry[], article: ArticleView): Idea {
	const [key, ...others] = entries;
	const { sentence } = key.card;
	const definition = key.definition.charAt(0).toLowerCase() + key.definition.slice(1);
	return {
		kind: 'glossary',
		sentence,
		type: 'mcq',
		prompt: `Which term means ${definition.replace(/\.$/u, '')}?`,
		answer: key.term,
		distractors: others.map((e) => e.term),
		span: key.card.span,
		start: 0,
		context: sentence.text,
		explanation: `${sourceSays(article.doc.short)}: “${sentence.text}”`,
		// Above the line's own card (up to 2), so the list asks one entry this way.
		weight: 2.5
	};
}
