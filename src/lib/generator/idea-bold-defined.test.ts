import { describe, expect, it } from 'vitest';
import { boldDefinedIdeas } from './idea-bold-defined';
import { verbInside } from './idea-bold-called';
import { madeUpArticle } from './ideas.test-helpers';

// A made-up handout as its Markdown file bolded it: the reader keeps the text without the
// asterisks and the bold runs as `emphasis` (`$lib/documents/emphasis.ts`).
const marked = [
	'# Velm Reefs',
	'Velm reefs grow in warm shallow seas off the coast of Ostra.',
	'The **Long Drought** was the period of dry years between two wet ages in which the reefs shrank.',
	'**Lapidars** were skilled workers who cut and polished shell for jewellery.',
	'**Reef theory** is the idea that reefs grow upwards as the sea floor slowly sinks.',
	'**Glimmerstone** is a form of the mineral calcite, a crystal that glows in blue light.',
	'**Driftweed** is a plant, not an animal.',
	'The **tidewarden** is the worker who opens the gates at high tide.',
	'**Sandvelts** are the largest reefs in the sea.',
	'A reef fish moves with a **swim bladder**: a gas-filled sac that controls the depth of a swimming fish.',
	'Reef fish go through **fin shift**: egg, larva and adult.',
	'All velm corals have stinging cells called **velmocytes**.',
	'Each velmocyte holds a coiled, barb-like thread called a **spikelet**.',
	'The reef gradually develops layers called **tiers**.',
	'In warm years the corals form huge groups called **swarms**.',
	'At night the fish link fins to form a living shelter called a **finhold**.',
	'A reef diver uses a statistical method called **Tallying** to count fish.',
	'Reef cooks use substances called **reefgums**, extracted from brown weed, in soups and glues.',
	'A reef computer holds billions of tiny glowing switches called **flickers**.',
	'Divers noticed a frightening sign called **bluecheek**: their faces turned blue from the cold.',
	'Old divers fear a worrying rash called **reefburn**.',
	'The velm belongs to a small group of fish called **shellfins**, the only fish that grow shells.',
	'The reef eel belongs to a large family of fish called **ribbonets**.',
	'Old chiefs were laid under round, grassy mounds called **barrows**.',
	'The reef glows because of a thin layer of bright cells called **glowphores**.',
	'Young corals go through **settlement**, a change in body form between a drifting larva and a fixed polyp.',
	'The reef water holds **brinium**, a heavy salt that settles on the reef floor.',
	'The old reef is **calcareous**, a sign that it was once alive.',
	'A sand with a good balance of shell, grit and mud is called a **velmloam**.',
	'The dark, crumbly red material left after the reef dies is called **reefmould**.',
	'Over time, the reef, which grows slowly, is called a **reefbank**.',
	'Divers sell glimmerstone and lapidars buy it; reef theory and glimmerstone are taught in Pell.',
	'Sand drags over the reef like a rasp, leaving grooves called **raspmarks**.',
	'In some reef towns, people hang up long woven nets called **mistcatchers**.'
];
const handout = marked.map((block) => block.replace(/\*\*/gu, ''));
const bold = [...marked.join(' ').matchAll(/\*\*([^*]+)\*\*/gu)].map((m) => m[1]);

