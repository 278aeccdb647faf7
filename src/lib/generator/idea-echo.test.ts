import { describe, expect, it } from 'vitest';
import {
	doubledWord,
	echoesPrompt,
	keyStandsApart,
	restatesSubject,
	singularKeyPluralVerb
} from './idea-echo';
import { articleIdeas } from './idea-drafts';
import { leadIdeas } from './idea-lead';
import { madeUpArticle } from './ideas.test-helpers';

describe('keys that copy a slip or restate the prompt (U14)', () => {
	it('finds a content word doubled close by, not a repeated function word', () => {
		expect(doubledWord('A Vestan painter, sculptor, rights campaigner, sculptor and poet')).toBe(
			true
		);
		expect(doubledWord('A Vestan painter and sculptor who worked with the poets of Ostra')).toBe(
			false
		);
		expect(doubledWord('A river town town in Ostra')).toBe(true);
		// Said twice in prose, the same word is how a long key reads, not a slip.
		expect(
			doubledWord(
				'A river town that grew from a ford into the main market of the region and a river port'
			)
		).toBe(false);
	});

	it('refuses a definition whose key restates a word qualifying the subject', () => {
		expect(
			restatesSubject('The study of shapes that are fundamentally velar', 'velar geometry')
		).toBe(true);
		expect(
			restatesSubject(
				'A parliamentary by-election in the seat of Oster Park held in May',
				'the Oster Park by-election'
			)
		).toBe(true);
		expect(
			restatesSubject(
				'A treaty to reduce the tidal waste sent between nations',
				'the Convention on Tidal Wastes'
			)
		).toBe(true);
		// One word of the name in another role, or a kindred word, passes.
		expect(
			restatesSubject(
				'An enzyme that makes DNA, a process termed velar transcription',
				'velar transcriptase'
			)
		).toBe(false);
		// One word of a proper name may come back in another role.
		expect(restatesSubject('Four laws passed by the Varn council', 'the Varn Acts')).toBe(false);
		// The subject's own class may come back: the rest of the key is new.
		expect(restatesSubject('Water that holds more salt than fresh water', 'tidal water')).toBe(
			false
		);
	});

	it('drops such drafts and keeps a person’s card, whose role names no part of the name', () => {
		const { article } = madeUpArticle('Velar geometry', [
			'Velar geometry is the study of shapes that are fundamentally velar rather than smooth.',
			'It was first taught in Ostra.'
		]);
		// The lead kind proposes it; the filter drops it.
		expect(leadIdeas(article)).toHaveLength(1);
		expect(articleIdeas(article).filter((i) => i.kind === 'lead')).toEqual([]);
		const card = {
			kind: 'lead' as const,
			sentence: article.sentences[0],
			type: 'flashcard' as const,
			prompt: 'Who was Ivo Velar?',
			answer: 'A Vestan engineer; famous for the Velar pump',
			start: 0,
			weight: 3
		};
		expect(keyStandsApart(card)).toBe(true);
		expect(
			keyStandsApart({ ...card, answer: 'A Vestan engineer, poet, sculptor, poet and writer' })
		).toBe(false);
	});

	it('refuses a singular key that goes on with a plural verb, not a plural noun’s', () => {
		expect(
			singularKeyPluralVerb('A Vestan territory in the Varn Sea that have been ruled by many')
		).toBe(true);
		expect(singularKeyPluralVerb('A chain of islands that have been ruled by many')).toBe(false);
		expect(singularKeyPluralVerb('A Vestan territory that has been ruled by many')).toBe(false);
	});
});

describe('a plural proper name keeps the lead’s plural verb (U14 S31)', () => {
	it('asks "What are the … Islands?" and "What is the Netherlands-like name" as the lead says', () => {
		const { article } = madeUpArticle('Ostran Islands', [
			'The Ostran Islands are an archipelago in the Varn Sea known for their salt marshes and fishing ports.',
			'The Ostran Islands were settled by fishermen.'
		]);
		expect(leadIdeas(article)[0]?.prompt).toBe('What are the Ostran Islands?');
		const { article: one } = madeUpArticle('Vestlands', [
			'The Vestlands is a country in the north of the Varn known for its canals and flower fields.',
			'The Vestlands was settled by fishermen.'
		]);
		expect(leadIdeas(one)[0]?.prompt).toBe('What is the Vestlands?');
	});
});

describe('keys that say the prompt again by its stems (blind reviews 11a/11b)', () => {
	it('refuses a key made of the asked words in other forms', () => {
		expect(
			echoesPrompt(
				'What does the sociology of velm farming refer to?',
				'The sociological study of how velm farming shapes villages and their markets'
			)
		).toBe(true);
		expect(
			echoesPrompt(
				'What is the maker Ostra Kettles?',
				'A Vestan maker of kitchenware, mainly known for its kettles and pans'
			)
		).toBe(true);
		expect(
			echoesPrompt(
				'What is the game Harbour Builder?',
				'A city-building strategy video game about a harbour town, developed by Vest Studio'
			)
		).toBe(true);
		expect(
			echoesPrompt(
				'What is a open-grazing zone?',
				'The land around a village whose farmers have signed an open grazing pact'
			)
		).toBe(true);
	});

	it('refuses a key that makes the subject its own kind', () => {
		expect(
			echoesPrompt(
				'What is remote weaving?',
				'A way of weaving wherein workers, wherever they live, make one cloth together'
			)
		).toBe(true);
	});

	it('refuses a key spelling out the capitals inside the name', () => {
		expect(
			echoesPrompt('What is VestMRP?', 'A commercial material-requirements planning application')
		).toBe(true);
	});

	it('keeps a key that names other things with the asked words', () => {
		// A capitalised word names another thing ("the bacterium Chlamydia …", U17 S01).
		expect(
			echoesPrompt(
				'What is varn infection?',
				'An infection caused by the bacterium Varn ostrana, spread by ticks'
			)
		).toBe(false);
		expect(
			echoesPrompt(
				'What is the film Solo?',
				'A 2017 experimental anthology film directed by Vesta Narn'
			)
		).toBe(false);
		expect(
			echoesPrompt(
				'What is the Hero System?',
				'A generic game system developed from a superhero game'
			)
		).toBe(false);
		expect(
			echoesPrompt('What is a citadel?', 'The core fortified area of a town or a citadel city')
		).toBe(false);
		expect(echoesPrompt('What is OstraNet?', 'A network of weather stations in Ostra')).toBe(false);
		expect(
			echoesPrompt(
				'What is a velm leak?',
				'A type of resource leak that occurs when a program keeps what it no longer needs'
			)
		).toBe(false);
		expect(
			echoesPrompt(
				'What is a velm leak in computer science?',
				'A type of resource leak that occurs when a computer program keeps unused memory'
			)
		).toBe(false);
		expect(
			echoesPrompt(
				'What is the album Sigma (album)?',
				'An electronic dance album that incorporates elements of hip-hop and club sounds'
			)
		).toBe(false);
	});

	it('refuses such a card in the drafts', () => {
		expect(
			keyStandsApart({
				kind: 'lead',
				prompt: 'What is the maker Ostra Kettles?',
				answer: 'A Vestan maker of kitchenware, mainly known for its kettles and pans'
			} as Parameters<typeof keyStandsApart>[0])
		).toBe(false);
	});
});
