import { describe, expect, it } from 'vitest';
import { keyCut } from './key-cut';

describe('keyCut: a key cut in mid-phrase (H14)', () => {
	it('finds a key that ends on a word needing another', () => {
		expect(keyCut('A tall velm figure in a large')).toBe(true);
		expect(keyCut('A mill built by the river and')).toBe(true);
		expect(keyCut('A hat worn by the')).toBe(true);
	});
	it('keeps a whole phrase', () => {
		expect(keyCut('A chamber with gates at each end')).toBe(false);
		expect(keyCut('A tall velm figure in a large hat')).toBe(false);
		expect(keyCut('The form that uses dots.')).toBe(false);
	});
});
