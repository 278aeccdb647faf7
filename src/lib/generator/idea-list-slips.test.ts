import { describe, expect, it } from 'vitest';
import { articleIdeas } from './idea-drafts';
import { termIdeas } from './idea-term';
import { whereIdeas } from './idea-where';
import { madeUpArticle, sentenceCard } from './ideas.test-helpers';
import { splitSentences } from './text';
import {
	bareCountNoun,
	endsInsideList,
	numberSlip,
	passingYear,
	subjectMissing
} from './idea-list-slips';

const card = sentenceCard;

/** Blind review U22's failure kinds (issue 12), each on made-up articles. */
describe('U22 kinds (gen19)', () => {
	it('keeps a company’s "Inc." inside its sentence and asks no prompt without a subject', () => {
		expect(
			splitSentences(
				'Velm Media, Inc. (VMI), is an Ostran publisher of maps. It was founded in 1901.'
			)
		).toEqual([
			'Velm Media, Inc. (VMI), is an Ostran publisher of maps.',
			'It was founded in 1901.'
		]);
		expect(
			splitSentences('Lumen Ltd. Holdings sells ropes. Kestrel Corp. Group sells nets.')
		).toHaveLength(2);
		expect(subjectMissing('Who is?')).toBe(true);
		expect(subjectMissing('What was the?')).toBe(true);
		expect(subjectMissing('Where was born?')).toBe(true);
		expect(subjectMissing('(VMI), is what?')).toBe(true);
		expect(subjectMissing('Who is Ivo Stren?')).toBe(false);
		expect(subjectMissing('What is a lumosome?')).toBe(false);
		expect(subjectMissing('Where was Ivo Stren born?')).toBe(false);
		const { article } = madeUpArticle('Velm Media, Inc.', [
			'Velm Media, Inc. (VMI), is an Ostran publisher of maps, atlases and guides based in Lumen.'
		]);
		expect(articleIdeas(article).every((i) => !subjectMissing(i.prompt))).toBe(true);
	});

	it('keys a place written "district, city" whole and accepts each part', () => {
		const { article } = madeUpArticle('Ivo Stren', [
			'Ivo Stren (1801–1870) was an Ostran painter. Stren was born in Nord Kestrel, Lumen, the third of four children of a grocer.'
		]);
		const [where] = whereIdeas(article);
		expect(where.prompt).toBe('Where was Ivo Stren born?');
		expect(where.answer).toBe('Nord Kestrel, Lumen');
		expect(where.accept).toEqual(['Nord Kestrel', 'Lumen']);
	});

	it('asks no bare count noun that opens a checklist item as its definition', () => {
		const { article } = madeUpArticle('Pipe safety', [
			'Pipe safety is the study of keeping pipes from bursting. A vessel holds the fluid before the pipe.',
			'Vessel is a small trap from which liquids are manually drained.',
			'Glowing is the process by which velm plants make light.'
		]);
		const vessel = card('What is vessel?', 'A small trap', article.sentences[2].text);
		expect(bareCountNoun(vessel, article)).toBe(true);
		// A mass noun the article never counts keeps its definition.
		const glowing = card('What is glowing?', 'The process …', article.sentences[3].text);
		expect(bareCountNoun(glowing, article)).toBe(false);
		// The article's own subject, asked with its determiner, keeps its definition.
		const fire = madeUpArticle('Flame', [
			'Flame is the glowing part of a fire. A flame rises from the wick.'
		]).article;
		expect(
			bareCountNoun(card('What is a flame?', 'The glowing part', fire.sentences[0].text), fire)
		).toBe(false);
		expect(
			bareCountNoun(card('What is flame?', 'The glowing part', fire.sentences[0].text), fire)
		).toBe(false);
	});

	it('asks a short common word only in its field', () => {
		const tack = madeUpArticle('Velm tack', [
			'Velm tack is the gear put on a velm for riding.',
			'A bit is a device placed in a velm’s mouth. The bit is held by a strap.'
		]).article;
		expect(termIdeas(tack).map((i) => i.prompt)).not.toContain('What is a bit?');
		const botany = madeUpArticle('Velm botany', [
			'Velm botany is the study of glowing plants.',
			'A pod is a case that holds the seeds of a velm plant. Each pod splits when dry.'
		]).article;
		expect(termIdeas(botany).map((i) => i.prompt)).toEqual(['What is a pod in velm botany?']);
		// Blind review 11/12: "What is a wave in law?": a field the sentence does not give is not added.
		const law = madeUpArticle('Velm law', [
			'Velm law is the body of rules on the glowing velm trade.',
			'A wave is a sudden rise of the sea that floods a harbour. Each wave breaks on the wall.'
		]).article;
		expect(termIdeas(law).map((i) => i.prompt)).toEqual([]);
	});

	it('asks no year of a passing performance or broadcast', () => {
		expect(
			passingYear(card('In 2012, Ivo Stren performed at the Lumen Fair.', 'true', '', 'truefalse'))
		).toBe(true);
		expect(
			passingYear(card('In what year was "The Velm Night" first broadcast?', '2016', ''))
		).toBe(true);
		expect(passingYear(card('In what year was the Velm Society founded?', '1830', ''))).toBe(false);
		expect(passingYear(card('What did Ivo Stren perform?', 'Songs', ''))).toBe(false);
	});

	it('refuses a key with a number slip or cut inside a list', () => {
		expect(numberSlip('An Ostran physicist; a founders of the Velm Institute')).toBe(true);
		expect(numberSlip('A series of maps')).toBe(false);
		expect(numberSlip('An Ostran physicist; a founder of the Velm Institute')).toBe(false);
		const text =
			'Velm Hour is an Ostran radio show known for its guests, folk singers, comic drama, and dry humor.';
		expect(
			endsInsideList(
				card(
					'What is Velm Hour?',
					'An Ostran radio show known for its guests, folk singers, comic drama',
					text
				)
			)
		).toBe(true);
		expect(
			endsInsideList(
				card(
					'What is Velm Hour?',
					'An Ostran radio show known for its guests, folk singers, comic drama, and dry humor',
					text
				)
			)
		).toBe(false);
	});
});
