import {
	chromium,
	type Browser,
	type BrowserContext,
	type Page,
	type TestInfo
} from '@playwright/test';
import { expect, test } from './page-errors';
import { newDeviceContext } from './contexts';
import { TEST_CHROMIUM } from '../../scripts/test-chromium.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeResult, newAttemptId } from '../../src/lib/quiz/result-code';
import type { Answer } from '../../src/lib/quiz/types';
import { cleanDisplayText } from '../../src/lib/text/fold';
import { buildQuiz } from './classroom-helpers';
import { writeQrVideo } from './fake-camera';

/**
 * A class of 30, as issue 11 checks it: colliding, accented, invisible-character, right-to-left
 * and very long names and answers. The teacher collects 27 results from one pasted chat thread
 * and 3 with the camera (Chromium's fake camera playing their QR codes one after another; one
 * code alone is `classroom-scan.spec.ts`'s; six took a minute at load 18), keeps
 * both results of each name collision, and the report counts the students with exactly the
 * scores their answers earn.
 *
 * Four students take the quiz in their own browser, one of each kind only a browser shows: offline
 * after a first visit, a first download of the questions that fails, a page script that does not
 * download, and a name too long for a code. The other 26 codes are made in Node by the app's own
 * encoder (`encodeResult`, as the quiz's Finish screen makes them), from answers typed as people
 * type them: what the teacher's screen does with 30 codes is the same either way. With 30 real
 * students, in two halves side by side, this took 230-320 s per half on a quiet 2-core machine
 * (the CI of e3142f2), a fifth of the suite's test time.
 */

interface QuizRow {
	id: string;
	questions: { type: string; prompt: string; answer: string; choices?: string[] }[];
}

/** A real student browser's network; `node`: the code is made in Node, no browser. */
type Network = 'online' | 'offline' | 'flaky-bank' | 'flaky-script' | 'node';

interface Student {
	name: string;
	network: Network;
	camera: boolean;
	/** Which questions (in the quiz's own order) this student gets right. */
	right: boolean[];
	/** A wrong typed answer: long, accented or odd. */
	wrongText: string;
}

/** Enough questions that the link names them in the bank, which a first visit must download. */
const QUESTIONS = 8;
const NAMES = [
	'Ana',
	'Ana',
	'Ána',
	'ana ',
	'Zoë',
	'Zoe',
	'Đorđe Petrović',
	'Dorde Petrovic',
	'Li\u200Bsa',
	'\u202Eevil',
	'Mehmet Yılmaz',
	'Ayşe Öztürk',
	'Nguyễn Thị Minh Khai',
	'Søren Ødegård',
	'María-José García',
	'Aleksandar Aleksandrović-Karađorđević Jr. the Third',
	'Aleksandar Aleksandrović-Karađorđević Jr. the Fourth',
	'李雷',
	'محمد علي',
	'O’Brien',
	'Jovana\u00A0 Nikolić',
	'Elif',
	'Arben',
	'Drita',
	'Besnik',
	'Luka',
	'Teodora',
	'Milica',
	'Stefan',
	'Emre'
];
const WRONG = [
	'Ж'.repeat(200),
	'Žž čć đ',
	'  \u202Enope\u202C  ',
	'I do not know, sorry! '.repeat(9),
	'zzz'
];

/** Ana, Lisa with a zero-width space, Nguyễn and the over-long name: in a real browser. */
const BROWSERS: Record<number, Network> = {
	0: 'offline',
	8: 'flaky-bank',
	12: 'flaky-script',
	15: 'online'
};

const students: Student[] = NAMES.map((name, i) => ({
	name,
	network: BROWSERS[i] ?? 'node',
	camera: i >= 27,
	// Scores from 0 to 8; the two pupils called Ana give the same answers (issue 11, item 2).
	right: Array.from({ length: QUESTIONS }, (_, q) => (i * 7 + q * 3 + (i >> 2)) % 9 < i % 10),
	wrongText: WRONG[i % WRONG.length]
}));

/** The name as the report shows it: a longer one is refused and shortened to 40, cleaned. */
const shownName = (name: string) => cleanDisplayText(name.slice(0, 40).trim()).slice(0, 40);

