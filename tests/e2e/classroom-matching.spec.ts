import { expect, test } from './page-errors';
import { expectNoAxeViolations, gotoApp, shotForPeople } from './helpers';
import { courseFile, importCourse } from './course-helpers';

/**
 * An outsider teacher's random 44-question quiz of her own course (issue 12) asked "Who patented
 * the water frame?" beside "Arkwright opened Cromford Mill in ____", and six definitions whose
 * choices were each other's answers, a matching exercise. Made-up course: New quiz keeps the
 * name's pair out of a random quiz and says so when the teacher chooses both, says the six
 * definitions offer each other's answers (the course has no other of their kind), and its
 * number's label says the most that can be asked.
 */
const COURSE_ID = 'u-0e2e0000-0000-4000-8000-0000000000d2';
const SENTENCE = 'Richard Arkwright opened Cromford Mill in 1771 beside the River Derwent.';

function question(n: number, fields: Record<string, unknown>) {
	return {
		id: `q-${n}`,
		explanation: 'The class notes say so.',
		source: { doc: 'd-1', quote: SENTENCE },
		fact: `fact-${n}`,
		topics: [],
		difficulty: 1,
		origin: 'written',
		...fields
	};
}

const LANDFORMS = [
	['meander', 'A bend in a river channel'],
	['ox-bow lake', 'A curved lake left where a loop was cut off'],
	['delta', 'A landform of mud dropped at a wide river mouth'],
	['gorge', 'A narrow valley with steep rocky sides'],
	['floodplain', 'The flat land either side of a lowland river'],
	['estuary', 'The tidal mouth where fresh water meets salt water']
];

const mills = courseFile(
	{ id: COURSE_ID, title: 'Mills and rivers' },
	[
		{
			id: 'd-1',
			title: 'Cromford',
			outlet: 'Class notes',
			date: '2025-03-01',
			dateApproximate: false,
			text: SENTENCE
		}
	],
	[
		question(1, {
			type: 'short',
			prompt: 'Who patented the water frame?',
			answer: 'Richard Arkwright'
		}),
		question(2, {
			type: 'cloze',
			prompt: 'Arkwright opened Cromford Mill in ____.',
			answer: '1771'
		}),
		...LANDFORMS.map(([term, meaning], i) =>
			question(3 + i, { type: 'flashcard', prompt: `What is a ${term}?`, answer: meaning })
		)
	]
);

test(
	'New quiz keeps a name’s give-away out, says the definitions offer each other’s answers, and the most it can ask',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		test.setTimeout(120_000);
		await importCourse(page, mills);
		await gotoApp(page, '/classroom/new');
		await page.getByRole('radio', { name: 'Mills and rivers' }).check();
		const count = page.locator('#count-hint');
		// The course loads from the database: on a busy 2-core machine once past 7 s.
		await expect(count).toHaveText(
			/^8 different facts match \(one question each\); 1 question would give another’s answer away, so 7 can be asked/,
			{ timeout: 30_000 }
		);
		await expect(page.getByLabel('Number of questions (at most 7)')).toHaveValue('7');
		const matching = page.getByTestId('matching');
		await expect(matching).toContainText(
			/Questions [\d, ]+ and \d offer other questions’ answers among their wrong choices/
		);
		await expect(matching).toContainText('too few other answers of their kind');
		await matching.scrollIntoViewIfNeeded();
		await shotForPeople(page, testInfo.outputPath('matching-note.png'));
		await expectNoAxeViolations(page);

		// Chosen by hand, both are kept, and the list says which gives the other away.
		await page.getByLabel('Choose them myself (search and preview)').check();
		const rows = page.getByRole('list', { name: 'Questions to choose from' });
		await page.getByLabel('Search the questions').fill('water frame');
		await rows.getByRole('checkbox').first().check();
		await page.getByLabel('Search the questions').fill('Cromford Mill');
		await rows.getByRole('checkbox', { name: /Arkwright opened/ }).check();
		const said = page.getByText(
			'Question 2 gives away the answer to question 1 (“Richard Arkwright”).'
		);
		await expect(said).toBeVisible();
		await said.scrollIntoViewIfNeeded();
		await shotForPeople(page, testInfo.outputPath('chosen-give-away.png'));
		await page.getByRole('button', { name: 'Create quiz and share' }).click();
		await expect(page.getByText(/^2 questions ·/)).toBeVisible({ timeout: 20_000 });
	}
);
