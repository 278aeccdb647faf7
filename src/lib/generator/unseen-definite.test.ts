import { describe, expect, it } from 'vitest';
import {
	bareOwner,
	bareSharedGivenName,
	pointsBack,
	pointsBackIdea,
	symbolWithoutWork
} from './unseen-definite';
import { sentenceCard } from './ideas.test-helpers';

describe('pointsBack (blind review H12: statements pointing into the handout)', () => {
	it('refuses a general noun that stands for an earlier sentence’s thing', () => {
		expect(
			pointsBack('Ida Varn, a surveyor, took over in 1871 and led the project to completion.')
		).toBe(true);
		expect(pointsBack('The port authority closed the bay in 2011 to let the reef recover.')).toBe(
			true
		);
		expect(pointsBack('Cholera was eliminated from the area by 1880.')).toBe(true);
		expect(pointsBack('Kell sent the message on 3 March 1790.')).toBe(true);
		expect(pointsBack('In 1802 the chemist Orm tested the idea for light near Lumen.')).toBe(true);
		expect(pointsBack('In 1911 the governor had the radical leaders arrested.')).toBe(true);
	});

	it('refuses a thing placed against an unseen one', () => {
		expect(pointsBack('A later claimant, Ivo Brandt, was executed in 1290.')).toBe(true);
		expect(pointsBack('Another act allowed women to vote from 1918.')).toBe(true);
	});

	it('keeps a general noun the statement itself says which of', () => {
		expect(pointsBack('The area of the lake shrank by half between 1960 and 2000.')).toBe(false);
		expect(pointsBack('The project called Lumen Bridge was finished in 1902.')).toBe(false);
		expect(pointsBack('Ships sheltered in the bay, Varn Bay, through the winter.')).toBe(false);
		expect(pointsBack('The idea that heat is motion spread in the 1840s.')).toBe(false);
		expect(pointsBack('Kell sent a coded message to the ambassador in 1790.')).toBe(false);
	});
});

describe('bareSharedGivenName (H12 S102: a bare "Henry" among several)', () => {
	const doc =
		'Ostra was ruled by Henry IV and then Henry V. Henry Tudor, a grandson of Owen Tudor, claimed the crown.';

	it('finds a ruler’s given name the document gives several people', () => {
		expect(bareSharedGivenName('Henry landed at Lumen in 1485 with a small army.', doc)).toBe(
			'Henry'
		);
	});

	it('passes the name written in full, a name of one person, and a full epithet name', () => {
		expect(bareSharedGivenName('Henry Tudor landed at Lumen in 1485.', doc)).toBeUndefined();
		expect(bareSharedGivenName('Henry V won at Lumen in 1415.', doc)).toBeUndefined();
		expect(bareSharedGivenName('Owen married a widow in 1430.', doc)).toBeUndefined();
		const two = 'Hong Xiuquan led the revolt. Hong Rengan was his cousin.';
		expect(bareSharedGivenName('Hong proclaimed a new kingdom in 1851.', two)).toBeUndefined();
		const kings = 'Alfonso V and Alfonso VI ruled Lumen.';
		expect(bareSharedGivenName('Who was Alfonso the Magnanimous?', kings)).toBeUndefined();
	});
});

describe('pointers of blind reviews H16 and H17 (gen61)', () => {
	const statement = (text: string, document = text, title = 'The Varn War') =>
		pointsBackIdea(sentenceCard(text, 'true', text, 'truefalse'), document, title);

	it('refuses "other <things>" than an earlier sentence’s, keeps a list’s "and other"', () => {
		expect(
			statement('In June 1702 the army cleared the Lumen men from other towns along the Varn.')
		).toBe(true);
		expect(statement('In 1702 the army took Brel, Kessel and other towns along the Varn.')).toBe(
			false
		);
		expect(statement('Ostra was larger than other towns of the coast.')).toBe(false);
		expect(
			statement('In 1709 Ostra left the League, after other member states criticised its king.')
		).toBe(false);
	});

	it('refuses a win with nothing won, keeps "won the war"', () => {
		expect(statement('Ivo Brandt won and took the throne in 1702 as King Ivo.')).toBe(true);
		expect(statement('Ivo Brandt won the Varn War and took the throne in 1702.')).toBe(false);
	});

	it('refuses the possessive of a name the handout gives in full once elsewhere', () => {
		const document =
			'Around 1701 Brandt lodged with the dealer Piet van Kessel. In 1704 Brandt married Anna Varn, Piet’s cousin. Brandt painted her.';
		expect(bareOwner('In ____, Brandt married Anna Varn, Piet’s cousin.', document)).toBe('Piet');
		expect(
			bareOwner('Brandt’s wife Anna Varn died in 1710.', `Ivo Brandt was a painter. ${document}`)
		).toBe(undefined);
	});

	it('refuses what a story’s name stands for when the story is not named', () => {
		expect(
			symbolWithoutWork('The Rebellion stands for the Varn Revolution of 1701.', "Brel's Velm Farm")
		).toBe(true);
		expect(
			symbolWithoutWork(
				'In Velm Farm, the Rebellion stands for the Varn Revolution.',
				"Brel's Velm Farm"
			)
		).toBe(false);
	});
});