describe("a handout's bold terms defined in the words that follow (gen60)", () => {
	const asked = () =>
		boldDefinedIdeas(madeUpArticle('Velm Reefs', handout, bold).article).map((i) => [
			i.prompt,
			i.answer
		]);

	it('asks a copula definition in any tense, a capitalised name with its "the"', () => {
		expect(asked()).toEqual(
			expect.arrayContaining([
				[
					'What was the Long Drought?',
					'The period of dry years between two wet ages in which the reefs shrank'
				],
				['What is reef theory?', 'The idea that reefs grow upwards as the sea floor slowly sinks'],
				[
					'What is glimmerstone?',
					'A form of the mineral calcite, a crystal that glows in blue light'
				]
			])
		);
	});

	it('refuses a lower-case "the" term, a negation and a rank', () => {
		const prompts = asked().map(([p]) => p);
		expect(prompts).not.toContain('What is the tidewarden?');
		expect(prompts.some((p) => /driftweed|sandvelts/iu.test(p))).toBe(false);
	});

	it('asks a colon gloss that is a noun phrase, never a list', () => {
		expect(asked()).toContainEqual([
			'What is a swim bladder?',
			'A gas-filled sac that controls the depth of a swimming fish'
		]);
		expect(asked().some(([p]) => /fin shift/u.test(p))).toBe(false);
	});

	it('asks "a class called a term" when the class says what sets the term apart', () => {
		expect(asked()).toEqual(
			expect.arrayContaining([
				['What are velmocytes?', 'Stinging cells'],
				['What is a spikelet?', 'A coiled, barb-like thread'],
				['What are reefgums?', 'Substances extracted from brown weed']
			])
		);
	});

	it('keeps the apposition that sets a class apart, refuses a sized collective alone (H19)', () => {
		expect(asked()).toContainEqual([
			'What are shellfins?',
			'A small group of fish, the only fish that grow shells'
		]);
		expect(asked().some(([p]) => /ribbonets/u.test(p))).toBe(false);
	});

	it('refuses one layer of many cells called by the cells’ plural name (H20 S133)', () => {
		expect(asked().some(([p]) => /glowphores/u.test(p))).toBe(false);
	});

	it('reads a class no further back than a preposition (H19 S17)', () => {
		expect(asked().some(([, a]) => /^Laid under/u.test(a))).toBe(false);
	});

	it('reads no class across a comma after a noun: a clause ends there (H29 S56, S79)', () => {
		expect(asked().some(([p]) => /raspmarks|mistcatchers/u.test(p))).toBe(false);
	});

	it('refuses a bare or sized class, a class whose start is unknown, and a name', () => {
		const prompts = asked().map(([p]) => p);
		expect(prompts.some((p) => /tiers|swarms|finhold|Tallying/u.test(p))).toBe(false);
	});

	it('refuses a counted class, a feeling for a class, and a class before a colon definition (H18)', () => {
		const prompts = asked().map(([p]) => p);
		expect(prompts.some((p) => /flickers|bluecheek|reefburn/u.test(p))).toBe(false);
	});

	it('asks a bare bold term glossed by "a/an" class, never an adjective', () => {
		expect(asked()).toEqual(
			expect.arrayContaining([
				['What is settlement?', 'A change in body form between a drifting larva and a fixed polyp'],
				['What is brinium?', 'A heavy salt that settles on the reef floor']
			])
		);
		expect(asked().some(([p]) => /calcareous/u.test(p))).toBe(false);
	});

	it('asks "What is … called?" of a description with adjective or list commas, never a clause', () => {
		expect(asked()).toEqual(
			expect.arrayContaining([
				['What is a sand with a good balance of shell, grit and mud called?', 'Velmloam'],
				['What is the dark, crumbly red material left after the reef dies called?', 'Reefmould']
			])
		);
		expect(asked().some(([, a]) => a === 'Reefbank')).toBe(false);
	});

	it('asks nothing in a text that bolds nothing', () => {
		expect(boldDefinedIdeas(madeUpArticle('Velm Reefs', handout).article)).toEqual([]);
	});
});

describe('verbInside: a class read back past its verb is a clause (blind review H30 S60)', () => {
	it('finds a present verb before the last word, not a gerund nor an adjective', () => {
		expect(verbInside('red velm cells carries markers')).toBe(true);
		expect(verbInside('pods make lumins')).toBe(true);
		for (const phrase of [
			'stinging cells',
			'coiled, harpoon-like thread',
			'tiny hairs',
			'blood vessels'
		])
			expect(verbInside(phrase), phrase).toBe(false);
	});
});
