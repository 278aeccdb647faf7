import { expect, test } from './page-errors';
import { expectNoAxeViolations, gotoApp, shotForPeople } from './helpers';
import { pastedCourseInReview } from './course-helpers';

/**
 * docs30, an outsider geography teacher with her own handouts: suggested blanks were added one
 * tap at a time (26 taps for about 30), and on a phone the writer's form opened about 1,500 px
 * below the sentence tapped, under its long paragraph. Made-up handouts: Norvania, the Kessel
 * and its towns are invented.
 */
const TERMS = [
	'Coasts of Norvania',
	'A headland is an area of hard rock that sticks out into the sea. A bay is an area of softer rock that has been eroded back by the waves.',
	'A spit is a long, narrow ridge of sand that grows out from the land into the sea. A tombolo is a ridge of sand that joins an island to the mainland.',
	'A stack is a pillar of rock left standing in the sea when an arch collapses. A stump is the low rock left when a stack is worn down.',
	'Groynes are wooden barriers built at right angles to the beach that trap sand moved along the coast. Gabions are wire cages filled with rocks that protect the foot of a cliff.',
	'The fetch is the distance of open water over which the wind blows. Longshore drift is the movement of sand along a coast by the waves.',
	'A cliff is a steep rock face at the edge of the sea. A wave-cut platform is a flat area of rock left at the foot of a cliff as it retreats.'
].join('\n\n');

test(
	'suggested sentences are added several at a time, each still a draft to review',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		test.setTimeout(150_000);
		await pastedCourseInReview(page, TERMS, 'Coasts');
		const drafts = page.getByTestId('count-draft');
		const section = page.getByTestId('suggested-sentences');
		const items = section.getByRole('listitem');
		await expect(items.first()).toBeVisible();
		const before = Number(await drafts.textContent());

		// Two ticked, added together.
		const chosen = [
			(await items.nth(0).locator('.sentence').textContent())!.trim(),
			(await items.nth(2).locator('.sentence').textContent())!.trim()
		];
		await items
			.nth(0)
			.getByRole('checkbox', { name: /^Choose/ })
			.check();
		await items
			.nth(2)
			.getByRole('checkbox', { name: /^Choose/ })
			.check();
		await shotForPeople(page, testInfo.outputPath('bulk-chosen.png'));
		await expectNoAxeViolations(page);
		await section.getByRole('button', { name: 'Add the 2 chosen sentences as drafts' }).click();
		await expect(section.getByRole('status')).toHaveText(
			/^Added 2 drafts from suggested sentences/
		);
		await expect(drafts).toHaveText(String(before + 2));
		for (const sentence of chosen)
			await expect(section.getByText(sentence, { exact: true })).toHaveCount(0);

		// All shown, at once; then the list says it has no more rather than stopping silently.
		await expect(items.first()).toBeVisible();
		const shown = await items.count();
		await section
			.getByRole('button', {
				name: shown === 1 ? 'Add the 1 shown as a draft' : `Add all ${shown} shown as drafts`
			})
			.click();
		await expect(section.getByRole('status')).toHaveText(
			new RegExp(`^Added ${shown} drafts? from suggested sentences`)
		);
		await expect(drafts).toHaveText(String(before + 2 + shown));
		const more = section.getByRole('button', { name: 'Show more sentences to ask about' });
		while (await more.isVisible()) await more.click();
		await expect(
			section.getByTestId('suggestions-end').or(section.getByText(/^No more sentences to suggest/))
		).toBeVisible();
		await shotForPeople(page, testInfo.outputPath('bulk-added.png'), true);
		// Each is a draft of its own, from a suggested sentence, to accept or reject.
		const added = page
			.getByTestId('draft')
			.filter({ hasText: 'Draft · from a suggested sentence' });
		await expect(added).toHaveCount(2 + shown);
		await expect(added.first().getByRole('button', { name: /^Accept/ })).toBeVisible();

		// A class quiz of these blanks only: the types are counted, and multiple choice asks the
		// key terms with the course's other terms as wrong choices (docs30: "No questions match").
		await page.getByRole('button', { name: /^Accept all \d+ drafts?$/ }).click();
		await expect(drafts).toHaveText('0');
		await gotoApp(page, '/classroom/new');
		await page.getByRole('radio', { name: 'Coasts' }).check();
		const types = page.getByRole('group', { name: 'Question types' });
		await expect(types.getByText(/^Fill in the blank \(\d+\)$/)).toBeVisible();
		for (const box of await types.getByRole('checkbox').all()) await box.uncheck();
		await types.getByLabel('True or false').check();
		const create = page.getByRole('button', { name: 'Create quiz and share' });
		await expect(create).toBeDisabled();
		await expect(
			page.getByText(
				/^No questions match these choices: the questions here are \d+ fill in the blank, none true or false\. Tick Fill in the blank/
			)
		).toBeVisible();
		await shotForPeople(page, testInfo.outputPath('quiz-types-none.png'), true);
		await types.getByLabel('Multiple choice').check();
		await expect(types.getByTestId('blanks-as-choices')).toBeVisible();
		await expect(create).toBeEnabled();
		await shotForPeople(page, testInfo.outputPath('quiz-blanks-as-choices.png'), true);
	}
);

