import { describe, expect, it } from 'vitest';
import { leadIdeas } from './idea-lead';
import { madeUpArticle } from './ideas.test-helpers';
import { classOnly } from './idea-key';
import { namesMembers, pluralGenus } from './idea-members';
import { definesPerson, roleWithClause, thinRole } from './idea-who';

describe('a person’s card and a body’s members (issue 12, the outsider teacher’s articles)', () => {
	it('asks "Who" of a person the sentence shows to be one, whatever the corpus knows', () => {
		expect(
			definesPerson(
				'Arvo Lind was a Vestan inventor who built a loom.',
				'a Vestan inventor who built a loom'
			)
		).toBe(true);
		expect(definesPerson('Arvo Lind (1702 – 1766) was a Vestan builder.', 'a Vestan builder')).toBe(
			true
		);
		expect(definesPerson('Arvo Lind (born 1950) is a Vestan builder.', 'a Vestan builder')).toBe(
			true
		);
		// A thing's head noun is no role, whatever a later noun says.
		expect(
			definesPerson(
				'The Lantern is a crime novel about a harbour pilot.',
				'a crime novel about a harbour pilot'
			)
		).toBe(false);
		const { article } = madeUpArticle('Arvo Lind', [
			'Arvo Lind was a Vestan inventor and clockmaker who introduced the pendulum escapement to Ostra. It made clocks cheaper and more exact, and it spread across Ostra within fifty years. Lind built a famous tower clock in Lumen. The invention helped the growth of navigation. It is counted among the chief inventions of its age.'
		]);
		expect(leadIdeas(article)[0]?.prompt).toBe('Who was Arvo Lind?');
	});

	it('keeps the defining clause after a thin role, and refuses the role alone', () => {
		expect(thinRole('a Vestan statesman', () => false)).toBe(true);
		expect(thinRole('a Vestan inventor and clockmaker', (w) => /er$/u.test(w))).toBe(true);
		expect(thinRole('a Vestan statesman and reformer of the tax laws', () => false)).toBe(false);
		expect(
			roleWithClause(
				'a Vestan statesman who united the Ostran duchies in 1821 and served as …',
				'a Vestan statesman'
			)
		).toBe('a Vestan statesman who united the Ostran duchies in 1821 and served as …');
		const united = madeUpArticle('Karl Brenn', [
			'Karl Brenn (1790 – 1851) was a Vestan statesman who united the Ostran duchies in 1821. He fought two short wars against Lumen. He also founded the first state schools of Ostra.'
		]).article;
		expect(leadIdeas(united)[0]?.answer).toBe(
			'A Vestan statesman who united the Ostran duchies in 1821'
		);
		const thin = madeUpArticle('Karl Brenn', [
			'Karl Brenn was a Vestan statesman. He fought two short wars against Lumen. He also founded the first state schools of Ostra.'
		]).article;
		expect(leadIdeas(thin)).toEqual([]);
	});

	it('reads a body named with its members as more than a class', () => {
		const key =
			'a medieval commercial and defensive network of merchant guilds and market towns in northern Ostra';
		expect(namesMembers(key)).toBe(true);
		expect(classOnly(key)).toBe(false);
		// A class with no members stays a class.
		expect(classOnly('a medieval commercial network in northern Ostra')).toBe(true);
		expect(classOnly('a species of fungus in the genus Vestia')).toBe(true);
		const { article } = madeUpArticle('Lumen League', [
			'The Lumen League was a medieval commercial and defensive network of merchant guilds and market towns in northern Ostra. It grew from a few river towns in the twelfth century. The League ruled trade on the Lume for three centuries.'
		]);
		expect(leadIdeas(article)[0]).toMatchObject({
			prompt: 'What was the Lumen League?',
			answer:
				'A medieval commercial and defensive network of merchant guilds and market towns in northern Ostra'
		});
	});

	it('reads a plural subject’s bare "streams of …" as its genus, never a count or a sort', () => {
		expect(pluralGenus('streams of charged particles observed in sealed glass tubes')).toBe(true);
		expect(pluralGenus('parts of the old town')).toBe(false);
		expect(pluralGenus('thousands of years old')).toBe(false);
		expect(pluralGenus('less of a problem')).toBe(false);
		const { article } = madeUpArticle('Velm ray', [
			'Velm rays are streams of charged particles observed in sealed glass tubes. They were first described by the physicist Anna Korvel in 1861. Velm rays travel in straight lines and can be bent by a magnet. The study of velm rays led to new particles.'
		]);
		expect(leadIdeas(article)[0]).toMatchObject({
			prompt: 'What are velm rays?',
			answer: 'Streams of charged particles observed in sealed glass tubes'
		});
		// Singular, or a class only ("groups of stars"): no card.
		const groups = madeUpArticle('Velm cluster', [
			'Velm clusters are groups of stars. They were first described by the astronomer Anna Korvel in 1861. Velm clusters move slowly.'
		]).article;
		expect(leadIdeas(groups)).toEqual([]);
	});

	it('asks a pope’s and a Holy Roman Emperor’s dated office as a ruler’s', () => {
		const pope = madeUpArticle('Pope Celian IV', [
			'Pope Celian IV (1101 – 3 May 1160), born as Marco Delvi, was head of the Catholic Church and ruler of the Papal States from 9 June 1150 to his death in 1160. He was born in Lumen to a family of merchants. He called a council in 1155 to reform the clergy.'
		]).article;
		expect(leadIdeas(pope)[0]).toMatchObject({
			prompt: 'Who was Pope Celian IV?',
			answer:
				'Head of the Catholic Church and ruler of the Papal States from 9 June 1150 to his death in 1160'
		});
		const emperor = madeUpArticle('Arvid III', [
			'Arvid III (2 May 1402 – 9 June 1461) was Holy Roman Emperor from 1440 until his death in 1461. He was born in Vesta to a family of counts. He called a diet in 1445 to reform the courts.'
		]).article;
		expect(leadIdeas(emperor)[0]?.answer).toBe(
			'Holy Roman Emperor from 1440 until his death in 1461'
		);
		// An office with no date is nearly the name: no card.
		const undated = madeUpArticle('Arvid III', [
			'Arvid III was Holy Roman Emperor and King of Vesta. He was born in Vesta to a family of counts. He called a diet to reform the courts.'
		]).article;
		expect(leadIdeas(undated)).toEqual([]);
	});
});
