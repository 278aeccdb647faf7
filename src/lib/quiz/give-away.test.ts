import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seedBank } from './fixtures.test-helpers';
import type { Question } from '$lib/content/schema';
import {
	betterToKeep,
	clashCounts,
	clashes,
	giveAwayWords,
	giveAways,
	givesAway,
	nameTail,
	withoutGiveAways,
	type GiveAwayQuestion,
	type GiveAwayRule
} from './give-away';

const q = (type: Question['type'], prompt: string, answer: string, rank?: number) =>
	({ type, prompt, answer, ...(rank === undefined ? {} : { rank }) }) as GiveAwayQuestion;
const choice = (prompt: string, answer: string, wrong: string[]) =>
	({ type: 'mcq', prompt, answer, choices: [answer, ...wrong] }) as GiveAwayQuestion;

/** The final outsider's pairs (session 29), from the built-in course. */
const blank1999 = q(
	'cloze',
	'During the 1990s Kosovo conflict, Turkey supported Albanian interests, aligning with NATO’s ____ intervention.',
	'1999'
);
const bombing = q(
	'truefalse',
	'NATO’s 1999 bombing campaign was confined to targets inside Kosovo itself.',
	'false'
);

describe('one question giving away another’s answer', () => {
	it('finds the answer as written in another prompt: the outsider’s 1999 pair', () => {
		expect(givesAway(bombing, blank1999)).toBe(true);
		expect(givesAway(blank1999, bombing)).toBe(false);
		expect(clashes(blank1999, bombing)).toBe(true);
	});

	it('folds case and accents, and sets a leading article of the answer aside', () => {
		const who = q('short', 'Who was Serbia’s leader in 1998?', 'Slobodan Milošević');
		expect(givesAway(q('truefalse', 'SLOBODAN MILOSEVIC resigned in 2000.', 'true'), who)).toBe(
			true
		);
		const ally = q('short', 'Which country stays Pristina’s main ally?', 'The United States');
		expect(givesAway(q('mcq', 'Why did United States troops stay?', 'x'), ally)).toBe(true);
		expect(givesAway(q('mcq', 'Why did the united states stay?', 'x'), ally)).toBe(true);
	});

	it('takes whole words and whole numbers only', () => {
		const year = q('cloze', 'Kosovo declared independence in ____.', '2008');
		for (const prompt of [
			'In the 1990s, who led Serbia?',
			'Which law of 20080 applies?',
			'What happened in 2008s?',
			'Kosovo’s 2008-style declaration?'
		])
			expect(givesAway(q('mcq', prompt, 'x'), year), prompt).toBe(prompt.includes('2008-style'));
		const city = q('short', 'Where did Erdoğan speak?', 'Prizren');
		expect(givesAway(q('truefalse', 'Prizrenski okrug is in Kosovo.', 'true'), city)).toBe(false);
		expect(givesAway(q('truefalse', 'Prizren, Kosovo’s second city, …', 'true'), city)).toBe(true);
	});

	it('never takes a true/false answer for words, nor a question for its own giver', () => {
		expect(givesAway(q('mcq', 'Is this true or false?', 'x'), bombing)).toBe(false);
		const self = q('short', 'Name the 1999 resolution: 1999?', '1999');
		expect(givesAway(self, self)).toBe(false);
	});

	it('keeps the question that clashes with fewer of the course, then asks more, then is taught first', () => {
		const hub = q('mcq', 'Which country trades most with Turkey?', 'Serbia');
		const mentions = [1, 2, 3].map((n) =>
			q('truefalse', `Serbia signed deal ${n} in 2020.`, 'true')
		);
		const counts = clashCounts([hub, ...mentions, blank1999, bombing]);
		expect(counts.get(hub)).toBe(3);
		expect(counts.get(mentions[0])).toBe(1);
		// The true/false asks less, but the hub would keep every mention out.
		expect(betterToKeep(mentions[0], hub, counts)).toBe(true);
		expect(withoutGiveAways([hub, ...mentions], 4, [], counts)).toEqual(mentions);
		expect(withoutGiveAways([hub, ...mentions], 4)).toEqual([hub]);
		expect(betterToKeep(blank1999, bombing)).toBe(true);
		expect(betterToKeep(bombing, blank1999)).toBe(false);
		const mcq = q('mcq', 'p', 'a', 5);
		expect(betterToKeep(q('mcq', 'p', 'a', 2), mcq)).toBe(true);
		expect(betterToKeep(q('mcq', 'p', 'a', 9), mcq)).toBe(false);
		// A tie keeps the one already taken.
		expect(betterToKeep(q('mcq', 'p', 'a'), q('mcq', 'p', 'a'))).toBe(false);
	});
});

