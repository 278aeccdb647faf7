import { readFileSync } from 'node:fs';
import { expect, test } from './page-errors';
import { importQuizFile } from './classroom-helpers';
import { shotForPeople } from './helpers';

/**
 * A teacher from Kahoot and Moodle (session 38): her Moodle XML quiz's "choose all that apply"
 * question was left out of the class quiz by name. Now it is one question: listed as "Choose all
 * that apply" with each choice's weight, ticked with checkboxes on the student's phone, marked by
 * Moodle's rule (the ticked choices' fractions added: two of three right choices is 2/3 of the
 * mark), and the teacher's report says so. The file is written for this test by Moodle's
 * documentation of the format (`multichoice`, `<single>false</single>`, `fraction` in percent).
 */
const NOBLE_XML = [
	'<?xml version="1.0" encoding="UTF-8"?>',
	'<quiz>',
	'  <question type="category"><category><text>$course$/top/Gases check</text></category></question>',
	'  <question type="multichoice">',
	'    <name><text>Noble gases</text></name>',
	'    <questiontext format="html"><text><![CDATA[<p>Which of these are noble gases?</p>]]></text></questiontext>',
	'    <generalfeedback format="html"><text>Group 18 of the periodic table.</text></generalfeedback>',
	'    <single>false</single>',
	'    <shuffleanswers>true</shuffleanswers>',
	'    <answer fraction="33.33333"><text>Neon</text></answer>',
	'    <answer fraction="33.33333"><text>Argon</text></answer>',
	'    <answer fraction="-50"><text>Nitrogen</text></answer>',
	'    <answer fraction="33.33333"><text>Helium</text></answer>',
	'    <answer fraction="-50"><text>Oxygen</text></answer>',
	'  </question>',
	'  <question type="truefalse">',
	'    <name><text>Air</text></name>',
	'    <questiontext format="html"><text>Air is mostly nitrogen.</text></questiontext>',
	'    <answer fraction="100"><text>true</text></answer>',
	'    <answer fraction="0"><text>false</text></answer>',
	'  </question>',
	'</quiz>'
];

