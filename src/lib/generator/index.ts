import * as v from 'valibot';
import { QuestionSchema, QUESTION_TYPES, type Bank, type Question } from '../content/schema';
import { quoteInSource, type SourceFile } from '../content/sources';
import {
	buildPools,
	candidatesFor,
	statementCandidates,
	type Candidate,
	type DocInfo
} from './candidates';
import { checkCandidate, NearDuplicateFilter, type RejectReason } from './checks';
import { applyCorrections, parseCorrections, type CorrectionOutcome } from './corrections';
import { buildLexicon, factsOf } from './facts';
import { passagePosition, rankQuestions, tiersFromWritten } from './rank';
import { applyReview, type Review } from './review';
import { sentencesOf, type Sentence } from './text';

/**
 * The question generator: clean → sentences → facts → candidates of every type → automatic
 * checks → selection. Pure (no Node APIs) so the browser can later run it on a user's text.
 */

/** At most this many questions rest on one sentence, so the bank covers the whole article. */
const PER_SENTENCE = 5;

export interface GenerateReport {
	sentences: number;
	facts: number;
	generated: number;
	rejectedBy: Record<RejectReason | 'over-sentence-limit', number>;
	kept: number;
}

export interface Generated {
	candidates: Candidate[];
	rejected: { candidate: Candidate; reason: RejectReason | 'over-sentence-limit' }[];
	report: GenerateReport;
}

export function generateQuestions(sources: SourceFile[]): Generated {
	const sentences: Sentence[] = sources.flatMap((source) =>
		sentencesOf(source.document.id, source.blocks)
	);
	const lexicon = buildLexicon(sentences);
	const facts = sentences.flatMap((sentence) => factsOf(sentence, lexicon));
	const pools = buildPools(facts, lexicon);
	const docs = new Map<string, DocInfo>(
		sources.map((s) => [
			s.document.id,
			{ id: s.document.id, short: s.short, year: s.document.date.slice(0, 4) }
		])
	);
	const all = facts.flatMap((fact) =>
		candidatesFor(fact, docs.get(fact.sentence.doc)!, pools, lexicon)
	);
	// Sentences with no extractable fact are often the argument itself (causes, motives):
	// offer them as true statements, so every passage can be studied.
	const withFacts = new Set(facts.map((fact) => fact.sentence));
	for (const sentence of sentences) {
		if (!withFacts.has(sentence))
			all.push(...statementCandidates(sentence, docs.get(sentence.doc)!));
	}
	const rejectedBy = {
		'answer-not-in-source': 0,
		'prompt-leaks-answer': 0,
		'bad-distractors': 0,
		'distractor-true-in-corpus': 0,
		'broken-grammar': 0,
		'near-duplicate': 0,
		'over-sentence-limit': 0
	};
	const rejected: Generated['rejected'] = [];
	const reject = (candidate: Candidate, reason: keyof typeof rejectedBy) => {
		rejectedBy[reason]++;
		rejected.push({ candidate, reason });
	};

	// Best first, so duplicates and sentence limits drop the weaker candidate; ties by id keep runs identical.
	const ranked = [...all].sort(
		(a, b) => b.score - a.score || (a.question.id < b.question.id ? -1 : 1)
	);
	const seenIds = new Set<string>();
	const perSentence = new Map<string, number>();
	const perFactType = new Set<string>();
	const duplicates = new NearDuplicateFilter();
	const kept: Candidate[] = [];
	for (const candidate of ranked) {
		const { question } = candidate;
		if (seenIds.has(question.id)) continue;
		seenIds.add(question.id);
		const reason = checkCandidate(candidate, lexicon);
		if (reason) {
			reject(candidate, reason);
			continue;
		}
		const sentenceKey = `${question.source.doc}|${question.source.quote}`;
		// A blank or a swapped value is bound to its sentence; a flashcard or a question asked
		// without the sentence is one per fact, however many sentences state it.
		const sentenceBound = question.prompt.includes('____') || question.type === 'truefalse';
		const factType = `${question.fact}|${question.type}${sentenceBound ? `|${question.source.quote}` : ''}`;
		if ((perSentence.get(sentenceKey) ?? 0) >= PER_SENTENCE || perFactType.has(factType)) {
			reject(candidate, 'over-sentence-limit');
			continue;
		}
		if (duplicates.isDuplicate(question.type, `${question.prompt} ${question.answer}`)) {
			reject(candidate, 'near-duplicate');
			continue;
		}
		perSentence.set(sentenceKey, (perSentence.get(sentenceKey) ?? 0) + 1);
		perFactType.add(factType);
		kept.push(candidate);
	}
	// A fact asked in one type only is half-taught: give it back its best sibling of another
	// type that only the sentence limit held out (still subject to the duplicate check).
	const typesByFact = new Map<string, Set<string>>();
	for (const { question } of kept)
		typesByFact.set(
			question.fact,
			(typesByFact.get(question.fact) ?? new Set()).add(question.type)
		);
	const restored = new Set<Generated['rejected'][number]>();
	for (const entry of rejected) {
		const { question } = entry.candidate;
		const types = typesByFact.get(question.fact);
		if (entry.reason !== 'over-sentence-limit' || !types || types.size !== 1) continue;
		if (types.has(question.type)) continue;
		if (duplicates.isDuplicate(question.type, `${question.prompt} ${question.answer}`)) continue;
		types.add(question.type);
		kept.push(entry.candidate);
		restored.add(entry);
		rejectedBy['over-sentence-limit']--;
	}
	const stillRejected = rejected.filter((entry) => !restored.has(entry));
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
		rejected: stillRejected,
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
	correctionsData?: unknown
): BuildResult {
	const generated = generateQuestions(sources);
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
