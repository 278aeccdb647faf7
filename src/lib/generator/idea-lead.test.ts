import { describe, expect, it } from 'vitest';
import { bareGenus, leadIdeas, withoutAgent } from './idea-lead';
import { subjectPhrase, titleOpening } from './idea-subject';
import { knownFor, roleNoun, roleOf, rulerOffice } from './idea-person';
import { hasCount, titleEcho } from './idea-key';
import { ranksSubject } from './idea-faith';
import { madeUpArticle } from './ideas.test-helpers';

describe('kind 1: the lead definition', () => {
	it('asks what a thing is, from the lead, with the parentheses dropped', () => {
		const { article } = madeUpArticle('Velmar fever', [
			'Velmar fever (VF) is a viral disease of cattle that can spread to people. It is common in Ostra.',
			'Velmar fever was first described in 1931.'
		]);
		expect(leadIdeas(article)).toMatchObject([
			{
				type: 'flashcard',
				prompt: 'What is Velmar fever?',
				answer: 'A viral disease of cattle that can spread to people'
			}
		]);
	});

	it('asks no lead definition keyed with a size: a property, not what it is (H2 S03)', () => {
		const { article } = madeUpArticle('The velm', [
			'The velm is a muscular organ about the size of a clenched fist. It pumps sap.',
			'The velm beats slowly.'
		]);
		expect(leadIdeas(article)).toEqual([]);
	});

	it('asks who a person was: the role, then what the lead says they are known for', () => {
		const { article } = madeUpArticle('Anna Korvel', [
			'Anna Maria Korvel (3 May 1801 – 9 June 1870) was a Vestan chemist and abbot of St. Ilse Abbey in Lumen. She is best known for the discovery of the element velmium. She was born in Ostra.'
		]);
		const [card] = leadIdeas(article);
		expect(card.prompt).toBe('Who was Anna Korvel?');
		expect(card.answer).toBe(
			'A Vestan chemist and abbot; best known for the discovery of the element velmium'
		);
		// Never the abbey's name or the birthplace.
		expect(card.answer).not.toMatch(/Ilse|Lumen|Ostra/);
	});

	it('quotes the lead once when the same sentence says what the person is known for', () => {
		const { article } = madeUpArticle('Ivo Stren', [
			'Ivo Stren (2 May 1840 – 9 June 1901) was a Vestan engineer, famous for the invention of the tide pump. He lived in Ostra.'
		]);
		const [card] = leadIdeas(article);
		expect(card.answer).toBe('A Vestan engineer; famous for the invention of the tide pump');
		const shown = card.explanation ?? card.sentence.text;
		expect(shown.split('famous for the invention').length).toBe(2);
	});

	it('quotes a second lead sentence when it says what the person is known for', () => {
		const { article } = madeUpArticle('Ivo Stren', [
			'Ivo Stren (2 May 1840 – 9 June 1901) was a Vestan engineer. He is best known for the invention of the tide pump.'
		]);
		const [card] = leadIdeas(article);
		expect(card.explanation).toMatch(/engineer\. … He is best known/u);
	});

	it('keeps the role whole when it already says what the person is known for', () => {
		expect(roleOf('a British surgeon and a pioneer of antiseptic surgery')).toBe(
			'a British surgeon and a pioneer of antiseptic surgery'
		);
		// Never cut to "one of the founders of the school" (which school?).
		expect(
			roleOf('a Vestan philosopher and one of the founders of the school of Lumen, who taught')
		).toBe('a Vestan philosopher and one of the founders of the school of Lumen');
		expect(knownFor(['She was the founder of modern velmistry.'], 'a pioneer of surgery')).toBe(
			undefined
		);
		expect(knownFor(['He was the first man to cross the Varn.'], 'a sailor')).toBe(
			'the first man to cross the Varn'
		);
	});

	it('never cuts a known-for clause inside a word or phrase (U15 S13, S31)', () => {
		const long =
			'He was a Vestan poet known for his dry, sly wit and his gift for parody, and as the author of the long comic romance Tam Varn of Lumen.';
		const clause = knownFor([long], 'a Vestan poet');
		expect(clause).toBe('known for his dry, sly wit and his gift for parody');
		const noComma =
			'He was a Vestan general remembered for an unsuccessful march in the spring of 1917 that was intended to relieve the besieged northern garrison of Lumen.';
		expect(knownFor([noComma], 'a Vestan general')).toBeUndefined();
		expect(knownFor(['She was a poet known for her odes.'], 'a poet')).toBe('known for her odes');
		// An aim is no deed (U18 S10): the attempts failed, so the key may not say she did it.
		const tried =
			'She made several attempts to be the first woman to fly across the Varn, though none ever came to fruition.';
		expect(knownFor([tried], 'a Vestan aviator')).toBeUndefined();
		expect(
			knownFor(['He hoped to be the first man to cross the Varn.'], 'a sailor')
		).toBeUndefined();
	});

	it('defines the first sentence of a text with no title of its own, and never a pronoun', () => {
		const { article } = madeUpArticle('Document 1', [
			'A tide mill is a water mill driven by the rise and fall of the tide, which fills its pond at high water. It stores water in a pond.'
		]);
		expect(leadIdeas(article)[0]?.prompt).toBe('What is a tide mill?');
		const { article: it } = madeUpArticle('Document 1', ['It is a mill driven by the tide.']);
		expect(leadIdeas(it)).toEqual([]);
	});

	it('keeps a list of examples whole, never half of it (U6 S02)', () => {
		const { article } = madeUpArticle('Holm loom', [
			'The Holm loom is a device that weaves cloth with such complex patterns as brocade, damask and lace.'
		]);
		expect(leadIdeas(article)[0].answer).toBe(
			'A device that weaves cloth with such complex patterns as brocade, damask and lace'
		);
	});

	it('asks a case by its title, not the person it is named after, in the number its predicate sets (U5)', () => {
		const { article } = madeUpArticle('State of Varn v. Ada, a Weaver', [
			'Ada, a Weaver was an 1850 murder trial held in Lumen, in which a weaver named Ada was tried for the murder of her master. She was found guilty.'
		]);
		expect(leadIdeas(article)[0]).toMatchObject({
			prompt: 'What was State of Varn v. Ada, a Weaver?',
			answer:
				'An 1850 murder trial held in Lumen, in which a weaver named Ada was tried for the murder of her master'
		});
		const { article: plant } = madeUpArticle('Velmia (plant)', [
			'Velmia, the salt herbs, are a genus of flowering plants that grows on salt marshes and yields a bitter spice.'
		]);
		expect(leadIdeas(plant)[0]?.prompt).toBe('What is Velmia (plant)?');
	});

	it('refuses a key that only names a class, restates the name or is a measurement (U4–U6)', () => {
		for (const lead of [
			'The Holm doctrine was a Vestan foreign policy.',
			'Velmia clavata is a species of fungus in the genus Velmia with spores 3–4.5 μm long.',
			'The Holm doctrine was a Vestan foreign policy with a long history.'
		])
			expect(leadIdeas(madeUpArticle('Holm doctrine', [lead]).article)).toEqual([]);
		const { article } = madeUpArticle('Coastal erosion of Varn', [
			'The coastal erosion of Varn is the way that the coast of the island of Varn is wearing away due to waves.'
		]);
		expect(leadIdeas(article)).toEqual([]);
		const { article: doctrine } = madeUpArticle('Holm doctrine', [
			'The Holm doctrine was a Vestan foreign policy that proclaimed any threat to one state of the bloc was a threat to them all, and therefore justifies the intervention of the others.'
		]);
		expect(leadIdeas(doctrine)[0].answer).toBe(
			'A Vestan foreign policy that proclaimed any threat to one state of the bloc was a threat to them all'
		);
	});

	it('reads "It was …" right after the title as the title, and quotes both sentences', () => {
		const { article } = madeUpArticle('Battle of Lumen', [
			'The Battle of Lumen was fought on 2 May 1214 near Lumen. It was the last battle of the Varn War, in which the Ostran army broke the siege of the capital.'
		]);
		const [card] = leadIdeas(article);
		expect(card.prompt).toBe('What was the Battle of Lumen?');
		expect(card.answer).toBe(
			'The last battle of the Varn War, in which the Ostran army broke the siege of the capital'
		);
		expect(card.explanation).toContain('fought on 2 May 1214 near Lumen. It was');
	});

	it('takes the subject from a noun phrase, never a fronted participle, an adverb or an ordinal (U4)', () => {
		expect(subjectPhrase('Built in 1771, the Lumen House')).toBe('the Lumen House');
		expect(subjectPhrase('In 1850, the Varn Mill')).toBe('the Varn Mill');
		// H21 S30: "Around the year 1700, Russia was …" asked "What was around the year 1700?".
		expect(subjectPhrase('Around the year 1700, Ostra')).toBeUndefined();
		expect(subjectPhrase('Around the year 1700')).toBeUndefined();
		expect(subjectPhrase('Joseph Varn, 1ST BARON VARN, (1827–1912)')).toBe(
			'Joseph Varn, 1ST BARON VARN, (1827–1912)'
		);
		for (const opening of ['Built in 1771', 'Locally', 'The second', 'The latter', 'This'])
			expect(subjectPhrase(opening)).toBeUndefined();
		const { article } = madeUpArticle('Lumen House', [
			'Built in 1771, the Lumen House is a colonial building in Varn where the governors of the province lived. Locally, Ada Holm was the leading painter.'
		]);
		expect(leadIdeas(article).map((i) => i.prompt)).toEqual(['What is the Lumen House?']);
	});

	it('keeps the idea and drops the byline, and never ends a key on punctuation (U4)', () => {
		expect(
			withoutAgent(
				'a concept in management developed by Ada J. Holm, which observes that people rise'
			)
		).toBe('a concept in management, which observes that people rise');
		// A list of makers is never cut at its first comma (U17 S26).
		expect(
			withoutAgent(
				'an arcade game designed by Ada Holm, Lars Berg, and Eva Lind and released in 1979'
			)
		).toBe('an arcade game designed by Ada Holm, Lars Berg, and Eva Lind and released in 1979');
		const { article } = madeUpArticle('Holm principle', [
			'The Holm principle is a concept in management developed by Ada J. Holm, which observes that people in a hierarchy rise to their level of incompetence.'
		]);
		expect(leadIdeas(article)[0].answer).toBe(
			'A concept in management, which observes that people in a hierarchy rise to their level of incompetence'
		);
	});

	it('asks who a person was with what the same sentence says they are noted for', () => {
		const { article } = madeUpArticle('Ada Holm', [
			'Ada "Lark" Holm, Jr. (1902 – 1988) was a Vestan blues singer and guitarist, noted for her highly emotional style of singing. She was born in Varn.'
		]);
		expect(leadIdeas(article)[0]).toMatchObject({
			prompt: 'Who was Ada Holm?',
			answer: 'A Vestan blues singer and guitarist; noted for her highly emotional style of singing'
		});
	});

	it('asks "Who" only of a person’s role, and never joins another subject’s clause (U7 S03)', () => {
		const { article } = madeUpArticle('Holmian Velm', [
			'Holmian Velm is a tradition in the religion of Velm, whose members trace their descent from Ada Holm. He founded it in 1950. He was known for his rituals. He is best known for the founding of the Varn coven.'
		]);
		const [card] = leadIdeas(article);
		expect(card.prompt).toBe('What is Holmian Velm?');
		expect(card.answer).not.toMatch(/Varn coven|known for/);
		expect(roleNoun('a tradition in the religion of Velm')).toBe(false);
		expect(roleNoun('an Italian explorer, financier and cartographer')).toBe(true);
	});

	it('refuses a ranking for what a thing is, and a count with no date (U7 S01, S09)', () => {
		for (const lead of [
			'The Holm Cup is the oldest trophy in Vestan sports.',
			'The VHL is the major hockey league in Vesta, with 24 teams competing for the Holm Cup.'
		])
			expect(leadIdeas(madeUpArticle('Holm Cup', [lead]).article)).toEqual([]);
		expect(hasCount('a league with 24 teams')).toBe(true);
		expect(hasCount('four laws passed in 1798 in the 5th Congress')).toBe(false);
	});

	it('keeps a common noun’s article after a fronted place (“In Vesta, a salt election is …”)', () => {
		const { article } = madeUpArticle('Salt election', [
			'In Vesta, a salt election is the procedure used when no candidate wins a majority of the salt votes.'
		]);
		expect(leadIdeas(article)[0]?.prompt).toBe('What is a salt election?');
	});

	it('asks a name with a comma whole when it is the title, never cut at the comma (U8 S01)', () => {
		const { article } = madeUpArticle('Lund, Holm & Co v Varn', [
			'Lund, Holm & Co v Varn is a leading decision of the High Court of Ostra that set the limits of judicial power under its constitution.'
		]);
		expect(leadIdeas(article)[0]?.prompt).toBe('What is Lund, Holm & Co v Varn?');
	});

	it('refuses a key that says fewer than five words beyond the name (U7 S06, U8 S04)', () => {
		const { article: moth } = madeUpArticle('Speckled moth', [
			'The speckled moth is a temperate species of night-flying moth. It lives in Ostra.'
		]);
		expect(leadIdeas(moth)).toEqual([]);
		const { article: lamp } = madeUpArticle('Varn lamp', [
			'The Varn lamp is a safety lamp for use in flammable atmospheres, invented in 1815 by Ada Varn.'
		]);
		expect(leadIdeas(lamp)[0]?.answer).toBe(
			'A safety lamp for use in flammable atmospheres, invented in 1815 by Ada Varn'
		);
	});

	it('takes a title that opens on a participle as the name, not as a fronted phrase', () => {
		expect(titleOpening('Jumping the stick (or leaping the stick)', 'Jumping the stick')).toBe(
			'Jumping the stick'
		);
		expect(titleOpening('Built in 1771, the Lumen House', 'Lumen House')).toBeUndefined();
		const { article } = madeUpArticle('Jumping the stick', [
			'Jumping the stick (or jumping the cane) is a custom of Ostran weddings in which the couple jumps over a walking stick.'
		]);
		expect(leadIdeas(article)[0]?.prompt).toBe('What is jumping the stick?');
	});

	it('reads "refers to" as a definition and keeps its hedge in the question', () => {
		const { article } = madeUpArticle('Afterglow of sound', [
			'Afterglow of sound traditionally refers to the illusion that a tone goes on for a while after it has stopped reaching the ear. The afterglow fades within a second.'
		]);
		expect(leadIdeas(article)).toMatchObject([
			{
				prompt: 'What does afterglow of sound traditionally refer to?',
				answer: 'The illusion that a tone goes on for a while after it has stopped reaching the ear'
			}
		]);
	});

	it('reads a bare genus as a definition only when it repeats the name’s head (U9)', () => {
		expect(bareGenus('water having more salt than a river', 'Salt water')).toBe(true);
		expect(bareGenus('home to the oldest market of Varn', 'Ostby')).toBe(false);
		const { article } = madeUpArticle('Salt water', [
			'Salt water is water having more salt than river water, but less than the water of the open sea.'
		]);
		expect(leadIdeas(article)[0]?.prompt).toMatch(/^What is salt water\?$/i);
	});

	it('refuses a key that ranks the subject anywhere in it, which the body may hedge (U9 S02)', () => {
		expect(ranksSubject('a nerve disorder that is also the most common movement disorder')).toBe(
			true
		);
		expect(ranksSubject('a market that gives the largest supplier an advantage')).toBe(false);
		const { article } = madeUpArticle('Velmar tremor', [
			'Velmar tremor is a progressive nerve disorder of the hands that is also the most common movement disorder of old age.'
		]);
		expect(leadIdeas(article)).toEqual([]);
	});

	it('never takes a connective or a piece of one as the subject (U10 S07)', () => {
		expect(subjectPhrase('other hand')).toBeUndefined();
		expect(subjectPhrase('On the other hand')).toBeUndefined();
		expect(subjectPhrase('In contrast')).toBeUndefined();
		const { article } = madeUpArticle('Open kettle movement', [
			'On the other hand, the open kettle movement views repair as a duty of every household.',
			'Other hand is a phrase with no subject at all in this made-up text.'
		]);
		expect(leadIdeas(article).map((i) => i.prompt)).not.toContain('What is other hand?');
	});
});

