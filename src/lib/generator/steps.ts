import { MONTH_NAMES } from '../content/months';
import { QUESTION_TYPES, type Question } from '../content/schema';
import type { SourceFile } from '../content/sources';
import { candidatesFor, type Candidate, type DocInfo } from './candidates';
import { inDocumentCase } from './case';
import { CHECKS, checkCandidate } from './checks';
import { DEFAULT_ASIDES } from './centrality';
import { buildPools } from './distractors';
import { buildLexicon, factsOf } from './facts';
import { NO_KNOWLEDGE, type Knowledge } from './knowledge';
import { TAG_CHUNK, tagChunk, type TaggedChunk } from './lexicon';
import { salienceOf } from './salience';
import { select, type SelectReason } from './select';
import { sentencesOf, type Sentence } from './text';
import { ideaDrafts } from './idea-drafts';
import { balanceYearRanks } from './year-rank';
import { balanceTruth } from './truth-balance';
import { withSubjectTitles } from './idea-title';
import type { ArticleView } from './ideas';
import { skippedGlossaryLines, type SkippedLine } from './glossary-skips';

/**
 * The question generator, one stage after another: clean → sentences → names and places
 * (tagged in chunks) → facts → candidates of every type → automatic checks → selection.
 * `generateSteps` is a JavaScript generator that yields a `GenerateStep` between batches of
 * sentences and facts, so a caller can report progress or stop (a Web Worker awaits between
 * steps); `generateQuestions` (index.ts) runs it straight through. Pure: no Node or DOM APIs.
 */

/** Sentences read for facts (and facts turned into candidates) between two steps. */
const BATCH = 40;

export type { SelectReason } from './select';

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
	/**
	 * The glossary-like lines ("Term – meaning") of drafts no editor reads that gave no draft,
	 * each with its reason code (`glossary-skips.ts`), in document and reading order; empty for
	 * the built-in course's bank.
	 */
	skipped: SkippedLine[];
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
				// A document with no date of its own (dated the day it was added) has no "As of":
				// a prompt that needs one is refused rather than dated by a guess (issue 12).
				asOf: s.undated ? '' : monthYear(s.document.date),
				// Every year the article names, from 1000 on: a year of a similar event is no safe wrong year.
				years: new Set(s.blocks.flatMap((b) => b.text.match(/\b(?:1\d|20)\d\d\b/g) ?? [])),
				title: s.document.title
			}
		])
	);
}

