import { describe, expect, it } from 'vitest';
import type { Question } from '../content/schema';
import type { SourceFile } from '../content/sources';
import type { Candidate } from './candidates';
import {
	answerInQuotation,
	blankInList,
	MAX_LIFTED_WORDS,
	nameBeforeBlank,
	titleBesideBlank
} from './checks';
import { dateDistractors, numberDistractors, yearDistractors } from './distractors';
import { bestCue, figuresOf } from './figures';
import { buildLexicon } from './lexicon';
import { generateQuestions, NO_KNOWLEDGE } from './index';
import { passersBy, peripheralSentences, sentenceKey } from './centrality';
import { acronymsFor, factsOf } from './facts';
import { isYearAt } from './facts-figures';
import {
	hasDayWithoutYear,
	pointsIntoArticle,
	pronounBeforeName,
	standAlone,
	stripLeadIn,
	undatedTime
} from './standalone';
import { sentencesOf, splitSentences, type Sentence } from './text';
import {
	isAsideHeading,
	isDefinition,
	looksLikeHeading,
	salienceOf,
	statesCause,
	subjectTerms,
	tellsTurningPoint
} from './salience';
import { predicateHead, resolveSubject, subjectReference } from './coreference';
import { roleIdeas } from './idea-role';
import { madeUpArticle } from './ideas.test-helpers';
import { openingDefinition, shortPredicate } from './definitions';
import {
	adjectiveBlank,
	answerIsSubject,
	approximateNumber,
	approximateYear,
	contradictsOwnDates,
	exampleBlank,
	glossBlank,
	lostFigure,
	placeChoice,
	rangeEndpoint,
	splitNumber,
	yearOutOfOrder
} from './precision';
import { commonNounSubject, weakAnchor } from './anchors';

/**
 * Each rule of issue 9 on a small made-up article about two made-up countries, so the rules
 * are shown to be general English rules, not knowledge of the course's five articles.
 */
const paragraphs = [
	'In 2011, Norland and Vesta signed a free trade agreement.',
	'In fact, Norland recognised the independence of Vesta in 2009.',
	'These drones were delivered to Vesta this week, officials said.',
	'Eight months later, the operation was halted by the Vesta parliament.',
	'Currently, Norland has troops in Vesta as part of a peace mission led by the Northern Alliance.',
	'Vesta is recognised by over 100 countries, including Norland and most of its neighbours.',
	'Analyst John Marlow said that the agreement in 2011 was a turning point for the whole region.',
	'Vestan President Ana Korvel accused Norland of interfering in domestic politics in 2014.',
	'Norland buys gas from Ostia, Pelagia and Rhune, according to its energy ministry in 2016.',
	'On 8 October, Norland opened a new embassy in the Vestan capital of Lumen.',
	'Trade between Norland and Vesta reached 3,400 million euros in 2019, up from 2,100 million euros in 2015.',
	'In 2013, Vesta built a new airport with a loan from the Norland Development Fund.',
	'In 2017, Norland and Vesta held their first joint military exercise near Lumen.',
	'“We are brothers,” an anonymous user wrote on social media in 2018.',
	'In 2015, a Norland consortium won a 25-year concession to run the port terminal of Lumen.',
	'Korvel called Lumen “something of a gate” to the Northern Alliance in 2016.',
	'In 2018, Vestan Energy Minister Ida Rusk signed a gas deal with Norland.',
	'After 2016, rising trade with Norland helped Vesta mend its ties with Ostia.'
];
const source: SourceFile = {
	document: {
		id: 'made-up',
		title: 'Norland and Vesta',
		outlet: 'Made-up Times',
		date: '2020-05',
		dateApproximate: false
	},
	short: 'the Made-up Times',
	blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))
};
const generated = generateQuestions([source], { ...NO_KNOWLEDGE, asides: 0 });
const prompts = generated.candidates.map((c) => c.question.prompt);
describe('prompts stand alone', () => {
	it('drops a leading connective', () => {
		expect(stripLeadIn('In fact, Norland recognised Vesta.')).toBe('Norland recognised Vesta.');
		expect(stripLeadIn('Moreover, trade grew.')).toBe('Trade grew.');
		expect(prompts.some((p) => /^In fact/.test(p))).toBe(false);
		expect(prompts).toContain('Norland recognised the independence of Vesta in ____.');
	});

	it('dates a claim that holds only as of the article', () => {
		expect(standAlone('Currently, Norland has troops in Vesta.', 'May 2020')).toBe(
			'As of May 2020, Norland has troops in Vesta.'
		);
		expect(standAlone('The ban is still in force.', 'May 2020')).toBe(
			'As of May 2020, the ban is still in force.'
		);
		expect(undatedTime('As of May 2020, the ban is still in force.')).toBe(false);
		expect(undatedTime('The ban is still in force.')).toBe(true);
	});

	it('rejects time words no date resolves, and a day and month without a year', () => {
		expect(undatedTime('The drones arrived this week.')).toBe(true);
		expect(hasDayWithoutYear('On 8 October, Norland opened an embassy.')).toBe(true);
		expect(hasDayWithoutYear('On 8 October 2019, Norland opened an embassy.')).toBe(false);
		expect(hasDayWithoutYear('In October, the talks resumed.')).toBe(true);
		// A year blank beside the date is its year: the question asks it (gen59).
		expect(hasDayWithoutYear('Norland opened an embassy on 8 October ____.')).toBe(false);
		expect(undatedTime('For nine days in October ____ the talks stalled.')).toBe(false);
		expect(undatedTime('On October 8, ____, Norland opened an embassy.')).toBe(false);
		expect(prompts.some((p) => /8 October|this week/.test(p))).toBe(false);
	});

	it('rejects a pointer to another text the student cannot see', () => {
		expect(pointsIntoArticle('Vesta, as explained in detail by the Made-up Times, is small.')).toBe(
			true
		);
		expect(pointsIntoArticle('As reported earlier, Norland signed.')).toBe(true);
		expect(pointsIntoArticle('Norland signed as planned by the treaty.')).toBe(false);
	});

	it('takes "each other" as a pointer only when no parties come before it (outsider teacher)', () => {
		for (const text of [
			'Oppositely charged ions attract each other.',
			'Norland and Vesta fought one another in 1820.',
			'In a metal, the atoms share electrons with one another.'
		])
			expect(pointsIntoArticle(text), text).toBe(false);
		for (const text of ['Afterwards, the envoys met and praised each other.'])
			expect(pointsIntoArticle(text), text).toBe(false);
		for (const text of [
			'In 1820 the navies fired on each other.'.replace('the navies', 'both'),
			'This year, each other was blamed.',
			'Sometimes each other is enough.'
		])
			expect(pointsIntoArticle(text), text).toBe(true);
	});

	it('rejects a statement that points back: the others, a verb used absolutely, a count naming nothing (H3)', () => {
		for (const text of [
			'Argon was found in 1894 by Lord Carrow, and Carrow went on to find several of the others.',
			'The Vestan Academy of Arts followed in 1662.',
			'When the bishop refused, the council passed the Act of Union in 1534.',
			'Norland agreed, and the treaty was signed in 1820.',
			'Vesta did the same in 1901.',
			'Two important statements in 1948 captured Norland’s fears.',
			'In 1950, three small ships reached the bay.'
		])
			expect(pointsIntoArticle(text), text).toBe(true);
		for (const text of [
			'The bishop refused to crown the king in 1534.',
			'The rest of the army followed the river to the sea.',
			'Norland agreed to a ceasefire in 1820.',
			'Three botanists working alone, Hugo Vries, Carl Correns and Erich Tschermak, found Mendel’s work.',
			'Two million people lived in Vesta in 1900.',
			'Three quarters of the land is desert.',
			'The council followed by a vote.',
			'In 1854 Norland signed a trade treaty, and similar agreements with Vesta followed.'
		])
			expect(pointsIntoArticle(text), text).toBe(false);
	});

	it('reads “said that” as reported speech, and only “the said treaty” as a pointer', () => {
		expect(pointsIntoArticle('In 2019, the Vestan ministry said that Norland had signed.')).toBe(
			false
		);
		expect(pointsIntoArticle('The said treaty bound Vesta for ten years.')).toBe(true);
	});

	it('rejects referents into the article: these drones, the operation, months later, a bare quotation', () => {
		for (const text of [
			'These drones were delivered to Vesta.',
			'Eight months later, Vesta halted it.',
			'The operation was halted by parliament.',
			'Such alliances worry Norland.',
			'Bilateral trade reached 3,400 million euros.',
			'“We are brothers,” he said.'
		])
			expect(pointsIntoArticle(text), text).toBe(true);
		expect(pointsIntoArticle('In 2011, Norland and Vesta signed a free trade agreement.')).toBe(
			false
		);
		expect(prompts.some((p) => /These drones|operation|brothers/.test(p))).toBe(false);
	});
});