describe('a part of an answer, and choices naming a typed answer (rule parts, session 31)', () => {
	/** The final outsider's misses (session 30): all three of her 25-question quizzes had one. */
	const charter = choice(
		'In his post on X on 8 October 2025, what did Vučić accuse Turkey of violating?',
		'The UN Charter and UN Security Council Resolution 1244',
		['The Dayton Agreement', 'The NATO founding treaty', 'The 2019 defence agreement']
	);
	const illegal = q(
		'truefalse',
		'Belgrade deems the Turkey–Kosovo military agreement illegal under UN Security Council Resolution 1244.',
		'true'
	);
	const steps = [
		'High-Level Cooperation Council',
		'backlash over the Prizren remark',
		'Erdoğan’s personal diplomacy'
	];
	const sequence = choice(
		'Which sequence matches the account from 2013 to 2024?',
		steps.join(' → '),
		[[steps[1], steps[0], steps[2]].join(' → '), [steps[2], steps[1], steps[0]].join(' → ')]
	);
	const council = q(
		'short',
		'What body did Turkey and Serbia set up in 2013 for yearly meetings?',
		'The High-Level Cooperation Council'
	);

	it('finds a part of a longer answer in a statement', () => {
		expect(givesAway(illegal, charter)).toBe(true);
		expect(givesAway(illegal, charter, 'as-written')).toBe(false);
		expect(clashes(charter, illegal)).toBe(true);
	});

	it('finds a typed answer in another question’s choices, not in its own', () => {
		expect(givesAway(sequence, council)).toBe(true);
		expect(givesAway(sequence, council, 'as-written')).toBe(false);
		// A sequence's steps are in every choice: naming one gives no order away.
		expect(givesAway(council, sequence)).toBe(false);
		// A multiple-choice key among another's choices is offered there too, not stated.
		const mcqCouncil = choice('What did they set up?', 'High-Level Cooperation Council', [
			'Customs union',
			'Free trade area',
			'Joint army'
		]);
		expect(givesAway(sequence, mcqCouncil)).toBe(false);
	});

	it('takes no part of one word, nor one the question states itself or a wrong choice shares', () => {
		const vetoes = q('short', 'Which two members have a veto?', 'China and Russia');
		expect(givesAway(q('truefalse', 'Russia backs Serbia.', 'true'), vetoes)).toBe(false);
		const both = q('short', 'Which years saw the vote and the war?', '1999 and 2008');
		expect(givesAway(q('truefalse', 'Kosovo declared independence in 2008.', 'true'), both)).toBe(
			true
		);
		const stated = q(
			'short',
			'The UN Charter was cited with which text?',
			'The UN Charter and Resolution 1244'
		);
		expect(givesAway(q('truefalse', 'The UN Charter binds Turkey.', 'true'), stated)).toBe(false);
		const shared = choice('What was cited?', 'The UN Charter and Resolution 1244', [
			'The UN Charter and the Dayton Agreement',
			'The NATO treaty',
			'The Helsinki Final Act'
		]);
		expect(givesAway(q('truefalse', 'The UN Charter binds Turkey.', 'true'), shared)).toBe(false);
		expect(givesAway(q('truefalse', 'Resolution 1244 binds Turkey.', 'true'), shared)).toBe(true);
	});
});

