import { describe, expect, it } from 'vitest';
import {
	attributionDropped,
	circularKey,
	garbledPrompt,
	officeInName,
	minorYear,
	notADefinition,
	partialName,
	partOfSubject,
	sensibleIdea,
	withTitleClass,
	withoutDisambiguator
} from './idea-sense';
import { articleIdeas } from './idea-drafts';
import type { Idea } from './ideas';
import { madeUpArticle } from './ideas.test-helpers';

/** A card on the article's first sentence. */
function card(
	article: ReturnType<typeof madeUpArticle>['article'],
	prompt: string,
	answer: string
): Idea {
	return {
		kind: 'lead',
		sentence: article.sentences[0],
		type: 'flashcard',
		prompt,
		answer,
		span: '',
		start: 0,
		weight: 3
	};
}

describe('a key is the definition of the subject (blind reviews U16, U17)', () => {
	it('refuses a count of siblings, an etymology, a broken article, a vague amount, an episode number', () => {
		expect(notADefinition('One of two sets of rules governing flights over Ostra')).toBe(true);
		expect(notADefinition('One of a relatively small number of units raised to Guard status')).toBe(
			true
		);
		expect(notADefinition('The Ostran form of the Varnish name "Kalla", meaning "fair town"')).toBe(
			true
		);
		expect(notADefinition('A Varnish variant of the word "kalla"')).toBe(true);
		// A form or a translation of a thing is its genus, no etymology (U22 passed "An open form
		// of poetry"; test29's "A form of rock climbing …" was refused).
		expect(
			notADefinition('A form of rock climbing performed on small boulders without ropes')
		).toBe(false);
		expect(
			notADefinition('An Ostran translation of the Book of Varn first published in 1978')
		).toBe(false);
		expect(notADefinition('An among the few surviving halls of the Varn guilds')).toBe(true);
		expect(notADefinition('Several poetic and bardic sources')).toBe(true);
		expect(notADefinition('The sixth episode of the Ostran series Lumen')).toBe(true);
		// "One of the kingdoms of …" names its kind and where: a definition (U16 S51 accepted).
		expect(
			notADefinition('One of the kingdoms of the Hen Varn, in what is now northern Ostra')
		).toBe(false);
		expect(notADefinition('A chemical element with the symbol Ov and atomic number 97')).toBe(
			false
		);
	});

	it('refuses a "What is X?" key that says every word of X again', () => {
		expect(
			circularKey(
				'What are Varn-positive bacteria?',
				'Bacteria that give a positive result in the Varn stain test'
			)
		).toBe(true);
		expect(
			circularKey('What is varn infection?', 'An infection caused by the bacterium Varn ostrana')
		).toBe(false);
		expect(
			circularKey(
				'What is a planned economy?',
				'A type of economic system where investment is set by economy-wide plans'
			)
		).toBe(false);
	});
});

describe('a prompt asks of a noun phrase a student can tell apart', () => {
	it('refuses a fronted clause, a verb inside the subject and unpaired quotes', () => {
		expect(garbledPrompt('What does because of the shape of the device refer to?')).toBe(true);
		expect(
			garbledPrompt('What is the politics of Ostra takes place in a framework of a republic?')
		).toBe(true);
		expect(garbledPrompt('What was "There\'s Room at the Top?')).toBe(true);
		expect(garbledPrompt('What is the Lumen Convention?')).toBe(false);
		// A plural subject's verb (U18 S46), and a name that only holds such a word.
		expect(
			garbledPrompt('What is the politics of Ostra take place in a framework of a republic?')
		).toBe(true);
		expect(garbledPrompt('What is the Play of the Lumen Guild?')).toBe(false);
		expect(garbledPrompt('What is a velm play?')).toBe(false);
		expect(garbledPrompt('What does velm memory refer to in computing?')).toBe(false);
	});

	it('refuses a dated office the asked name already holds (U18 S30)', () => {
		const card = (prompt: string, answer: string) =>
			({ kind: 'lead', prompt, answer, weight: 3, start: 0, type: 'flashcard' }) as Idea;
		expect(
			officeInName(card('Who was Pope Varn III?', 'Head of the Lumen Church from 1455 to 1458'))
		).toBe(true);
		expect(
			officeInName(card('Who was Varn III?', 'Head of the Lumen Church from 1455 to 1458'))
		).toBe(false);
		expect(
			officeInName(card('Who was King Varn II?', 'A king of Ostra who drained the Lumen marshes'))
		).toBe(false);
	});

	it("drops a wiki's disambiguator only where the prompt names the class", () => {
		expect(
			withoutDisambiguator('What is the game Comets (video game)?', 'Comets (video game)')
		).toBe('What is the game Comets?');
		expect(
			withoutDisambiguator('Who was Willem Harr (Ostby Liberal)?', 'Willem Harr (Ostby Liberal)')
		).toBeUndefined();
		expect(withoutDisambiguator('What is Ostra?', 'Ostra')).toBe('What is Ostra?');
	});

	it('refuses a person named by one part of the title', () => {
		const { article } = madeUpArticle('Pope Stefan III', [
			'Pope Stefan III was a Benedictine monk who worked in the Varn palace.',
			'He was elected in 768 after a long dispute.'
		]);
		expect(partialName(card(article, 'Who was Stefan?', 'A monk'), article)).toBe(true);
		expect(partialName(card(article, 'Who was Pope Stefan III?', 'A monk'), article)).toBe(false);
		const { article: pilot } = madeUpArticle('Nora Bird Walden', [
			'Nora Bird Walden was an Ostran pioneer aviator who flew mail across the Varn range.',
			'She learned to fly at the age of nineteen. She bought her own plane soon after.',
			'Walden founded the Ostran Women Pilots League in 1953, and she led it for five years.'
		]);
		const year = {
			...card(pilot, 'Walden founded the Ostran Women Pilots League in ____.', '1953'),
			kind: 'year' as const
		};
		expect(partialName(year, pilot)).toBe(true);
		// A given name the title shortens still names the person whole ("Chuck" for "Charles").
		expect(partialName(card(pilot, 'Who was Norma Ann Walden?', 'An aviator'), pilot)).toBe(false);
		// A middle name the title leaves out still names the person whole.
		expect(partialName(card(pilot, 'Who was Nora Ann Walden?', 'An aviator'), pilot)).toBe(false);
		expect(minorYear(year, pilot)).toBe(true);
	});
});