describe('stems never name the answer', () => {
	it('rejects a title before the blank or an acronym after it', () => {
		expect(titleBesideBlank('Vestan President ____ accused Norland.')).toBe(true);
		expect(titleBesideBlank('Troops joined the ____ (NAF) in 2017.')).toBe(true);
		expect(titleBesideBlank('In ____, Norland and Vesta signed an agreement.')).toBe(false);
		expect(prompts.some((p) => /President ____/.test(p))).toBe(false);
	});

	it('rejects a blank in a list whose other members narrow it', () => {
		expect(blankInList('Norland buys gas from Ostia, Pelagia and ____.')).toBe(true);
		expect(blankInList('Norland buys gas from ____, Pelagia and Rhune.')).toBe(true);
	});
});

describe('no trivia', () => {
	it('asks neither who said it nor what an anonymous user claimed', () => {
		const asked = generated.candidates.map((c) => c.question);
		expect(asked.some((q) => /Marlow/.test(q.answer))).toBe(false);
		expect(asked.some((q) => /brothers/.test(q.prompt))).toBe(false);
	});

	it('asks a leader’s office, never a minister’s job title', () => {
		const cards = generated.candidates.filter((c) => c.question.type === 'flashcard');
		expect(cards.some((c) => c.question.prompt === 'Ana Korvel')).toBe(true);
		expect(cards.some((c) => c.question.prompt === 'Ida Rusk')).toBe(false);
	});

	it('asks neither the date nor the length of one business deal', () => {
		const asked = generated.candidates.map((c) => c.question);
		expect(asked.some((q) => /concession/.test(q.prompt))).toBe(false);
	});

	it('never asks for the words inside a quotation', () => {
		const quoted = (text: string, answer: string) =>
			({
				fact: { answer, start: text.indexOf(answer), sentence: { text } },
				question: { prompt: '', type: 'cloze' }
			}) as unknown as Candidate;
		const text = 'Korvel called Lumen “something of a gate” to the Northern Alliance in 2016.';
		expect(answerInQuotation(quoted(text, 'something of a gate'))).toBe(true);
		expect(answerInQuotation(quoted(text, 'gate'))).toBe(true);
		expect(answerInQuotation(quoted(text, 'Northern Alliance'))).toBe(false);
		expect(answerInQuotation(quoted('He said "shameful" twice.', 'shameful'))).toBe(true);
		expect(answerInQuotation(quoted('He said "no" and left Lumen.', 'Lumen'))).toBe(false);
		const typed = generated.candidates
			.map((c) => c.question)
			.filter((q) => q.type === 'cloze' || q.type === 'short');
		expect(typed.some((q) => /gate/.test(q.answer))).toBe(false);
	});
});

