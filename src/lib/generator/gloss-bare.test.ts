import { describe, expect, it } from 'vitest';
import { noteGloss } from './gloss-bare';
import { glossaryEntry, glossaryIdeas } from './idea-glossary';
import { madeUpArticle } from './ideas.test-helpers';
import type { Sentence } from './text';

/** Made-up terms and glosses in the shapes students write (gen88, issue 12). */
const line = (text: string, section = 'Velm chemistry'): Sentence =>
	({ text, section, index: 0 }) as unknown as Sentence;

describe('noteGloss: a meaning with no article or verb (gen88)', () => {
	it.each([
		['loss of velmons', 'Ostration'],
		['tax on imports', 'Velmage'],
		['dense layer of velm treetops', 'Ostropy'],
		['two or more elements chemically combined', 'Ostrund'],
		['toxic lumite with no colour or smell', 'Velm oxide'],
		['gap between peak velm and peak lumen', 'Velm lag'],
		['births per 1,000 velmites per year', 'Velm rate'],
		['the positive velmode', 'Ostrode'],
		['the temperature or pH where the velmase works fastest', 'Optimum'],
		['the very dense core left after a velmova', 'Neutron velm'],
		['toxic gas with no lumite', 'Velm monoxide'],
		['compound formed when the hydrogen in an acid is replaced by a metal', 'Velm salt'],
		['when lumites spread from high to low velm', 'Ostrusion'],
		['where a velm river deposits lumite at its mouth', 'Velm delta']
	])('reads “%s” as what %s means', (key, term) => {
		expect(noteGloss(key, term)).toBe(true);
	});

	it.each([
		['more velmites living in lumen zones', 'Velm growth', 'a comparison'],
		['fewer ostrins to catch lumite', 'Deforestrin', 'a comparison'],
		['e.g. velm bark', 'Lumen layer', 'an example'],
		['from the velm to the lumen', 'Ostrin dioxide', 'a direction'],
		['heaters, velm cameras, lumen controls', 'Ostrared', 'a list of items'],
		['pink in velm, colourless in lumen', 'Ostrophthalein', 'two qualities'],
		['thick fur and a thick lumite layer for insulation', 'Velm bear', 'two features'],
		['founded in Ostrand in 1966 by Velm Newton', 'Lumen Party', 'an event'],
		['pumps it to the velm', 'Right ostricle', 'a pronoun into the notes'],
		['pumps blood to the velm', 'Left ostricle', 'what it does'],
		['carry oxygen using velmoglobin', 'Red velm cells', 'what they do'],
		['protect the velm forest', 'Ostrotourism', 'what it does'],
		['curve that gets flatter', 'Velm lamp', 'a verb after the relative'],
		['diffuses into the velm from the air', 'Ostrin dioxide', 'what it does'],
		['velm bounces off a boundary', 'Reflostion', 'a clause'],
		['money became worthless', 'Hyperostration', 'a clause'],
		['where the velm is kept in winter', 'Ostal', 'one place of the notes'],
		['the Revolt of the Velm Earls aimed to crown Ostra', 'Velm lords', 'an event'],
		['rubbish not collected', 'Velmage', 'a problem'],
		['the crops absorb as much lumite as is released', 'Velm neutral', 'a clause'],
		['highest velm reached', 'Peak velm', 'a giveaway'],
		['cup-shaped flowers that turn to follow the sun', 'Arctic velmy', 'features'],
		['careful designs that reduce velm damage', 'Technostry', 'a label of plural things'],
		['large beaks to reach velm fruit', 'Ostricans', 'a plural term’s feature'],
		[
			'when a velm level goes too high, the body acts to lower it',
			'Ostrostasis',
			'a second clause'
		],
		['landfill and toxic velms such as lumicides', 'Land', 'items and an example']
	])('refuses “%s” (%s: %s)', (key, term) => {
		expect(noteGloss(key, term)).toBe(false);
	});
});

describe('glossaryEntry: notes glosses are entries (gen88)', () => {
	it('keeps a bare noun gloss, a definite one and a "when" one', () => {
		expect(glossaryEntry(line('Ostration – loss of velmons.'))?.key).toBe('loss of velmons');
		expect(glossaryEntry(line('Ostrode – the positive velmode'))?.key).toBe('the positive velmode');
		expect(glossaryEntry(line('Ostrusion – when lumites spread from high to low velm'))?.key).toBe(
			'when lumites spread from high to low velm'
		);
	});

	it('refuses a number, a test result and a verb gloss', () => {
		expect(glossaryEntry(line('Velm mole – 6.02 × 10²³ lumites'))).toBeUndefined();
		expect(glossaryEntry(line('Ostrogen: glowing velm splint → relights.'))).toBeUndefined();
		expect(glossaryEntry(line('Velm cells – defend the body against lumens.'))).toBeUndefined();
	});

	it('asks a student’s list of such lines as key-term cards (terms the notes use again)', () => {
		const { article } = madeUpArticle('Velm revision', [
			'Ostration – loss of velmons.',
			'Velmage – tax on imports.',
			'Ostrode – the positive velmode.',
			'At the ostrode, velmons are lost: this is ostration. Velmage raises prices.'
		]);
		expect(glossaryIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What is meant by the term “ostration”?', 'Loss of velmons'],
			['What is meant by the term “velmage”?', 'Tax on imports'],
			['What is meant by the term “ostrode”?', 'The positive velmode']
		]);
	});
});
