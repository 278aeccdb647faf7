import { describe, expect, it } from 'vitest';
import { termIdeas } from './idea-term';
import { happeningIdeas } from './idea-happening';
import { madeUpArticle } from './ideas.test-helpers';

/** The paragraphs of a made-up handout on glowing plants. */
function leafText(): string[] {
	return [
		'Glowing is the process by which velm plants make light from sugar and air.',
		'Glowing takes place in lumosomes. A lumosome is an organelle surrounded by a double membrane. Inside the lumosome are stacks of sacs; a stack of sacs is called a lumen.',
		'The fluid around the lumen is called the matrix. Each lumen holds a pigment, and the matrix holds enzymes. Stomata are pores on the lower surface that let air into the leaf. Each stoma is opened by two guard cells.'
	];
}

describe('kind 8: the key terms a text defines in its body', () => {
	const leaf = leafText();

	it('asks what a term is and what a described thing is called, when the text uses the term again', () => {
		const { article } = madeUpArticle('Glowing', leaf);
		expect(termIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What is a lumosome?', 'An organelle surrounded by a double membrane'],
			['What is a stack of sacs called?', 'Lumen'],
			['What is the fluid around the lumen called?', 'Matrix'],
			['What are stomata?', 'Pores on the lower surface that let air into the leaf']
		]);
	});

	it('asks no passing term, no proper name, no subject, and no key that hedges, ranks or points back', () => {
		const { article } = madeUpArticle('Glowing', [
			'Glowing is the process by which velm plants make light from sugar and air.',
			'A bellow is a tool that blows air into a fire.',
			'Ostra is a town on the coast of the northern sea. Ostra was founded by fishers.',
			'A lumosome is usually a small organelle found in the leaf. The lumosome glows.',
			'A marker is the most common organelle found in the leaf. The marker glows.',
			'A pod is a sac that it keeps near the root. The pod glows.',
			'Glowing is a reaction that needs light from the sun. Glowing stops at night.',
			'Treatment is the adjustment of problems in young people. Treatment failed.',
			'Selection is a process whereby plants are selected as parents. Selection is slow.'
		]);
		expect(termIdeas(article)).toEqual([]);
	});
});

describe('kind 8: a term with its referent (H3 S06, S20, S46)', () => {
	it('asks no property as a gloss, names the whole a part belongs to, refuses a part of nothing', () => {
		const { article } = madeUpArticle('The Velm Chart', [
			'The velm chart arranges all known glows in rows.',
			'The glow is always in the same direction as the wind. The glow fades at night.',
			'The horizontal rows of the chart are called bands, and there are seven. Each band is bright. The velm chart is useful.',
			'The vertical columns are called stacks. Each stack is tall.'
		]);
		expect(termIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What are the horizontal rows of the velm chart called?', 'Bands']
		]);
	});
});

describe('kind 8: a word with another well-known sense is asked in its field (H3 S16)', () => {
	it('asks "in meteorology" in a weather handout, and nothing where the text names no field', () => {
		const weather = [
			'The weather of Ostra is wet and mild.',
			'A depression is an area of low pressure over the sea. A depression brings rain to Ostra. The weather turns wet.',
			'A lumosome is an area of warm air over the hills. The lumosome brings storms.'
		];
		const { article } = madeUpArticle('Ostran Skies', weather);
		expect(termIdeas(article).map((i) => i.prompt)).toEqual([
			'What is a depression in meteorology?',
			'What is a lumosome?'
		]);
		const { article: bare } = madeUpArticle('Ostran Skies', [
			'The sky of Ostra is grey.',
			...weather.slice(1).map((b) => b.replace('The weather turns wet.', 'The sky turns grey.'))
		]);
		expect(termIdeas(bare).map((i) => i.prompt)).toEqual(['What is a lumosome?']);
	});
});

describe('kind 8: textbook definitions of plural terms and named classes (gen20a, issue 12)', () => {
	it('asks a plural term after adjectives, a letter-shaped class, an aside of examples and "a class called X that …"', () => {
		const { article } = madeUpArticle('The Velm Defences', [
			'The velm defends itself against spores, thorns, resins and velmase in three ways.',
			'Spores are single-celled organisms that can grow rapidly inside the velm and may release poisons. Spores spread in wet weather.',
			'A thorn is a Y-shaped spine whose tip is bent towards the stem, so each thorn can catch only one leaf. Every thorn is hard.',
			'Sap contains an enzyme called velmase that breaks down fungal cell walls. The velm also stores sugar.',
			'Resins, such as amber, found by Ivo Holm in 1820, are liquids that seal wounds in the bark. Resins harden in air.'
		]);
		expect(termIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What are spores?', 'Single-celled organisms that can grow rapidly inside the velm'],
			['What is a thorn?', 'A Y-shaped spine whose tip is bent towards the stem'],
			['What is velmase?', 'An enzyme that breaks down fungal cell walls'],
			['What are resins?', 'Liquids that seal wounds in the bark']
		]);
	});

	it('asks no comparison, participle or adverb as a plural class, and no named class that hedges or points', () => {
		const { article } = madeUpArticle('The Velm Defences', [
			'The velm defends itself against spores, hooks and velmose in three ways.',
			'Spores are much smaller than seeds. Spores are released as clouds. Spores are very sensitive to changes in light.',
			'Sap contains an enzyme called velmase that may break down cell walls. Bark holds a sugar called velmose that it stores.',
			'Hooks are single-celled organisms that it makes. Hooks grow.'
		]);
		expect(termIdeas(article)).toEqual([]);
	});
});

