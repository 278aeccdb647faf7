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

	it('refuses fields out of range that the check character let through', () => {
		// Every bit set: 64 questions, more than a quiz may have.
		expect(unpackJoinCode(new Array(8).fill(31), bank)).toBeNull();
	});
});