describe('a name given away by its last word (rule names, session 32)', () => {
	/** The outsider teacher's pair: two questions of one random 44-question quiz. */
	const patent = q('short', 'Who patented the water frame?', 'Richard Arkwright');
	const cromford = q('cloze', 'Arkwright opened Cromford Mill in ____.', '1771');

	it('finds a name’s last word in a sentence, a statement, and a typed answer’s choices', () => {
		expect(givesAway(cromford, patent)).toBe(true);
		expect(givesAway(cromford, patent, 'parts')).toBe(false);
		expect(clashes(patent, cromford)).toBe(true);
		const statement = q('truefalse', 'Arkwright’s mills ran day and night.', 'true');
		expect(givesAway(statement, patent)).toBe(true);
		const options = choice('Who built the first mill at Cromford?', 'Jedediah Strutt', [
			'Arkwright',
			'Hargreaves',
			'Crompton'
		]);
		expect(givesAway(options, patent)).toBe(true);
		// A multiple-choice key among another's choices is offered in its own question too.
		const patentChoice = choice('Who patented the water frame?', 'Richard Arkwright', [
			'James Hargreaves',
			'Samuel Crompton',
			'Edmund Cartwright'
		]);
		expect(givesAway(options, patentChoice)).toBe(false);
		expect(givesAway(cromford, patentChoice)).toBe(true);
		// The teacher's chosen pair is said, with the whole key.
		expect(giveAways([patent, cromford])).toEqual([
			{ giver: 1, given: 0, answer: 'Richard Arkwright' }
		]);
	});

	it('needs the word written with its capital, and names no common noun', () => {
		const colour = q('short', 'Who discovered the motion of pollen?', 'Robert Brown');
		expect(givesAway(q('truefalse', 'Lignite is brown coal.', 'true'), colour)).toBe(false);
		expect(givesAway(q('truefalse', 'Brown watched pollen in water.', 'true'), colour)).toBe(true);
		const army = q('short', 'Who fought Serbian forces in 1998?', 'Kosovo Liberation Army');
		expect(givesAway(q('truefalse', 'The Army withdrew in 1999.', 'true'), army)).toBe(false);
		// Its own question saying the word is no give-away elsewhere.
		const own = q('short', 'Which Arkwright built Masson Mill?', 'Richard Arkwright');
		expect(givesAway(cromford, own)).toBe(false);
	});

	it('reads a name’s last word only from a name', () => {
		expect(nameTail('Richard Arkwright')).toBe('arkwright');
		expect(nameTail('Slobodan Milošević')).toBe('milosevic');
		expect(nameTail('Vincent van Gogh')).toBe('gogh');
		// A title of a place: the place's name is said for other reasons (the built-in course).
		expect(nameTail('Butcher of Belgrade')).toBeNull();
		expect(nameTail('China and Russia')).toBeNull();
		expect(nameTail('The Luddites')).toBeNull();
		expect(nameTail('Arkwright')).toBeNull();
		expect(nameTail('Cromford Mill')).toBeNull();
		expect(nameTail('Old Harry Rocks')).toBeNull();
		expect(nameTail('the water frame')).toBeNull();
		expect(nameTail('Hydraulic action')).toBeNull();
		expect(nameTail('1771')).toBeNull();
	});
});

describe('a draw without give-aways', () => {
	const other = q('mcq', 'Which city is Kosovo’s capital?', 'Pristina');
	const capital = q('truefalse', 'Pristina is the capital of Kosovo.', 'true');

	it('keeps the better of a pair in the place of the first, and fills on', () => {
		expect(withoutGiveAways([bombing, other, blank1999], 3)).toEqual([blank1999, other]);
		expect(withoutGiveAways([blank1999, other, bombing], 3)).toEqual([blank1999, other]);
		expect(withoutGiveAways([bombing, blank1999, other, capital], 2)).toEqual([blank1999, other]);
	});

	it('leaves out one that clashes with two taken, or with a fixed one', () => {
		const both = q('truefalse', 'After 1999, Pristina became the capital.', 'true');
		expect(withoutGiveAways([blank1999, other, both], 3)).toEqual([blank1999, other]);
		expect(withoutGiveAways([blank1999, other], 3, [bombing])).toEqual([other]);
	});

	it('no two questions it returns give each other away', () => {
		const pool = [bombing, other, blank1999, capital, q('short', 'Kosovo’s capital?', 'Pristina')];
		const taken = withoutGiveAways(pool, 5);
		for (const a of taken) for (const b of taken) expect(clashes(a, b)).toBe(false);
	});
});