describe('distractors and false statements', () => {
	it('never offers a year after the article', () => {
		for (const year of [2016, 2019, 2020])
			for (const value of yearDistractors(year, `seed${year}`, new Set(), 2020))
				expect(Number(value)).toBeLessThanOrEqual(2020);
		expect(
			generated.candidates.some((c) => (c.question.choices ?? []).some((x) => Number(x) > 2020))
		).toBe(false);
	});

	it('keeps figures believable: between 0.4 and 3 times, under 200 countries', () => {
		const lexicon = buildLexicon(sentencesOf('x', []));
		for (const value of numberDistractors('3,400 million euros', 'seed', lexicon)) {
			const n = Number(value.split(' ')[0].replace(/,/g, ''));
			expect(n).toBeGreaterThanOrEqual(1360);
			expect(n).toBeLessThanOrEqual(10200);
		}
		for (const value of numberDistractors('114 countries', 'seed', lexicon))
			expect(Number(value.split(' ')[0])).toBeLessThan(200);
	});

	it('puts the answer lowest, second, third or highest among its choices in like shares', () => {
		const lexicon = buildLexicon(sentencesOf('x', []));
		const places = (values: string[], answer: number) =>
			values.map(Number).filter((v) => v < answer).length;
		const years = new Map<number, number>();
		const figures = new Map<number, number>();
		for (let i = 0; i < 200; i++) {
			const y = places(yearDistractors(1900, `s${i}`, new Set(), 2019), 1900);
			years.set(y, (years.get(y) ?? 0) + 1);
			const f = places(
				numberDistractors('340 ships', `s${i}`, lexicon).map((v) => v.split(' ')[0]),
				340
			);
			figures.set(f, (figures.get(f) ?? 0) + 1);
		}
		// Each of the four places in at least 15% of 200 questions (50 each when even).
		for (const counts of [years, figures])
			for (const place of [0, 1, 2, 3]) expect(counts.get(place) ?? 0).toBeGreaterThanOrEqual(30);
	});

	it('asks no true/false or choice on an approximate figure ("over 100")', () => {
		const about = generated.candidates.filter((c) =>
			/over (?:____|\d+) countries/.test(c.question.prompt)
		);
		expect(about.every((c) => c.question.type === 'cloze')).toBe(true);
	});

	it('ships one key per statement, both keys built alike', () => {
		// The bank's statements (an editor reads them); unread drafts make none.
		const bank = generateQuestions([source], { ...NO_KNOWLEDGE, asides: 0 });
		const tf = bank.candidates.filter((c) => c.question.type === 'truefalse');
		expect(new Set(tf.map((c) => c.question.fact)).size).toBe(tf.length);
		const keys = tf.map((c) => c.question.answer);
		expect(keys).toContain('true');
		expect(keys).toContain('false');
	});
});

describe('no duplicates', () => {
	it('asks one answer at most twice per job, and one statement per sentence', () => {
		const perAnswer = new Map<string, number>();
		const statements = new Set<string>();
		for (const c of generated.candidates) {
			const key = `${c.slot}|${c.fact.answer}`;
			perAnswer.set(key, (perAnswer.get(key) ?? 0) + 1);
			if (c.slot === 'statement') {
				expect(statements.has(c.question.source.quote)).toBe(false);
				statements.add(c.question.source.quote);
			}
		}
		expect(Math.max(...perAnswer.values())).toBeLessThanOrEqual(2);
	});

	it('moves a false date later, never before the events it follows', () => {
		for (const value of dateDistractors('18 February 2008', 'seed', 2025))
			expect(new Date(value).getTime()).toBeGreaterThan(new Date('18 February 2008').getTime());
		// Unread drafts: earlier dates too, so the answer is not always the earliest choice.
		const before = Array.from({ length: 40 }, (_, i) =>
			dateDistractors('18 February 2008', `s${i}`, 2025, true)
		).flat();
		expect(before.some((v) => new Date(v) < new Date('18 February 2008'))).toBe(true);
		expect(before.some((v) => new Date(v) > new Date('18 February 2008'))).toBe(true);
	});

	it('gives no two questions the same prompt, and one blank per fact', () => {
		expect(new Set(prompts).size).toBe(prompts.length);
		const blanks = generated.candidates
			.filter((c) => c.slot === 'blank')
			.map((c) => c.question.fact);
		expect(new Set(blanks).size).toBe(blanks.length);
	});
});

describe('figures', () => {
	const tf = (prompt: string, answer: 'true' | 'false'): Question => ({
		id: `q-${prompt}`,
		type: 'truefalse',
		prompt,
		answer,
		explanation: 'x',
		source: { doc: 'made-up', quote: prompt },
		fact: prompt,
		topics: ['x'],
		difficulty: 1,
		origin: 'generated'
	});

	it('finds a lead-in that gives the key away', () => {
		const biased = Array.from({ length: 20 }, (_, i) =>
			i % 2 ? tf(`According to X: claim ${i}.`, 'true') : tf(`Claim ${i} is made.`, 'false')
		);
		expect(bestCue(biased).share).toBe(1);
	});

	it('holds the mechanical figures on the made-up article', () => {
		const bank = {
			version: 1 as const,
			documents: [source.document],
			questions: generated.candidates.map((c) => c.question)
		};
		const f = figuresOf(bank);
		expect(f.titlesBesideBlank).toBe(0);
		expect(f.choicesAfterArticle).toBe(0);
		expect(f.identicalPrompts).toBe(0);
		expect(f.undatedTime).toBe(0);
		expect(f.pointingPrompts).toBe(0);
	});
});

