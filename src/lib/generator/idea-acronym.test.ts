import { describe, expect, it } from 'vitest';
import { acronymIdeas, acronymLine, acronymsOf, spellsOut } from './idea-acronym';
import { madeUpArticle } from './ideas.test-helpers';

const cards = (blocks: string[]) =>
	acronymIdeas(madeUpArticle('Velm mining', blocks).article).map((i) => [i.prompt, i.answer]);

const INTRO = 'This handout explains how velm is mined. You will need it for the test.';

describe('spellsOut: an acronym is its expansion’s initials (gen63)', () => {
	it('takes each word’s first letter, skips "of", "the", "and", lets a word give more', () => {
		expect(spellsOut('VMA', 'Velm Mining Association')).toBe(true);
		expect(spellsOut('OVMT', 'Office of Velm Mines and Trade')).toBe(true);
		expect(spellsOut('LEG', 'lumiethylene glass')).toBe(true);
	});

	it('refuses letters that are not the words’ own, or one word alone', () => {
		expect(spellsOut('HACE', 'swelling of the brain')).toBe(false);
		expect(spellsOut('VMA', 'Velm Ostran Association')).toBe(false);
		expect(spellsOut('VX', 'velm extract')).toBe(false);
		expect(spellsOut('VM', 'Velmium')).toBe(false);
		expect(spellsOut('VMA', 'the Ostran Velm Mining Association')).toBe(false);
	});
});

describe('acronymsOf: the three ways a handout spells an acronym out', () => {
	it('reads "expansion (ABC)", "ABC (expansion)" and "ABC stands for …"', () => {
		expect(acronymsOf('In 1950 miners formed the Velm Mining Association (VMA) in Ostra.')).toEqual(
			[['VMA', 'Velm Mining Association']]
		);
		expect(acronymsOf('Jars are made of LEG (lumiethylene glass), a tough material.')).toEqual([
			['LEG', 'lumiethylene glass']
		]);
		expect(acronymsOf('VSU stands for velm storage unit.')).toEqual([['VSU', 'velm storage unit']]);
		expect(acronymsOf('Miners may suffer lung swelling (HACE) at depth.')).toEqual([]);
	});
});

describe('acronymIdeas: "What does ABC stand for?" of an acronym the handout uses again', () => {
	it('asks each acronym once, at its first spelling-out, the expansion as written', () => {
		expect(
			cards([
				INTRO,
				'In 1950 miners formed the Velm Mining Association (VMA) in Ostra.',
				'Jars are made of LEG (lumiethylene glass), a tough material.',
				'The VMA still sets the price of velm, and the VMA (Velm Mining Association) meets yearly.',
				'Every LEG jar is tested before use.'
			])
		).toEqual([
			['What does VMA stand for?', 'Velm Mining Association'],
			['What does LEG stand for?', 'Lumiethylene glass']
		]);
	});

	it('asks no acronym the handout never uses again', () => {
		expect(
			cards([
				INTRO,
				'In 1950 miners formed the Velm Mining Association (VMA) in Ostra.',
				'It still sets the price of velm.'
			])
		).toEqual([]);
	});
});

describe('acronymLine: a notes line glossing an acronym with its words (gen90)', () => {
	it.each([
		['VSI – velmic social influence', ['VSI', 'velmic social influence']],
		['LVC: low-velm country', ['LVC', 'low-velm country']],
		['OVE – ostral velm economy – Lumenland', ['OVE', 'ostral velm economy']]
	])('reads “%s”', (line, pair) => {
		expect(acronymLine(line)).toBe(true);
		expect(acronymsOf(line)).toEqual([pair]);
	});

	it.each([
		'VSI – when people copy the velm group',
		'VMA (1950) – Velm Mining Association',
		'Velm – velmic social influence'
	])('refuses “%s”', (line) => {
		expect(acronymLine(line)).toBe(false);
	});

	it('asks what the acronym stands for when the notes use it again', () => {
		const { article } = madeUpArticle('Velm psychology', [
			'VSI – velmic social influence',
			'Lumen’s study showed VSI: people conformed to fit in with the velm group.'
		]);
		expect(acronymIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What does VSI stand for?', 'Velmic social influence']
		]);
	});
});
