import { describe, expect, it } from 'vitest';
import {
	askedName,
	boundedByOffice,
	demonymSlip,
	genericKey,
	malformedSubject,
	nameCutShort,
	nameGivesKey,
	vagueKey,
	whatOfPerson
} from './idea-strict';
import type { Idea } from './ideas';

/** Made-up cards, each a kind of failure blind review U15 found (issue 12). */
describe('what a strict editor rejects (U15 failure kinds, made-up articles)', () => {
	it('refuses a key that is only a nationality and a role', () => {
		expect(genericKey('A Velnish physicist')).toBe(true);
		expect(genericKey('An Ostran politician')).toBe(true);
		expect(genericKey('a Velnish mathematician and codebreaker')).toBe(true);
		expect(genericKey('a Roman statesman and general of the third century BC')).toBe(true);
		expect(
			genericKey('a Velnish-born Ostran mathematician, electrical engineer and professor')
		).toBe(true);
		expect(genericKey('A man')).toBe(true);
		// What they did, or an office with its place and years, is content.
		expect(genericKey('A Velnish physicist who first proved that radio waves exist')).toBe(false);
		expect(genericKey('A Velnish physicist; known for proving that radio waves exist')).toBe(false);
		expect(genericKey('An emperor of the Maurya dynasty')).toBe(false);
		expect(genericKey('An open form of poetry')).toBe(false);
		// A role one person holds is no trade many share (U16 S10, S27, S80, S61: both accepted).
		expect(genericKey('The second Ostran king')).toBe(false);
		expect(genericKey('A Velnish nun and royal mistress')).toBe(false);
		expect(genericKey('A Velnish convicted serial killer')).toBe(false);
		expect(genericKey('A discontinued free peer-to-peer file sharing client for Ostrix')).toBe(
			false
		);
	});

	it('refuses a demonym copied where the country belongs, not a country ending in "an"', () => {
		const text = 'Ostria is a land. He was Chancellor of Ostrian between 1932 and 1934.';
		expect(
			demonymSlip('A politician who served as Chancellor of Ostrian between 1932 and 1934', text)
		).toBe(true);
		expect(demonymSlip('Chancellor of Velnish from 1901', 'Velnland.')).toBe(true);
		expect(demonymSlip('Emperor of Japan from 1926 to 1989', 'Japan is a land.')).toBe(false);
		expect(demonymSlip('Chancellor of Ostria between 1932 and 1934', text)).toBe(false);
	});

	it('refuses a key that stops inside a name the sentence goes on with', () => {
		const sentence =
			'Gil Lorn (1875 – 1946) was an Ostran chemist and a former Dean of the College of Chemistry at Varn.';
		expect(nameCutShort('An Ostran chemist and a former Dean of the College', sentence)).toBe(true);
		expect(
			nameCutShort(
				'An Ostran chemist and a former Dean of the College of Chemistry at Varn',
				sentence
			)
		).toBe(false);
		expect(nameCutShort('An Ostran chemist', sentence)).toBe(false);
	});

	it('refuses a name that hands over the key, in English or in a foreign class word', () => {
		expect(
			nameGivesKey('An expansion of the board game The Settlers of Varn', 'Varn: Seafarers')
		).toBe(true);
		expect(
			nameGivesKey(
				'A federal statute that sets standards for coastal beach monitoring',
				'the Beaches Environmental Assessment and Coastal Health Act'
			)
		).toBe(true);
		expect(
			nameGivesKey(
				'A federal statute that sets standards for water testing and beach monitoring',
				'the Beaches Environmental Assessment and Coastal Health Act'
			)
		).toBe(true);
		expect(nameGivesKey('A medieval castle in Druve-les-Fontaines', 'Château de Druve')).toBe(true);
		// One word back inside another name is no giveaway (U16 S59).
		expect(
			nameGivesKey(
				'A 1936 agreement that gives Ostra control over the Ostran Straits',
				'the Lumen Convention Regarding the Regime of the Straits'
			)
		).toBe(false);
		expect(nameGivesKey('An inventor; famous for the Lorn engine', 'Rudolf Lorn', true)).toBe(true);
		// One name word in a thing's key, a common noun's words, its class noun: accepted.
		expect(nameGivesKey('A proposal for a human mission to Velm', 'Velm Direct')).toBe(false);
		expect(
			nameGivesKey('A men’s rugby union tournament held every four years', 'the Rugby Velm Cup')
		).toBe(false);
		expect(nameGivesKey('An inventor; famous for the Lorn engine', 'the Lorn Prize')).toBe(false);
		expect(nameGivesKey('Water having more salt than fresh water', 'brackish water')).toBe(false);
		expect(
			nameGivesKey('A failed attempt to conquer the Khanate of Velm', 'the Ostro–Velmish War')
		).toBe(false);
		expect(nameGivesKey('An open form of poetry', 'free verse')).toBe(false);
	});

	it('refuses a subject no student can read alone', () => {
		const text =
			'The cuisine of Nova Ostra is rich. The act was passed. Ostria has a pension system.';
		expect(malformedSubject('Cuisine of Nova Ostra', text)).toBe(true);
		expect(malformedSubject("Ostria's system", text)).toBe(true);
		expect(malformedSubject('The Act', text)).toBe(true);
		expect(malformedSubject('The Company', 'Nothing lower here.')).toBe(true);
		expect(malformedSubject('the Bank of Ostra', 'A bank.')).toBe(false);
		expect(malformedSubject('free verse', text)).toBe(false);
		expect(malformedSubject('persistence of vision', 'The persistence of vision.')).toBe(false);
		expect(malformedSubject('The Velmers', 'The Velmers were a band.')).toBe(false);
		expect(askedName('What is Cuisine of Nova Ostra characterized by?')).toBe(
			'Cuisine of Nova Ostra'
		);
		expect(askedName('Who was Gil Lorn?')).toBe('Gil Lorn');
	});

	it('refuses a key that praises instead of defining', () => {
		expect(vagueKey('A key component of a healthy, thriving forest ecosystem')).toBe(true);
		expect(vagueKey('An important part of Ostran cooking')).toBe(true);
		expect(vagueKey('A key signature used in Velmic music')).toBe(false);
		expect(vagueKey('A moss that grows on the bark of Ostran firs')).toBe(false);
		// Praise and a place, or what anyone would guess of a feast (U18 S58, S45).
		expect(vagueKey('A building of historical significance, located in Lumen Park')).toBe(true);
		expect(vagueKey('A major annual celebration, as in most countries of Vesta')).toBe(true);
		expect(vagueKey('A stone cottage built by convicts in 1798 in Lumen Park')).toBe(false);
		expect(vagueKey('A major river of northern Ostra')).toBe(false);
	});

	it('refuses "What" asked of a person', () => {
		expect(
			whatOfPerson(
				'What was Infante D. Varn?',
				'A central figure in the early days of the Ostran Empire'
			)
		).toBe(true);
		expect(whatOfPerson('Who was Varn?', 'A central figure in the Ostran Empire')).toBe(false);
		// A sportsman or a trade is a person too (blind review H14 S07: "What is …?" of a wrestler).
		expect(whatOfPerson('What is Ivo of Lumen?', 'A wrestler from a colony in Ostra')).toBe(true);
		expect(whatOfPerson('What is Varn Hall?', 'A hall where wrestlers trained')).toBe(false);
		// A term's meaning may be a person's class: the word is asked, not a person (gen72).
		expect(
			whatOfPerson('What is meant by the term “velmist”?', 'A person who campaigned to ban velm')
		).toBe(false);
		expect(whatOfPerson('What is a velmist?', 'A person who campaigned to ban velm')).toBe(true);
		expect(whatOfPerson('What was the Varn Act?', 'A law passed in 1901')).toBe(false);
		// A list of what the person works in hides the role behind commas (blind review 11 S39).
		expect(
			whatOfPerson(
				'What is Ivo Stren?',
				'A new media, performance, and installation artist based in Lumen, Ostra'
			)
		).toBe(true);
		expect(
			whatOfPerson('What is the Varn flag?', 'A red, white, and blue flag flown in Ostra')
		).toBe(false);
	});

	it('refuses a year whose choices an office holder’s term would bound', () => {
		const idea = (text: string) =>
			({
				kind: 'year',
				type: 'mcq',
				prompt: 'The Varn Act was signed in ____.',
				answer: '2000',
				start: 0,
				weight: 1,
				sentence: { doc: 'm', index: 0, section: '', text }
			}) as Idea;
		expect(
			boundedByOffice(idea('The Varn Act was signed by President Gil Lorn on October 10, 2000.'))
		).toBe(true);
		expect(boundedByOffice(idea('The Varn Act was signed on October 10, 2000.'))).toBe(false);
		// A minister who signs for a country bounds nothing a reader would rule out (U10 S12 accepted).
		expect(
			boundedByOffice(idea('The Varn Treaty was signed by Secretary of State Gil Lorn in 1992.'))
		).toBe(false);
	});
});
