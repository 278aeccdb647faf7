import { describe, expect, it } from 'vitest';
import {
	bareGivenName,
	writtenAsName,
	unanchoredRefuses,
	keyOnlyLikens,
	nameLowerCased,
	pointsIntoHandout,
	properNameCard
} from './idea-unanchored';
import { madeUpArticle, sentenceCard } from './ideas.test-helpers';

/** Every capitalised pair is a person in these made-up handouts, except the places named. */
const person = {
	isPerson: (name: string) => !/Harbour|Street|London|Ostra/u.test(name),
	isPlace: (name: string) => /^(?:London|Ostra)$/u.test(name),
	isCommon: (word: string) => /^(?:street|harbour)$/iu.test(word)
};

describe('H18 kind 1: a person named by the given name only', () => {
	const family =
		'Tomas Verell married Ada Verell in 1801. Their son Emil Verell painted ships. In 1820 Emil sailed to Ostra Harbour.';
	it('refuses a given name the handout writes before a family surname', () => {
		expect(bareGivenName('In 1820 Emil sailed to Ostra Harbour.', family, person)).toBe(true);
		expect(bareGivenName('In 1801 Tomas and Ada married.', family, person)).toBe(true);
	});

	it('refuses it when the surname stands alone for someone', () => {
		const text =
			'Lina Morrow studied salts with Karl Morrow. Morrow won a prize in 1903. Karl died in 1906.';
		expect(bareGivenName('In 1906 Karl died in a street accident.', text, person)).toBe(true);
	});

	it('keeps a full name, a surname and a subject known by the given name', () => {
		expect(bareGivenName('In 1820 Emil Verell sailed to Ostra Harbour.', family, person)).toBe(
			false
		);
		expect(
			bareGivenName('In 1903 Morrow won a prize.', 'Lina Morrow won. Morrow won.', person)
		).toBe(false);
		const subject =
			'Orsino Valdi (1501–1560) was an astronomer. His father, Marco Valdi, sang. Orsino built a lens.';
		expect(bareGivenName('In 1530 Orsino built a lens.', subject, person, 'Orsino Valdi')).toBe(
			false
		);
		expect(bareGivenName('In 1530 Marco sang.', subject, person, 'Orsino Valdi')).toBe(true);
		const court = 'Ela met the Regent Aldo at court. Aldo died in 1430.';
		expect(bareGivenName('Ela met the Regent at court in 1429.', court, person, 'Ela')).toBe(false);
	});

	it('reads a family of particle surnames the lexicon does not know', () => {
		const text =
			'Pieter van Dorm (1850–1890) was a painter. His brother Jan van Dorm sold paintings. Van Dorm moved to Ostra.';
		const nobody = { ...person, isPerson: () => false };
		expect(bareGivenName('In 1880 Pieter moved in with Jan in Ostra.', text, nobody)).toBe(true);
	});

	it('reads a surname the corpus also writes in lower case as a name when the handout does', () => {
		// "Baker" is a common word in the corpus ("a baker"); this handout writes it as a name.
		const baker = {
			...person,
			isCommon: (word: string) => /^(?:street|harbour|baker)$/iu.test(word)
		};
		const text =
			'Ivo Baker and Nell Baker ran a mill. In 1880 Ivo met a baker. Later, Baker sold flour, and Baker grew rich while Baker travelled.';
		expect(bareGivenName('In 1890 Ivo sold the mill.', text, baker)).toBe(true);
		// Written in lower case as often as a name: a common word, as before.
		const common =
			'Ivo Baker and Nell Baker ran a mill. The baker sold bread, a baker baked and every baker rose early.';
		expect(bareGivenName('In 1890 Ivo sold the mill.', common, baker)).toBe(false);
	});

	it('counts a word as a name only where a sentence does not open on it', () => {
		expect(writtenAsName('Then Baker left, so Baker came, and Baker went. A baker.', 'Baker')).toBe(
			true
		);
		expect(writtenAsName('Baker left. Baker came. Baker went.', 'Baker')).toBe(false);
		expect(writtenAsName('Then Baker left, so Baker came. A baker and a baker.', 'Baker')).toBe(
			false
		);
	});

	it('keeps a capitalised place or a word that opens the sentence', () => {
		const text = 'In London the Ostra Street market opened. London grew.';
		expect(bareGivenName('In 1850 London grew quickly.', text, person)).toBe(false);
	});
});

describe('H18 kind 2: the proper-name apposition card', () => {
	it('refuses a name its sentence glosses by apposition, whatever the question word', () => {
		const s = 'In 1790 he joined Piet Marrow, a rich glassmaker who owned the Vell Works.';
		expect(properNameCard('Who was Piet Marrow?', s)).toBe(true);
		expect(
			properNameCard(
				'What was the Tallow Route?',
				'They sought the Tallow Route, a path over the ice.'
			)
		).toBe(true);
		expect(properNameCard('What was Cie?', 'He worked for Marrow & Cie, a firm of dealers.')).toBe(
			true
		);
	});

	it('keeps a definition, a lower-case term and a name the sentence defines by a copula', () => {
		expect(properNameCard('What is a geyser?', 'A geyser, a hot spring that erupts, …')).toBe(
			false
		);
		expect(properNameCard('What was the Vell Pact?', 'The Vell Pact was a treaty of 1820.')).toBe(
			false
		);
	});
});

