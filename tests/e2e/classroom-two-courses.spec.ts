import { expect, test } from './page-errors';
import { newDeviceContext } from './contexts';
import { courseFile, importCourse } from './course-helpers';
import { expectNoAxeViolations, gotoApp, shotForPeople } from './helpers';

/**
 * A teacher's unit spans two handouts she made into two courses (teach49, issue 12: "a quiz from
 * two courses", as Moodle draws a quiz's random questions from several bank categories): New quiz
 * asks from the course chosen and any other ticked, says how such a quiz travels (her courses
 * word for word in the link, the built-in course by reference, no join code), asks her long
 * flashcard answers as multiple choice among the answers of their own course, and a student
 * whose phone has neither course answers it from the link alone.
 *
 * No step waits for time to pass: each waits for what a person would see next.
 */

const DANUBE = 'u-0e2e0000-0000-4000-8000-0000000000d1';
const RHINE = 'u-0e2e0000-0000-4000-8000-0000000000d2';

/** A course of one document whose `questions` rest on its one sentence. */
function course(id: string, title: string, sentence: string, questions: Record<string, unknown>[]) {
	return courseFile(
		{ id, title },
		[
			{
				id: 'd-1',
				title: `${title} handout`,
				outlet: 'Class handout',
				date: '2025-03-01',
				dateApproximate: false,
				text: sentence
			}
		],
		questions.map((q, i) => ({
			id: `q-${i + 1}`,
			explanation: sentence,
			source: { doc: 'd-1', quote: sentence },
			fact: `fact-${i + 1}`,
			topics: [],
			difficulty: 1,
			origin: 'written',
			...q
		}))
	);
}

const danube = course(DANUBE, 'Danube delta', 'The Danube delta lies mostly in Romania.', [
	{
		type: 'mcq',
		prompt: 'In which country is most of the Danube delta?',
		answer: 'Romania',
		choices: ['Romania', 'Ukraine', 'Bulgaria']
	},
	{
		type: 'truefalse',
		prompt: 'The Danube delta is home to over 300 bird species.',
		answer: 'true'
	}
]);

/** Four landforms defined alike: each long answer is asked among the other three. */
const LANDFORMS = [
	// Not "… when a meander is cut off": a choice naming the meander is no wrong answer to
	// "What is a meander?" a student has to think about (`askedTerm`).
	['What is an oxbow lake?', 'A curved lake formed when a river bend is cut off'],
	['What is a meander?', 'A wide bend in a river on flat, low land'],
	['What is a delta?', 'A landform of sediment deposited where a river meets the sea'],
	['What is a floodplain?', 'The flat land beside a river that is covered when it floods']
];
const rhine = course(RHINE, 'Rhine landforms', 'The Rhine meanders across its floodplain.', [
	...LANDFORMS.map(([prompt, answer]) => ({ type: 'flashcard', prompt, answer })),
	// A reason alone of its kind: no fair wrong choices, so listed with why, never asked.
	{
		type: 'flashcard',
		prompt: 'Why does the Rhine flood in spring?',
		answer: 'Because snow melting in the Alps swells the river for weeks'
	}
]);

