import { describe, expect, it } from 'vitest';
import { datedYear, eventQuestion, eventYearIdeas } from './idea-event';
import { articleIdeas } from './idea-drafts';
import { madeUpArticle } from './ideas.test-helpers';

describe('the year of a history article that opens on its event and date', () => {
	it('asks the year of the title’s disaster from a date-first lead, never from the sentence', () => {
		const { article } = madeUpArticle('Varn Bridge disaster', [
			'On the evening of 14 November 1871, the central span of the Varn Bridge collapsed while a mail train was crossing it in a gale. All of the passengers and crew on board were killed.',
			'The bridge had been designed by the engineer Tomas Brell, who was knighted for it in 1866.'
		]);
		const ideas = eventYearIdeas(article);
		expect(ideas).toHaveLength(1);
		expect(ideas[0]).toMatchObject({
			type: 'mcq',
			prompt: 'In what year did the Varn Bridge disaster take place?',
			answer: '1871'
		});
		expect(ideas[0].prompt).not.toContain('1871');
		expect(ideas[0].distractors).not.toContain('1866');
		// It is what the article's drafts ask: its lead defines nothing, and no "was fought".
		expect(articleIdeas(article).map((i) => i.prompt)).toContain(ideas[0].prompt);
	});

	it('asks a war by when it began, a treaty by when it was signed, and nothing else of them', () => {
		const war = madeUpArticle('Ostran War', [
			'On 3 March 1702, the Ostran War broke out when Vestan troops crossed the river Lume into Ostra.',
			'The fighting went on for many years along the river.'
		]).article;
		expect(eventYearIdeas(war)[0]?.prompt).toBe('In what year did the Ostran War begin?');
		const treaty = madeUpArticle('Treaty of Lumen', [
			'On 12 May 1648, envoys of Ostra and Vesta signed the Treaty of Lumen in the town hall of Lumen.',
			'It ended a long war between the two kingdoms.'
		]).article;
		expect(eventYearIdeas(treaty)[0]?.prompt).toBe('In what year was the Treaty of Lumen signed?');
		// A war's date that says nothing of its start is no question ("take place" spans years).
		const vague = madeUpArticle('Ostran War', [
			'In 1702, the Ostran War was the main concern of the Vestan court and its allies.',
			'The fighting went on for many years along the river.'
		]).article;
		expect(eventYearIdeas(vague)).toEqual([]);
	});

	it('refuses a title with its year, a body that dates the event otherwise, and other titles', () => {
		const named = madeUpArticle('1871 Varn Bridge disaster', [
			'On the evening of 14 November 1871, the central span of the Varn Bridge collapsed in a gale.'
		]).article;
		expect(eventYearIdeas(named)).toEqual([]);
		const contradicted = madeUpArticle('Varn Bridge disaster', [
			'On the evening of 14 November 1871, the central span of the Varn Bridge collapsed in a gale.',
			'Other accounts say that the Varn Bridge collapsed in 1872, a year later than the inquiry found.'
		]).article;
		expect(eventYearIdeas(contradicted)).toEqual([]);
		const person = madeUpArticle('Tomas Brell', [
			'On 2 June 1820, Tomas Brell was born in the town of Lumen to a family of millers.'
		]).article;
		expect(eventYearIdeas(person)).toEqual([]);
		// A lead that dates something else than the event is passed over.
		const other = madeUpArticle('Battle of Lumen', [
			'On 4 April 1410, the Vestan king left his capital with an army of knights and archers.',
			'The fighting at the ford lasted until the evening, and the Vestans withdrew.'
		]).article;
		expect(eventYearIdeas(other)).toEqual([]);
	});

	it('asks the battle’s year when the lead’s dated sentence fails the checks as a blank', () => {
		const { article } = madeUpArticle('Battle of Lumen', [
			'On 18 June 1815, the army of the Vestan emperor was defeated near the village of Lumen by an alliance of Ostran and northern armies. The battle ended the emperor’s last campaign.'
		]);
		const prompts = articleIdeas(article).map((i) => i.prompt);
		expect(prompts).toContain('In what year did the Battle of Lumen take place?');
	});

	it('reads a year as a date only when it is one, alone', () => {
		expect(datedYear('On the evening of 28 December 1879, the bridge fell.')).toBe('1879');
		expect(datedYear('The strike began on May 4, 1886, in Lumen.')).toBe('1886');
		expect(datedYear('The rising of 1848 failed.')).toBe('1848');
		expect(datedYear('The war lasted from 1861 to 1865.')).toBeUndefined();
		expect(datedYear('Riots broke out in the 1870s.')).toBeUndefined();
		expect(datedYear('The war of 1213–1214 ended there.')).toBeUndefined();
		expect(datedYear('An army of 1500 men crossed the river.')).toBeUndefined();
		expect(datedYear('In 1500 men crossed the river.')).toBeUndefined();
	});

	it('asks a point event by "take place" and nothing of a title that is no event', () => {
		expect(eventQuestion('massacre', 'the Lumen massacre', 'x')).toBe(
			'In what year did the Lumen massacre take place?'
		);
		expect(eventQuestion('treaty', 'the Treaty of Lumen', 'It ended the war.')).toBeUndefined();
		expect(eventQuestion('rebellion', 'the Varn rebellion', 'It was crushed.')).toBeUndefined();
		expect(eventQuestion('house', 'the Brell house', 'It was built.')).toBeUndefined();
	});
});
