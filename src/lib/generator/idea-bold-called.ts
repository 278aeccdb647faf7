/**
 * A handout's bold terms named by "called" (gen60, issue 12's recall; split from
 * `idea-bold-defined.ts`, which reads the kind's other shapes and asks these):
 * - a class named before "called" with what sets it apart after the term: "a curved metal tool
 *   called a **strigil**, which athletes used to scrape oil from the skin" → "What is a
 *   strigil?" → "A curved metal tool which athletes used to scrape oil from the skin". A bare
 *   class ("layers called **horizons**", "a hooked tool called a **strigil**") stays refused as
 *   thin (U4–U9);
 * - a description with adjective or list commas, then "is called **term**": "A soil with a good
 *   balance of sand, silt and clay is called **loam**." → "What is a soil with a good balance of
 *   sand, silt and clay called?" → "Loam".
 * Keys as `idea-bold-terms.ts` rules them (`fairKey`). Pure.
 */
import nlp from 'compromise';
import type { ArticleView, Idea } from './ideas';
import type { Sentence } from './text';
import { capitalise, definitionCard } from './idea-text';
import { glossKey } from './idea-apposition';
import { POINTER } from './idea-this-called';
import { namesTerm, NOT_PLAIN, PART, sharesRoot } from './idea-term-words';
import { pointsIntoArticle } from './standalone';
import { askableTerm, askOf, fairKey, TERM_WORDS } from './idea-bold-terms';

/**
 * "… called (a|an)? term" with what follows the term: a relative clause (", which …", " that
 * …"), a participle phrase (", extracted from kelp,") or an apposition with a relative clause
 * of its own (", the only mammals that lay eggs": what sets the class apart, blind check H19
 * S07, both reviewers failed the key without it) up to the next comma or the end.
 */
const CALLED_TERM = new RegExp(
	String.raw`\s(?:called|known\s+as)\s+(?:(an?)\s+)?(${TERM_WORDS})(?:,?\s+((?:which|that|who)\s+[^,;:()“”"]+?|\p{Ll}+ed\s+(?:from|by|in|on|at|for|to|with)\s+[^,;:()“”"]+?)|,\s+((?:the|an?)\s+\p{Ll}[^,;:()“”"]*?\s(?:that|which|who)\s[^,;:()“”"]+?))?(?=[,;.:(](?:\s|$)|$)`,
	'u'
);

/**
 * Words that end a class phrase read backwards from "called": a determiner other than "a/an",
 * a possessive, a verb or preposition that takes the phrase as its object, a number. Any
 * preposition stops it: "buried under flat tombs called …" read on past "under" keyed the verb
 * ("Buried under flat, rectangular tombs", blind check H19 S17, both reviewers).
 */
const CLASS_STOP =
	/^(?:under|over|beneath|below|above|behind|inside|within|through|across|along|among|between|beside|near|around|against|upon|about|after|before|during|like|the|this|that|these|those|its|their|his|her|our|your|my|some|many|all|any|each|every|other|two|three|four|five|six|several|is|are|was|were|be|been|has|have|had|contains?|forms?|forming|formed|uses?|using|used|makes?|made|produces?|produced|includes?|including|adds?|added|on|in|into|onto|at|by|from|for|to|with|without|and|or|but|as|than|also|then|often|sometimes|usually|now|still|called|named|known)$/u;

/**
 * A word that may stand before a comma inside a class phrase: an adjective by its ending or
 * hyphen ("coiled,", "harpoon-like,", "spiny,"), or a plain one of size, shape, feel or colour.
 */
const COMMA_ADJECTIVE =
	/^(?:\p{Ll}+-\p{Ll}[\p{Ll}-]*|\p{Ll}{2,}(?:ed|al|ic|ous|ive|ful|ant|ent|ar|ary|ish|less|y|en)|long|short|thin|thick|small|large|big|tiny|huge|dark|hard|soft|flat|round|narrow|wide|deep|tall|smooth|rough|sharp|bright|pale|dry|wet|hot|cold|warm|heavy|strong|tough|black|white|red|green|blue|brown|grey|gray|yellow|pink)$/u;

/**
 * The class phrase just before "called", read backwards (`CLASS_STOP`), with its "a/an" if any:
 * "have stinging cells called …" → ["", "stinging cells"], "contains a coiled, harpoon-like
 * thread called …" → ["a", "coiled, harpoon-like thread"].
 */
function classBefore(text: string): [string, string] | undefined {
	const words = text.trimEnd().split(/\s+/u);
	const taken: string[] = [];
	while (words.length) {
		const word = words.at(-1)!;
		const bare = word.replace(/,$/u, '');
		if (bare === 'a' || bare === 'an') return taken.length ? [bare, taken.join(' ')] : undefined;
		if (CLASS_STOP.test(bare)) return taken.length ? ['', taken.join(' ')] : undefined;
		// A capital, an adverb or the sentence's start before any stop word: where the phrase
		// begins is not known ("The soil gradually develops layers called …").
		if (!/^\p{Ll}[\p{Ll}-]*,?$/u.test(word) || /ly$/u.test(bare)) return undefined;
		// A comma inside the phrase stands between its adjectives ("a coiled, harpoon-like
		// thread"); after a noun it ends a clause the class is not part of ("like sandpaper, leaving
		// scratches called …", "In some coastal villages, people hang up nets called …": blind
		// review H29 S56, S79, all three reviewers), and where the phrase begins is not known.
		if (word.endsWith(',') && !COMMA_ADJECTIVE.test(bare)) return undefined;
		taken.unshift(word);
		words.pop();
	}
	return undefined;
}