/**
 * Rules found on unseen encyclopedia articles (questions/unseen/, dev set), each shown on
 * made-up sentences: a learned society of Varnholm, a chemist, a made-up trade pact.
 */
describe('long reference articles (unseen dev set)', () => {
	const sentence = (text: string, index = 0): Sentence => ({ doc: 'd', index, section: '', text });
	const article = (texts: string[]): SourceFile => ({
		document: {
			id: 'd',
			title: 'Varnholm Society',
			outlet: 'Encyclopedia',
			date: '2019-07',
			dateApproximate: false
		},
		short: 'Encyclopedia',
		blocks: texts.map((text) => ({ kind: 'paragraph', text }))
	});

	it('reads an old year as a year only after a word that dates it, so a false one stays plausible', () => {
		const facts = factsOf(
			sentence('Edgar Holm joined the Varnholm Society in 1766, and the club owned 1100 books.'),
			buildLexicon([])
		);
		expect(facts.find((f) => f.kind === 'year')?.answer).toBe('1766');
		expect(facts.some((f) => f.kind === 'year' && f.answer === '1100')).toBe(false);
		expect(isYearAt('in 1766', 3, '1766')).toBe(true);
		expect(isYearAt('owned 1100 books', 6, '1100')).toBe(false);
		// The second year of a range is not asked on its own: a swap could put the end first.
		const range = factsOf(
			sentence('The Varnholm talks ran from 1962–1967 in Ostra.'),
			buildLexicon([])
		);
		expect(range.filter((f) => f.kind === 'year')).toEqual([]);
	});

	it('does not end a sentence at "(d. 1907)" and does at a sentence opening with a currency', () => {
		expect(
			splitSentences('She married Edgar Holm (d. 1907) of Ostra. They lived in Varn.')
		).toEqual(['She married Edgar Holm (d. 1907) of Ostra.', 'They lived in Varn.']);
		expect(
			splitSentences('The talks ran until 1967. $40 billion in tariffs were cut.')
		).toHaveLength(2);
	});

	it('rejects a sentence whose he, she or they comes before any name', () => {
		expect(pronounBeforeName('On 9 November 1908, she was elected mayor of Varn.')).toBe(true);
		expect(pronounBeforeName('In the first year, they treated 3,000 patients.')).toBe(true);
		expect(pronounBeforeName('Ada Holm despised her governess.')).toBe(false);
		expect(pronounBeforeName('When Holm visited Varn in 1859, Ada travelled to the capital.')).toBe(
			false
		);
	});

	it('rejects "the society", "the fourth round" and "The first was", which name their subject elsewhere', () => {
		expect(pointsIntoArticle('Some members of the society moved to Varn in 1781.')).toBe(true);
		expect(pointsIntoArticle('The fourth round returned to Ostra in 1955.')).toBe(true);
		expect(pointsIntoArticle('The first was probably held on 31 December 1775.')).toBe(true);
		expect(pointsIntoArticle('So in late 1865, Ada Holm opened a practice in Varn.')).toBe(true);
		expect(pointsIntoArticle('The test was therefore a success, as 20 acids were made.')).toBe(
			true
		);
		expect(pointsIntoArticle('Ada Holm was also active in the suffrage movement.')).toBe(true);
		expect(pointsIntoArticle('The hypothesis for the tariff negotiations was a 50% cut.')).toBe(
			true
		);
		expect(pointsIntoArticle('The society of engineers met in Varn in 1781.')).toBe(false);
	});

	it('checks the sentence behind an attribution, not only the prompt that hides its opening', () => {
		const questions = generateQuestions(
			[
				article([
					'It remained in effect until the signature by 123 nations in Ostra on 14 April 1994.',
					'The Varnholm pact was signed by 23 nations in Ostra on 30 October 1947.'
				])
				// The bank's fact-by-fact path: drafts no editor reads are chosen by idea (ideas.ts).
			],
			{ ...NO_KNOWLEDGE, asides: 0 }
		).candidates.map((c) => c.question);
		expect(questions.some((q) => q.source.quote.startsWith('It remained'))).toBe(false);
		expect(questions.some((q) => q.source.quote.startsWith('The Varnholm pact'))).toBe(true);
	});

	it('never blanks half of a compound name, nor a birth year in a list of children', () => {
		const questions = generateQuestions([
			article([
				'There were similar discharge experiments contemporaneous with Holm–Varga in Ostra and Varn.',
				'More children were born to the Holm family, Edgar (1840), Alice (1842) and Agnes (1845).'
			])
		]).candidates.map((c) => c.question);
		expect(questions.some((q) => /[–-]____|____[–-]/.test(q.prompt))).toBe(false);
		expect(questions.some((q) => /\(____\)/.test(q.prompt))).toBe(false);
	});

	it('accepts neither namesake for the other, and asks no bare surname two people share', () => {
		const lexicon = buildLexicon([
			sentence('Erasmus Holm said the society would meet at the full moon.', 0),
			sentence('Charles Holm said the theory came later.', 1),
			sentence('Holm moved to Ostra in 1781.', 2)
		]);
		const erasmus = factsOf(sentence('Erasmus Holm moved to Ostra in 1781.'), lexicon).find(
			(f) => f.answer === 'Erasmus Holm'
		);
		expect(erasmus?.accept).not.toContain('Charles Holm');
		expect(
			factsOf(sentence('Holm moved to Ostra in 1781.', 2), lexicon).some((f) => f.kind === 'person')
		).toBe(false);
	});

	it('leaves the asides of a long article unasked: the sentences whose words recur least', () => {
		const main = Array.from(
			{ length: 30 },
			(_, i) => `The Varnholm Society met in Varn in ${1760 + i} to discuss chemistry and engines.`
		);
		const aside = 'A governess slept behind a curtain in the girls’ bedroom at Alde House.';
		const sentences = [...main, aside].map((text, index) => sentence(text, index));
		const asides = peripheralSentences(sentences);
		expect(asides.has(sentenceKey(sentence(aside)))).toBe(true);
		// The aside comes first among the least central (ties keep article order).
		expect(asides.size).toBe(Math.floor(31 * 0.4));
		// A short article keeps every sentence; a course may keep all (knowledge `asides: 0`).
		expect(peripheralSentences(sentences.slice(0, 10)).size).toBe(0);
		expect(peripheralSentences(sentences, 0).size).toBe(0);
	});
});