/** One long paragraph, as a handout pasted without blank lines between its paragraphs. */
const LONG_PARAGRAPH = [
	'Rivers of the Kessel',
	Array.from(
		{ length: 24 },
		(_, i) =>
			`The Kessel river passes the town of Norby ${i + 1} on its way to the sea, and its valley there is ${i + 3} kilometres wide with steep sides of hard granite.`
	).join(' ')
].join('\n\n');

test(
	'on a phone, the writer opens under the sentence tapped, in view and focused',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		test.setTimeout(60_000);
		await pastedCourseInReview(page, LONG_PARAGRAPH, 'Kessel');
		const write = page.getByTestId('write-by-hand').first();
		if ((await write.getAttribute('open')) === null)
			await write.getByText('Write a question by hand').click();
		const sentence = write.getByRole('button', {
			name: /^The Kessel river passes the town of Norby 2 /
		});
		await sentence.click();
		const form = write.locator('.form');
		await expect(form).toBeFocused();
		const tapped = (await sentence.boundingBox())!;
		const box = (await form.boundingBox())!;
		// Right under the sentence (a line or two of the sentence's own wrap), not under the paragraph.
		expect(box.y - (tapped.y + tapped.height)).toBeLessThan(60);
		// Focus scrolls the form to the viewport's top edge; layout rounds to fractions of a pixel
		// (CI saw −0.39 px), which is still in view.
		expect(box.y).toBeGreaterThanOrEqual(-1);
		expect(box.y).toBeLessThan(page.viewportSize()!.height);
		// The paragraph goes on after the form.
		await expect(
			write.getByRole('button', { name: /^The Kessel river passes the town of Norby 3 / })
		).toBeVisible();
		await shotForPeople(
			page,
			testInfo.outputPath(`writer-under-sentence-${page.viewportSize()!.width}.png`)
		);
		await page.setViewportSize({ width: 320, height: 700 });
		await shotForPeople(page, testInfo.outputPath('writer-under-sentence-320.png'));

		// Half-written, then the tab closed: a new tab (a new session) finds it on the device.
		await form.getByRole('button', { name: 'Norby', exact: true }).click();
		await expect(form.getByRole('textbox', { name: 'Answer', exact: true })).toHaveValue('Norby');
		const url = page.url();
		const again = await page.context().newPage();
		await page.close({ runBeforeUnload: false });
		await again.goto(url);
		const kept = again.getByTestId('write-by-hand').first();
		await expect(kept).toHaveAttribute('open', '');
		await expect(kept.getByRole('textbox', { name: 'Answer', exact: true })).toHaveValue('Norby');
		await expect(
			kept.getByText('Not saved yet, kept on this device: save it, or Cancel to discard it.')
		).toBeVisible();
		// Cancelled: gone from the device too.
		await kept.getByRole('button', { name: 'Cancel', exact: true }).click();
		await again.reload();
		await expect(again.getByTestId('write-by-hand').first().locator('.form')).toHaveCount(0);
	}
);