/**
 * True when a class phrase read back to a stop word holds a present verb before its last word:
 * "The surface of your red blood cells carries markers called **antigens**" read back to "your"
 * gave "red blood cells carries markers", a clause whose subject is another thing (blind review
 * H30 S60, all three reviewers: "antigens" are not red blood cells). A gerund modifies its noun
 * ("stinging cells").
 */
export function verbInside(phrase: string): boolean {
	const terms = nlp(phrase).json()[0]?.terms ?? [];
	return terms
		.slice(0, -1)
		.some((t: { tags: string[] }) => t.tags.includes('PresentTense') && !t.tags.includes('Gerund'));
}

/**
 * The "stinging cells called **cnidocytes**", "a cone-shaped pulley called a **fusee**",
 * "substances called **alginates**, extracted from kelp," idea, or undefined. The class must set
 * the term apart: a modifier before its head ("stinging", "cone-shaped", "of mud brick") or a
 * clause after the term; a bare class ("layers called **horizons**", "a pigment called …") is
 * thin (U4–U9) and refused. The class's "of" phrase stays ("platforms of mud brick").
 */
export function calledIdea(sentence: Sentence, article: ArticleView): Idea | undefined {
	const m = CALLED_TERM.exec(sentence.text);
	if (!m) return undefined;
	const [, , term, relative = '', apposition = ''] = m;
	const tail = relative || apposition;
	// A name ("a statistical method called Banburismus") is no class's member a student defines.
	if (!askableTerm(term, article) || /^\p{Lu}/u.test(term)) return undefined;
	const found = classBefore(sentence.text.slice(0, m.index));
	if (!found) return undefined;
	const [determiner, cls] = found;
	if (!tail && cls.split(/\s+/u).length < 2) return undefined;
	if (verbInside(cls)) return undefined;
	// "billions of tiny switches called **transistors**" counts the class, one of which the
	// term names: the key would define one transistor as billions (blind H18 S63, all three).
	if (QUANTITY_OF.test(cls)) return undefined;
	// "a frightening sign called **heliotrope cyanosis**: faces turned blue …" defines the term
	// after its colon; the class before is the sentence's frame (blind H18 S21, all three).
	if (/^\s*:/u.test(sentence.text.slice(m.index + m[0].length))) return undefined;
	if (/^of\s|\sof$|,$/u.test(cls)) return undefined;
	const plural = !determiner && /[^siu]s$/u.test(cls.split(/\s+of\s/u)[0]);
	// A mass noun with no article ("fine parchment") is no class a student names as a kind.
	if (!determiner && !plural) return undefined;
	// "a small group of mammals called …" with nothing after the term: a sized collective says
	// no more than its members' class (blind check H19 S07, both reviewers: "would fit any group").
	if (!tail && THIN_COLLECTIVE.test(cls)) return undefined;
	const whole = apposition ? `${cls}, ${apposition}` : relative ? `${cls} ${relative}` : cls;
	// ", the only mammals that lay eggs" is what sets the class apart, no rank: the key is checked
	// without its "only" (`glossKey` and `fairKey` refuse ranks) and keeps it.
	const exclusive = (text: string) => text.replace(/,\s+the\s+only\s+/u, ', the ');
	const plain = glossKey(determiner, exclusive(whole));
	const key = plain ? `${determiner} ${whole}`.trim() : shortKey(determiner, cls, tail);
	if (!key || !fairKey(exclusive(key), term)) return undefined;
	// "a small group of mammals called monotremes": the "a" is the group's; a plural term is asked
	// as one ("What are monotremes?", not "What is a monotremes?").
	const pluralTerm = /[^siu]s$/u.test(term);
	const members =
		determiner !== '' &&
		/^(?:\p{Ll}+\s+)*?(?:group|family|kind|type|class|set|order)\s+of\s/u.test(cls) &&
		pluralTerm;
	// "a layer of special skin cells called iridophores": one layer, many cells; the term names
	// the cells, so neither "What is an iridophores?" nor a key "A layer of …" is right (blind
	// review H20 S133, all three reviewers).
	if (determiner !== '' && !plural && pluralTerm && !members) return undefined;
	const card = definitionCard(
		sentence,
		members ? askOf(term, '', 'are') : askOf(term, determiner, plural ? 'are' : 'is'),
		key,
		`${capitalise(term)}: ${key}.`
	);
	// The key joins words the term stands between ("a small group of mammals" … ", the only
	// mammals that lay eggs"): the checks find its class, the words the sentence says whole.
	return tail ? { ...card, span: `${determiner} ${cls}`.trim() } : card;
}

