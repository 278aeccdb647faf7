import { describe, expect, it } from 'vitest';
import { clauseMoved, listCut, openEnded, propertyKey, singularAfterOneOf } from './idea-whole';

describe("U21's keys that are not whole", () => {
	it('refuses a property given as a definition (S01)', () => {
		expect(propertyKey('One of the key underlying concepts of the Velm Web')).toBe(true);
		expect(propertyKey('One of the main features of Ostran law')).toBe(true);
		expect(propertyKey('A text with links to other texts the reader can open at once')).toBe(false);
		expect(propertyKey('One of the five boroughs of Ostra')).toBe(false);
	});

	it('refuses a key cut mid-clause (S21)', () => {
		expect(
			openEnded('A British blues musician and radio broadcaster, who has sometimes been')
		).toBe(true);
		expect(openEnded('A painter known for his portraits of')).toBe(true);
		// An embedded question ends on its verb and is whole (gen80).
		expect(openEnded('A dial that shows how full a velm tank is')).toBe(false);
		expect(openEnded('A dial that shows the velm tank is')).toBe(true);
		expect(openEnded('A British blues musician and radio broadcaster')).toBe(false);
	});

	it("refuses a key that copies the article's slip after 'one of' (S39)", () => {
		expect(
			singularAfterOneOf(
				"A painter and sculptor who is known as one of Ostra's first abstract expressionist"
			)
		).toBe(true);
		expect(singularAfterOneOf('One of the first abstract painter in Ostra')).toBe(true);
		expect(
			singularAfterOneOf("A painter known as one of Ostra's first abstract expressionists")
		).toBe(false);
		expect(singularAfterOneOf('One of the founding people of Ostra')).toBe(false);
	});

	it('refuses a key cut inside a list the sentence goes on with (S63)', () => {
		const sentence =
			'Best known for the novels The Red Hall (1830) and The Grey House (1839), he wrote much.';
		expect(listCut('A French writer; known for the novels The Red Hall', sentence)).toBe(true);
		expect(
			listCut(
				'A French writer; known for the novels The Red Hall (1830) and The Grey House',
				sentence
			)
		).toBe(false);
		// A clause after a comma may be left: "without food, and in some cases water".
		expect(
			listCut(
				'The belief that a person can live without food',
				'Inedia is the belief that a person can live without food, and in some cases water.'
			)
		).toBe(false);
		// A hedged second predicate ("and may release …") is no list's item (gen20a).
		expect(
			listCut(
				'Single-celled organisms that can grow inside the velm',
				'Spores are single-celled organisms that can grow inside the velm and may release poisons.'
			)
		).toBe(false);
		expect(
			listCut(
				'Single-celled organisms that grow inside the velm',
				'Spores are single-celled organisms that grow inside the velm and the bark.'
			)
		).toBe(true);
	});

	it('refuses a cut that hangs a clause on the wrong noun (S47)', () => {
		const sentence =
			'A velm pore is a part of a large complex of proteins, known as a pore complex that spans the envelope, which is the double membrane around the core.';
		expect(
			clauseMoved(
				'A part of a large complex of proteins, which is the double membrane around the core',
				sentence
			)
		).toBe(true);
		expect(
			clauseMoved(
				'A part of a large complex of proteins, known as a pore complex that spans the envelope, which is the double membrane around the core',
				sentence
			)
		).toBe(false);
	});
});
