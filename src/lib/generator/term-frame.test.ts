import { describe, expect, it } from 'vitest';
import { frameGivesKey, framedTerm, opensTitle } from './term-frame';
import type { Idea } from './ideas';
import { madeUpArticle } from './ideas.test-helpers';

const HANDOUT = [
	'This handout explains how velm mills work. You will need it for the test.',
	'# Key terms',
	'Wheel – the round frame that the velm stream turns.',
	'Lumithermocline – the layer where velm water changes temperature fastest.'
];

const { article } = madeUpArticle('Velm Mills of Ostra', HANDOUT);
const card = (prompt: string, answer: string): Idea => ({
	kind: 'glossary',
	sentence: article.sentences[0],
	type: 'flashcard',
	prompt,
	answer,
	start: 0,
	context: '',
	weight: 0
});
const asked = (prompt: string, answer = 'A frame') =>
	framedTerm(card(prompt, answer), article)?.prompt;

describe('framedTerm: a handout’s everyday term asked in its frame (H14)', () => {
	it('asks every term in the handout’s title, a long coined word too (H20)', () => {
		expect(asked('What is meant by the term “wheel”?')).toBe(
			'In the handout “Velm Mills of Ostra”, what is meant by the term “wheel”?'
		);
		expect(asked('What is a wheel?')).toBe(
			'In the handout “Velm Mills of Ostra”, what is meant by the term “wheel”?'
		);
		expect(asked('What is meant by the term “mill race”?')).toBe(
			'In the handout “Velm Mills of Ostra”, what is meant by the term “mill race”?'
		);
		expect(asked('What is meant by the term “lumithermocline”?')).toBe(
			'In the handout “Velm Mills of Ostra”, what is meant by the term “lumithermocline”?'
		);
	});

	it('asks "the x" as a term only when the key identifies it', () => {
		expect(asked('What is the carrier?', 'The animal that takes the velm seed to the mill')).toBe(
			'In the handout “Velm Mills of Ostra”, what is meant by the term “carrier”?'
		);
		expect(asked('What is the molten velm?', 'An excellent conductor')).toBeUndefined();
	});

	it('refuses a key that is the list’s next items', () => {
		const listed = {
			...card('What is a wheel?', 'A sluice or a new kind of gear'),
			sentence: {
				...article.sentences[0],
				text: 'A mill part can be a wheel, a sluice or a new kind of gear.'
			}
		};
		expect(framedTerm(listed, article)).toBeUndefined();
	});

	it('frames a capitalised key-terms entry, leaves the title’s own subject bare', () => {
		// "Union – the states that stayed loyal …": a list capitalises its entries (H20 S02).
		expect(asked('What is meant by the term “Union”?')).toBe(
			'In the handout “Velm Mills of Ostra”, what is meant by the term “Union”?'
		);
		expect(asked('What is a velm mill?')).toBe('What is a velm mill?');
		expect(asked('What is the velm mill?', 'A kind of mill')).toBe('What is the velm mill?');
		// "What is the heart?" keyed by what it is made of (H26 S39) tells it from nothing (gen71).
		expect(asked('What is the velm mill?', 'A building made mostly of stone')).toBeUndefined();
	});

	it('frames an acronym card unless the title spells out its expansion (H20)', () => {
		expect(asked('What does VMO stand for?', 'Velm Mill Office')).toBe(
			'In the handout “Velm Mills of Ostra”, what does VMO stand for?'
		);
		expect(asked('What does VMO stand for?', 'Velm Mills of Ostra')).toBe(
			'What does VMO stand for?'
		);
	});

	it('leaves names, fields and other kinds of prompt alone', () => {
		expect(asked('What is Ostra Mill?')).toBe('What is Ostra Mill?');
		expect(asked('What is a wheel in physics?')).toBe('What is a wheel in physics?');
		expect(asked('Why did the mills close?')).toBe('Why did the mills close?');
	});

	it('names the handout by its own title, not the subject read into it', () => {
		// "How Soap Works" opening "Water on its own is …": the idea kinds read that subject
		// (`idea-title.ts`), the frame names the handout the student holds (H16).
		const reread = {
			...article,
			title: 'Velm water on its own',
			doc: { ...article.doc, title: 'How Velm Mills Work' }
		};
		expect(framedTerm(card('What is a wheel?', 'A frame'), reread)?.prompt).toBe(
			'In the handout “How Velm Mills Work”, what is meant by the term “wheel”?'
		);
	});

	it('refuses an everyday term where the document has no title to frame it', () => {
		const untitled = madeUpArticle('', HANDOUT).article;
		expect(framedTerm(card('What is a wheel?', 'A frame'), untitled)).toBeUndefined();
	});

	it('frames a term the title holds after a modifier or inside a clause (H29 S14)', () => {
		const { article: placed } = madeUpArticle('The Velmish Plaza', HANDOUT);
		const plaza = framedTerm(card('What is meant by the term “Plaza”?', 'An open square'), placed);
		expect(plaza?.prompt).toBe(
			'In the handout “The Velmish Plaza”, what is meant by the term “Plaza”?'
		);
		const { article: how } = madeUpArticle('How Velm Soap Works', HANDOUT);
		expect(framedTerm(card('What is velm soap?', 'A cleaner'), how)?.prompt).toBe(
			'In the handout “How Velm Soap Works”, what is meant by the term “velm soap”?'
		);
	});

	it('leaves a naming question as it is: "called" is no word of a term (H30 S01)', () => {
		for (const prompt of [
			'What are velm boots called?',
			'What is a lumen pod named?',
			'What are the old mill wheels known?'
		])
			expect(asked(prompt, 'Velmiit'), prompt).toBe(prompt);
	});
});

describe('opensTitle: the head a title opens with', () => {
	it('reads the title’s head, its determiner and plural aside, in any part', () => {
		expect(opensTitle('velm mill', 'Velm Mills of Ostra')).toBe(true);
		expect(opensTitle('water wheel', 'The Water Wheel')).toBe(true);
		expect(opensTitle('box', 'Boxes: how they are made')).toBe(true);
		expect(opensTitle('erosion', 'Rivers: Erosion and Deposition')).toBe(true);
	});

	it('is false for a word after a modifier or inside a clause', () => {
		expect(opensTitle('plaza', 'The Velmish Plaza')).toBe(false);
		expect(opensTitle('soap', 'How Soap Works')).toBe(false);
		expect(opensTitle('mill', 'Velm Mills of Ostra')).toBe(false);
	});
});

describe('frameGivesKey: a frame whose title gives the key away (H33, gen84)', () => {
	it('refuses a key the title holds whole, or a key that holds a title of two words', () => {
		expect(frameGivesKey('The Velm Teahouse', 'A teahouse')).toBe(true);
		expect(frameGivesKey('Ridged Glimmets', 'The proper name for ridged glimmets')).toBe(true);
		expect(
			frameGivesKey('Ridged Glimmets', 'Small lamps that are a main fuel of ridged glimmets')
		).toBe(false);
	});

	it('keeps a key that names the title’s one-word class and says more', () => {
		expect(frameGivesKey('Glimmets', 'A tall, narrow glimmet with a tin roof')).toBe(false);
		expect(frameGivesKey('Ridged Glimmets', 'A lamp that burns tallow')).toBe(false);
	});
});
