import { describe, expect, it } from 'vitest';
import { glossaryEntry, glossaryIdeas } from './idea-glossary';
import { chooseIdeas } from './ideas';
import { kindCap } from './idea-caps';
import { madeUpArticle } from './ideas.test-helpers';

const cards = (blocks: string[]) =>
	glossaryIdeas(madeUpArticle('Velm rates', blocks).article).map((i) => [i.prompt, i.answer]);

const INTRO = 'This handout explains how fast velm reactions go. You will need it for the test.';

describe('glossaryIdeas: a handout’s key-term list (gen35)', () => {
	it('asks each entry’s term, the key its definition without the example', () => {
		expect(
			cards([
				INTRO,
				'# Key terms',
				'Velmant – a substance that is used up in a velm reaction.',
				'Lumic decay: burning a velm in oxygen, e.g. velm + oxygen → lumite.',
				'VLH – the hormone from the lumic gland that controls velm uptake.'
			])
		).toEqual([
			['What is meant by the term “velmant”?', 'A substance that is used up in a velm reaction'],
			['What is meant by the term “lumic decay”?', 'Burning a velm in oxygen'],
			[
				'What is meant by the term “VLH”?',
				'The hormone from the lumic gland that controls velm uptake'
			]
		]);
	});

	it('asks no clause, no lone entry; a list line even of a term the text defines too', () => {
		expect(
			cards([
				INTRO,
				'# Key terms',
				'A velmant is a substance that is used up.',
				'Velmant – a substance that is used up in a velm reaction.',
				'Oxidation: a substance gains oxygen, as when iron rusts.',
				'Eccentricity – the shape of the orbit changes from round to oval.',
				'Mouth: where the river meets the sea.',
				'Lumic decay – burning a velm in oxygen.'
			])
		).toEqual([
			// The text's own "A velmant is …" is refused as a second gloss (`idea-second-answer.ts`, gen79).
			['What is meant by the term “velmant”?', 'A substance that is used up in a velm reaction'],
			['What is meant by the term “lumic decay”?', 'Burning a velm in oxygen']
		]);
		// One "Term: definition" line is no list.
		expect(cards([INTRO, 'Velmant – a substance that is used up in a velm reaction.'])).toEqual([]);
	});
});

/** Blind review H11 (2027-01-18): lists' labels asked as terms, a definition cut at its example. */
describe('glossaryIdeas: lists are not glossaries (gen44)', () => {
	it('asks no label of a list of measures or threats that the text never names again', () => {
		expect(
			cards([
				INTRO,
				'# Slowing velm decay',
				'Cooling – keeping the velm below ten degrees so that it reacts slowly.',
				'Sealing – closing the jar so that no air reaches the velm.',
				'Lumping – pressing velm into blocks, as the old lumite works did.',
				'# Why velm stores fail',
				'Neglect – nobody checks the jars for months at a time.',
				'Damp and flooding – water gets into the store and spoils the velm.',
				'Mould – a grey fungus that grows on wet velm.',
				'After a flood, lumping was the only way to save a store.'
			])
		).toEqual([
			[
				'What is meant by the term “lumping”?',
				'Pressing velm into blocks, as the old lumite works did'
			],
			['What is meant by the term “mould”?', 'A grey fungus that grows on wet velm']
		]);
	});

	it('keeps a key-terms list whatever the text says elsewhere', () => {
		expect(
			cards([
				INTRO,
				'# Key terms',
				'Cooling – keeping a velm below ten degrees so that it reacts slowly.',
				'Sealing – closing a jar so that no air reaches the velm.'
			]).map(([prompt]) => prompt)
		).toEqual(['What is meant by the term “cooling”?', 'What is meant by the term “sealing”?']);
	});

	it('keeps the defining clause after an example aside', () => {
		expect(
			cards([
				INTRO,
				'# Key terms',
				'Velm cue – an outside signal, such as heat, that starts a velm reaction.',
				'Lumite – a grey solid, such as the crust on old jars.'
			])
		).toEqual([
			['What is meant by the term “velm cue”?', 'An outside signal that starts a velm reaction'],
			['What is meant by the term “lumite”?', 'A grey solid']
		]);
	});
});

