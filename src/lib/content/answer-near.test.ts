import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { samePlaceForm } from './answer-forms';
import { nearAnswer } from './answer-near';
import { matchesAnswer, normalizeAnswer } from './answer-match';
import { parseBank } from './schema';

const bondsteel = {
	prompt: 'What is the name of the American military base in southeastern Kosovo, near Ferizaj?',
	answer: 'Camp Bondsteel',
	accept: ['Bondsteel']
};
const akp = {
	prompt: 'Under which Turkish governing party have ties with Kosovo deepened?',
	answer: 'Justice and Development Party',
	accept: ['AKP', 'AK Party']
};
const cyprus = {
	prompt: 'The National Guard of which country received Serbian-made rocket launchers?',
	answer: 'Cyprus',
	accept: ['Republic of Cyprus']
};
const plates = {
	prompt: 'Which two tectonic plates meet under Turkey?',
	answer: 'African and Eurasian plates'
};

/** The near kind of an answer, or null; asserting it is never marked right. */
function near(input: string, question: Parameters<typeof nearAnswer>[1]) {
	expect(matchesAnswer(input, question), `${input} is not right`).toBe(false);
	return nearAnswer(input, question)?.kind ?? null;
}

describe('nearly-right typed answers (issue 12/14, an outsider student)', () => {
	it('the key’s words in another order are almost', () => {
		expect(near('Bondsteel Camp', bondsteel)).toBe('order');
		expect(near('Development and Justice Party', akp)).toBe('order');
		expect(near('Eurasian and African plates', plates)).toBe('order');
	});

	it('a generic first or last word left out is almost', () => {
		expect(near('Justice and Development', akp)).toBe('generic');
		expect(near('the Justice and Development', akp)).toBe('generic');
		expect(near('Development and Justice', akp)).toBe('generic');
		const university = { answer: 'University of Pristina' };
		expect(near('Pristina', university)).toBe('generic');
		expect(nearAnswer('Camp Bondsteel', bondsteel)).toBeNull(); // right, not near
		expect(matchesAnswer('Bondsteel', bondsteel)).toBe(true);
	});

	it('a place for its demonym or adjective, or the other way round, is almost', () => {
		expect(near('Cypriot', cyprus)).toBe('place');
		expect(near('Cypriots', cyprus)).toBe('place');
		expect(near('Africa and Eurasia', plates)).toBe('place');
		expect(near('the Africa and Eurasia plates', plates)).toBe('place');
		expect(near('Turkey', { answer: 'Turkish' })).toBe('place');
		expect(near('Greek', { answer: 'Greece' })).toBe('place');
	});

	it('a different place, person or party stays plainly wrong', () => {
		for (const wrong of ['Turkish Cypriot', 'Turkey', 'Greece', 'Crete', 'Cypress Hill', 'Syria'])
			expect(near(wrong, cyprus), wrong).toBeNull();
		for (const wrong of ['Camp Film City', 'Film City', 'Camp', 'Bondsteel Base Camp'])
			expect(near(wrong, bondsteel), wrong).toBeNull();
		for (const wrong of [
			'Democratic Party',
			'Party',
			'Justice Party',
			'Development Party',
			'Justice and Party'
		])
			expect(near(wrong, akp), wrong).toBeNull();
		for (const wrong of ['Africa', 'Arabia and Eurasia', 'African', 'Asia and Africa'])
			expect(near(wrong, plates), wrong).toBeNull();
		expect(near('Kosovo', { answer: 'Kosovo Force' })).toBeNull();
		expect(near('Prizren', { answer: 'Prizren District' })).toBeNull();
		expect(near('Ottoman', { answer: 'Ottoman Turkey' })).toBeNull();
	});

	it('numbers and numerical answers are never near', () => {
		expect(near('1999 March', { answer: 'March 1999' })).toBeNull();
		expect(
			nearAnswer('8 1', { answer: '18', numeric: { tolerance: 0 } } as Parameters<
				typeof nearAnswer
			>[1])
		).toBeNull();
	});
});

// Property over the built-in bank: a typed key with one word swapped for another word of the
// bank (a different name) is never "almost", unless the new word is a form of the old place.
describe('near answers over the bank', () => {
	const parsed = parseBank(JSON.parse(readFileSync('questions/bank.json', 'utf8')));
	if (!parsed.ok) throw new Error(parsed.error);
	const typed = parsed.value.questions.filter((q) => q.type === 'short' || q.type === 'cloze');
	const vocabulary = [
		...new Set(parsed.value.questions.flatMap((q) => normalizeAnswer(q.answer).split(' ')))
	];

	it('a key with one word replaced by another word of the bank is not near', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...typed),
				fc.nat(),
				fc.constantFrom(...vocabulary),
				(q, at, other) => {
					const words = normalizeAnswer(q.answer).split(' ');
					const i = at % words.length;
					fc.pre(!words.includes(other) && !samePlaceForm(other, words[i]));
					const input = words.map((word, j) => (j === i ? other : word)).join(' ');
					fc.pre(!matchesAnswer(input, q));
					expect(nearAnswer(input, q), `${input} / ${q.answer}`).toBeNull();
				}
			),
			{ numRuns: 800, seed: 21 }
		);
	});
});
