import type { ArticleView, Idea } from './ideas';
import { glossaryIdeas } from './idea-glossary';
import { fold, words } from './text';

/**
 * A false statement from a handout's key-term list (issue 12, gen68): one term given its
 * sibling's definition, "The term “xylem” means tissue that carries sugars from the leaves." when
 * the list defines xylem as "tissue that carries water up from the roots" and phloem as "tissue
 * that carries sugars from the leaves". False for a reason a student who learned the list knows,
 * never by a year or a number (blind checks H22–H24: year swaps rejected by all reviewers; since
 * then `truth-balance.ts` had almost no false statement to balance true ones with: h48–h51 lost 75
 * true statements). Only the false statement is proposed; the balance then lets a true one back.
 *
 * Strict, so the statement is false by the handout and never a trick:
 * - both entries are cards `glossaryIdeas` keeps (so every refusal of a list's labels, places,
 *   everyday words holds), of one list (the same section heading);
 * - the two definitions name the same class ("tissue that …", "a rock that …", "a type of
 *   rock …", a person "who …", a process "cooling …": `classOf`), so the swap is no giveaway
 *   by its class, and (but for processes) say the same verb of it ("tissue that carries …"),
 *   so they differ in one respect and exclude each other (blind-strict read of h48–h49: an
 *   animal that eats only plants and one with a four-chambered stomach may be one animal);
 * - they do not overlap in meaning: their content words after the class share less than half of
 *   the shorter one's, and each says something the other does not;
 * - the terms share no word ("rock" and "igneous rock" may both be true of one definition), and
 *   neither definition names the other term ("unlike xylem, …").
 * One statement a handout, the first entry in reading order with a sibling, its sibling the
 * nearest that fits. Pure.
 */

/** Words that end a definition's head: its restriction or a phrase begins. */
const HEAD_END = new Set(
	'that which who whom whose where when whereby while because if in of from by with for on at to into through between within without under over during after before as than and or used made produced found formed caused containing involving'.split(
		' '
	)
);

/** Nouns in "-ing": no process. */
const NOUN_ING =
	/^(?:thing|something|nothing|anything|everything|king|ring|string|wing|spring|evening|morning|building|ceiling|painting|clothing|meaning|feeling|opening|beginning|ending|setting|offspring|sibling|seedling|duckling|lightning)$/u;

/** Class words that say only a kind of what follows "of" ("a type of rock"). */
const KIND_OF = new Set(
	'type kind sort form group piece part unit amount number layer branch class family'.split(' ')
);

/** Words of four letters or more that say nothing of a definition's content. */
const SLIGHT = new Set(
	'about which from with that this were have been into than more most also they their them there these those other only over under after before around while when where what each some such very much many made make used uses using something someone thing things'.split(
		' '
	)
);

/**
 * The class a definition names, folded: the last word of its head before a restriction ("a
 * substance that …" → "substance", "tissue that carries …" → "tissue"), or the noun after "of"
 * for a kind ("a type of rock that …" → "type of rock"). Undefined for a definition that opens on
 * "when", a process in "-ing" or a comma (no single class to compare).
 */
export function classOf(definition: string): string | undefined {
	const tokens = definition
		.toLowerCase()
		.replace(/,/gu, ' ')
		.replace(/[;:()]/gu, ' , ')
		.split(/\s+/u)
		.filter(Boolean);
	let i = /^(?:a|an|the)$/u.test(tokens[0] ?? '') ? 1 : 0;
	if (/^(?:when|where|how|why|if)$/u.test(tokens[0] ?? '')) return undefined;
	// "cooling glass slowly …", "being thrown out of …": both say what is done, a process.
	// "having a pH above 7" is a property, no process.
	if (
		i === 0 &&
		/^\p{Ll}{3,}ing$/u.test(tokens[0] ?? '') &&
		!NOUN_ING.test(tokens[0]) &&
		!/^(?:having|being)$/u.test(tokens[0])
	)
		return 'process';
	const head: string[] = [];
	for (; i < tokens.length; i++) {
		const t = tokens[i];
		if (t === ',' || HEAD_END.has(t) || /^\p{L}+ed$/u.test(t)) break;
		if (!/^[\p{L}’'-]+$/u.test(t)) return undefined;
		head.push(t);
	}
	// "a Catholic who …", "someone who rules …": both are people, whatever the head says.
	if (tokens[i] === 'who' && head.length) return 'person';
	const last = head.at(-1);
	if (!last || head.length > 4) return undefined;
	if (KIND_OF.has(last)) {
		if (tokens[i] !== 'of' || !/^\p{L}+$/u.test(tokens[i + 1] ?? '')) return undefined;
		return `${last} of ${tokens[i + 1]}`;
	}
	return last;
}

/** The content words of a definition (four letters or more, no function word), folded. */
function contentWords(text: string): Set<string> {
	return new Set(words(text).filter((w) => w.length >= 4 && !/^\d+$/u.test(w) && !SLIGHT.has(w)));
}

/**
 * True when two definitions of the same content words put them in another order around a
 * direction ("changes light into heat", "changes heat into light").
 */
function reversed(a: string, b: string): boolean {
	const seq = (t: string) =>
		words(t)
			.filter((w) => w.length >= 4 && !SLIGHT.has(w))
			.join(' ');
	const dir = /\b(?:into|to|from)\b/u;
	return dir.test(a) && dir.test(b) && seq(a) !== seq(b);
}

/**
 * True when two definitions of one class say different things: each has a content word the other
 * lacks, and they share less than half of the shorter one's content words (class words aside).
 */
export function distinctDefinitions(glossA: string, glossB: string, klass: string): boolean {
	// "kinetic (movement) energy": a gloss in brackets says nothing the other lacks (gen70: the
	// electric motor and generator of h48 were read as one holding the other).
	const a = glossA.replace(/\s*\([^)]*\)/gu, '');
	const b = glossB.replace(/\s*\([^)]*\)/gu, '');
	const own = (t: string) => {
		const set = contentWords(t);
		for (const w of klass.split(' ')) set.delete(w);
		return set;
	};
	const mine = own(a);
	const theirs = own(b);
	if (!mine.size || !theirs.size) return false;
	const shared = [...mine].filter((w) => theirs.has(w)).length;
	// "a machine that changes kinetic energy into electrical energy" and its reverse: the same
	// words in another order around "into", "to" or "from" say the opposite.
	if (shared === mine.size && shared === theirs.size) return reversed(a, b);
	if (shared === mine.size || shared === theirs.size) return false;
	return shared * 2 < Math.min(mine.size, theirs.size);
}

