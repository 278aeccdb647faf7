import { expect, test } from './page-errors';
import { importQuizFile } from './classroom-helpers';
import { shotForPeople } from './helpers';

/**
 * A teacher from Moodle (session 37) imported her GIFT file into a class quiz: its matching
 * question became 4 multiple-choice questions the shuffle scattered (Q1, Q12, Q13, Q17), and its
 * multiple-answer question 4 true/false questions worth a mark each. Now the parts stay together
 * and in order, one question "4a" … "4d" of the quiz's count, and (session 38) the multiple-answer
 * question is one question of its own, ticked with checkboxes (`classroom-multi-answer.spec.ts`).
 * Her file, written again for this test (CC0).
 */
const FORCES = [
	'// Year 10 Forces quiz',
	'$CATEGORY: $course$/Physics/Forces',
	'',
	'::Q1 Unit of force:: What is the SI unit of force? {=newton ~joule ~watt ~pascal}',
	'',
	'::Q2 Mass and weight:: Mass and weight are the same thing. {FALSE}',
	'',
	'::Q5 Match units:: Match each quantity to its unit. {',
	'=force -> newton',
	'=energy -> joule',
	'=power -> watt',
	'=pressure -> pascal',
	'}',
	'',
	'::Q6 Vectors:: Which of these are vector quantities? {',
	'~%50%velocity',
	'~%50%force',
	'~%-50%speed',
	'~%-50%mass',
	'}',
	'',
	'::Q7 Weight:: What is the weight of a 60 kg person? Give the unit. {=588 N =588 newtons}',
	''
];

test(
	'a matching question is one question in the quiz, its parts together and in order; a multiple-answer question is one question',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		const { section, create } = await importQuizFile(page, 'forces.gift', FORCES);
		await expect(section.getByRole('status')).not.toContainText('multiple-answer');
		// The quiz's shuffle stays on: the parts move as one.
		await expect(page.getByLabel('Shuffle the questions')).toBeChecked();
		await create();
		const link = await page.getByLabel('Quiz link', { exact: true }).inputValue();

		await page.goto(link);
		await page.getByLabel('Your name').fill('Ben');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		const status = page.locator('.progress-text');
		const heading = page.locator('#question-heading');
		const seen: { label: string; prompt: string }[] = [];
		for (let i = 0; i < 8; i++) {
			const label = /Question (\S+) of 5/.exec(await status.innerText())?.[1];
			expect(label, await status.innerText()).toBeTruthy();
			seen.push({ label: label!, prompt: await heading.innerText() });
			if (label!.endsWith('b')) {
				// Screen readers hear the part in words; her second part on a phone and a desktop.
				await expect(status).toContainText('part b of 4');
				for (const width of [320, 390, 1280]) {
					await page.setViewportSize({ width, height: 800 });
					await shotForPeople(page, testInfo.outputPath(`matching-part-${width}.png`));
				}
				await page.setViewportSize({ width: 1280, height: 800 });
			}
			if (i < 7) {
				// By keyboard, as a student without a pointer goes on.
				await page.getByRole('button', { name: 'Next' }).focus();
				await page.keyboard.press('Enter');
				await expect(status).not.toContainText(`Question ${label} of`);
			}
		}
		const parts = seen.filter((s) => s.prompt.startsWith('Match each quantity to its unit.'));
		expect(parts.map((s) => s.prompt.split('\n').at(-1)?.trim())).toEqual([
			'force',
			'energy',
			'power',
			'pressure'
		]);
		const at = seen.indexOf(parts[0]);
		expect(seen.slice(at, at + 4)).toEqual(parts);
		const number = parts[0].label.slice(0, -1);
		expect(parts.map((s) => s.label)).toEqual(['a', 'b', 'c', 'd'].map((l) => number + l));
		expect(seen.filter((s) => /vector/.test(s.prompt))).toHaveLength(1);

		// The review numbers them as the quiz did.
		await page.getByRole('button', { name: 'Finish and see my score' }).click();
		const confirm = page.getByRole('button', { name: /Hand in/ });
		if (await confirm.isVisible()) await confirm.click();
		await expect(page.getByText(`Question ${number}c: Not answered`)).toBeVisible();
	}
);
