import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { samePlaceForm, sameWordFamily } from './answer-forms';
import { nearAnswer, SMALL } from './answer-near';
import { answerMatch, matchesAnswer, normalizeAnswer } from './answer-match';
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

/** How two words are one thing said otherwise (a place's form, a word's form, two small words). */
function sameKind(a: string, b: string): string | null {
	if (samePlaceForm(a, b)) return 'place';
	if (sameWordFamily(a, b)) return 'family';
	return SMALL.has(a) && SMALL.has(b) ? 'small' : null;
}

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

	it('a noun phrase or name said in another order, with small joining words, is almost', () => {
		// Issue 14, an outsider: "Liberation Army of Kosovo" was plainly wrong.
		const kla = { answer: 'Kosovo Liberation Army' };
		for (const said of [
			'Liberation Army of Kosovo',
			'the Liberation Army of Kosovo',
			'Army for the Liberation of Kosovo',
			'Kosovo Army of Liberation'
		])
			expect(near(said, kla), said).toBe('order');
		const relations = { answer: 'Serbia-Kosovo relations' };
		expect(near('Kosovo-Serbia relations', relations)).toBe('order');
		expect(near('relations of Kosovo and Serbia', { answer: 'Serbia and Kosovo relations' })).toBe(
			'order'
		);
		expect(near('independence of Kosovo', { answer: 'Kosovo independence' })).toBe('order');
		expect(near('peacekeeping force of NATO', { answer: 'NATO peacekeeping force' })).toBe('order');
		expect(near('Development and Justice', akp)).toBe('generic');
	});

	it('a clause in another order is another fact: plainly wrong', () => {
		const recognised = { answer: 'Turkey recognised Kosovo' };
		expect(near('Kosovo recognised Turkey', recognised)).toBeNull();
		expect(near('recognised Kosovo Turkey', recognised)).toBeNull();
		expect(near('Kosovo was recognised by Turkey', recognised)).toBeNull();
		expect(near('Kosovo supports Serbia', { answer: 'Serbia supports Kosovo' })).toBeNull();
		expect(near('Kosovo’s claims in Serbia', { answer: 'Serbia’s claims in Kosovo' })).toBeNull();
		expect(
			near('the village attacked the army', { answer: 'the army attacked the village' })
		).toBeNull();
		// Neither a word left hanging nor a word missing.
		expect(near('Liberation Army of', { answer: 'Kosovo Liberation Army' })).toBeNull();
		expect(near('Liberation of Kosovo', { answer: 'Kosovo Liberation Army' })).toBeNull();
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

	it('a landform name without its kind is almost, not right (outsider teacher, issues 12/14)', () => {
		const oldHarry = { answer: 'Old Harry Rocks', prompt: '____ in Dorset is a famous stack.' };
		const landforms: [string, string][] = [
			['Old Harry', 'Old Harry Rocks'],
			['Mississippi', 'Mississippi River'],
			['Great Barrier', 'Great Barrier Reef'],
			['Cheddar', 'Cheddar Gorge'],
			['Sahara', 'Sahara Desert'],
			['Kalahari', 'Kalahari Desert'],
			['Cheviot', 'Cheviot Hills']
		];
		for (const [typed, answer] of landforms) {
			expect(near(typed, { answer }), typed).toBe('generic');
			expect(matchesAnswer(typed, { answer }), typed).toBe(false);
		}
		expect(near('Old Harry', oldHarry)).toBe('generic');
		// Not a kind word whose absence names another thing: "Nile" for "Nile Delta" is the river.
		expect(nearAnswer('Nile', { answer: 'Nile Delta' })).toBeNull();
		// A head noun without its "of" phrase is another thing ("Bay" is not "Bay of Bengal").
		const eye = { answer: 'eye of the storm', prompt: 'The ____ is an area of calm weather.' };
		expect(nearAnswer('eye', eye)).toBeNull();
		expect(matchesAnswer('eye', eye)).toBe(false);
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

	it('a right answer with an aside in brackets: right when listed or its initials, else almost', () => {
		// Issue 14: "the Justice and Development Party (AKP)" was plainly wrong.
		for (const right of [
			'the Justice and Development Party (AKP)',
			'Justice and Development Party [AK Party]',
			'AKP (Justice and Development Party)',
			'Justice and Development Party (JDP)'
		])
			expect(answerMatch(right, akp), right).toMatchObject({ kind: 'aside' });
		expect(
			answerMatch('Kosovo Liberation Army (KLA)', { answer: 'Kosovo Liberation Army' })
		).toEqual({
			kind: 'aside',
			matched: 'Kosovo Liberation Army'
		});
		expect(near('Camp Bondsteel (US Army)', bondsteel)).toBe('aside');
		expect(near('Justice and Development Party (CHP)', akp)).toBe('aside');
		expect(near('Justice and Development (AKP)', akp)).toBe('generic');
		expect(near('Democratic Party (AKP)', akp)).toBeNull();
		expect(near('Film City (Camp Bondsteel)', bondsteel)).toBeNull();
	});

	it('the key with a word naming its kind added is almost', () => {
		// Issue 14: "Camp Bondsteel base".
		expect(near('Camp Bondsteel base', bondsteel)).toBe('added');
		expect(near('Bondsteel base', bondsteel)).toBe('added');
		expect(near('Justice and Development Party movement', akp)).toBe('added');
		const prizren = { answer: 'Prizren' };
		expect(near('Prizren city', prizren)).toBe('added');
		expect(near('the city of Prizren', prizren)).toBe('added');
		expect(near('Mexico', { answer: 'Mexico City' })).toBeNull();
		expect(near('Prizren Force', prizren)).toBeNull();
		expect(near('Camp Bondsteel military base', bondsteel)).toBeNull();
		expect(near('council day', { answer: 'a day' })).toBeNull(); // a name's kind, not a noun's
	});

	it('the key’s words with other small words between them is almost', () => {
		// Issue 14: "Butcher from Belgrade" for "Butcher of Belgrade".
		const butcher = { answer: 'Butcher of Belgrade', accept: ['butcher'] };
		expect(near('Butcher from Belgrade', butcher)).toBe('small');
		expect(near('Butcher in Belgrade', butcher)).toBe('small');
		expect(near('Butcher Belgrade', butcher)).toBe('small');
		expect(near('University in Pristina', { answer: 'University of Pristina' })).toBe('small');
		for (const wrong of [
			'Butcher of Sarajevo',
			'Butcher to Belgrade',
			'Baker of Belgrade',
			'of',
			'butcher of a',
			'Butcher of'
		])
			expect(near(wrong, butcher), wrong).toBeNull();
	});

	it('a lower-case word of the key in another form of its family is almost', () => {
		// Issue 14: "stabilizing" for the built-in cloze "a regional ____" (key "stabiliser").
		const stabiliser = {
			answer: 'stabiliser',
			accept: ['stabilising factor', 'stabilizer', 'stabilizing power']
		};
		for (const form of ['stabilizing', 'stabilising', 'stabilization', 'stabilizations'])
			expect(near(form, stabiliser), form).toBe('family');
		expect(matchesAnswer('stabilize', stabiliser)).toBe(true); // one letter from "stabilizer"
		expect(near('stabilizing factors', stabiliser)).toBe('family');
		for (const wrong of ['stability', 'stable', 'destabilizing', 'stabilizing army'])
			expect(near(wrong, stabiliser), wrong).toBeNull();
		expect(near('corn', { answer: 'corner' })).toBeNull();
		expect(near('Field', { answer: 'Fielding' })).toBeNull(); // a name has no family
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
// bank (a different name) is never "almost", unless the new word is a form of the old place or
// word, or both are small words ("from" for "of"); nor is it with the decorations the near kinds
// forgive (a kind word added, an aside in brackets, another small word, another word form).
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
					fc.pre(!words.includes(other) && sameKind(other, words[i]) === null);
					// A word put for a leading article ("The United States") is added, not swapped.
					fc.pre(i > 0 || !SMALL.has(words[0]));
					const input = words.map((word, j) => (j === i ? other : word)).join(' ');
					fc.pre(!matchesAnswer(input, q));
					// The key alone: through an accepted form the swap can be a small word for a small
					// word ("with day later" for "a day later", the bank of 2026-12-05), which is near.
					const keyOnly = { ...q, accept: [] };
					expect(nearAnswer(input, keyOnly), `${input} / ${q.answer}`).toBeNull();
				}
			),
			{ numRuns: 800, seed: 21 }
		);
	});

	it('a different name stays wrong with a kind word, an aside, a small word or a form changed', () => {
		const decorations = [
			(input: string) => `${input} base`,
			(input: string) => `city of ${input}`,
			(input: string) => `${input} (AKP)`,
			(input: string) => input.replace(/\bof\b/, 'from'),
			(input: string) => input.replace(/er\b/, 'ing')
		];
		fc.assert(
			fc.property(
				fc.constantFrom(...typed),
				fc.nat(),
				fc.constantFrom(...vocabulary),
				fc.constantFrom(...decorations),
				(q, at, other, decorate) => {
					const words = normalizeAnswer(q.answer).split(' ');
					const i = at % words.length;
					fc.pre(!words.includes(other) && sameKind(other, words[i]) === null);
					// A small word put in a name's place leaves the word out rather than naming another.
					fc.pre(!SMALL.has(other));
					fc.pre(!q.accept?.some((accepted) => normalizeAnswer(accepted).includes(other)));
					const swapped = words.map((word, j) => (j === i ? other : word)).join(' ');
					// A swap that is no different name leaves the property's ground, and its decoration
					// is then rightly near (both found by npm run fuzz): one the marking forgives as a
					// slip ("kosovo liberation arms" for "Kosovo Liberation Army", seed 1001, below), and
					// one already near through an accepted answer, as in the property above ("camp
					// haradinaj" for "Ramush Haradinaj" is the accepted "Haradinaj" with a kind word
					// added, seed 1001 ×20).
					fc.pre(!matchesAnswer(swapped, q) && nearAnswer(swapped, q) === null);
					const input = decorate(swapped);
					fc.pre(!matchesAnswer(input, q));
					expect(nearAnswer(input, q), `${input} / ${q.answer}`).toBeNull();
				}
			),
			{ numRuns: 1500, seed: 24 }
		);
		// 1,500 runs of two markings each: 6 s on a quiet machine, 33 s in a CI clone sharing two
		// cores with eight builds (session 36); the time limit is the property tests' own.
	}, 120_000);

	it('a slip of the key with an aside is near, not a different name (fuzz counterexample)', () => {
		// npm run fuzz, seed 1001: the property above took "arms" for another word than "army".
		const kla = {
			answer: 'Kosovo Liberation Army',
			accept: ['KLA', 'the Kosovo Liberation Army', 'UÇK', 'UCK']
		};
		expect(matchesAnswer('kosovo liberation arms', kla)).toBe(true);
		expect(near('kosovo liberation arms (AKP)', kla)).toBe('aside');
	});
});
