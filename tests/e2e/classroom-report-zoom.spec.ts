import { expect, test } from './page-errors';
import { encodeResult } from '../../src/lib/quiz/result-code';
import type { QuizQuestion } from '../../src/lib/quiz/types';
import { gotoApp, shotForPeople } from './helpers';
import { buildQuiz } from './classroom-helpers';

/**
 * Outsider teacher (from Kahoot/Moodle): at 200% text on a 320 px phone the class report of a
 * class of 30 was about 18,000 px tall. Measured here with 30 results of a 10-question quiz: each
 * answer of the per-question breakdown was squeezed beside its meter and count a letter or two a
 * line, the five most missed questions' passages had a third of the screen, and every question's
 * answers and names were open. Now the report starts with links to its parts, a narrow report
 * opens questions and passages on request, and an answer has its row to itself.
 */

const NAMES = [
	'Ana',
	'Ben',
	'Cem',
	'Dita',
	'Emre',
	'Fatima',
	'Gent',
	'Hana',
	'Ilir',
	'Jon',
	'Kaltrina',
	'Luan',
	'Mila',
	'Nora',
	'Orges',
	'Petrit',
	'Qendresa',
	'Rina',
	'Sara',
	'Toni',
	'Uran',
	'Vesa',
	'Xhenis',
	'Yll',
	'Zana',
	'Arta',
	'Blerim',
	'Drita',
	'Edona',
	'Flutura'
];

/** Student `k`'s answers: some right, some wrong, some blank, as a class answers. */
function answersOf(questions: QuizQuestion[], k: number) {
	return questions.map((q, i) => {
		const pick = (k * 7 + i * 3) % 5;
		if (pick === 4) return null;
		if (q.type === 'mcq') return pick % (q.choices?.length ?? 1);
		if (q.type === 'truefalse') return pick % 2 === 0;
		return pick === 0 ? q.answer : ['Prishtina', 'Belgrade', 'I do not know', 'Skopje'][pick];
	});
}

test(
	'a class of 30 at 200% text on a 320 px phone: the report is short enough to use',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		test.setTimeout(150_000);
		const { id, questions } = await buildQuiz(page, 'Class of 30, week 4', 10, {
			allDocuments: true
		});
		const codes = NAMES.map((name, k) =>
			encodeResult({
				quizId: id,
				attemptId: `attempt${String(k).padStart(4, '0')}`,
				name,
				answers: answersOf(questions, k),
				seconds: 200 + k * 13,
				finishedAt: Date.now() - k * 60_000
			})
		);
		await page.getByLabel('Paste result codes').fill(codes.join('\n'));
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByText(/30 added/)).toBeVisible({ timeout: 30_000 });

		// On a wide screen every question's answers are open, as before.
		await expect(
			page.getByRole('region', { name: 'Class report' }).locator('ol.questions details[open]')
		).toHaveCount(10);
		await page.locator('#report-heading').scrollIntoViewIfNeeded();
		await shotForPeople(page, testInfo.outputPath('report-desktop.png'));
		await page.setViewportSize({ width: 390, height: 844 });
		await page.locator('#report-questions').scrollIntoViewIfNeeded();
		await shotForPeople(page, testInfo.outputPath('report-questions-390.png'));

		// The teacher's phone: 320 px, the browser's text at 200% from the first paint.
		await page.setViewportSize({ width: 320, height: 640 });
		await page.addInitScript(() =>
			document.addEventListener('DOMContentLoaded', () => {
				const style = document.createElement('style');
				style.textContent = 'html { font-size: 200% !important; }';
				document.head.append(style);
			})
		);
		await gotoApp(page, `/classroom/quiz?id=${id}`);
		const report = page.getByRole('region', { name: 'Class report' });
		await expect(report.getByText(/^30\s+students/)).toBeVisible();
		const heights = await report.evaluate((section) => {
			const h = (el: Element | null) => Math.round(el?.getBoundingClientRect().height ?? 0);
			const parts: Record<string, number> = { report: h(section) };
			for (const [name, selector] of Object.entries({
				students: 'table.students',
				answers: '.answers',
				missed: '.missed',
				questions: 'ol.questions'
			}))
				parts[name] = h(section.querySelector(selector));
			return parts;
		});
		// Before: 70,000 to 88,000 px (each answer squeezed beside its meter a letter or two a
		// line, five source passages 16,000 px, every question's names open).
		testInfo.annotations.push({ type: 'heights (px)', description: JSON.stringify(heights) });
		expect(heights.questions, 'ten questions, each closed').toBeLessThan(10 * 1200);
		expect(heights.missed, 'five most missed, passages closed').toBeLessThan(5 * 1500);
		expect(heights.report).toBeLessThan(38_000);
		// Nothing is wider than the phone.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320
		);

		// Summary first: the report's parts are a tap away.
		const parts = report.getByRole('navigation', { name: 'Parts of the report' });
		await expect(parts.getByRole('link')).toHaveText([
			'Students (30)',
			'Each student’s answers',
			/^Most missed \(\d\)$/,
			'Questions (10)'
		]);
		await parts.getByRole('link', { name: 'Questions (10)' }).click();
		await expect(
			report.getByRole('heading', { name: 'Questions: what the class answered' })
		).toBeInViewport();

		// A question opened: each answer has the row to itself, its meter and count under it.
		const first = report.locator('ol.questions > li').first();
		await first.locator('summary').click();
		const squeezed = await first.locator('.options > li').evaluateAll(
			(rows) =>
				rows.filter((row) => {
					const label = row.querySelector('.label')!.getBoundingClientRect().width;
					return label < row.getBoundingClientRect().width * 0.9;
				}).length
		);
		expect(squeezed).toBe(0);
		await first.screenshot({ path: testInfo.outputPath('question-open-320-200.png') });
		await report
			.locator('.missed li')
			.first()
			.screenshot({ path: testInfo.outputPath('missed-320-200.png') });
		await report
			.locator('table.students tbody tr')
			.nth(1)
			.screenshot({ path: testInfo.outputPath('student-320-200.png') });
		await report.locator('.summary').scrollIntoViewIfNeeded();
		await shotForPeople(page, testInfo.outputPath('report-top-320-200.png'));
	}
);
