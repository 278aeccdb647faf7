import { describe, expect, it } from 'vitest';
import { glossaryEntry, glossaryIdeas } from './idea-glossary';
import { leadIdeas } from './idea-lead';
import { articleIdeas } from './idea-drafts';
import { hookKey, vagueKey } from './idea-strict';
import { madeUpArticle } from './ideas.test-helpers';
import type { Sentence } from './text';

const line = (text: string) => ({ text, index: 0 }) as unknown as Sentence;

/** Blind re-check H15 and an outsider's key-term list (gen55), on made-up text. */
describe('a handout’s opening hook is no term, and list entries need no full stop (gen55)', () => {
	it('reads no quantified phrase or clause as a glossary term', () => {
		expect(glossaryEntry(line('Many velms show banding: a dark back and a pale belly.'))).toBe(
			undefined
		);
		expect(glossaryEntry(line('Most ostrals can glide: a flight without flapping.'))).toBe(
			undefined
		);
		expect(glossaryEntry(line('Every lumen: a unit of light given off by a velm lamp.'))).toBe(
			undefined
		);
		expect(glossaryEntry(line('Velm banding: a dark back and a pale belly.'))?.term).toBe(
			'Velm banding'
		);
	});

	it('asks no lead definition of a quantified opening ("Every … is a …")', () => {
		const { article } = madeUpArticle('The Chemistry of Velms', [
			'Every velm display is a carefully planned set of lumic reactions. It depends on ostral salts.',
			'Velms were first made in Ostra.'
		]);
		expect(leadIdeas(article).map((i) => i.prompt)).toEqual([]);
	});

	it('refuses a key that weighs its subject as a hook, keeps a definition', () => {
		expect(hookKey('An ancient, varied and surprisingly fragile group of fish')).toBe(true);
		expect(hookKey('A fascinating family of ostral birds')).toBe(true);
		expect(vagueKey('A remarkable set of velm reactions that give off light')).toBe(true);
		expect(hookKey('A group of cartilaginous fish')).toBe(false);
		// An evaluative word in the restriction is the thing's own, not the hook's.
		expect(hookKey('A dance performed at surprising speed')).toBe(false);
	});

	it('asks a "- **Term**: definition" list whose lines end without a full stop', () => {
		const { article } = madeUpArticle('The Velm Revolution', [
			'The Velm Revolution was the change from weaving velm by hand to weaving it by machine. It began in Ostra in about 1760 and spread to the coast. Historians call it a revolution because it changed how people worked and where they lived.',
			'Before it, most Ostrans lived in villages. Velm was woven in cottages under the cottage round, in which merchants brought raw velm to families.',
			'# Key terms',
			'Cottage round: weaving velm by hand in workers’ own homes for a merchant',
			'Townshift: the growth in the share of people living in towns and cities',
			'Weavers’ league: an organisation of workers who bargain together with mill owners'
		]);
		expect(glossaryIdeas(article)).toHaveLength(3);
		const prompts = articleIdeas(article).map((i) => i.prompt);
		expect(prompts).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/the term “cottage round”\?$/u),
				expect.stringMatching(/the term “townshift”\?$/u),
				expect.stringMatching(/the term “weavers’ league”\?$/u)
			])
		);
	});
});
