import type { Candidate } from './candidates';
import type { RejectReason } from './checks';
import { balancedKeys, parity } from './balance';
import { NearDuplicateFilter } from './duplicates';
import { fold } from './text';

/**
 * The generator's last stage, selection: one candidate per fact and slot, balanced statement
 * keys, then limits per sentence, per answer, identical prompts and near-duplicates. Pure.
 */

/** Why selection left a candidate out (or the check that rejected it first). */
export type SelectReason =
	| 'same-answer-repeated'
	| RejectReason
	| 'over-sentence-limit'
	| 'unpaired-statement'
	| 'unbalanced-truth'
	| 'other-key-chosen'
	| 'other-type-chosen';

/** At most this many facts of one sentence are asked: more would answer one another. */
const PER_SENTENCE = 3;
/**
 * At most this many questions of one job (blank, statement, card…) share an answer across the
 * bank: five articles that all say "2008" would otherwise make "2008" a guess that always wins.
 */
const PER_ANSWER = 2;

/** Where selection records what it leaves out. */
interface Rejections {
	add(candidate: Candidate, reason: SelectReason): void;
}

/**
 * 2. One candidate per fact and slot. A statement ships only when its true and its false
 * version both pass, so neither key is built differently; which one ships is a stable coin.
 * Then 3., best first, the sentence, answer, identical-prompt and near-duplicate limits.
 */
export function select(passed: Candidate[], rejections: Rejections): Candidate[] {
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
	return applyLimits(chosen, perAnswer, reject, PER_SENTENCE);
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
	limit: number
): Candidate[] {
	chosen.sort((a, b) => b.score - a.score || (a.question.id < b.question.id ? -1 : 1));
	const perSentence = new Map<string, Set<string>>();
	const prompts = new Set<string>();
	const duplicates = new NearDuplicateFilter();
	const kept: Candidate[] = [];
	for (const candidate of chosen) {
		const { question } = candidate;
		const sentenceKey = `${question.source.doc}|${question.source.quote}`;
		const factsHere = perSentence.get(sentenceKey) ?? new Set<string>();
		// The limit counts facts (a fact's siblings come together); a limit of one counts questions.
		const full =
			limit === 1 ? factsHere.size > 0 : !factsHere.has(question.fact) && factsHere.size >= limit;
		if (full) {
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
	return kept;
}
