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
});
