import { describe, expect, it } from 'vitest';
import {
	balanced,
	classOnly,
	descriptiveTitle,
	givenAway,
	hasMeasurement,
	hollowDefinition,
	thinKey,
	wholeKey
} from './idea-key';

describe('keys from whole syntactic units', () => {
	it('keeps a list up to its last item and never ends on a comma (U6 S02, U4 S01)', () => {
		expect(
			wholeKey(
				'the proposed link between salt in children and increased rates of crime, delinquency, and recidivism later in life.'
			)
		).toBe(
			'the proposed link between salt in children and increased rates of crime, delinquency, and recidivism later in life'
		);
		expect(wholeKey('a common name for blooms,')).toBe('a common name for blooms');
	});

	it('cuts only where a new clause starts', () => {
		expect(wholeKey('the first king of Varn, and was converted by his tutor')).toBe(
			'the first king of Varn'
		);
		expect(
			wholeKey('a policy that held one threat a threat to all, and therefore justifies war')
		).toBe('a policy that held one threat a threat to all');
		expect(wholeKey('a port; it trades salt')).toBe('a port');
		expect(wholeKey('an agent of salt fever and has been implicated in lung infections')).toBe(
			'an agent of salt fever'
		);
		expect(wholeKey('a tall tower (built 1801) in Lumen')).toBe('a tall tower in Lumen');
	});

	it('refuses a key longer than the limit rather than cut it', () => {
		const long = `a rule that ${'people rise and '.repeat(12)}fall`;
		expect(wholeKey(long)).toBeUndefined();
		// A non-restrictive tail goes only when what is left says more than a class.
		expect(
			wholeKey(
				`a mill that grinds salt for the towns of the coast, which ${'was rebuilt '.repeat(16)}`
			)
		).toBe('a mill that grinds salt for the towns of the coast');
		expect(
			wholeKey(
				`the procedure used when no candidate wins a majority of ${'the votes of '.repeat(8)}the College, the body that elects the head of state`
			)
		).toBe(
			`the procedure used when no candidate wins a majority of ${'the votes of '.repeat(8)}the College`
		);
		// A hedged aside inside a long key goes before anything is cut (U9: natural monopoly).
		expect(
			wholeKey(
				`a market in which ${'high costs and '.repeat(8)}barriers give the largest supplier, often the first supplier in a market, an advantage over rivals`
			)
		).toBe(
			`a market in which ${'high costs and '.repeat(8)}barriers give the largest supplier an advantage over rivals`
		);
		expect(wholeKey('a "quoted phrase that never ends')).toBeUndefined();
		expect(balanced('a (b) "c"')).toBe(true);
	});

	it('knows a key that only names a class', () => {
		expect(classOnly('a Vestan foreign policy')).toBe(true);
		expect(classOnly('a species of fungus in the genus Velmia')).toBe(true);
		expect(classOnly('an economically important genus in the family Velmiaceae')).toBe(true);
		expect(classOnly('a policy that proclaimed a threat to one was a threat to all')).toBe(false);
		// An irregular participle is a verb too (the Trapezuntine Civil War: "conflicts fought …").
		expect(classOnly('a conflict between Ostra and the Kingdom of Lumen over the ports')).toBe(
			false
		);
		expect(classOnly('a series of conflicts fought in the 1340s for the throne of Varn')).toBe(
			false
		);
		expect(classOnly('a safety lamp for use in flammable atmospheres, invented in 1815')).toBe(
			false
		);
		expect(classOnly('the last battle of the Varn War')).toBe(false);
	});

	it('knows a measurement, a restated name and a descriptive title', () => {
		expect(hasMeasurement('a fungus with spores 3–4.5 x 2.5–4.5 μm')).toBe(true);
		expect(hasMeasurement('extinguished at about 17% oxygen')).toBe(true);
		expect(hasMeasurement('a fungus first described in 1834')).toBe(false);
		expect(hasMeasurement('a club that met between 1765 and 1813 in Lumen')).toBe(false);
		expect(givenAway('the erosion of Varn', 'coastal erosion of Varn')).toBe(true);
		expect(givenAway('a rule that people rise', 'Holm principle')).toBe(false);
		expect(descriptiveTitle('Coastal erosion of Varn')).toBe(true);
		expect(descriptiveTitle('Battle of Lumen')).toBe(false);
		expect(descriptiveTitle('Persistence of vision')).toBe(false);
	});

	it('knows a key that says too little beyond its name (U7 S06, U8 S04)', () => {
		expect(thinKey('a temperate species of night-flying moth', 'the speckled moth')).toBe(true);
		const isPlace = (w: string) => w === 'Varnshire';
		expect(
			thinKey(
				'the operator of trams and buses in Lumen, Varnshire',
				'Lumen City Transport',
				isPlace
			)
		).toBe(true);
		expect(thinKey('a condition that results in weak or soft bones in children', 'rickets')).toBe(
			false
		);
		expect(
			thinKey(
				'a chartered company of Ostran merchants as well as foreign investors',
				'Ostran Sea Company'
			)
		).toBe(true);
	});

	it('refuses a ranking or a uniqueness as what a thing is, and never cuts the list a key counts', () => {
		expect(
			hollowDefinition(
				'the only house in Lumen from the colonial era open to the public',
				'Holm House',
				true
			)
		).toBe(true);
		expect(
			wholeKey(
				'a leading decision of the High Court of Ostra that dealt with two issues under its constitution, the extent of the judicial power vested in the courts of Ostra and the power of its parliament over trading companies',
				30
			)
		).toBeUndefined();
	});
});