test(
	'a quiz from two of the teacher’s courses, with the built-in course said, reaches a student',
	{ tag: '@desktop' },
	async ({ page, browser }, testInfo) => {
		test.setTimeout(120_000);
		await importCourse(page, danube);
		await importCourse(page, rhine);

		await gotoApp(page, '/classroom/new');
		await page
			.getByRole('group', { name: 'Course' })
			.getByRole('radio', { name: 'Danube delta' })
			.check();
		await expect(page.getByText('2 different facts match (one question each)')).toBeVisible();

		// Closed until a course is ticked: a quiz of one course reads as it did.
		const also = page.getByTestId('also-courses');
		await also.locator('summary').click();
		await also.getByRole('checkbox', { name: 'Rhine landforms' }).check();
		const words = page.getByTestId('several-courses');
		await expect(words).toContainText(
			'Your students’ devices have none of these courses, so every question travels inside the quiz link word for word.'
		);
		await expect(words).toContainText('A quiz of more than one course has no short join code');
		await expect(
			page.getByText('The quiz also asks from the other courses ticked below')
		).toBeVisible();
		// Both courses' documents, each with its course; 2 facts + 4 landforms.
		const documents = page.getByRole('group', { name: 'Documents' });
		await expect(documents).toContainText('Danube delta handout · Danube delta');
		await expect(documents).toContainText('Rhine landforms handout · Rhine landforms');
		await expect(page.getByText('6 different facts match (one question each)')).toBeVisible();
		// The number the 2-fact course lowered (10 → 2) comes back up with the course ticked.
		await expect(page.getByLabel(/^Number of questions/)).toHaveValue('6');
		// The long answers are multiple choice among their own course's; the reason is listed.
		await page.getByLabel('Number of questions').fill('6');
		await expect(page.getByText(/^This quiz: 6 questions: /)).toContainText(
			'4 multiple choice made from your flashcards'
		);
		const unasked = page.getByTestId('unasked-cards');
		await unasked.locator('summary').click();
		await expect(unasked).toContainText('Why does the Rhine flood in spring?');
		await expect(unasked).toContainText('from its own course, and no other flashcard has one');

		// The built-in course ticked too: said how its questions travel.
		await also.getByRole('checkbox', { name: /^Turkey between/ }).check();
		await expect(words).toContainText(
			'questions of the built-in course travel as short references, as every device has it'
		);
		await expect(page.getByText(/^\d+ different facts match/)).not.toHaveText(/^6 /);
		await expectNoAxeViolations(page);
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await also.scrollIntoViewIfNeeded();
			await shotForPeople(page, testInfo.outputPath(`new-quiz-${width}.png`));
			const wide = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(wide, `page width at ${width} px`).toBeLessThanOrEqual(width);
		}
		await also.getByRole('checkbox', { name: /^Turkey between/ }).uncheck();
		await expect(page.getByText('6 different facts match (one question each)')).toBeVisible();

		await page.getByLabel('Title').fill('Rivers unit');
		await page.getByLabel('Shuffle the questions for each student').uncheck();
		await page.getByRole('button', { name: 'Create quiz and share' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Rivers unit' })).toBeVisible();
		await expect(page.locator('.join .code')).toHaveCount(0);
		const link = await page.getByLabel('Quiz link', { exact: true }).inputValue();

		// A phone that has neither course: every question came in the link.
		const context = await newDeviceContext(browser, testInfo, { project: 'phone' });
		const student = await context.newPage();
		await gotoApp(student, link);
		await expect(student.getByRole('heading', { name: 'Rivers unit' })).toBeVisible();
		await student.getByLabel('Your name').fill('Ana');
		await student.getByRole('button', { name: 'Start the quiz' }).click();
		let shot = false;
		const landform = new Map(LANDFORMS.map(([prompt, answer]) => [prompt, answer]));
		for (let i = 0; i < 6; i++) {
			await expect(student.getByText(`Question ${i + 1} of 6`)).toBeVisible();
			const prompt = ((await student.locator('#question-heading').textContent()) ?? '').trim();
			const key = landform.get(prompt);
			if (key) {
				// Four choices, all of the Rhine course's landforms.
				await expect(student.getByRole('radio')).toHaveCount(4);
				// The first landform asked, at each width.
				if (!shot)
					for (const width of [320, 390, 1280]) {
						await student.setViewportSize({ width, height: 800 });
						await shotForPeople(student, testInfo.outputPath(`student-${width}.png`));
						shot = true;
					}
				await student.getByRole('radio', { name: key }).check();
			} else if (/country/.test(prompt))
				await student.getByRole('radio', { name: 'Romania' }).check();
			else await student.getByRole('radio', { name: 'True' }).check();
			await student
				.getByRole('button', { name: i === 5 ? 'Finish and see my score' : 'Next' })
				.click();
		}
		await expect(student.getByRole('heading', { name: /Ana, you scored 6 of 6/ })).toBeVisible();
		await context.close();
	}
);