describe('a lead card asks what its sentence defines', () => {
	it('refuses a sentence about a part of the asked name', () => {
		const { article } = madeUpArticle('Letter to Arvo', [
			'Arvo was a wealthy Ostran merchant who owned a house in Varn.'
		]);
		expect(partOfSubject(card(article, 'What was Letter to Arvo?', 'A wealthy merchant'))).toBe(
			true
		);
		expect(partOfSubject(card(article, 'Who was Arvo?', 'A wealthy merchant'))).toBe(false);
		const { article: band } = madeUpArticle('Minor Varn', [
			'Minor Varn was an Ostran punk band formed in 1980.'
		]);
		expect(partOfSubject(card(band, 'What was the band Minor Varn?', 'An Ostran punk band'))).toBe(
			false
		);
	});
});

describe('a year card asks the subject’s own central event', () => {
	it('refuses an event done by "an …" something else, or a sentence opening on a participle clause', () => {
		const { article } = madeUpArticle('Lumenwire', [
			'Lumenwire is a discontinued file sharing client for Ostra.',
			'An identity theft scheme involving Lumenwire was discovered in Varn in 2006.'
		]);
		const idea = (prompt: string) => ({ ...card(article, prompt, '2006'), kind: 'year' as const });
		expect(
			minorYear(
				idea('An identity theft scheme involving Lumenwire was discovered in ____.'),
				article
			)
		).toBe(true);
		expect(
			minorYear(idea('Addressing the shortcomings, Arvid Holm invented a dial in ____.'), article)
		).toBe(true);
		expect(minorYear(idea('Lumenwire was released in ____.'), article)).toBe(false);
	});
});

describe('attribution stays with the claim', () => {
	it('refuses a key whose sentence hands the claim to someone, unless the key keeps it', () => {
		const { article } = madeUpArticle('Arvek', [
			'Arvek was the seventh king of Ostra, according to the Varn Annals.',
			'Lena Holm is widely considered one of the founders of modern linguistics.'
		]);
		expect(attributionDropped('The seventh king of Ostra', article)).toBe(true);
		expect(
			attributionDropped('The seventh king of Ostra, according to the Varn Annals', article)
		).toBe(false);
		expect(
			attributionDropped('A Varn linguist; one of the founders of modern linguistics', article)
		).toBe(true);
	});
});

describe('the drafts of a made-up article', () => {
	it('keeps a plain lead definition and refuses the side fact after it', () => {
		const { article } = madeUpArticle('Ostrium', [
			'Ostrium is a chemical element with the symbol Os and atomic number 97, a soft grey metal of the Varn group.',
			'It is one of a small number of metals that melt in the hand.'
		]);
		const ideas = articleIdeas(article).filter((i) => i.kind === 'lead');
		for (const idea of ideas) expect(sensibleIdea(idea, article)).toBe(idea);
		expect(ideas.map((i) => i.answer).join(' ')).not.toMatch(/one of a small number/iu);
	});
});

describe('a one-word name asked with the class its title gives (blind check H19 S22)', () => {
	it('asks "the game of Velm" when the title is "The Game of Velm" and the key names a game', () => {
		expect(
			withTitleClass('What is Velm?', 'A card game for four players', 'The Game of Velm')
		).toBe('What is the game of Velm?');
		expect(
			withTitleClass('What was Ostra?', 'A walled city on the river', 'The City of Ostra')
		).toBe('What was the city of Ostra?');
	});

	it('leaves any other prompt as it is', () => {
		// The key names another class: the title's class would be a guess.
		expect(withTitleClass('What is Velm?', 'A river in the north', 'The Game of Velm')).toBe(
			'What is Velm?'
		);
		// Another name, a longer asked name, a title of another shape.
		expect(withTitleClass('What is Ostra?', 'A card game', 'The Game of Velm')).toBe(
			'What is Ostra?'
		);
		expect(withTitleClass('What is Velm?', 'A card game', 'Velm and Other Games')).toBe(
			'What is Velm?'
		);
		expect(withTitleClass('What is a trick?', 'A round of play', 'The Game of Velm')).toBe(
			'What is a trick?'
		);
	});
});
