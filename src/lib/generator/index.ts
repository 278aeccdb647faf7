import * as v from 'valibot';
import { QuestionSchema, type Bank, type Question } from '../content/schema';
import { quoteInSource, type SourceFile } from '../content/sources';
import { NO_KNOWLEDGE, type Knowledge } from './knowledge';
import { applyCorrections, parseCorrections, type CorrectionOutcome } from './corrections';
import { passagePosition, rankQuestions, tiersFromWritten } from './rank';
import { applyReview, type Review } from './review';
import { generateSteps, runSteps, type Generated } from './steps';

export { NO_KNOWLEDGE, parseKnowledge, type Knowledge } from './knowledge';
export {
	generateSteps,
	monthYear,
	type GenerateReport,
	type GenerateStep,
	type Generated,
	type SelectReason
} from './steps';

/**
 * The question generator: clean → sentences → facts → candidates of every type → automatic
 * checks → selection. Pure (no Node APIs): the browser runs it on a user's text in a Web Worker.
 */

/** The whole generator, run straight through (see `steps.ts` for the stages). */
export function generateQuestions(
	sources: SourceFile[],
	knowledge: Knowledge = NO_KNOWLEDGE
): Generated {
	return runSteps(generateSteps(sources, knowledge));
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
