import { describe, expect, it } from 'vitest';
import { truthIdeas } from './idea-truth';
import { madeUpArticle } from './ideas.test-helpers';
import { chooseIdeas } from './ideas';
import { kindCap } from './idea-caps';
import { pointsIntoArticle } from './standalone';
import { leavesStatedRange, statedRanges } from './year-bounds';

// The founding year lies within a believable false year of the others (`believableFalseYear`).
const ostra = [
	'Ostra is a port town on the coast of Varnland, founded by fishers in 1642.',
	'The town harbour was rebuilt by Marta Kell in 1688 after a great storm. Ostra traded salt with Elsby and Dunmere.',
	'The Ostra lighthouse stands 42 metres tall on the northern cape. The old mill of Dunmere stands 12 metres tall.',
	'Jonas Berg built the first bridge of Ostra in 1702. Berg was a carpenter from Elsby.'
];

describe('kind 10: a central claim of the body as true or false', () => {
	it('swaps one year or number for another of the same kind the document gives', () => {
		const { article } = madeUpArticle('Ostra', ostra);
		const ideas = truthIdeas(article);
		expect(ideas.length).toBeGreaterThanOrEqual(3);
		for (const idea of ideas) {
			expect(idea.type).toBe('truefalse');
			const said = idea.context!;
			if (idea.answer === 'true') expect(idea.prompt).toBe(said);
			else {
				// One element swapped, never a "not" added.
				expect(idea.prompt).not.toBe(said);
				expect(idea.prompt).not.toMatch(/\bnot\b/u);
				expect(idea.prompt.split(/\s+/u).length).toBe(said.split(/\s+/u).length);
				expect(idea.explanation).toMatch(/^False: .* gives /u);
			}
		}
		const answers = ideas.map((i) => i.answer);
		// Balanced: as many true as false, within one.
		const trues = answers.filter((a) => a === 'true').length;
		expect(Math.abs(trues * 2 - answers.length)).toBeLessThanOrEqual(1);
	});

	it('makes a false statement from the same kind: a year for a year, a height for a height', () => {
		const { article } = madeUpArticle('Ostra', ostra);
		const falses = truthIdeas(article).filter((i) => i.answer === 'false');
		for (const idea of falses) {
			const swapped = idea.prompt
				.split(/\s+/u)
				.find((w, i) => w !== idea.context!.split(/\s+/u)[i]);
			if (/^\d{4}$/u.test(idea.span!)) expect(swapped).toMatch(/^\d{4}/u);
			else if (/^\d+$/u.test(idea.span!)) expect(swapped).toMatch(/^\d+$/u);
			else expect(swapped).toMatch(/^\p{Lu}/u);
		}
	});

	it("swaps no year that opens a range: 'between 1845 and the early 1850s' (gen33)", () => {
		const ranged = [
			...ostra.slice(0, 3),
			'Between 1702 and the late 1720s about nine thousand people left Ostra for Elsby.',
			'From 1688 to the great flood the harbour of Ostra took ships of every size.'
		];
		const { article } = madeUpArticle('Ostra', ranged);
		const spans = truthIdeas(article)
			.filter((i) => /Between|From/u.test(i.context!))
			.map((i) => i.span);
		expect(spans).not.toContain('1702');
		expect(spans).not.toContain('1688');
	});

	it('states no election or local office the lead does not name (U19 S10)', () => {
		const { article } = madeUpArticle('Ostra', [
			'Ostra is a port town on the coast of Varnland, founded by fishers in 1412.',
			'Jonas Berg was elected mayor of Ostra in 1702 on a promise to rebuild the harbour.',
			'Marta Kell was re-elected to the town council of Ostra in 1710 after a great storm.',
			'The harbour of Ostra was rebuilt by Marta Kell in 1688 after a great storm.'
		]);
		const said = truthIdeas(article).map((i) => i.context);
		expect(said.some((s) => /elected/u.test(s!))).toBe(false);
		expect(said.some((s) => /harbour of Ostra was rebuilt/u.test(s!))).toBe(true);
	});

	it('swaps no year of a scene: a state, not an event (H2 S09)', () => {
		const { article } = madeUpArticle('Ostra', [
			'In 1702 most people of Ostra were proud to be Varnish subjects.',
			'Ostra is a port town on the coast of Varnland, founded by fishers in 1412.',
			'The harbour of Ostra was rebuilt by Marta Kell in 1688 after a great storm.'
		]);
		const said = truthIdeas(article).map((i) => i.context);
		expect(said.some((s) => /proud/u.test(s!))).toBe(false);
		expect(said.some((s) => /harbour of Ostra was rebuilt/u.test(s!))).toBe(true);
	});

	it("states no one's view, hedge, negation or pointer, and no sentence with two years", () => {
		const { article } = madeUpArticle('Ostra', [
			'Ostra is a port town on the coast of Varnland, founded by fishers in 1412.',
			'According to Marta Kell, the harbour was rebuilt in 1688 after a great storm.',
			'The harbour was probably rebuilt in 1690 by Jonas Berg.',
			'The mill was not rebuilt in 1702 by the town of Elsby.',
			'This harbour was rebuilt by the town council of Dunmere in 1720.',
			'The market of Ostra ran from 1500 to 1650 under the lords of Elsby.'
		]);
		expect(truthIdeas(article).filter((i) => i.sentence.index > 0)).toEqual([]);
	});

	it("states no unnamed 'the protectorate', no story's setting, no praise and no swapped name", () => {
		const { article } = madeUpArticle('Ostra', [
			'Ostra is a port town on the coast of Varnland, founded by fishers in 1412.',
			'In 1688 the protectorate of Ostra was rebuilt by fishers from Varnland. In 1702 the protectorate was annexed to Varnland.',
			'In 1757, Ostra is a small village in the novel by Marta Kell.',
			'Ostra was praised by the historian Jonas Berg in 1820.',
			'Ostra was visited by Marta Kell, and Jonas Berg drew its harbour.'
		]);
		const prompts = truthIdeas(article).map((i) => i.context);
		expect(prompts).not.toContain('In 1702 the protectorate was annexed to Varnland.');
		expect(prompts).not.toContain('In 1757, Ostra is a small village in the novel by Marta Kell.');
		expect(prompts).not.toContain('Ostra was praised by the historian Jonas Berg in 1820.');
		expect(prompts).toContain(
			'In 1688 the protectorate of Ostra was rebuilt by fishers from Varnland.'
		);
	});
});

