import { describe, expect, it } from 'vitest';
import { buildLexicon } from '$lib/generator/facts';
import { askableTerm, nameRuns } from './cloze-kinds';
import { documentSentences, emptyLexicon } from './cloze-suggest';
import { chooseBlank, definedSpan, unfairBlank } from './suggest-blank';

// Made-up sentences (no real people or places): each kind of blank an outsider teacher
// refused in Suggested sentences (suggest2: she kept 7 of 22).
const never = () => false;
const hidden = (text: string, span?: { start: number; end: number }) =>
	span && text.slice(span.start, span.end);

describe('a blank never hides a sentence opening or filler', () => {
	it('refuses defined "terms" that are openings, pronoun clauses or a bare noun', () => {
		for (const term of [
			'Today radio',
			'Today Ostrid',
			'Every hour she spends',
			'The participants',
			'Helmholtz was sure Hertz',
			'This change'
		])
			expect(askableTerm(term), term).toBe(false);
		expect(askableTerm('A secondary feature'), 'filler').toBe(false);
		for (const term of [
			'Verlandism',
			'The marginal cost',
			'A natural monopoly',
			'The Kalby Dam',
			'Second Empire'
		])
			expect(askableTerm(term), term).toBe(true);
	});

	it('asks the name after an opening word, not the opening with it', () => {
		const text = 'Today Ostrid Malm is remembered as the first critic of the tariffs.';
		expect(nameRuns(text).map((s) => hidden(text, s))).toEqual(['Ostrid Malm']);
		const placed = 'In Norvania the tariffs were raised twice.';
		expect(nameRuns(placed).map((s) => hidden(placed, s))).toEqual(['Norvania']);
		// A run that opens on a name is not cut into half a name.
		const born = 'Ostrid Malm was born in Kalby.';
		expect(nameRuns(born).map((s) => hidden(born, s))).toEqual(['Kalby']);
	});

	it('picks no opening words as the blank of a sentence that seems to define them', () => {
		const text = 'Today radio is the main medium of the trade news in Brelund.';
		const blank = chooseBlank(text, ['definition'], emptyLexicon());
		expect(hidden(text, blank)).not.toMatch(/Today/);
		const list = 'The participants were the kingdoms of Estavia, Norvania and Brelund.';
		expect(hidden(list, chooseBlank(list, ['definition'], emptyLexicon()))).toBeUndefined();
	});
});

describe('the blank is what the sentence is about', () => {
	it('hides the defined term, also after an opening phrase or "known as"', () => {
		const lead =
			'Verlandism was an economic doctrine that guided the trade of the Estavian kingdoms.';
		expect(hidden(lead, chooseBlank(lead, ['definition'], emptyLexicon()))).toBe('Verlandism');
		const placed = 'In Norvania, verlandism was a policy of high tariffs on imported cloth.';
		expect(hidden(placed, definedSpan(placed))).toBe('verlandism');
		expect(hidden(placed, chooseBlank(placed, ['definition'], emptyLexicon()))).toBe('verlandism');
		const known = 'A tax on every bale of imported cloth was known as the bale toll.';
		expect(hidden(known, definedSpan(known))).toBe('bale toll');
		// Outsider teacher, session 23: "discharge" typed, marked wrong against "discharge of a river".
		const whose = 'The discharge of a river is the volume of water passing a point each second.';
		expect(hidden(whose, definedSpan(whose))).toBe('discharge');
		const light = 'The speed of light is the fastest speed anything can travel at.';
		expect(hidden(light, definedSpan(light))).toBe('speed of light');
	});

	it('asks the document’s subject only where nothing else can be asked', () => {
		const text = 'The bale toll of Verlandia was first collected at the harbour of Kalby.';
		expect(hidden(text, chooseBlank(text, [], emptyLexicon()))).toBe('Verlandia');
		const isSubject = (answer: string) => answer === 'Verlandia';
		const blank = chooseBlank(text, [], emptyLexicon(), () => false, isSubject);
		expect(hidden(text, blank)).toBe('Kalby');
	});

	it('hides a date before a name as a date, not a name the date is part of', () => {
		// "In January 49 BC Caesar led…" gave "Italy" (outsider, issue 12): the date was taken
		// for part of the name "… Caesar".
		const text = 'In January 49 BC Marcus led his army across the River Kalby into Estavia.';
		const date = { start: 3, end: 16, kind: 'a date' };
		expect(hidden(text, date)).toBe('January 49 BC');
		expect(unfairBlank(text, date, never)).toBe(false);
		expect(hidden(text, chooseBlank(text, [], emptyLexicon()))).toBe('January 49 BC');
	});

	it('prefers another kind of blank to a place named in passing', () => {
		const text = 'Across Estavia the council of Kalby adopted the verland theory of trade.';
		const blank = chooseBlank(text, [], emptyLexicon());
		expect(hidden(text, blank)).not.toBe('Estavia');
	});

	it('refuses a nationality or eponym used as an adjective', () => {
		const text = 'The Norvanian regime closed the harbour of Kalby in 1733.';
		expect(unfairBlank(text, { start: 4, end: 13, kind: 'a name' }, never)).toBe(true);
		const puppet = 'Malm described a puppet Estavian council that ruled Kalby in 1733.';
		const at = puppet.indexOf('Estavian');
		expect(unfairBlank(puppet, { start: at, end: at + 8, kind: 'a name' }, never)).toBe(true);
	});
});

