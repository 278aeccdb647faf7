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

	it('keeps a scripture or a faith the lead frames its account in (U29 S21, Abner)', () => {
		expect(leadField('In the Hebrew Bible, Orlan was the cousin of King Varn.')).toBe(
			'the Hebrew Bible'
		);
		expect(leadField('In the Book of Velm, Orlan is a prophet.')).toBe('the Book of Velm');
		expect(leadField('In the New Testament, Orlan was a tax collector.')).toBe('the New Testament');
		expect(leadField('In Judaism, a velar is a blessing said at dusk.')).toBe('Judaism');
		expect(leadField('According to the Quran, Orlan was a prophet.')).toBe('the Quran');
		expect(leadField('According to legend, Orlan founded Varn.')).toBe('legend');
		expect(withField('Who was Orlan?', 'In the Hebrew Bible, Orlan was a king.')).toBe(
			'Who was Orlan in the Hebrew Bible?'
		);
		expect(withField('Who was Orlan?', 'According to legend, Orlan was a king.')).toBe(
			'Who was Orlan in legend?'
		);
		// A place, an era or a country is no frame.
		expect(leadField('In the United States, a velar is a coin.')).toBeUndefined();
		expect(leadField('In the Middle Ages, a velar was a coin.')).toBeUndefined();
		expect(leadField('According to the census, Varn has 300 people.')).toBeUndefined();
		expect(leadField('In Ostra, a velar is a coin.')).toBeUndefined();
	});

	it('asks a person the lead frames in a scripture within that frame', () => {
		const { article } = madeUpArticle('Orlan', [
			'In the Hebrew Bible, Orlan (Orla) was the commander of the army of King Varn, his cousin.',
			'He was killed by Velm at the gate of the city.'
		]);
		expect(leadIdeas(article)[0]?.prompt).toBe('Who was Orlan in the Hebrew Bible?');
	});
});
