import { expect, test } from './page-errors';
import { makeDocx } from '../../src/lib/documents/test-files';
import { courseFile, importCourse } from './course-helpers';
import { expectNoAxeViolations, gotoApp, shotForPeople } from './helpers';

/**
 * A made-up Word handout with a Title, Heading 1 sections, a bulleted list and a table whose
 * first row names its columns, as a teacher writes one (outsider teacher, session 34: its
 * headings came out as paragraphs and its table as run-together text).
 */
const HANDOUT = makeDocx(
	[
		{ text: 'Leaves at Work', style: 'Title' },
		{ text: 'Introduction', style: 'Heading1' },
		'Photosynthesis is the process by which green plants use light energy to make glucose from carbon dioxide and water. It takes place in the chloroplasts of leaf cells, and oxygen is released as a by-product.',
		{ text: 'Summary table', style: 'Heading1' },
		{
			rows: [
				['Factor', 'Effect of increasing it', 'Why'],
				['Light intensity', 'Rate rises, then levels off', 'Provides energy for the reaction'],
				['Carbon dioxide', 'Rate rises, then levels off', 'It is a raw material'],
				[
					'Temperature',
					'Rate rises to an optimum, then falls',
					'Enzymes work faster, then denature'
				]
			]
		},
		{ text: 'Key terms', style: 'Heading1' },
		{ text: 'Chloroplast: the organelle where photosynthesis takes place.', style: 'ListBullet' },
		{ text: 'Stomata: pores in the leaf surface that allow gas exchange.', style: 'ListBullet' }
	],
	{},
	[
		{ id: 'Title', name: 'Title' },
		{ id: 'Heading1', name: 'heading 1', outline: 0 },
		{ id: 'ListBullet', name: 'List Bullet' }
	]
);

test('a Word handout’s headings, list and table show as such in the reader', async ({
	page
}, testInfo) => {
	await gotoApp(page, '/courses/new');
	await page.getByTestId('file-input').setInputFiles({
		name: 'leaves.docx',
		mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
		buffer: Buffer.from(HANDOUT)
	});
	await expect(page.getByTestId('document-entry')).toHaveCount(1);
	await page.getByLabel('Course title').fill('Plants');
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('heading', { name: 'Course saved' })).toBeFocused({
		timeout: 30_000
	});
	await page
		.getByRole('link', { name: /^(Review \d+ drafts?|Write questions by hand from a sentence)$/ })
		.click();
	await page.waitForURL(/\/courses\/review\?course=u-/);
	const course = new URL(page.url()).searchParams.get('course');
	await gotoApp(page, `/sources/${course}:d-1`);

	const article = page.locator('article');
	await expect(page.getByRole('heading', { level: 1, name: 'Leaves at Work' })).toBeVisible();
	// The title is the page's heading, not again a line of the text.
	await expect(article.getByText('Leaves at Work')).toHaveCount(0);
	await expect(article.getByRole('heading', { level: 2 })).toHaveText([
		'Introduction',
		'Summary table',
		'Key terms'
	]);
	const table = article.getByRole('table');
	await expect(table.getByRole('columnheader')).toHaveText([
		'Factor',
		'Effect of increasing it',
		'Why'
	]);
	await expect(table.getByRole('row')).toHaveCount(4);
	await expect(
		table.getByRole('cell', { name: 'Rate rises to an optimum, then falls' })
	).toBeVisible();
	await expect(article.getByRole('list').getByRole('listitem')).toHaveText([
		'Chloroplast: the organelle where photosynthesis takes place.',
		'Stomata: pores in the leaf surface that allow gas exchange.'
	]);
	// Named after its heading; focusable, so the keyboard can scroll it.
	const box = article.getByRole('region', { name: 'Summary table' });
	await box.focus();
	await expect(box).toBeFocused();
	await expectNoAxeViolations(page);
	await shotForPeople(page, testInfo.outputPath('reader.png'), true);

	// At 320 px the table scrolls inside its box; the page never scrolls sideways.
	await page.setViewportSize({ width: 320, height: 740 });
	await expect.poll(() => box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await box.scrollIntoViewIfNeeded();
	await shotForPeople(page, testInfo.outputPath('reader-320.png'));
});

/**
 * A made-up handout pasted as plain text: headings on lines of their own, a pipe table with no
 * outer pipes and no delimiter row (outsider teacher, session 35: the headings showed as
 * paragraphs and the table ran into one paragraph).
 */
const PASTED_HANDOUT = [
	'Leaves at Work',
	'',
	'Photosynthesis is the process by which green plants use light energy to make glucose from carbon dioxide and water.',
	'',
	'Limiting factors',
	'',
	'The rate of photosynthesis can be limited by light, carbon dioxide and temperature.',
	'',
	'Factor | Effect of increasing it | What stops the rise',
	'Light intensity | Rate increases | Carbon dioxide becomes limiting',
	'Temperature | Rate increases to an optimum | Enzymes are denatured',
	'',
	'Respiration',
	'',
	'Respiration is a chemical reaction that releases energy from glucose in every living cell.'
].join('\n');

