import nlp from 'compromise';
import { findWhole, fold, type Sentence } from './text';
import { NO_KNOWLEDGE, type Knowledge } from './knowledge';
import { DEFAULT_ASIDES, passersBy, peripheralSentences } from './centrality';
import type { SalienceMap } from './salience';

/**
 * Corpus-wide lexicons built before facts are read: people and their aliases, places,
 * acronyms, organisations, and every figure printed (so a distractor is never true elsewhere).
 */

export interface Person {
	identity: string;
	/** The forms seen, full names first. */
	forms: string[];
	surname: string;
	/**
	 * True when the forms name different people who share the surname ("Erasmus Darwin",
	 * "Charles Darwin"): neither full name may be accepted for the other, and the surname alone
	 * does not say which one is meant.
	 */
	ambiguous?: boolean;
	/**
	 * False when the surname alone is not accepted for the full name: the corpus never uses it
	 * alone, or it also names a place or an organisation ("Sophia" of "Hagia Sophia",
	 * "Washington"). Absent: accepted. Set by `buildLexicon`.
	 */
	surnameAlone?: false;
}

export interface Lexicon {
	people: Map<string, Person>;
	/** Folded alias (full name or surname) → person identity. */
	personByAlias: Map<string, string>;
	places: Map<string, { name: string; fine: 'country' | 'city' | 'region' }>;
	acronyms: Map<string, string>;
	orgs: Set<string>;
	/** Every figure printed in the corpus (digits only), for "is this distractor true somewhere?" checks. */
	corpusNumbers: Set<string>;
	/** Sentences that are asides of a long article (`centrality.ts`): not asked about. */
	peripheral: Set<string>;
	/** `doc|person identity` of people named only in passing in a long article (`centrality.ts`). */
	passersBy: Set<string>;
	/** Words seen in lower case somewhere in the corpus: a capital on them only opens a sentence. */
	commonWords: Set<string>;
	/** How main each sentence is (`salience.ts`), by `sentenceKey`; set only for drafts no editor reads. */
	salience?: SalienceMap;
}

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{Lu}’'-]*\p{Ll}`;
const NAME = String.raw`(${NAME_WORD}(?:\s${NAME_WORD}){1,2})`;
const TITLE = String.raw`(?:President|Prime Minister|prime minister|Minister|Major General|General|Secretary|leader|cleric|journalist|Dr\.)`;
/** Capitalised English words that never belong to a person's name, whatever the article. */
const GENERIC_NOT_NAME =
	'Accusations Also Although Among Around Because Despite During Early If Late Later Like Most Only Other Others Then Though Today Under Unlike Using Accusations After Age Agency Airport Alliance American Analysts Arab Army As Assembly At Before But By Camp Center Central Centre Charter Chinese Christian Connects Containers Cooperation Council Defence Defense Double Dozens Dynamics East Eastern Election European For Force From Fund Future General Golden Guard Gulf Holdings However Hypocrisy In Institute Interestingly International Ironically Islamic Keep Liberation Major Many Middle Minister Ministry Mosque Muslim National Nations Needless North Northern Notably Officials On Orthodox Party Peace Policymakers Politics President Prime Reading Regional Republic Resolution Response Russian Security Separately Since Some South Southern Stability Standards States Tensions The Ties Union United University War West Western When While Why With Yet';

/** Folded words never part of a name: the generic list plus the corpus's own (knowledge.json). */
function notNames(knowledge: Knowledge): Set<string> {
	return new Set(
		[...GENERIC_NOT_NAME.split(' '), ...knowledge.notNames].map((w) => w.toLowerCase())
	);
}

