import { MONTH_NAMES } from '../content/months';
import { QUESTION_TYPES, type Question } from '../content/schema';
import type { SourceFile } from '../content/sources';
import { candidatesFor, type Candidate, type DocInfo } from './candidates';
import { CHECKS, checkCandidate, type RejectReason } from './checks';
import { balancedKeys, parity } from './balance';
import { DEFAULT_ASIDES, sentenceKey as sentenceKeyOf } from './centrality';
import { buildPools } from './distractors';
import { NearDuplicateFilter } from './duplicates';
import { buildLexicon, factsOf } from './facts';
import { NO_KNOWLEDGE, type Knowledge } from './knowledge';
import { TAG_CHUNK, tagChunk, type TaggedChunk } from './lexicon';
import { salienceOf } from './salience';
import { fold, sentencesOf, type Sentence } from './text';

/**
 * The question generator, one stage after another: clean → sentences → names and places
 * (tagged in chunks) → facts → candidates of every type → automatic checks → selection.
 * `generateSteps` is a JavaScript generator that yields a `GenerateStep` between batches of
 * sentences and facts, so a caller can report progress or stop (a Web Worker awaits between
 * steps); `generateQuestions` (index.ts) runs it straight through. Pure: no Node or DOM APIs.
 */

/** At most this many facts of one sentence are asked: more would answer one another. */
const PER_SENTENCE = 3;
/**
 * Questions of one sentence in the unread drafts of a long article (`salience.ts`): precision
 * over recall, and the student meets one sentence twice at most.
 */
const PER_SENTENCE_UNREAD = 2;
/**
 * At most this many questions of one job (blank, statement, card…) share an answer across the
 * bank: five articles that all say "2008" would otherwise make "2008" a guess that always wins.
 */
const PER_ANSWER = 2;
/** Sentences read for facts (and facts turned into candidates) between two steps. */
const BATCH = 40;

export type SelectReason =
	| 'same-answer-repeated'
	| RejectReason
	| 'over-sentence-limit'
	| 'unpaired-statement'
	| 'other-key-chosen'
	| 'other-type-chosen';

export interface GenerateReport {
	sentences: number;
	facts: number;
	generated: number;
	rejectedBy: Record<SelectReason, number>;
	kept: number;
}

export interface Generated {
	candidates: Candidate[];
	rejected: { candidate: Candidate; reason: SelectReason }[];
	report: GenerateReport;
}

/**
 * Where the generator is: `stage` (`names`: tagging people and places; `facts`; `questions`:
 * candidates and their checks; `choosing`: the final selection), `done` of `total` units of
 * that stage (sentences for `names` and `facts`, facts for `questions`, 0 of 1 for `choosing`)
 * and the id of the document the last unit came from.
 */
export interface GenerateStep {
	stage: 'names' | 'facts' | 'questions' | 'choosing';
	done: number;
	total: number;
	doc: string;
}

/** "October 2025" from an ISO date ("2025-10" or "2025-10-08"). */
export function monthYear(date: string): string {
	const [year, month] = date.split('-').map(Number);
	return month ? `${MONTH_NAMES[month - 1]} ${year}` : String(year);
}

function docInfos(sources: SourceFile[]): Map<string, DocInfo> {
	return new Map<string, DocInfo>(
		sources.map((s) => [
			s.document.id,
			{
				id: s.document.id,
				short: s.short,
				year: s.document.date.slice(0, 4),
				asOf: monthYear(s.document.date),
				// Every year the article names, from 1000 on: a year of a similar event is no safe wrong year.
				years: new Set(s.blocks.flatMap((b) => b.text.match(/\b(?:1\d|20)\d\d\b/g) ?? []))
			}
		])
	);
}

class Rejections {
	readonly byReason = Object.fromEntries(
		[
			...CHECKS.map(([name]) => name),
			'unpaired-statement',
			'other-key-chosen',
			'other-type-chosen',
			'over-sentence-limit',
			'same-answer-repeated',
			'identical-prompt',
			'near-duplicate'
		].map((k) => [k, 0])
	) as Record<SelectReason, number>;
	readonly list: Generated['rejected'] = [];
	add(candidate: Candidate, reason: SelectReason): void {
		this.byReason[reason]++;
		this.list.push({ candidate, reason });
	}
}