describe('H18 kind 2: a name written in lower case', () => {
	const text = 'Later Tarn improved the pump. The engine of Tarn was cautious, and Tarn waited.';
	it('refuses a word the handout writes only capitalised inside its sentences', () => {
		expect(nameLowerCased('Why was tarn cautious about steam?', text)).toBe(true);
	});
	it('keeps a word the handout writes in lower case as often', () => {
		expect(nameLowerCased('Why was the engine cautious?', text)).toBe(false);
		expect(
			nameLowerCased(
				'What is a tarn?',
				`${text} A tarn is a lake; a tarn is cold, every tarn freezes and the tarn fills.`
			)
		).toBe(false);
	});
	it('reads a capital that opens the next sentence line as no name (blind check H19 S46)', () => {
		// A title kept as the first sentence has no full stop; its next line opens capitalised.
		const titled = 'Velm and Rope Knots\nRope knots are loops that hold a load.\nSailors tie them.';
		expect(nameLowerCased('What are rope knots?', titled)).toBe(false);
		const { article } = madeUpArticle('Velm and Rope Knots', [
			'Velm and Rope Knots',
			'Rope knots are loops that hold a load. Sailors tie them daily.'
		]);
		const card = sentenceCard('What are rope knots?', 'Loops that hold a load');
		expect(unanchoredRefuses(card, article)).toBe(false);
	});
});

describe('H18 kind 3: pointers into the handout', () => {
	it('refuses a superlative with nothing it ranks in, a demonstrative, "later", the title cut', () => {
		expect(pointsIntoHandout('The oldest tower, the Vell Tower, fell in 1902.', 'Ostra')).toBe(
			true
		);
		expect(
			pointsIntoHandout('In 1950 the fair was dated from that dance on Vell Street.', 'Ostra')
		).toBe(true);
		expect(pointsIntoHandout('Ostra later came under Vell rule in 1850.', 'Ostra')).toBe(true);
		expect(pointsIntoHandout('What caused the outbreak?', 'The 1850 Ostra Fever Outbreak')).toBe(
			true
		);
	});

	it('keeps a superlative of a named whole, a dated "later", the title in full', () => {
		expect(pointsIntoHandout('The oldest tower in Ostra fell in 1902.', 'Ostra')).toBe(false);
		expect(pointsIntoHandout('Ten years later Ostra came under Vell rule.', 'Ostra')).toBe(false);
		expect(pointsIntoHandout('The forest covered Ostra.', 'Ostra')).toBe(false);
		expect(
			pointsIntoHandout('What caused the Ostra fever outbreak?', 'The 1850 Ostra Fever Outbreak')
		).toBe(false);
	});
});

describe('H18 kind 4: keys that liken or judge instead of defining', () => {
	it('refuses a key of likenesses or a vague judged head', () => {
		expect(keyOnlyLikens('What are voles?', 'Rodents, like mice, rats and squirrels')).toBe(true);
		expect(keyOnlyLikens('What is drought in biology?', 'A hard time for many plants')).toBe(true);
	});
	it('keeps a class with what sets it apart', () => {
		expect(keyOnlyLikens('What are voles?', 'Small rodents that live in burrows')).toBe(false);
		expect(keyOnlyLikens('What is a tarn?', 'A small mountain lake')).toBe(false);
	});
});

describe('unanchoredRefuses on a made-up handout', () => {
	it('refuses a statement naming a family member by the given name only', () => {
		const { article } = madeUpArticle('The Verell Family', [
			'Tomas Verell married Ada Verell in 1801. Their son Emil Verell painted ships.',
			'In 1820 Emil sailed to Ostra Harbour.'
		]);
		const card = {
			...sentenceCard(
				'In 1820 Emil sailed to Ostra Harbour.',
				'true',
				'In 1820 Emil sailed to Ostra Harbour.',
				'truefalse'
			),
			kind: 'truth' as const
		};
		expect(unanchoredRefuses(card, article)).toBe(true);
		const named = { ...card, prompt: 'In 1820 Emil Verell sailed to Ostra Harbour.' };
		expect(unanchoredRefuses(named, article)).toBe(false);
	});
});

describe('H18 kind 2: a word of a longer name is no lower-cased name', () => {
	it('keeps a term the handout capitalises only inside a longer name', () => {
		const text = 'Read Verse 1, then Verse Two and Verse Three. A verse is a part of a song.';
		expect(nameLowerCased('What is a verse?', text)).toBe(false);
	});
});
