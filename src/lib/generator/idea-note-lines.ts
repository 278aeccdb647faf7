import type { ArticleView, Idea } from './ideas';
import { termsHeading } from './list-label';
import { ADVERB } from './revision-list';
import { fold } from './text';

/**
 * Cards read off a handout's note and list lines: list words asked as terms, lines with no
 * subject, keys pointing into the handout or cut at a possessive, histories, owners and table
 * cells as meanings, over-detailed places, terms that spell their own meaning.
 *
 * Blind checks H32 and H33 (`questions/unseen/review-2027-02-08/`, `-09/`; gen84, issue 12):
 * the shapes all three reviewers rejected, as rules about English whichever kind drafted them.
 * Each reads only the card, its sentence and the article's headings. Pure.
 * - `listWordAsked`: a list's word asked as a term. A term worth asking is a noun phrase that
 *   names a concept, thing or person; an adverb ("Electrically – a current doing work" under
 *   "Ways energy is transferred"), a label of an example or argument ("Proof: a floating …"), a
 *   list item whose gloss is a clause of its own ("Water: splashing raindrops spread spores …")
 *   or an instance of the handout's own subject ("Death – a skull mosaic …" in a handout on
 *   mosaics) is not (H32 S23, S54; H33 S12, S23, S25).
 * - `subjectDropped`: a note's line with no subject as a statement ("Fled to England in 1568 …"
 *   under a person's heading, H32 S50), and "What is the name for a group …?" where the group is
 *   of a thing only the handout names (H32 S01, the walruses' "herd").
 * - `keyPointsIn`: a key bound to the handout: "here made of concrete", "the shallow water
 *   inside the ring" where no ring is named in the question (H33 S11, S55).
 * - `keyCutAtPossessive`: a key that ends on "UNESCO's" (H33 S83).
 * - `historyAsMeaning`: a definition keyed by a history sentence ("For centuries, people built
 *   walls …", H33 S71).
 * - `detailedWhere`: "Where is X?" keyed by an address with a distance or three places and more
 *   (H32 S07): the student cannot match its detail, and a coarser answer is as right.
 * - `whoDoesIt`: a meaning keyed by whose speciality it is ("Bottom feeding is the speciality of
 *   the gray whale" → "the speciality of the gray whale", H33 S77): who does a thing is no meaning.
 * - `tableCellKey`: "what do X do?" keyed by a table's cell, a doing and a bare noun joined by a
 *   comma ("move slowly to save energy, camouflage", H33 S18).
 * - `spellsOwnMeaning`: "The term “plunge-diving” means diving into water …": every word of the
 *   term stands in its meaning, so the statement is true to anyone who reads it (H32 S44).
 */

/** The term a card asks the meaning or the doing of, as the prompt writes it. */
export function askedTerm(prompt: string): string | undefined {
	return (
		/\bterm\s+“([^”]+)”\?$/u.exec(prompt)?.[1] ??
		/^The term “([^”]+)” means\s/u.exec(prompt)?.[1] ??
		/\bwhat\s+(?:does|do)\s+(?:the\s+|an?\s+)?(.+?)\s+do\?$/u.exec(prompt)?.[1]
	);
}

/**
 * Labels a note puts before an example, an argument or a consequence: no concept of their own.
 * General English, a closed list.
 */
const LABEL =
	/^(?:proof|evidence|example|examples|e\.g\.?|reason|reasons|cause|causes|effect|effects|result|results|consequence|consequences|advantage|advantages|disadvantage|disadvantages|benefit|benefits|drawback|drawbacks|pro|pros|con|cons|problem|problems|solution|solutions|aim|aims|method|methods|conclusion|summary|tip|note|fact|facts|use|uses|importance|impact|significance|strength|strengths|weakness|weaknesses|key\s+point|remember|why|how|what|when|where|who|idea|point|answer|question|task|step)$/iu;

/**
 * A heading over a list of members of one set (ways, kinds, causes, subjects, examples): its
 * items are labelled by what sets each apart, not defined.
 */
const MEMBERS_HEADING =
	/^(?:how\b|ways?\b|why\b|other\b|examples?\b|(?:types?|kinds?|sorts?|uses?|causes?|effects?|sources?|methods?|signs?|symptoms?|forms?)\s+of\b|subjects?\b|themes?\b)/iu;

/**
 * A gloss that is a clause with a subject of its own: a plural noun (after at most one modifier)
 * and then a finite verb or a modal ("splashing raindrops spread spores …", "fungal spores can be
 * carried …"). What follows such a label says what happens, not what the word means.
 */
const CLAUSE_GLOSS =
	/^(?:\p{Ll}+\s+)?\p{Ll}+s\s+(?:can|could|may|might|will|would|must|are|were|have|spread|carry|move|travel|fall|wash|blow|cause|make|help|allow|let|take|get|need|live|grow|eat|feed|use|give|keep|break|turn|bring|push|pull|pass|drop|fly|swim|enter|reach|go|come)\b/u;

