import { describe, expect, it } from 'vitest';
import { cutInPhrase, named, timelineText, whenIdeas } from './idea-when';
import { madeUpArticle } from './ideas.test-helpers';

describe('kind 11: a handout’s timeline lines (gen57)', () => {
	const handout = (lines: string[]) =>
		madeUpArticle('Velm Lamps and Their Cells', [
			'Velm lamps light the harbours of Ostra. A velm lamp burns oil in a glass case. This handout explains how they work and who made them.',
			'# The wick and the glass case',
			'The wick draws oil up to the flame. The glass case keeps the wind out.',
			'# The Korvel cell',
			'The Korvel cell stores the spark that lights the wick. It holds two plates of zinc.',
			'# A short history',
			...lines
		]).article;

	it('reads "1836: …" as a dated sentence, the role before the name left out', () => {
		expect(timelineText('1836: British chemist Anna Korvel invented the Korvel cell.')).toBe(
			'In 1836, Anna Korvel invented the Korvel cell.'
		);
		expect(timelineText('1863 – The Lumen Railway opened its first line.')).toBe(
			'In 1863, The Lumen Railway opened its first line.'
		);
		// A decade, a range or a projection is no one year.
		expect(timelineText('1950s: Ivo Stren developed the dry velm cell.')).toBeUndefined();
		expect(timelineText('1780s–1791: Ivo Stren noticed the spark.')).toBeUndefined();
		expect(timelineText('2030 (projected): forty velm lamps.')).toBeUndefined();
		expect(timelineText('In 1836 Anna Korvel invented the Korvel cell.')).toBeUndefined();
		// A timeline in the present is read in the past, as the body writes its events.
		expect(timelineText('1820 – Ivo Stren isolates velmine from the bark.')).toBe(
			'In 1820, Ivo Stren isolated velmine from the bark.'
		);
		expect(timelineText('1840 – Anna Korvel begins work on the wick.')).toBe(
			'In 1840, Anna Korvel began work on the wick.'
		);
		expect(timelineText('1960 – Anna Korvel is awarded the Lumen Prize.')).toBe(
			'In 1960, Anna Korvel was awarded the Lumen Prize.'
		);
	});

	it('asks the year of an event a heading names, as the body’s dated events', () => {
		const article = handout([
			'1836: British chemist Anna Korvel invented the Korvel cell, which gave a steadier spark than any before.',
			'1859: French physicist Ivo Stren invented the glass wick.',
			'1866: Petra Lind married a sailor from Varna.',
			'1870: Karl Osten developed a brass velm lamp with a copper base.',
			'1875: Ivo Stren developed a zinc cell with a wet base.',
			'1880 – Karl Osten publishes a description of the Korvel cell.'
		]);
		const asked = whenIdeas(article).map((i) => [i.prompt, i.answer]);
		expect(asked).toEqual(
			expect.arrayContaining([
				['In ____, Anna Korvel invented the Korvel cell.', '1836'],
				['In ____, Ivo Stren invented the glass wick.', '1859']
			])
		);
		// A side event (a marriage) is not asked, nor one that names only the title's words
		// ("velm lamp"): they are in every line.
		// nor a report on an event (a description of the Korvel cell).
		expect(asked.some(([p]) => /Petra|Osten|zinc/u.test(p))).toBe(false);
	});

	it('asks nothing of an event no heading names, nor in a long article', () => {
		const article = handout(['1870: Karl Osten founded the Varna Rowing Club.']);
		expect(whenIdeas(article)).toEqual([]);
		const filler = Array.from(
			{ length: 110 },
			(_, i) => `Velm lamps were lit in the harbour of Varna each evening, season ${i}.`
		);
		const long = madeUpArticle('Velm lamp', [
			'A velm lamp is a lamp that burns oil in a glass case.',
			'1836: British chemist Anna Korvel invented the velm lamp.',
			...filler
		]).article;
		expect(long.wordCount).toBeGreaterThan(1200);
		expect(whenIdeas(long)).toEqual([]);
	});
});

describe('cutInPhrase (blind review H16: a clause cut between two adjectives)', () => {
	it('finds a clause that ends on a determiner and a participle', () => {
		expect(cutInPhrase('In August 1990, Ostra began releasing the treated')).toBe(true);
		expect(cutInPhrase('In 1790, Velm opened a gilded')).toBe(true);
		expect(cutInPhrase('In 1790, Velm opened the harbour')).toBe(false);
		expect(cutInPhrase('In 1790, Velm fed the children')).toBe(false);
		expect(cutInPhrase('In 1790, Velm opened the building')).toBe(false);
		expect(cutInPhrase('In 1790, Velm planted the seed')).toBe(false);
		expect(cutInPhrase('In 1790, the harbour was opened')).toBe(false);
	});
});

describe('named: a life\'s "He" only where it certainly means the life', () => {
	const { article } = madeUpArticle('Edmund IV', [
		'Edmund IV was a king of Ostra who ruled from 1590 to 1621. He built the harbour walls.',
		'# Ministers',
		'His chief minister was Cardinal Hale, the son of a butcher. Hale failed to raise the tax and fell from power in 1612.',
		'He died in 1613 on the road to Velm.',
		'Edmund IV then ruled alone. He married Ada of Brin in 1614. In 1615 he founded a college.'
	]);
	const text = (opening: string) => article.sentences.find((s) => s.text.startsWith(opening))!;

	it('leaves a "He" after a sentence about another man unnamed, in the next paragraph too', () => {
		expect(named(text('He died in 1613'), article)).toBe('He died in 1613 on the road to Velm.');
	});

	it('names a "He" after a sentence whose subject is the life, and the "he" after that', () => {
		expect(named(text('He married Ada'), article)).toBe('Edmund IV married Ada of Brin in 1614.');
	});
});