test('a pasted plain-text handout’s heading lines and pipe table show as such in the reader', async ({
	page
}, testInfo) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await gotoApp(page, '/courses/new');
	await page.getByLabel('Or paste an article').fill(PASTED_HANDOUT);
	await page.getByRole('button', { name: 'Add pasted text' }).click();
	await expect(page.getByTestId('document-entry')).toHaveCount(1);
	await page.getByLabel('Course title').fill('Plants');
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('heading', { name: 'Course saved' })).toBeFocused({
		timeout: 30_000
	});
	await page
		.getByRole('link', { name: /^(Review \d+ drafts?|Write questions by hand from a sentence)$/ })
		.click();
	await page.waitForURL(/\/courses\/review\?course=u-/);
	const course = new URL(page.url()).searchParams.get('course');
	await gotoApp(page, `/sources/${course}:d-1`);

	const article = page.locator('article');
	await expect(page.getByRole('heading', { level: 1, name: 'Leaves at Work' })).toBeVisible();
	await expect(article.getByRole('heading', { level: 2 })).toHaveText([
		'Limiting factors',
		'Respiration'
	]);
	const table = article.getByRole('table');
	await expect(table.getByRole('columnheader')).toHaveText([
		'Factor',
		'Effect of increasing it',
		'What stops the rise'
	]);
	await expect(table.getByRole('row')).toHaveCount(3);
	await expect(table.getByRole('cell', { name: 'Enzymes are denatured' })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await expectNoAxeViolations(page);
	await shotForPeople(page, testInfo.outputPath('pasted-390.png'), true);
});

const COURSE_ID = 'u-0e2e0000-0000-4000-8000-0000000000a4';

/** A row's text as the generator reads it and a question quotes it (`rowText`). */
const ROW_QUOTE = 'Temperature – Rate rises to an optimum, then falls';

/** A list item's text as a question quotes it, without its mark. */
const ITEM_QUOTE = 'Chloroplast: the organelle where photosynthesis takes place.';

test('a question from a table row or a list item opens the reader with it marked', async ({
	page
}, testInfo) => {
	await importCourse(
		page,
		courseFile(
			{ id: COURSE_ID, title: 'Leaves' },
			[
				{
					id: 'd-1',
					title: 'Leaves at Work',
					outlet: 'Year 9 science',
					date: '2026-11-02',
					dateApproximate: false,
					text: [
						'## Summary table',
						'| Factor | Effect of increasing it | Why |',
						'|---|---|---|',
						'| Light intensity | Rate rises, then levels off | Provides energy for the reaction |',
						`| Temperature | Rate rises to an optimum, then falls | Enzymes work faster, then denature |`,
						'## Key terms',
						`- ${ITEM_QUOTE}`
					].join('\n\n')
				}
			],
			[
				{
					id: 'q-2',
					type: 'flashcard',
					prompt: 'What is a chloroplast?',
					answer: 'The organelle where photosynthesis takes place',
					explanation: ITEM_QUOTE,
					source: { doc: 'd-1', quote: ITEM_QUOTE },
					fact: 'chloroplast',
					topics: [],
					difficulty: 2,
					origin: 'written'
				},
				{
					id: 'q-1',
					type: 'flashcard',
					prompt: 'How does the rate of photosynthesis change as temperature rises?',
					answer: 'It rises to an optimum, then falls',
					explanation: ROW_QUOTE,
					source: { doc: 'd-1', quote: ROW_QUOTE },
					fact: 'temperature-rate',
					topics: [],
					difficulty: 2,
					origin: 'written'
				}
			]
		)
	);
	await gotoApp(page, `/sources/${COURSE_ID}:d-1?q=${encodeURIComponent(`${COURSE_ID}:q-1`)}`);
	const row = page.getByRole('row').filter({ hasText: 'Temperature' });
	// The quote's part in each cell it covers; the joining dash is no cell's.
	await expect(row.locator('mark')).toHaveText([
		'Temperature',
		'Rate rises to an optimum, then falls'
	]);
	await expect(row.locator('mark#passage')).toBeFocused();
	await expect(page.locator('mark')).toHaveCount(2);
	await expectNoAxeViolations(page);
	await shotForPeople(page, testInfo.outputPath('row-marked.png'));

	await gotoApp(page, `/sources/${COURSE_ID}:d-1?q=${encodeURIComponent(`${COURSE_ID}:q-2`)}`);
	const item = page.getByRole('listitem').locator('mark#passage');
	await expect(item).toHaveText(ITEM_QUOTE);
	await expect(item).toBeFocused();
	await expect(page.locator('mark')).toHaveCount(1);
	await shotForPeople(page, testInfo.outputPath('item-marked.png'));
});
