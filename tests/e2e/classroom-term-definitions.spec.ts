import { expect, test } from './page-errors';
import { courseFile, importCourse } from './course-helpers';
import { expectNoAxeViolations, gotoApp } from './helpers';

/**
 * Issue 12 (quiz52): an outsider teacher's 8 "What is meant by the term “X”?" flashcards could
 * not go in a class quiz: "no other flashcard has one of its kind", the kinds being "a definition
 * of a mostly", "of a change", "of a circuit" (her definitions split by their first noun). As
 * Quizlet's Test takes any other term's definition as a wrong choice, a course's definitions are
 * now one kind; the fairness rules still hold (none naming the asked term, no length or form cue).
 *
 * No step waits for time to pass: each waits for what a person would see next.
 */

const CIRCUITS = 'u-0e2e0000-0000-4000-8000-0000000000c5';
const SENTENCE = 'A circuit carries a current when it is closed.';

/** Made-up definitions whose head nouns differ: a circuit, a flow, a push, a material, a wire. */
const TERMS = [
	['series circuit', 'A circuit in which the parts are joined one after another'],
	['current', 'The flow of electric charge around a closed circuit'],
	['voltage', 'The push that drives charge around a circuit from a cell'],
	['conductor', 'A material that lets electric charge pass through it easily'],
	['insulator', 'A material that does not let electric charge flow through it'],
	['fuse', 'A thin wire that melts when too much current flows through it'],
	['parallel circuit', 'A circuit with more than one path for the current to take']
];

const circuits = courseFile(
	{ id: CIRCUITS, title: 'Electric circuits' },
	[
		{
			id: 'd-1',
			title: 'Circuits handout',
			outlet: 'Class handout',
			date: '2025-03-01',
			dateApproximate: false,
			text: SENTENCE
		}
	],
	TERMS.map(([term, answer], i) => ({
		id: `q-${i + 1}`,
		type: 'flashcard',
		prompt: `What is meant by the term “${term}”?`,
		answer,
		explanation: SENTENCE,
		source: { doc: 'd-1', quote: SENTENCE },
		fact: `fact-${i + 1}`,
		topics: [],
		difficulty: 1,
		origin: 'written'
	}))
);

test(
	'a teacher’s definition flashcards of several head nouns are asked as multiple choice',
	{ tag: '@desktop' },
	async ({ page }) => {
		test.setTimeout(90_000);
		await importCourse(page, circuits);
		await gotoApp(page, '/classroom/new');
		await page.getByRole('radio', { name: 'Electric circuits' }).check();
		await expect(page.getByText('7 different facts match (one question each)')).toBeVisible({
			timeout: 20_000
		});
		await page.getByLabel('Number of questions').fill('7');
		// Before: none asked, each "no other flashcard has one" of its sub-kind.
		await expect(page.getByText(/^This quiz: 7 questions: /)).toContainText(
			'7 multiple choice made from your flashcards'
		);
		await expect(page.getByText('no other flashcard has one')).toHaveCount(0);
		await expectNoAxeViolations(page);
	}
);