describe('kind 1: the title after a fronted phrase', () => {
	it('reads "In physics, sputtering is …" as a definition of sputtering', () => {
		const { article } = madeUpArticle('Spattering', [
			'In physics, spattering is a phenomenon in which small particles of a solid are thrown from its surface after it is struck by fast particles of a gas.'
		]);
		expect(leadIdeas(article)[0]?.prompt).toBe('What is spattering in physics?');
	});
});

describe('kind 1: a key the title gives away, a life dated by its death (U12)', () => {
	it('refuses a key that repeats most of the title’s names', () => {
		expect(
			titleEcho(
				'A documentary series that investigates the Varn Guild through the experiences of the actress Ann Vell and other former members',
				'Ann Vell: The Varn Guild and the Aftermath'
			)
		).toBe(true);
		expect(
			titleEcho(
				'A dinner club of industrialists and natural philosophers who met in Lumen',
				'Moon Society of Lumen'
			)
		).toBe(false);
		const { article } = madeUpArticle('Ann Vell: The Varn Guild and the Aftermath', [
			'Ann Vell: The Varn Guild and the Aftermath is a documentary series that investigates the Varn Guild through the experiences of the actress Ann Vell and other former members. She was a follower of the Varn Guild between 1979 and 2013, when she left it in public.'
		]);
		expect(leadIdeas(article)).toEqual([]);
	});
});

describe('kind 1: a ruler’s dated office', () => {
	it('asks who a king was, by his office and its dates', () => {
		const { article } = madeUpArticle('Louis Varn of Ostra', [
			'Louis Varn (5 September 1638 – 1 September 1715), known as the Sun King, was King of Ostra from 14 May 1643 until his death in 1715. He was the longest-reigning king of Ostra, and his court moved to Lumen.'
		]);
		expect(leadIdeas(article)[0]).toMatchObject({
			prompt: 'Who was Louis Varn of Ostra?',
			answer: 'King of Ostra from 14 May 1643 until his death in 1715'
		});
	});

	it('asks nothing of an office with no date, nor of a thing called King of something', () => {
		expect(rulerOffice('King of Ostra and a patron of painters')).toBeUndefined();
		expect(rulerOffice('King of Ostra from 1100, and he was crowned in Lumen in 1101')).toBe(
			'King of Ostra from 1100'
		);
		expect(rulerOffice('a king of Ostra from 1100 to 1135')).toBeUndefined();
	});
});
