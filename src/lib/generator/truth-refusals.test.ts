import { describe, expect, it } from 'vitest';
import { namesSomething, refusedStatement, refusedYearBlank } from './truth-refusals';

/** A made-up handout's common words: every word but its names. */
const isCommon = (w: string) => !/^(?:Ostra|Lumen|Bayez|Varn|Velm)/u.test(w);
/** The one year of a made-up statement. */
const yearOf = (text: string) => /\b1\d{3}\b/u.exec(text)![0];
const refused = (text: string, title = 'Ostra and Lumen') =>
	refusedStatement(text, title, isCommon, yearOf(text));

describe('true-or-false kinds blind review H13 failed (gen52)', () => {
	it('refuses a glossary line, a participle fragment and the title’s year', () => {
		expect(refused('Velm Schism – the split between the Ostran and Lumic guilds in 1054.')).toBe(
			true
		);
		expect(refused('Designed by Ivo Brandt in Ostra in 1913 for the low rivers.')).toBe(true);
		expect(
			refused(
				'The War of 1712 was fought between Ostra and Lumen and their allies.',
				'The War of 1712'
			)
		).toBe(true);
		expect(refused('Ostra fought Lumen from 1712 and signed a peace with the Varn.')).toBe(false);
		// The title's year outside a name, and a name's year the title does not give, stay.
		expect(refused('Lumen crossed into Ostra on 11 January 1712.', 'The War of 1712')).toBe(false);
		expect(refused('The Treaty of 1712 set limits on the trade of Ostra.')).toBe(false);
		// A range's bound in the title dates the period, not the event.
		expect(
			refused('In April 1945 the armies of Ostra and Lumen met on the river.', 'Ostra, 1945–1949')
		).toBe(false);
	});

	it('refuses the date of a paper, a first recording or a buy-out, and a claim of some historians', () => {
		for (const text of [
			'In 1971 the Ostran biologists Ivo Brandt and Per Holm published a scientific paper on velm song.',
			'Marta Kessel was first recorded in Ostra in 1941 by the folklorist Per Holm for the guild.',
			'In 1627 leading Ostran settlers agreed to buy out the Lumen merchants over many years.',
			'Some historians use 1453 as a convenient end of the Varn age in Ostra.'
		])
			expect(refused(text)).toBe(true);
		expect(
			refused('In 1848 the Ostran physicist Per Holm proposed an absolute scale of heat.')
		).toBe(false);
	});

	it('refuses an event named only as "the …", and a statement that names nothing', () => {
		expect(
			refused(
				'Ivo Brandt left office in 1837, and Per Holm ordered the army to carry out the removal.'
			)
		).toBe(true);
		expect(
			refused(
				'In December 1993, on the first servicing mission, the crew of the Ostra made five walks.'
			)
		).toBe(true);
		expect(refused('By the spring of 1621 about half of the passengers had died.')).toBe(true);
		expect(refused('In June 1838 three groups were sent west by river and by land.')).toBe(true);
		// A removal named by "of", a national government and a named place stand alone.
		expect(refused('In 1838 the removal of the Velm people from Ostra began under Per Holm.')).toBe(
			false
		);
		expect(refused('In 1833 the national government of Ostra ended the salt tax.')).toBe(false);
		expect(
			refused('By the time peace was signed in 1648, the political map of Ostra had changed.')
		).toBe(false);
		expect(namesSomething('In June 1838 three groups were sent west.', isCommon)).toBe(false);
		expect(namesSomething('In June 1838 the Velm were sent west.', isCommon)).toBe(true);
		// A name opening the statement counts; a common opening word does not.
		expect(namesSomething('Bayezid was captured and died in captivity in 1403.', isCommon)).toBe(
			true
		);
		expect(namesSomething('Many were captured and died in 1403.', isCommon)).toBe(false);
	});
});

describe('year blanks H13 failed (gen52)', () => {
	it('refuses the year in the handout’s title and an attack with no target', () => {
		expect(
			refusedYearBlank(
				'Queen Marta opened the Exhibition in ____.',
				'1851',
				'The Ostra Fair of 1851'
			)
		).toBe(true);
		expect(
			refusedYearBlank('In ____, Lumen launched a full-scale invasion.', '1978', 'Ostra')
		).toBe(true);
		expect(
			refusedYearBlank('In ____, Lumen launched a full-scale invasion of Ostra.', '1978', 'Ostra')
		).toBe(false);
	});
});

describe('side details H18 called trivia (gen65)', () => {
	const refused = (text: string) => refusedStatement(text, 'Ostra', () => false, '1771');
	it('refuses who recorded or wrote what, anniversaries, museums, moods and bare works', () => {
		expect(
			refused('In 1771 the diarist Ada Brell recorded eating an orange for the first time.')
		).toBe(true);
		expect(refused('Tomas Orlen praised the new looms of Ostra in a letter of 1771.')).toBe(true);
		expect(refused('In 1771 the hundredth anniversary of the Ostra charter was marked.')).toBe(
			true
		);
		expect(refused('The Ostra Harbour museum opened in 1771 beside the old quay.')).toBe(true);
		expect(refused('After a riot at Elsby in 1771, Tomas Orlen became more cautious.')).toBe(true);
		expect(refused('The Ostran officer Ivo Marsh published a method in 1771.')).toBe(true);
	});
	it('keeps a named work and the main events', () => {
		expect(refused('In 1771 the Ostran officer Ivo Marsh published The Tides of Ostra.')).toBe(
			false
		);
		expect(refused('In 1771 Tomas Orlen recorded the first census of Ostra.')).toBe(false);
		expect(refused('In 1771 the people of Ostra rebelled against the rule of Elsby.')).toBe(false);
	});
});