/** A one-word term's singular: "mosaics" → "mosaic". */
function singular(word: string): string {
	if (/ies$/u.test(word)) return word.replace(/ies$/u, 'y');
	if (/(?:ch|sh|ss|x|o)es$/u.test(word)) return word.slice(0, -2);
	return word.replace(/(?<![su])s$/u, '');
}

/**
 * True when `term` is a list's word, not a concept: an adverb, a label (`LABEL`), an item under a
 * members heading whose gloss is a clause of its own (`CLAUSE_GLOSS`), or one whose gloss names
 * it an instance of the handout's subject ("a skull mosaic" in "Mosaics of …": the term labels
 * the mosaic's subject). Never a term of a key-terms list.
 */
export function listWordAsked(term: string, key: string, section: string, title: string): boolean {
	const bare = term.trim();
	if (/\s/u.test(bare)) return LABEL.test(bare);
	if (ADVERB.test(bare) || LABEL.test(bare)) return true;
	if (termsHeading(section) || !MEMBERS_HEADING.test(section.trim())) return false;
	const gloss = key.trim().charAt(0).toLowerCase() + key.trim().slice(1);
	if (CLAUSE_GLOSS.test(gloss)) return true;
	const head = /^an?\s+(?:\p{L}+\s+)?(\p{Ll}+)\b/u.exec(gloss)?.[1];
	const titleHead = fold(title)
		.split(/\s+/u)
		.map(singular)
		.filter((w) => w.length > 3);
	return !!head && titleHead.includes(singular(head));
}

/**
 * Irregular past tenses and "-ed" verbs that open a note's subjectless line ("Fled to England …",
 * "Became queen in …", "Ruled for …"). A verb opening a statement with no subject before it.
 */
const PAST_OPENING =
	/^(?:fled|became|led|won|fought|built|made|took|gave|wrote|began|ran|saw|left|came|held|sent|brought|lost|met|spent|told|found|kept|set|went|was|were|had|did|rose|fell|died|married|ruled|reigned|lived|invented|discovered|founded|signed|introduced|defeated|returned|moved|tried|helped|refused|helped|\p{Ll}{3,}ed)\s+(?:to|in|on|at|for|from|with|by|after|before|during|as|the|a|an|his|her|their|its|over|into|under|up|out|back|down|off|\d)/iu;

/**
 * Nouns that name a relation to something else: "a group", "the young", "a male" of what? A
 * "name for" question keyed by one of them needs the thing named.
 */
const RELATIONAL =
	/^What is the name for (?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:group|herd|flock|pack|colony|crowd|gathering|young|baby|babies|male|female|adult|juvenile|member|leader|mother|father|offspring|home|nest|den|litter)(?=\s+(?:\p{Ll}+ing|that|which|who|is|are)\b|\?)/u;

/**
 * True when a card lost its subject: a statement opening on a verb (`PAST_OPENING`: a note's line
 * that goes on from its heading), or a "name for" question about a group, a young or a home of a
 * thing it does not name (`RELATIONAL`).
 */
export function subjectDropped(idea: Pick<Idea, 'type' | 'prompt'>): boolean {
	const text = idea.prompt.trim();
	// "Founded in 1850, the company …": a participle before its subject is no dropped subject.
	if (idea.type === 'truefalse')
		return (
			PAST_OPENING.test(text) &&
			!/,\s+(?:the|a|an|it|he|she|they|this|these|his|her|its|their|\p{Lu})/u.test(text)
		);
	return RELATIONAL.test(text);
}

/** Words that point into the handout from a key: "here", "the above", "shown below". */
const DEICTIC =
	/\b(?:here|hereabouts|(?:the|shown|see|as)\s+(?:above|below)|the\s+following|this\s+(?:one|page|handout|text|diagram|picture|map))\b/iu;

/**
 * A key that ends by placing its thing relative to another: "… inside the ring", "… around the
 * edge" (the noun last, in lower case: "around the core of a reserve" says which core).
 */
const RELATIVE_PLACE =
	/\b(?:inside|within|outside|around|beneath|behind|beside|below|above|next\s+to|on\s+top\s+of|in\s+front\s+of|at\s+the\s+centre\s+of|in\s+the\s+middle\s+of)\s+the\s+(\p{Ll}+)[.)]?$/u;

/**
 * Nouns "the" takes with no thing named before: the one sea, sky or body every reader knows.
 * General English, a closed list.
 */
const GENERIC =
	/^(?:sea|ocean|sky|earth|sun|moon|world|ground|air|water|land|soil|body|skin|surface|atmosphere|universe|planet|roof|floor|wall|river|coast|shore|seabed|horizon|equator|poles?|tropics|head|stomach|blood|heart|brain|mouth|house|home|building|city|town|village|country)$/u;

/**
 * True when a key points into the handout (`DEICTIC`), or ends placing its thing relative to one
 * the question (or `named`: the handout's title and heading) never names ("inside the ring":
 * which ring, the handout's atoll says).
 */
export function keyPointsIn(prompt: string, answer: string, named = ''): boolean {
	if (DEICTIC.test(answer)) return true;
	const noun = RELATIVE_PLACE.exec(answer.trim())?.[1];
	if (!noun || GENERIC.test(noun)) return false;
	return !fold(`${prompt} ${named}`).includes(singular(fold(noun)));
}

