import { yearKeyRank } from './figures';
import { describe, expect, it } from 'vitest';
import {
	centralClause,
	eraCue,
	ownEvent,
	RANKED_PROMPT,
	straddlingYears,
	titleHead,
	yearIdeas,
	yearQuestion
} from './idea-year';
import { yearBlank } from './year-blank';
import { madeUpArticle } from './ideas.test-helpers';

describe('kind 5: the year of the central event', () => {
	it('asks the year of the title’s battle, never its day and month (kept in the prompt), with years near it', () => {
		const { article } = madeUpArticle('Battle of Lumen', [
			'The Battle of Lumen was fought on 27 July 1214 near the town of Lumen. It was the last battle of the Varn War.',
			'In 1220, the Vestan king signed a treaty at Ostra.'
		]);
		const ideas = yearIdeas(article);
		expect(ideas).toHaveLength(1);
		expect(ideas[0]).toMatchObject({
			type: 'mcq',
			prompt: 'The Battle of Lumen was fought on 27 July ____ near the town of Lumen.',
			answer: '1214'
		});
		expect(ideas[0].distractors).toHaveLength(3);
		expect(ideas[0].distractors).not.toContain('1220');
		expect(ideas[0].distractors!.every((y) => Number(y) <= 2019)).toBe(true);
	});

	it('asks nothing of a namesake’s founding, nor of a sentence with a span of years', () => {
		const { article } = madeUpArticle('Vestan West Trade Company', [
			'The Vestan West Trade Company was a chartered company of Vestan merchants.',
			'When the Vestan East Trade Company was founded in 1602, traders in Lumen objected.'
		]);
		expect(yearIdeas(article)).toEqual([]);
		// A charity named after the disease is another body (U18 S47); the disease's own year stays.
		const fever = madeUpArticle('Velmar fever', [
			'Velmar fever is a viral disease of cattle that can spread to people through ticks.',
			'The Velmar Fever Society is a Vestan charity founded in 1982 to support people with the disease.'
		]).article;
		expect(yearIdeas(fever)).toEqual([]);
		const found = madeUpArticle('Velmar fever', [
			'Velmar fever is a viral disease of cattle that can spread to people through ticks.',
			'Velmar fever was discovered in 1931 by a vet in the Lumen valley.'
		]).article;
		expect(yearIdeas(found).map((i) => i.answer)).toEqual(['1931']);
		expect(yearBlank('It was founded in 1602 and dissolved in 1674.')).toBeUndefined();
		expect(yearBlank('In 1882, Korvel published her findings.')).toEqual({
			prompt: 'In ____, Korvel published her findings.',
			year: '1882',
			at: 0
		});
	});

	it('puts the key at every rank among the sorted choices in even shares, never after the article', () => {
		const ranks = [0, 0, 0, 0];
		for (let year = 1500; year < 1900; year++) {
			const wrong = straddlingYears(year, `seed ${year}`, new Set(), 2019);
			expect(wrong).toHaveLength(3);
			expect(new Set(wrong).size).toBe(3);
			expect(wrong).not.toContain(String(year));
			expect(wrong.every((y) => Math.abs(Number(y) - year) <= 9)).toBe(true);
			ranks[yearKeyRank([...wrong, String(year)], String(year))!]++;
		}
		// Blind review U16: a key never at an end was read off its position. 400 questions, 100
		// expected per rank; no rank beyond chance + 10 points.
		expect(Math.min(...ranks)).toBeGreaterThan(70);
		expect(Math.max(...ranks)).toBeLessThan(140);
		// No year after the article's: a recent event is the latest choice, or typed.
		expect(straddlingYears(2018, 's', new Set(), 2019).every((y) => Number(y) < 2018)).toBe(true);
		expect(
			straddlingYears(
				2018,
				's',
				new Set(Array.from({ length: 9 }, (_, k) => String(2009 + k))),
				2019
			)
		).toEqual([]);
		expect(straddlingYears(1214, 's', new Set(['1213', '1215']), 2019)).toHaveLength(3);
	});

	it('never offers the article’s own year as a wrong year for an older event', () => {
		// Every nearer year after the key is named in the article: only the snapshot year is left.
		const banned = new Set(['2012', '2013', '2014', '2015', '2016', '2017', '2018']);
		for (const seed of ['a', 'b', 'c', 'd'])
			expect(straddlingYears(2011, seed, banned, 2019)).not.toContain('2019');
		expect(straddlingYears(2011, 's', new Set(), 2019).every((y) => Number(y) < 2019)).toBe(true);
	});

	it('asks the year of a news report’s first sentence, whatever its verb, only as news', () => {
		const { article } = madeUpArticle('Ostby opens a bridge', [
			'Ostby opens a bridge',
			'The new bridge at Ostby, a river town of Varn, opened to traffic on 2 May 2024 after four years of work.',
			'In 2019 the council of Varn approved the plan.'
		]);
		expect(yearIdeas(article, true)).toMatchObject([
			{
				prompt:
					'The new bridge at Ostby, a river town of Varn, opened to traffic on 2 May ____ after four years of work.',
				answer: '2024'
			}
		]);
		expect(yearIdeas(article)).toEqual([]);
	});

	it('asks no year of a first sentence that sets a scene: a state, not an event (H2 S09)', () => {
		const { article } = madeUpArticle('How Varn broke away', [
			'In 1763 most people in the six towns of Varn were proud to be Ostran subjects.',
			'In 1776 their leaders declared independence from Ostra.'
		]);
		expect(yearIdeas(article, true)).toEqual([]);
		const { article: event } = madeUpArticle('How Varn broke away', [
			'In 1763 the six towns of Varn were united by a treaty with Ostra.',
			'In 1776 their leaders declared independence from Ostra.'
		]);
		expect(yearIdeas(event, true).map((i) => i.answer)).toEqual(['1763']);
	});
});

