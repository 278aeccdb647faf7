import { describe, expect, it } from 'vitest';
import { factFileIdeas, factLineIdea, factTopic } from './idea-fact-file';
import { madeUpArticle } from './ideas.test-helpers';
import type { Sentence } from './text';

const line = (text: string): Sentence => ({ doc: 'm', index: 0, section: 'Fact file', text });
const card = (text: string, topic = 'the Velm Dam') => {
	const idea = factLineIdea(line(text), topic);
	return idea && [idea.prompt, idea.answer];
};

describe('factTopic: what a fact box is about', () => {
	it('names the heading’s own topic, else the title', () => {
		expect(factTopic('Fact file: the *Velmora*', 'Anna Velm')).toBe('the Velmora');
		expect(factTopic('Fact file', 'The Velm Dam')).toBe('the Velm Dam');
		expect(factTopic('Key facts', 'Velmport')).toBe('Velmport');
	});

	it('names no topic from a title of two parts, a question or a phrase', () => {
		expect(factTopic('Fact file', 'Velm and Salt')).toBeUndefined();
		expect(factTopic('Fact file', 'How Velm Dams Work')).toBeUndefined();
		expect(factTopic('Fact file', 'Dams: the big picture')).toBeUndefined();
		expect(factTopic('Fact file', 'Why rivers flood')).toBeUndefined();
	});
});

describe('factLineIdea: a labelled line asked of its topic (gen77)', () => {
	it('asks where, in which country, on which river, famous for, when founded or built', () => {
		expect(
			card('Location: northern Velmland, between the sea and the hills; a little in Ostra')
		).toEqual(['Where is the Velm Dam?', 'Northern Velmland, between the sea and the hills']);
		expect(card('Country: Velmland, north of Ostra', 'Velmport')).toEqual([
			'In which country is Velmport?',
			'Velmland'
		]);
		expect(card('River: the Ostrun, in northern Ostra')).toEqual([
			'On which river is the Velm Dam?',
			'The Ostrun'
		]);
		expect(card('Famous for: salt; glass; old maps', 'Velmport')).toEqual([
			'What is Velmport famous for?',
			'Salt; glass; old maps'
		]);
		expect(card('Founded: around the 12th century, as a river camp', 'Velmport')).toEqual([
			'When was Velmport founded?',
			'Around the 12th century'
		]);
		expect(card('Built: 1931–1936')).toEqual(['When was the Velm Dam built?', '1931–1936']);
		expect(card('Location: the middle of Ostra', 'the Velm Lakes')).toEqual([
			'Where are the Velm Lakes?',
			'The middle of Ostra'
		]);
	});

	it('asks no measure, no hedged value, no undated "when", no key the topic gives away', () => {
		for (const text of [
			'Height: about 221 metres',
			'Population: just under 400,000',
			'Capital: probably Velm Saleh',
			'Built: in Ostra, launched in 1912',
			'Named after: Anna Velm, the first mayor',
			'Type: concrete arch dam'
		])
			expect(card(text), text).toBeUndefined();
	});

	it('reads only the lines under a fact box’s heading', () => {
		const { article } = madeUpArticle('Velmport', [
			'This handout is about the old town of Velmport. You will need it for the test.',
			'Location: the north coast of Ostra.',
			'# Fact file',
			'Location: on the north coast of Ostra, at the mouth of the Velm.',
			'Founded: in 1204, as a fishing camp.',
			'# The town today',
			'Famous for: nothing at all.'
		]);
		expect(factFileIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['Where is Velmport?', 'On the north coast of Ostra, at the mouth of the Velm'],
			['When was Velmport founded?', 'In 1204']
		]);
	});
});