class Rejections {
	readonly byReason = Object.fromEntries(
		[
			...CHECKS.map(([name]) => name),
			'unpaired-statement',
			'unbalanced-truth',
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

/**
 * A check that sorts sentences into main and asides one by one; drafts chosen by idea are
 * ranked by centrality instead (`ideas.ts`), so it would only second-guess the ranking.
 */
const RANKED_INSTEAD = new Set(['aside-of-long-article']);
const CARD_RANKED_INSTEAD = new Set([...RANKED_INSTEAD, 'answer-is-subject']);
/**
 * A definition card's prompt is "What is <name>?": it shares the name with its sentence but
 * not the sentence's pointers, which the kinds check on the answer themselves.
 */
const DEFINITION_RANKED_INSTEAD = new Set([...CARD_RANKED_INSTEAD, 'points-into-article']);

/** The generator, yielding between batches; returns what `generateQuestions` returns. */
export function* generateSteps(
	sources: SourceFile[],
	knowledge: Knowledge = NO_KNOWLEDGE
): Generator<GenerateStep, Generated> {
	// Drafts no editor reads keep only the sentences that carry their article's main ideas.
	const unread = (knowledge.asides ?? DEFAULT_ASIDES) > 0;
	// Drafts no editor reads read each sentence in its document's own case (`case.ts`, U27).
	const sentences: Sentence[] = sources.flatMap((source) => {
		const own = sentencesOf(source.document.id, source.blocks);
		if (!unread) return own;
		const headings = source.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
		return inDocumentCase(own, [source.document.title, ...headings]);
	});
	const total = sentences.length;
	const docAt = (i: number) => sentences[Math.min(i, total - 1)]?.doc ?? '';
	const tagged: TaggedChunk[] = [];
	for (let i = 0; i < total; i += TAG_CHUNK) {
		tagged.push(tagChunk(sentences.slice(i, i + TAG_CHUNK)));
		yield { stage: 'names', done: Math.min(i + TAG_CHUNK, total), total, doc: docAt(i) };
	}
	const lexicon = buildLexicon(sentences, knowledge, tagged);
	// Drafts no editor reads take the subject from the text when the title is no name for it
	// ("Short note", "The Johnstown Flood of 1889": `idea-title.ts`); the bank keeps its titles.
	const named = unread ? withSubjectTitles(sources, sentences) : sources;
	if (unread) lexicon.salience = salienceOf(named, (w) => lexicon.commonWords.has(w.toLowerCase()));
	const facts = [];
	const docs = docInfos(sources);
	const rejections = new Rejections();
	let chosen: Candidate[] = [];
	let articles: ArticleView[] = [];
	let factSentences = sentences;
	if (lexicon.salience) {
		// Drafts no editor reads are chosen by the kind of idea a sentence carries (`ideas.ts`).
		yield { stage: 'questions', done: 0, total: 1, doc: docAt(0) };
		chosen = ideaDrafts(
			named,
			sentences,
			lexicon,
			docs,
			(c) => {
				const skip = /^idea:lead$/.test(c.fact.fine)
					? DEFINITION_RANKED_INSTEAD
					: c.question.type === 'flashcard'
						? CARD_RANKED_INSTEAD
						: RANKED_INSTEAD;
				const reason = checkCandidate(c, lexicon, skip);
				if (reason) rejections.add(c, reason);
				return !reason;
			},
			(read) => (articles = read)
		);
		// Over the whole batch, so a course's year questions do not share one key position.
		balanceYearRanks(chosen);
		// Over the whole batch, so its true/false statements are not all true (`truth-balance.ts`).
		chosen = balanceTruth(chosen, (c) => rejections.add(c, 'unbalanced-truth'));
		// No fact-by-fact drafts for a text no idea kind could ask: blind reviewers accepted
		// about 40% of them (U1, U2), mostly trivia (issue 12); the idea kinds alone answer.
		factSentences = [];
	}
	const factTotal = factSentences.length;
	for (let i = 0; i < factTotal; i += BATCH) {
		for (const sentence of factSentences.slice(i, i + BATCH))
			facts.push(...factsOf(sentence, lexicon));
		const done = Math.min(i + BATCH, factTotal);
		yield { stage: 'facts', done, total: factTotal, doc: factSentences[done - 1].doc };
	}
	const pools = buildPools(facts);

	// 1. Every check on every candidate (the first of two with one id only).
	const seenIds = new Set<string>();
	const passed: Candidate[] = [];
	let generated = chosen.length + rejections.list.length;
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
	// Unread drafts of a short text: one question per sentence (its siblings answer one another).
	const kept = [...chosen, ...select(passed, rejections)];
	// Drafts chosen by idea stay in rank order, each article's best first (`chooseIdeas`).
	if (!lexicon.salience) sortInArticleOrder(kept, sentences);
	// Which check refused each glossary card, by its sentence: Review drafts says why (gen83).
	const glossaryRefusals = new Map(
		rejections.list
			.filter(({ candidate }) => candidate.fact.fine === 'idea:glossary')
			.map(({ candidate, reason }) => [candidate.question.source.quote, reason])
	);
	return {
		candidates: kept,
		rejected: rejections.list,
		skipped: articles.flatMap((article) =>
			skippedGlossaryLines(
				article,
				kept.filter((c) => c.question.source.doc === article.doc.id),
				glossaryRefusals
			)
		),
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