/**
 * An "-ing" adjective that says no function ("a living shelter") or how the writer feels about
 * it ("a frightening sign", blind H18 S21): not what sets a class apart.
 */
const PLAIN_ING =
	/^(?:living|existing|following|leading|remaining|surrounding|interesting|amazing|striking|outstanding|growing|increasing|matching|neighbouring|neighboring|frightening|terrifying|alarming|worrying|shocking|surprising|exciting|disturbing|fascinating|astonishing|puzzling|confusing|troubling|threatening|pleasing|charming|boring|annoying|depressing|inspiring)$/u;

/** A class phrase that counts its members ("billions of tiny switches"): no member's definition. */
const QUANTITY_OF =
	/^(?:hundreds|thousands|millions|billions|trillions|dozens|scores|tens|lots|masses|numbers|plenty)\s+of\s/u;

/** A collective with size words only before it: "small group of mammals", "large family of plants". */
const THIN_COLLECTIVE =
	/^(?:(?:huge|large|small|tiny|big|little|great|vast|diverse|varied|certain|particular|special)\s+)*(?:group|family|kind|type|sort|set|class|number|range|variety|collection)\s+of\s+\p{Ll}+$/u;

/** A modifier of size, amount or look: no part of what sets a class apart. */
const SIZE =
	/^(?:huge|large|small|tiny|big|little|thin|thick|long|short|tall|wide|narrow|great|giant|vast|many|few|simple|special|certain|particular|new|old)$/u;

/**
 * A short class key that glossKey's five words refuse but bold makes a definition: a modifier and
 * its head, two to four words ("stinging cells", "a cone-shaped pulley"), no hedge or rank.
 */
function shortKey(determiner: string, cls: string, tail: string): string | undefined {
	if (tail) return undefined;
	const key = `${determiner} ${cls}`.trim();
	const words = cls.replace(/,/gu, '').split(/\s+/u);
	if (words.length < 2 || words.length > 4 || NOT_PLAIN.test(key)) return undefined;
	// What sets the class apart is a modifier that says what it does or is like ("stinging",
	// "harpoon-like", "cone-shaped"), not its size or look ("huge groups", "a thin fatty membrane",
	// "a grassy clearing"): those keys name a class, no definition.
	const modifiers = words.slice(0, -1);
	if (modifiers.some((w) => SIZE.test(w))) return undefined;
	if (!modifiers.some((w) => /-|\p{Ll}{3,}ing$/u.test(w) && !PLAIN_ING.test(w))) return undefined;
	return key;
}

/**
 * "<The|A|An description> is|are called (a|an)? **term**.", the description holding commas that
 * `idea-term.ts`'s naming clause refuses: between adjectives ("The dark, crumbly organic material
 * left after …") or inside a list ("A soil with a good balance of sand, silt and clay").
 */
const CALLED_AFTER_COMMAS =
	/^((?:The|A|An)\s+\p{Ll}[^;:()“”"]*?,[^;:()“”"]*?)\s+(is|are)\s+called\s+(?:an?\s+)?(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*)?)\.?$/u;

/** A comma that opens a clause or an aside, not an adjective's or a list item's. */
const CLAUSE_COMMA =
	/,\s+(?:which|who|whom|whose|where|when|while|and|but|or|so|as|such|including|like|for|in|on|at|by|with|from|the|a|an|this|it|they|\p{Ll}+ed|\p{Ll}+ing)\b/u;

/**
 * The reverse card of a bold term named after a description with adjective or list commas
 * ("What is a soil with a good balance of sand, silt and clay called?" → "Loam"), or undefined.
 * Each comma must be followed by an adjective or list item (no clause, no aside); a list's
 * commas need its "and"/"or"; the description is 4–16 words, plain, naming nothing of the term.
 */
export function calledAfterCommasIdea(sentence: Sentence, article: ArticleView): Idea | undefined {
	const m = CALLED_AFTER_COMMAS.exec(sentence.text);
	if (!m) return undefined;
	const [, described, verb, term] = m;
	if (!askableTerm(term, article)) return undefined;
	if (CLAUSE_COMMA.test(described) || /\d/u.test(described)) return undefined;
	// A list's commas close with its "and"/"or" item; adjectives' commas need none.
	const listed = /,\s+[\p{Ll}-]+(?:,\s+[\p{Ll}-]+)*\s+(?:and|or)\s+[\p{Ll}-]+/u.test(described);
	const adjectives = /^(?:The|A|An)\s+[\p{Ll}-]+,\s+[\p{Ll}-]+\s+[\p{Ll}-]+/u.test(described);
	if (!listed && !adjectives) return undefined;
	const count = described.split(/\s+/u).length;
	if (count < 4 || count > 16) return undefined;
	if (POINTER.test(described) || NOT_PLAIN.test(described) || pointsIntoArticle(described))
		return undefined;
	if (PART.test(described) || namesTerm(described, term) || sharesRoot(described, term))
		return undefined;
	const asked = described.replace(/^(?:The|A|An)\b/u, (d) => d.toLowerCase());
	return definitionCard(sentence, `What ${verb} ${asked} called?`, term, sentence.text);
}
