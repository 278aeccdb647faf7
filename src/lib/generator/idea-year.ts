import { firstRank, keyApart, keyBreaksPattern, type YearRanks } from './idea-spread';
import { seededOrder } from './text';
import { plausibleWrongYear, recurringEventYear } from './year-plausible';
import { sideEntityYear } from './idea-side';
import type { ArticleView, Idea, IdeaKind } from './ideas';
import { namesSubject, subjectText } from './idea-text';
import { subjectSurface } from './idea-name';
import { unexplainedAcronym } from './idea-faith';
import { fold, words } from './text';
import type { Sentence } from './text';
import { yearBlank } from './year-blank';

/**
 * Kind 5, the year of the article's central event only: the title's battle fought, invention
 * made, company founded, comet discovered, or the subject's own finding published. Asked as a
 * year, never a day and month (U3 S01 failed "27 July 1214" among three dates of 1214), as a
 * choice among years near it when three can be found, else typed. One per article: every
 * other year of it is the year of a minor event (U1, U2: a charter renewal, a report).
 */

/**
 * Verbs of a central event only for a subject of one class: a film is released, a bridge opened,
 * a novel published, a ship commissioned. "A Scanner Darkly was released in 2006" is the film,
 * not the novel the article is about; "The Peter Principle was published in 1969" is a book,
 * not the principle. The class is the lead's noun (`SubjectReference.heads`) or the title's.
 */
const CLASS_EVENT: [verb: RegExp, heads: RegExp][] = [
	[
		/\b(?:was|were)\s+(?:first\s+)?(?:released|premiered)\b/u,
		/^(?:film|movie|album|single|song|game|series|documentary|sitcom|musical|opera|play|ballet)$/u
	],
	[
		/\b(?:was|were)\s+(?:first\s+)?published\b/u,
		/^(?:novel|novella|book|poem|essay|treatise|memoir|magazine|newspaper|journal|comic|manga|story|anthology|dictionary|encyclopedia|atlas)$/u
	],
	[
		/\b(?:was|were)\s+(?:first\s+)?(?:opened|completed|inaugurated)\b/u,
		/^(?:bridge|tunnel|building|railway|canal|dam|station|museum|stadium|church|cathedral|mosque|temple|tower|road|airport|hospital|university|college|school|theatre|theater|park|palace|castle|monument|memorial|library|line)$/u
	],
	[
		/\b(?:was|were)\s+(?:first\s+)?commissioned\b/u,
		/^(?:ship|battleship|battlecruiser|destroyer|cruiser|frigate|submarine|carrier|vessel|warship|corvette|liner|steamship)$/u
	]
];

/** The class event of a sentence whose subject (the words before its verb) names the subject. */
function classEvent(text: string, article: ArticleView): boolean {
	const heads = [titleHead(article.title), ...(article.ref?.heads ?? [])];
	return CLASS_EVENT.some(([verb, kind]) => {
		const at = verb.exec(text);
		if (!at || !heads.some((h) => h && kind.test(h))) return false;
		const before = text.slice(0, at.index);
		return before.split(/\s+/u).length <= 8 && namesSubject(before, article);
	});
}

