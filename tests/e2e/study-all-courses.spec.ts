import { expect, test } from './page-errors';
import { courseFile, importCourse } from './course-helpers';
import { gotoApp } from './helpers';
import { answerOne } from './study-helpers';

/**
 * Study all courses draws new questions from every course in turns (issue 12, a student from
 * Anki): with her own course beside the built-in one (151 ranked questions), the day's 20 new
 * questions all came from the built-in course, two days running.
 */
const OWN = ['Which river flows through Vienna?', 'Which river flows through Paris?'];

const notes = courseFile(
	{ id: 'u-0e2e0000-0000-4000-8000-000000000049', title: 'My river notes' },
	[
		{
			id: 'd-1',
			title: 'Rivers',
			outlet: 'My notes',
			date: '2026-11-01',
			dateApproximate: false,
			text: 'Vienna lies on the Danube. Paris lies on the Seine.'
		}
	],
	OWN.map((prompt, i) => ({
		id: `q-${i + 1}`,
		type: 'flashcard',
		prompt,
		answer: i ? 'The Seine' : 'The Danube',
		explanation: i ? 'Paris lies on the Seine.' : 'Vienna lies on the Danube.',
		source: { doc: 'd-1', quote: i ? 'Paris lies on the Seine.' : 'Vienna lies on the Danube.' },
		fact: `river-${i + 1}`,
		topics: [],
		difficulty: 1,
		origin: 'written'
	}))
);

test('Study all courses serves her own notes on the first day, Home counting what it serves', async ({
	page
}) => {
	await importCourse(page, notes);
	await gotoApp(page, '/study?course=');
	await expect(page.getByRole('status').filter({ hasText: /^Studying/ })).toHaveText(
		'Studying all courses'
	);
	await expect(page.getByTestId('count-new')).toHaveText('20');
	// Turns between the two courses: hers second and fourth (built-in first, then hers; each
	// course's first, then each one's second). Before: none of the first 20.
	const prompts: string[] = [];
	for (let i = 0; i < 4; i++) prompts.push((await answerOne(page))!.prompt);
	expect([prompts[1], prompts[3]]).toEqual(OWN);
	await expect(page.getByTestId('count-new')).toHaveText('16');
	// Home counts for all courses what Study serves.
	await gotoApp(page, '/');
	await expect(page.getByTestId('count-new').first()).toHaveText('16');
});