/** True when the text names the term as a whole word (folded), singular or plural. */
function names(text: string, term: string): boolean {
	const t = fold(term).replace(/(?:es|s)$/u, '');
	return new RegExp(
		`(?<![\\p{L}])${t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?:e?s)?(?![\\p{L}])`,
		'u'
	).test(fold(text));
}

/** A key-term card's term: the quoted words of "What is meant by the term “x”?". */
function termOf(card: Idea): string | undefined {
	return /\bterm\s+“([^”]+)”\?$/u.exec(card.prompt)?.[1];
}

/**
 * True when two entries may be swapped: one class, distinct definitions, no shared term word, no
 * definition naming the other term.
 */
export function siblings(
	a: { term: string; definition: string },
	b: { term: string; definition: string }
): boolean {
	const klass = classOf(a.definition);
	if (!klass || klass !== classOf(b.definition)) return false;
	// Two things of one class may be both ("herbivore": an animal that eats only plants;
	// "ruminant": an animal with a four-chambered stomach; "portrait" and "panel painting"): only
	// two that differ in the same respect, the same verb after "that" ("tissue that carries …"),
	// exclude each other.
	if (klass !== 'process') {
		const verb = (d: string) => /\b(?:that|which|who)\s+(\p{Ll}+)/u.exec(d.toLowerCase())?.[1];
		const v = verb(a.definition);
		if (!v || v !== verb(b.definition)) return false;
	}
	const termWords = new Set(words(a.term));
	if (words(b.term).some((w) => termWords.has(w))) return false;
	if (names(a.definition, b.term) || names(b.definition, a.term)) return false;
	return distinctDefinitions(a.definition, b.definition, klass);
}

/** The sibling-swap false statement of a handout (see the module's docstring), or none. */
export function siblingIdeas(article: ArticleView): Idea[] {
	const cards = glossaryIdeas(article).flatMap((card) => {
		const term = termOf(card);
		return term ? [{ card, term, definition: card.answer }] : [];
	});
	for (const [i, a] of cards.entries()) {
		const sameList = cards
			.filter((b, j) => j !== i && b.card.sentence.section === a.card.sentence.section)
			.sort(
				(x, y) =>
					Math.abs(x.card.sentence.index - a.card.sentence.index) -
						Math.abs(y.card.sentence.index - a.card.sentence.index) ||
					x.card.sentence.index - y.card.sentence.index
			);
		const b = sameList.find((s) => siblings(a, s));
		if (!b) continue;
		const wrong = b.definition.charAt(0).toLowerCase() + b.definition.slice(1);
		const prompt = `The term “${a.term}” means ${wrong.replace(/\.$/u, '')}.`;
		const { sentence } = a.card;
		return [
			{
				kind: 'truth',
				sentence,
				type: 'truefalse',
				prompt,
				answer: 'false',
				span: a.card.span,
				start: Math.max(0, sentence.text.indexOf(a.card.span ?? '')),
				context: sentence.text,
				explanation: `False: ${article.doc.short} gives this meaning to “${b.term}”, not to “${a.term}”. “${sentence.text}” “${b.card.sentence.text}”`,
				// The card of the same line ranks by how often its key's words recur (up to 2); a
				// "false" key recurs nowhere, so the statement takes the line's turn first.
				weight: 2
			}
		];
	}
	return [];
}

/**
 * True when a statement is this module's: it frames a key-term line in a sentence of its own, so
 * the refusal of a list line asked as it stands (`statesFragment`) does not apply.
 */
export function isSiblingStatement(idea: Pick<Idea, 'type' | 'prompt'>): boolean {
	return idea.type === 'truefalse' && /^The term “[^”]+” means \p{Ll}/u.test(idea.prompt);
}
