import { describe, expect, it } from 'vitest';
import { bareSharedGivenName, pointsBack } from './unseen-definite';

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
