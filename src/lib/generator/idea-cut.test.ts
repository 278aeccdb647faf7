import { describe, expect, it } from 'vitest';
import { endsOnPassiveContact, keyCutMidPhrase } from './idea-cut';

describe('keys end at a complete unit (blind review U16)', () => {
	it('refuses a key cut before a complement, a participle phrase or a relative clause', () => {
		const s = 'Orvan was the third duke of Marl since Tessel I, according to the Annals.';
		expect(keyCutMidPhrase('The third duke', s)).toBe(true);
		expect(keyCutMidPhrase('The third duke of Marl since Tessel I', s)).toBe(false);
		const p = 'Ada Korr was a Varnish painter and engraver of the Baroque working in Ostby, Lumen.';
		expect(keyCutMidPhrase('A Varnish painter and engraver of the Baroque working', p)).toBe(true);
		expect(keyCutMidPhrase('A Varnish painter and engraver of the Baroque', p)).toBe(false);
		expect(keyCutMidPhrase('A Varnish painter; known for music that', p)).toBe(true);
		expect(keyCutMidPhrase('A Varnish painter; known for maps and', p)).toBe(true);
	});

	it('refuses a prepositional phrase cut at a comma inside it', () => {
		const s =
			'Tobb is best known for drawings of machines doing small jobs in slow, roundabout ways.';
		expect(keyCutMidPhrase('Best known for drawings of machines doing small jobs in slow', s)).toBe(
			true
		);
	});

	it('refuses a comparative cut before its noun, where the key joins words (H29 S58)', () => {
		const s =
			'The crust is split into vast sheets of stone called velm plates, which drift slowly over warmer, softer rock below.';
		expect(keyCutMidPhrase('Vast sheets of stone which drift slowly over warmer', s)).toBe(true);
		expect(
			keyCutMidPhrase('Vast sheets of stone which drift slowly over warmer, softer rock below', s)
		).toBe(false);
		const m = 'Velm floats on top of more dense, colder water in the bay.';
		expect(keyCutMidPhrase('A salt that floats on top of more dense', m)).toBe(true);
		const h = 'Lava rises through the hotter, thinner crust of the rift.';
		expect(keyCutMidPhrase('Rock that rises through the hotter', h)).toBe(true);
	});

	it('keeps whole units, a second predicate cut off, and single tokens', () => {
		// A subject its sentence names next (gen45): "Salt fit to eat" | "is called table velm".
		expect(keyCutMidPhrase('Salt fit to eat', 'Salt fit to eat is called table velm.')).toBe(false);
		// A whole noun phrase before its relative clause is a complete unit (the byline test's Ashoka).
		const r = 'Arvid was an emperor of the Ostran dynasty who ruled all of Varn.';
		expect(keyCutMidPhrase('An emperor of the Ostran dynasty', r)).toBe(false);
		const k = 'Lenn Arvo was an Ostran columnist and writer best known for his satires.';
		expect(keyCutMidPhrase('An Ostran columnist and writer', k)).toBe(false);
		const s = 'Ada Korr was a Varnish painter, engraver and architect.';
		expect(keyCutMidPhrase('A Varnish painter, engraver and architect', s)).toBe(false);
		const t = 'Pell is an agent of leaf rot and has been found in soil.';
		expect(keyCutMidPhrase('An agent of leaf rot', t)).toBe(false);
		expect(keyCutMidPhrase('1882', 'In 1882 it was founded.')).toBe(false);
		expect(keyCutMidPhrase('A Liberal politician; one of the founders of modern Ostby"', s)).toBe(
			true
		);
	});

	it('keeps a relative clause that ends on its preposition where the sentence ends (gen60)', () => {
		const g = 'Tallmark – a silent sign showing what class a word belongs to.';
		expect(keyCutMidPhrase('A silent sign showing what class a word belongs to', g)).toBe(false);
		const h = 'It moves with a skeleton of fluid-filled segments that muscles can push against.';
		expect(keyCutMidPhrase('Fluid-filled segments that muscles can push against', h)).toBe(false);
		// The sentence goes on, or no relative word owns the preposition: cut.
		const c = 'A silent sign showing what class a word belongs to in old texts.';
		expect(keyCutMidPhrase('A silent sign showing what class a word belongs to', c)).toBe(true);
		expect(
			keyCutMidPhrase('A sign placed before the word to', 'A sign placed before the word to.')
		).toBe(true);
		// gen74: a passive clause with no relative word ends on its preposition too.
		const p = 'Velm crowd – the group of people a show is aimed at.';
		expect(keyCutMidPhrase('The group of people a show is aimed at', p)).toBe(false);
		const q = 'The group of people a show is aimed at in the north.';
		expect(keyCutMidPhrase('The group of people a show is aimed at', q)).toBe(true);
	});

	it('reads a passive contact clause as whole only where its sentence ends (gen74)', () => {
		const line = 'Velm crowd – the group of people a show is aimed at.';
		expect(endsOnPassiveContact('The group of people a show is aimed at', line)).toBe(true);
		const more = 'The group of people a show is aimed at grows every year.';
		expect(endsOnPassiveContact('The group of people a show is aimed at', more)).toBe(false);
		expect(endsOnPassiveContact('A box with a lid on', 'A box with a lid on.')).toBe(false);
	});
});
