import { describe, expect, it } from 'vitest';
import { madeUpArticle, sentenceCard } from './ideas.test-helpers';
import {
	askedInField,
	askedName,
	clauseKey,
	glossOfLargerPhrase,
	keepsNameTail,
	keyDoesNotDefine,
	nextStepKey,
	onlyCharacterises,
	possessiveCut,
	reportsFinding,
	startsInsideNumber
} from './key-defines';

/** Blind review H10 (2027-01-17): flashcard keys that do not define their name whole. */
describe('keys that define their name (gen43)', () => {
	it('reads the asked name', () => {
		expect(askedName('What was the Varn Compact?')).toBe('Varn Compact');
		expect(askedName('What is meant by the term “dry gap”?')).toBe('dry gap');
		expect(askedName('What is interest in economics?')).toBe('interest');
	});

	it('refuses a gloss of the larger phrase the name ends (H10 S82, S49, S79)', () => {
		expect(
			glossOfLargerPhrase(
				'Ostra',
				'Storms swept the plains of Ostra, a disaster known as the Dust Year.'
			)
		).toBe(true);
		expect(
			glossOfLargerPhrase(
				'Lorn',
				'After the rule of Piet Varn and Anna von Lorn, a small council took power.'
			)
		).toBe(true);
		expect(
			glossOfLargerPhrase('Sea of Salt', 'It shows the Drying of the Sea of Salt, a myth of …')
		).toBe(true);
		// The name's own gloss, and an alias's "or", stay.
		expect(
			glossOfLargerPhrase('Ostra', 'They reached Ostra, a small island in the Varn Sea.')
		).toBe(false);
		expect(glossOfLargerPhrase('Great Hall', 'the Varn Hall, or Great Hall, a building …')).toBe(
			false
		);
	});

	it('refuses a key that only characterises (H10 S60)', () => {
		expect(onlyCharacterises('A time of hardship')).toBe(true);
		expect(onlyCharacterises('A place of great danger')).toBe(true);
		expect(onlyCharacterises('A time of year when little or no rain falls')).toBe(false);
		expect(onlyCharacterises('A mixture of copper and zinc')).toBe(false);
	});

	it('refuses a key cut inside a date or keeping the name’s tail (H10 S08, S61)', () => {
		const sentence = 'In 418 BC Ostra defeated a league of towns at Varn.';
		expect(startsInsideNumber('BC Ostra', sentence)).toBe(true);
		expect(startsInsideNumber('Ostra', sentence)).toBe(false);
		expect(startsInsideNumber('Anna Varn', 'In 1903 Anna Varn founded the union.')).toBe(false);
		const tail =
			'In 789 he issued a programme of reform known as the Lex generalis, which required schools.';
		expect(keepsNameTail('Lex', 'A programme of reform that generalis', tail)).toBe(true);
		expect(keepsNameTail('Lex generalis', 'A programme of reform', tail)).toBe(false);
		expect(
			keyDoesNotDefine(
				sentenceCard('Who defeated a league of towns at Varn?', 'BC Ostra', sentence, 'short')
			)
		).toBe(true);
		expect(
			keyDoesNotDefine(
				sentenceCard('What was the Lex?', 'A programme of reform that generalis', tail)
			)
		).toBe(true);
		expect(keyDoesNotDefine(sentenceCard('What is brass?', 'A mixture of copper and zinc'))).toBe(
			false
		);
	});

	it('asks a word defined by an activity in the field its title names, or not at all (H10 S21, S27)', () => {
		const blocks = [
			'Students of oratory learn how speeches persuade.',
			'Delivery: giving the speech.'
		];
		const card = sentenceCard('What is meant by the term “delivery”?', 'Giving the speech well');
		const { article } = madeUpArticle('Oratory – The Art of Speaking', blocks);
		expect(askedInField(card, article)?.prompt).toBe(
			'What is meant by the term “delivery” in oratory?'
		);
		// A plural title names creatures or things, no field: left to the handout's frame (H21 S75).
		const { article: flamingos } = madeUpArticle('Flamingos', [...blocks, 'Pink flamingos wade.']);
		expect(askedInField(card, flamingos)).toBe(card);
		const { article: untitled } = madeUpArticle('Notes', blocks);
		expect(askedInField(card, untitled)).toBeUndefined();
		const plain = sentenceCard('What is brass?', 'A mixture of copper and zinc');
		expect(askedInField(plain, untitled)).toBe(plain);
		// A technical word or a phrase is its field's already (dev h33's kidneys and rivers handouts).
		for (const [prompt, key] of [
			['What is meant by the term “ultrafiltration”?', 'Filtering of the blood under pressure'],
			['What is meant by the term “river restoration”?', 'Returning a river to its course']
		]) {
			const card = sentenceCard(prompt, key);
			expect(askedInField(card, untitled)).toBe(card);
		}
	});
});

/** Blind review H11 (2027-01-18): names cut from their noun, keys that are sentences (gen44). */
describe('broken names and keys (gen44)', () => {
	it('refuses a possessive name cut from its noun (S59)', () => {
		expect(possessiveCut('Lorsk’s')).toBe(true);
		expect(possessiveCut("Lorsk's")).toBe(true);
		expect(possessiveCut('Lorsk’s law')).toBe(false);
		expect(possessiveCut('Velm Islands')).toBe(false);
		expect(
			keyDoesNotDefine(
				sentenceCard(
					'What is Lorsk’s?',
					'A rule became that laws',
					'The rule she used became known as Lorsk’s laws.'
				)
			)
		).toBe(true);
	});

	it('refuses a key that is a sentence, not a thing (S18)', () => {
		expect(clauseKey('A carving sits in a niche above the door')).toBe(true);
		expect(clauseKey('A monster who lives in the marshes')).toBe(false);
		expect(clauseKey('A series of walls built across the north')).toBe(false);
		// A preposition opening a relative clause (gen72).
		expect(clauseKey('The large slabs into which a velm crystal is cut')).toBe(false);
		expect(clauseKey('The large slabs into a jar')).toBe(true);
	});
});

describe('keys that tell the next step or a finding (blind reviews H16 S36, H17 S06)', () => {
	it('refuses a key whose clause is what happens next', () => {
		expect(nextStepKey('A paste which is then mixed with sugar and pressed')).toBe(true);
		expect(nextStepKey('A paste of ground velm seeds and water')).toBe(false);
		expect(
			keyDoesNotDefine(
				sentenceCard(
					'What is velm paste?',
					'A paste which is then mixed with sugar and pressed',
					'The seeds are ground into a paste called velm paste, which is then mixed with sugar and pressed.'
				)
			)
		).toBe(true);
	});

	it('refuses a key that reports who found something, and keeps a plain definition', () => {
		expect(
			reportsFinding('In 1702 the Ostran smith Ivo Brandt showed that a hung needle tilts down')
		).toBe(true);
		expect(reportsFinding('Ivo Brandt found that a hung needle tilts down')).toBe(true);
		// H20 S119 and S38: a claim's "argued that", a fronted time phrase with its year.
		expect(reportsFinding('Ivo Brandt argued that the velm hills were shaped by slow rain')).toBe(
			true
		);
		expect(
			reportsFinding('In the first years of the 1700s, the Ostran smith Ivo Brandt made a spark')
		).toBe(true);
		expect(reportsFinding('A lamp that makes light from a spark between two rods')).toBe(false);
		expect(reportsFinding('The idea that slow, ordinary processes shaped the land')).toBe(false);
		expect(reportsFinding('The tilt of a freely hung needle towards the ground')).toBe(false);
		expect(reportsFinding('A period of war from 1701 to 1709')).toBe(false);
	});
});
