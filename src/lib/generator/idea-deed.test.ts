import { describe, expect, it } from 'vitest';
import { deedIdeas, deedOf } from './idea-deed';
import { whenIdeas } from './idea-when';
import { spreadYears } from './idea-spread';
import { whereIdeas } from './idea-where';
import { nearestInLength } from '../text/nearest-length';
import { madeUpArticle } from './ideas.test-helpers';

describe('kind 10: who did the body’s deeds', () => {
	const { article } = madeUpArticle('The Varn Flood of 1861', [
		'The Varn Flood of 1861 was a flood in Ostra. The river rose in one night.',
		'In 1862 Tomas Varnholm designed a new sea wall along the harbour. Anna Korvel founded the Varn School for orphans, which still stands. Ivo Stren led the rebuilding of the market.',
		'The French writer Lemaire wrote his Song of the Varn in 1863. Pella Dorn wrote a report on the harbour. Karl Osten studied the flood and suggested that the wall was too low.'
	]);

	it('asks who did a deed, typed when nobody else in the text did that kind of deed', () => {
		const ideas = deedIdeas(article);
		const wall = ideas.find((i) => i.answer === 'Tomas Varnholm');
		expect(wall).toMatchObject({
			prompt: 'Who designed a new sea wall along the harbour?',
			type: 'short',
			accept: ['Varnholm']
		});
		expect(wall?.distractors).toBeUndefined();
		// The object ends where the next clause begins; a role noun introduces a one-word name.
		expect(ideas.map((i) => i.prompt)).toEqual(
			expect.arrayContaining([
				'Who founded the Varn School for orphans?',
				'Who led the rebuilding of the market?',
				'Who wrote the Song of the Varn?',
				'Who suggested that the wall was too low?'
			])
		);
	});

	it('offers as choices only people the text credits with the same kind of deed (blind review H2)', () => {
		const { article: painters } = madeUpArticle('Painting in Lumen', [
			'Painting in Lumen flourished in the fifteenth century. The city paid its artists well.',
			'Ada Morel painted the Harbour at Dawn for the city hall. Berta Ulm painted the Three Sisters. Cato Renn painted the Siege of Ostra. Dora Vesk painted the Bridge Market.',
			'The poet Emil Falk wrote the Lumen Songs. Franz Gall printed the first Lumen bible. Greta Holm founded the Lumen Academy.'
		]);
		const dawn = deedIdeas(painters).find((i) => i.answer === 'Ada Morel');
		expect(dawn).toMatchObject({
			prompt: 'Who painted the Harbour at Dawn for the city hall?',
			type: 'mcq'
		});
		expect([...(dawn?.distractors ?? [])].sort()).toEqual(['Berta Ulm', 'Cato Renn', 'Dora Vesk']);
		const { article: titled } = madeUpArticle('Taxes in Ostra', [
			'Taxes in Ostra rose after the war. The colonists paid them unwillingly.',
			'In 1767 Chancellor of the Exchequer Karl Tannen introduced new duties on imported glass. Petra Lind wrote a pamphlet against them.'
		]);
		expect(deedIdeas(titled).map((i) => i.answer)).not.toContain('Exchequer Karl Tannen');
		const songs = deedIdeas(painters).find((i) => i.answer === 'Emil Falk');
		expect(songs?.type).toBe('short');
	});

	it('offers the wrong names nearest the key in length, so the key is not the longest by rule', () => {
		const { article: painters } = madeUpArticle('Painting in Lumen', [
			'Painting in Lumen flourished in the fifteenth century. The city paid its artists well.',
			'Ada Morel painted the Harbour at Dawn for the city hall. Berta Ulm painted the Three Sisters. Cato Renn painted the Siege of Ostra. Dora Vesk painted the Bridge Market. Eda Lind painted the Old Quay.'
		]);
		const dawn = deedIdeas(painters).find((i) => i.answer === 'Cato Renn');
		expect(dawn?.type).toBe('mcq');
		const longest = Math.max(...(dawn?.distractors ?? []).map((d) => d.length));
		expect(longest).toBeGreaterThanOrEqual('Cato Renn'.length);
		expect(
			nearestInLength(['Maximilian Arnholt', 'Bo Lind', 'Dora Vesk', 'Ada Morel'], 'Cato Renn')
		).toEqual(['Dora Vesk', 'Ada Morel', 'Bo Lind', 'Maximilian Arnholt']);
	});

	it('never offers a person the text also credits with the deed', () => {
		const wrote = deedIdeas(article).find((i) => i.prompt === 'Who wrote the Song of the Varn?');
		expect(wrote?.distractors ?? []).not.toContain('Pella Dorn');
	});

	it('asks no list of doers, no pointer and no object that names the doer', () => {
		expect(deedOf('Ann Lee, Bo Kim and Cy Ray designed a new town.')).toBeUndefined();
		// A deed two people share: the opening phrase must not take the first (H2 S13).
		expect(
			deedOf('In 1923 Ann Lee and Bo Kim independently proposed a wider theory of velm growth.')
		).toBeUndefined();
		expect(deedOf('In 1923 Bo Kim proposed a wider theory of velm growth.')).toMatchObject({
			person: 'Bo Kim'
		});
		// "carried out" is a deed with its object, like "performed" (gen20a).
		expect(
			deedOf('The Ostran doctor Ivo Holm carried out the first graft of a velm.')
		).toMatchObject({
			person: 'Ivo Holm',
			verb: 'carried out'
		});
		// A thin indefinite object ("a script"), a subordinate "After …", a body for a person.
		const thin = madeUpArticle('Velm', [
			'Velm is a town. Ivo Stren designed a new house. After Anna Korvel discovered the plan, she left.',
			'The Velm Records signed the Stren Band. Ivo Stren and Anna Korvel lived in Velm.'
		]).article;
		expect(deedIdeas(thin)).toEqual([]);
		const pointer = madeUpArticle('Velm', [
			'Velm is a town. Ivo Stren built it in a year. Ivo Stren founded the Stren Bank.',
			'Anna Korvel lived there.'
		]).article;
		expect(deedIdeas(pointer)).toEqual([]);
		// "other bonds" than which? The bonds the sentence before names (gen24, the outsider's
		// bonding handout: "Who suggested that other bonds form?").
		const other = madeUpArticle('Velm', [
			'Velm is a town. Grains of clay bond when they are wet.',
			'In 1916 the chemist Ivo Stren suggested that other bonds form when grains touch.'
		]).article;
		expect(deedIdeas(other)).toEqual([]);
	});

	it('asks a life’s own deed the other way, only when it is one short noun phrase', () => {
		const life = madeUpArticle('Anna Korvel', [
			'Anna Korvel (1850–1920) was an Ostran chemist. She found velmium in river mud.',
			'Anna Korvel invented the word velmism to describe it. Korvel married Ivo Stren.'
		]).article;
		expect(deedIdeas(life).map((i) => [i.prompt, i.answer])).toEqual([
			['What did Anna Korvel invent?', 'the word velmism']
		]);
	});
});

