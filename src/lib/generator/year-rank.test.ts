import { describe, expect, it } from 'vitest';
import { readPastedText } from '../documents/read';
import { generateDrafts } from '../courses/generate';

/** A made-up battle's page: its title, the day it was fought, and a few plain sentences. */
function battle(name: string, year: number): string {
	return `Battle of ${name}\n\nThe Battle of ${name} was fought on 3 June ${year} between the Ostran army of King Arvid and the Vestan army of Duke Hollen. Arvid was killed during the battle, and Hollen became king of Ostra. The battle changed the rulers of Ostra for a century. Many Vestan lords were given Ostran land after the victory.`;
}

describe('the key’s rank among a year question’s choices over a course (issue 12, review 2027-01-16)', () => {
	it('spreads the keys evenly over the earliest, middle and latest choices', async () => {
		const names = ['Varnholm', 'Kessby', 'Tull', 'Orrin', 'Marsk', 'Halden', 'Brekka', 'Sollen'];
		const docs = await generateDrafts(
			names.map((name, i) => readPastedText(battle(name, 1214 + 37 * i))),
			{ now: Date.UTC(2026, 0, 1), pause: async () => {} }
		);
		const ranks = docs
			.flatMap((doc) => doc.questions)
			.filter((q) => q.type === 'mcq' && /^In what year/u.test(q.prompt))
			.map((q) => [...q.choices!].sort((a, b) => Number(a) - Number(b)).indexOf(q.answer));
		expect(ranks).toHaveLength(names.length);
		// Eight questions, four ranks: each rank twice, none a giveaway by position.
		expect([0, 1, 2, 3].map((r) => ranks.filter((k) => k === r).length)).toEqual([2, 2, 2, 2]);
	}, 60_000);
});
