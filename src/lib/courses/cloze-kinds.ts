import type { Fact, Lexicon } from '$lib/generator/facts';
import type { DocumentFacts } from './cloze-suggest';
import { fold, type Sentence } from '$lib/generator/text';

/**
 * What kind of thing a capitalised name is in one document, read from the words around its
 * mentions, for wrong choices of the same kind (issue 12, outsider: "Princess Alice", a ship,
 * and "Abbey Mills", a pumping station, were offered as people; "Queen Victoria" for a
 * contractor). The tagger reads any two capitalised words as a person; these words around them
 * say otherwise. Precise over complete: a name with no telling word keeps the tagger's kind.
 */
export type NameKind = 'person' | 'titled' | 'place' | 'thing';

/** A vessel or vehicle noun before the name: "the pleasure steamer Princess Alice". */
const THING_BEFORE =
	/\b(?:steamer|ship|vessel|boat|liner|yacht|ferry|frigate|warship|locomotive|engine|train|HMS|SS|RMS)\s+$/u;
/** A preposition of place before the name, or before a list it is in: "at Deptford, Abbey Mills". */
const PLACE_BEFORE =
	/\b(?:at|in|near|into|across|outside|inside)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*,\s+)*(?:and\s+)?$/u;
/** A rank or royal title that is part of the name: "Queen Victoria" is no contractor's rival. */
export const TITLE =
	/^(?:Queen|King|Prince|Princess|Emperor|Empress|Pope|Lord|Lady|Duke|Duchess|Tsar)\s/u;

/**
 * The kind of `name` in `sentences` (the document's body): 'thing' when a mention follows a
 * vessel noun, 'place' when one follows a preposition of place, 'titled' for a royal or noble
 * title, else 'person' (the tagger's reading kept).
 */
export function nameKind(name: string, sentences: readonly Sentence[]): NameKind {
	let place = false;
	for (const { text } of sentences) {
		for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			const before = text.slice(Math.max(0, at - 80), at);
			if (THING_BEFORE.test(before)) return 'thing';
			if (PLACE_BEFORE.test(before)) place = true;
		}
	}
	if (place) return 'place';
	return TITLE.test(name) ? 'titled' : 'person';
}

/**
 * Wrong choices for a person of kind `kind` (`nameKind`): `values` kept in order when they are
 * people of the same kind in `sentences`, one never named in `sentence` (the question's own).
 */
export function samePersonKind(
	values: readonly string[],
	kind: NameKind,
	sentences: readonly Sentence[],
	sentence: string
): string[] {
	const own = fold(sentence);
	return values.filter((v) => nameKind(v, sentences) === kind && !own.includes(fold(v)));
}

/**
 * The places `sentences` name after a preposition of place ("in Soho", "at Deptford, Abbey Mills
 * and Crossness"), with the lexicon's places, none named in `sentence`, in reading order. A
 * month or a person the lexicon knows is no place.
 */
export function documentPlaces(
	sentences: readonly Sentence[],
	lexicon: Lexicon,
	sentence: string
): string[] {
	const found = new Map<string, string>();
	const name = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;
	for (const { text } of sentences)
		for (const match of text.matchAll(name)) {
			const value = match[0];
			const before = text.slice(Math.max(0, match.index - 80), match.index);
			if (!PLACE_BEFORE.test(before) || MONTH.test(value) || /^The\s/u.test(value)) continue;
			if (lexicon.personByAlias.has(fold(value))) continue;
			if (!found.has(fold(value))) found.set(fold(value), value);
		}
	const own = fold(sentence);
	return [...found.values()].filter((v) => !own.includes(fold(v)));
}

const MONTH =
	/^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

/** A span of a sentence to blank, with its kind in words ("a year", "a name"). */
export interface BlankSpan {
	start: number;
	end: number;
	kind: string;
}

const MONTH_ALONE =
	/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/**
 * English words capitalised only because they open a sentence: prepositions, determiners,
 * pronouns, conjunctions and adverbs of time or order (a closed class; no corpus knowledge).
 * A blank never starts with one (suggest2, outsider teacher: "Today Ashoka", "Every hour she
 * spends" were hidden as "a key term").
 */
