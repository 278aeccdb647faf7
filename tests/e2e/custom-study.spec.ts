import { expect, test } from './page-errors';
import { gotoApp } from './helpers';
import { bank, stored, studyCounts } from './study-helpers';
import { seedProgress } from './progress-seed';
import { courseFile, importCourse } from './course-helpers';

/**
 * Custom study (a student from Anki, session 34: nothing let them study beyond today's limits
 * before an exam). Study's "Nothing to study right now" offers it, as Anki's "Congratulations!"
 * screen does, and C opens it there as on Anki's overview; Home has its link too.
 */
test('C opens custom study where nothing is left; more new questions come at once', async ({
	page
}) => {
	await gotoApp(page, '/settings');
	await page.getByLabel('New questions per day').fill('0');
	await page.getByRole('button', { name: 'Save study settings' }).click();
	await expect(page.getByText(/^Saved\./)).toBeVisible();

	await gotoApp(page, '/study');
	await expect(page.getByRole('heading', { name: 'Nothing to study right now' })).toBeVisible();
	await page.keyboard.press('c');
	const heading = page.getByRole('heading', { name: 'Custom study' });
	await expect(heading).toBeFocused();
	// Escape closes it, the focus back on its button; C opens it again.
	await page.keyboard.press('Escape');
	await expect(heading).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Custom study' })).toBeFocused();
	await page.keyboard.press('c');
	await expect(heading).toBeFocused();
	// A wrong number is refused, with why, and the field takes the focus.
	await page.getByLabel('New questions to add').fill('0');
	await page.getByRole('button', { name: 'Start custom study' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Enter a whole number of questions from 1 to 9,999.'
	);
	await expect(page.getByLabel('New questions to add')).toBeFocused();
	await page.keyboard.press('Control+a');
	await page.keyboard.type('2');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'raised by 2' })).toHaveText(
		'Today’s limit of new questions raised by 2, for today only.'
	);
	await expect(page.locator('article.question')).toBeVisible();
	expect(await studyCounts(page)).toMatchObject({ fresh: 2 });
	await expect(heading).toHaveCount(0);
});

test('C where the review limit holds reviews back raises it for today: they come at once', async ({
	page
}) => {
	// Three review cards due since an hour ago; no new questions or reviews a day.
	await gotoApp(page, '/');
	const now = Date.now();
	const due = [0, 3, 6].map((i) => bank.questions[i]);
	await seedProgress(page, {
		cards: due.map((q) => ({ questionId: q.id, state: 2, due: now - 3_600_000 })),
		reviews: []
	});
	await gotoApp(page, '/settings');
	await page.getByLabel('New questions per day').fill('0');
	await page.getByLabel('Maximum reviews per day').fill('0');
	await page.getByRole('button', { name: 'Save study settings' }).click();
	await expect(page.getByText(/^Saved\./)).toBeVisible();

	await gotoApp(page, '/study');
	await expect(page.getByRole('heading', { name: 'Nothing to study right now' })).toBeVisible();
	await page.keyboard.press('c');
	await expect(page.getByRole('heading', { name: 'Custom study' })).toBeFocused();
	await page.getByLabel('Increase today’s review limit').check();
	await expect(page.getByLabel('Reviews to add')).toHaveValue('50');
	await page.getByLabel('Reviews to add').fill('2');
	await page.getByRole('button', { name: 'Start custom study' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'raised by 2' })).toHaveText(
		'Today’s limit of reviews raised by 2, for today only.'
	);
	await expect(page.locator('article.question')).toBeVisible();
	expect(await studyCounts(page)).toMatchObject({ review: 2 });
});

test('Home’s Custom study reviews the questions forgotten lately, the latest first', async ({
	page
}) => {
	await gotoApp(page, '/');
	// Two flashcards of different facts answered Again yesterday, relearning, due next week.
	const now = Date.now();
	const [first, second] = [bank.questions[0], bank.questions[3]];
	await seedProgress(page, {
		cards: [first, second].map((q) => ({ questionId: q.id, state: 3, due: now + 7 * 86_400_000 })),
		reviews: [first, second].map((q, i) => ({
			questionId: q.id,
			rating: 1,
			answeredAt: now - 86_400_000 + i * 60_000,
			beforeState: 2,
			afterState: 3
		}))
	});
	await gotoApp(page, '/');
	await page.getByRole('link', { name: 'Custom study' }).click();
	await expect(page.getByRole('heading', { name: 'Custom study' })).toBeFocused();
	await page.getByLabel('Review forgotten questions').check();
	await page.getByLabel('Forgotten in the last (days)').fill('2');
	await page.getByRole('button', { name: 'Start custom study' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'forgotten' })).toHaveText(
		'2 questions forgotten in the last 2 days added to today’s study, first in the queue.'
	);
	await expect(page.locator('#prompt')).toHaveText(second.prompt);
	expect(await studyCounts(page)).toMatchObject({ learning: 2 });
});

