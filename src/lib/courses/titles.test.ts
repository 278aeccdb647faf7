import { describe, expect, it } from 'vitest';
import { courseNamed, distinctTitle, takenTitleProblem } from './titles';

describe('distinctTitle', () => {
	it('numbers a title another course already has, folded, and keeps a new one', () => {
		expect(distinctTitle('Balkans', ['Other'])).toBe('Balkans');
		expect(distinctTitle('Balkans', ['BALKANS'])).toBe('Balkans (2)');
		expect(distinctTitle('Vučić', ['vucic', 'Vucic (2)'])).toBe('Vučić (3)');
	});
});

describe('courseNamed and takenTitleProblem (Add documents and Rename: one rule)', () => {
	it('finds a course already of that name, case, accents and spaces aside', () => {
		const courses = [{ title: 'Turkey, Serbia and Kosovo' }, { title: 'Année 10  Révision' }];
		expect(courseNamed('annee 10 revision', courses)).toBe(courses[1]);
		expect(courseNamed('Turkey, Serbia and Kosovo ', courses)).toBe(courses[0]);
		expect(courseNamed('Turkey and Serbia', courses)).toBeUndefined();
	});

	it('refuses another course’s name, the built-in one’s too, and lets a course keep its own', () => {
		const courses = [
			{ id: 'builtin', title: 'Year 9 Humanities' },
			{ id: 'u-1', title: 'Nile and Aswan' },
			{ id: 'u-2', title: 'Vienna' }
		];
		expect(takenTitleProblem('year 9  humanities', courses, 'u-2')).toBe(
			'You already have a course called “Year 9 Humanities”. Give this one another title, so you can tell them apart.'
		);
		expect(takenTitleProblem('Nile and Aswán', courses, 'u-2')).toMatch(/“Nile and Aswan”/);
		// Renaming a course to its own name in other letters is no clash.
		expect(takenTitleProblem('VIENNA', courses, 'u-2')).toBe('');
		expect(takenTitleProblem('Vienna', courses)).toMatch(/already have a course/);
		expect(takenTitleProblem('Iceland', courses)).toBe('');
	});
});
