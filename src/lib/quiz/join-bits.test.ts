import { describe, expect, it } from 'vitest';
import { toValues } from './crockford';
import { fixtures } from './golden.test-helpers';
import { joinCodeProblem, packJoinCode, unpackJoinCode } from './join-bits';

const { bank, recipeAll, recipeFiltered } = fixtures();

describe('join code bits', () => {
	it('reads back every field it packed, in the short and the filtered form', () => {
		for (const [recipe, length] of [
			[recipeAll, 9],
			[recipeFiltered, 12]
		] as const) {
			expect(joinCodeProblem(recipe, bank)).toBeNull();
			const fields = { recipe, seed: 4095, run: 7, content: 127 };
			const code = packJoinCode(fields, bank);
			expect(code).toHaveLength(length);
			const data = toValues(code)!.slice(0, -1);
			expect(unpackJoinCode(data, bank)).toEqual({
				...fields,
				recipe: { ...recipe, docs: [...recipe.docs] }
			});
		}
	});

	it('reads back an attempt limit from one character more, in either form', () => {
		for (const [recipe, length] of [
			[recipeAll, 10],
			[recipeFiltered, 13]
		] as const) {
			for (const attempts of [1, 2, 3] as const) {
				const limited = { ...recipe, settings: { ...recipe.settings, attempts } };
				expect(joinCodeProblem(limited, bank)).toBeNull();
				const fields = { recipe: limited, seed: 17, run: 2, content: 99 };
				const code = packJoinCode(fields, bank);
				expect(code).toHaveLength(length);
				expect(unpackJoinCode(toValues(code)!.slice(0, -1), bank)).toEqual({
					...fields,
					recipe: { ...limited, docs: [...limited.docs] }
				});
			}
		}
	});

	it('refuses fields out of range that the check character let through', () => {
		// Every bit set: 64 questions, more than a quiz may have.
		expect(unpackJoinCode(new Array(8).fill(31), bank)).toBeNull();
		// An attempt character of 0 attempts, or with its three zero bits set: a typo.
		const data = toValues(packJoinCode({ recipe: recipeAll, seed: 1, run: 0, content: 5 }, bank))!;
		expect(unpackJoinCode([...data.slice(0, -1), 0], bank)).toBeNull();
		expect(unpackJoinCode([...data.slice(0, -1), (1 << 3) | 1], bank)).toBeNull();
		expect(unpackJoinCode([...data.slice(0, -1), 1 << 3], bank)).not.toBeNull();
		// No form has 10 data characters.
		expect(unpackJoinCode(new Array(10).fill(0), bank)).toBeNull();
	});
});
