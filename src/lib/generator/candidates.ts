import type { Question, QuestionType } from '../content/schema';
import { digitsOf, type Fact, type Lexicon } from './facts';
import type { Sentence } from './text';
import { balanceQuotes, findWhole, fold, hashId, seededOrder } from './text';
import { MONTH_NAMES } from '../content/months';

/** A generated question before checks and review, with what the checks need to know. */
export interface Candidate {
	question: Question;
	fact: Fact;
	/** The values offered as wrong (MCQ distractors, the swapped value of a false statement). */
	distractors: string[];
	score: number;
}

export interface DocInfo {
	id: string;
	/** How an attribution names the article: "According to Balkan Insight, …". */
	short: string;
	year: string;
}

const TOPIC_RULES: [string, RegExp][] = [
	['drones', /\b(drone|drones|UAVs?|TB2|Bayraktar|Skydagger|Baykar)\b/i],
	['KFOR and peacekeeping', /\b(KFOR|peacekeep|NATO|Kosovo Force)/i],
	['recognition of Kosovo', /\brecogni[sz]/i],
	[
		'economy and trade',
		/\b(trade|firms?|invest\w*|companies|economic|economy|factor(y|ies)|highway|airport|shares|banking)\b/i
	],
	['energy', /\b(gas|energy|power supplier|electricity)\b/i],
	['history', /\b(Ottoman|Milošević|Yugoslav\w*|199\d|19[0-8]\d|war|genocide)\b/i],
	[
		'Resolution 1244 and law',
		/\b(Resolution|UN Charter|U\.N\. Charter|international law|illegal)\b/i
	],
	['defence cooperation', /\b(defen[cs]e|military|weapons|arms|rocket|ammunition|troops?)\b/i],
	['Cyprus', /\bCypr(us|iot)/i],
	['coup attempt of 2016', /\bcoup\b/i],
	['domestic politics', /\b(protests?|elections?|voters|opposition)\b/i]
];

export function topicsOf(text: string, section: string): string[] {
	const topics = TOPIC_RULES.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
	if (/Kosovo|Pristina|Kurti|Osmani|Thaci/.test(text) && /Turk|Ankara|Erdo/.test(text))
		topics.push('Turkey–Kosovo relations');
	if (/Serb|Belgrade|Vu[cč]i[cć]/.test(text) && /Turk|Ankara|Erdo/.test(text))
		topics.push('Turkey–Serbia relations');
	if (!topics.length) topics.push(section || 'background');
	return topics.slice(0, 4);
}

function blank(text: string, start: number, answer: string): string {
	return `${text.slice(0, start)}____${text.slice(start + answer.length)}`;
}

function swap(text: string, start: number, answer: string, value: string): string {
	return `${text.slice(0, start)}${value}${text.slice(start + answer.length)}`;
}

function yearDistractors(year: number, seed: string, banned: Set<string>): string[] {
	const offsets = seededOrder([-4, -3, -2, -1, 1, 2, 3, 4, 5, -5], seed);
	const out: string[] = [];
	for (const offset of offsets) {
		const value = String(year + offset);
		if (!banned.has(value) && Number(value) <= 2026) out.push(value);
		if (out.length === 3) break;
	}
	return out;
}

function formatLike(original: string, value: number): string {
	const decimals = /\.(\d+)/.exec(original)?.[1].length ?? 0;
	const fixed = value.toFixed(decimals);
	if (!original.includes(',')) return fixed;
	const [whole, fraction] = fixed.split('.');
	return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
}

function numberDistractors(answer: string, seed: string, lexicon: Lexicon): string[] {
	const match = /^(US\$|\$|EUR\s|€)?([\d,]+(?:\.\d+)?)(.*)$/.exec(answer);
	if (!match) return [];
	const [, currency = '', digits, rest] = match;
	const value = Number(digits.replace(/,/g, ''));
	if (/%|percent/.test(rest)) {
		// Shares stay shares: nearby values between 1 and 99, never 180%.
		const options = seededOrder([-40, -30, -20, -10, 10, 20, 30], seed)
			.map((offset) => value + offset)
			.filter((next) => next > 0 && next < 100 && next !== value);
		return options.slice(0, 3).map((next) => `${next}${rest}`);
	}
	const factors = seededOrder([0.5, 0.6, 0.75, 1.5, 2, 2.5, 3, 4], seed);
	const out: string[] = [];
	for (const factor of factors) {
		let next = value * factor;
		const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(next)) - 1);
		next = digits.includes('.')
			? Math.round(next * 10) / 10
			: Math.round(next / magnitude) * magnitude;
		if (next === value || next <= 0) continue;
		const text = `${currency}${formatLike(digits, next)}${rest}`;
		if (out.includes(text)) continue;
		// A figure printed anywhere in the corpus may be true there: never offer it as wrong.
		if (lexicon.corpusNumbers.has(digitsOf(formatLike(digits, next)))) continue;
		out.push(text);
		if (out.length === 3) break;
	}
	return out;
}

