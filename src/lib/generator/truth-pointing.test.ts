import { describe, expect, it } from 'vitest';
import { isExercise, ownerUnnamed, pointsBack } from './truth-pointing';

const EARLIER = [
	'Velm fever is a disease carried by marsh flies.',
	'The level of lumium in the marsh rose after the dam was built.',
	'Twelve plotters met at an inn; the plotters who survived were caught.'
];

describe('pointsBack: "the x" an earlier sentence introduced (H14)', () => {
	it('finds a noun the handout named before', () => {
		expect(pointsBack('General Orsk died of the disease in March 1802.', EARLIER)).toBe(true);
		expect(pointsBack('After the Lumen Treaty of 1963, the level began to fall.', EARLIER)).toBe(
			true
		);
		expect(pointsBack('The surviving plotters were tried in Ostra in 1606.', EARLIER)).toBe(true);
	});

	it('keeps a "the x" the statement names or the handout never introduced', () => {
		expect(pointsBack('The disease of cattle reached Ostra in 1802.', EARLIER)).toBe(false);
		expect(
			pointsBack('In 1863 the archaeologist Ivo Marn made casts.', ['An archaeologist dug.'])
		).toBe(false);
		expect(pointsBack('The Ostran government built a canal in 1820.', EARLIER)).toBe(false);
		expect(pointsBack('One of the earliest plotters died in 1820.', EARLIER)).toBe(false);
		expect(pointsBack('The bridge over the Lumen opened in 1820.', EARLIER)).toBe(false);
		expect(
			pointsBack('Tests in the atmosphere ended in 1963.', ['The atmosphere holds lumium.'])
		).toBe(false);
	});
});

describe('ownerUnnamed and isExercise (H14)', () => {
	it('refuses "her death" with no person named', () => {
		const isPerson = (n: string) => n === 'Ada Varn';
		expect(ownerUnnamed('Two novels were published after her death, in 1817.', isPerson)).toBe(
			true
		);
		expect(ownerUnnamed('Ada Varn wrote her novels at Ostra in 1811.', isPerson)).toBe(false);
	});

	it('refuses an instruction as a statement', () => {
		expect(isExercise('Give two reasons why the Ostrans were angry by 1604.')).toBe(true);
		expect(isExercise('Explain how the velm mill worked in 1820.')).toBe(true);
		expect(isExercise('Given its size, Ostra grew fast after 1820.')).toBe(false);
	});
});
