import { escapeRegExp } from '$lib/text/regexp-literal';
import { cutBeforeComplement } from './complement-cut';
import { judgedObject, relationalObject } from './deed-shape';
import type { ArticleView, Idea } from './ideas';
import { nearestInLength } from '../text/nearest-length';
import { subjectText } from './idea-text';
import { lifeName } from './life-name';
import { fold, type Sentence } from './text';
import { isHandout } from './handout';

/**
 * Kind 10 (gen18, issue 12: a teacher's documents gave nearly no drafts about their body): who
 * did one of the document's deeds, from a sentence whose subject is a named person and whose
 * verb is a clear deed with its object: "In 1896 Henri Becquerel discovered that uranium salts
 * give off rays" → "Who discovered that uranium salts give off rays?", the choices other people
 * the document names, never one it also credits with that deed or that object. A person is named
 * by two or more capitalised words, or by one word after a role noun ("The French writer
 * Voltaire"). The object is a whole clause up to where the next begins, its date dropped; it
 * points nowhere ("it", "these rays") and does not name the person. When the person is the
 * document's own subject (a life), every "Who" has the same answer, so the deed is asked the
 * other way ("What did Marie Curie invent?") only when its object is a short noun phrase and the
 * document tells no other thing of that verb. Pure.
 */

/** Deed verbs, past tense → base form. */
const DEEDS: Record<string, string> = {
	invented: 'invent',
	discovered: 'discover',
	developed: 'develop',
	founded: 'found',
	'co-founded': 'co-found',
	established: 'establish',
	led: 'lead',
	wrote: 'write',
	composed: 'compose',
	painted: 'paint',
	designed: 'design',
	proposed: 'propose',
	suggested: 'suggest',
	formulated: 'formulate',
	devised: 'devise',
	coined: 'coin',
	commanded: 'command',
	built: 'build',
	signed: 'sign',
	described: 'describe',
	introduced: 'introduce',
	isolated: 'isolate',
	identified: 'identify',
	patented: 'patent',
	proved: 'prove',
	demonstrated: 'demonstrate',
	drew: 'draw',
	defeated: 'defeat',
	assassinated: 'assassinate',
	translated: 'translate',
	'carried out': 'carry out',
	performed: 'perform'
};

