import { describe, expect, it } from 'vitest';
import { buildLexicon } from '$lib/generator/facts';
import { generalTerms, halfOfWhole, termUnit, wholeUnit } from './blank-units';
import {
	blankCandidates,
	documentFacts,
	documentSentences,
	emptyLexicon,
	wrongChoices
} from './cloze-suggest';
import { definedSpan } from './suggest-blank';
import { suggestSentences } from './sentence-suggest';

// Made-up sentences in the shape of an outsider teacher's history handout (issue 12): her
// writer suggested "1788" of "July 1788", "France's", and "France" all through a history of
// France.
const at = (text: string, words: string) => ({
	start: text.indexOf(words),
	end: text.indexOf(words) + words.length,
	kind: 'a year'
});
const shown = (text: string, span?: { start: number; end: number }) =>
	span && text.slice(span.start, span.end);

describe('wholeUnit', () => {
	it('takes a year with the month and day written before it', () => {
		const text = 'A hailstorm in July 1788 destroyed the harvest before 17 June 1789 came.';
		expect(wholeUnit(text, at(text, '1788'))).toEqual({ ...at(text, 'July 1788'), kind: 'a date' });
		expect(shown(text, wholeUnit(text, at(text, '1789')))).toBe('17 June 1789');
		const spring = 'Bread rose sharply in the spring of 1789.';
		expect(wholeUnit(spring, at(spring, '1789'))).toEqual(at(spring, '1789'));
	});

	it('takes the whole of a word or number a span starts or ends inside', () => {
		const text = 'By the late 1780s about 1,789 deputies and 2.5 million people had come.';
		expect(shown(text, wholeUnit(text, at(text, '1780')))).toBe('1780s');
		expect(shown(text, wholeUnit(text, at(text, '789')))).toBe('1,789');
		expect(shown(text, wholeUnit(text, at(text, '5 million')))).toBe('2.5 million');
	});

	it('leaves a name’s possessive in the prompt', () => {
		const text = 'Its fall became the symbol of France’s national day.';
		expect(shown(text, wholeUnit(text, at(text, 'France’s')))).toBe('France');
	});
});

// Issue 12 (outsider's Roman Republic handout): "BC" was blanked as "(a name)", "BC the
// Licinian-Sextian" offered as one name, and "367 BC" never offered. An era marker belongs to
// its year, never to a name.
describe('years with an era', () => {
	const all = (text: string) =>
		blankCandidates(text, emptyLexicon()).map((c) => [shown(text, c), c.kind]);

	it('offers a year with its era as one unit, never the era marker as a name', () => {
		const kings = 'By tradition the town of Velmora was ruled by seven kings until 509 BC.';
		expect(all(kings)[0]).toEqual(['509 BC', 'a year']);
		const laws =
			'In 367 BC the Licinian-Sextian laws allowed a plebeian to be consul, and in 287 BC the Hortensian law passed.';
		const found = all(laws);
		expect(found).toEqual(
			expect.arrayContaining([
				['367 BC', 'a year'],
				['287 BC', 'a year'],
				['Licinian-Sextian', 'a name']
			])
		);
		for (const text of [kings, laws])
			for (const [words, kind] of all(text)) {
				expect(words).not.toMatch(/^(?:BCE?|AD|CE)\b/u);
				if (kind === 'a name') expect(words).not.toMatch(/\b(?:BCE?|AD|CE)\b/u);
			}
	});

	it('takes every era’s form, before or after the year, and "c." of an approximate one', () => {
		const text =
			'The harbour was begun c. 753 BC, rebuilt in AD 14 and walled by 300 BCE or 20 CE.';
		expect(
			all(text)
				.filter(([, kind]) => kind === 'a year')
				.map(([words]) => words)
		).toEqual(['c. 753 BC', 'AD 14', '300 BCE', '20 CE']);
		expect(all(text).map(([words]) => words)).not.toContain('AD');
	});

	it('keeps a date’s era and year with its month and day', () => {
		const crossing = 'In January 49 BC Marcus led his army across the River Kalby into Estavia.';
		expect(all(crossing)[0]).toEqual(['January 49 BC', 'a date']);
		expect(all(crossing).map(([words]) => words)).not.toContain('BC Marcus');
		const ides = 'On the Ides of March, 15 March 44 BC, a group of senators struck.';
		expect(all(ides)).toContainEqual(['15 March 44 BC', 'a date']);
		const at44 = { start: ides.indexOf('44'), end: ides.indexOf('44') + 2, kind: 'a year' };
		expect(shown(ides, wholeUnit(ides, at44))).toBe('15 March 44 BC');
	});

	it('leaves a year without an era as it was, and a name that is no era alone', () => {
		const text = 'In 1871 Adam Bcworth met Ada Cedric near Adana.';
		expect(all(text).map(([words]) => words)).toEqual(
			expect.arrayContaining(['1871', 'Adam Bcworth', 'Ada Cedric', 'Adana'])
		);
	});
});

describe('termUnit and definedSpan', () => {
	it('takes the named term of "called X", not the verb after it', () => {
		expect(termUnit('Directory ruled France')).toBe('Directory');
		expect(termUnit('Committee of Public Safety')).toBe('Committee of Public Safety');
		expect(termUnit('lysozyme was found')).toBe('lysozyme');
		expect(termUnit('lysozyme')).toBe('lysozyme');
		const text = 'After the Terror, a more moderate government called the Directory ruled Velmora.';
		expect(shown(text, definedSpan(text))).toBe('Directory');
	});

	it('offers in the writer the term the suggested sentences offer ("known as estates")', () => {
		const text = 'Estavian society was divided into three orders, known as estates.';
		const all = blankCandidates(text, emptyLexicon()).map((c) => shown(text, c));
		expect(all).toContain('estates');
	});
});

