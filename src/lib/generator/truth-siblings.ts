import type { ArticleView, Idea } from './ideas';
import { glossaryIdeas } from './idea-glossary';
import { fold, words } from './text';

/**
 * A true-or-false statement from a handout's key-term list (issue 12, gen68): false, one term
 * given its sibling's definition, "The term “xylem” means tissue that carries sugars from the leaves." when
 * the list defines xylem as "tissue that carries water up from the roots" and phloem as "tissue
 * that carries sugars from the leaves". False for a reason a student who learned the list knows,
 * never by a year or a number (blind checks H22–H24: year swaps rejected by all reviewers; since
 * then `truth-balance.ts` had almost no false statement to balance true ones with: h48–h51 lost 75
 * true statements). The statement is proposed false and true (the term with its own definition:
 * blind check H29 read "every 'The term … means' statement is false" as a pattern); which one
 * ships is chosen with the handout's other statements (`truth-turns.ts`).
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
 * - a student who has not learned the list could take either definition for the term's: both name
 *   their class in the same words, of similar length (`plausibleSwap`);
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

/** A noun that names an action or process by its ending ("induction", "erosion", "grazing"). */
const ACTION_NOUN = /(?:tion|sion|ment|ing|sis|ance|ence|age|ism|ure)$/u;

/** Most times longer one gloss of a swap may be than the other, in words. */
const MAX_LENGTH_RATIO = 1.5;

/** A definition's words before its restriction ("a warm-blooded animal with …" → "warm-blooded animal"). */
function headWords(definition: string): string {
	const tokens = words(definition.replace(/\s*\([^)]*\)/gu, ''));
	const start = /^(?:a|an|the)$/u.test(tokens[0] ?? '') ? 1 : 0;
	const end = tokens.findIndex((t, i) => i >= start && HEAD_END.has(t));
	return tokens.slice(start, end < 0 ? undefined : end).join(' ');
}

/**
 * True when one gloss could pass for the other to a student who has not learned the list
 * (blind check H29, all three reviewers: "“mammal” means an animal that feeds mainly on insects"
 * is false to anyone, as the list's own gloss names a narrower class, "a warm-blooded animal
 * with hair …"): the two name their class in the same words, and neither is more than
 * `MAX_LENGTH_RATIO` times the other's length (a five-word gloss beside a nine-word one is told
 * apart by its shape: "tracing family membership …" for an adjective, "dividing shared land
 * into individually owned plots" for a policy).
 */
export function plausibleSwap(glossA: string, glossB: string): boolean {
	const lengthOf = (t: string) => words(t.replace(/\s*\([^)]*\)/gu, '')).length;
	const [m, n] = [lengthOf(glossA), lengthOf(glossB)];
	if (Math.max(m, n) > MAX_LENGTH_RATIO * Math.min(m, n)) return false;
	return classOf(glossA) === 'process' || headWords(glossA) === headWords(glossB);
}

/** A key-term card's term: the quoted words of "What is meant by the term “x”?". */
export function termOf(card: Idea): string | undefined {
	return /\bterm\s+“([^”]+)”\?$/u.exec(card.prompt)?.[1];
}

/**
 * True when two entries may be swapped: one class, distinct definitions, no shared term word, no
 * definition naming the other term, and both or neither about the document's own subject
 * (`subject`: its subject words, folded).
 */
export function siblings(
	a: { term: string; definition: string },
	b: { term: string; definition: string },
	subject: ReadonlySet<string> = new Set()
): boolean {
	const klass = classOf(a.definition);
	if (!klass || klass !== classOf(b.definition)) return false;
	// "“Pollination” means the slow process of treating vanilla pods" (blind check H34, all three
	// reviewers: false to anyone): a meaning about the handout's own subject given to a general
	// term, or the other way round, is told apart without the handout.
	const own = (d: string) => words(d).some((w) => subject.has(w));
	if (own(a.definition) !== own(b.definition)) return false;
	// Two things of one class may be both ("herbivore": an animal that eats only plants;
	// "ruminant": an animal with a four-chambered stomach; "portrait" and "panel painting"): only
	// two that differ in the same respect, the same verb after "that" ("tissue that carries …"),
	// exclude each other.
	if (klass !== 'process') {
		const verb = (d: string) => /\b(?:that|which|who)\s+(\p{Ll}+)/u.exec(d.toLowerCase())?.[1];
		const v = verb(a.definition);
		if (!v || v !== verb(b.definition)) return false;
	}
	if (!plausibleSwap(a.definition, b.definition)) return false;
	// "“matrilineal” means dividing shared land into plots" (H29 S22, two of three reviewers): a
	// process is a plausible meaning only of a noun of action, and of both terms.
	if (klass === 'process' && ![a.term, b.term].every((t) => ACTION_NOUN.test(t.toLowerCase())))
		return false;
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
		const b = sameList.find((s) => siblings(a, s, article.subject));
		if (!b) continue;
		const { sentence } = a.card;
		const said = (definition: string, answer: 'true' | 'false', explanation: string): Idea => ({
			kind: 'truth',
			sentence,
			type: 'truefalse',
			prompt: `The term “${a.term}” means ${lowerFirst(definition).replace(/\.$/u, '')}.`,
			answer,
			span: a.card.span,
			start: Math.max(0, sentence.text.indexOf(a.card.span ?? '')),
			context: sentence.text,
			explanation,
			// The card of the same line ranks by how often its key's words recur (up to 2); a
			// "false" key recurs nowhere, so the statement takes the line's turn first.
			weight: 2
		});
		// Both versions, as `truthIdeas` proposes a sentence's: which one ships is chosen with the
		// handout's other statements (`truth-turns.ts`). Only false, every "The term … means"
		// statement of blind check H29 was false and the reviewers read the form, not the content.
		return [
			said(
				b.definition,
				'false',
				`False: ${article.doc.short} gives this meaning to “${b.term}”, not to “${a.term}”. “${sentence.text}” “${b.card.sentence.text}”`
			),
			said(a.definition, 'true', `True: ${article.doc.short} says so. “${sentence.text}”`)
		];
	}
	return [];
}

/** A gloss as it reads after "means": its opening capital lowered. */
function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * True when a statement is this module's: it frames a key-term line in a sentence of its own, so
 * the refusal of a list line asked as it stands (`statesFragment`) does not apply.
 */
export function isSiblingStatement(idea: Pick<Idea, 'type' | 'prompt'>): boolean {
	return idea.type === 'truefalse' && /^The term “[^”]+” means \p{Ll}/u.test(idea.prompt);
}
