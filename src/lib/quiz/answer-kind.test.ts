import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerKind, headClass } from './answer-kind';

const kind = (prompt: string, answer: string) => answerKind({ prompt, answer });

describe('the kind of an answer', () => {
	it('tells years, dates, amounts and other figures apart', () => {
		expect(kind('In what year did the Ten Hours Act pass?', '1847')).toBe('year');
		expect(kind('When did the epidemic strike?', '1831–1832')).toBe('year');
		expect(kind('When did it begin?', 'about 1760')).toBe('year');
		expect(kind('When was independence declared?', '17 February 2008')).toBe('date');
		expect(kind('When was the vote?', 'October 8th')).toBe('date');
		expect(kind('When was the vote?', '2008-02-18')).toBe('date');
		expect(kind('How much did the deal cost?', '$2.7 billion')).toBe('amount');
		expect(kind('What share voted yes?', '90%')).toBe('amount');
		expect(kind('How many miles of track were there by 1850?', '6,000')).toBe('number');
		expect(kind('How many threads did a spinning jenny spin?', '8')).toBe('number');
	});

	it('reads a definition by its head noun: a change, an illness, a way, people', () => {
		// Outsider teacher, session 30: these three were one quiz question's choices.
		expect(
			kind(
				'What was the Industrial Revolution?',
				'The change from making goods by hand at home to making them by machine in factories'
			)
		).toBe('def:change');
		expect(kind('What was cholera?', 'A disease carried in dirty water')).toBe('def:illness');
		expect(
			kind(
				'What is the factory system?',
				'A way of producing goods in which many workers operate machines in one building'
			)
		).toBe('def:method');
		expect(
			kind('What were the Luddites?', 'Textile workers who broke machinery between 1811 and 1816')
		).toBe('def:people');
		expect(
			kind('What are trade unions?', 'Organisations of workers who bargain together with employers')
		).toBe('def:people');
		expect(kind('What is basalt?', 'A kind of dark rock formed from cooled lava')).toBe(
			'def:substance'
		);
		expect(kind('What was the water frame?', 'A spinning machine driven by a water wheel')).toBe(
			'def:object'
		);
		expect(kind('What is a meander?', 'A wide bend in a river on flat, low land')).toBe(
			'def:place'
		);
		expect(
			kind('What is a volcano?', 'An opening in the Earth’s crust through which rock escapes')
		).toBe('def:place');
		expect(kind('What is attrition?', 'When stones knock against each other')).toBe('def:change');
		expect(kind('What is a confluence?', 'Where two rivers meet')).toBe('def:place');
		// A process by its head noun is a change too, and a landform's part a place (outsider
		// teacher's rivers handout, 2026-12-03: hydraulic action was a kind of its own).
		expect(
			kind('What is hydraulic action?', 'The force of the water against the banks and bed')
		).toBe('def:change');
		expect(kind('What is erosion?', 'The wearing away of land by water, ice or wind')).toBe(
			'def:change'
		);
		expect(kind('What is an estuary?', 'The tidal mouth of a river')).toBe('def:place');
		expect(kind('What is a plunge pool?', 'A deep pool at the base of a waterfall')).toBe(
			'def:place'
		);
	});

	it('keeps a head noun of no class as its own kind, and a longer answer to Who as people', () => {
		expect(kind('What is a sonnet?', 'A poem of fourteen lines with a fixed rhyme scheme')).toBe(
			'def:poem'
		);
		expect(kind('Who was Richard Arkwright?', 'The man who patented the water frame')).toBe(
			'def:people'
		);
		expect(kind('Who was Isambard Brunel?', 'A builder of bridges, ships and railways')).toBe(
			'def:people'
		);
	});

	it('reads the frame for short keys, reasons and sequences', () => {
		expect(kind('Who patented the water frame?', 'Richard Arkwright')).toBe('who-short');
		expect(kind('What is the point where two rivers meet called?', 'Confluence')).toBe(
			'what-short'
		);
		expect(kind('Where did Arkwright build his mill?', 'Cromford')).toBe('place');
		expect(kind('Why did Britain industrialise first?', 'It had coal, iron and capital')).toBe(
			'reason'
		);
		expect(kind('Why was the pump handle removed?', 'Because the water carried cholera')).toBe(
			'reason'
		);
		expect(kind('Which sequence is right?', 'Council → backlash → diplomacy')).toBe('sequence');
	});
});

describe('an answer’s kind (properties)', () => {
	const word = fc.constantFrom('lake', 'river', 'machine', 'disease', 'way', 'workers', 'poem');
	const words = fc.array(fc.constantFrom('dark', 'old', 'large', 'water', 'coal'), {
		maxLength: 3
	});
	const tail = fc.array(fc.constantFrom('that', 'flows', 'in', 'the', 'north', 'of', 'town'), {
		minLength: 2,
		maxLength: 8
	});

	it('is the same whatever the case and accents', () => {
		fc.assert(
			fc.property(words, word, tail, (adjectives, head, rest) => {
				const answer = ['A', ...adjectives, head, 'which', ...rest].join(' ');
				const loud = answer.toUpperCase().replace(/E/g, 'É');
				expect(kind('What is it?', loud)).toBe(kind('What is it?', answer));
			})
		);
	});

	it('is the head noun’s, whatever comes after it', () => {
		fc.assert(
			fc.property(words, word, tail, tail, (adjectives, head, a, b) => {
				const start = ['A', ...adjectives, head].join(' ');
				expect(headClass(`${start} which ${a.join(' ')}`)).toBe(
					headClass(`${start} which ${b.join(' ')}`)
				);
			})
		);
	});

	it('is year for every year, alone or with about, and never for a day of the month', () => {
		fc.assert(
			fc.property(fc.integer({ min: 100, max: 2100 }), fc.boolean(), (year, about) => {
				expect(kind('When was it?', `${about ? 'about ' : ''}${year}`)).toBe('year');
			})
		);
		expect(kind('How many were there?', '12')).toBe('number');
	});
});
