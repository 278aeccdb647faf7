import { readFileSync } from 'node:fs';
import { indexBank } from '$lib/content/bank';
import { parseBank } from '$lib/content/schema';
import { syntheticQuestions } from './synthetic-quiz';

export function seedBank() {
	const parsed = parseBank(JSON.parse(readFileSync('questions/bank.json', 'utf8')));
	if (!parsed.ok) throw new Error(parsed.error);
	return indexBank(parsed.value);
}

export { makeQuiz, syntheticQuestions } from './synthetic-quiz';

/** Ids as long as the bank allows (81 characters) and unlike each other, so they compress badly. */
export function longIdQuestions(count: number) {
	return syntheticQuestions(count).map((q, i) => ({
		...q,
		id: `${i}-${crc(i)}-${'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(3)}`.slice(0, 81)
	}));
}
const crc = (n: number) => ((n * 2654435761) >>> 0).toString(36);