describe('kind 5: a year prompt that stands alone and one date (blind review U10: S06, S10)', () => {
	it('names the subject where the prompt says "the <noun>"', () => {
		const { article } = madeUpArticle('Open kettle movement', [
			'The open kettle movement is a social movement that asks cities to give every household a kettle and the right to repair it. Drawing on older traditions of repair, Ann Vell formally founded the movement in 1983 by launching the Kettle Project.'
		]);
		expect(yearIdeas(article)[0]?.prompt).toBe(
			'Drawing on older traditions of repair, Ann Vell formally founded the open kettle movement in ____ by launching the Kettle Project.'
		);
		expect(titleHead('Battle of Lumen')).toBe('battle');
	});

	it('asks no year that another sentence gives otherwise for the same event', () => {
		const { article } = madeUpArticle('Varn Company', [
			'The Varn Company was a trading company of Ostran merchants. The Varn Company was founded in 1621 by the Ostran states.',
			'Some historians write that the Varn Company was founded in 1623, after a long delay.'
		]);
		expect(yearIdeas(article)).toEqual([]);
	});
});

describe('kind 5: events of one class of subject (a film released, a bridge opened)', () => {
	it('asks the year a bridge was opened, and not the year a film of a novel was released', () => {
		const { article } = madeUpArticle('Varn Bridge', [
			'The Varn Bridge is a suspension bridge that carries the coast road across the mouth of the Varn river. The Varn Bridge was opened in 1937 after four years of work by the city of Ostra.'
		]);
		expect(yearIdeas(article)[0]).toMatchObject({ answer: '1937' });
		const { article: novel } = madeUpArticle('A Lantern Slowly', [
			'A Lantern Slowly is a crime novel by the Ostran writer Ann Vell, published in 1961 and set in the docks. It tells of a harbour pilot who hides a lantern.',
			'A Lantern Slowly was released in 2006 and stars Ada Lund as the pilot.'
		]);
		expect(yearIdeas(novel)).toEqual([]);
	});
});

describe('kind 5: the subject’s own event (blind review U11 S15)', () => {
	it('asks no year of a body named after the subject, nor of a thing founded in a life', () => {
		const { article } = madeUpArticle('Ada Varn', [
			'Ada Varn was an Ostran pianist and composer, best known for her piano works. She was born in Lumen and studied in Ostra.',
			'In 1993 the Fundación Ada Varn was founded to promote Ostran music.'
		]);
		expect(yearIdeas(article)).toEqual([]);
		expect(
			ownEvent(
				'The Open Lumen Pact was signed in 1992 in Ostra.',
				madeUpArticle('Open Lumen Pact', [
					'The Open Lumen Pact is a pact between nine states that sets up unarmed patrols along their coasts.'
				]).article
			)
		).toBe(true);
	});
});

describe('kind 5: no year the name or a ranking gives (blind review U12)', () => {
	it('asks no year the title’s digits give, and no prompt that ranks', () => {
		const { article } = madeUpArticle('14varn', [
			'14varn is an Ostran news website that reports on the city of Varn and its port. 14varn was founded in 2014 by the journalist Ann Vell.'
		]);
		expect(yearIdeas(article)).toEqual([]);
		expect(RANKED_PROMPT.test('The first artificial rink was built in ____ in Varn.')).toBe(true);
		expect(RANKED_PROMPT.test('The Varn Bridge was opened in ____ by the city.')).toBe(false);
	});
});

