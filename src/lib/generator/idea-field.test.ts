import { describe, expect, it } from 'vitest';
import { leadField, withField } from './idea-field';
import { leadIdeas } from './idea-lead';
import { madeUpArticle } from './ideas.test-helpers';

describe('the field a lead defines its term in (U14 S28)', () => {
	it('reads a lower-case field before the comma, never a year or a place', () => {
		expect(leadField('In law, a velar clause is a term of a contract.')).toBe('law');
		expect(leadField('In computer science, a velar tree is a tree.')).toBe('computer science');
		expect(leadField('In 1990, the velar tree was planted.')).toBeUndefined();
		expect(leadField('In Ostra, a velar is a coin.')).toBeUndefined();
		expect(leadField('In Velmic mythology, Orlan was a king of Varn.')).toBe('Velmic mythology');
		expect(withField('Who was Orlan?', 'In Velmic mythology, Orlan was a king of Varn.')).toBe(
			'Who was Orlan in Velmic mythology?'
		);
		expect(withField('What is a velar clause?', 'In law, a velar clause is a term.')).toBe(
			'What is a velar clause in law?'
		);
	});

	it('keeps the field in the lead card’s prompt', () => {
		const { article } = madeUpArticle('Velar clause', [
			'In law, a velar clause is a term of a contract that lets one party end it when the other moves abroad.',
			'The velar clause is common in Ostra.'
		]);
		expect(leadIdeas(article)[0]?.prompt).toBe('What is a velar clause in law?');
	});
});