function looksLikeName(name: string, stop: Set<string>): boolean {
	const parts = name.split(/\s+/);
	return parts.every((part) => !stop.has(part.replace(/[’']s$/, '').toLowerCase()));
}

const SPEECH = String.raw`(?:said|says|explained|declared|stated|wrote|added|announced|accused|hailed|condemned|quipped|believes|claimed|regards|expressed|went|anticipated|reacted)`;

/** Finds full personal names through role, title and speech patterns, and compromise's tagger. */
export function findPeople(
	sentences: Sentence[],
	tagged: TaggedChunk[],
	stop: Set<string> = notNames(NO_KNOWLEDGE)
): Map<string, Person> {
	const people = new Map<string, Person>();
	const add = (raw: string) => {
		const name = raw.replace(/[’']s$/, '').trim();
		if (!looksLikeName(name, stop)) return;
		const parts = name.split(/\s+/);
		const surname = parts[parts.length - 1];
		const identity = fold(surname);
		const person = people.get(identity) ?? { identity, forms: [], surname };
		if (!person.forms.includes(name)) person.forms.push(name);
		const firsts = new Set(
			person.forms.filter((f) => f.includes(' ')).map((f) => f.split(/\s+/)[0])
		);
		if ([...firsts].some((a) => [...firsts].some((b) => !a.startsWith(b) && !b.startsWith(a))))
			person.ambiguous = true;
		person.forms.sort((a, b) => b.split(' ').length - a.split(' ').length || a.localeCompare(b));
		people.set(identity, person);
	};
	const patterns = [
		new RegExp(String.raw`${TITLE}\s+${NAME}`, 'gu'),
		new RegExp(String.raw`${NAME},\s+(?:a|an|the|then|state|director|senior|research)\b`, 'gu'),
		new RegExp(
			String.raw`(?:Minister|President|secretary|Telecommunications|Energy)[^,.]{0,40},\s+${NAME},`,
			'gu'
		),
		new RegExp(String.raw`${NAME}\s+${SPEECH}\b`, 'gu'),
		new RegExp(String.raw`[”,]\s+${SPEECH}\s+(?:Dr\.\s+)?${NAME}`, 'gu'),
		new RegExp(
			String.raw`${NAME}’s\s+(?:Alliance|nickname|comments|outburst|remarks|government|personal|references)`,
			'gu'
		)
	];
	for (const sentence of sentences) {
		for (const pattern of patterns) {
			for (const match of sentence.text.matchAll(pattern)) add(match[1]);
		}
	}
	for (const chunk of tagged) {
		for (const raw of chunk.people) {
			const text = raw.replace(/[,.;:”“"[\]()]+/g, '').trim();
			const bare = text.replace(/^(?:President|Dr\.?|General|Major General|Prime Minister)\s+/, '');
			if (/^\p{Lu}\S+\s\p{Lu}\S+$/u.test(bare)) add(bare);
		}
	}
	const holding = sentencesHolding(sentences);
	for (const [identity, person] of people)
		if (person.forms.some((form) => holding(form).some((s) => writtenAsThing(s.text, form))))
			people.delete(identity);
	return people;
}

/**
 * A lookup of the sentences that may hold `name` as a whole word: those with its first word
 * among theirs (a superset of `findWhole`'s hits; a name opening on no word gets them all).
 * Asking every sentence of a corpus about every name was quadratic: one `generate:file` call
 * over ~960 articles did not finish in 50 minutes while 100 articles took ~25 s.
 */
export function sentencesHolding(sentences: Sentence[]): (name: string) => Sentence[] {
	const byWord = new Map<string, Sentence[]>();
	for (const sentence of sentences)
		for (const word of new Set(sentence.text.split(/[^\p{L}\p{N}]+/u)))
			if (word) {
				const list = byWord.get(word);
				if (list) list.push(sentence);
				else byWord.set(word, [sentence]);
			}
	return (name) => {
		const first = /^[\p{L}\p{N}]+/u.exec(name)?.[0];
		return first ? (byWord.get(first) ?? []) : sentences;
	};
}

/** "moved to Ferrano", "born in Ferrano": a word after these names a place, not a person. */
function writtenAsPlace(text: string, word: string): boolean {
	for (let at = findWhole(text, word); at >= 0; at = findWhole(text, word, at + 1))
		if (/\b(?:in|to|from|at|near|into|towards)\s$/.test(text.slice(0, at))) return true;
	return false;
}

/** What is said of a building, a work or an institution, never of a person. */
const THING_PASSIVE =
	/^\s+(?:is|was|were|are|has been|had been)\s+(?:built|constructed|erected|completed|located|situated|designed|rebuilt|restored|renovated|converted|consecrated|demolished|founded|established|inaugurated)\b/;

/**
 * Whether `text` writes `name` as a thing: "the Hagia Sophia", "Hagia Sophia was built". The
 * tagger takes any two capitalised words with a first name in them for a person (blind check
 * of an outsider's article, 2026-12-01: "Who was built as a cathedral in 537?").
 */
function writtenAsThing(text: string, name: string): boolean {
	for (let at = findWhole(text, name); at >= 0; at = findWhole(text, name, at + 1))
		if (/\bthe\s$/.test(text.slice(0, at)) || THING_PASSIVE.test(text.slice(at + name.length)))
			return true;
	return false;
}

const ACRONYM =
	/((?:\p{Lu}[\p{L}’'-]*|and|of|for|the|to|de|–)(?:\s+(?:\p{Lu}[\p{L}’'-]*|and|of|for|the|to|de|–))*)\s+\(([\p{Lu}İÖÜ]{2,6}s?)\)/gu;
const REVERSE_ACRONYM =
	/\b([\p{Lu}]{2,6})\s+\(((?:\p{Lu}[\p{Ll}]+)(?:\s+(?:to|of|and|for|\p{Lu}[\p{Ll}]+))+)\)/gu;

/** True when the acronym is spelled by a prefix of each word in turn (KFOR: Kosovo FORce). */
function spells(letters: string, parts: string[]): boolean {
	if (!parts.length) return letters.length === 0;
	if (!letters.length) return false;
	const [word, ...rest] = parts;
	for (let n = Math.min(word.length, letters.length); n >= 1; n--) {
		if (word.slice(0, n) === letters.slice(0, n) && spells(letters.slice(n), rest)) return true;
	}
	return false;
}

function initialsMatch(expansion: string[], acronym: string): string[] | undefined {
	const letters = fold(acronym.replace(/s$/, '')).replace(/\s/g, '');
	// Take the shortest tail of the capitalised words that spells the acronym.
	for (let from = expansion.length - 1; from >= 0; from--) {
		const tail = expansion.slice(from);
		if (!/^\p{Lu}/u.test(tail[0]) || tail.length < 2) continue;
		const capitalised = tail.filter((word) => /^\p{Lu}/u.test(word)).map((word) => fold(word));
		if (spells(letters, capitalised)) return tail;
	}
	return undefined;
}

export function findAcronyms(sentences: Sentence[]): Map<string, string> {
	const acronyms = new Map<string, string>();
	for (const { text } of sentences) {
		for (const match of text.matchAll(ACRONYM)) {
			const tail = initialsMatch(match[1].split(/\s+/), match[2]);
			if (tail && !acronyms.has(match[2])) acronyms.set(match[2], tail.join(' '));
		}
		for (const match of text.matchAll(REVERSE_ACRONYM)) {
			const initials = match[2]
				.split(/\s+/)
				.map((w) => w[0].toLowerCase())
				.join('');
			if (fold(match[1]).startsWith(initials.slice(0, 2)) && !acronyms.has(match[1]))
				acronyms.set(match[1], match[2]);
		}
	}
	return acronyms;
}

/** What compromise's tagger finds in a run of sentences: parsed once, used by every lexicon. */
export interface TaggedChunk {
	text: string;
	people: string[];
	places: { text: string; fine: 'country' | 'city' | 'region' }[];
}

/** Sentences per tagger call: large enough to amortise its set-up, small enough to stay linear. */
export const TAG_CHUNK = 40;

/** Tags one chunk of consecutive sentences (at most `TAG_CHUNK`) with compromise. */
export function tagChunk(sentences: Sentence[]): TaggedChunk {
	const text = sentences.map((s) => s.text).join(' ');
	const doc = nlp(text);
	const places: TaggedChunk['places'] = [];
	for (const [tag, fine] of [
		['#Country', 'country'],
		['#City', 'city'],
		['#Region', 'region']
	] as const) {
		for (const term of doc.match(tag).json() as { text: string }[])
			places.push({ text: term.text, fine });
	}
	const people = (doc.people().json() as { text: string }[]).map((p) => p.text);
	return { text, people, places };
}

export function tagChunks(sentences: Sentence[]): TaggedChunk[] {
	const chunks: TaggedChunk[] = [];
	for (let i = 0; i < sentences.length; i += TAG_CHUNK)
		chunks.push(tagChunk(sentences.slice(i, i + TAG_CHUNK)));
	return chunks;
}

function standsAlone(text: string, name: string): boolean {
	for (let at = findWhole(text, name); at >= 0; at = findWhole(text, name, at + 1)) {
		const before = text.slice(Math.max(0, at - 20), at);
		const after = text.slice(at + name.length, at + name.length + 20);
		const compound =
			/\p{Lu}[\p{L}]*\s$/u.test(before) ||
			/^\s\p{Lu}/u.test(after) ||
			/^-/.test(after) ||
			/^\sand\s\p{Lu}/u.test(after) ||
			/\p{Lu}\p{L}+ and $/u.test(before);
		if (!compound) return true;
	}
	return false;
}

export function findPlaces(tagged: TaggedChunk[]): Lexicon['places'] {
	const places: Lexicon['places'] = new Map();
	for (const { text, places: found } of tagged) {
		{
			for (const { text: termText, fine } of found) {
				const name = termText
					.replace(/[,.;:!?”“"()]+/g, '')
					.replace(/[’']s$/, '')
					.trim();
				if (!name || !/^\p{Lu}[\p{L}]+$/u.test(name)) continue;
				// Part of a longer proper name (Costa Rica, United States) wherever it occurs: not a place on its own.
				if (!standsAlone(text, name)) continue;
				if (!places.has(fold(name))) places.set(fold(name), { name, fine });
			}
		}
	}
	return places;
}

const ORG =
	/\b((?:the\s+)?(?:\p{Lu}[\p{L}’'-]+\s+)(?:(?:\p{Lu}[\p{L}’'-]+|and|of|for)\s+){0,5}(?:Agency|Council|Party|Army|Movement|Fund|University|Center|Centre|Corporation|Guard|Holdings|Institute|Ministry|Force))\b/gu;

export function findOrgs(sentences: Sentence[]): Set<string> {
	const orgs = new Set<string>();
	for (const { text } of sentences) {
		for (const match of text.matchAll(ORG)) {
			const name = match[1].replace(/^the\s+/i, '');
			if (name.split(/\s+/).length >= 2 && !/[’']s\s/.test(name)) orgs.add(name);
		}
	}
	return orgs;
}

/** A figure reduced to its digits and decimal point: "3,300" and "3300" are one number. */
export function digitsOf(figure: string): string {
	return figure.replace(/,/g, '').replace(/\.$/, '');
}

/**
 * The corpus lexicon. `tagged` is `tagChunks(sentences)` when the caller tagged the chunks
 * itself (one at a time, to report progress between them).
 */
export function buildLexicon(
	sentences: Sentence[],
	knowledge: Knowledge = NO_KNOWLEDGE,
	tagged: TaggedChunk[] = tagChunks(sentences)
): Lexicon {
	const stop = notNames(knowledge);
	const people = findPeople(sentences, tagged, stop);
	const personByAlias = new Map<string, string>();
	for (const person of people.values()) {
		for (const form of person.forms) personByAlias.set(fold(form), person.identity);
		personByAlias.set(fold(person.surname), person.identity);
	}
	const places = findPlaces(tagged);
	const orgs = findOrgs(sentences);
	const holding = sentencesHolding(sentences);
	for (const person of people.values()) {
		const { surname } = person;
		// "How a person would refer to them": only as the corpus itself does, and never by a
		// word that names something else (a place, part of an organisation's name).
		const namesOther =
			places.has(fold(surname)) ||
			[...orgs].some((org) => findWhole(org, surname) >= 0) ||
			holding(surname).some((s) => writtenAsPlace(s.text, surname));
		if (namesOther || !holding(surname).some((s) => standsAlone(s.text, surname)))
			person.surnameAlone = false;
	}
	for (const alias of personByAlias.keys()) places.delete(alias);
	// A place named in many sentences makes an ambiguous blank (Serbia or Kosovo?): keep the rarer.
	for (const [key, place] of places) {
		const mentions = holding(place.name).filter((s) => findWhole(s.text, place.name) >= 0).length;
		if (mentions > Math.max(3, sentences.length * 0.04) || stop.has(key) || place.name.length < 4)
			places.delete(key);
	}
	return {
		peripheral: peripheralSentences(sentences, knowledge.asides ?? DEFAULT_ASIDES),
		passersBy:
			(knowledge.asides ?? DEFAULT_ASIDES) > 0
				? passersBy(
						sentences,
						new Map([...people.values()].map((p) => [p.identity, [...p.forms, p.surname]]))
					)
				: new Set(),
		people,
		personByAlias,
		places,
		acronyms: findAcronyms(sentences),
		orgs,
		corpusNumbers: new Set(
			sentences.flatMap((s) => (s.text.match(/\d[\d,.]*/g) ?? []).map(digitsOf))
		),
		commonWords: new Set(
			sentences.flatMap((s) => s.text.match(/(?<![\p{L}’'-])\p{Ll}[\p{Ll}’'-]*/gu) ?? [])
		)
	};
}