describe('the rest of the sentence never gives the blank away', () => {
	const span = (text: string, words: string) => {
		const start = text.indexOf(words);
		return { start, end: start + words.length, kind: 'a name' };
	};
	it('refuses part of the subject’s name, a word of its stem, its acronym', () => {
		const name = 'Ostrid Annika Malm (1702–1760) was an Estavian writer.';
		expect(unfairBlank(name, span(name, 'Ostrid Annika'), never)).toBe(true);
		const stem = 'Malm also described the Malmian cycle of boom and bust in 1740.';
		expect(unfairBlank(stem, span(stem, 'Malmian'), never)).toBe(true);
		expect(unfairBlank(stem, span(stem, 'Malm'), never)).toBe(true);
		const acronym = 'The Brelund Cloth Board (BCB) set the price of cloth in 1750.';
		expect(unfairBlank(acronym, span(acronym, 'Brelund Cloth Board'), never)).toBe(true);
		const initial = 'The treaty was signed for Kalby by Peder J. Lund in 1752.';
		expect(unfairBlank(initial, span(initial, 'Lund'), never)).toBe(true);
		expect(unfairBlank(initial, span(initial, 'Peder J'), never)).toBe(true);
		const alias = 'The portrait hung in the Kalby City Hall (Raadhuset) until 1933.';
		expect(unfairBlank(alias, span(alias, 'Raadhuset'), never)).toBe(true);
	});

	it('keeps a fair name blank', () => {
		const fair = 'The treaty of 1752 was signed for Kalby by the merchant Peder Lund.';
		expect(unfairBlank(fair, span(fair, 'Peder Lund'), never)).toBe(false);
	});
});

describe('with a lexicon read from the document', () => {
	it('still hides the defined term first', () => {
		const text =
			'Verlandism was an economic doctrine of the Estavian kingdoms. Ostrid Malm was its first critic.';
		const lexicon = buildLexicon(documentSentences('d', text));
		const lead = 'Verlandism was an economic doctrine of the Estavian kingdoms.';
		expect(hidden(lead, chooseBlank(lead, ['definition'], lexicon))).toBe('Verlandism');
	});
});

// Outsider teacher, issue 12: "The typical ship of the League" hidden as a key term; "German",
// "League", "Monday" and "Monument" hidden alone. Made-up sentences.
describe('a blank names something a student can learn', () => {
	const span = (text: string, answer: string) => {
		const start = text.indexOf(answer);
		return { start, end: start + answer.length, kind: 'a name' };
	};

	it('never hides a subject that is the whole clue, and asks what it is instead', () => {
		const text = 'The typical ship of the Kalby League was the cog, a broad vessel with one mast.';
		expect(unfairBlank(text, span(text, 'The typical ship of the Kalby League'), never)).toBe(true);
		const after = 'In 1400, the largest port in Norvania was Kalby, on the northern coast.';
		expect(unfairBlank(after, span(after, 'the largest port in Norvania'), never)).toBe(true);
		const lexicon = buildLexicon(documentSentences('d', text));
		expect(hidden(text, chooseBlank(text, ['definition'], lexicon))).not.toMatch(/^The typical/);
		// A term of its own stays askable: nothing after its "of" is a name.
		const term = 'The theory of tariffs is the idea that a state grows rich by selling more.';
		expect(unfairBlank(term, span(term, 'The theory of tariffs'), never)).toBe(false);
		const named = 'The Kalby League was a union of merchant towns around the Brelund Sea.';
		expect(unfairBlank(named, span(named, 'The Kalby League'), never)).toBe(false);
	});

	it('never hides one bare word that names nothing alone', () => {
		const cases: [string, string][] = [
			['The treaty was signed by the German envoy at Kalby in 1370.', 'German'],
			['The Bulgarians held the pass at Kalby for three winters.', 'Bulgarians'],
			['The Japanese fleet sailed from Kalby in the spring of 1904.', 'Japanese'],
			['Ships of the League called at Kalby twice a year for salt.', 'League'],
			['The market of Kalby opened every Monday at the town gate.', 'Monday'],
			['The Monument stands where the first harbour wall of Kalby was built.', 'Monument']
		];
		for (const [text, answer] of cases)
			expect(unfairBlank(text, span(text, answer), never), answer).toBe(true);
		// A name of several words, and a person named Christian, are still fair.
		const empire = 'The German Empire was proclaimed at Versailles in January 1871.';
		expect(unfairBlank(empire, span(empire, 'German Empire'), never)).toBe(false);
		const person = 'The harbour of Kalby was rebuilt by Christian Malm after the storm.';
		expect(unfairBlank(person, span(person, 'Christian Malm'), never)).toBe(false);
	});
});