export const OPENER =
	/^(?:The|A|An|In|On|At|For|With|Without|Within|After|Before|During|When|While|Whilst|Although|Though|If|As|Since|Despite|Because|Unlike|Like|Over|Under|Through|Throughout|Between|Among|Amid|Across|Along|Against|Beyond|Toward|Towards|Around|About|Near|Into|Onto|Upon|Following|By|From|To|Until|Once|Even|Both|Only|Some|Many|Most|Much|Several|Few|All|Every|Each|Any|No|None|Other|Another|Such|There|Here|Then|Now|Today|Tonight|Yesterday|Tomorrow|Nowadays|Later|Earlier|Soon|Afterwards|Meanwhile|Eventually|Finally|Initially|Originally|Currently|Recently|Still|Also|Yet|So|And|But|Or|Nor|Thus|Hence|However|Therefore|Instead|Using|According|Whether|Where|What|Which|Who|Whose|How|Why|Its|His|Her|Their|Our|My|Your|He|She|They|It|We|You|I|This|That|These|Those|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|First|Second|Third|Last|Next|Early|Late|Nearly|Almost|Perhaps|Unfortunately|Fortunately)$/u;

/** Opening words that may begin a name when a capitalised word follows: "Second Empire". */
const NAME_START =
	/^(?:First|Second|Third|Fourth|Fifth|Last|Next|Early|Late|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/u;

/** Whether `word`, followed by `next`, only opens a sentence (`OPENER`), never a name. */
export function onlyOpens(word: string, next = ''): boolean {
	return OPENER.test(word) && !(NAME_START.test(word) && /^\p{Lu}/u.test(next));
}

/** Filler a sentence opens on, not a term: "A secondary feature is …", "The main reason was …". */
const FILLER =
	/^(?:main|primary|secondary|first|second|third|last|next|other|key|major|minor|important|central|only|same|new|final|chief|principal|common|further|additional|similar|different|one|most|more|biggest|largest|best|greatest)$/iu;

/** Personal and demonstrative pronouns: a blank holding one hides part of a clause, not a term. */
const PRONOUN =
	/\b(?:he|she|it|they|we|you|i|him|her|them|us|me|his|hers|its|their|theirs|our|my|your|this|that|these|those)\b/iu;

/** A verb of being or having: "Helmholtz was sure Hertz" is a clause, not a term. */
const CLAUSE_VERB = /\b(?:is|was|were|are|be|been|has|had|have)\b/u;

/**
 * Capitalised runs inside the sentence ("Thomas Bouch", "Metropolitan Board of Works"): a name
 * the tagger missed. A month alone is no name. A run at the sentence's start counts only after
 * its opening words (`OPENER`: "In Norvania" gives "Norvania", "Today Ostrid Malm" gives
 * "Ostrid Malm"); a run that opens with a name ("Ostrid Malm was …") is not offered, as the first
 * word may be capitalised by the sentence, not by being a name.
 */
export function nameRuns(sentence: string): BlankSpan[] {
	const run = /\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|the\s+|de\s+|von\s+)*\p{Lu}[\p{L}'’-]*)*/gu;
	return [...sentence.matchAll(run)]
		.map((m) => (m.index === 0 ? afterOpeners(m[0]) : { index: m.index, text: m[0] }))
		.filter((m) => m.index > 0 && !MONTH_ALONE.test(m.text) && m.text.length > 1)
		.map((m) => ({ start: m.index, end: m.index + m.text.length, kind: 'a name' }));
}

/** A run at a sentence's start less its opening words; index 0 (none left) when it opens on a name. */
function afterOpeners(run: string): { index: number; text: string } {
	const words = run.split(/(\s+)/u);
	let cut = 0;
	while (cut < words.length && onlyOpens(words[cut], words[cut + 2])) cut += 2;
	if (cut === 0 || cut >= words.length) return { index: 0, text: run };
	const index = words.slice(0, cut).join('').length;
	return { index, text: run.slice(index) };
}

/**
 * Whether `term`, the X of "X is a …" at a sentence's start, is a term a teacher would ask for:
 * a name or a defined idea ("Mercantilism", "The marginal cost", "The Kalby Dam"). Not when it
 * opens with a word that only opens sentences ("Today radio"), holds a pronoun ("Every hour
 * she spends") or a verb ("Helmholtz was sure Hertz"), opens on filler ("A secondary feature"), or is "The" and one lower-case noun ("The participants": whose? it points into
 * the article). At most six words.
 */
export function askableTerm(term: string): boolean {
	const words = term.split(/\s+/u);
	if (words.length > 6 || PRONOUN.test(term) || CLAUSE_VERB.test(term)) return false;
	const [first, ...rest] = /^(?:The|A|An)$/u.test(words[0]) ? words.slice(1) : words;
	if (!first || onlyOpens(first, rest[0]) || onlyOpens(capitalise(first), rest[0])) return false;
	if (FILLER.test(first) && /^\p{Ll}/u.test(first)) return false;
	return !(/^The\s/u.test(term) && rest.length === 0 && /^\p{Ll}/u.test(first));
}

function capitalise(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Words after a name that show it is a noun's modifier only when they are no verb or function word. */
const FUNCTION_AFTER =
	/^(?:is|was|were|are|has|had|have|did|does|do|of|in|on|at|and|or|to|for|with|by|from|that|which|who|whose|as|but|not|never|also|then|would|could|will|can|may|might|should|must)$/u;

/**
 * A one-word name used as a modifier ("the Nazi regime", "a puppet Communist government", "the
 * Hertzian cone", "many Icelandic volcanoes"): the word is an adjective there, and a blank for it asks for a nationality or
 * an eponym, not the idea (suggest2: "Nazi", "Soviet" were hidden as names). `span` is the
 * word's place in `sentence`.
 */
export function modifierName(sentence: string, span: { start: number; end: number }): boolean {
	const word = sentence.slice(span.start, span.end);
	if (!/^\p{Lu}[\p{L}'’-]*$/u.test(word)) return false;
	const before = sentence.slice(0, span.start);
	const next = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(sentence.slice(span.end))?.[1];
	// A quantifier too: "Many ____ volcanoes" hid "Icelandic" (outsider teacher, issue 12).
	const determiner =
		/\b(?:the|a|an|its|his|her|their|this|that|these|those|many|most|some|all|few|several|other|both|each|every|no)\s+(?:\p{Ll}[\p{L}-]*\s+)?$/iu;
	return Boolean(next) && !FUNCTION_AFTER.test(next!) && determiner.test(before);
}

/** The head nouns of a named idea: "the miasma theory", "the germ theory", "Boyle's law". */
const TERM =
	/(?<=\b(?:the|a|an)\s+)(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*\s+(?:theory|hypothesis|law|principle|effect|syndrome|doctrine|paradox|method|process|reaction|cycle)\b/gu;

/** Technical terms of the sentence, by `TERM`. */
export function technicalTerms(sentence: string): BlankSpan[] {
	return [...sentence.matchAll(TERM)]
		.filter((m) => !/^(?:same|other|whole|new|old|first|second|main)\s/u.test(m[0]))
		.map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'a key term' }));
}

/** A name read as a person's by its shape alone: what `morePeople` fills from. */
export function personFact(answer: string, sentence: string): Fact {
	const text: Sentence = { doc: 'w', index: 0, section: '', text: sentence };
	return {
		answer,
		start: sentence.indexOf(answer),
		sentence: text,
		accept: [],
		identity: fold(answer),
		kind: 'person',
		fine: 'person'
	};
}

/**
 * The pools hold a person as the sentences wrote them (a surname alone is its own kind): fill
 * up to three with the document's other people, written as the answer is (full name or surname),
 * none named in the sentence, each of the answer's `kind` (a ship, a place or a queen is no rival).
 */
export function morePeople(
	wrong: string[],
	fact: Fact,
	facts: DocumentFacts,
	kind: NameKind
): string[] {
	const out = [...wrong];
	const surname = fact.fine === 'surname';
	for (const person of facts.lexicon.people.values()) {
		if (out.length >= 3) break;
		const form = surname ? person.surname : (person.forms.at(-1) ?? person.surname);
		const taken = [fact.answer, ...out].some((v) => fold(v) === fold(form));
		if (person.identity === fact.identity || taken) continue;
		if (fold(fact.sentence.text).includes(fold(person.surname))) continue;
		if (nameKind(form, facts.sentences) !== kind) continue;
		out.push(form);
	}
	return out;
}