describe('statements only in a handout (gen18, 25 of 45 passed in long articles)', () => {
	it('states nothing of an article over 1,200 words', () => {
		const long = [
			...ostra,
			...Array.from({ length: 250 }, () => 'Velm boats sail from the wet north.')
		];
		expect(truthIdeas(madeUpArticle('Ostra', long).article)).toEqual([]);
	});
});

describe('body kinds scale with the text (gen18)', () => {
	it("gives a statement per 250 words, at least one, and keeps a lead's single cap", () => {
		const { article } = madeUpArticle('Ostra', ostra);
		expect(kindCap('truth', { ...article, wordCount: 300 })).toBe(1);
		expect(kindCap('truth', { ...article, wordCount: 650 })).toBe(2);
		expect(kindCap('truth', { ...article, wordCount: 1250 })).toBe(5);
		expect(kindCap('cause', { ...article, wordCount: 1250 })).toBe(2);
		expect(kindCap('lead', { ...article, wordCount: 5000 })).toBe(1);
	});

	it('keeps two true statements of a handout: a statement, not its "true", is what it asks (gen20a)', () => {
		const { article } = madeUpArticle('Ostra', ostra);
		const ideas = truthIdeas(article);
		const kept = chooseIdeas(ideas, { ...article, wordCount: 1000 }, () => true);
		expect(kept.length).toBeGreaterThan(2);
		expect(new Set(kept.map((c) => c.question.prompt)).size).toBe(kept.length);
	});

	it('reads "such as" as no pointer, "such alliances" as one', () => {
		expect(pointsIntoArticle('Farms use fertilisers such as urea and nitrate.')).toBe(false);
		expect(pointsIntoArticle('Such alliances divided the continent.')).toBe(true);
		expect(pointsIntoArticle('The kings feared such alliances.')).toBe(true);
	});
});