describe('a key-term list is asked whole, within its cap (gen49, issue 12)', () => {
	const scripts = [
		INTRO,
		'# Key terms',
		'Velmic – an early angular script named after Velm in Ostra.',
		'Lumith – a large, curving display script.',
		'Ostaliq – a flowing Ostran script.',
		'Varnal – a reed pen used for velmic writing.'
	];

	it('keeps two entries whose definitions end on one noun: two terms, not one idea', () => {
		const { article } = madeUpArticle('Velm writing', scripts);
		const kept = chooseIdeas(glossaryIdeas(article), { ...article, wordCount: 980 }, () => true);
		expect(kept.map((c) => c.question.prompt)).toEqual(
			expect.arrayContaining([
				'What is meant by the term “lumith”?',
				'What is meant by the term “ostaliq”?'
			])
		);
	});

	it('lets a list give a card per entry whatever the length, up to twenty (gen80)', () => {
		const { article } = madeUpArticle('Velm writing', scripts);
		expect(kindCap('glossary', { ...article, wordCount: 150 })).toBe(40);
		expect(kindCap('glossary', { ...article, wordCount: 570 })).toBe(40);
		expect(kindCap('glossary', { ...article, wordCount: 1900 })).toBe(40);
		// Other kinds keep their cap of five.
		expect(kindCap('truth', { ...article, wordCount: 1900 })).toBe(5);
	});
});

describe('a term glossed in the text and in the key-terms list is asked once (gen49)', () => {
	it('asks the list’s entry, without the text’s article', () => {
		expect(
			cards([
				INTRO,
				'An velmant: a substance containing ions that can move.',
				'A lumant: a substance that gives up velm easily.',
				'# Key terms',
				'Velmant – a substance containing mobile ions that lets charge flow in the cell.',
				'Ostrant – a substance that takes up velm in a cell.'
			])
		).toEqual([
			['What is meant by the term “lumant”?', 'A substance that gives up velm easily'],
			[
				'What is meant by the term “velmant”?',
				'A substance containing mobile ions that lets charge flow in the cell'
			],
			['What is meant by the term “ostrant”?', 'A substance that takes up velm in a cell']
		]);
	});
});

describe('a sentence before a colon is no term, and a key telling what happens no definition (gen49, h39)', () => {
	it('asks neither "both are lumic" nor a key with a present verb in its main clause', () => {
		expect(
			cards([
				INTRO,
				'# Key terms',
				'Both are lumic: an increase of 1 in velm means ten times more light.',
				'Velmifier – a small, changing input signal controls a larger current.',
				'Ostrant – a substance that takes up velm in a cell.',
				'Lumant – a material whose velm lies between that of a metal and a salt.'
			])
		).toEqual([
			['What is meant by the term “ostrant”?', 'A substance that takes up velm in a cell'],
			[
				'What is meant by the term “lumant”?',
				'A material whose velm lies between that of a metal and a salt'
			]
		]);
	});
});

describe('list labels and names in a handout’s list (H13, gen52)', () => {
	it('asks no past clause, no stage label and no place; keeps a name’s capital', () => {
		expect(
			cards([
				INTRO,
				'The Lumic velm is a machine. The Lumic velm turns in water.',
				'# Key terms',
				'Railways: the velm made single-track lines safer and allowed more trains to run.',
				'Empire: a cable reached Ostra in 1870 and linked the realm.',
				'Early illness: a sudden high fever, headache and exhaustion.',
				'Kessel – the town in Ostra whose quarries supplied the white stone.',
				'Lumic velm – a reaction machine in which water flows inwards through curved blades.',
				'Velmant – a substance made by the lumic gland.',
				'Velm shield – a large curved rectangular shield made of layers of wood.'
			])
		).toEqual([
			[
				'What is meant by the term “Lumic velm”?',
				'A reaction machine in which water flows inwards through curved blades'
			],
			['What is meant by the term “velmant”?', 'A substance made by the lumic gland'],
			[
				'What is meant by the term “velm shield”?',
				'A large curved rectangular shield made of layers of wood'
			]
		]);
	});
});

describe('a label over a sentence is no term (blind review H17 S25)', () => {
	const entry = (text: string) =>
		glossaryEntry(madeUpArticle('Velm Spiders', [text]).article.sentences[0])?.term;

	it('reads no term from a label whose line is a clause with a possessive subject', () => {
		expect(entry("Body parts: a velm spider's body has two main parts and eight legs.")).toBe(
			undefined
		);
		expect(entry('Body parts: a spider’s body has two main parts and eight legs.')).toBe(undefined);
	});

	it('still reads a term whose definition is a class with a possessive inside it', () => {
		expect(entry("Spinneret: an organ at the end of a spider's abdomen that makes silk.")).toBe(
			'Spinneret'
		);
	});
});