async function openQuiz(context: BrowserContext, student: Student, link: string) {
	const page = await context.newPage();
	const ready = () => page.locator('body[data-hydrated="true"]').waitFor();
	let scriptBack = false;
	if (student.network === 'offline') {
		// Opened Flashpoint once at school; in class, no network at all.
		await page.goto('/quiz');
		await ready();
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await context.setOffline(true);
	} else if (student.network === 'flaky-bank') {
		let failed = false;
		await context.route(/\/bank\.[^/]*\.json$/, (route) => {
			if (failed) return route.continue();
			failed = true;
			return route.abort('connectionreset');
		});
	} else if (student.network === 'flaky-script') {
		// The first page script's download fails, and so does every new try until the student
		// sees the error page (the connection is down, then back). Failing it only once checked
		// the browser, not us: Chromium 155 keeps a failed modulepreload in its module map, so
		// the import fails with it, while Chromium 156 fetches the module again and the quiz
		// simply loads (both measured with one aborted request on this machine).
		let script: string | undefined;
		await context.route(/\/nodes\/\d+\./, (route) => {
			script ??= route.request().url();
			if (route.request().url() !== script || scriptBack) return route.continue();
			return route.abort('connectionreset');
		});
	}
	await page.goto(link);
	if (student.network.startsWith('flaky')) {
		// Said in words, with a way out: never a bare "500".
		const heading =
			student.network === 'flaky-bank'
				? 'The quiz did not load'
				: 'Flashpoint did not finish loading';
		await expect(page.getByRole('heading', { name: heading })).toBeVisible({ timeout: 20_000 });
		scriptBack = true;
		await page.getByRole('button', { name: 'Try again' }).click();
	}
	await page.getByLabel('Your name').waitFor({ timeout: 20_000 });
	await ready();
	return page;
}

async function answer(page: Page, quiz: QuizRow, student: Student) {
	for (let step = 0; step < QUESTIONS; step++) {
		const prompt = (await page.locator('#question-heading').textContent())!.trim();
		const index = quiz.questions.findIndex((q) => q.prompt.trim() === prompt);
		expect(index, `question on screen: ${prompt}`).toBeGreaterThanOrEqual(0);
		const q = quiz.questions[index];
		const right = student.right[index];
		if (q.type === 'mcq') {
			const text = right ? q.answer : q.choices!.find((c) => c !== q.answer)!;
			await page.getByRole('radio', { name: text, exact: true }).check();
		} else if (q.type === 'truefalse') {
			const isTrue = (q.answer === 'true') === right;
			await page.getByRole('radio', { name: isTrue ? 'True' : 'False' }).check();
		} else {
			// Right answers typed as people do: in capitals, or with a trailing space.
			const text = right ? (step % 2 ? q.answer.toUpperCase() : `${q.answer} `) : student.wrongText;
			await page.getByRole('textbox').fill(text);
		}
		const finish = page.getByRole('button', { name: 'Finish and see my score' });
		if (await finish.isVisible()) break;
		await page.getByRole('button', { name: 'Next' }).click();
	}
	await page.getByRole('button', { name: 'Finish and see my score' }).click();
	const score = student.right.filter(Boolean).length;
	await expect(page.getByRole('heading', { name: /you scored/ })).toContainText(
		`you scored ${score} of ${QUESTIONS}`
	);
	return page.getByLabel('Result code').inputValue();
}

async function takeQuiz(
	browser: Browser,
	testInfo: TestInfo,
	link: string,
	quiz: QuizRow,
	i: number
) {
	// Each student on a phone, as the phone project's tests are, in this teacher's test.
	const context = await newDeviceContext(browser, testInfo, {
		project: 'phone',
		serviceWorkers: students[i].network === 'offline' ? 'allow' : 'block'
	});
	try {
		const page = await openQuiz(context, students[i], link);
		const name = students[i].name;
		await page.getByLabel('Your name').fill(name);
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		if (cleanDisplayText(name).trim().length > 40) {
			// Refused with its length, never cut silently: the student shortens it.
			await expect(page.getByText(/a result carries at most 40/)).toBeVisible();
			await page.getByLabel('Your name').fill(name.slice(0, 40));
			await page.getByRole('button', { name: 'Start the quiz' }).click();
		}
		return await answer(page, quiz, students[i]);
	} finally {
		await context.close();
	}
}

/**
 * A code as the student's Finish screen makes it (`QuizDone.svelte` calls `encodeResult`), for a
 * student with no browser: right typed answers in capitals or with a trailing space, as in
 * `answer`, so the teacher's marking still forgives them.
 */
function nodeCode(quiz: QuizRow, i: number): string {
	const student = students[i];
	const answers: Answer[] = quiz.questions.map((q, index) => {
		const right = student.right[index];
		if (q.type === 'mcq') return q.choices!.findIndex((c) => (c === q.answer) === right);
		if (q.type === 'truefalse') return (q.answer === 'true') === right;
		if (!right) return student.wrongText;
		return index % 2 ? q.answer.toUpperCase() : `${q.answer} `;
	});
	return encodeResult({
		quizId: quiz.id,
		attemptId: newAttemptId(),
		name: student.name,
		answers,
		seconds: 120 + i,
		finishedAt: Date.now()
	});
}

/**
 * The teacher's side for the class: makes the quiz, has the students with a browser take it
 * (side by side) and makes the others' codes in Node, collects the pasted ones from one chat thread and the rest with
 * the camera, keeps both results of each name collision (`collisions` of them) and checks the
 * report row by row. If some students hold up their codes (`camera`), the teacher gets a browser
 * of their own whose fake camera plays them.
 */
