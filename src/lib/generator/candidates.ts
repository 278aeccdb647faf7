import type { Question, QuestionType } from '../content/schema';
import type { YearRanks } from './idea-spread';
import { LEADER_OFFICE } from './office';
import { distractorsFor, type Pools } from './distractors';
import type { Fact, Lexicon } from './facts';
import { topicsOf, type Knowledge } from './knowledge';
import { leadInLength, lowerOpening, needsAsOf, standAlone } from './standalone';
import { balanceQuotes, findWhole, hashId, seededOrder } from './text';
import { sentenceKey } from './centrality';
import { resolveSubject } from './coreference';
import { sourceSays } from './document-frame';

/**
 * Candidate questions, one small builder per question type. Each fact may fill four slots:
 * a blank (cloze or multiple choice, never both: they would share a prompt), a statement
 * (true or false, both built the same way, one shipped), a flashcard and a short answer.
 */

/** The job a question does for its fact; the selection keeps one candidate per fact and slot. */
export type Slot = 'blank' | 'statement' | 'card' | 'ask';

/** A generated question before checks and review, with what the checks need to know. */
export interface Candidate {
	question: Question;
	fact: Fact;
	/** The values offered as wrong (MCQ distractors, the swapped value of a false statement). */
	distractors: string[];
	score: number;
	slot: Slot;
	/** The article's month and year ("October 2025"), for dated prompts and date checks. */
	asOf: string;
	/** The latest year a choice or a swapped value may name. */
	yearCap: number;
	/** The sentence with its subject named (`coreference.ts`), when the prompt names it so. */
	context?: string;
	/** A year question's wrong choices at each rank of its key (`year-rank.ts` balances them). */
	ranks?: YearRanks;
}

export interface DocInfo {
	id: string;
	/** How an attribution names the article: "According to Balkan Insight, …". */
	short: string;
	year: string;
	/** "October 2025": the article's month and year, for "As of …" prompts. */
	asOf: string;
	/** Every year the article names. */
	years: Set<string>;
	/** The document's own title, before the idea kinds read a subject into it (`idea-title.ts`). */
	title?: string;
}