/** True when a key ends on a possessive: "recognised by UNESCO's" is cut before its noun. */
export function keyCutAtPossessive(answer: string): boolean {
	return /\p{L}(?:[’']s|s[’'])\.?$/u.test(answer.trim());
}

/** A history sentence's opening: a time span or date before what happened. */
const HISTORY_OPENING =
	/^(?:for\s+(?:centuries|decades|years|generations|thousands\s+of\s+years|hundreds\s+of\s+years)|in\s+(?:the\s+)?(?:\d|(?:early|late|mid)\b|past\b|\p{Ll}+\s+century)|since\s|until\s|during\s|long\s+ago|in\s+ancient\s+times|throughout\s+history|historically|today\b|nowadays)/iu;

/** True when a definition is keyed by a history sentence ("For centuries, people built …"). */
export function historyAsMeaning(prompt: string, answer: string): boolean {
	if (!/\bterm\s+“[^”]+”\?$|^What (?:is|are) /u.test(prompt)) return false;
	return HISTORY_OPENING.test(answer.trim());
}

/**
 * True when "Where is X?" is keyed by an address a student cannot match: a distance
 * ("60–65 km south-east of …") or three or more commas.
 */
export function detailedWhere(prompt: string, answer: string): boolean {
	if (!/^Where\s+(?:is|are|was|were)\b/u.test(prompt)) return false;
	return (
		/\d\s*(?:km|kilometres?|kilometers?|miles?|m)\b/iu.test(answer) ||
		(answer.match(/,/gu) ?? []).length >= 3
	);
}

/**
 * True when a "The term X means Y" statement's term is spelled out in Y: every word of the term
 * (its hyphenated parts too, three letters or more) stands in the meaning, so the truth is
 * plain from the words.
 */
export function spellsOwnMeaning(prompt: string): boolean {
	const m = /^The term “([^”]+)” means (.+)$/u.exec(prompt.trim());
	if (!m) return false;
	const parts = fold(m[1])
		.split(/[\s-]+/u)
		.filter((w) => w.length >= 3);
	const meaning = fold(m[2]);
	const stem = (w: string) => w.replace(/(?:ing|ed|es|s|e)$/u, '');
	const opens = (w: string) => stem(meaning.split(/\s+/u)[0]) === stem(w);
	// "plunge-diving" means "diving into water …": the meaning opens on the term's head word.
	return (
		(parts.length > 0 && opens(parts[parts.length - 1])) ||
		(parts.length >= 2 && parts.every((w) => new RegExp(`\\b${stem(w)}`, 'u').test(meaning)))
	);
}

/** True when a meaning is keyed by whose speciality or trademark the thing is. */
export function whoDoesIt(prompt: string, answer: string): boolean {
	if (!/\bterm\s+“[^”]+”\?$|^What (?:is|are) /u.test(prompt)) return false;
	return /^(?:the|an?)\s+(?:speciality|specialty|trademark|hallmark|signature|favourite|favorite)\s+(?:\p{Ll}+\s+)?of\b/iu.test(
		answer.trim()
	);
}

/** True when a "what … do?" key ends on a bare noun after a comma: a table's cell, not a doing. */
export function tableCellKey(prompt: string, answer: string): boolean {
	if (!/\bwhat\s+(?:does|do)\s+.+\s+do\?$/u.test(prompt)) return false;
	return /,\s*\p{Ll}+\.?$/u.test(answer.trim());
}

/** True when a card has one of blind checks H32/H33's rejected shapes (see the module's docstring). */
export function noteLineRefuses(idea: Idea, article: ArticleView): boolean {
	const term = askedTerm(idea.prompt);
	const title = (article.doc.title ?? article.title).trim();
	if (term && idea.type !== 'truefalse') {
		if (listWordAsked(term, idea.answer, idea.sentence.section, title)) return true;
	}
	if (term && idea.type === 'truefalse') {
		const meaning = /” means (.+?)\.?$/u.exec(idea.prompt)?.[1] ?? '';
		if (listWordAsked(term, meaning, idea.sentence.section, title)) return true;
		// The statement's own line says what the term means, true or false as shipped:
		// "plunge-diving" is guessed from its words either way.
		const own = /^[^–—:]+?\s*[–—:]\s*(.+)$/u.exec(idea.sentence.text)?.[1];
		if (spellsOwnMeaning(idea.prompt)) return true;
		if (own && spellsOwnMeaning(`The term “${term}” means ${own}`)) return true;
	}
	if (subjectDropped(idea)) return true;
	if (idea.type === 'truefalse') return false;
	return (
		keyPointsIn(idea.prompt, idea.answer, `${title} ${idea.sentence.section}`) ||
		keyCutAtPossessive(idea.answer) ||
		historyAsMeaning(idea.prompt, idea.answer) ||
		whoDoesIt(idea.prompt, idea.answer) ||
		tableCellKey(idea.prompt, idea.answer) ||
		detailedWhere(idea.prompt, idea.answer)
	);
}
