import { describe, expect, it } from 'vitest';
import { boldColonIdeas, boldParenIdeas, emphasised } from './idea-bold';
import { termAppositionIdeas } from './idea-term-apposition';
import { termIdeas } from './idea-term';
import { madeUpArticle } from './ideas.test-helpers';

// A made-up handout as its Markdown file bolded it: the reader keeps the text without the
// asterisks and the bold runs as `emphasis` (`$lib/documents/emphasis.ts`).
const marked = [
	'# Sky Mills',
	'A sky mill is a machine that turns moving air into electrical energy for a town.',
	'The blades turn a **spindle** inside the **cowling**, the casing at the top of the mast that holds the gearbox.',
	'A wire is wound round a soft core of iron. This is a **lodestone coil**: a magnet that can be switched on and off with the current.',
	'Sky mills are built in groups on windy hills, called **wind parks**, where the air moves fast.',
	'The **tailvane** is a flat fin of sheet metal that keeps the rotor facing into the wind.',
	'Sky mills are **not** cheap, and they **always** need a clear sky above them.',
	'**Sky mills turned the hills of Velmia into power stations.**',
	'In 1919 the engineer **Orrin Vask** built the first sky mill in the town of Pell.',
	'The blades of a mill are made of a **glass resin**, a light material that is very strong.',
	'This is a **flutter**: it happens when the blades shake.',
	'Each mill has a **brake**, the thing they use to stop it.',
	'The mast of a mill rests on a deep base of concrete and steel.',
	'If a blade is wound into a long spiral, called a **helix**, the blades from each mill turn together.',
	'When the air meets the **vane**, the whole mill turns round to face the storm.',
	'Rebel millers had planned a **coup** (a sudden, illegal seizure of power) for months.',
	'The mill sends power through **relay lines** (thick cables that carry the current to farms) across the hills.',
	'The wind moves sand by **creep** (grains of sand rolled along the ground by the wind).',
	'Each blade is made of **fibreglass** (for example the blades made in the town of Pell).',
	'Around each blade of the **rotor hub**, the blades are set at about 120 degrees.',
	'Big mills send out **pulses** (where the air is squashed together) and **ripples** (hundreds to thousands of small waves).',
	'The tower holds a **beacon**, the lamp is red at night.',
	'Light from the lamp bends **towards the mast** (an imaginary line at right angles to the ground).',
	'A good mill needs good **steadiness** (a small, slow change for a large change in the wind).',
	'Each **hundred** (a subdivision of a county of Velmia) sent one miller.'
];
const handout = marked.map((block) => block.replace(/\*\*/gu, ''));
const bold = [
	'spindle',
	'cowling',
	'lodestone coil',
	'wind parks',
	'tailvane',
	'not',
	'always',
	'Orrin Vask',
	'glass resin',
	'flutter',
	'brake',
	'helix',
	'vane',
	'coup',
	'relay lines',
	'creep',
	'fibreglass',
	'rotor hub',
	'pulses',
	'ripples',
	'beacon',
	'towards the mast',
	'steadiness',
	'hundred'
];

describe("a handout's bold key terms (gen51)", () => {
	it('reads a term as bold with or without its article', () => {
		const { article } = madeUpArticle('Sky Mills', handout, bold);
		expect(emphasised('the cowling', article)).toBe(true);
		expect(emphasised('Cowling', article)).toBe(true);
		expect(emphasised('mast', article)).toBe(false);
	});

	it('asks "This is a **term**: a gloss." forward, the gloss whole as the key', () => {
		const { article } = madeUpArticle('Sky Mills', handout, bold);
		expect(boldColonIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What is a lodestone coil?', 'A magnet that can be switched on and off with the current']
		]);
	});

	it('asks a bold term glossed in brackets: "a" asks "a", a bare gloss only a plural term', () => {
		const { article } = madeUpArticle('Sky Mills', handout, bold);
		expect(boldParenIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What is a coup?', 'A sudden, illegal seizure of power'],
			['What are relay lines?', 'Thick cables that carry the current to farms']
		]);
	});

	it('asks a bold "a" term of two words glossed by apposition, never a "the" term (it points into the handout)', () => {
		const { article } = madeUpArticle('Sky Mills', handout, bold);
		expect(termAppositionIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What is a glass resin?', 'A light material that is very strong']
		]);
	});

	it('asks a bold term defined once by its copula, which a plain term used once is not', () => {
		const { article } = madeUpArticle('Sky Mills', handout, bold);
		const plain = madeUpArticle('Sky Mills', handout).article;
		const asked = (a: typeof article) => termIdeas(a).map((i) => i.prompt);
		expect(asked(article)).toContain('What is the tailvane?');
		expect(asked(plain)).not.toContain('What is the tailvane?');
	});

	it('asks no bold word of emphasis, bold sentence, bold name without a definition, or gloss that points or is a clause', () => {
		const { article } = madeUpArticle('Sky Mills', handout, bold);
		const prompts = [boldColonIdeas, boldParenIdeas, termAppositionIdeas, termIdeas]
			.flatMap((kind) => kind(article))
			.map((i) => `${i.prompt} ${i.answer}`.toLowerCase());
		for (const refused of [
			'not',
			'always',
			'orrin vask',
			'power stations',
			'flutter',
			'brake',
			'spindle',
			'helix',
			'vane',
			'creep',
			'fibreglass',
			'rotor hub',
			'pulses',
			'ripples',
			'beacon',
			'towards the mast',
			'steadiness',
			'hundred',
			'cowling'
		])
			expect(prompts.filter((p) => new RegExp(`\\b${refused}\\b`, 'u').test(p))).toEqual([]);
	});

	it('asks nothing in a text that bolds nothing', () => {
		const plain = madeUpArticle('Sky Mills', handout).article;
		expect(boldColonIdeas(plain)).toEqual([]);
		expect(termAppositionIdeas(plain)).toEqual([]);
	});
});
