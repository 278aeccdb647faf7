import { describe, expect, it } from 'vitest';
import { commonNounSubject } from './anchors';

describe('a sentence anchored by its subject', () => {
	it('reads "the <noun> at <Name>" as named, and "the outbreak" or "cases" as not (U2)', () => {
		expect(
			commonNounSubject(
				'The tidal power station at Velmora, a fishing town of Ostra, began work on 4 May 2024.'
			)
		).toBe(false);
		expect(commonNounSubject('The town hall of Ostby burned down in 1911.')).toBe(false);
		expect(commonNounSubject('The outbreak was reported to have crossed into Varn.')).toBe(true);
		expect(commonNounSubject('On 20 January 2007, the outbreak reached Varn.')).toBe(true);
		expect(commonNounSubject('As of May, 125 cases had been reported in Ostra.')).toBe(true);
	});

	it('reads a role noun with its name ("The Ostran doctor Ivo Holm") as named, not "the outbreak in Varn" (gen20a)', () => {
		expect(
			commonNounSubject('The Ostran doctor Ivo Holm carried out the first graft in 1796.')
		).toBe(false);
		expect(commonNounSubject('In 1790, the lawyer Maximilien Varn was elected.')).toBe(false);
		expect(
			commonNounSubject(
				'When the king refused, the deputies of the Third Order met on 17 June 1789.'
			)
		).toBe(false);
		// A name before its aside is the subject; a second opening phrase is read past (gen20a).
		expect(commonNounSubject('The Triple Pact, signed in 1905, linked Ostra and Varn.')).toBe(
			false
		);
		expect(
			commonNounSubject('On 9 November 1799, in the coup of Brumaire, Ivo Varn took power.')
		).toBe(false);
		expect(commonNounSubject('On 9 November 1799, in the coup of Brumaire, the army won.')).toBe(
			true
		);
		expect(commonNounSubject('In 1905, signed by both, the pact linked Ostra and Varn.')).toBe(
			true
		);
		// A verb before the capital is no role noun with its name.
		expect(commonNounSubject('The disease reached Varn in 2007.')).toBe(true);
	});

	it('reads a definite noun a restrictive relative names by a name as named, and any human role with its name (gen49)', () => {
		expect(
			commonNounSubject('The eruption that made Ostra famous around the world began in March 2010.')
		).toBe(false);
		expect(commonNounSubject('The law that Parliament passed in 1842 banned child labour.')).toBe(
			false
		);
		// The name is the main verb's object here, not the relative's.
		expect(commonNounSubject('The disease that followed reached Varn in 2007.')).toBe(true);
		expect(commonNounSubject('The law that was passed banned child labour.')).toBe(true);
		expect(
			commonNounSubject('The folk singer Ivo Varn, who lived in Ostby, recorded an album in 1936.')
		).toBe(false);
	});
});