/** gen63: a key-terms list's definitions that open on "the …", a bare noun phrase or "when". */
describe('glossaryIdeas: a key-terms list defines in its own words (gen63, issue 12)', () => {
	it('asks "the …", bare noun phrases and "when …" under a key-terms heading', () => {
		expect(
			cards([
				INTRO,
				'# Key terms',
				'Velmary – the base-7 counting system; one velm digit stands for three marks.',
				'Lumic claims (LC) – legal claims on the gold in a velm field.',
				'Velm drift – when a velm reaction slows down because the jar is too cold.',
				'Ostrite – light, porous grey rock full of velm bubbles.'
			])
		).toEqual([
			['What is meant by the term “velmary”?', 'The base-7 counting system'],
			['What is meant by the term “lumic claims”?', 'Legal claims on the gold in a velm field'],
			[
				'What is meant by the term “velm drift”?',
				'When a velm reaction slows down because the jar is too cold'
			],
			['What is meant by the term “ostrite”?', 'Light, porous grey rock full of velm bubbles']
		]);
	});

	it('reads a participle that modifies a noun as part of the noun phrase, not a verb', () => {
		expect(
			cards([
				INTRO,
				'# Key terms',
				'Velm ash – fine powder obtained from old bones.',
				'Lumic glass – crushed glass mixed into new bricks.',
				'Velm loss – velm lost the store in a week.'
			])
		).toEqual([
			['What is meant by the term “velm ash”?', 'Fine powder obtained from old bones'],
			['What is meant by the term “lumic glass”?', 'Crushed glass mixed into new bricks']
		]);
	});

	it('refuses clauses, numbers and pointers under the heading, and all of these outside it', () => {
		expect(
			cards([
				INTRO,
				'# Key terms',
				'Velm loss – rising heat can spoil a whole store in a week.',
				'Lumium – element 84, found in velm jars and named after Lum.',
				'Ostal – where the velm is kept in winter.',
				'Varnite – a grey solid that forms on old jars.',
				'Lumite – a grey solid that forms on new jars.'
			]).map(([prompt]) => prompt)
		).toEqual(['What is meant by the term “varnite”?', 'What is meant by the term “lumite”?']);
		expect(
			cards([
				INTRO,
				'# How velm is stored',
				'Velmary – the base-7 counting system used by the store keepers.',
				'Lumic rights (LR) – a legal right over the lumite a miner digs.',
				'Ostrite – light, porous grey rock full of velm bubbles.'
			])
		).toEqual([]);
	});
});

describe('glossaryIdeas: a key-terms list written in lower case (gen66)', () => {
	it('reads a lower-case term under a key-terms heading, not outside one', () => {
		expect(
			cards([
				INTRO,
				'note: velm reactions go faster when warm.',
				'# Key terms',
				'velmant – a substance that is used up in a velm reaction.',
				'lumic decay: the slow loss of light from a velm crystal.'
			])
		).toEqual([
			['What is meant by the term “velmant”?', 'A substance that is used up in a velm reaction'],
			['What is meant by the term “lumic decay”?', 'The slow loss of light from a velm crystal']
		]);
	});

	it('asks no entry whose definition goes on after its example', () => {
		expect(
			cards([
				INTRO,
				'# Key terms',
				'velmant – a substance that is used up in a velm reaction.',
				'lumic node – a joined point, such as a crystal or a grain, on a velm lattice.',
				'lumic decay: the slow loss of light from a velm crystal.'
			]).map(([prompt]) => prompt)
		).toEqual(['What is meant by the term “velmant”?', 'What is meant by the term “lumic decay”?']);
	});
});

/**
 * H27 (gen72): a key-terms list's everyday words were refused before H20 framed every term in
 * its handout, and "across a" read as a present verb and its object.
 */
