import nlp from 'compromise';
import { findWhole, fold, type Sentence } from './text';
import { MONTH_NAMES } from '../content/months';

/**
 * Fact extraction: each fact is one answer-bearing span of one sentence, with its fine type
 * (a year, a person, a country, an amount in euros…) so distractors can be drawn of the same
 * kind. Corpus-wide lexicons (people and their aliases, places, acronyms) are built first.
 */

export type FactKind =
	| 'year'
	| 'date'
	| 'number'
	| 'person'
	| 'role'
	| 'place'
	| 'org'
	| 'acronym'
	| 'quote'
	| 'term'
	| 'definition';

export interface Fact {
	kind: FactKind;
	/** Fine type for distractors: `year`, `country`, `city`, `person`, `money:EUR`, `count:soldiers`… */
	fine: string;
	/** The answer exactly as it appears in the sentence. */
	answer: string;
	/** Where the answer sits in the sentence (the blank for cloze, the swap for true/false). */
	start: number;
	sentence: Sentence;
	/** Other forms that count as right. */
	accept: string[];
	/** Kind-specific context: the role of a person, the expansion of an acronym, the speaker. */
	about?: string;
	/** The identity of the answer across the corpus (aliases fold together). */
	identity: string;
}

export interface Person {
	identity: string;
	/** The forms seen, full names first. */
	forms: string[];
	surname: string;
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
}

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{Lu}’'-]*\p{Ll}`;
const NAME = String.raw`(${NAME_WORD}(?:\s${NAME_WORD}){1,2})`;
const TITLE = String.raw`(?:President|Prime Minister|prime minister|Minister|Major General|General|Secretary|leader|cleric|journalist|Dr\.)`;
const NOT_NAME = new Set(
	[
		'The',
		'In',
		'On',
		'At',
		'As',
		'By',
		'For',
		'With',
		'From',
		'After',
		'Before',
		'Since',
		'When',
		'While',
		'Western',
		'Eastern',
		'Balkans',
		'Balkan',
		'Ottoman',
		'Empire',
		'Turkish',
		'Serbian',
		'Kosovo',
		'Serbia',
		'Turkey',
		'Turkiye',
		'Türkiye',
		'Ankara',
		'Belgrade',
		'Pristina',
		'Security',
		'Council',
		'Resolution',
		'International',
		'Airport',
		'Mosque',
		'University',
		'Center',
		'Centre',
		'Force',
		'Party',
		'Army',
		'National',
		'Republic',
		'Minister',
		'President',
		'General',
		'Prime',
		'Major',
		'European',
		'Union',
		'United',
		'Nations',
		'States',
		'Defense',
		'Defence',
		'Ministry',
		'Holdings',
		'Fund',
		'Institute',
		'Agency',
		'Cooperation',
		'Northern',
		'Southern',
		'Central',
		'Middle',
		'East',
		'Liberation',
		'Alliance',
		'Future',
		'Charter',
		'Assembly',
		'Guard',
		'Interconnector',
		'Golden',
		'Age',
		'War',
		'Insight',
		'Kosovar',
		'Muslim',
		'Orthodox',
		'Christian',
		'Albanian',
		'Albanians',
		'Serbs',
		'Bosniaks',
		'Greek',
		'Cypriot',
		'Cypriots',
		'Chinese',
		'Russian',
		'American',
		'Islamic',
		'Quranic',
		'Gulf',
		'Camp',
		'Skydagger',
		'Bayraktar',
		'Tamnava',
		'Dozens',
		'Containers',
		'Analysts',
		'Accusations',
		'Ironically',
		'Notably',
		'Interestingly',
		'Separately',
		'Needless',
		'However',
		'Yet',
		'But',
		'Many',
		'Some',
		'Officials',
		'Policymakers',
		'Election',
		'Tensions',
		'Regional',
		'Politics',
		'Response',
		'Dynamics',
		'Double',
		'Standards',
		'Hypocrisy',
		'Arab',
		'West',
		'East',
		'North',
		'South',
		'Why',
		'Serbo',
		'Peace',
		'Stability',
		'Connects',
		'Ties',
		'Keep',
		'Reading'
	].map((w) => w.toLowerCase())
);

