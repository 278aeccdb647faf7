import { expect, test } from './page-errors';
import { courseFile, importCourse } from './course-helpers';
import { gotoApp } from './helpers';
import { expectCounts } from './study-helpers';

/**
 * The built-in course can be removed and added again (issue 12, outsider student: she wanted her
 * own notes only, and the built-in course was in every "all courses" count). Its answers are
 * kept; it is not installed again on the next open.
 */
const notes = courseFile(
	{ id: 'u-0e2e0000-0000-4000-8000-000000000051', title: 'My notes' },
	[
		{
			id: 'd-1',
			title: 'Rivers',
			outlet: 'My notes',
			date: '2026-11-01',
			dateApproximate: false,
			text: 'Vienna lies on the Danube.'
		}
	],
	[
		{
			id: 'q-1',
			type: 'flashcard',
			prompt: 'Which river flows through Vienna?',
			answer: 'The Danube',
			explanation: 'Vienna lies on the Danube.',
			source: { doc: 'd-1', quote: 'Vienna lies on the Danube.' },
			fact: 'river-1',
			topics: [],
			difficulty: 1,
			origin: 'written'
		}
	]
);

test('the built-in course is removed with a confirm, stays removed, and comes back', async ({
	page
}) => {
	await importCourse(page, notes);
	const builtin = page.getByRole('heading', { name: /^Turkey between Serbia and Kosovo/ });
	await expect(builtin).toBeVisible();
	const card = page.getByRole('listitem').filter({ has: builtin });
	await card.getByRole('button', { name: 'Remove' }).click();
	const dialog = page.getByRole('dialog', { name: 'Remove the built-in course?' });
	await expect(dialog).toContainText('Your answers to its questions are kept');
	await dialog.getByRole('button', { name: 'Remove built-in course' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Removed' })).toContainText(
		'Your answers to its questions are kept'
	);
	await expect(builtin).toHaveCount(0);
	const addAgain = page.getByRole('button', { name: 'Add the built-in course again' });
	await expect(addAgain).toBeFocused();

	// Study all courses and Home count her one question only; a reload does not install it again.
	await gotoApp(page, '/study?course=');
	await expectCounts(page, { fresh: 1, learning: 0, review: 0 });
	await gotoApp(page, '/');
	await expect(page.getByTestId('count-new')).toHaveText('1');
	await gotoApp(page, '/courses');
	await expect(addAgain).toBeVisible();
	await expect(builtin).toHaveCount(0);
	await gotoApp(page, '/sources');
	await expect(page.getByRole('heading', { name: 'Rivers' })).toBeVisible();
	await expect(
		page.getByRole('heading', { name: /^Turkey between Serbia and Kosovo/ })
	).toHaveCount(0);

	await gotoApp(page, '/courses');
	await addAgain.click();
	await expect(
		page.getByRole('status').filter({ hasText: 'Added the built-in course again' })
	).toBeVisible();
	await expect(builtin).toBeVisible();
	await gotoApp(page, '/study?course=');
	await expectCounts(page, { fresh: 20, learning: 0, review: 0 });
});