function dateDistractors(answer: string, seed: string): string[] {
	const dayFirst = /^(\d{1,2})\s+(\w+)(.*)$/.exec(answer);
	const monthFirst = /^(\w+)\s+(\d{1,2})(.*)$/.exec(answer);
	const out = new Set<string>();
	const shifts = seededOrder(
		[
			[3, 0],
			[-5, 1],
			[7, -1],
			[0, 2],
			[-2, -2],
			[10, 1]
		] as [number, number][],
		seed
	);
	for (const [dayShift, monthShift] of shifts) {
		const day = Number(dayFirst?.[1] ?? monthFirst?.[2]);
		const month = (MONTH_NAMES as readonly string[]).indexOf(
			dayFirst?.[2] ?? monthFirst?.[1] ?? ''
		);
		if (month < 0) return [];
		const newDay = Math.min(28, Math.max(1, day + dayShift));
		const newMonth = MONTH_NAMES[(month + monthShift + 12) % 12];
		const text = dayFirst
			? `${newDay} ${newMonth}${dayFirst[3]}`
			: `${newMonth} ${newDay}${monthFirst?.[3] ?? ''}`;
		if (text !== answer) out.add(text);
		if (out.size === 3) break;
	}
	return [...out];
}

/** Distractors of the same fine type, none of them named in the cited sentence. */
export function distractorsFor(
	fact: Fact,
	pools: Map<string, string[]>,
	lexicon: Lexicon
): string[] {
	const seed = `${fact.sentence.doc}|${fact.identity}|${fact.sentence.text}`;
	const inSentence = (value: string) => fold(fact.sentence.text).includes(fold(value));
	if (fact.kind === 'year') {
		const banned = new Set(fact.sentence.text.match(/\b\d{4}\b/g) ?? []);
		return yearDistractors(Number(fact.answer), seed, banned);
	}
	if (fact.kind === 'number') return numberDistractors(fact.answer, seed, lexicon);
	if (fact.kind === 'date') return dateDistractors(fact.answer, seed);
	const pool = pools.get(fact.fine) ?? [];
	const out: string[] = [];
	for (const value of seededOrder(pool, seed)) {
		if (fold(value) === fold(fact.answer) || inSentence(value)) continue;
		if (
			(fact.fine === 'person' || fact.fine === 'surname') &&
			lexicon.personByAlias.get(fold(value)) === fact.identity
		)
			continue;
		if (out.some((v) => fold(v) === fold(value))) continue;
		out.push(value);
		if (out.length === 3) break;
	}
	return out;
}

export function buildPools(facts: Fact[], lexicon: Lexicon): Map<string, string[]> {
	const pools = new Map<string, Set<string>>();
	const add = (fine: string, value: string) => {
		const set = pools.get(fine) ?? new Set<string>();
		set.add(value);
		pools.set(fine, set);
	};
	for (const person of lexicon.people.values()) {
		if (person.forms[0]) add('person', person.forms[0]);
		add('surname', person.forms[0]?.split(/\s+/).pop() ?? person.surname);
	}
	for (const place of lexicon.places.values()) add(place.fine, place.name);
	for (const fact of facts)
		if (!['person', 'year', 'number', 'date', 'quote', 'role'].includes(fact.kind))
			add(fact.fine, fact.answer);
	return new Map([...pools].map(([fine, set]) => [fine, [...set].sort()]));
}

const BASE_SCORE: Record<Fact['kind'], number> = {
	role: 0.9,
	acronym: 0.85,
	year: 0.8,
	date: 0.8,
	quote: 0.75,
	number: 0.75,
	person: 0.7,
	definition: 0.7,
	term: 0.6,
	org: 0.6,
	place: 0.45
};