test('Study by card state or topic takes the new questions of the topics ticked', async ({
	page
}) => {
	// The built-in course's topics are its tags: "energy" has one question.
	const energy = bank.questions.find((q) => q.topics.includes('energy'))!;
	await gotoApp(page, '/study?course=&custom');
	await expect(page.getByRole('heading', { name: 'Custom study' })).toBeFocused();
	await page.getByLabel('Study by card state or topic').check();
	await page.getByText('Choose topics').click();
	const take = page.getByRole('group', { name: /^Only questions with one of these topics/ });
	const leave = page.getByRole('group', { name: 'Leave out questions with these topics' });
	await take.getByRole('checkbox', { name: 'energy (1)', exact: true }).check();
	await leave.getByRole('checkbox', { name: 'energy (1)', exact: true }).check();
	await expect(page.getByText('Choose topics (2 ticked)')).toBeVisible();
	await page.getByLabel('How many questions').fill('5');
	await page.getByRole('button', { name: 'Start custom study' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'“energy” is ticked to take and to leave out: untick one.'
	);
	await leave.getByRole('checkbox', { name: 'energy (1)', exact: true }).uncheck();
	await page.getByRole('button', { name: 'Start custom study' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'topics chosen' })).toHaveText(
		'1 new question of the topics chosen added to today’s study, first in the queue.'
	);
	await expect(page.locator('#prompt')).toHaveText(energy.prompt);
});

test('Preview new questions shows the questions added today one by one, and writes nothing', async ({
	page
}) => {
	// The built-in course was added to this device today, when the app installed it.
	await gotoApp(page, '/study?course=&custom');
	await expect(page.getByRole('heading', { name: 'Custom study' })).toBeFocused();
	await page.getByLabel('Preview new questions').check();
	await expect(page.getByLabel('Added in the last (days)')).toHaveValue('1');
	await page.getByRole('button', { name: 'Start custom study' }).click();
	await expect(page).toHaveURL(/\/study\/preview\?course=&days=1$/);
	await expect(page.getByRole('heading', { name: 'Preview new questions' })).toBeVisible();
	const count = page.getByRole('heading', { name: /^Question 1 of \d+$/ });
	await expect(count).toHaveText(`Question 1 of ${bank.questions.length}`);
	await expect(page.locator('.prompt')).toHaveText(bank.questions[0].prompt);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: /^Question 2 of / })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeFocused();
	// Nothing was written: no card, no answer; Study still offers its 20 new questions.
	expect(await stored(page)).toEqual({ cards: 0, reviews: 0 });
	await gotoApp(page, '/study');
	await expect(page.locator('article.question')).toBeVisible();
	expect(await studyCounts(page)).toMatchObject({ fresh: 20 });
});

test('Space shows the preview’s answer, then the next question, as in Study (Anki’s key)', async ({
	page
}) => {
	// The built-in course is installed by the first Study (Home's, at first open).
	await gotoApp(page, '/study?course=&custom');
	await page.getByLabel('Preview new questions').check();
	await page.getByRole('button', { name: 'Start custom study' }).click();
	await expect(page.getByRole('heading', { name: /^Question 1 of / })).toBeVisible();
	// Focus on the page, not on a button (a button keeps its own Space): it only scrolled.
	await page.locator('.prompt').click();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Next question' })).toBeFocused();
	await expect(page.getByRole('button', { name: 'Show answer' })).toHaveCount(0);
	await page.locator('.prompt').click();
	await page.keyboard.press('Space');
	await expect(page.getByRole('heading', { name: /^Question 2 of / })).toBeVisible();
	expect(await stored(page)).toEqual({ cards: 0, reviews: 0 });
});

test('choosing another course keeps custom study open, for that course', async ({ page }) => {
	const quote = 'Vienna lies on the Danube.';
	await importCourse(
		page,
		courseFile(
			{ id: 'u-0e2e0000-0000-4000-8000-000000000050', title: 'My notes' },
			[
				{
					id: 'd-1',
					title: 'Rivers',
					outlet: 'My notes',
					date: '2026-11-01',
					dateApproximate: false,
					text: quote
				}
			],
			[
				{
					id: 'q-1',
					type: 'flashcard',
					prompt: 'Which river flows through Vienna?',
					answer: 'The Danube',
					explanation: quote,
					source: { doc: 'd-1', quote },
					fact: 'river-1',
					topics: [],
					difficulty: 1,
					origin: 'written'
				}
			]
		)
	);
	await gotoApp(page, '/study?course=&custom');
	const panel = page.getByRole('region', { name: 'Custom study' });
	await expect(panel).toContainText('Study beyond today’s limits in All courses');
	await page.getByLabel('Course').focus();
	await page.getByLabel('Course').selectOption({ label: 'My notes' });
	await expect(page).toHaveURL(/\/study\?course=u-0e2e0000-0000-4000-8000-000000000050&custom$/);
	// Before, the panel closed and normal study of the course began.
	await expect(panel).toContainText('Study beyond today’s limits in My notes');
	await expect(page.getByLabel('Course')).toBeFocused();
	await expect(page.locator('article.question')).toHaveCount(0);
});

test.describe('on a 320 px phone at 200% text', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test(
		'custom study reflows: no sideways scroll, every choice’s field inside the card',
		{
			tag: '@phone'
		},
		async ({ page }) => {
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
			await gotoApp(page, '/study?course=&custom');
			await expect(page.getByRole('heading', { name: 'Custom study' })).toBeFocused();
			for (const choice of [
				'Increase today’s new question limit',
				'Increase today’s review limit',
				'Review forgotten questions',
				'Review ahead',
				'Preview new questions',
				'Study by card state or topic'
			]) {
				await page.getByLabel(choice).check();
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
					320
				);
			}
			// The topics, opened: each name wraps inside the card.
			await page.getByText('Choose topics').click();
			await expect(
				page.getByRole('checkbox', { name: /^Turkey–Serbia relations/ }).first()
			).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				320
			);
		}
	);
});
