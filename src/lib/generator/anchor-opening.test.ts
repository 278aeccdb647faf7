import { describe, expect, it } from 'vitest';
import { commonNounSubject } from './anchors';
import { subjectBeforeComma } from './anchor-opening';

describe('a subject that stands before the first comma (gen38)', () => {
	it('reads a main clause before a participle or relative clause as the anchor', () => {
		expect(
			commonNounSubject('Ostra federated in 1901, bringing together six former colonies as states.')
		).toBe(false);
		expect(
			commonNounSubject(
				'Vaccination made possible the end of velm pox, which the Health Board declared in 1980.'
			)
		).toBe(false);
		// The main clause's own subject still decides: "the outbreak" points back.
		expect(commonNounSubject('The outbreak spread quickly, killing forty people in Varn.')).toBe(
			true
		);
	});

	it('reads a name before its aside as the subject', () => {
		expect(
			commonNounSubject('Varn Andronicus, a bloodthirsty revenge play, dates from the early 1590s.')
		).toBe(false);
	});

	it('leaves an opening phrase and a bare aside as they were', () => {
		expect(subjectBeforeComma('In 1901', ' the colonies federated.')).toBeUndefined();
		expect(subjectBeforeComma('After the war ended', ' rebuilding began.')).toBeUndefined();
		expect(
			subjectBeforeComma('The classic statement', ' however, came from Varn.')
		).toBeUndefined();
		expect(commonNounSubject('On 20 January 2007, the outbreak reached Varn.')).toBe(true);
		expect(commonNounSubject('The station, opened in 1969, is slightly larger.')).toBe(true);
	});

	it('reads a named subject and its verb before a list comma as the subject, not a bare common noun (gen49, issue 12)', () => {
		expect(
			commonNounSubject('The Mines Act of 1832 banned women, girls and boys from the pits.')
		).toBe(false);
		expect(
			commonNounSubject(
				'Premier Ivo Varn worked to protect some officials, and Ola Holm was freed.'
			)
		).toBe(false);
		// One capitalised word is a common noun opening a sentence, not a name.
		expect(commonNounSubject('Tension rose in 1908, and the army marched.')).toBe(true);
		expect(commonNounSubject('Success came in 1910, and the army marched.')).toBe(true);
		// A preposition's phrase is an opening, whatever its capitals.
		expect(commonNounSubject('Unlike Ostra Varn in the north, the south stayed poor.')).toBe(true);
		expect(commonNounSubject('Across Western Ostra, the towns grew.')).toBe(true);
		expect(subjectBeforeComma('The Ostra Treaty of 1842 banned women', ' girls and boys.')).toBe(
			'The Ostra Treaty of 1842 banned women'
		);
	});

	it('reads a subject after a dating phrase, a name before its relative aside, "followed by", "the term X" and "known as" (gen49)', () => {
		expect(
			commonNounSubject('In August 1955 Ivo Varn, a boy from Ostby, was arrested in Lumen.')
		).toBe(false);
		expect(commonNounSubject('In 1932 General Ivo Varn attempted a coup, which failed.')).toBe(
			false
		);
		expect(commonNounSubject('Yelun, who reigned until 1424, was a ruler of Ostra.')).toBe(false);
		expect(
			commonNounSubject('A poor harvest in 1790, followed by a harsh winter, raised prices.')
		).toBe(false);
		expect(commonNounSubject('The term velmosystem was coined by Ivo Varn in 1935.')).toBe(false);
		expect(
			commonNounSubject('The borders, known as the Varn Line, were published on 17 August 1947.')
		).toBe(false);
		// A noun with a "which" aside, a definite noun after a date, a participle aside: still pointers.
		expect(commonNounSubject('Tension, which rose in 1906, broke out in war.')).toBe(true);
		expect(commonNounSubject('In 1901, the colonies federated.')).toBe(true);
		expect(commonNounSubject('The station, opened in 1969, is slightly larger.')).toBe(true);
	});
});
