import { expect, test } from './page-errors';
import { encodeEnvelope } from '../../src/lib/quiz/envelope';
import { importQuestionFile } from './course-helpers';
import { expectNoAxeViolations, gotoApp, shotForPeople } from './helpers';

/**
 * Outsider teacher from Kahoot and Moodle (issue 12): she imported and accepted her own course,
 * opened New quiz and found the built-in course chosen. A Moodle quiz is added inside the course
 * one is in; New quiz now opens on the course last worked in, and says so.
 */

const GIFT = [
	'::Q1:: Which mountain is the highest in Japan? {=Mount Fuji}',
	'::Q2:: Tokyo is the capital of Japan. {T}',
	'::Q3:: Which city was Japan’s capital before Tokyo? {=Kyoto ~Osaka ~Nara}'
].join('\n\n');

test(
	'New quiz opens on the course just made, says why, and on the one chosen last after that',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		test.setTimeout(120_000);
		await importQuestionFile(page, { name: 'japan.gift', text: GIFT }, 'Japan geography', 3);
		await gotoApp(page, '/classroom/new');
		// Each course a radio button, its title whole at 320 px and 200% text (final outsider, s29).
		const courses = page.getByRole('group', { name: 'Course' });
		await expect(courses.getByRole('radio', { name: 'Japan geography' })).toBeChecked();
		await expect(page.locator('#course-hint')).toContainText('The course you last worked in.');
		await expect(page.getByLabel('Number of questions')).toBeVisible({ timeout: 30_000 });
		await expectNoAxeViolations(page);
		await shotForPeople(page, testInfo.outputPath('new-quiz-own-course.png'));

		// Chosen here, the built-in course is the one New quiz opens on next time, without a note.
		await courses
			.getByRole('radio', { name: 'Turkey between Serbia and Kosovo, 2008–2025' })
			.check();
		await expect(page.locator('#course-hint')).toHaveText(
			'Every student’s device has the built-in course, so the quiz link stays short.'
		);
		await gotoApp(page, '/classroom/new');
		await expect(
			page.getByRole('radio', { name: 'Turkey between Serbia and Kosovo, 2008–2025' })
		).toBeChecked();
		await expect(page.locator('#course-hint')).toContainText('The course you last worked in.');
	}
);

/** Short answers a lean QR code carries (`leanQuiz`): no explanation, no passage. */
const LEAN = [
	['uc-1', 'Which mountain is the highest in Japan?', 'Mount Fuji'],
	['uc-2', 'Which city in Russia was the capital before Moscow?', 'Saint Petersburg'],
	['uc-3', 'Which London street is the home of the Stock Exchange?', 'Threadneedle Street']
];
const leanCode = encodeEnvelope(
	'quiz',
	JSON.stringify({
		i: 'leanabbrev',
		t: 'Places check',
		c: 1_795_000_000,
		s: [0, 0, 0b1100],
		l: '0a1b2c3d',
		f: LEAN.map(([id, prompt, answer]) => [
			id,
			'short',
			prompt,
			answer,
			null,
			null,
			'',
			'teacher',
			''
		])
	})
);

/**
 * A student's review of a quiz from a QR code (outsider teacher, issues 12 and 14): "Mt. Fuji"
 * and "St Petersburg" are right, and "the explanations are in your teacher's link" is said once.
 */
test(
	'a QR-only quiz marks "Mt. Fuji" right and says once that explanations are in the link',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		await gotoApp(page, '/quiz');
		await page
			.getByLabel('Join code or link')
			.fill(`${new URL(page.url()).origin}/quiz#${leanCode}`);
		await page.getByRole('button', { name: 'Open quiz' }).click();
		await page.getByLabel('Your name').fill('Ana');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		for (const [i, answer] of ['Mt. Fuji', 'St Petersburg', 'Threadneedle St'].entries()) {
			await expect(page.getByText(`Question ${i + 1} of 3`)).toBeVisible();
			await page.getByLabel('Your answer').fill(answer);
			if (i < 2) await page.getByRole('button', { name: 'Next' }).click();
		}
		await page.getByRole('button', { name: 'Finish and see my score' }).click();
		await expect(page.getByRole('heading', { name: 'Ana, you scored 3 of 3' })).toBeVisible();
		await expect(page.getByTestId('lean-note')).toHaveCount(1);
		await expect(page.getByTestId('lean-note')).toHaveText(
			'The QR code carried only the questions and their answers: the explanations are in your teacher’s link.'
		);
		await expect(page.getByText(/explanation is in your teacher/)).toHaveCount(0);
		await page.getByRole('heading', { name: 'Review' }).scrollIntoViewIfNeeded();
		await shotForPeople(page, testInfo.outputPath('lean-review.png'));
		await expectNoAxeViolations(page);
	}
);
