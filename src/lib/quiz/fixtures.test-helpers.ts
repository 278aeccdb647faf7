import { readFileSync } from 'node:fs';
import { indexBank } from '$lib/content/bank';
import { parseBank } from '$lib/content/schema';

export function seedBank() {
	const parsed = parseBank(JSON.parse(readFileSync('questions/bank.json', 'utf8')));
	if (!parsed.ok) throw new Error(parsed.error);
	return indexBank(parsed.value);
}

export { makeQuiz, syntheticQuestions } from './synthetic-quiz';