test(
	'a Moodle XML multiple-answer question is asked with checkboxes and marked as Moodle does: two of three right choices is 2/3 of the mark',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		const { section, create } = await importQuizFile(page, 'gases.xml', NOBLE_XML);
		const said = section.getByRole('status');
		await expect(said).toContainText('Gases check (Moodle XML): 2 questions, 2 of them chosen');
		await expect(said).not.toContainText('left out');
		await expect(said).not.toContainText('true/false question');
		// New quiz lists it as the quiz asks it: in the chosen list, and in the picker with each
		// choice's weight.
		await expect(
			page
				.getByRole('region', { name: /2 questions chosen/ })
				.getByRole('listitem')
				.first()
		).toContainText('Choose all that apply');
		await page.getByLabel('Search the questions').fill('noble gases');
		const picked = page
			.getByRole('list', { name: 'Questions to choose from' })
			.getByRole('listitem');
		const noble = picked.filter({ hasText: 'Which of these are noble gases?' });
		await expect(noble).toContainText('Choose all that apply');
		await expect(noble).toContainText('Neon ✓ right, 33.3% of the mark');
		await expect(noble).toContainText('Nitrogen wrong, −50%');
		await page.getByLabel('Shuffle the questions').uncheck();
		const quizId = await create();
		expect(quizId).toBeTruthy();
		const link = await page.getByLabel('Quiz link', { exact: true }).inputValue();
		// The quiz's question list: its form and choices; no Reword (the form has no weights).
		const questions = page.getByRole('region', { name: 'Questions' });
		await expect(questions).toContainText('Q1 · Choose all that apply · yours');
		await expect(questions.getByRole('button', { name: 'Reword question 1' })).toHaveCount(0);
		await expect(questions.getByRole('button', { name: 'Reword question 2' })).toHaveCount(1);
		const teacher = page.url();
		// On paper: a box for each choice, "Tick all that apply", the right ones in the key.
		await page.getByRole('link', { name: 'Paper version with answer key' }).click();
		const paper = page.getByRole('article', { name: 'Gases check' });
		await expect(paper.locator('.question').first()).toContainText('Tick all that apply.');
		await expect(paper.locator('.question').first().getByRole('listitem')).toHaveCount(5);
		const key = page.getByRole('article', { name: 'Answer key: Gases check' });
		await expect(key.getByRole('listitem').first()).toContainText('Neon; Argon; Helium');
		await page.goto(teacher);

		// The student: ticks Neon and Argon (two of the three right ones), by tap and by key.
		await page.goto(link);
		await page.getByLabel('Your name').fill('Ben');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await expect(
			page.getByRole('paragraph').filter({ hasText: /^Choose all that apply$/ })
		).toBeVisible();
		const boxes = page.getByRole('group', { name: 'Choose all that apply' }).getByRole('checkbox');
		await expect(boxes).toHaveCount(5);
		await page.getByRole('checkbox', { name: /Neon/ }).check();
		await expect(page.getByText('1 ticked.')).toBeVisible();
		// By keyboard: the number of Argon's place ticks it, and again unticks it.
		const names = await boxes.evaluateAll((inputs) =>
			inputs.map((i) => i.closest('label')!.textContent!.trim())
		);
		const argon = String(names.findIndex((n) => /Argon/.test(n)) + 1);
		await page.locator('#question-heading').focus();
		await page.keyboard.press(argon);
		await expect(page.getByRole('checkbox', { name: /Argon/ })).toBeChecked();
		await page.keyboard.press(argon);
		await expect(page.getByRole('checkbox', { name: /Argon/ })).not.toBeChecked();
		await page.keyboard.press(argon);
		await expect(page.getByText('2 ticked.')).toBeVisible();
		// Every choice is a 44 px target, its label the whole row.
		for (const box of await boxes.all()) {
			const row = await box.locator('xpath=ancestor::label').boundingBox();
			expect(row!.height).toBeGreaterThanOrEqual(44);
		}
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `no sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
			await shotForPeople(page, testInfo.outputPath(`multi-answer-${width}.png`));
		}
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.keyboard.press('Enter');
		await page.getByRole('radio', { name: 'True' }).check();
		await page.getByRole('button', { name: 'Finish and see my score' }).click();
		await expect(page.getByRole('heading', { name: 'Ben, you scored 1.67 of 2' })).toBeVisible();
		await expect(
			page.getByRole('listitem').filter({ hasText: 'Partly right: 66.7% of the mark' })
		).toHaveCount(1);
		await expect(page.getByText('Your answer: Neon; Argon')).toBeVisible();
		const code = await page.locator('#result-code-text').inputValue();
		expect(code).toMatch(/^R3\./);

		// The teacher adds the code: the report marks it 2/3 and says it is partly right.
		await page.goto(teacher);
		await page.getByLabel('Paste result codes').fill(code);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByText(/^Ben: added/)).toBeVisible();
		const report = page.getByRole('region', { name: 'Class report' });
		await expect(report.getByText('Ben: 1.67 / 2')).toBeVisible();
		await expect(report).toContainText('1 partly right: 67% of the marks');

		// Back to Moodle as one multiple-answer question, each choice with its weight.
		const download = async (name: string) => {
			const downloading = page.waitForEvent('download');
			await page.getByRole('button', { name, exact: true }).click();
			return readFileSync((await (await downloading).path())!, 'utf8');
		};
		const gift = await download('Download as GIFT');
		expect(gift).toContain('~%33.33333%Neon');
		expect(gift).toContain('~%-50%Nitrogen');
		const xml = await download('Download as Moodle XML');
		expect(xml).toContain('<single>false</single>');
		expect(xml).toMatch(/<answer fraction="-50"[^>]*>\s*<text>Oxygen<\/text>/);
	}
);