describe('kind 5: the event told of the subject itself (blind reviews U12 S08, U13 S04)', () => {
	it('asks no year a name in the prompt gives, nor a ranking by possessive', () => {
		const { article } = madeUpArticle('Online newspapers in Ostra', [
			'Several online newspapers in Ostra offer news that the state press leaves out. Many of them are run by exiles.',
			'15varn is Ostra’s first independent news website, founded by Ann Vell in 2015.'
		]);
		expect(yearIdeas(article)).toEqual([]);
		expect(RANKED_PROMPT.test('Varn is Ostra’s first news site, founded in ____.')).toBe(true);
	});

	it('asks no year of a discovery told in another clause than the subject', () => {
		const { article } = madeUpArticle('Caloric theory', [
			'The caloric theory is an obsolete scientific theory that heat is a fluid called caloric that flows from hotter to colder bodies.',
			'Anna Korvel’s student Per Holm discovered argon in 1772 and the pair used the caloric theory to explain his results.'
		]);
		expect(yearIdeas(article)).toEqual([]);
		expect(centralClause('In 1882, Anna Korvel published her findings on fever.', article)).toBe(
			false
		);
		const own = madeUpArticle('Caloric theory', [
			'The caloric theory is an obsolete scientific theory that heat is a fluid called caloric.',
			'The caloric theory was proposed in 1783 by Anna Korvel, and it was taught for decades.'
		]).article;
		expect(centralClause(own.sentences[1].text, own)).toBe(false);
		expect(centralClause('In 1789, the theory was created by Anna Korvel in Lumen.', own)).toBe(
			true
		);
	});
});

describe('a year an election cycle pins (H3 S23)', () => {
	it('types the year of a candidate’s or an election’s stem: wrong years around it are off the cycle', () => {
		for (const stem of [
			'In ____ the Green candidate for president of Ostra, Ivo Brandt, told voters that Ostra was rich.',
			'Ivo Brandt won the Lumen mayoral election in ____.',
			'The presidential campaign of ____ was fought over the salt tax.'
		])
			expect(eraCue(stem), stem).toBe(true);
		expect(eraCue('The Lumen market fell in ____.')).toBe(false);
		expect(eraCue('Ivo Brandt was elected bishop of Lumen in ____.')).toBe(false);
		expect(eraCue('The army began a long campaign in the hills in ____.')).toBe(false);
	});
});

describe('straddling years stay believable (blind review H12 S39)', () => {
	it('offers no year outside the war of a wartime key, and none the text names', () => {
		// A made-up telegram of 1917: 1911, 1920 and 1921 were offered, all outside the war.
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
			const years = straddlingYears(1917, seed, new Set(['1915']), 2026);
			expect(years.every((y) => Number(y) >= 1914 && Number(y) <= 1918 && y !== '1915')).toBe(true);
		}
	});

	it('stays within five years and one century of a peacetime key', () => {
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
			const years = straddlingYears(1802, seed, new Set(), 2026);
			expect(years.every((y) => Number(y) >= 1800 && Number(y) <= 1807)).toBe(true);
		}
	});
});

describe('yearBlank: a blank hides its answer and nothing more (issue 12, the outsider teacher)', () => {
	it('keeps the day and month of a prompt, blanking only the year', () => {
		expect(yearBlank('For nine days in May 1840 the Velm mills stood idle.', true)?.prompt).toBe(
			'For nine days in May ____ the Velm mills stood idle.'
		);
		expect(yearBlank('On July 23, 1795, Ostra opened its harbour.', true)?.prompt).toBe(
			'On July 23, ____, Ostra opened its harbour.'
		);
		// A clause rewritten without its date drops the phrase whole.
		expect(yearBlank('the mills stood idle in May 1840.')?.prompt).toBe(
			'the mills stood idle in ____.'
		);
	});
});

describe('a recurring event’s year is typed, never four choices off its cycle (gen61, H16)', () => {
	const sentence = (text: string) => ({ doc: 'm', index: 1, section: '', text });
	const ask = (text: string, prompt: string) =>
		yearQuestion('when', sentence(text), {
			prompt,
			year: '1932',
			distractors: ['1929', '1930', '1935'],
			weight: 1
		}).type;

	it('types the year of an election or a census, by any year kind', () => {
		expect(
			ask(
				'Ivo Brandt won the 1932 presidential election.',
				'Ivo Brandt won the ____ presidential election.'
			)
		).toBe('short');
		expect(
			ask('The census of 1932 counted 40,000 people.', 'The census of ____ counted 40,000 people.')
		).toBe('short');
	});

	it('keeps four choices for another event', () => {
		expect(ask('The Varn Bridge opened in 1932.', 'The Varn Bridge opened in ____.')).toBe('mcq');
	});
});