function scoreOf(fact: Fact, type: QuestionType): number {
	const wordCount = fact.sentence.text.split(/\s+/).length;
	let score = BASE_SCORE[fact.kind];
	if (wordCount > 40) score -= 0.15;
	if (wordCount < 8) score -= 0.1;
	if (
		/^(It|This|These|That|He|She|They|His|Her|Their|Its|Such|The scenario|The incident|The operation)\b/.test(
			fact.sentence.text
		)
	)
		score -= 0.25;
	if (type === 'flashcard' || type === 'short') score += 0.05;
	return Math.round(score * 100) / 100;
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function attribution(fact: Fact, doc: DocInfo): string {
	return fact.kind === 'number' ? `According to ${doc.short}: ` : '';
}

/** Every candidate question one fact supports. */
export function candidatesFor(
	fact: Fact,
	doc: DocInfo,
	pools: Map<string, string[]>,
	lexicon: Lexicon
): Candidate[] {
	const out: Candidate[] = [];
	const { sentence } = fact;
	const text = sentence.text;
	const topics = topicsOf(text, sentence.section);
	// An acronym's expansion is one fact wherever it is spelt out, so its clozes in every
	// article and its flashcard share one key; other facts are keyed by their sentence.
	const factKey =
		fact.kind === 'acronym'
			? `acronym-${hashId(fact.identity, 8)}`
			: `${doc.id}-${fact.kind}-${hashId(`${fact.identity}|${text}`, 8)}`;
	const make = (
		type: QuestionType,
		variant: string,
		fields: Partial<Question> & Pick<Question, 'prompt' | 'answer' | 'explanation'>,
		distractors: string[] = [],
		difficulty: 1 | 2 | 3 = 2,
		key = factKey
	) => {
		const id = `g-${doc.id}-${type}-${hashId(`${doc.id}|${fact.identity}|${text}|${type}|${variant}`, 8)}`;
		out.push({
			question: {
				id,
				type,
				source: { doc: doc.id, quote: text },
				fact: key,
				topics,
				difficulty,
				origin: 'generated',
				...fields
			},
			fact,
			distractors,
			score: scoreOf(fact, type)
		});
	};
	const says = `${capitalize(doc.short)} says: “${text}”`;
	const distractors = distractorsFor(fact, pools, lexicon);
	const prefix = attribution(fact, doc);
	const hard: 1 | 2 | 3 = fact.kind === 'number' || fact.kind === 'date' ? 3 : 2;

	if (fact.start >= 0 && fact.kind !== 'definition') {
		make(
			'cloze',
			'',
			{
				prompt: prefix + balanceQuotes(blank(text, fact.start, fact.answer)),
				answer: fact.answer,
				accept: fact.accept.length ? fact.accept : undefined,
				explanation: says
			},
			[],
			hard
		);
		// No multiple choice for an expansion printed beside its acronym: the initials give it away.
		if (distractors.length === 3 && fact.fine !== 'resolution' && fact.kind !== 'acronym') {
			const choices =
				fact.kind === 'year'
					? [fact.answer, ...distractors].sort()
					: seededOrder([fact.answer, ...distractors], factKey);
			make(
				'mcq',
				'',
				{
					prompt: prefix + balanceQuotes(blank(text, fact.start, fact.answer)),
					answer: fact.answer,
					choices,
					explanation: says
				},
				distractors,
				hard
			);
		}
		// A swapped-in name beside a title ("Serbian President Joe Biden") is false at a glance: not worth asking.
		if (distractors.length && ['year', 'number', 'date', 'person', 'place'].includes(fact.kind)) {
			const wrong = distractors[0];
			make(
				'truefalse',
				'false',
				{
					prompt: prefix + balanceQuotes(swap(text, fact.start, fact.answer, wrong)),
					answer: 'false',
					explanation: `False: ${doc.short} gives ${fact.answer}, not ${wrong}. “${text}”`
				},
				[wrong],
				1
			);
		}
	}
	if (fact.kind === 'role' && fact.about) {
		const role = fact.about;
		// The same person in the same role is one fact, whichever article names them.
		const roleKey = `role-${hashId(`${fact.identity}|${fold(role)}`, 8)}`;
		make(
			'flashcard',
			'role',
			{ prompt: fact.answer, answer: capitalize(role), explanation: says },
			[],
			1,
			roleKey
		);
		const descriptive = /^(a|an|the|then|state|director|senior|research)\b/.test(role);
		const prompt = descriptive
			? `Who is ${/^(a|an)\b/.test(role) ? `the person described as ${role}` : role}, according to ${doc.short}?`
			: `Who was ${/[’']s\b|^then/.test(role) ? '' : 'the '}${role} named in ${doc.short}?`;
		make(
			'short',
			'role',
			{ prompt, answer: fact.answer, accept: fact.accept, explanation: says },
			[],
			2,
			roleKey
		);
		if (distractors.length === 3)
			make(
				'mcq',
				'role',
				{
					prompt,
					answer: fact.answer,
					choices: seededOrder([fact.answer, ...distractors], factKey + 'role'),
					explanation: says
				},
				distractors,
				2,
				roleKey
			);
	}
	if ((fact.kind === 'person' || fact.kind === 'role') && fact.start >= 0) {
		const lead = text.slice(0, fact.start);
		const rest = text.slice(fact.start + fact.answer.length);
		const verb = /^\s+([a-z]+ed|said|says|wrote|believes|regards)\b/.exec(rest);
		const leadIsTitle =
			lead === '' ||
			(fact.about !== undefined && lead.trim() === fact.about && /^\p{Lu}/u.test(lead));
		if (verb && leadIsTitle && /[.!]$/.test(text)) {
			// "Which Serbian President…", but "Who, as Kosovo’s President, …" (no "Which Kosovo’s").
			const title = lead.trim();
			const asker = !title ? 'Who' : /[’']s\b/.test(title) ? `Who, as ${title},` : `Which ${title}`;
			make(
				'short',
				'subject',
				{
					prompt: `${asker}${rest.replace(/[.!]$/, '')}?`,
					answer: fact.answer,
					accept: fact.accept,
					explanation: says
				},
				[],
				2
			);
		}
	}
	if (fact.kind === 'acronym' && fact.about) {
		make(
			'flashcard',
			'acronym',
			{ prompt: fact.about, answer: fact.answer, explanation: says },
			[],
			1
		);
		make(
			'short',
			'acronym',
			{ prompt: `What does ${fact.about} stand for?`, answer: fact.answer, explanation: says },
			[],
			2
		);
	}
	if (fact.kind === 'definition' && fact.about) {
		make(
			'flashcard',
			'definition',
			{ prompt: fact.answer, answer: capitalize(fact.about), explanation: says },
			[],
			1
		);
	}
	if (fact.kind === 'quote' && fact.about) {
		const prompt = `Who said: “${fact.about.replace(/[,.]$/, '')}”?`;
		make(
			'short',
			'quote',
			{ prompt, answer: fact.answer, accept: fact.accept, explanation: says },
			[],
			2
		);
		if (distractors.length === 3)
			make(
				'mcq',
				'quote',
				{
					prompt,
					answer: fact.answer,
					choices: seededOrder([fact.answer, ...distractors], factKey),
					explanation: says
				},
				distractors,
				2
			);
	}
	if ((fact.kind === 'year' || fact.kind === 'date') && fact.start >= 0) {
		const lead = /^(?:In|On|By|Since)\s+([^,]+),\s+/.exec(text);
		const pureDate =
			/^(?:(?:late|early|mid-)\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?\d{4}$|^[A-Z][a-z]+ \d{1,2}$|^\d{1,2} [A-Z][a-z]+$/;
		if (
			lead &&
			pureDate.test(lead[1]) &&
			findWhole(lead[1], fact.answer) >= 0 &&
			/[.]$/.test(text) &&
			!/\b\d{4}\b/.test(text.slice(lead[0].length))
		) {
			const event = capitalize(text.slice(lead[0].length).replace(/[.]$/, ''));
			make(
				'flashcard',
				'event',
				{ prompt: `When? ${event}`, answer: lead[1], explanation: says },
				[],
				1
			);
		}
	}
	return out;
}

const CONTEXT_DEPENDENT =
	/^(It|This|These|That|Those|He|She|They|His|Her|Their|Its|Such|Then|Also|But|And|However|Yet|Indeed|Therefore|Nonetheless)\b/;

/** A true statement for a sentence that carries an argument rather than a figure or a name. */
export function statementCandidates(sentence: Sentence, doc: DocInfo): Candidate[] {
	const text = sentence.text;
	const wordCount = text.split(/\s+/).length;
	if (
		wordCount < 12 ||
		wordCount > 45 ||
		CONTEXT_DEPENDENT.test(text) ||
		!/[.]$/.test(text) ||
		/^[“"‘]/.test(text)
	)
		return [];
	const identity = `statement:${hashId(text, 12)}`;
	const fact: Fact = {
		kind: 'term',
		fine: 'statement',
		answer: text,
		start: -1,
		sentence,
		accept: [],
		identity
	};
	const question: Question = {
		id: `g-${doc.id}-truefalse-${hashId(`${doc.id}|${identity}|${text}|truefalse|true`, 8)}`,
		type: 'truefalse',
		prompt: `According to ${doc.short}: ${balanceQuotes(text)}`,
		answer: 'true',
		explanation: `True: this is what ${doc.short} says. “${text}”`,
		source: { doc: doc.id, quote: text },
		fact: `${doc.id}-statement-${hashId(text, 8)}`,
		topics: topicsOf(text, sentence.section),
		difficulty: 1,
		origin: 'generated'
	};
	return [{ question, fact, distractors: [], score: 0.5 }];
}
