import { describe, expect, it } from 'vitest';
import { madeUpArticle, sentenceCard } from './ideas.test-helpers';
import { namelessPlural, resolvePointer, titleNouns, withTitleModifiers } from './unseen-pointer';

/** Blind checks H22 and H23: a definite noun whose referent is only in the title (gen67). */
describe('pointers into the title', () => {
	it("reads the title's nouns with the words that say which", () => {
		expect(titleNouns('The Ostran Games of 1820')).toEqual([
			{ noun: 'game', modifiers: ['Ostran'] }
		]);
		expect(titleNouns('Velm Owls, the Silent Hunters of Varn')).toEqual([
			{ noun: 'owl', modifiers: ['Velm'] },
			{ noun: 'hunter', modifiers: ['Silent'] }
		]);
		expect(titleNouns('Owls')).toEqual([]);
	});

	it('says the noun in full as the article writes it', () => {
		const body =
			'Velm Owls, the Silent Hunters of Varn. The velm owl hunts at night. The Ostran Games began in 1820.';
		expect(
			withTitleModifiers('What is the custom of watching the owls called?', 'Velm Owls', body)
		).toBe('What is the custom of watching the velm owls called?');
		expect(withTitleModifiers('Scientists looked inside an owl’s ear.', 'Velm Owls', body)).toBe(
			'Scientists looked inside a velm owl’s ear.'
		);
		expect(withTitleModifiers('The king opened the Games in May.', 'The Ostran Games', body)).toBe(
			'The king opened the Ostran Games in May.'
		);
		// Already said in full, another name ("the Owl Prize"), or never written in the article.
		expect(withTitleModifiers('What do the velm owls eat?', 'Velm Owls', body)).toBe(
			'What do the velm owls eat?'
		);
		expect(withTitleModifiers('Who won the Owl Prize?', 'Velm Owls', body)).toBe(
			'Who won the Owl Prize?'
		);
		expect(withTitleModifiers('What do the hawks eat?', 'Grey Hawks', body)).toBe(
			'What do the hawks eat?'
		);
	});

	it('leaves "a"/"an" before the noun alone unless a possessive points at the title’s thing', () => {
		const body =
			'Torvo’s Comet returns every 80 years. A comet is a small icy body. Torvo’s comet glows.';
		// The class, asked or stated: never the title's one comet.
		expect(withTitleModifiers('What is a comet?', 'Torvo’s Comet', body)).toBe('What is a comet?');
		expect(withTitleModifiers('A comet is a small icy body.', 'Torvo’s Comet', body)).toBe(
			'A comet is a small icy body.'
		);
		const vaccine =
			'Lena Dorr made the Varn vaccine. A vaccine teaches the body. The Varn vaccine worked.';
		expect(
			withTitleModifiers('What is a vaccine?', 'Lena Dorr and the Varn Vaccine', vaccine)
		).toBe('What is a vaccine?');
		// "the" still resolves in the same article.
		expect(
			withTitleModifiers('Who made the vaccine?', 'Lena Dorr and the Varn Vaccine', vaccine)
		).toBe('Who made the Varn vaccine?');
	});

	it('refuses a question that names nothing and asks of "the" plural things', () => {
		expect(namelessPlural('Who designed the shape of the towers?')).toBe('towers');
		expect(namelessPlural('Who painted the walls?')).toBe('walls');
		// A name says which; a singular invention is its own thing; "the rings of" goes on.
		expect(namelessPlural('Who designed the towers of the Varn Bridge?')).toBe(undefined);
		expect(namelessPlural('Who invented the loom?')).toBe(undefined);
		expect(namelessPlural('What are the rings of a tree called?')).toBe(undefined);
	});

	it('resolves or refuses an idea', () => {
		const { article } = madeUpArticle('Velm Owls', [
			'The velm owl is a small owl of the Varn hills.',
			'The owls hunt at night.'
		]);
		const card = sentenceCard('What do the owls hunt?', 'Mice');
		expect(resolvePointer(card, article)?.prompt).toBe('What do the velm owls hunt?');
		expect(resolvePointer(sentenceCard('Who carved the towers?', 'Lena Dorr'), article)).toBe(
			undefined
		);
		const plain = sentenceCard('Who named the velm owl?', 'Lena Dorr');
		expect(resolvePointer(plain, article)).toBe(plain);
		// The title's own thing is no pointer.
		const { article: owls } = madeUpArticle('Owls', ['Owls are birds that hunt at night.']);
		const own = sentenceCard('What do the owls hunt?', 'Mice');
		expect(resolvePointer(own, owls)).toBe(own);
	});
});