describe('a false year the sentence itself rules out (blind review 2027-01-16 S51)', () => {
	it('reads the year ranges a sentence states', () => {
		expect(statedRanges('Under Arvid (ruled 1402–1410), and in the war of 1914-18.')).toEqual([
			[1402, 1410],
			[1914, 1918]
		]);
		expect(
			statedRanges('From 1688 to 1702 the harbour grew; between 1702 and 1720 it shrank.')
		).toEqual([
			[1688, 1702],
			[1702, 1720]
		]);
		const arvid = 'King Arvid (ruled 1402–1410) burned Elsby in 1408.';
		expect(leavesStatedRange(arvid, 1408, 1412)).toBe(true);
		expect(leavesStatedRange(arvid, 1408, 1405)).toBe(false);
	});

	it('swaps a year only for one inside the range the sentence gives around it', () => {
		// 1412 (the founding) is nearer 1408 than 1403 is, but outside Arvid's reign.
		const siege = 'The army of Varnland took the city of Elsby in 1403 after a long siege.';
		const ruled =
			"Under Arvid (ruled 1402–1410), Osric's grandson Tarn led an army into the Varn Hills and sacked Kessby in 1408, ending the Dunmere line.";
		// Which statements ship false alternates along the article: vary what comes before.
		const falses = [0, 1, 2, 3, 4].flatMap((k) => {
			const { article } = madeUpArticle('Ostra', [...ostra.slice(0, k), siege, ruled]);
			return truthIdeas(article).filter((i) => i.context === ruled && i.answer === 'false');
		});
		expect(falses.length).toBeGreaterThan(0);
		for (const idea of falses) expect(idea.prompt).toMatch(/sacked Kessby in 140\d,/u);
	});
});

describe('a statement that leaves "the disease" or "the story" unnamed (H14, gen54)', () => {
	it('refuses "the disease in <date>" and "The story …", keeps a named one', () => {
		const { article } = madeUpArticle('Velm Fever', [
			'Velm fever swept through the port of Ostra in 1799 and again in 1802.',
			'General Orsk died of the disease in November 1802 at Ostra.',
			'The story of Ostra was first written down by Ada Varn in 1811.',
			'The story ends in Ostra harbour during the great storm of 1806.',
			'The disease in Ostra was first described by Ivo Marn in 1805.'
		]);
		const said = truthIdeas(article).map((i) => i.prompt);
		expect(said.some((p) => p.startsWith('General Orsk'))).toBe(false);
		expect(said.some((p) => p.startsWith('The story ends'))).toBe(false);
		expect(said.some((p) => p.startsWith('The story of Ostra'))).toBe(true);
	});
});

describe('kind 10: no false year for an event on a cycle (blind review H16)', () => {
	it('asks the election true, never false', () => {
		const { article } = madeUpArticle('Velm Elections, A Handout', [
			'Velm held elections from 1920 to 1940.',
			'In 1928 Ivo Brandt became leader of the Velm Party. In the general election of July 1932, the Velm Party won a huge majority. In 1936 Brandt retired to his farm in Ostra.'
		]);
		const election = truthIdeas(article).filter((i) => i.prompt.includes('general election'));
		expect(election.map((i) => [i.prompt, i.answer])).toEqual([
			['In the general election of July 1932, the Velm Party won a huge majority.', 'true']
		]);
	});
});