function looksLikeName(name: string): boolean {
	const parts = name.split(/\s+/);
	return parts.every((part) => !NOT_NAME.has(part.replace(/[’']s$/, '').toLowerCase()));
}

const SPEECH = String.raw`(?:said|says|explained|declared|stated|wrote|added|announced|accused|hailed|condemned|quipped|believes|claimed|regards|expressed|went|anticipated|reacted)`;

/** Finds full personal names through role, title and speech patterns, and compromise's tagger. */
export function findPeople(sentences: Sentence[], tagged: TaggedChunk[]): Map<string, Person> {
	const people = new Map<string, Person>();
	const add = (raw: string) => {
		const name = raw.replace(/[’']s$/, '').trim();
		if (!looksLikeName(name)) return;
		const parts = name.split(/\s+/);
		const surname = parts[parts.length - 1];
		const identity = fold(surname);
		const person = people.get(identity) ?? { identity, forms: [], surname };
		if (!person.forms.includes(name)) person.forms.push(name);
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
	return people;
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
const CHUNK = 40;

export function tagChunks(sentences: Sentence[]): TaggedChunk[] {
	const chunks: TaggedChunk[] = [];
	for (let i = 0; i < sentences.length; i += CHUNK) {
		const text = sentences
			.slice(i, i + CHUNK)
			.map((s) => s.text)
			.join(' ');
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
		chunks.push({ text, people, places });
	}
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

export function buildLexicon(sentences: Sentence[]): Lexicon {
	const tagged = tagChunks(sentences);
	const people = findPeople(sentences, tagged);
	const personByAlias = new Map<string, string>();
	for (const person of people.values()) {
		for (const form of person.forms) personByAlias.set(fold(form), person.identity);
		personByAlias.set(fold(person.surname), person.identity);
	}
	const places = findPlaces(tagged);
	for (const alias of personByAlias.keys()) places.delete(alias);
	// A place named in many sentences makes an ambiguous blank (Serbia or Kosovo?): keep the rarer.
	for (const [key, place] of places) {
		const mentions = sentences.filter((s) => findWhole(s.text, place.name) >= 0).length;
		if (
			mentions > Math.max(3, sentences.length * 0.04) ||
			NOT_NAME.has(key) ||
			place.name.length < 4
		)
			places.delete(key);
	}
	return {
		people,
		personByAlias,
		places,
		acronyms: findAcronyms(sentences),
		orgs: findOrgs(sentences),
		corpusNumbers: new Set(
			sentences.flatMap((s) => (s.text.match(/\d[\d,.]*/g) ?? []).map(digitsOf))
		)
	};
}

const YEAR = /\b(1[89]\d\d|20[0-4]\d)\b(?![-–]\d)/g;
const MONTHS = MONTH_NAMES.join('|');
const DAY_MONTH = new RegExp(
	String.raw`\b(?:(\d{1,2})\s+(${MONTHS})|(${MONTHS})\s+(\d{1,2})(?!\d))(?:,?\s+(\d{4}))?\b`,
	'g'
);
const AMOUNT =
	/(?:(US\$|\$|EUR\s|€))?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s(?:million|billion))?(\spercent|%)?(?:\s+((?:[\p{Ll}-]+|Turkish(?:-[\p{Ll}]+)?|Albanians)(?:\s[\p{Ll}-]+)?))?/gu;
const UNIT_STOP = new Set([
	'of',
	'and',
	'in',
	'the',
	'to',
	'that',
	'from',
	'for',
	'on',
	'at',
	'by',
	'with',
	'worldwide',
	'is',
	'was',
	'were',
	'are',
	'has',
	'which',
	'as',
	'a',
	'an',
	'recognize',
	'operating',
	'ago',
	'including'
]);

function unitOf(words: string | undefined): string | undefined {
	if (!words) return undefined;
	const parts = words.split(/\s+/);
	const kept: string[] = [];
	for (const part of parts) {
		if (UNIT_STOP.has(part)) break;
		kept.push(part);
	}
	return kept.length ? kept.join(' ') : undefined;
}

/** All facts in one sentence. */
export function factsOf(sentence: Sentence, lexicon: Lexicon): Fact[] {
	const facts: Fact[] = [];
	const text = sentence.text;
	const taken: [number, number][] = [];
	const overlaps = (start: number, end: number) => taken.some(([a, b]) => start < b && end > a);
	const push = (fact: Omit<Fact, 'sentence'>) => {
		const end = fact.start + fact.answer.length;
		if (overlaps(fact.start, end)) return;
		taken.push([fact.start, end]);
		facts.push({ ...fact, sentence });
	};

	// Quotes first: spans inside quotation marks are not blanked by other extractors.
	for (const match of text.matchAll(/“([^”]+)”/g)) {
		const inner = match[1].replace(/[.,]$/, '');
		const wordCount = inner.split(/\s+/).length;
		const start = match.index + 1;
		if (wordCount <= 5 && /\p{L}/u.test(inner)) {
			push({ kind: 'term', fine: 'term', answer: inner, start, accept: [], identity: fold(inner) });
		} else if (wordCount >= 6) {
			const speaker = speakerOf(text, match.index, match.index + match[0].length, lexicon);
			if (speaker)
				push({
					kind: 'quote',
					fine: 'person',
					answer: speaker.form,
					start: -1 - facts.length,
					accept: speaker.accept,
					about: match[1],
					identity: speaker.identity
				});
			taken.push([match.index, match.index + match[0].length]);
		}
	}

	for (const match of text.matchAll(DAY_MONTH)) {
		push({
			kind: 'date',
			fine: match[5] ? 'date:full' : 'date:day',
			answer: match[0],
			start: match.index,
			accept: [],
			identity: fold(match[0])
		});
	}
	for (const match of text.matchAll(YEAR)) {
		if (/(?:Resolution|resolution)\s+$/.test(text.slice(0, match.index))) continue;
		push({
			kind: 'year',
			fine: 'year',
			answer: match[1],
			start: match.index,
			accept: [],
			identity: match[1]
		});
	}
	for (const match of text.matchAll(
		/\b(?:UN |U\.N\. |UN Security Council |U\.N\. Security Council )?Resolution (\d{3,4})\b/g
	)) {
		const start = match.index + match[0].length - match[1].length;
		push({
			kind: 'term',
			fine: 'resolution',
			answer: match[1],
			start,
			accept: [],
			identity: `resolution-${match[1]}`
		});
	}
	for (const match of text.matchAll(AMOUNT)) {
		const [all, currency, digits, scale, percent, after] = match;
		if (/^(?:1[89]\d\d|20[0-4]\d)$/.test(digits) && !currency) continue;
		if (
			/\d[-–]$/.test(text.slice(0, match.index)) ||
			/^[-–]\d/.test(text.slice(match.index + all.length))
		)
			continue;
		const unit = percent ? 'percent' : unitOf(after);
		const fine = currency
			? `money:${currency.trim().replace('US$', 'USD').replace('$', 'USD').replace('€', 'EUR')}`
			: unit
				? `count:${unit}`
				: undefined;
		if (!fine) continue;
		if (/(?:Resolution|resolution)\s+$/.test(text.slice(0, match.index))) continue;
		const answer = `${currency ?? ''}${digits}${scale ?? ''}${percent ?? ''}`;
		const numberValue = Number(digits.replace(/,/g, ''));
		if (!currency && !scale && numberValue < 5) continue;
		push({
			kind: 'number',
			fine,
			answer,
			start: match.index,
			accept: answer.includes(',') ? [answer.replace(/,/g, '')] : [],
			about: unit,
			identity: `${fine}:${fold(answer)}`
		});
	}
	for (const [acronym, expansion] of lexicon.acronyms) {
		const at = findWhole(text, expansion);
		if (at >= 0 && text.slice(at + expansion.length).startsWith(` (${acronym})`))
			push({
				kind: 'acronym',
				fine: 'acronym',
				answer: expansion,
				start: at,
				accept: [],
				about: acronym,
				identity: fold(acronym)
			});
	}
	for (const person of lexicon.people.values()) {
		let found = false;
		for (const form of person.forms) {
			const at = findWhole(text, form);
			if (at < 0) continue;
			const role = roleOf(text, form, at);
			if (role)
				push({
					kind: 'role',
					fine: 'person',
					answer: form,
					start: at,
					accept: acceptFor(person, form),
					about: role,
					identity: person.identity
				});
			else
				push({
					kind: 'person',
					fine: 'person',
					answer: form,
					start: at,
					accept: acceptFor(person, form),
					identity: person.identity
				});
			found = true;
			break;
		}
		if (found) continue;
		// A surname alone ("Vucic expressed interest…") is asked as a surname.
		for (const alias of new Set(person.forms.map((f) => f.split(/\s+/).pop() ?? f))) {
			const at = findWhole(text, alias);
			if (
				at >= 0 &&
				!/^[’']s\b/.test(text.slice(at + alias.length)) &&
				!/^[-–]/.test(text.slice(at + alias.length))
			) {
				push({
					kind: 'person',
					fine: 'surname',
					answer: alias,
					start: at,
					accept: [...person.forms],
					identity: person.identity
				});
				break;
			}
		}
	}
	for (const org of lexicon.orgs) {
		const at = findWhole(text, org);
		if (at >= 0)
			push({ kind: 'org', fine: 'org', answer: org, start: at, accept: [], identity: fold(org) });
	}
	for (const place of lexicon.places.values()) {
		const at = findWhole(text, place.name);
		if (at >= 0 && findWhole(text, place.name, at + 1) < 0)
			push({
				kind: 'place',
				fine: place.fine,
				answer: place.name,
				start: at,
				accept: [],
				identity: fold(place.name)
			});
	}
	const definition = /\b((?:\p{Lu}[\p{L}-]+\s?){1,4}) \((a|an) ([^)]{4,60})\)/u.exec(text);
	if (definition) {
		push({
			kind: 'definition',
			fine: 'definition',
			answer: definition[1].trim(),
			start: definition.index,
			accept: [],
			about: `${definition[2]} ${definition[3]}`,
			identity: fold(definition[1])
		});
	}
	return facts.sort((a, b) => a.start - b.start);
}

function acceptFor(person: Person, form: string): string[] {
	return [...new Set([...person.forms, person.surname])].filter((f) => f !== form);
}

/** The role a sentence gives a person, if it names one right beside the name. */
export function roleOf(text: string, name: string, at: number): string | undefined {
	const before = text.slice(0, at);
	const after = text.slice(at + name.length);
	const appositive =
		/^,\s+((?:a|an|the|then|state|director|senior|research)\b[^,.;“”]{3,90}?)(?:,|\.(?:\s|$)|\s+(?:said|explained|believes|wrote))/u.exec(
			after
		);
	if (appositive) return appositive[1].trim();
	const leading =
		/((?:(?:\p{Lu}[\p{L}’'-]*|then-\p{Lu}[\p{L}]*|acting|then|of|and|Trade,|Tourism)\s+){0,5}?(?:then-)?(?:President|Prime Minister|prime minister|Minister of [\p{L} ,]+?|Major General|Secretary))(?:,)?\s+$/u.exec(
			before
		);
	if (leading) {
		const role = leading[1].replace(/,$/, '').trim();
		if (role.split(/\s+/).length >= 2) return role;
	}
	return undefined;
}

function speakerOf(
	text: string,
	quoteStart: number,
	quoteEnd: number,
	lexicon: Lexicon
): { form: string; identity: string; accept: string[] } | undefined {
	// The speaker is the person named nearest the quotation, outside it.
	let best: { distance: number; person: Person } | undefined;
	for (const person of lexicon.people.values()) {
		for (const form of [...person.forms, person.surname]) {
			for (let at = findWhole(text, form); at >= 0; at = findWhole(text, form, at + 1)) {
				if (at >= quoteStart && at < quoteEnd) continue;
				const distance = at < quoteStart ? quoteStart - (at + form.length) : at - quoteEnd;
				if (!best || distance < best.distance) best = { distance, person };
			}
		}
	}
	if (!best || best.distance > 60) return undefined;
	const full = best.person.forms[0] ?? best.person.surname;
	return { form: full, identity: best.person.identity, accept: acceptFor(best.person, full) };
}
