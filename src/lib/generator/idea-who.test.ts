import { describe, expect, it } from 'vitest';
import { leadIdeas } from './idea-lead';
import { madeUpArticle } from './ideas.test-helpers';
import { classOnly } from './idea-key';
import { namesMembers } from './idea-members';
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
});