describe('kind 11: when the body’s events happened', () => {
	it('asks the year of a dated deed of a named doer, as a blank', () => {
		const { article } = madeUpArticle('Tomas Varnholm', [
			'Tomas Varnholm (1770–1850) was an Ostran explorer. He was born in Lumen in 1770.',
			'On 5 June 1799 he sailed from Varna with the botanist Ivo Stren, carrying forty instruments. He returned in 1804.',
			'In 1812 the Lumen Society was founded in Varna. In 1820 Varnholm won the Gold Medal of the Society.',
			'Varnholm died in Lumen in 1850, aged 80.'
		]);
		const prompts = whenIdeas(article).map((i) => [i.prompt, i.answer]);
		expect(prompts).toEqual(
			expect.arrayContaining([
				['On 5 June ____, Tomas Varnholm sailed from Varna with the botanist Ivo Stren.', '1799'],
				['In ____, the Lumen Society was founded in Varna.', '1812'],
				['Varnholm died in Lumen in ____.', '1850']
			])
		);
		// A prize's year is trivia (U21).
		expect(prompts.some(([p]) => p.includes('Medal'))).toBe(false);
	});

	it('asks no birth or death but the subject’s, and no year of a sentence with two', () => {
		const { article } = madeUpArticle('The Varn Flood', [
			'The Varn Flood was a flood in Ostra in 1861. Ivo Stren died in Lumen in 1861.',
			'In 1862 Anna Korvel founded a school, which closed in 1890.'
		]);
		expect(whenIdeas(article)).toEqual([]);
	});
});

