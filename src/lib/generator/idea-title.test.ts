import { describe, expect, it } from 'vitest';
import { readPastedText } from '../documents/read';
import { generateDrafts } from '../courses/generate';
import { eventYearIdeas } from './idea-event';
import { madeUpArticle } from './ideas.test-helpers';
import { firstSentenceSubject, subjectTitle, withoutTitleYear } from './idea-title';
import { sentencesOf } from './text';

/** The drafts' prompts of one pasted text, as "Add documents" makes them. */
async function promptsOf(text: string): Promise<string[]> {
	const [doc] = await generateDrafts([readPastedText(text)], {
		now: Date.UTC(2026, 0, 1),
		pause: async () => {}
	});
	return doc.questions.map((q) => q.prompt);
}

const sentences = (...paragraphs: string[]) =>
	sentencesOf(
		'm',
		paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))
	);

describe('the title the idea kinds read (issue 12, the outsider teacher’s own articles)', () => {
	it('reads a title that ends on the year its opening dates without that year', () => {
		const opening = ['On 2 April 1861, the Marrow Dam above the town of Elsby gave way.'];
		expect(withoutTitleYear('The Elsby Flood of 1861', opening)).toBe('The Elsby Flood');
		expect(withoutTitleYear('Treaty of Carrow (1861)', opening)).toBe('Treaty of Carrow');
		// Another year in the opening, or digits left in the name: the title stays as it is.
		expect(withoutTitleYear('The Elsby Flood of 1862', opening)).toBe('The Elsby Flood of 1862');
		expect(withoutTitleYear('Route 9 fire of 1861', opening)).toBe('Route 9 fire of 1861');
	});

	it('asks the year of an event whose title holds that year, never giving it away', () => {
		const title = subjectTitle(
			'The Elsby Flood of 1861',
			sentences(
				'On 2 April 1861, the Marrow Dam above the town of Elsby gave way after a week of heavy rain.',
				'The water destroyed most of Elsby within an hour.'
			)
		);
		const { article } = madeUpArticle(title, [
			'On 2 April 1861, the Marrow Dam above the town of Elsby gave way after a week of heavy rain.',
			'The water destroyed most of Elsby within an hour.'
		]);
		const [idea] = eventYearIdeas(article);
		expect(idea?.prompt).toBe('In what year did the Elsby Flood take place?');
		expect(idea?.answer).toBe('1861');
	});

	it('takes the subject from the first sentence when the first line is not named in it', () => {
		expect(firstSentenceSubject('The Battle of Varnholm was fought on 3 June 1214.')).toBe(
			'The Battle of Varnholm'
		);
		// A pronoun, a fronted phrase or a long clause is no subject.
		expect(firstSentenceSubject('It was fought on 3 June 1214.')).toBeUndefined();
		// A question opens on no subject (gen38: a momentum handout was read as titled "Why").
		expect(
			firstSentenceSubject('Why is it harder to stop a velm cart than a velm sled?')
		).toBeUndefined();
		expect(firstSentenceSubject('What is a velm cart?')).toBeUndefined();
		expect(firstSentenceSubject('In 1214, the armies met at Varnholm.')).toBeUndefined();
		const opening = sentences(
			'The Battle of Varnholm was fought on 3 June 1214 between the armies of Ostra and Vesta.',
			'The Ostran king was killed in the battle.'
		);
		for (const line of ['Short note', 'Notes for Tuesday', 'Chapter 3'])
			expect(subjectTitle(line, opening)).toBe('The Battle of Varnholm');
		// A title the opening names stays.
		expect(subjectTitle('Varnholm', opening)).toBe('Varnholm');
	});

	it('drafts a pasted text whose first line is a label as it drafts the titled one', async () => {
		const body =
			'The Battle of Varnholm was fought on 3 June 1214 between the Ostran army of King Arvid and the Vestan army of Duke Hollen. Arvid was killed during the battle, and Hollen became king of Ostra. The battle changed the rulers of Ostra for a century. Many Vestan lords were given Ostran land after the victory.';
		const labelled = await promptsOf(`Short note\n\n${body}`);
		expect(labelled).toContain('In what year did the Battle of Varnholm take place?');
		expect(labelled).toEqual(await promptsOf(`Battle of Varnholm\n\n${body}`));
	}, 60_000);
});

describe('a byline above a biography’s lead (issue 12, the outsider teacher)', () => {
	const body =
		'Ashoka was an emperor of the Maurya dynasty who ruled almost all of the Indian subcontinent from about 268 to 232 BCE. He is remembered for spreading Buddhism across Asia after the Kalinga War.\n\nAfter the war, Ashoka turned to Buddhism and sent missionaries to Sri Lanka. His edicts were carved on pillars and rocks across the empire.';
	it('asks who the subject was, never who the author is', async () => {
		for (const head of [
			'By Jane Smith\n\n',
			'Jane Smith, March 2026\n',
			'Ashoka\nJane Smith, March 2026\n',
			'Ashoka\nBy Jane Smith\n'
		]) {
			const prompts = await promptsOf(head + body);
			expect(prompts).toContain('Who was Ashoka?');
			expect(prompts.join(' ')).not.toMatch(/Jane Smith/u);
		}
	});
});