/** Everything a builder needs about one fact, computed once. */
interface Context {
	fact: Fact;
	doc: DocInfo;
	factKey: string;
	topics: string[];
	distractors: string[];
	explanation: string;
	yearCap: number;
	/** True when a word is common (seen in lower case): its opening capital may drop. */
	isCommon: (word: string) => boolean;
	/** Names the article's subject where the sentence says "it" or "she" (`coreference.ts`). */
	resolve?: (text: string) => string;
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
	if (type === 'flashcard' || type === 'short') score += 0.05;
	return Math.round(score * 100) / 100;
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function make(
	ctx: Context,
	type: QuestionType,
	slot: Slot,
	variant: string,
	fields: Partial<Question> & Pick<Question, 'prompt' | 'answer'>,
	distractors: string[] = [],
	difficulty: 1 | 2 | 3 = 2,
	key = ctx.factKey
): Candidate {
	const { fact, doc } = ctx;
	const text = fact.sentence.text;
	const id = `g-${doc.id}-${type}-${hashId(`${doc.id}|${fact.identity}|${text}|${type}|${variant}`, 8)}`;
	return {
		question: {
			id,
			type,
			source: { doc: doc.id, quote: text },
			fact: key,
			topics: ctx.topics,
			difficulty,
			origin: 'generated',
			explanation: ctx.explanation,
			...fields
		},
		fact,
		distractors,
		score: scoreOf(fact, type),
		slot,
		asOf: doc.asOf,
		yearCap: ctx.yearCap,
		...(ctx.resolve && { context: ctx.resolve(text) })
	};
}

/** A figure is the article's claim: say whose, for true and false statements alike. */
function attributed(ctx: Context, prompt: string): string {
	if (ctx.fact.kind !== 'number') return prompt;
	const asOf = /^(As of [^,]+, )(.*)$/s.exec(prompt);
	const head = asOf ? asOf[1] : '';
	const body = asOf ? asOf[2] : prompt;
	const lowered = lowerOpening(body, ctx.isCommon);
	return `${head}${head ? 'according' : 'According'} to ${ctx.doc.short}, ${lowered}`;
}

/** The sentence with `replacement` where the answer was, made to stand alone; undefined when
 * the answer sits in a connective that standing alone drops. */
function rewrite(ctx: Context, replacement: string): string | undefined {
	const { fact } = ctx;
	const text = fact.sentence.text;
	if (fact.start < leadInLength(text)) return undefined;
	const raw = `${text.slice(0, fact.start)}${replacement}${text.slice(fact.start + fact.answer.length)}`;
	const swapped = ctx.resolve ? ctx.resolve(raw) : raw;
	return attributed(ctx, balanceQuotes(standAlone(swapped, ctx.doc.asOf, ctx.isCommon)));
}

/** Kinds a blank may ask: a date only with its year (a day and month alone is undated). */
const BLANKABLE = new Set(['year', 'date', 'number', 'person', 'role', 'place', 'org', 'term']);
/** Kinds whose distractors are believable: numbers and dates built near the answer, places of one article. */
const CHOOSABLE = new Set(['year', 'date', 'number', 'place']);
/** Kinds a false statement can swap without making it absurd or still true. */
const SWAPPABLE = new Set(['year', 'date', 'number']);

function blankCandidates(ctx: Context): Candidate[] {
	const { fact } = ctx;
	if (fact.start < 0 || !BLANKABLE.has(fact.kind) || fact.fine === 'date:day') return [];
	const prompt = rewrite(ctx, '____');
	if (!prompt) return [];
	const hard: 1 | 2 | 3 = fact.kind === 'number' || fact.kind === 'date' ? 3 : 2;
	const out = [
		make(
			ctx,
			'cloze',
			'blank',
			'',
			{
				prompt,
				answer: fact.answer,
				accept: fact.accept.length ? fact.accept : undefined
			},
			[],
			hard
		)
	];
	if (ctx.distractors.length === 3 && CHOOSABLE.has(fact.kind) && fact.fine !== 'resolution') {
		const choices =
			fact.kind === 'year'
				? [fact.answer, ...ctx.distractors].sort()
				: seededOrder([fact.answer, ...ctx.distractors], ctx.factKey);
		out.push(
			make(ctx, 'mcq', 'blank', '', { prompt, answer: fact.answer, choices }, ctx.distractors, hard)
		);
	}
	return out;
}

function statementCandidates(ctx: Context): Candidate[] {
	const { fact, doc } = ctx;
	if (fact.start < 0 || !SWAPPABLE.has(fact.kind) || !ctx.distractors.length) return [];
	const wrong = ctx.distractors[0];
	const truePrompt = rewrite(ctx, fact.answer);
	const falsePrompt = rewrite(ctx, wrong);
	if (!truePrompt || !falsePrompt) return [];
	const quote = `“${fact.sentence.text}”`;
	return [
		make(
			ctx,
			'truefalse',
			'statement',
			'true',
			{
				prompt: truePrompt,
				answer: 'true',
				explanation: `True: ${doc.short} says so. ${quote}`
			},
			[],
			1
		),
		make(
			ctx,
			'truefalse',
			'statement',
			'false',
			{
				prompt: falsePrompt,
				answer: 'false',
				explanation: `False: ${doc.short} gives ${fact.answer}, not ${wrong}. ${quote}`
			},
			[wrong],
			1
		)
	];
}

function roleCandidates(ctx: Context): Candidate[] {
	const { fact } = ctx;
	if (fact.kind !== 'role' || !fact.about || !LEADER_OFFICE.test(fact.about)) return [];
	// The same person in the same office is one fact, whichever article names them.
	const roleKey = `role-${hashId(`${fact.identity}|${fact.about.toLowerCase()}`, 8)}`;
	return [
		make(
			ctx,
			'flashcard',
			'card',
			'role',
			{ prompt: fact.answer, answer: capitalize(fact.about) },
			[],
			1,
			roleKey
		)
	];
}

const SPEECH_VERB =
	/^(?:said|says|wrote|believes|regards|explained|stated|added|noted|argued|told|claimed|reported|warned|suggested|commented|tweeted|posted|quipped|remarked|observed)$/;

function subjectCandidates(ctx: Context): Candidate[] {
	const { fact } = ctx;
	if ((fact.kind !== 'person' && fact.kind !== 'role') || fact.start < 0) return [];
	const text = fact.sentence.text;
	const lead = text.slice(0, fact.start);
	const rest = text.slice(fact.start + fact.answer.length);
	const verb = /^\s+([a-z]+ed|[a-z]+s)\b/.exec(rest);
	if (!verb || SPEECH_VERB.test(verb[1]) || lead !== '' || !/[.!]$/.test(text)) return [];
	if (needsAsOf(text)) return [];
	const prompt = `Who${rest.replace(/[.!]$/, '')}?`;
	return [
		make(ctx, 'short', 'ask', 'subject', { prompt, answer: fact.answer, accept: fact.accept })
	];
}

function whenCandidates(ctx: Context): Candidate[] {
	const { fact } = ctx;
	if (fact.kind !== 'year' && fact.kind !== 'date') return [];
	const text = ctx.resolve ? ctx.resolve(fact.sentence.text) : fact.sentence.text;
	const lead = /^(?:In|On|By)\s+([^,]+),\s+/.exec(text);
	const pureDate = /^(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?\d{4}$/;
	if (
		!lead ||
		!pureDate.test(lead[1]) ||
		findWhole(lead[1], fact.answer) < 0 ||
		!/[.]$/.test(text) ||
		/\b\d{4}\b/.test(text.slice(lead[0].length))
	)
		return [];
	const event = standAlone(
		capitalize(text.slice(lead[0].length).replace(/[.]$/, '')),
		ctx.doc.asOf,
		ctx.isCommon
	);
	return [
		make(ctx, 'flashcard', 'card', 'event', { prompt: `When? ${event}`, answer: lead[1] }, [], 1)
	];
}

function definitionCandidates(ctx: Context): Candidate[] {
	const { fact } = ctx;
	if (fact.kind !== 'definition' || !fact.about) return [];
	// The article's definition of its subject (`definitions.ts`): "What was the Battle of X?"
	const verb = /^definition:(is|are|was|were)$/.exec(fact.fine)?.[1];
	const name = fact.answer.replace(/^The\s/, 'the ');
	const prompt = verb ? `What ${verb} ${name}?` : fact.answer;
	return [
		make(ctx, 'flashcard', 'card', 'definition', { prompt, answer: capitalize(fact.about) }, [], 1)
	];
}

/** `resolveSubject` for the fact's sentence, when `salience.ts` found it refers to the subject. */
function resolverFor(fact: Fact, lexicon: Lexicon): ((text: string) => string) | undefined {
	const ref = lexicon.salience?.references.get(fact.sentence.doc);
	if (!ref || !lexicon.salience?.sentences.get(sentenceKey(fact.sentence))?.resolved) return;
	return (text) => resolveSubject(text, ref) ?? text;
}

/**
 * Every candidate question one fact supports. Quotations ("who said …?") and acronym
 * expansions are trivia (issue 9 item 6): they give none.
 */
export function candidatesFor(
	fact: Fact,
	doc: DocInfo,
	pools: Pools,
	lexicon: Lexicon,
	knowledge: Knowledge
): Candidate[] {
	if (fact.kind === 'quote' || fact.kind === 'acronym') return [];
	const text = fact.sentence.text;
	const yearCap = Math.min(knowledge.yearCap ?? Infinity, Number(doc.year));
	const ctx: Context = {
		fact,
		doc,
		factKey: `${doc.id}-${fact.kind}-${hashId(`${fact.identity}|${text}`, 8)}`,
		topics: topicsOf(text, fact.sentence.section, knowledge),
		distractors: distractorsFor(fact, pools, lexicon, yearCap, doc.years),
		explanation: `${sourceSays(doc.short)}: “${text}”`,
		yearCap,
		isCommon: (word) => lexicon.commonWords.has(word.toLowerCase()),
		resolve: resolverFor(fact, lexicon)
	};
	return [
		...blankCandidates(ctx),
		...statementCandidates(ctx),
		...roleCandidates(ctx),
		...subjectCandidates(ctx),
		...whenCandidates(ctx),
		...definitionCandidates(ctx)
	];
}