async function collectClass(
	browser: Browser,
	testInfo: TestInfo,
	part: number[],
	collisions: number,
	title: string
) {
	const scanned = part.filter((i) => students[i].camera);
	const video = join(tmpdir(), `flashpoint-class30-${process.pid}-${part[0]}.y4m`);
	let teacherBrowser: Browser | undefined;
	if (scanned.length) {
		// The teacher's laptop: its own browser, whose fake camera will show the students' codes.
		writeQrVideo(video, 'nothing yet');
		teacherBrowser = await chromium.launch({
			executablePath: TEST_CHROMIUM,
			args: [
				'--no-sandbox',
				'--use-fake-ui-for-media-stream',
				'--use-fake-device-for-media-stream',
				`--use-file-for-fake-video-capture=${video}`
			]
		});
	}
	const teacherContext = await newDeviceContext(teacherBrowser ?? browser, testInfo, {
		project: 'desktop',
		permissions: scanned.length ? ['camera'] : [],
		serviceWorkers: 'block'
	});
	try {
		const teacher = await teacherContext.newPage();
		const { link, ...quiz } = await buildQuiz(teacher, title, QUESTIONS, { allDocuments: true });
		expect(quiz.questions).toHaveLength(QUESTIONS);

		const codes = new Map<number, string>();
		const inBrowser = part.filter((i) => students[i].network !== 'node');
		const done = await Promise.all(
			inBrowser.map((i) => takeQuiz(browser, testInfo, link, quiz, i))
		);
		inBrowser.forEach((i, k) => codes.set(i, done[k]));
		for (const i of part) if (!codes.has(i)) codes.set(i, nodeCode(quiz, i));
		expect(new Set(codes.values()).size).toBe(part.length);

		// The codes arrive in one chat thread, between chatter.
		const thread = part
			.filter((i) => !students[i].camera)
			.map(
				(i) =>
					`[09:${String(10 + i).padStart(2, '0')}] ${students[i].name}: here's mine ${codes.get(i)} thx!`
			)
			.join('\nTeacher: keep them coming\n');
		await teacher.getByLabel('Paste result codes').fill(thread);
		await teacher.getByRole('button', { name: 'Add results' }).click();
		await expect(
			teacher.getByText(new RegExp(`Found ${part.length - scanned.length} result codes`))
		).toBeVisible({ timeout: 30_000 });
		// Two pupils called Ana, "Ána", "ana ", Zoë and Zoe, Đorđe and Dorde, the two long names
		// cut to the same 40 characters: all different pupils.
		// One click at a time, each waited out: a count read before the last click's button left the
		// page once sent the loop after a button that never came (CI sat idle to the test timeout).
		// Once one Ana is kept, the next alike name has two earlier results: "Keep all 3 results".
		const keepBoth = teacher.getByRole('button', { name: /^Keep (both|all \d+) results/ });
		await expect(keepBoth).toHaveCount(collisions);
		for (let left = collisions - 1; left >= 0; left--) {
			await keepBoth.first().click();
			await expect(keepBoth).toHaveCount(left);
		}

		if (scanned.length) {
			// The last 3 hold up their phones to the teacher's camera, one after another.
			writeQrVideo(
				video,
				scanned.map((i) => codes.get(i)!),
				15
			);
			await teacher.getByRole('button', { name: 'Scan result QR codes' }).click();
			for (const i of scanned)
				await expect(
					teacher.getByText(new RegExp(`^${students[i].name}: added, \\d of ${QUESTIONS}\\.$`))
				).toBeVisible({ timeout: 60_000 });
			await teacher.getByRole('button', { name: 'Stop scanning' }).click();
		}

		const report = teacher.getByRole('region', { name: 'Class report' });
		await expect(report.getByText(new RegExp(`^${part.length}\\s+students`))).toBeVisible();
		const rows = await report.locator('tbody tr').evaluateAll((trs) =>
			trs.map((tr) => {
				// The name itself: its cell also holds a namesake's finish time and Rename/Remove.
				const name = tr.querySelector('th bdi')!.textContent!.trim();
				// innerText: as shown; the cell's "Score" label is shown only when rows stack.
				const score = (tr.querySelector('td') as HTMLElement).innerText.trim().split(' (')[0];
				return `${name} | ${score}`;
			})
		);
		const expected = part.map(
			(i) =>
				`${shownName(students[i].name)} | ${students[i].right.filter(Boolean).length} / ${QUESTIONS}`
		);
		expect(rows.sort()).toEqual(expected.sort());
	} finally {
		await teacherContext.close();
		await teacherBrowser?.close();
	}
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

test(
	'a class of 30: offline and flaky first visits, names that collide, collected by paste and camera',
	{ tag: '@desktop' },
	async ({ browser }, testInfo) => {
		// Minutes at load 20; every step has its own timeout (actionTimeout in the config), so a
		// stuck one fails in seconds, not at this limit.
		test.setTimeout(240_000);
		// Ana, Ana, Ána, "ana ", Zoë and Zoe, Đorđe and Dorde (5 same-name choices), and the two
		// long names cut to the same 40 characters (1 more): all different pupils.
		await collectClass(browser, testInfo, range(0, 30), 6, 'Class of 30');
	}
);
