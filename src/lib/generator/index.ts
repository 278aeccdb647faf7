import * as v from 'valibot';
import { MONTH_NAMES } from '../content/months';
import { QuestionSchema, QUESTION_TYPES, type Bank, type Question } from '../content/schema';
import { quoteInSource, type SourceFile } from '../content/sources';
import { candidatesFor, type Candidate, type DocInfo } from './candidates';
import { CHECKS, checkCandidate, type RejectReason } from './checks';
import { balancedKeys, parity } from './balance';
import { buildPools } from './distractors';
import { NearDuplicateFilter } from './duplicates';
import { buildLexicon, factsOf } from './facts';
import { NO_KNOWLEDGE, type Knowledge } from './knowledge';
import { applyCorrections, parseCorrections, type CorrectionOutcome } from './corrections';
import { passagePosition, rankQuestions, tiersFromWritten } from './rank';
import { applyReview, type Review } from './review';
import { fold, sentencesOf, type Sentence } from './text';

export { NO_KNOWLEDGE, parseKnowledge, type Knowledge } from './knowledge';

/**
 * The question generator: clean → sentences → facts → candidates of every type → automatic
 * checks → selection. Pure (no Node APIs) so the browser can later run it on a user's text.
 */

/** At most this many facts of one sentence are asked: more would answer one another. */
const PER_SENTENCE = 3;
/**
 * At most this many questions of one job (blank, statement, card…) share an answer across the
 * bank: five articles that all say "2008" would otherwise make "2008" a guess that always wins.
 */
const PER_ANSWER = 2;

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

/** "October 2025" from an ISO date ("2025-10" or "2025-10-08"). */
export function monthYear(date: string): string {
	const [year, month] = date.split('-').map(Number);
	return month ? `${MONTH_NAMES[month - 1]} ${year}` : String(year);
}