describe('kind 11 only in a handout', () => {
	it('asks no body year of a long article, nor one whose doer is a subordinate clause', () => {
		const filler = Array.from(
			{ length: 90 },
			(_, i) =>
				`Tomas Varnholm mapped the coast of the Velm islands for the harbour office, season ${i}.`
		);
		const long = madeUpArticle('Tomas Varnholm', [
			'Tomas Varnholm (1770–1850) was an Ostran explorer. He was born in Lumen in 1770.',
			'On 5 June 1799 he sailed from Varna with the botanist Ivo Stren, carrying forty instruments.',
			...filler
		]).article;
		expect(long.wordCount).toBeGreaterThan(1200);
		expect(whenIdeas(long)).toEqual([]);
		// Nor its deeds (kind 10): an encyclopedia's body deeds were half minor.
		const deeds = madeUpArticle('Tomas Varnholm', [
			'Tomas Varnholm (1770–1850) was an Ostran explorer. Ivo Stren designed the Lumen Lighthouse.',
			...filler
		]).article;
		expect(deedIdeas(deeds)).toEqual([]);
		const short = madeUpArticle('Velm', [
			'Velm is a town in Ostra. As the Ostran Army invaded Velm in 1938, Ivo Stren fled.',
			'Ivo Stren lived in Velm. The Ostran Army left.'
		]).article;
		expect(whenIdeas(short)).toEqual([]);
	});
});

describe('spread years', () => {
	it('never bunches the choices, and never offers the text’s own years (H12 S90)', () => {
		for (const seed of ['a', 'b', 'c', 'd', 'e']) {
			const years = spreadYears(1850, seed, ['1848', '1853', '1839'], new Set(), 2025);
			expect(years).toHaveLength(3);
			const all = [...years.map(Number), 1850].sort((a, b) => a - b);
			for (let i = 1; i < all.length; i++) expect(all[i] - all[i - 1]).toBeGreaterThanOrEqual(2);
			expect(years.every((y) => !['1848', '1853', '1839'].includes(y))).toBe(true);
			// Within 5 years, or 7 when the key is the earliest or latest (`SPREAD_FAR`, H26).
			expect(years.every((y) => Math.abs(Number(y) - 1850) <= 7)).toBe(true);
		}
	});

	it('offers no year outside the war of a wartime key, typed when none is left (H12 S90)', () => {
		// Barbarossa, 1941: 1955 and 1961 were the handout's own years; 1936 is before the war.
		for (const seed of ['a', 'b', 'c', 'd', 'e']) {
			const years = spreadYears(1941, seed, ['1943', '1955', '1961'], new Set(), 2025);
			expect(years.every((y) => Number(y) >= 1939 && Number(y) <= 1945)).toBe(true);
		}
	});

	it('gives no year after the document’s own and none it must avoid', () => {
		for (const seed of ['a', 'b', 'c', 'd', 'e']) {
			const years = spreadYears(2020, seed, [], new Set(['2017']), 2021);
			expect(years.every((y) => Number(y) <= 2021 && y !== '2017')).toBe(true);
		}
	});
});

