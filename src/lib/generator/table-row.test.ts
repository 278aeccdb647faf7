import { describe, expect, it } from 'vitest';
import { tableRow } from './table-row';

describe('tableRow: a table’s row as the reader writes it (gen71)', () => {
	it('reads three cells joined by dashes, no stop, as a row', () => {
		expect(tableRow('Velmate – making lumins, for growth – small pods, pale leaves')).toBe(true);
	});

	it('reads an entry, an aside and a sentence as no row', () => {
		expect(tableRow('Velmate – a salt that feeds the pods.')).toBe(false);
		expect(tableRow('Velmate – a salt – mined in the hills – that feeds the pods.')).toBe(false);
		expect(tableRow('Lumen – the fluid inside a pod')).toBe(false);
	});
});