/** A ranking stated as fact in a prompt: "the first artificial rink", "its largest city". */
export const RANKED_PROMPT =
	/(?:\b(?:the|its|their|his|her)|\p{L}['’]s)\s+(?:first|earliest|oldest|only|largest|biggest|longest|tallest|most|least|best|worst)\b/iu;

/** Verbs of an article's central event. */
const CENTRAL =
	/\b(?:was|were)\s+(?:first\s+)?(?:fought|invented|founded|established|discovered|signed|conducted|formed|created|built|patented|launched|proclaimed)\b|\bpublished\s+(?:his|her|their)\s+(?:findings|results|theory|discovery|work|paper)\b|\b(?:discovered|invented|founded)\b/u;

/** Where one clause of a sentence ends and the next begins. */
const CLAUSE_BREAK = /,\s+|;\s+|\s+(?:and|but|while|whereas|after|before|when)\s+/u;

/**
 * True when the clause that tells a central event (`CENTRAL`) names the subject, or points at it
 * ("the movement"): "Daniel Rutherford discovered nitrogen in 1772 and the pair used the
 * phlogiston theory …" tells another discovery (blind review U13 S04), and "14ymedio is …,
 * founded by Yoani Sánchez in 2014" another body's founding (U12 S08), in articles about the
 * theory and about Cuba's media.
 */
export function centralClause(text: string, article: ArticleView): boolean {
	const event = CENTRAL.exec(text);
	if (!event) return false;
	const start = text.slice(0, event.index).split(CLAUSE_BREAK).at(-1) ?? '';
	const end = text.slice(event.index).split(CLAUSE_BREAK)[0];
	const clause = `${start}${end}`;
	return namesSubject(clause, article) || namedReferents(clause, article) !== clause;
}

/**
 * Words that date a stem by its era: "young men with no prewar training" leaves one wartime
 * year among 1937, 1938, 1941, 1949 (U19 S12, both reviewers). Such a year is typed, not chosen.
 */
const ERA =
	/\b(?:pre-?war|post-?war|inter-?war|war-?time|(?:before|after|during)\s+the\s+(?:\p{Lu}\p{Ll}+\s+)?war|(?:World|Cold|Civil)\s+War|armistice|occupation|invasion|outbreak|mobili[sz]ation|(?:pre|post)-?independence)\b/iu;

/**
 * Words that tie a year to an election's cycle: "the Republican candidate for president … told
 * voters" among 1923, 1926, 1927, 1928 left one election year (blind review H3 S23, both
 * reviewers). Wrong years around the key are not of the same cycle, so the year is typed. "was
 * elected pope" alone is no cycle (dev test22, test23: a conclave's year keeps its choices).
 */
const CYCLE =
	/\b(?:elections?|re-?elected|electoral|candidates?|candidacy|nominees?|presidential|ran\s+for|running\s+mate|voters|(?:election|presidential|political)\s+campaigns?|campaign(?:ed|ing)\s+for)\b/iu;

/** True when a year question's stem tells the era (`ERA`) or the cycle (`CYCLE`) its year falls in. */
export function eraCue(stem: string): boolean {
	return ERA.test(stem) || CYCLE.test(stem);
}

/**
 * Three wrong years around `year` for a four-choice question, drawn from the four nearest free
 * years on each side that are believable (`plausibleWrongYear`: within 5 years, the same century,
 * the same side of a known war); none in `banned` (years the article names: true of another event), none
 * after `cap` (the article's year), nor `cap` itself when `year` is older. The key's rank among
 * the four sorted choices (0 = earliest … 3 = latest) is a stable draw of `seed`, uniform over
 * questions: blind review U16 (both reviewers; A failed all 6) read the key off its position
 * when it was never the earliest or latest (5 of 6 third). When the drawn rank's side lacks
 * years (the article's date, or years the article names), the next rank in the seed's order
 * that fits is taken. Empty when no rank fits: then the year is typed.
 */
export function straddlingYears(
	year: number,
	seed: string,
	banned: ReadonlySet<string>,
	cap: number
): string[] {
	return firstRank(straddlingRanks(year, seed, banned, cap), seed);
}

/**
 * `straddlingYears` at each rank: entry r holds the wrong years that put the key at rank r
 * (0 = earliest) among the four sorted choices, undefined when the side lacks free years or
 * the key would stand apart (`keyApart`). A course balances its keys' ranks from these
 * (`year-rank.ts`).
 */
export function straddlingRanks(
	year: number,
	seed: string,
	banned: ReadonlySet<string>,
	cap: number
): YearRanks {
	// The snapshot's own year is no plausible wrong year for an older event (U14 S29: "2019"
	// beside a 2011 founding in an article read in 2019).
	// Near the key and in its era (`plausibleWrongYear`, blind review H12 S39: 1911, 1920, 1921
	// for the Zimmermann Telegram of 1917, outside the war it belongs to).
	const free = (y: number) =>
		!banned.has(String(y)) &&
		plausibleWrongYear(year, y) &&
		(y < cap || (y === cap && year >= cap));
	const side = (sign: number) =>
		seededOrder(
			Array.from({ length: 9 }, (_, i) => year + sign * (i + 1))
				.filter(free)
				.slice(0, 4),
			`${seed}|${sign}`
		);
	const below = side(-1);
	const above = side(1);
	return [0, 1, 2, 3].map((rank) => {
		// The first years of each side in their seeded order; another of the side's years when
		// they make a run the key breaks (1927, 1928, 1929 beside 1925: H30 S08, `keyBreaksPattern`).
		for (const low of subsets(below, rank))
			for (const high of subsets(above, 3 - rank)) {
				const wrong = [...low, ...high];
				if (!keyApart(year, wrong) && !keyBreaksPattern(year, wrong)) return wrong.map(String);
			}
		return undefined;
	});
}

/** Every `n` items of `pool` in its order, the first `n` first. */
function* subsets<T>(pool: readonly T[], n: number): Generator<T[]> {
	if (n === 0) {
		yield [];
		return;
	}
	for (let i = 0; i <= pool.length - n; i++)
		for (const rest of subsets(pool.slice(i + 1), n - 1)) yield [pool[i], ...rest];
}

/**
 * A sentence whose first verb tells a state, not an event: "were proud", "was a colony", "lived",
 * "remained" (an adverb may come between); "was founded", "was born" are events, and so is a
 * sentence whose verb comes first ("They closed the port until the tea was paid for").
 */
const STATE =
	/^(?:(?!\b(?:that|which|who|whom|until|when|while|because|if|after|before|\p{Ll}+ed)\b)[^,;])*?\b(?:(?:was|were)\s+(?:\p{Ll}+ly\s+)?(?:(?:a|an|the|still|home|proud|happy|content|loyal|rich|poor|free|part|under|one)\b|(?!(?:born|held|built|made|won|lost|shot|sold|sent|taken|given|seen|found|set|put|hit|struck|brought|begun|thrown|drawn|chosen|done|known|led|fought|signed|elected|crowned|killed)\b)\p{Ll}+(?<!ed|en)\b(?!\s+(?:by|to\s+\p{Ll}+ed)\b))|lived|remained|seemed|belonged)\b/u;

/** True when a sentence's first verb tells a state ("were proud"), not an event: no year to test. */
export function setsScene(text: string): boolean {
	return STATE.test(text);
}

/**
 * The year idea of one sentence about the central event, or undefined. `lede`: the sentence
 * is a news report's first, which tells its central event whatever its verb ("The station
 * began supplying electricity on 14 March 2024"); the caller passes it only for a text whose
 * lead defines nothing.
 */
export function yearIdea(sentence: Sentence, article: ArticleView, lede = false): Idea | undefined {
	const text = subjectText(sentence, article);
	const central = centralClause(text, article) || classEvent(text, article);
	if (!lede && !central) return undefined;
	// "In 1763 most colonists were proud to be British": a lede that sets a scene tells a state,
	// not an event, and its year has no one answer (blind review H2 S09: 1762 as right).
	if (!central && setsScene(text)) return undefined;
	const found = yearBlank(text, true);
	if (!found) return undefined;
	// "Stallman formally founded the movement in ____": the pointer named (U10 S10).
	const blank = { ...found, prompt: namedReferents(found.prompt, article) };
	// A year the name brings in ("the 2016 Ostran election was held in ____") gives it away.
	if (/\b(?:1\d{3}|20\d{2})\b/u.test(blank.prompt)) return undefined;
	if (otherYear(sentence, article, blank.year)) return undefined;
	if (unexplainedAcronym(blank.prompt) || !ownEvent(text, article)) return undefined;
	if (namesakeSubject(text, article)) return undefined;
	// The year of a part, or of a body a person set up, is not the subject's (U14 S01, S07).
	if (sideEntityYear(blank.prompt, article)) return undefined;
	// "14ymedio" was founded in ____ (2014): the name's digits give the year (blind review U12);
	// "the first …" stated as fact in the prompt is a ranking (`RANKED_PROMPT`).
	const digits = `${article.title} ${blank.prompt}`.match(/\d{2,}/gu) ?? [];
	if (digits.some((d) => blank.year.endsWith(d)) || RANKED_PROMPT.test(blank.prompt))
		return undefined;
	const year = Number(blank.year);
	const banned = new Set([...article.doc.years].filter((y) => y !== blank.year));
	const ranks = eraCue(blank.prompt)
		? []
		: straddlingRanks(year, sentence.text, banned, Number(article.doc.year));
	return yearQuestion('year', sentence, {
		prompt: blank.prompt,
		year: blank.year,
		distractors: firstRank(ranks, sentence.text),
		ranks,
		typed: 'cloze',
		context: blank.prompt.replace('____', blank.year),
		weight: 1
	});
}

/**
 * A year's idea, the shape every year kind gives: four choices when `distractors` holds three
 * wrong years, else the year typed (`typed`: "short" for a question, "cloze" for a blank). The
 * year is its own doubt; `start` is where the sentence writes it (0 when it does not).
 */
export function yearQuestion(
	kind: IdeaKind,
	sentence: Sentence,
	ask: {
		prompt: string;
		year: string;
		distractors: string[];
		/** The wrong years at each rank (`straddlingRanks`), for the course's balance. */
		ranks?: YearRanks;
		typed?: 'short' | 'cloze';
		context?: string;
		weight: number;
	}
): Idea {
	const { prompt, year, ranks, typed = 'short', context, weight } = ask;
	// An election, a census, the Olympics keep a cycle the wrong years ignore ("1929, 1930, 1935"
	// for an election of 1932): asked typed, by every year kind (gen61; `year-plausible.ts`).
	const at = sentence.text.indexOf(year);
	const cyclic = CYCLE.test(prompt) || (at >= 0 && recurringEventYear(sentence.text, at));
	const distractors = cyclic ? [] : ask.distractors;
	return {
		kind,
		sentence,
		type: distractors.length === 3 ? 'mcq' : typed,
		prompt,
		answer: year,
		doubt: year,
		...(distractors.length === 3 && { distractors }),
		...(distractors.length === 3 && ranks && { ranks }),
		start: Math.max(0, sentence.text.indexOf(year)),
		...(context !== undefined && { context }),
		weight
	};
}

/** The first whole sentence of a text, not a headline kept as its first line. */
export function openingSentence(article: ArticleView): Sentence | undefined {
	return article.sentences.find((s) => /[.!]$/u.test(s.text) && s.text.split(/\s+/).length >= 8);
}

/**
 * The year of the article's central event: the first sentence that tells it (`yearIdea`); in a
 * news report (`news`: its lead defines nothing), its first sentence if that gives a year.
 */
export function yearIdeas(article: ArticleView, news = false): Idea[] {
	const lede = openingSentence(article);
	const first = news && lede ? yearIdea(lede, article, true) : undefined;
	// Both go to the checks: the first sentence's may fail them ("… and currently has 34 party
	// states"), and the central event's is then asked.
	for (const sentence of article.sentences) {
		if (article.marks(sentence)?.score === 0) continue;
		const idea = yearIdea(sentence, article);
		if (idea) return first ? [first, idea] : [idea];
	}
	return first ? [first] : [];
}

/** The head noun of a title: "Battle of Poitiers" → "battle", "Free software movement" → "movement". */
export function titleHead(title: string): string | undefined {
	const head = title
		.split(/\s+(?:of|on|for|in|to|at|against)\s+/u)[0]
		.split(/\s+/u)
		.at(-1);
	return head && /^\p{L}{3,}$/u.test(head) ? head.toLowerCase() : undefined;
}

/**
 * The prompt with "the <noun>" that points at the subject ("founded the movement in ____") named
 * as the article names its subject ("the free software movement"): a prompt stands alone (issue
 * 9, kind 5). The nouns are the title's head and those the lead's definition gives
 * (`SubjectReference.heads`); "the battle of Crécy" (another one) is left alone.
 */
export function namedReferents(prompt: string, article: ArticleView): string {
	const name = subjectSurface(article);
	if (!name) return prompt;
	const heads = new Set([titleHead(article.title), ...(article.ref?.heads ?? [])]);
	let text = prompt;
	for (const head of heads) {
		if (!head) continue;
		const pointer = new RegExp(String.raw`\b([Tt])he\s+${head}\b(?!\s+(?:of|on|for)\b|['’-])`, 'u');
		text = text.replace(pointer, (_, t: string) =>
			t === 'T' ? name.charAt(0).toUpperCase() + name.slice(1) : name
		);
	}
	return text;
}

/**
 * True when another sentence that names the subject tells the same event with another year
 * ("founded in 1621" here, "founded in 1623" there): the key would be one of two dates the
 * article gives (U10 S06: a lead's date the body contradicts).
 */
export function otherYear(sentence: Sentence, article: ArticleView, year: string): boolean {
	const event =
		CENTRAL.exec(sentence.text) ?? CLASS_EVENT.map(([v]) => v.exec(sentence.text)).find(Boolean);
	const verb = event?.[0].split(/\s+/u).at(-1);
	if (!verb) return false;
	return article.sentences.some((s) => {
		if (s === sentence || !new RegExp(String.raw`\b${verb}\b`, 'u').test(s.text)) return false;
		const other = yearBlank(s.text)?.year;
		return !!other && other !== year && namesSubject(s.text, article);
	});
}

/** "X was founded", "were fought", "was independently discovered": a passive central event. */
const PASSIVE_EVENT =
	/\b(?:was|were)\s+(?:\p{Ll}+ly\s+)?(?:first\s+)?(?:fought|invented|founded|established|discovered|signed|conducted|formed|created|built|patented|launched|proclaimed|opened|completed|commissioned|published|released|premiered|inaugurated)\b/u;

/**
 * True unless a passive event is told of something else than the subject: what was founded,
 * built or signed is the phrase before its verb, and every capitalised word of that phrase must
 * be the subject's ("the Open Skies Treaty was signed"); "the Fundación Isaac Albéniz was
 * founded" in a life of Isaac Albéniz is a side note (blind review U11 S15), and a person is
 * never what is founded or built.
 */
export function ownEvent(text: string, article: ArticleView): boolean {
	const event = PASSIVE_EVENT.exec(text);
	if (!event) return true;
	const ref = article.ref;
	const person =
		(ref && ref.pronoun !== 'it') || (!!article.title && article.isPerson(article.title));
	if (person) return false;
	const own = new Set(
		[article.title, ref?.name ?? '', ...article.subject].flatMap((t) => words(fold(t)))
	);
	const phrase = (text.slice(0, event.index).split(/,\s+/u).pop() ?? '').replace(
		/^.*\b(?:1\d{3}|20\d{2})\b\s*/u,
		''
	);
	const capitals = (phrase.match(/\p{Lu}[\p{L}'’–-]*/gu) ?? []).filter(
		(w) => !/^(?:The|A|An|In|On)$/u.test(w)
	);
	return capitals.every((w) => words(fold(w)).every((p) => own.has(p)));
}

/**
 * True when the sentence's subject is another body that holds the subject's name: "The
 * Velmar Society is a charity founded in 1982 …" in an article on Velmar fever (U18 S47: the
 * founding year of a support charity, trivia). Its capitalised words are some the subject's and
 * some not.
 */
export function namesakeSubject(text: string, article: ArticleView): boolean {
	const opening = /^(.+?)\s+(?:is|was|are|were|has|had)\s/u.exec(text)?.[1];
	if (!opening) return false;
	const own = new Set(
		[article.title, article.ref?.name ?? '', ...article.subject].flatMap((t) => words(fold(t)))
	);
	const capitals = (opening.match(/\p{Lu}[\p{L}'’–-]*/gu) ?? [])
		.filter((w) => !/^(?:The|A|An|In|On)$/u.test(w))
		.map((w) => words(fold(w)).join(' '));
	return capitals.some((w) => own.has(w)) && capitals.some((w) => !own.has(w));
}
