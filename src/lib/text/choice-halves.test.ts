import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import { cardDistractors } from '$lib/quiz/card-wrong-choices';
import { choiceParts, halvesClash, halvesNotes, withoutHalves } from './choice-halves';

// Outsider student (session 33): "China", "Russia" and "China and Russia" side by side let a
// student answer from the form of the choices, not from what they know.

describe('halvesClash', () => {
	it('finds a choice two of whose parts are other choices, however written', () => {
		expect(halvesClash(['China', 'Russia', 'China and Russia', 'India'])).toEqual({
			joined: 'China and Russia',
			halves: ['China', 'Russia']
		});
		expect(halvesClash(['the UK', 'FRANCE', 'UK & France'])?.joined).toBe('UK & France');
		expect(halvesClash(['Serbia', 'Kosovo, Serbia or Albania', 'Albania.'])?.halves).toEqual([
			'Serbia',
			'Albania.'
		]);
	});

	it('lets one half alone, and choices that join nothing, stand', () => {
		expect(halvesClash(['China', 'China and Russia', 'India', 'Japan'])).toBeNull();
		expect(halvesClash(['Bosnia and Herzegovina', 'Serbia', 'Croatia', 'Montenegro'])).toBeNull();
		expect(halvesClash(['1999', '2008', '2017', '2024'])).toBeNull();
		expect(choiceParts('Trinidad and Tobago')).toEqual(['trinidad', 'tobago']);
		expect(choiceParts('Andorra')).toEqual([]);
	});
});

describe('withoutHalves', () => {
	it('drops the wrong choice that would complete the pair, keeping the order of the rest', () => {
		expect(withoutHalves('China and Russia', ['China', 'India', 'Russia', 'Japan'])).toEqual([
			'China',
			'India',
			'Japan'
		]);
		expect(withoutHalves('China', ['Russia', 'China and Russia', 'India'])).toEqual([
			'Russia',
			'India'
		]);
	});

	const names = fc.constantFrom('China', 'Russia', 'India', 'the UK', 'France', 'Japan');
	const choice = fc.oneof(
		names,
		fc
			.tuple(names, fc.constantFrom(' and ', ' & ', ', ', ' or ', '/'), names)
			.map(([a, join, b]) => `${a}${join}${b}`)
	);

	it('never leaves a clash, keeps order, and drops only what would clash (property)', () => {
		fc.assert(
			fc.property(choice, fc.array(choice, { maxLength: 8 }), (answer, candidates) => {
				const kept = withoutHalves(answer, candidates);
				expect(halvesClash([answer, ...kept])).toBeNull();
				// A subsequence of the candidates.
				let at = 0;
				for (const value of kept) {
					at = candidates.indexOf(value, at) + 1;
					expect(at).toBeGreaterThan(0);
				}
				// Each candidate left out clashes with the answer and the ones kept before it.
				const before: string[] = [];
				for (const value of candidates) {
					if (kept[before.length] === value && !halvesClash([answer, ...before, value]))
						before.push(value);
					else expect(halvesClash([answer, ...before, value])).not.toBeNull();
				}
				expect(before).toEqual(kept);
			}),
			{ numRuns: 500, seed: 20261205 }
		);
	});
});

const COURSE = 'u-0e2e0000-0000-4000-8000-000000000033';

function card(n: number, answer: string): Question {
	return {
		id: `${COURSE}:q-${n}`,
		type: 'flashcard',
		prompt: `Which country is meant by clue ${n}?`,
		answer,
		explanation: '',
		source: { doc: `${COURSE}:d-1`, quote: '' },
		fact: `${COURSE}:f-${n}`,
		topics: [],
		difficulty: 1,
		origin: 'imported'
	};
}

describe('a flashcard asked as multiple choice (cardDistractors)', () => {
	it('never offers both halves of its key or of another choice (property)', () => {
		const country = fc.constantFrom('China', 'Russia', 'India', 'Brazil', 'Japan', 'Kenya');
		const key = fc.oneof(
			country,
			fc.tuple(country, country).map(([a, b]) => `${a} and ${b}`)
		);
		fc.assert(
			fc.property(fc.array(key, { minLength: 2, maxLength: 14 }), fc.nat(1000), (keys, seed) => {
				const cards = keys.map((k, i) => card(i, k));
				for (const asked of cards) {
					const wrong = cardDistractors(asked, cards, seed);
					expect(halvesClash([asked.answer, ...wrong])).toBeNull();
				}
			}),
			{ numRuns: 150, seed: 33 }
		);
	});
});

describe('halvesNotes', () => {
	it('says which of a file’s own questions list both halves of a choice, once', () => {
		const q = (prompt: string, choices?: string[]) => ({ prompt, choices });
		expect(
			halvesNotes([
				q('Who vetoed it?', ['China', 'Russia', 'China and Russia', 'France']),
				q('Capital of Kenya?', ['Nairobi', 'Mombasa', 'Kisumu', 'Nakuru']),
				q('Term?')
			])
		).toEqual([
			'One multiple-choice question lists both halves of a choice beside it (“China”, “Russia” and “China and Russia” in “Who vetoed it?”): a student can answer from the form of the choices alone. They are imported as written; edit those choices after importing.'
		]);
		expect(halvesNotes([q('Term?'), q('Capital?', ['A', 'B', 'C'])])).toEqual([]);
	});
});
