import { describe, expect, it } from 'vitest';
import { looksEnglish, MIN_WORDS_JUDGED, otherLanguageShare, sentenceless } from './english';

describe('looksEnglish', () => {
	it('judges a text of enough words by its share of English function words', () => {
		const english =
			'A river is a natural flow of water that runs to the sea, and it has a source, a course and a mouth. ';
		const serbian =
			'Reka je prirodni tok vode koji teče prema moru, ima izvor, tok i ušće, a njena dolina je široka. ';
		expect(looksEnglish(english.repeat(3))).toBe(true);
		expect(looksEnglish(serbian.repeat(4))).toBe(false);
	});

	// Outsider teacher (issue 12): a short English paste was refused as "not English".
	it('does not call a text too short to judge anything but English', () => {
		expect(looksEnglish('Rivers are nice. I like geography.')).toBe(true);
		const short = 'Reka je široka. '.repeat(Math.floor((MIN_WORDS_JUDGED - 1) / 3));
		expect(short.split(' ').filter(Boolean).length).toBeLessThan(MIN_WORDS_JUDGED);
		expect(looksEnglish(short)).toBe(true);
	});

	// Outsider teacher (session 33): a pasted table of dates, events and countries, English
	// words in no sentence, was refused as "does not look like English".
	it('judges a table or list by its words, not by its sentences', () => {
		const table = [
			'Date\tEvent\tCountry',
			'28 June 1914\tAssassination of Franz Ferdinand\tBosnia',
			'28 July 1914\tAustria-Hungary declares war on Serbia\tAustria-Hungary',
			'1 August 1914\tGermany declares war on Russia\tGermany',
			'4 August 1914\tBritain declares war on Germany\tBritain'
		].join('\n');
		expect(looksEnglish(table)).toBe(true);
		const tableau = [
			'Date\tÉvénement\tPays',
			'28 juin 1914\tAssassinat de François-Ferdinand à Sarajevo\tBosnie',
			'28 juillet 1914\tL’Autriche-Hongrie déclare la guerre à la Serbie\tAutriche',
			'1 août 1914\tL’Allemagne déclare la guerre à la Russie\tAllemagne',
			'4 août 1914\tLe Royaume-Uni entre dans la guerre contre l’Allemagne\tRoyaume-Uni'
		].join('\n');
		expect(looksEnglish(tableau)).toBe(false);
		const tabela =
			'Datum\tDogađaj\n28. jun 1914.\tAtentat na Franca Ferdinanda u Sarajevu\n'.repeat(3);
		expect(looksEnglish(tabela)).toBe(false);
		// Seven names and years are too few words to judge.
		expect(
			looksEnglish('Paris 1789 Lyon 1793 Nantes 1794 Toulon 1793 Marseille 1792 Lille 1792 Caen')
		).toBe(true);
		expect(
			looksEnglish('Париж Лион Нант Тулон Марсель Лилль Кан Бордо Руан Реймс Дижон Брест Ницца')
		).toBe(false);
	});

	it('counts another script’s words and other languages’ commonest words, not English ones', () => {
		expect(otherLanguageShare('the war in the west')).toBe(0);
		expect(otherLanguageShare('der Krieg und die Front')).toBeCloseTo(2 / 5);
		expect(otherLanguageShare('Война и мир')).toBe(1);
	});
});

describe('sentenceless', () => {
	it('is a timetable or a list of words, never prose or another language (session 38)', () => {
		expect(sentenceless('Period | Mon | Tue\n\n1 | Maths | Eng\n\nBring: pencil, ruler')).toBe(
			true
		);
		expect(sentenceless('ok see you TODO 1. ... 2. ...')).toBe(true);
		expect(sentenceless('Rivers shape the land they cross.')).toBe(false);
		expect(sentenceless('Le roi\n\nla reine et les enfants\n\nune cour')).toBe(false);
	});
});