/** The generator, yielding between batches; returns what `generateQuestions` returns. */
export function* generateSteps(
	sources: SourceFile[],
	knowledge: Knowledge = NO_KNOWLEDGE
): Generator<GenerateStep, Generated> {
	const sentences: Sentence[] = sources.flatMap((source) =>
		sentencesOf(source.document.id, source.blocks)
	);
	const total = sentences.length;
	const docAt = (i: number) => sentences[Math.min(i, total - 1)]?.doc ?? '';
	const tagged: TaggedChunk[] = [];
	for (let i = 0; i < total; i += TAG_CHUNK) {
		tagged.push(tagChunk(sentences.slice(i, i + TAG_CHUNK)));
		yield { stage: 'names', done: Math.min(i + TAG_CHUNK, total), total, doc: docAt(i) };
	}
	const lexicon = buildLexicon(sentences, knowledge, tagged);
	// Drafts no editor reads keep only the sentences that carry their article's main ideas.
	if ((knowledge.asides ?? DEFAULT_ASIDES) > 0)
		lexicon.salience = salienceOf(sources, (w) => lexicon.commonWords.has(w.toLowerCase()));
	const facts = [];
	for (let i = 0; i < total; i += BATCH) {
		for (const sentence of sentences.slice(i, i + BATCH)) facts.push(...factsOf(sentence, lexicon));
		yield { stage: 'facts', done: Math.min(i + BATCH, total), total, doc: docAt(i) };
	}
	const pools = buildPools(facts);
	const docs = docInfos(sources);
	const rejections = new Rejections();

	// 1. Every check on every candidate (the first of two with one id only).
	const seenIds = new Set<string>();
	const passed: Candidate[] = [];
	let generated = 0;
	for (let i = 0; i < facts.length; i += BATCH) {
		for (const fact of facts.slice(i, i + BATCH)) {
			for (const candidate of candidatesFor(
				fact,
				docs.get(fact.sentence.doc)!,
				pools,
				lexicon,
				knowledge
			)) {
				generated++;
				if (seenIds.has(candidate.question.id)) continue;
				seenIds.add(candidate.question.id);
				const reason = checkCandidate(candidate, lexicon);
				if (reason) rejections.add(candidate, reason);
				else passed.push(candidate);
			}
		}
		const done = Math.min(i + BATCH, facts.length);
		yield { stage: 'questions', done, total: facts.length, doc: facts[done - 1].sentence.doc };
	}
	yield { stage: 'choosing', done: 0, total: 1, doc: docAt(total - 1) };
	// Unread drafts of a long article ask at most two questions of a sentence (`PER_SENTENCE_UNREAD`).
	const unread = (c: Candidate) =>
		lexicon.salience?.sentences.get(sentenceKeyOf(c.fact.sentence))?.long === true;
	const kept = select(passed, rejections, unread);
	sortInArticleOrder(kept, sentences);
	return {
		candidates: kept,
		rejected: rejections.list,
		report: {
			sentences: total,
			facts: facts.length,
			generated,
			rejectedBy: rejections.byReason,
			kept: kept.length
		}
	};
}