describe('long reference articles: names and dates in asides', () => {
	const article = (texts: string[]): SourceFile => ({
		document: {
			id: 'd',
			title: 'Ada Holm',
			outlet: 'Encyclopedia',
			date: '2019-07',
			dateApproximate: false
		},
		short: 'Encyclopedia',
		blocks: texts.map((text) => ({ kind: 'paragraph', text }))
	});
	const prompts = (texts: string[]) =>
		generateQuestions([article(texts)]).candidates.map((c) => c.question.prompt);

	it('asks no date in parentheses and never blanks a surname opened by a first name', () => {
		const asked = prompts([
			'Ada Holm (9 June 1836 – 17 December 1917) was a Varnish physician and suffragist.',
			'In 1993, the Varnholm pact was updated (Varnholm 1994) to include new obligations.'
		]);
		expect(asked.some((p) => /\([^)]*____/.test(p))).toBe(false);
		const maiden = prompts([
			'Ada Holm was born in Varn, the second child of Edgar Holm and his wife, Louisa (born Dunn; 1813–1903), from Ostra.'
		]);
		expect(maiden.some((p) => p.includes('(born ____'))).toBe(false);
		expect(asked.some((p) => /^Ada ____/.test(p))).toBe(false);
		expect(nameBeforeBlank('Ada ____ was a Varnish physician.')).toBe(true);
		expect(nameBeforeBlank('As ____ resigned, Varn lost an ally.')).toBe(false);
	});

	it('counts a person named in fewer than three sentences of a long article as a passer-by', () => {
		const texts = Array.from({ length: 30 }, (_, i) =>
			i === 3
				? 'Ada Holm met the botanist Jonas Stok in Varn.'
				: `Ada Holm worked in Varn in ${1850 + i}.`
		);
		const sentences = texts.map((text, index) => ({ doc: 'd', index, section: '', text }));
		const people = new Map([
			['holm', ['Ada Holm', 'Holm']],
			['stok', ['Jonas Stok', 'Stok']]
		]);
		expect([...passersBy(sentences, people)]).toEqual(['d|stok']);
		expect(passersBy(sentences.slice(0, 10), people).size).toBe(0);
		// Nothing is asked of a sentence about a passer-by, not even its year.
		const asked = generateQuestions([
			article([
				...Array.from(
					{ length: 30 },
					(_, i) => `Ada Holm treated patients in Varn in ${1850 + i}.`
				),
				'Ada Holm met the chemist Jonas Stok in 1849 in Ostra.',
				'Jonas Stok moved to Ostra in 1783 to teach botany.'
			])
		]).candidates.map((c) => c.question.source.quote);
		expect(asked.some((q) => q.includes('Stok moved'))).toBe(false);
	});

	it('takes a surname followed by a capitalised word as a first name, not the surname', () => {
		const lexicon = buildLexicon([
			{
				doc: 'd',
				index: 0,
				section: '',
				text: 'Louisa Dunnell said the house in Varn was too small.'
			}
		]);
		const facts = factsOf(
			{ doc: 'd', index: 1, section: '', text: 'Their brother Dunnell Newson died young in 1840.' },
			lexicon
		);
		expect(facts.some((f) => f.answer === 'Dunnell')).toBe(false);
	});
});

describe('lifted sentences and typed names', () => {
	it('asks no statement or sentence with a blank longer than 30 words', () => {
		const long = generateQuestions([
			{
				...source,
				blocks: [
					{
						kind: 'paragraph',
						text: 'In 2012, Norland, which had long sought a foothold in the region and whose firms had already invested heavily in the ports and railways of its southern neighbours, signed a defence pact with Vesta.'
					},
					...source.blocks
				]
			}
		]);
		for (const c of long.candidates)
			if (c.question.type === 'truefalse' || c.question.prompt.includes('____'))
				expect(c.question.prompt.split(/\s+/).length).toBeLessThanOrEqual(MAX_LIFTED_WORDS);
		expect(long.candidates.some((c) => /foothold/.test(c.question.prompt))).toBe(false);
	});

	it('accepts the acronym the article gives for a name', () => {
		const lexicon = buildLexicon(
			sentencesOf('made-up', [
				{
					kind: 'paragraph',
					text: 'The Northern Alliance Force (NAF) was set up in 2017. Norland joined in 2018.'
				}
			])
		);
		expect(acronymsFor(lexicon, 'Northern Alliance Force')).toEqual(['NAF']);
		expect(acronymsFor(lexicon, 'Norland')).toEqual([]);
	});
});

describe('false statements that are certainly false', () => {
	it('never swaps a year that bounds a period (“after 2016”), where another year may still hold', () => {
		const onBound = generated.candidates.filter((c) => /mend its ties/.test(c.question.prompt));
		expect(onBound.some((c) => c.question.type === 'truefalse' || c.question.type === 'mcq')).toBe(
			false
		);
	});
});