export function generateQuestions(
	sources: SourceFile[],
	knowledge: Knowledge = NO_KNOWLEDGE
): Generated {
	const sentences: Sentence[] = sources.flatMap((source) =>
		sentencesOf(source.document.id, source.blocks)
	);
	const lexicon = buildLexicon(sentences, knowledge);
	const facts = sentences.flatMap((sentence) => factsOf(sentence, lexicon));
	const pools = buildPools(facts);
	const docs = new Map<string, DocInfo>(
		sources.map((s) => [
			s.document.id,
			{
				id: s.document.id,
				short: s.short,
				year: s.document.date.slice(0, 4),
				asOf: monthYear(s.document.date),
				years: new Set(s.blocks.flatMap((b) => b.text.match(/\b(?:1[89]|20)\d\d\b/g) ?? []))
			}
		])
	);
	const all = facts.flatMap((fact) =>
		candidatesFor(fact, docs.get(fact.sentence.doc)!, pools, lexicon, knowledge)
	);
	const rejectedBy = Object.fromEntries(
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
	const rejected: Generated['rejected'] = [];
	const reject = (candidate: Candidate, reason: SelectReason) => {
		rejectedBy[reason]++;
		rejected.push({ candidate, reason });
	};

	// 1. Every check on every candidate.
	const seenIds = new Set<string>();
	const passed: Candidate[] = [];
	for (const candidate of all) {
		if (seenIds.has(candidate.question.id)) continue;
		seenIds.add(candidate.question.id);
		const reason = checkCandidate(candidate, lexicon);
		if (reason) reject(candidate, reason);
		else passed.push(candidate);
	}

	// 2. One candidate per fact and slot. A statement ships only when its true and its false
	// version both pass, so neither key is built differently; which one ships is a stable coin.
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
	// Statement limits act on whole pairs, before keys are chosen, so they cannot tilt the balance.
	const perAnswer = new Map<string, number>();
	const statementSentences = new Set<string>();
	const keptPairs = pairs
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
	const pairByKey = new Map(keptPairs);
	for (const [key, want] of balancedKeys(keptPairs))
		for (const c of pairByKey.get(key)!)
			if (c.question.answer === want) chosen.push(c);
			else reject(c, 'other-key-chosen');

	// 3. Best first, so sentence limits and duplicates drop the weaker; ties by id keep runs identical.
	chosen.sort((a, b) => b.score - a.score || (a.question.id < b.question.id ? -1 : 1));
	const perSentence = new Map<string, Set<string>>();
	const prompts = new Set<string>();
	const duplicates = new NearDuplicateFilter();
	const kept: Candidate[] = [];
	for (const candidate of chosen) {
		const { question } = candidate;
		const sentenceKey = `${question.source.doc}|${question.source.quote}`;
		const factsHere = perSentence.get(sentenceKey) ?? new Set<string>();
		// The limit counts facts, not questions: a fact's siblings come together or not at all.
		if (!factsHere.has(question.fact) && factsHere.size >= PER_SENTENCE) {
			reject(candidate, 'over-sentence-limit');
			continue;
		}
		const answerKey = `${candidate.slot}|${fold(candidate.fact.answer)}`;
		if (candidate.slot !== 'statement' && (perAnswer.get(answerKey) ?? 0) >= PER_ANSWER) {
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
		kept.push(candidate);
	}
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
	return {
		candidates: kept,
		rejected,
		report: {
			sentences: sentences.length,
			facts: facts.length,
			generated: all.length,
			rejectedBy,
			kept: kept.length
		}
	};
}

/** Validates hand-written questions one by one; bad entries are reported and left out. */
export function validateWritten(
	data: unknown,
	sources: SourceFile[]
): { questions: Question[]; errors: string[] } {
	const questions: Question[] = [];
	const errors: string[] = [];
	if (!Array.isArray(data))
		return { questions, errors: ['written.json must be a JSON array of questions'] };
	const byId = new Map(sources.map((s) => [s.document.id, s]));
	data.forEach((entry, i) => {
		const parsed = v.safeParse(QuestionSchema, entry);
		const label = `written[${i}]${typeof entry?.id === 'string' ? ` (${entry.id})` : ''}`;
		if (!parsed.success) {
			errors.push(`${label}: ${v.getDotPath(parsed.issues[0]) ?? ''} ${parsed.issues[0].message}`);
			return;
		}
		const question = parsed.output;
		const source = byId.get(question.source.doc);
		if (question.origin !== 'written' || !question.id.startsWith('w-'))
			errors.push(`${label}: a written question has origin "written" and an id starting "w-"`);
		else if (!source) errors.push(`${label}: unknown document ${question.source.doc}`);
		else if (!quoteInSource(source, question.source.quote))
			errors.push(`${label}: the quote is not an exact passage of ${question.source.doc}`);
		else questions.push(question);
	});
	return { questions, errors };
}

export interface BuildResult {
	bank: Bank;
	generated: Generated;
	written: { count: number; errors: string[] };
	review: ReturnType<typeof applyReview>;
	/** Questions left out or annotated because they rest on a known source error. */
	corrections: Omit<CorrectionOutcome, 'questions'>;
	/** Final question ids by document and type, for the printed report. */
	shippedBy: { doc: Record<string, number>; type: Record<string, number> };
}

/**
 * The whole bank build: generated and written questions, editorial decisions, then the known
 * source errors (`questions/corrections.json`, parsed here; throws on a malformed file) and the
 * teaching order (`rank`).
 */
export function buildBank(
	sources: SourceFile[],
	writtenData: unknown,
	review: Review,
	correctionsData?: unknown,
	knowledge: Knowledge = NO_KNOWLEDGE
): BuildResult {
	const generated = generateQuestions(sources, knowledge);
	const written =
		writtenData === undefined
			? { questions: [], errors: [] }
			: validateWritten(writtenData, sources);
	const generatedIds = new Set(generated.candidates.map((c) => c.question.id));
	const uniqueWritten = written.questions.filter((q) => {
		if (generatedIds.has(q.id)) return false;
		generatedIds.add(q.id);
		return true;
	});
	const outcome = applyReview(
		[...generated.candidates.map((c) => c.question), ...uniqueWritten],
		review
	);
	const corrections = applyCorrections(
		outcome.shipped,
		correctionsData === undefined ? [] : parseCorrections(correctionsData)
	);
	const questions = rankQuestions(corrections.questions, {
		tiers: tiersFromWritten(writtenData),
		position: passagePosition(sources),
		docs: sources.map((s) => s.document.id)
	});
	const shippedBy = { doc: {} as Record<string, number>, type: {} as Record<string, number> };
	for (const q of questions) {
		shippedBy.doc[q.source.doc] = (shippedBy.doc[q.source.doc] ?? 0) + 1;
		shippedBy.type[q.type] = (shippedBy.type[q.type] ?? 0) + 1;
	}
	return {
		bank: { version: 1, documents: sources.map((s) => s.document), questions },
		generated,
		written: { count: uniqueWritten.length, errors: written.errors },
		review: outcome,
		corrections: { dropped: corrections.dropped, annotated: corrections.annotated },
		shippedBy
	};
}