describe('kind 8 only in a handout of at most 1,200 words (gen17b)', () => {
	it('asks no term of a long article, and no word that names no thing', () => {
		const long = [
			...leafText(),
			...Array.from({ length: 120 }, () => 'Velm plants grow in the dark wet woods of the north.')
		];
		const { article } = madeUpArticle('Glowing', long);
		expect(termIdeas(article)).toEqual([]);
		const { article: odd } = madeUpArticle('Budding', [
			'Budding is how most velms reproduce.',
			'Exceptions are animals and some protists that live in water. Exceptions are rare.'
		]);
		expect(termIdeas(odd)).toEqual([]);
	});

	it("asks a long article's term in its field, the title's common words (gen18)", () => {
		const long = [
			...leafText(),
			...Array.from({ length: 120 }, () => 'Velm botany is the study of plants of the north.')
		];
		const { article } = madeUpArticle('Velm botany', long);
		expect(termIdeas(article).map((i) => i.prompt)).toContain('What is a lumosome in velm botany?');
		// The field naming the term gives it away: "What are endocrinologists in endocrinology?".
		const { article: named } = madeUpArticle('Lumosomology', [
			...leafText(),
			...Array.from(
				{ length: 120 },
				() => 'The field of lumosomology is the study of plants of the north.'
			)
		]);
		expect(termIdeas(named).map((i) => i.prompt)).not.toContain(
			'What is a lumosome in lumosomology?'
		);
	});

	it('asks no part named with no whole: "the outermost layer" of what? (U21 S35)', () => {
		const { article } = madeUpArticle('Glowing', [
			'Glowing is the process by which velm plants make light from sugar and air.',
			'The outermost layer is called the rind. The rind is thick.',
			'The outermost layer of the lumosome is called the skin. The skin is thin.'
		]);
		expect(termIdeas(article).map((i) => i.prompt)).toEqual([
			'What is the outermost layer of the lumosome called?'
		]);
	});
});

describe('kind 9: the year of a named event told in the body', () => {
	it('asks the year a named treaty was signed and a named battle took place', () => {
		const { article } = madeUpArticle('The Varn War', [
			'The Varn War was a war between Ostra and Lumen that lasted from 1701 to 1709.',
			'The Battle of Kessel began on 1 July 1704; on its first day the Ostran army lost half its men.',
			'The Treaty of Lumen was signed on 28 June 1709, five years after the battle.',
			'The Ostran Revolution of 1720 ended the war party’s rule.'
		]);
		expect(happeningIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['In what year did the Battle of Kessel take place?', '1704'],
			['In what year was the Treaty of Lumen signed?', '1709']
		]);
	});

	it('asks nothing the text dates twice otherwise, and no event that is no named event', () => {
		const { article } = madeUpArticle('The Varn War', [
			'The Battle of Kessel began on 1 July 1704.',
			'The Battle of Kessel began in 1705, say other sources.',
			'The Kessel Bridge was opened in 1710.'
		]);
		expect(happeningIdeas(article)).toEqual([]);
	});
});

describe('kind 8: a handout’s textbook definitions by a definite class (gen24, the outsider)', () => {
	const stream = [
		'# Streams and Grains',
		'Streams carry grains of rock down to the sea. Scouring is the wearing away of the bed and banks of a stream. In a flood the water moves fast and scouring is quick. The channel deepens by scouring.',
		'A velm bond is the strong attraction between two grains of opposite charge. Each velm bond holds grains together in the mud. A velm bond breaks when the mud dries.',
		'A burrow is the place where a glowworm lives. Glowworms feed at night.',
		'Silting is the result of slow water on the bed. Silting fills the channel. Silting harms fish.',
		'A drift is the largest grain that a stream can lift. Each drift rolls. A drift stops in pools.',
		'A ripple is the shape of the bed in a slow stream. Ripples form in sand. A ripple moves slowly.'
	];

	it('asks a key term defined by "the N of/between …" and a term taught by "the N where …"', () => {
		const { article } = madeUpArticle('Streams and Grains', stream);
		expect(termIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What is scouring?', 'The wearing away of the bed and banks of a stream'],
			['What is a velm bond?', 'The strong attraction between two grains of opposite charge'],
			['What is a burrow?', 'The place where a glowworm lives']
		]);
	});
});

describe('a definition before ", because …" keeps no comma (blind review H30 S74)', () => {
	it('cuts the cause and its comma', () => {
		const { article } = madeUpArticle('Velm Blood', [
			'This handout explains velm blood. You will need it for the test.',
			'Velmia is a condition in which the blood cannot carry enough lumen, because there are too few pods. Velmia makes people tired.'
		]);
		expect(termIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What is velmia?', 'A condition in which the blood cannot carry enough lumen']
		]);
	});
});