describe('glossaryIdeas: a key-terms list’s own entries (gen72)', () => {
	it('asks a one-word term with an everyday sense under a key-terms heading, not outside one', () => {
		expect(
			cards([
				INTRO,
				'# Velm plants',
				'Product – a new substance formed in a velm reaction.',
				'Crust – the hard grey layer that forms on old velm.',
				'# Key terms',
				'Product – a new substance formed in a velm reaction.',
				'Crust: the hard grey layer that forms on old velm.'
			])
		).toEqual([
			['What is meant by the term “product”?', 'A new substance formed in a velm reaction'],
			['What is meant by the term “crust”?', 'The hard grey layer that forms on old velm']
		]);
	});

	it('reads a preposition ending in "s" as no present verb, and a verb still as one', () => {
		const entry = (text: string) => glossaryEntry({ text, section: 'Key terms' } as never)?.key;
		expect(entry('Lumicule: a grain that carries light across a velm crystal.')).toBe(
			'a grain that carries light across a velm crystal'
		);
		expect(entry('Velm class: the class a velm belongs to.')).toBe('the class a velm belongs to');
		expect(entry('Lumic pump: a small pump controls a larger flow of velm.')).toBeUndefined();
	});

	it('reads an irregular participle and a relative clause’s preposition as no verb', () => {
		const entry = (text: string) => glossaryEntry({ text, section: 'Key terms' } as never)?.key;
		expect(entry('Lumic glow: faint light left over from a velm fire.')).toBe(
			'faint light left over from a velm fire'
		);
		expect(entry('Velm slabs: the large pieces into which a velm crystal is cut.')).toBe(
			'the large pieces into which a velm crystal is cut'
		);
		// A verb and its preposition before the relative clause is still a clause.
		expect(entry('Velm drift: the velm moves into a jar that holds it.')).toBeUndefined();
	});

	it('asks no entry whose verb comes after its example', () => {
		const entry = (text: string) => glossaryEntry({ text, section: 'Key terms' } as never)?.key;
		expect(
			entry('Velm praise – a known velmist, such as a singer or a judge, is shown using the velm.')
		).toBeUndefined();
		expect(entry('Velm salt – a salt, such as lumite or rarite, that forms on old velm.')).toBe(
			'a salt that forms on old velm'
		);
	});
});

describe('a named term capitalises its later words (gen74, issue 12)', () => {
	it('asks "Lumic Era" as written, and no character of a list of people', () => {
		expect(
			cards([
				INTRO,
				'# Key terms',
				'Lumic Era: the span of time when velm rocks were laid down.',
				'Velm Mania – the craze for buying velm shares in the lumic age.',
				'Jordan Baker – a velm trader and the narrator’s friend.',
				'Velm Colony – the colony around the lumic coast, ruled from the north.'
			])
		).toEqual([
			['What is meant by the term “Lumic Era”?', 'The span of time when velm rocks were laid down'],
			[
				'What is meant by the term “Velm Mania”?',
				'The craze for buying velm shares in the lumic age'
			]
		]);
	});
});

describe('a key-terms list may gloss a term in two words (gen74, issue 12)', () => {
	it('asks "lumite – velm dust" under a key-terms heading, and no one-word gloss', () => {
		expect(
			cards([
				INTRO,
				'# Key terms',
				'Lumite: velm dust.',
				'Velmant – a substance that is used up in a velm reaction.',
				'Lumic – bright.'
			])
		).toEqual([
			['What is meant by the term “lumite”?', 'Velm dust'],
			['What is meant by the term “velmant”?', 'A substance that is used up in a velm reaction']
		]);
	});
});

describe('a quality in a key-terms list is glossed by what it can be (gen74, issue 12)', () => {
	it('asks "can be drawn into a velm thread", and no "can cause" clause', () => {
		expect(
			cards([
				INTRO,
				'# Key terms',
				'Lumic: can be drawn out into a velm thread.',
				'Velmic: can cause a velm reaction in the dark.',
				'Velmant – a substance that is used up in a velm reaction.'
			])
		).toEqual([
			['What is meant by the term “lumic”?', 'Can be drawn out into a velm thread'],
			['What is meant by the term “velmant”?', 'A substance that is used up in a velm reaction']
		]);
	});

	it('reads a list of class glosses under any heading, a mixed-case term and a "between" gloss (gen80)', () => {
		expect(
			cards([
				INTRO,
				'# Soils and plants',
				'Loam – a soil that holds water and drains well.',
				'Humus – the dark material between the grains of a soil that feeds the roots.',
				'Core – a sample that is drilled from the ground to study its layers.',
				'kN rating – a number from 1 to 9 that shows how firm a soil is.',
				'Gap time – the time between the first frost and the last harvest.',
				'Humus makes a soil dark, and a long gap time makes a late crop.'
			])
		).toEqual([
			['What is meant by the term “loam”?', 'A soil that holds water and drains well'],
			[
				'What is meant by the term “humus”?',
				'The dark material between the grains of a soil that feeds the roots'
			],
			[
				'What is meant by the term “core”?',
				'A sample that is drilled from the ground to study its layers'
			],
			[
				'What is meant by the term “kN rating”?',
				'A number from 1 to 9 that shows how firm a soil is'
			],
			[
				'What is meant by the term “gap time”?',
				'The time between the first frost and the last harvest'
			]
		]);
	});

	it('still refuses an everyday word under a label that glosses no class (gen80)', () => {
		expect(
			cards([INTRO, '# Soils', 'Core – drilled from the ground.', 'Loam – holds water well.'])
		).toEqual([]);
	});
});