// A made-up history of Estavia: the country is named all through it.
const HISTORY = [
	'The Estavian Revolution',
	'By the late 1780s the Kingdom of Estavia was rich, yet its government was close to bankruptcy. King Odo IV ruled Estavia as an absolute monarch from the palace of Lumen.',
	'In April 1792 Estavia declared war on Varnia, and the people of Lumen attacked the Sorr Palace on 10 August 1792. A new assembly, the Grand Convention, declared Estavia a republic on 22 September 1792.',
	'Facing civil war in the Vendar region of western Estavia, the Convention gave great power to the Committee of Public Safety. After the Terror, a council called the Directory ruled Estavia from 1795.',
	'At the same time a hailstorm in July 1788 destroyed much of the harvest in Estavia. The revolutionary slogan Liberty, Equality, Fraternity remains the motto of Estavia today.'
].join('\n\n');

describe('the document’s own subject', () => {
	const sentences = documentSentences('d', HISTORY);
	const general = generalTerms(sentences);

	it('reads the name all through the document as its subject, not a name said once or twice', () => {
		expect(general('Estavia')).toBe(true);
		expect(general('Estavia’s')).toBe(true);
		expect(general('Lumen')).toBe(false);
		expect(general('Committee of Public Safety')).toBe(false);
		expect(general('1792')).toBe(false);
	});

	it('suggests the sentence’s own terms before the subject, in the writer and the list', () => {
		const lexicon = buildLexicon(sentences);
		const text = sentences.find((s) => s.text.startsWith('Facing'))!.text;
		const all = blankCandidates(text, lexicon, general).map((c) => shown(text, c));
		expect(all[0]).not.toBe('Estavia');
		expect(all.indexOf('Estavia')).toBeGreaterThan(all.indexOf('Committee of Public Safety'));
		const listed = suggestSentences(
			{ id: 'd', title: 'The Estavian Revolution', text: HISTORY },
			lexicon,
			{
				limit: 20
			}
		);
		expect(listed.length).toBeGreaterThan(0);
		for (const s of listed) expect(s.answer, s.quote).not.toBe('Estavia');
		// A year is never cut from the month before it ("in July ____").
		for (const s of listed)
			expect(s.quote.slice(0, s.blank.start), s.answer).not.toMatch(/(?:April|July|September) $/u);
	});

	it('gives a month and year wrong choices in the same month', () => {
		const lexicon = emptyLexicon();
		const facts = documentFacts('d', HISTORY, lexicon, '2026-09-01');
		const text = sentences.find((s) => s.text.startsWith('At the same time'))!.text;
		const result = wrongChoices('July 1788', text, facts);
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.wrong).toHaveLength(3);
			for (const wrong of result.wrong) expect(wrong).toMatch(/^July \d{4}$/u);
			expect(result.wrong).not.toContain('July 1788');
		}
	});
});

describe('halfOfWhole and ranges written with a dash', () => {
	// Issue 12, outsider teacher: "Suggest a blank" hid one end of a range or one side of a
	// formula, a question about half a fact.
	it('finds a side of a formula and one end of a range written with words', () => {
		const ohm = 'Voltage equals current multiplied by resistance: V = IR.';
		expect(halfOfWhole(ohm, at(ohm, 'IR'))).toBe('formula');
		const mass = 'Einstein showed that E = mc² links mass and energy.';
		expect(halfOfWhole(mass, at(mass, 'mc²'))).toBe('formula');
		const deaths = 'Between 200,000 and 2 million people died during Partition in 1947.';
		expect(halfOfWhole(deaths, at(deaths, '2 million'))).toBe('range end');
		expect(halfOfWhole(deaths, at(deaths, '200,000'))).toBe('range end');
		expect(halfOfWhole(deaths, at(deaths, '1947'))).toBeUndefined();
		const war = 'The war lasted from 1914 to 1918 in Europe.';
		expect(halfOfWhole(war, at(war, '1914'))).toBe('range end');
		expect(halfOfWhole(war, at(war, '1918'))).toBe('range end');
	});

	it('leaves a single figure or a start alone', () => {
		const since = 'He taught in Leiden from 1920 and wrote four books.';
		expect(halfOfWhole(since, at(since, '1920'))).toBeUndefined();
		const plain = 'The kidneys filter about 180 litres of plasma a day.';
		expect(halfOfWhole(plain, at(plain, '180'))).toBeUndefined();
	});

	it('takes a range written with a dash whole', () => {
		const war = 'The First World War lasted 1914–1918 in Europe.';
		expect(shown(war, wholeUnit(war, at(war, '1914')))).toBe('1914–1918');
		expect(shown(war, wholeUnit(war, at(war, '1918')))).toBe('1914–1918');
		const deep = 'Most rivers there are 5-10 m deep.';
		expect(shown(deep, wholeUnit(deep, at(deep, '10')))).toBe('5-10');
	});
});

describe('Suggest a blank never offers half a whole first', () => {
	it('offers the year before one end of a range, and no side of a formula', () => {
		const deaths = 'Between 200,000 and 2 million people died during Partition in 1947.';
		const lexicon = buildLexicon(documentSentences('d', `# Partition\n\n${deaths}`));
		const offered = blankCandidates(deaths, lexicon).map((c) => shown(deaths, c));
		expect(offered[0]).toBe('1947');
		expect(offered.at(-1)).toBe('2 million');
		const ohm = 'Voltage equals current multiplied by resistance: V = IR.';
		const none = blankCandidates(ohm, emptyLexicon()).map((c) => shown(ohm, c));
		expect(none).not.toContain('IR');
		expect(none).not.toContain('V');
	});
});
