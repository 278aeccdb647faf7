import { describe, expect, it } from 'vitest';
import { culprit, hintsFor } from './cloze-hints';
import { blankFields, type QuestionFields } from '$lib/content/question-fields';
import { pointsIntoArticle } from '$lib/generator/standalone';

const cloze = (prompt: string, answer: string): QuestionFields => ({
	...blankFields('cloze'),
	prompt,
	answer
});

describe('hintsFor', () => {
	it('says nothing of a blank that stands alone', () => {
		const quote = 'The tidal power station at Velmora began supplying electricity in 2024.';
		expect(
			hintsFor(
				cloze('The tidal power station at Velmora began supplying electricity in ____.', '2024'),
				quote
			)
		).toEqual([]);
		expect(hintsFor(blankFields('cloze'), quote)).toEqual([]);
	});

	it('quotes what the prompt leans on in the article', () => {
		const quote = 'The operation ended in 2019 after Brandt signed the agreement.';
		const [hint] = hintsFor(
			cloze('The operation ended in ____ after Brandt signed the deal.', '2019'),
			quote
		);
		expect(hint).toMatch(/^It says “[Tt]he operation”: name it, so the question stands alone/);
	});

	// docs30: an outsider's class quiz asked these; a student never sees the sentence before.
	it('asks what an example is of, and where an event without a name happened', () => {
		const example = 'The Kessel Fault in Norvania is an example.';
		expect(hintsFor(cloze('The ____ in Norvania is an example.', 'Kessel Fault'), example)).toEqual(
			[
				'It says “an example”: name what it refers to (an example of what?), so the question stands alone.'
			]
		);
		const rain = 'About 190 millimetres of rain fell in five hours on the hills.';
		expect(
			hintsFor(
				cloze('About ____ millimetres of rain fell in five hours on the hills.', '190'),
				rain
			)[0]
		).toMatch(/^It tells what happened without naming where/);
		// The year the blank hides is the answer, not a missing anchor.
		const dated = 'In 2011 about 58 buildings were damaged.';
		expect(
			hintsFor(cloze('In ____ about 58 buildings were damaged.', '2011'), dated).join()
		).not.toMatch(/without naming/);
	});

	it('names a pronoun that comes before any name', () => {
		const quote = 'In 1871, she married the shipowner Brandt.';
		expect(hintsFor(cloze('In ____, she married the shipowner Brandt.', '1871'), quote)[0]).toBe(
			'It says “she” before any name: say who, so the question stands alone.'
		);
	});

	it('never asks for what the blank removes (outsider: the year that is the answer)', () => {
		const quote = 'The Battle of Hastings was fought on 14 October 1066.';
		const hints = (prompt: string, answer: string) => hintsFor(cloze(prompt, answer), quote);
		expect(hints('The Battle of Hastings was fought on 14 October ____.', '1066')).toEqual([]);
		expect(hints('The dam gave way in May ____.', '1889')).toEqual([]);
		// The year is in the sentence but not blanked, nor in the prompt: still asked for.
		expect(hints('The Battle of ____ was fought on 14 October.', 'Hastings')).toContain(
			'It says “14 October”: give the date (month and year), as a student cannot tell when the article was written.'
		);
	});

	it('asks for a date where the prompt says "last week"', () => {
		const quote = 'Odo Brandt visited Velmora last week to open the tidal station.';
		expect(
			hintsFor(
				cloze('Odo Brandt visited ____ last week to open the tidal station.', 'Velmora'),
				quote
			)
		).toContain(
			'It says “last week”: give the date (month and year), as a student cannot tell when the article was written.'
		);
	});

	it('says when the blank’s answer is still in the sentence', () => {
		const quote = 'Velmora is a fishing town, and Velmora opened a tidal station in 2024.';
		const hints = hintsFor(
			cloze('____ is a fishing town, and Velmora opened a tidal station in 2024.', 'Velmora'),
			quote
		);
		expect(hints).toContain(
			'The blank’s answer also appears in the sentence: hide it there too, or choose another blank.'
		);
	});

	it('warns of a title before the blank and of “a ____”', () => {
		const quote = 'Estavian Prime Minister Lena Sorvik opened the tidal station at Velmora.';
		expect(
			hintsFor(
				cloze('Estavian Prime Minister ____ opened the tidal station at Velmora.', 'Lena Sorvik'),
				quote
			)
		).toContain('The title or initials beside the blank give the answer away: hide them with it.');
		const a = 'Velmora is a fishing town on the northern coast of Estavia.';
		expect(
			hintsFor(cloze('Velmora is a ____ town on the northern coast of Estavia.', 'fishing'), a)
		).toContain(
			'“a ____” or “an ____” tells whether the answer starts with a vowel: hide the “a” too.'
		);
	});

	it('a flashcard that names its own answer, and a wrong choice true in the sentence', () => {
		const quote = 'Nordtide Energy plans a second station at Brennvik by 2029.';
		expect(
			hintsFor(
				{
					...blankFields('flashcard'),
					prompt: 'Where does Nordtide plan a station at Brennvik?',
					answer: 'Brennvik'
				},
				quote
			)
		).toContain('The question names its own answer: reword it so the answer is not in it.');
		const mcq: QuestionFields = {
			...blankFields('mcq'),
			prompt: 'Nordtide Energy plans a second station at ____ by 2029.',
			answer: 'Brennvik',
			wrong: ['Nordtide', 'Korsund', 'Ostby']
		};
		expect(hintsFor(mcq, quote)).toContain(
			'A wrong choice is named in the sentence itself, so it may be true: choose another.'
		);
	});
});

describe('culprit', () => {
	it('finds the shortest run of words a check still flags', () => {
		expect(culprit('Talks stalled when the operation began in May 2019.', pointsIntoArticle)).toBe(
			'the operation'
		);
		expect(culprit('Velmora opened a station.', pointsIntoArticle)).toBeUndefined();
	});
});

describe('dangling subjects (issue 12, outsider: precise over recall)', () => {
	const none = (prompt: string, answer: string) =>
		expect(hintsFor(cloze(prompt, answer), prompt.replace('____', answer))).toEqual([]);

	it('says nothing when the phrase says which', () => {
		none('The fungus that spoils the rye was identified by ____ in 1902.', 'Ada Rask');
		none('The chief clerk of the Ostby Water Board was ____.', 'Per Lund');
		none('The third Kalby Dam was built by ____.', 'Jon Ek');
		none('On the night of ____, the upper wall of the Kalby Dam gave way.', '9 May 1880');
	});

	it('warns of a bare action noun as the subject, naming it', () => {
		const prompt = 'Excavation began in ____ and lasted until the late 1880s.';
		const hints = hintsFor(cloze(prompt, '1879'), prompt.replace('____', '1879'));
		expect(hints).toHaveLength(1);
		expect(hints[0]).toContain('“Excavation”');
		const work = 'The project was paid for by ____.';
		expect(hintsFor(cloze(work, 'Nils Sand'), work)[0]).toContain('“The project”');
	});

	it('never quotes a placeholder instead of the words it found', () => {
		const prompt = 'In the end, the river flooded the lower town in ____.';
		for (const hint of hintsFor(cloze(prompt, '1881'), prompt))
			expect(hint).not.toContain('its subject');
	});
});