describe('kind 12: where the body’s events happened', () => {
	it('asks the one place of a birth or a signing, typed, never of a death', () => {
		const { article } = madeUpArticle('Tomas Varnholm', [
			'Tomas Varnholm (1770–1850) was an Ostran explorer. Tomas Varnholm was born in Lumen on 3 May 1770.',
			'The Treaty of Varna was signed at Kestrel in 1810. The Velm Society was founded in Varna.',
			'In 1830 Tomas Varnholm founded the Velm Society in Lumen. He died in Kestrel in 1850.'
		]);
		const asked = whereIdeas(article).map((i) => [i.prompt, i.answer, i.type]);
		expect(asked).toEqual(
			expect.arrayContaining([
				['Where was Tomas Varnholm born?', 'Lumen', 'short'],
				['Where was the Treaty of Varna signed?', 'Kestrel', 'short']
			])
		);
		// A death place is a life's trivia (blind reviews to H22: 6 of 23 verdicts accepted it).
		expect(asked.some(([p]) => /die\?$/u.test(p))).toBe(false);
		// Two places for one founding: the key is one of two.
		expect(asked.some(([p]) => p === 'Where was the Velm Society founded?')).toBe(false);
	});

	it('asks no place of two ("between A and B") and no birth but the subject’s', () => {
		const { article } = madeUpArticle('Velm', [
			'Velm is a river in Ostra. The Velm Bridge was built at Lumen and Kestrel.',
			'Ivo Stren was born in Lumen in 1801.'
		]);
		expect(whereIdeas(article)).toEqual([]);
		const street = madeUpArticle('Ivo Stren', [
			'Ivo Stren (1801–1870) was an Ostran painter. Ivo Stren was born in Kestrel Avenue, Lumen.'
		]).article;
		expect(whereIdeas(street)).toEqual([]);
	});
});

/** Blind review H11 (2027-01-18) S40, S73: an era label read as the first word of a name. */
describe('deedOf: the era is the date’s (gen44)', () => {
	it('reads the name after a date with its era', () => {
		expect(
			deedOf('In 202 BCE Anna Lorsk defeated Piet Varn at the Battle of Ostra.')
		).toMatchObject({ person: 'Anna Lorsk', object: 'Piet Varn at the Battle of Ostra' });
		expect(deedOf('In 480 BC Varnes led a large fleet into Ostra.')).toBeUndefined();
	});
});

describe('deedOf: a nationality after "the" is no part of the name (blind review H16 S80)', () => {
	it('keys the name without the nationality', () => {
		expect(
			deedOf('In the 1840s the German Anna Maria Korvel developed the velm cell.')?.person
		).toBe('Anna Maria Korvel');
		// Without "the" a capitalised first word is a name's own ("Adrian Holm").
		expect(deedOf('Adrian Ivo Holm built the first velm lamp.')?.person).toBe('Adrian Ivo Holm');
	});
});

describe('a deed cut before a naming aside (blind review H17 S22)', () => {
	it('reads the cut and asks no deed whose object goes on after the aside', () => {
		const text =
			'In 1828 the Ostran chemist Ivo Brandt patented a press that squeezed most of the oil, called velm butter, out of ground velm seeds.';
		expect(deedOf(text)).toMatchObject({ person: 'Ivo Brandt', beforeAside: true });
		const { article } = madeUpArticle('The Velm Seed', [
			'The velm seed is the seed of the velm tree of Ostra.',
			text
		]);
		expect(deedIdeas(article).map((i) => i.prompt)).toEqual([]);
	});

	it('keeps a deed whose object ends before another kind of comma', () => {
		expect(
			deedOf(
				'In 1828 the Ostran chemist Ivo Brandt patented a press for velm seeds, which sold well.'
			)
		).toMatchObject({ object: 'a press for velm seeds', beforeAside: false });
	});
});