/** A capitalised word of a person's name, or a small word inside one ("de", "von"). */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|dos|das|du|von|van|der|den|del|di|la|le|e)){0,5}`;

/** The role noun that introduces a person: "the engineer", "The French writer". */
const ROLE = String.raw`(?:[Tt]he\s+(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}+\s+)?(\p{Ll}{4,})\s+)`;

/** Role nouns of a person (a role phrase's last word). */
export const PERSON_ROLE =
	/^(?:engineer|engineers|chemist|physicist|biologist|botanist|geologist|scientist|writer|poet|novelist|philosopher|painter|artist|composer|architect|explorer|general|admiral|king|queen|emperor|president|minister|leader|inventor|mathematician|astronomer|naturalist|historian|economist|doctor|physician|surgeon|nurse|priest|bishop|pope|monk|merchant|soldier|officer|captain|commander|politician|statesman|lawyer|judge|teacher|professor|student|designer|builder|sculptor|playwright|journalist|activist|reformer|missionary|sailor|navigator|pilot|astronaut|researcher|zoologist|anatomist|pharmacist|sultan|prince|princess|duke|count|lord|chief)$/u;

/** "[In 1896 | In Britain,] [the engineer] Name [also] verb object". */
const DEED_CLAUSE = new RegExp(
	String.raw`^(?:(?:In|On|By|During|At|From)\b[^,]{0,50}?(?:,\s*|\s+(?=(?:[Tt]he\s|\p{Lu}))))?${ROLE}?(${NAME})\s+(?:[\p{Ll}]+ed\s+[^,;]{0,40}?\s+and\s+)?(?:also\s+|later\s+|first\s+|then\s+|independently\s+)?(${Object.keys(DEEDS).join('|')})\s+(?!(?:on|upon|up|out|in|to|with|from|of|by)\b)(.+)$`,
	'u'
);

/**
 * A word that points into the text: the reader cannot resolve it alone ("other bonds": other
 * than the ones the text named before; "each other" and "other than …" point nowhere).
 */
const POINTER =
	/\b(?:it|its|they|them|their|this|these|those|he|she|him|his|her|hers|there|here|such|same|former|latter|above|below|then|both|(?<!\beach\s)other(?!\s+than\b))\b/iu;

/** Where the object's clause ends: a comma, a new clause, a purpose "to …". */
const CLAUSE_END =
	/\s*(?:[,;:(]|\s[–—]\s|\.(?:\s|$)|\s+(?:but|while|which|who|whom|whose|where|when|after|before|because|so|although|though|until|since|for\s+(?:his|her|their|which))\s|\s+to\s+(?!the\b|a\b|an\b)\p{Ll}+\b|\s+and\s+(?=(?:a|an|the|his|her|their|its|later|then|also|\p{Ll}+ed)\b))/u;

/** A date phrase inside the object: "in 1909", "on 5 June 1799", "in July 1898". */
const DATE =
	/\s*\b(?:in|on|by|during)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:\d{1,2},\s+)?(?:1\d{3}|20\d{2})(?:\s*[–-]\s*\d{2,4})?\b/gu;

/** Words of an object a question can ask: 2 to 18. */
const MIN_OBJECT = 2;
const MAX_OBJECT = 18;
/** Words an indefinite object needs ("a safety lamp that would burn in air"). */
const MIN_INDEFINITE = 6;

/** A nationality before a name of two words or more ("German Friedrich Keller"), with its space. */
const NATIONALITY =
	/^(?:\p{Lu}\p{Ll}+(?:an|ese|ish)|French|Dutch|Greek|Swiss|Thai|Welsh)\s+(?=\p{Lu}\S*\s+\p{Lu})/u;

/** One deed: who did it, how, and to what, as a sentence tells it. */
export interface Deed {
	person: string;
	verb: string;
	object: string;
	/** True when the object was cut before an "and" that goes on with another thing. */
	cut: boolean;
	/** True when a role noun introduced the person ("the engineer John Michell"). */
	role: boolean;
	/** True when the object was cut before an infinitive ("… cause food | to spoil"). */
	beforeInfinitive?: boolean;
	/** True when the object was cut before a naming aside ("… most of the fat | , called …"). */
	beforeAside?: boolean;
}

/** The deed of one sentence's first clause, as `DEED_CLAUSE` reads it, or undefined. */
export function deedOf(text: string): Deed | undefined {
	const clean = text
		.replace(/\s*\([^()]*\)/gu, '')
		.replace(
			/,?\s+(?:in|on|by|during)\s+(?:\d{1,2}\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:1\d{3}|20\d{2})\b(?=\s+\p{Ll})/gu,
			''
		);
	const m = DEED_CLAUSE.exec(clean);
	if (!m) return undefined;
	const [, role, named, verb, rest] = m;
	// "In 480 BC Xerxes led …": the era label is the date's, not the name's (H11 S40 "BC Xerxes",
	// S73 "BCE Liu Bang"; gen43's `startsInsideNumber` refused the card, this reads the name).
	// "the German Friedrich Gottlob Keller developed …": a nationality after "the" is no part of
	// the name (blind review H16 S80, 3 of 3: key "German Friedrich Gottlob Keller").
	const era = named.replace(/^(?:BCE|BC|CE|AD)\s+/u, '');
	const afterThe = /\b[Tt]he\s+$/u.test(clean.slice(0, clean.indexOf(named)));
	const person = afterThe ? era.replace(NATIONALITY, '') : era;
	// "In 1923 Johannes Brønsted and Thomas Lowry proposed …": the opening phrase took the first
	// of two doers; a deed two people share has no one person as its answer (blind review H2 S13).
	if (/\s(?:and|&)\s+(?:the\s+\p{Ll}+\s+)?$/u.test(clean.slice(0, clean.indexOf(person))))
		return undefined;
	if (role && !PERSON_ROLE.test(role)) return undefined;
	const names = person.split(/\s+/u);
	// A list of people ("Manuel da Maia, Eugénio dos Santos and Carlos Mardel") has no one answer.
	if (/,$/u.test(person) || names.length > 6) return undefined;
	if (names.length < 2 && !role) return undefined;
	const end = CLAUSE_END.exec(rest);
	const raw = end ? rest.slice(0, end.index) : rest.replace(/[.!?]+$/u, '');
	const cut = !!end && /^\s+and\s/u.test(end[0]);
	// "wrote his Poem on the Lisbon Disaster": a possessive before a title is "the".
	const object = raw
		.replace(DATE, '')
		.replace(/^(?:his|her|their)\s+(?=\p{Lu}|(?:\p{Ll}+\s+){0,2}\p{Lu})/u, 'the ')
		.trim();
	const beforeInfinitive = !!end && /^\s+to\s/u.test(end[0]);
	// "a press that squeezed most of the fat, called cocoa butter, out of ground cacao beans": the
	// clause goes on after the aside, so the object is cut mid-phrase (blind review H17 S22).
	const beforeAside =
		!!end && /^,\s+(?:called|known\s+as|named|also\s+called)\s/u.test(rest.slice(end.index));
	return { person, verb, object, cut, role: !!role, beforeInfinitive, beforeAside };
}

/** True when an object can stand in a question: whole, pointing nowhere, not naming the person. */
function askable(deed: Deed): boolean {
	const count = deed.object.split(/\s+/u).length;
	if (count < MIN_OBJECT || count > MAX_OBJECT || /\d/u.test(deed.object)) return false;
	// "a script", "a new parish house": an indefinite thing says too little to be one answer's.
	if (/^(?:a|an|some|several|many)\s/iu.test(deed.object) && count < MIN_INDEFINITE) return false;
	// "gave communities the means | to structure …": a noun that takes its infinitive, cut.
	if (
		/\b(?:means|ability|right|power|way|chance|attempt|need|decision|plan|permission|effort|freedom|authority)$/iu.test(
			deed.object
		)
	)
		return false;
	if (POINTER.test(deed.object)) return false;
	// "the opposite problem": defined by the sentence before (H27 S32); "some of the most loved
	// operas": a ranking that fits others the text also praises (H27 S13, several answers).
	if (relationalObject(deed.object) || judgedObject(deed.object)) return false;
	// "… microorganisms cause food | to spoil": the infinitive the verb needs was cut (H11 S31).
	if (deed.beforeInfinitive && cutBeforeComplement(deed.object)) return false;
	if (deed.beforeAside) return false;
	// Ends on a word that needs more: "the", "of", "and".
	if (/\b(?:the|a|an|of|and|or|to|in|on|at|by|for|with|from|that)$/iu.test(deed.object))
		return false;
	const own = deed.person.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && w.length > 2);
	return !own.some((w) => fold(deed.object).includes(fold(w)));
}

/**
 * True when a name reads as a person's: no word of it a common word (the corpus writes it in lower
 * case: "Arista Records", "The Polish Home Army", "Architect Charles West") nor a place, and not
 * opening on "The" or "When". A role noun before a one-word name vouches for it ("the writer
 * Voltaire").
 */
export function personName(name: string, article: ArticleView): boolean {
	const parts = name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
	if (/^(?:The|When|After|Before|While|If|As|Since)\b/u.test(name)) return false;
	return parts.every(
		(w) => !article.isCommon(w.replace(/[.'’]+$/u, '')) && !article.isPlace(w) && w.length > 1
	);
}

/** Every person of the article as it names them most fully, each once. */
export function articlePeople(article: ArticleView): string[] {
	const known = PEOPLE.get(article);
	if (known) return known;
	const people = findPeople(article);
	PEOPLE.set(article, people);
	return people;
}

/** Each article's people, found once (every sentence of it asks). */
const PEOPLE = new WeakMap<ArticleView, string[]>();

function findPeople(article: ArticleView): string[] {
	// A byline ("By Dr Elena Novak, 8 March 2024") names the writer, no person of the text.
	const text = article.sentences
		.filter((s) => !/^By\s/u.test(s.text))
		.map((s) => s.text)
		.join(' ');
	const found = new Map<string, string>();
	for (const p of article.people) {
		const forms = p.forms.filter(
			(f) => f.split(/\s+/u).length >= 2 && new RegExp(`\\b${escapeRegExp(f)}\\b`, 'u').test(text)
		);
		const full = forms.sort((a, b) => b.length - a.length)[0];
		// "born Maria Sklodowska" is the subject's own name; "King Joseph" of "King Joseph I" is cut.
		const other =
			full &&
			!new RegExp(
				`\\b(?:born|née|nee)\\s+${escapeRegExp(full)}\\b|\\b${escapeRegExp(full)}\\s+[IVX]+\\b`,
				'u'
			).test(text);
		if (full && other && !article.isPlace(full) && personName(full, article))
			found.set(fold(full), full);
	}
	for (const s of article.sentences) {
		const deed = deedOf(s.text);
		if (
			deed &&
			(deed.person.split(/\s+/u).length >= 2 || deed.role) &&
			personName(deed.person, article)
		)
			found.set(fold(deed.person), deed.person);
	}
	// "Marie Curie" and "Marie Curie, Pierre Curie": a form inside a longer one is that one.
	const all = [...found.values()];
	return all.filter((p) => !all.some((q) => q !== p && q.includes(p) && q.length > p.length));
}

/** The words that name a person: each capitalised word of three letters or more. */
function nameWords(person: string): string[] {
	return person
		.split(/[\s-]+/u)
		.filter((w) => /^\p{Lu}/u.test(w) && w.length >= 3)
		.map(fold);
}

/**
 * Three people the document credits with the same kind of deed on another thing ("Leonardo
 * painted the Mona Lisa" for "Who painted The Birth of Venus?"), or fewer: then the card is typed.
 * Anyone else named was a giveaway when the key was the one painter among a poet, a printer and a
 * political writer (blind review H2 S04, S11, S21). Never one the document also credits with this
 * deed's thing.
 */
function otherPeople(deed: Deed, answer: string, article: ArticleView): string[] {
	const own = new Set(nameWords(answer));
	const peers = article.sentences.flatMap((s) => {
		const other = deedOf(subjectText(s, article).split(/;\s+/u)[0]);
		return other && other.verb === deed.verb && fold(other.object) !== fold(deed.object)
			? nameWords(other.person)
			: [];
	});
	const wrong = articlePeople(article)
		.filter((p) => !nameWords(p).some((w) => own.has(w) || [...own].some((o) => w.includes(o))))
		.filter((p) => nameWords(p).some((w) => peers.includes(w)))
		.filter((p) => !creditedWith(p, deed, article));
	// The names nearest the key's length first: the key is then not the longest by rule.
	return nearestInLength(wrong, answer).slice(0, 3);
}

/** True when a sentence names the person with the deed's thing (its longest word). */
function creditedWith(person: string, deed: Deed, article: ArticleView): boolean {
	const own = nameWords(person);
	const key = deed.object
		.split(/\s+/u)
		.map((w) => fold(w).replace(/[^\p{L}\d-]/gu, ''))
		.sort((a, b) => b.length - a.length)[0];
	if (!key) return false;
	return article.sentences.some((s) => {
		const folded = ` ${fold(s.text).replace(/[^\p{L}\d\s-]/gu, ' ')} `;
		return own.some((w) => folded.includes(` ${w} `)) && folded.includes(key);
	});
}

/** The person as the article names them most fully ("Haber" → "Fritz Haber"). */
function fullName(person: string, article: ArticleView): string {
	if (person.split(/\s+/u).length >= 2) return person;
	const longer = articlePeople(article).find((p) => p.split(/\s+/u).at(-1) === person);
	return longer ?? person;
}

/** True when the person is the article's own subject (a life's "Marie Curie", "Humboldt"). */
function isSubject(person: string, article: ArticleView): boolean {
	const name = lifeName(article);
	if (!name) return false;
	const words = nameWords(name);
	return nameWords(person).some((w) => words.includes(w));
}

/** The deed idea of one sentence, or undefined. */
export function deedIdea(sentence: Sentence, article: ArticleView): Idea | undefined {
	const text = subjectText(sentence, article);
	const deed = deedOf(text.split(/;\s+/u)[0]);
	if (!deed || !askable(deed) || !personName(deed.person, article)) return undefined;
	// "Chancellor of the Exchequer Charles Townshend introduced …": the name read began inside a
	// title, so the key would be "Exchequer Charles Townshend" (blind review H2 S18).
	if (
		new RegExp(String.raw`\bof\s+(?:the\s+)?${escapeRegExp(deed.person)}`, 'u').test(sentence.text)
	)
		return undefined;
	// "wrote that …" reports a claim, not a deed.
	if (deed.verb === 'wrote' && /^that\s/u.test(deed.object)) return undefined;
	// The clause the question asks, as the readability checks read it ("studied the event and
	// suggested …" is asked by its second verb alone).
	const clause = `${deed.person} ${deed.verb} ${deed.object}.`;
	const answer = fullName(deed.person, article);
	const base = DEEDS[deed.verb];
	const start = Math.max(0, sentence.text.indexOf(deed.person));
	if (isSubject(answer, article)) {
		// The other way: one short noun phrase, the only thing the text says the subject did so.
		const short = deed.object.split(/\s+/u).length <= 8;
		const noun = /^(?:a|an|the)\s|^\p{Lu}/u.test(deed.object);
		const once =
			article.sentences.filter((s) => {
				const other = deedOf(subjectText(s, article).split(/;\s+/u)[0]);
				return other?.verb === deed.verb && isSubject(other.person, article);
			}).length === 1;
		if (deed.cut || !short || !noun || !once) return undefined;
		return {
			kind: 'deed',
			sentence,
			type: 'short',
			prompt: `What did ${answer} ${base}?`,
			answer: deed.object,
			span: deed.object,
			start: Math.max(0, sentence.text.indexOf(deed.object)),
			context: clause,
			weight: 1
		};
	}
	const distractors = otherPeople(deed, answer, article);
	const surname = answer.split(/\s+/u).at(-1)!;
	return {
		kind: 'deed',
		sentence,
		type: distractors.length === 3 ? 'mcq' : 'short',
		prompt: `Who ${deed.verb} ${deed.object}?`,
		answer,
		...(distractors.length === 3 ? { distractors } : surname !== answer && { accept: [surname] }),
		start,
		context: clause,
		doubt: answer,
		weight: 1
	};
}

/** The deeds of the article, in reading order. */
export function deedIdeas(article: ArticleView): Idea[] {
	// Only a short document (a teacher's handout): an encyclopedia's body deeds were half minor
	// (gen18's strict reading of dev test20–25: "Who led corporate operations?", a critic's words).
	if (!isHandout(article)) return [];
	return article.sentences.flatMap((s) => deedIdea(s, article) ?? []);
}
