import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { newDeviceContext } from './contexts';
import { courseFile, importCourse } from './course-helpers';
import { expectNoAxeViolations, gotoApp, shotForPeople } from './helpers';

/**
 * Outsider teacher, issue 12: one QR code phones read reliably held 4 of her own course's 12
 * questions, and a longer quiz could only go by link; with bad Wi-Fi a QR code is how a quiz
 * reaches 30 phones. A 10-question quiz of her own course is now shown as a numbered series of
 * QR codes, and a student's phone gathers them in any order, each opened in a tab of its own as
 * a phone's camera opens a scanned link.
 *
 * No step waits for time to pass: each waits for what a person would see next.
 */

const COURSE_ID = 'u-0e2e0000-0000-4000-8000-0000000000d7';
/** Statements about as long as a handout's (about 100 characters). */
const STATEMENTS = [
	'In April 1945 American and Soviet soldiers met and shook hands on the River Elbe near Torgau.',
	'The Berlin Airlift supplied the western sectors of the city by air from June 1948 to May 1949.',
	'The North Atlantic Treaty was signed in Washington by twelve founding members in April 1949.',
	'The Warsaw Pact was founded in May 1955, six years after the North Atlantic Treaty was signed.',
	'The Soviet Union launched Sputnik, the first artificial satellite, in October of the year 1957.',
	'Construction of the Berlin Wall began overnight on 13 August 1961, dividing the city for decades.',
	'The Cuban Missile Crisis of October 1962 lasted thirteen days and ended with a negotiated deal.',
	'The Partial Test Ban Treaty of 1963 banned nuclear weapons tests in the air, in space and at sea.',
	'The Prague Spring of 1968 ended when Warsaw Pact troops entered Czechoslovakia in late August.',
	'The Helsinki Final Act was signed in 1975 by thirty-five states, including both superpowers.',
	'Solidarity, the first independent trade union in the Soviet bloc, was founded in Gdańsk in 1980.',
	'The Berlin Wall fell on the night of 9 November 1989 after a confused announcement on television.'
];

/**
 * A second sentence for each statement: since format 4 (teach50: short rows, level L at version
 * 19) ten one-sentence statements fit one QR code, so each question here says two things.
 */
const MORE = [
	'Both armies had crossed Germany from opposite sides in the final weeks of the war in Europe.',
	'Pilots flew more than two hundred thousand flights carrying food, coal and medicine to Berlin.',
	'Its members agreed that an armed attack against one of them would be an attack against all.',
	'It joined the Soviet Union with seven states of Eastern Europe under a single military command.',
	'Its radio signal could be picked up by amateurs around the world as it passed overhead at night.',
	'Families on either side could no longer visit each other, and many escape attempts followed.',
	'American spy planes had photographed missile sites being built on the island by Soviet engineers.',
	'Underground tests were still allowed, and France and China refused to sign the agreement at all.',
	'Alexander Dubček had promised socialism with a human face, with more freedom of speech and press.',
	'It recognised the post-war borders of Europe and committed the signatories to respect human rights.',
	'Its leader Lech Wałęsa, an electrician at the shipyard, later became president of Poland in 1990.',
	'Crowds gathered at the checkpoints, and the border guards finally opened the gates before midnight.'
].map((more, n) => `${STATEMENTS[n]} ${more}`);

const cold = courseFile(
	{ id: COURSE_ID, title: 'Cold War handout' },
	[
		{
			id: 'd-1',
			title: 'The Cold War in Europe',
			outlet: 'Class handout',
			date: '2026-09-01',
			dateApproximate: false,
			text: MORE.join(' ')
		}
	],
	MORE.map((sentence, n) => ({
		id: `q-${n + 1}`,
		type: 'truefalse',
		prompt: sentence,
		answer: 'true',
		explanation: `True: the handout says so. “${sentence}”`,
		source: { doc: 'd-1', quote: sentence },
		fact: `fact-${n + 1}`,
		topics: [],
		difficulty: 1,
		origin: 'written'
	}))
);

/** The links of the series on `page`'s Share panel, read code by code with Next. */
async function seriesLinks(page: Page): Promise<string[]> {
	const series = page.getByTestId('qr-series');
	const which = series.getByTestId('qr-series-which');
	const total = Number(/of (\d+)/.exec((await which.textContent())!)![1]);
	const links: string[] = [];
	for (let k = 1; k <= total; k++) {
		await expect(which).toHaveText(`Code ${k} of ${total}`);
		links.push((await series.locator('[data-link]').getAttribute('data-link'))!);
		await series.getByRole('button', { name: 'Next' }).click();
	}
	await expect(which).toHaveText(`Code 1 of ${total}`);
	return links;
}