/**
 * Blind review U1 (2026-12-01): 32 of 80 drafts of four unseen encyclopedia articles acceptable.
 * Each failure kind as a general rule, on a made-up long article about a made-up company.
 */
describe('blind review U1: main ideas, named subjects, statements that stay false', () => {
	// Asides whose words recur nowhere else: the least central sentences of the article.
	const filler = (i: number) => `Zorb${i} quelt${i} yarn${i} by tarn${i}.`;
	const lead =
		'The Velmar Company was a trading company of Ostran merchants that ruled the Varn Sea trade.';
	const body = [
		'Velmar Company',
		`${lead} It was founded in 1621 by the Ostran council.`,
		'History',
		'The company conquered the port of Lumen in 1630, which led to its salt trade in Lumen.',
		'In 1646, a clerk announced a plan for a new warehouse in Lumen.',
		'The Velmar Company had 15 ships in 1623.',
		'Around 1460 Mai Tor (1473–1507) defeated his rivals.',
		'Trade with Ostra, for salt and sugar, was hampered by Norland and delayed by talks.',
		...Array.from({ length: 14 }, (_, i) => filler(i)),
		'Legacy',
		'The Velmar Centre in Lumen was named after the company in 1990.',
		...Array.from({ length: 14 }, (_, i) => filler(i + 20))
	];
	const source: SourceFile = {
		document: {
			id: 'v',
			title: 'Velmar Company',
			outlet: 'Encyclopedia',
			date: '2019-07',
			dateApproximate: false
		},
		short: 'Encyclopedia',
		blocks: body.map((text) => ({ kind: 'paragraph' as const, text }))
	};
	const drafts = generateQuestions([source]).candidates.map((c) => c.question);
	const candidate = (
		text: string,
		answer: string,
		kind: string,
		type = 'mcq',
		distractors: string[] = []
	) =>
		({
			fact: { answer, kind, start: text.indexOf(answer), sentence: { doc: 'v', text } },
			question: {
				type,
				prompt: `${text.slice(0, text.indexOf(answer))}____${text.slice(text.indexOf(answer) + answer.length)}`
			},
			distractors
		}) as unknown as Candidate;

	it('marks the lead, topic sentences, definitions, causes, turning points and aside sections', () => {
		const lexicon = buildLexicon([]);
		const map = salienceOf([source], (w) => lexicon.commonWords.has(w) || w === 'Company');
		const of = (text: string) => map.sentences.get(sentenceKey({ doc: 'v', text }))!;
		expect(of(lead)).toMatchObject({ lead: true, definition: true, opensSubject: true });
		expect(of(body[3])).toMatchObject({ lead: false, topic: true, cause: true, event: true });
		expect(of(body[4]).event).toBe(false);
		expect(of('The Velmar Centre in Lumen was named after the company in 1990.').score).toBe(0);
		expect([...map.subjects.get('v')!]).toEqual(['velmar']);
		expect(subjectTerms('Rickets', 'Rickets is a condition.', () => true)).toEqual(['rickets']);
		expect(isAsideHeading('In popular culture')).toBe(true);
		expect(isAsideHeading('History')).toBe(false);
		expect(looksLikeHeading('2007 outbreak in Sudan')).toBe(true);
		expect(looksLikeHeading('It spread by mosquitoes.')).toBe(false);
		expect(isDefinition('Sumatra is a large island in western Varn.')).toBe(true);
		expect(statesCause('Outbreaks follow rain, which increases the number of mosquitoes.')).toBe(
			false
		);
		expect(statesCause('The war led to the fall of Lumen.')).toBe(true);
		expect(tellsTurningPoint('The colony was founded in 1630.')).toBe(true);
		expect(tellsTurningPoint('A paper was published in 1997.')).toBe(false);
	});

	it('asks what the lead and turning points say, not the minor years and counts of the body', () => {
		expect(drafts.find((q) => q.prompt === 'What was the Velmar Company?')?.answer).toBe(
			'A trading company of Ostran merchants that ruled the Varn Sea trade'
		);
		// Only the kinds blind reviewers accepted (`ideas.ts`): the lead definition and the year
		// of the central event; no announcement, count outside the lead or legacy is asked.
		expect(drafts.length).toBeLessThanOrEqual(2);
		expect(drafts.filter((q) => !q.prompt.startsWith('What was')).map((q) => q.answer)).toEqual(
			drafts.length === 2 ? ['1621'] : []
		);
		expect(drafts.some((q) => /announced a plan/.test(q.prompt))).toBe(false);
		expect(drafts.some((q) => /15 ships|____ ships/.test(q.prompt))).toBe(false);
		expect(drafts.some((q) => /Velmar Centre/.test(q.prompt))).toBe(false);
		// The subject's own name is never the answer: the course title gives it.
		expect(drafts.some((q) => /^Velmar/.test(q.answer))).toBe(false);
		// At most two questions of one sentence.
		const perQuote = new Map<string, number>();
		for (const q of drafts) perQuote.set(q.source.quote, (perQuote.get(q.source.quote) ?? 0) + 1);
		expect(Math.max(...perQuote.values())).toBeLessThanOrEqual(2);
	});

	it('reads a work as "it", however often its lead says "he" of its author (H19 S64)', () => {
		const ref = subjectReference(
			'The Salt Road',
			'the first novel by the Vestan writer Ivo Marel',
			'It was published in 1954. Marel, who was born in 1911, had been a sailor. He taught. He wrote. In 1980 he won a prize.'
		);
		expect(ref).toEqual({ name: 'the Salt Road', pronoun: 'it', heads: ['novel'] });
		expect(resolveSubject('In 1980 he was awarded the Lumen Prize.', ref)).toBeUndefined();
		// A person's lead still says "he".
		const person = subjectReference(
			'Ivo Marel',
			'a Vestan writer',
			'He was born in 1911. He wrote.'
		);
		expect(person.pronoun).toBe('he');
	});

	it('names the subject where a sentence says "it" or "The company" right after it', () => {
		const ref = subjectReference(
			'The Velmar Company',
			'a trading company of Ostran merchants',
			'It was founded in 1621. It traded salt.'
		);
		expect(ref).toEqual({ name: 'the Velmar Company', pronoun: 'it', heads: ['company'] });
		expect(resolveSubject('It was founded in 1621 by the council.', ref)).toBe(
			'The Velmar Company was founded in 1621 by the council.'
		);
		expect(resolveSubject('In 1630, it conquered Lumen.', ref)).toBe(
			'In 1630, the Velmar Company conquered Lumen.'
		);
		expect(resolveSubject('The company collapsed in 1674.', ref)).toBe(
			'The Velmar Company collapsed in 1674.'
		);
		// Another name before the pronoun may be whom it means; "The company of …" is another one.
		expect(resolveSubject('After Norland fell, it sold its ships.', ref)).toBeUndefined();
		expect(resolveSubject('The company of Ostra sold salt.', ref)).toBeUndefined();
		// An empty "it" stands for nothing.
		expect(resolveSubject('The next day, it was confirmed that a ship sank.', ref)).toBeUndefined();
		expect(resolveSubject('It was not until 1630 that Lumen fell.', ref)).toBeUndefined();
		expect(predicateHead('a viral disease that can cause fever')).toBe('disease');
		expect(predicateHead('a major Ostran victory in the war')).toBe('victory');
		expect(drafts.some((q) => /^It\b/.test(q.prompt))).toBe(false);
	});

	it('keeps a definition card to the first clause and never defines a pronoun or an adverb', () => {
		expect(openingDefinition('Lumen (Luma) is a port of the Varn coast.')).toEqual({
			name: 'Lumen',
			verb: 'is',
			predicate: 'a port of the Varn coast'
		});
		expect(shortPredicate('the first king of Varn, and was converted by his tutor')).toBe(
			'the first king of Varn'
		);
		expect(shortPredicate('a port')).toBeUndefined();
		const walk = generateQuestions([
			{ ...source, blocks: [{ kind: 'paragraph', text: 'It was a lovely day. We walked on.' }] }
		]);
		expect(walk.candidates.some((c) => /What was It/.test(c.question.prompt))).toBe(false);
	});

	it('makes no false statement or choice that could still be true, or that is impossible', () => {
		const range = 'The deaths of three rulers came between 1893 and 1894.';
		expect(rangeEndpoint(candidate(range, '1893', 'year', 'truefalse'))).toBe(true);
		expect(rangeEndpoint(candidate(range, '1894', 'year', 'mcq'))).toBe(true);
		expect(rangeEndpoint(candidate(range, '1893', 'year', 'cloze'))).toBe(false);
		expect(rangeEndpoint(candidate('Lumen fell in 1893.', '1893', 'year', 'mcq'))).toBe(false);
		const around = 'Around 1387 the Bulo forced the king to leave Lumen.';
		expect(approximateYear(candidate(around, '1387', 'year', 'truefalse'))).toBe(true);
		expect(approximateYear(candidate(around, '1387', 'year', 'cloze'))).toBe(false);
		expect(contradictsOwnDates(candidate(body[6], '1460', 'year', 'cloze'))).toBe(true);
		expect(contradictsOwnDates(candidate('In 1480 Mai Tor (1473–1507) won.', '1480', 'year'))).toBe(
			false
		);
		// "observed in 1995": a wrong year before it is impossible.
		const paper = 'In 1997 a paper explained the dust observed in October 1995.';
		expect(yearOutOfOrder(candidate(paper, '1997', 'year', 'mcq', ['1990', '1998', '1999']))).toBe(
			true
		);
		expect(yearOutOfOrder(candidate(paper, '1997', 'year', 'mcq', ['1996', '1998', '1999']))).toBe(
			false
		);
		expect(
			yearDistractors(1997, 'seed', new Set(), 2019, [1995]).every((y) => Number(y) > 1995)
		).toBe(true);
		const signed = 'The pact was signed on 30 October 1947 and took effect on 1 January 1948.';
		const dates = ['28 March 1948', '25 December 1947', '28 April 1948'];
		expect(yearOutOfOrder(candidate(signed, '30 October 1947', 'date', 'mcq', dates))).toBe(true);
		const earlier = ['25 December 1947', '3 November 1947', '28 December 1947'];
		expect(yearOutOfOrder(candidate(signed, '30 October 1947', 'date', 'mcq', earlier))).toBe(
			false
		);
		// "in the last 35 years": a longer span still holds.
		const last = 'Varn has lost almost 50% of its forest in the last 35 years.';
		expect(approximateNumber(candidate(last, '35', 'number', 'truefalse'))).toBe(true);
	});

	it('asks no blank a phrase, an example list, a gloss or a broken number gives away', () => {
		const coast = candidate(
			'The ships plied the west Ostran coast and Varn.',
			'Ostran',
			'place',
			'cloze'
		);
		expect(adjectiveBlank(coast)).toBe(true);
		expect(
			adjectiveBlank(candidate('As Thaci resigned, Varn lost allies.', 'Thaci', 'person', 'cloze'))
		).toBe(false);
		expect(
			glossBlank(
				candidate('A fort was built in Mouree (present day Varn).', 'Varn', 'place', 'cloze')
			)
		).toBe(true);
		expect(
			exampleBlank(
				candidate(
					'Dialects like Lumen Malay and Ostra Malay are spoken.',
					'Lumen',
					'place',
					'cloze'
				)
			)
		).toBe(true);
		expect(splitNumber(candidate('Some 10,7% are Christians.', '7%', 'number', 'cloze'))).toBe(
			true
		);
		expect(
			lostFigure(candidate('The capital was slightly more than guilders in 1679.', '1679', 'year'))
		).toBe(true);
		expect(
			lostFigure(candidate('At its widest point, the island spans. It is hot.', 'hot', 'term'))
		).toBe(true);
		expect(
			lostFigure(candidate('The capital was 7 million guilders in 1679.', '1679', 'year'))
		).toBe(false);
	});

	it('offers no place as a choice and no subject as an answer in unread drafts', () => {
		const lexicon = { ...buildLexicon([]), salience: salienceOf([source], () => false) };
		const place = candidate('The fleet sailed to Lumen in 1630.', 'Lumen', 'place', 'mcq');
		expect(placeChoice(place, lexicon)).toBe(true);
		expect(placeChoice(place, buildLexicon([]))).toBe(false);
		expect(drafts.some((q) => q.type === 'truefalse')).toBe(false);
		expect(
			answerIsSubject(candidate('Velmar ships reached Lumen.', 'Velmar', 'org', 'cloze'), lexicon)
		).toBe(true);
	});

	it('blind review U2: asks nothing anchored only by "the outbreak", "cases", "also" or garbled text', () => {
		const lexicon = { ...buildLexicon([]), salience: salienceOf([source], () => false) };
		const cloze = (text: string, answer: string) => candidate(text, answer, 'place', 'cloze');
		for (const text of [
			'On 20 January 2007, the outbreak was reported to have crossed into Varn from Ostra.',
			'The disease was first reported among livestock in Varn.',
			'125 cases had been reported from more than 10 localities of Varn.',
			"Holm's machine also contained eight rows of needles, where Varn had a double row.",
			'Ivo Holm, 1ST BARON HOLM, was a surgeon of Varn.',
			'Ivo Holm (5 April 182710 February 1912) was a surgeon of Varn.',
			'As the first two methods suggested by Varn were unsafe, Holm tried the third.'
		])
			expect(weakAnchor(cloze(text, 'Varn'), lexicon)).toBe(true);
		expect(weakAnchor(cloze('In 1630, the Velmar Company conquered Varn.', 'Varn'), lexicon)).toBe(
			false
		);
		// "the Third Order" is a name; "the third order" still points into the text (gen20a).
		expect(weakAnchor(cloze('In 1630, the Third Order conquered Varn.', 'Varn'), lexicon)).toBe(
			false
		);
		expect(weakAnchor(cloze('In 1630, the third order conquered Varn.', 'Varn'), lexicon)).toBe(
			true
		);
		// A record or "also known as" is no pointer (gen49, issue 12); an opening ordinal still is.
		for (const text of [
			'The voyage of Ivo Varn, which left Ostra in 1519, was the first to sail around Lumen.',
			'In 1476 Ivo Holm set up the first press at Varn.',
			'In 2007 more people lived in Varn towns than in villages for the first time.',
			'In 1396 Ivo Holm was defeated by Ola Varn (also known as Tamerlane) at Lumen.'
		])
			expect(weakAnchor(cloze(text, 'Varn'), lexicon)).toBe(false);
		expect(weakAnchor(cloze('The first railway in Varn opened in 1868.', 'Varn'), lexicon)).toBe(
			true
		);
		expect(weakAnchor(cloze('Ivo Holm also ruled Varn.', 'Varn'), lexicon)).toBe(true);
		expect(commonNounSubject('In 2007, the outbreak spread.')).toBe(true);
		expect(commonNounSubject('In 2007, Rift Valley fever spread.')).toBe(false);
		const when = {
			...cloze('In 1630, Velmar conquered Varn.', '1630'),
			question: { type: 'flashcard', prompt: 'When? Velmar conquered Varn' }
		} as unknown as Candidate;
		expect(weakAnchor(when, lexicon)).toBe(true);
		expect(drafts.some((q) => /^When\?/.test(q.prompt))).toBe(false);
	});

	it('reads "the previous record", an aside in parentheses and "At its height it" as pointers', () => {
		expect(pointsIntoArticle('The previous record had been set by the comet of 1811.')).toBe(true);
		expect(pointsIntoArticle('(Halley was 100 times fainter at the same distance.)')).toBe(true);
		expect(pronounBeforeName('At its height it covered most of Varn.')).toBe(true);
		expect(pronounBeforeName('Based on their treaty, Varn stayed Ostran.')).toBe(true);
		expect(
			pointsIntoArticle('Norland bought TB2 drones after Vesta acquired the same model.')
		).toBe(false);
		// "(now Ghana)" is today's name of a place, not a claim dated by the article.
		expect(standAlone('Posts stood on the Gold Coast (now Varn).', 'July 2019')).toBe(
			'Posts stood on the Gold Coast (now Varn).'
		);
	});
});

describe('a document with no date of its own (issue 12)', () => {
	it('writes no "As of" into a prompt, so the time word is refused rather than dated by a guess', () => {
		expect(standAlone('Currently, Norland has troops in Vesta.', '')).toBe(
			'Currently, Norland has troops in Vesta.'
		);
		expect(undatedTime(standAlone('Currently, Norland has troops in Vesta.', ''))).toBe(true);
	});

	it('asks no dated office of an undated text', () => {
		const { article } = madeUpArticle('', [
			'Prime Minister Vera Lund of Ostra opened the new bridge over the Varn on Tuesday.',
			'Vera Lund said the bridge would carry trains by the end of the decade.'
		]);
		expect(roleIdeas({ ...article, doc: { ...article.doc, asOf: '' } })).toEqual([]);
	});
});
