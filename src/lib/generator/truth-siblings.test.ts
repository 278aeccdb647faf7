import { describe, expect, it } from 'vitest';
import {
	classOf,
	distinctDefinitions,
	plausibleSwap,
	siblingIdeas,
	siblings
} from './truth-siblings';
import { madeUpArticle } from './ideas.test-helpers';

const INTRO =
	'This handout explains how a velm plant moves its sap. You will need it for the test.';

const statements = (blocks: string[]) =>
	siblingIdeas(madeUpArticle('Velm plants', blocks).article).map((i) => [i.prompt, i.answer]);

describe('classOf: the class a definition names', () => {
	it('reads the head before its restriction, and the noun of a kind', () => {
		expect(classOf('a substance that speeds up a velm')).toBe('substance');
		expect(classOf('tissue that carries lumic sap up from the roots')).toBe('tissue');
		expect(classOf('a large, curving script used for velm names')).toBe('script');
		expect(classOf('a type of rock formed from cooled velm')).toBe('type of rock');
		expect(classOf('the hormone from the lumic gland')).toBe('hormone');
	});

	it('reads a person by "who" and a process by its "-ing" word', () => {
		expect(classOf('a Velmish monk who refused to pay the tithe')).toBe('person');
		expect(classOf('someone who carried letters across the hills')).toBe('person');
		expect(classOf('burning a velm in oxygen')).toBe('process');
		expect(classOf('having a pH above 7')).toBeUndefined();
		expect(classOf('a building that holds grain')).toBe('building');
	});

	it('names no class for "when" or a bare kind', () => {
		expect(classOf('when a velm grows too large to fit')).toBeUndefined();
		expect(classOf('a type that lasts')).toBeUndefined();
	});
});

describe('siblings: two entries one may swap', () => {
	const xylon = { term: 'Xylon', definition: 'tissue that carries lumic sap up from the roots' };
	const phlon = { term: 'Phlon', definition: 'tissue that carries sugars down from the leaves' };
	it('swaps two definitions of one class that say different things', () => {
		expect(siblings(xylon, phlon)).toBe(true);
	});
	it('swaps no meaning about the handout’s own subject with a general one', () => {
		const subject = new Set(['orla']);
		const drying = {
			term: 'Curing',
			definition: 'the slow process of treating orla pods to bring out their flavour'
		};
		const sowing = {
			term: 'Germination',
			definition: 'bringing a seed to sprout so that a young plant can grow'
		};
		expect(siblings(drying, sowing, subject)).toBe(false);
		expect(siblings(drying, sowing)).toBe(true);
	});
	it('swaps a reversal of the same words around "into"', () => {
		expect(
			siblings(
				{ term: 'Velm dynamo', definition: 'a machine that changes motion into light' },
				{ term: 'Lumic motor', definition: 'a machine that changes light into motion' }
			)
		).toBe(true);
		expect(
			siblings(
				{ term: 'Velm dynamo', definition: 'a machine that changes motion into light' },
				{ term: 'Lumic motor', definition: 'a machine that changes motion into light' }
			)
		).toBe(false);
	});

	it('reads a reversal past a gloss in brackets', () => {
		expect(
			siblings(
				{ term: 'Velm dynamo', definition: 'a machine that changes motion (movement) into light' },
				{ term: 'Lumic motor', definition: 'a machine that changes light into motion' }
			)
		).toBe(true);
		expect(
			siblings(
				{ term: 'Velm dynamo', definition: 'a machine that changes motion (movement) into light' },
				{ term: 'Lumic motor', definition: 'a machine that changes motion into light' }
			)
		).toBe(false);
	});

	it('refuses two classes, shared term words, a definition naming the other, overlap', () => {
		expect(siblings(xylon, { term: 'Stoma', definition: 'a pore that lets gas into a leaf' })).toBe(
			false
		);
		expect(
			siblings(
				{ term: 'Velm rock', definition: 'a rock formed from cooled velm' },
				{ term: 'Deep velm rock', definition: 'a rock formed from velm cooled deep underground' }
			)
		).toBe(false);
		expect(
			siblings(xylon, { term: 'Phlon', definition: 'tissue that, unlike xylon, carries sugars' })
		).toBe(false);
		expect(
			siblings(
				{ term: 'Grazer', definition: 'an animal that eats only grass' },
				{ term: 'Chewer', definition: 'an animal with two stomachs that chews twice' }
			)
		).toBe(false);
		expect(
			siblings(
				{ term: 'Velm tale', definition: 'a story that ends in a wedding' },
				{ term: 'Lumic tale', definition: 'a story that begins with a ghost' }
			)
		).toBe(false);
		expect(
			distinctDefinitions(
				'a rock formed from cooled velm in a deep chamber',
				'a rock formed from cooled velm at the surface',
				'rock'
			)
		).toBe(false);
	});
});

describe('plausibleSwap: a gloss that could pass for the other', () => {
	it('takes one class said in the same words, of similar length', () => {
		expect(
			plausibleSwap('tissue that carries lumic sap up', 'tissue that carries sugars down')
		).toBe(true);
		expect(
			plausibleSwap(
				'a warm-blooded animal with fur that feeds on sap',
				'an animal that feeds on sap'
			)
		).toBe(false);
		expect(
			plausibleSwap(
				'a rock that cools fast',
				'a rock that cools slowly deep under the old velm hills'
			)
		).toBe(false);
	});
});

describe('siblingIdeas: a term given its sibling’s definition (gen68)', () => {
	it('asks the first entry with a sibling in the same list, false and true', () => {
		expect(
			statements([
				INTRO,
				'# Key terms',
				'Xylon – tissue that carries lumic sap up from the roots.',
				'Phlon – tissue that carries sugars down from the leaves to the stem.',
				'Stoma – a pore that lets gas into a leaf.'
			])
		).toEqual([
			[
				'The term “xylon” means tissue that carries sugars down from the leaves to the stem.',
				'false'
			],
			['The term “xylon” means tissue that carries lumic sap up from the roots.', 'true']
		]);
	});

	it('swaps no gloss of a narrower class or of another length (H29: “mammal”)', () => {
		expect(
			statements([
				INTRO,
				'# Key terms',
				'Velmid – a warm-blooded animal with fur that feeds its young on sap.',
				'Lumivore – an animal that feeds mainly on lumic beetles.'
			])
		).toEqual([]);
		expect(
			statements([
				INTRO,
				'# Key terms',
				'Velmish – tracing a family through the mother.',
				'Lumage – dividing the shared valley land into small plots owned by each family.'
			])
		).toEqual([]);
		// A process for an adjective ("matrilineal", H29 S22) is the wrong kind of meaning.
		expect(
			statements([
				INTRO,
				'# Key terms',
				'Velmineal – tracing a family line through the mother.',
				'Lumament – dividing the valley land into small family plots.'
			])
		).toEqual([]);
		expect(
			statements([
				INTRO,
				'# Key terms',
				'Velmation – tracing a family line through the mother.',
				'Lumament – dividing the valley land into small family plots.'
			]).map(([, answer]) => answer)
		).toEqual(['false', 'true']);
	});

	it('asks nothing when no two entries share a class', () => {
		expect(
			statements([
				INTRO,
				'# Key terms',
				'Xylon – tissue that carries lumic sap up from the roots.',
				'Stoma – a pore that lets gas into a leaf.',
				'Velmant – a substance that is used up in a velm reaction.'
			])
		).toEqual([]);
	});
});