test(
	'a 10-question quiz of an own course goes out as a series of QR codes, gathered in any order',
	{ tag: '@desktop' },
	async ({ page, browser }, testInfo) => {
		// A teacher and a student in four tabs: over 150 s at load 50 on the 2-core machine.
		test.setTimeout(240_000);
		await importCourse(page, cold);
		await gotoApp(page, '/classroom/new');
		await page.getByRole('radio', { name: 'Cold War handout' }).check();
		// The course loads from this device's database (slow on a busy machine, never a wait).
		await expect(page.getByLabel('Number of questions')).toHaveValue('10', { timeout: 30_000 });
		const hint = page.getByText(/questions travel inside the quiz link/);
		await expect(hint).toContainText('is shown as a series of QR codes');
		await expect(hint).not.toContainText(/holds \d+ of its/);
		await page.getByLabel('Number of questions').fill('10');
		await page.getByLabel('Title').fill('Cold War check');
		// Above Create: how many codes, the number the Share panel then shows.
		const fitLine = page.getByTestId('qr-fit');
		await expect(fitLine).toHaveText(
			/^QR codes: these 10 questions fit in [2-9] QR codes, shown one after another; each student scans all [2-9], in any order\.$/
		);
		const codes = Number(/fit in (\d) QR codes/.exec((await fitLine.textContent())!)![1]);
		await fitLine.scrollIntoViewIfNeeded();
		await shotForPeople(page, testInfo.outputPath('new-quiz-fit-line.png'));
		// No choice to make: the quiz is created with all 10 and its series.
		await page.getByRole('button', { name: 'Create quiz and share' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Cold War check' })).toBeVisible({
			timeout: 30_000
		});
		await expect(page.getByTestId('series-note')).toContainText(
			`so it is shown as ${codes} QR codes, one after another`
		);
		const series = page.getByTestId('qr-series');
		await expect(series.getByTestId('qr-series-which')).toHaveText(`Code 1 of ${codes}`);
		const links = await seriesLinks(page);
		expect(links).toHaveLength(codes);
		for (const link of links) {
			// A slice of the quiz's digit form (format 4), read in numeric mode: more characters
			// than a byte-mode code's 792, the same version 19 at most (checked below).
			expect(link).toMatch(/\/quiz#QP1\.\d\.\d\.[0-9a-z]+\.[0-9a-z]+\.(?:Q[34]\.)?\d+$/);
		}
		for (const version of await series
			.locator('[data-qr-version]')
			.evaluateAll((svgs) => svgs.map((svg) => Number(svg.getAttribute('data-qr-version')))))
			expect(version).toBeLessThanOrEqual(19);
		await expectNoAxeViolations(page);
		await series.scrollIntoViewIfNeeded();
		await shotForPeople(page, testInfo.outputPath('share-series-desktop.png'));

		// The projector shows the same series, large, one code at a time.
		await page.getByRole('link', { name: 'Projector mode' }).click();
		await expect(
			page.getByRole('heading', { name: /^Scan (both|all \d+) codes to join$/ })
		).toBeVisible();
		await expect(page.getByTestId('qr-series-which')).toBeVisible();
		await shotForPeople(page, testInfo.outputPath('projector-series.png'));

		// A student's phone opens each code as its camera would: in a new tab, in a shuffled
		// order (last first), offline between codes being what localStorage allows.
		const context = await newDeviceContext(browser, testInfo, { project: 'phone' });
		const order = [...links.keys()].reverse();
		[order[0], order[1]] = [order[1], order[0]];
		let student: Page | undefined;
		for (const [step, k] of order.entries()) {
			await student?.close();
			student = await context.newPage();
			await gotoApp(student, links[k]);
			if (step === order.length - 1) break;
			const got = order
				.slice(0, step + 1)
				.map((i) => i + 1)
				.sort((a, b) => a - b);
			const card = student.getByTestId('quiz-parts');
			await expect(card.getByRole('heading')).toHaveText(
				new RegExp(`^Got codes? ${got.join('(, | and )')} of ${codes}\\.$`)
			);
			await expect(card).toContainText(/Scan codes? [\d, and]+ to open the quiz\./);
			if (step === 0) {
				await expectNoAxeViolations(student);
				await shotForPeople(student, testInfo.outputPath('student-parts-phone.png'));
			}
		}
		student = student!;
		await student.getByLabel('Your name').fill('Ana');
		await student.getByRole('button', { name: /^Start/ }).click();
		for (let i = 0; i < 10; i++) {
			await expect(student.getByText(`Question ${i + 1} of 10`)).toBeVisible();
			await student.getByRole('radio', { name: 'True' }).check();
			await student
				.getByRole('button', { name: i === 9 ? 'Finish and see my score' : 'Next' })
				.click();
		}
		await expect(student.getByText(/you scored 10 of 10/)).toBeVisible();
		// A reload keeps the quiz (the address names it whole now), not one part of it.
		await student.reload();
		await expect(student.getByTestId('quiz-parts')).toHaveCount(0);
		await context.close();
	}
);

test(
	'a damaged code of a series is refused with the reason',
	{ tag: '@phone' },
	async ({ page }) => {
		await gotoApp(page, '/quiz#QP1.2.3.abc.xyz.AAAAAAAAAAAA');
		await expect(page.getByRole('alert')).toContainText(
			'This QR code (code 2 of 3 of a quiz) is damaged or cut off'
		);
	}
);