describe('a teacher’s chosen pair, said', () => {
	it('names both places, from 1, and the answer', () => {
		const pairs = giveAways([null, blank1999, q('mcq', 'p', 'a'), bombing]);
		expect(pairs).toEqual([{ giver: 3, given: 1, answer: '1999' }]);
		expect(giveAwayWords(pairs[0])).toBe(
			'Question 4 gives away the answer to question 2 (“1999”).'
		);
	});
});

describe('clash counts from the pairs whose words could give an answer away (issue 14)', () => {
	const RULES: GiveAwayRule[] = ['as-written', 'parts', 'names'];

	/** Every pair compared in full: what `clashCounts` counted before it looked pairs up by word. */
	function everyPair(questions: readonly GiveAwayQuestion[], rule: GiveAwayRule) {
		const counts = new Map(questions.map((q) => [q, 0]));
		for (let i = 0; i < questions.length; i++)
			for (let j = i + 1; j < questions.length; j++)
				if (clashes(questions[i], questions[j], rule)) {
					counts.set(questions[i], counts.get(questions[i])! + 1);
					counts.set(questions[j], counts.get(questions[j])! + 1);
				}
		return counts;
	}

	it('counts the built-in course as comparing every pair does, by every rule, and draws the same', () => {
		const questions = seedBank().bank.questions;
		for (const rule of RULES) {
			const counts = clashCounts([...questions], rule);
			expect(counts).toEqual(everyPair(questions, rule));
			// The pairs looked up (`counts` from clashCounts) keep the same questions as
			// comparing them again (a copy of the counts, which names no known pairs).
			const order = [...questions].reverse();
			expect(withoutGiveAways(order, Infinity, [], counts, undefined, rule)).toEqual(
				withoutGiveAways(order, Infinity, [], new Map(counts), undefined, rule)
			);
		}
	});

	it('finds a giver whose answer follows an astral letter (a half of it is no letter to holdsWhole)', () => {
		const given = q('short', 'Which country?', 'Serbia');
		const giver = q('truefalse', 'x𐐀Serbia signed it.', 'true');
		expect(givesAway(giver, given)).toBe(true);
		expect(clashCounts([given, giver]).get(given)).toBe(1);
	});

	it('misses no giver whose words start or end oddly (astral letters, punctuation, digits)', () => {
		const words = fc.constantFrom(
			'Serbia',
			'1999',
			'Thaçi',
			'𐐀rk',
			'x𐐀',
			'“UN”',
			'-',
			'Arkwright',
			'Cromford Mill',
			'and',
			'NATO’s',
			'Hashim',
			'é'
		);
		const text = fc.array(words, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
		const joined = fc.array(words, { minLength: 1, maxLength: 3 }).map((w) => w.join(''));
		const question = fc.record({
			type: fc.constantFrom('mcq', 'short', 'cloze', 'truefalse'),
			prompt: fc.oneof(text, joined),
			answer: fc.oneof(text, joined, fc.constantFrom('true', '-1999', ' Serbia')),
			choices: fc.option(fc.array(fc.oneof(text, joined), { maxLength: 3 }), { nil: undefined })
		}) as fc.Arbitrary<GiveAwayQuestion>;
		fc.assert(
			fc.property(fc.array(question, { maxLength: 8 }), fc.constantFrom(...RULES), (qs, rule) => {
				expect(clashCounts(qs, rule)).toEqual(everyPair(qs, rule));
			})
		);
	});
});
