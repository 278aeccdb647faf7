import type { Candidate } from './candidates';
import type { Lexicon } from './facts';
import { findWhole, fold, words } from './text';

/** The automatic checks; each names why a candidate was rejected. */
export type RejectReason =
	| 'answer-not-in-source'
	| 'prompt-leaks-answer'
	| 'bad-distractors'
	| 'distractor-true-in-corpus'
	| 'broken-grammar'
	| 'near-duplicate';

function containsWord(hay: string, needle: string): boolean {
	const h = ` ${fold(hay)} `;
	const n = fold(needle);
	return n.length > 0 && h.includes(` ${n} `);
}

export function checkCandidate(candidate: Candidate, lexicon: Lexicon): RejectReason | undefined {
	const { question, fact, distractors } = candidate;
	const quote = question.source.quote;
	const answer = fact.answer;
	// The answer (or, for a quote, one of the speaker's names) must be in the cited sentence.
	const forms = fact.kind === 'quote' ? [answer, ...fact.accept] : [answer];
	if (!forms.some((form) => findWhole(quote, form) >= 0)) return 'answer-not-in-source';

	// The prompt must not give the answer away, not even by a surname or an acronym.
	if (question.type !== 'truefalse') {
		const aliases = [question.answer, ...(question.accept ?? [])];
		if (fact.kind === 'acronym' && question.type !== 'cloze')
			aliases.push(...(fact.about ? [] : []));
		if (fact.kind === 'acronym' && question.type === 'cloze' && fact.about) {
			// The acronym beside the blank is a hint, not the answer.
		}
		if (aliases.some((alias) => containsWord(question.prompt.replace('____', ' '), alias)))
			return 'prompt-leaks-answer';
	}

	if (question.type === 'mcq' || question.type === 'truefalse') {
		if (question.type === 'mcq' && distractors.length !== 3) return 'bad-distractors';
		const seen = new Set<string>([fold(answer)]);
		for (const value of distractors) {
			const key = fold(value);
			if (!key || seen.has(key)) return 'bad-distractors';
			seen.add(key);
			if (
				(fact.fine === 'person' || fact.fine === 'surname') &&
				lexicon.personByAlias.get(key) === fact.identity
			)
				return 'bad-distractors';
			if (fact.fine === 'acronym' && (key.includes(fold(answer)) || fold(answer).includes(key)))
				return 'bad-distractors';
			const answerWords = words(answer);
			const valueWords = words(value);
			if (
				fact.kind !== 'number' &&
				fact.kind !== 'year' &&
				fact.kind !== 'date' &&
				valueWords.some((w) => w.length > 3 && answerWords.includes(w))
			)
				return 'bad-distractors';
			// Offered as wrong but stated in the very sentence: true according to the corpus.
			if (containsWord(quote, value)) return 'distractor-true-in-corpus';
		}
	}

	if (question.type === 'cloze' || question.type === 'mcq') {
		const prompt = question.prompt;
		if (prompt.includes('____')) {
			if (/\b(a|an)\s+____/i.test(prompt)) return 'broken-grammar';
			if (/____[\p{L}\p{N}]/u.test(prompt) || /[\p{L}\p{N}]____/u.test(prompt))
				return 'broken-grammar';
			const context = prompt
				.replace('____', '')
				.split(/\s+/)
				.filter((w) => /\p{L}/u.test(w));
			if (context.length < 6) return 'broken-grammar';
		}
	}
	if (!/[.!?”"’)]$/.test(quote) || !/^[\p{Lu}\d“"‘(]/u.test(quote)) return 'broken-grammar';
	return undefined;
}

const SHINGLE = 3;
const HASHES = 16;
const BANDS = 8;

function shinglesOf(text: string): string[] {
	const tokens = words(text);
	if (tokens.length < SHINGLE) return [tokens.join(' ')];
	const out: string[] = [];
	for (let i = 0; i + SHINGLE <= tokens.length; i++)
		out.push(tokens.slice(i, i + SHINGLE).join(' '));
	return out;
}

function hash32(text: string, seed: number): number {
	let h = (0x811c9dc5 ^ seed) >>> 0;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	h ^= h >>> 13;
	h = Math.imul(h, 0x5bd1e995) >>> 0;
	return (h ^ (h >>> 15)) >>> 0;
}

function jaccard(a: Set<string>, b: Set<string>): number {
	let shared = 0;
	for (const item of a) if (b.has(item)) shared++;
	return shared / (a.size + b.size - shared || 1);
}

/**
 * Near-duplicate filter by MinHash with banding (locality-sensitive hashing): each kept
 * question is compared only with the few earlier ones that share a band, so the cost grows
 * linearly with the number of questions, not with its square.
 */
export class NearDuplicateFilter {
	private buckets = new Map<string, Set<string>[]>();
	constructor(private threshold = 0.7) {}

	/** Returns true when `text` nearly repeats an earlier accepted text of the same kind; otherwise records it. */
	isDuplicate(kind: string, text: string): boolean {
		const shingles = new Set(shinglesOf(text));
		const signature: number[] = [];
		for (let i = 0; i < HASHES; i++) {
			let min = 0xffffffff;
			for (const shingle of shingles) min = Math.min(min, hash32(shingle, i * 0x9e3779b1));
			signature.push(min);
		}
		const rows = HASHES / BANDS;
		const keys: string[] = [];
		for (let band = 0; band < BANDS; band++)
			keys.push(`${kind}|${band}|${signature.slice(band * rows, band * rows + rows).join(',')}`);
		for (const key of keys) {
			const bucket = this.buckets.get(key);
			if (!bucket) continue;
			// A bucket keeps few members: duplicates are never added, so it stays short.
			for (const other of bucket.slice(0, 4))
				if (jaccard(shingles, other) >= this.threshold) return true;
		}
		for (const key of keys) {
			const bucket = this.buckets.get(key) ?? [];
			if (bucket.length < 4) bucket.push(shingles);
			this.buckets.set(key, bucket);
		}
		return false;
	}
}
