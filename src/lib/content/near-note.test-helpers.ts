import type { Question } from './schema';

/**
 * A typed question keyed "defence" (also "military") that Study's feedback tests and the shared
 * near-miss wording's tests both judge answers against; one fixture, not a copy in each.
 */
export const defenceQuestion = {
	id: 'q-defence',
	type: 'short',
	prompt: 'What did Ankara say the drones were for?',
	answer: 'defence',
	accept: ['military'],
	explanation: '',
	source: { doc: 'drones', quote: 'Ankara answered that the drones were for defence only.' },
	fact: 'drones-defence',
	topics: [],
	difficulty: 2,
	origin: 'written',
	rank: 1
} as unknown as Question;
