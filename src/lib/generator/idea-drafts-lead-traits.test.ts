import { describe, expect, it } from 'vitest';
import { articleIdeas } from './idea-drafts';
import { leadField } from './idea-field';
import { datedKey } from './idea-faith';
import { garbledPrompt } from './idea-sense';
import { whatOfPerson } from './idea-strict';
import { eraCue } from './idea-year';
import { madeUpArticle } from './ideas.test-helpers';

/** The prompts and keys the idea kinds propose for a made-up article. */
function asked(title: string, blocks: string[]) {
	return articleIdeas(madeUpArticle(title, blocks).article).map((i) => ({
		prompt: i.prompt,
		answer: i.answer,
		type: i.type,
		distractors: i.distractors
	}));
}

describe('blind review U19: both reviewers failed each kind below', () => {
	it('reads no field from a possessive or a manner phrase ("In its older, …", "In general, …")', () => {
		expect(
			leadField('In its older, more literal sense, velmism refers to a lack of respect.')
		).toBe(undefined);
		expect(leadField('In general, a velm is a small boat.')).toBe(undefined);
		expect(leadField('In law, a velm is a writ.')).toBe('law');
		const ideas = asked('Velmism', [
			'In its older, more literal sense, "velmism" refers to a lack of respect for things that are held to be sacred in Ostra. Velmism is common in the songs of Ostran sailors.'
		]);
		for (const { prompt } of ideas) expect(prompt).not.toMatch(/literal sense|its older/u);
		// A field and a "refers to" lead are asked as before (gen15's PLURAL_VERB refused them).
		const memory = asked('Velm memory', [
			'In computing, velm memory refers to a device that stores information for immediate use in a velm computer. Velm memory is fast.'
		]);
		expect(memory.map((i) => i.prompt)).toContain('What does velm memory refer to in computing?');
	});

	it('asks no "there" or pronoun as a subject, and no key that announces a list it cuts (S26)', () => {
		expect(garbledPrompt('What are there in music?')).toBe(true);
		expect(garbledPrompt('What is it in law?')).toBe(true);
		const ideas = asked('Velm tuning', [
			'In music, there are two common meanings for velm tuning: the act of tuning a velm, and the systems of pitches used to tune one.',
			'Velm tuning was first described by Ostran monks.'
		]);
		for (const { prompt } of ideas) expect(prompt).not.toMatch(/\bthere\b/u);
	});

	it('asks no open "associated with" or "linked to" trait: the article links the subject to many things (S15)', () => {
		const ideas = asked('Velm kidney disease', [
			'Velm kidney disease is a genetic disorder in which cysts develop in the kidneys of adult cattle. It is associated with large variability between families, which can be explained by its genetic heterogeneity. It is also associated with cysts in the liver.'
		]);
		for (const { prompt } of ideas) expect(prompt).not.toMatch(/associated|linked/u);
	});

	it('states no forecast as a fact: "scheduled to be launched", "expected to", "will" (S18)', () => {
		expect(datedKey('A space telescope scheduled to be launched early 2021')).toBe(true);
		expect(datedKey('A bridge expected to open in 2030')).toBe(true);
		expect(datedKey('A mission that will study the moons of Jupiter')).toBe(true);
		expect(datedKey('A mission planned for 2031')).toBe(true);
		expect(datedKey('A space telescope launched in 2021')).toBe(false);
		expect(datedKey('A fever due to a virus')).toBe(false);
		expect(datedKey('An Ostran singer, best known for the hit "I Will Survive"')).toBe(false);
		const ideas = asked('Velm Mirror Array', [
			'The Velm Mirror Array is the main mirror of the Ostra Space Telescope, a large infrared telescope scheduled to be launched early 2021.'
		]);
		for (const { answer } of ideas) expect(answer).not.toMatch(/scheduled/u);
	});

	it('gives no choice of years a stem dates by its era ("no prewar training", S12): the year is typed', () => {
		expect(
			eraCue('The 12th Velm Division was formed in ____ from men with no prewar training.')
		).toBe(true);
		expect(eraCue('The Velm Bridge was opened in ____ after the war.')).toBe(true);
		expect(eraCue('The Velm Bridge was opened in ____.')).toBe(false);
		const ideas = asked('12th Velm Division', [
			'The 12th Velm Division was formed in 1941 as a standard Ostran rifle division, made up of older reservists and young men with no prewar training.'
		]);
		for (const idea of ideas.filter((i) => /____|what year/iu.test(i.prompt)))
			expect(idea.type).not.toBe('mcq');
	});

	it("asks no year of a person's minor appointment the opening sentence does not name (S10)", () => {
		const ideas = asked('Tomas Varn', [
			'Tomas Varn (born 1943) is a retired Ostran general who served as the Commander of the Ostran Army and as National Defence Adviser. In 2007, Varn served as chairman of a commission on the police. In November 2007, he was appointed by the Ostran Foreign Minister as special envoy for harbour affairs.'
		]);
		for (const { prompt } of ideas) expect(prompt).not.toMatch(/envoy/u);
		// The lead says no "he" and the corpus lists no such person: still a life (U19 S10 itself).
		const unlisted = asked('Jorn T. Velk', [
			'Jorn Tomas Velk Jr. (born December 19, 1943) is a retired Ostran Army general and a former Ostran Defence Adviser. Velk retired from the army in 2007.',
			'In November 2007, Velk was appointed by the Ostran Foreign Minister as special envoy for harbour affairs.'
		]);
		for (const { prompt } of unlisted) expect(prompt).not.toMatch(/envoy/u);
		const central = asked('Ilse Marr', [
			'Ilse Marr (born 1950) is an Ostran chemist who won the Velm Prize in Chemistry. In 1996 she was awarded the Velm Prize in Chemistry for the discovery of velmium.'
		]);
		expect(central.map((i) => i.prompt).join(' ')).toMatch(/Velm Prize/u);
		const pope = asked('Pope Velmus II', [
			'Pope Velmus II (c. 1065 – 1124) was head of the Ostran Church as pope from 1119 to his death in 1124. In 1119 he was elected pope at Lumen after the death of Pope Varn.'
		]);
		expect(pope.map((i) => i.prompt).join(' ')).toMatch(/elected pope/u);
	});

	it("keeps a person's office in the key, not a reputation alone (S35)", () => {
		const ideas = asked('Anna Korvel', [
			'Anna Korvel (born March 20, 1973) is an Ostran politician who is the Chair of the Ostran National Committee and former Chair of the Lumen Party. Korvel is a granddaughter of the governor Ivo Korvel.',
			'As Chair, she has been known for her prolific fundraising and her support for the President.'
		]);
		// Her office is the article's date's ("who is the Chair"): no card, never the reputation.
		expect(ideas.filter((i) => /^Who/u.test(i.prompt))).toEqual([]);
		const past = asked('Ivo Korvel', [
			'Ivo Korvel (1901–1970) was an Ostran politician who served as the Chair of the Ostran National Committee from 1950 to 1960. Korvel was a grandson of the governor Anna Korvel.',
			'As Chair, he was known for his prolific fundraising and his support for the President.'
		]);
		const who = past.find((i) => /^Who/u.test(i.prompt));
		expect(who?.answer).toMatch(
			/^An Ostran politician who served as the Chair of the Ostran National Committee/u
		);
		expect(who?.answer).not.toMatch(/fundraising/u);
	});

	it('asks "Who" of a person whose key opens on a nationality and a role (dev test20)', () => {
		expect(
			whatOfPerson('What is Ivo Stren?', 'An Ostran mathematician active in knot theory')
		).toBe(true);
		expect(
			whatOfPerson(
				'What is Ana Varn?',
				'An Ostran former Lumen Bureau agent and attorney who served …'
			)
		).toBe(true);
		expect(whatOfPerson('What is the Velm 912?', 'A sports car by Velm AG of Ostra')).toBe(false);
		expect(whatOfPerson('What is a velm?', 'A device used by engineers to measure tides')).toBe(
			false
		);
		expect(
			whatOfPerson('What is the Velm Guild?', 'A school of thought within Ostran philosophy')
		).toBe(false);
	});
});