/** Runs `generateSteps` to the end. */
export function runSteps(steps: Generator<GenerateStep, Generated>): Generated {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/**
 * 2. One candidate per fact and slot. A statement ships only when its true and its false
 * version both pass, so neither key is built differently; which one ships is a stable coin.
 * Then 3., best first, the sentence, answer, identical-prompt and near-duplicate limits.
 */
function select(
	passed: Candidate[],
	rejections: Rejections,
	unread: (c: Candidate) => boolean
): Candidate[] {
	const reject = (c: Candidate, reason: SelectReason) => rejections.add(c, reason);
	const groups = new Map<string, Candidate[]>();
	for (const candidate of passed) {
		const key = `${candidate.question.fact}|${candidate.question.source.quote}|${candidate.slot}`;
		groups.set(key, [...(groups.get(key) ?? []), candidate]);
	}
	const chosen: Candidate[] = [];
	const pairs: [string, Candidate[]][] = [];
	for (const [key, group] of groups) {
		if (group[0].slot === 'statement') {
			if (group.length < 2) for (const c of group) reject(c, 'unpaired-statement');
			else pairs.push([key, group]);
			continue;
		}
		if (group[0].slot === 'blank' && group.length > 1) {
			const want = parity(key) ? 'mcq' : 'cloze';
			for (const c of group)
				if (c.question.type === want) chosen.push(c);
				else reject(c, 'other-type-chosen');
			continue;
		}
		chosen.push(...group);
	}
	const perAnswer = new Map<string, number>();
	const keptPairs = limitStatements(pairs, perAnswer, reject);
	const pairByKey = new Map(keptPairs);
	for (const [key, want] of balancedKeys(keptPairs))
		for (const c of pairByKey.get(key)!)
			if (c.question.answer === want) chosen.push(c);
			else reject(c, 'other-key-chosen');
	return applyLimits(chosen, perAnswer, reject, unread);
}

/** Statement limits act on whole pairs, before keys are chosen, so they cannot tilt the balance. */
function limitStatements(
	pairs: [string, Candidate[]][],
	perAnswer: Map<string, number>,
	reject: (c: Candidate, reason: SelectReason) => void
): [string, Candidate[]][] {
	const statementSentences = new Set<string>();
	return pairs
		.sort(([a, x], [b, y]) => y[0].score - x[0].score || (a < b ? -1 : 1))
		.filter(([, group]) => {
			const answerKey = `statement|${fold(group[0].fact.answer)}`;
			const sentenceKey = `${group[0].question.source.doc}|${group[0].question.source.quote}`;
			const reason =
				(perAnswer.get(answerKey) ?? 0) >= PER_ANSWER
					? 'same-answer-repeated'
					: statementSentences.has(sentenceKey)
						? 'over-sentence-limit'
						: undefined;
			if (reason) {
				for (const c of group) reject(c, reason);
				return false;
			}
			perAnswer.set(answerKey, (perAnswer.get(answerKey) ?? 0) + 1);
			statementSentences.add(sentenceKey);
			return true;
		});
}

/** Best first, so sentence limits and duplicates drop the weaker; ties by id keep runs identical. */
function applyLimits(
	chosen: Candidate[],
	perAnswer: Map<string, number>,
	reject: (c: Candidate, reason: SelectReason) => void,
	unread: (c: Candidate) => boolean
): Candidate[] {
	// Unread drafts ask an answer of one sentence only, whatever the type: "discovered on ____"
	// from the lead and again from the body is one question twice.
	const answers = new Map<string, string>();
	chosen.sort((a, b) => b.score - a.score || (a.question.id < b.question.id ? -1 : 1));
	const perSentence = new Map<string, Set<string>>();
	const asked = new Map<string, { count: number; facts: Set<string> }>();
	// A sentence that defines the subject is asked only by its definition card, which answers it.
	const defined = new Set(
		chosen.filter((c) => c.fact.kind === 'definition').map((c) => sentenceKeyOf(c.fact.sentence))
	);
	const prompts = new Set<string>();
	const duplicates = new NearDuplicateFilter();
	const kept: Candidate[] = [];
	for (const candidate of chosen) {
		const { question } = candidate;
		const sentenceKey = `${question.source.doc}|${question.source.quote}`;
		const factsHere = perSentence.get(sentenceKey) ?? new Set<string>();
		// The limit counts facts, not questions: a fact's siblings come together or not at all.
		if (
			(!factsHere.has(question.fact) && factsHere.size >= PER_SENTENCE) ||
			(unread(candidate) && overUnreadLimit(candidate, asked.get(sentenceKey), defined))
		) {
			reject(candidate, 'over-sentence-limit');
			continue;
		}
		const answerKey = `${candidate.slot}|${fold(candidate.fact.answer)}`;
		if (
			(candidate.slot !== 'statement' && (perAnswer.get(answerKey) ?? 0) >= PER_ANSWER) ||
			(unread(candidate) &&
				(answers.get(fold(candidate.fact.answer)) ?? sentenceKey) !== sentenceKey)
		) {
			reject(candidate, 'same-answer-repeated');
			continue;
		}
		const folded = fold(question.prompt.replace('____', ' blank '));
		if (prompts.has(folded)) {
			reject(candidate, 'identical-prompt');
			continue;
		}
		if (duplicates.isDuplicate(question.type, `${question.prompt} ${question.answer}`)) {
			reject(candidate, 'near-duplicate');
			continue;
		}
		prompts.add(folded);
		perAnswer.set(answerKey, (perAnswer.get(answerKey) ?? 0) + 1);
		perSentence.set(sentenceKey, factsHere.add(question.fact));
		answers.set(fold(candidate.fact.answer), sentenceKey);
		const here = asked.get(sentenceKey) ?? { count: 0, facts: new Set<string>() };
		asked.set(sentenceKey, { count: here.count + 1, facts: here.facts.add(question.fact) });
		kept.push(candidate);
	}
	return kept;
}

/**
 * Unread drafts of a long article: at most `PER_SENTENCE_UNREAD` questions of a sentence, one
 * per fact (a blank and a "When?" card of one year are one question twice), and none beside a
 * definition card of the same sentence.
 */
function overUnreadLimit(
	c: Candidate,
	here: { count: number; facts: Set<string> } | undefined,
	defined: Set<string>
): boolean {
	if (defined.has(sentenceKeyOf(c.fact.sentence)) && c.fact.kind !== 'definition') return true;
	return (
		here !== undefined && (here.count >= PER_SENTENCE_UNREAD || here.facts.has(c.question.fact))
	);
}

function sortInArticleOrder(kept: Candidate[], sentences: Sentence[]): void {
	const order = new Map(sentences.map((s, i) => [`${s.doc}|${s.text}`, i]));
	const typeOrder = (q: Question) => QUESTION_TYPES.indexOf(q.type);
	kept.sort(
		(a, b) =>
			(order.get(`${a.question.source.doc}|${a.question.source.quote}`) ?? 0) -
				(order.get(`${b.question.source.doc}|${b.question.source.quote}`) ?? 0) ||
			a.fact.start - b.fact.start ||
			typeOrder(a.question) - typeOrder(b.question) ||
			(a.question.id < b.question.id ? -1 : 1)
	);
}
