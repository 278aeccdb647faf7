import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseBank } from '$lib/content/schema';
import { BUILTIN_TITLE } from '$lib/db/records';
import { planImport } from '$lib/courses/import-plan';
import { toCsv } from '$lib/text/csv';
import { writeAiken } from './aiken';
import { writeAnkiText } from './anki-text';
import { writeApkg } from './apkg-write';
import { detectFormat, type ImportFormatId } from './detect';
import { exportQuestions, toPortable } from './export';
import { blooketSheet, gimkitSheet, kahootSheet, waygroundSheet } from './games';
import { writeGift } from './gift-write';
import { writeMoodleXml } from './moodle-xml-write';
import type { PortableQuestion } from './portable';
import { readImport, type ReadOutcome } from './read';
import { tableToQuestions } from './table';
import { writeTwoColumn } from './two-column';
import { writeXlsx } from './xlsx';

/**
 * Every writer's file goes back through the import screen's own path — `detectFormat` on the
 * bytes and name, then `readImport` — and gives the same questions, as far as the format holds
 * them (what it cannot hold is `skipped` by the writer, with the reason).
 */

let sqlite: SqlJsStatic;
beforeAll(async () => {
	sqlite = await initSqlJs();
});

const QUESTIONS: PortableQuestion[] = [
	{
		externalId: 'q-mcq',
		type: 'mcq',
		prompt: 'Which city is the capital of Kosovo?',
		answer: 'Pristina',
		choices: ['Prizren', 'Pristina', 'Belgrade', 'Skopje'],
		explanation: 'Since 2008.',
		topics: ['Balkans']
	},
	{
		externalId: 'q-tf',
		type: 'truefalse',
		prompt: 'Kosovo declared independence in 2008.',
		answer: 'true',
		topics: ['Balkans']
	},
	{
		externalId: 'q-short',
		type: 'short',
		prompt: 'Who commands KFOR in 2025?',
		answer: 'a Turkish general',
		topics: ['Balkans']
	},
	{
		externalId: 'q-cloze',
		type: 'cloze',
		prompt: 'In 2024 ____ took command of KFOR.',
		answer: 'Turkey',
		topics: ['Balkans']
	},
	{
		externalId: 'q-card',
		type: 'flashcard',
		prompt: 'KFOR',
		answer: 'the NATO-led force in Kosovo',
		topics: ['Balkans']
	}
];

const bytes = (text: string) => new TextEncoder().encode(text);

async function importBack(name: string, file: Uint8Array, expected: ImportFormatId) {
	const detection = detectFormat(name, file);
	expect(detection).toMatchObject({ ok: true, format: expected });
	const outcome: ReadOutcome = await readImport(
		{ name, bytes: file },
		expected,
		async () => sqlite
	);
	if (outcome.kind === 'table') return tableToQuestions(outcome.table, outcome.mapping);
	if (outcome.kind === 'error') throw new Error(outcome.message);
	return outcome.result;
}

/** What a person would call the same question: type, prompt, answer, choices. */
const gist = (q: PortableQuestion) => [q.type, q.prompt, q.answer, q.choices ?? null];

describe('round trips through the import screen’s path', () => {
	it('GIFT holds every type, the flashcard as a Moodle essay, with ids', async () => {
		const { text, skipped } = writeGift(QUESTIONS);
		const back = await importBack('bank.gift', bytes(text), 'gift');
		expect(back.problems).toEqual([]);
		expect(skipped).toEqual([]);
		expect(back.questions.map(gist)).toEqual(QUESTIONS.map(gist));
		expect(back.questions.map((q) => q.externalId)).toEqual(QUESTIONS.map((q) => q.externalId));
		expect(back.questions[0].explanation).toBe('Since 2008.');
	});

	it('Moodle XML holds every type it writes, with ids and categories', async () => {
		const { text, skipped } = writeMoodleXml(QUESTIONS);
		const back = await importBack('bank.xml', bytes(text), 'moodle-xml');
		const kept = QUESTIONS.filter((q) => !skipped.some((s) => s.question === q));
		expect(back.questions.map(gist)).toEqual(kept.map(gist));
		expect(back.questions.every((q) => q.topics.includes('Balkans'))).toBe(true);
	});

	it('Aiken holds multiple choice (and true/false as two choices)', async () => {
		const { text, skipped } = writeAiken(QUESTIONS);
		const back = await importBack('bank.txt', bytes(text), 'aiken');
		expect(skipped.map((s) => s.question.type)).toEqual(['short', 'cloze', 'flashcard']);
		expect(back.questions[0]).toMatchObject({ type: 'mcq', answer: 'Pristina' });
		expect(back.questions[1]).toMatchObject({ type: 'truefalse', answer: 'true' });
	});

	it('Anki text and .apkg hold flashcards, typed answers and cloze exactly, by GUID', async () => {
		const exact = QUESTIONS.filter((q) => ['short', 'cloze', 'flashcard'].includes(q.type));
		const text = writeAnkiText(QUESTIONS, 'Deck').text;
		const fromText = await importBack('deck.txt', bytes(text), 'anki-text');
		const apkg = await writeApkg(QUESTIONS, 'Deck', sqlite);
		const fromApkg = await importBack('deck.apkg', apkg, 'apkg');
		for (const back of [fromText, fromApkg]) {
			expect(back.problems).toEqual([]);
			const byId = new Map(back.questions.map((q) => [q.externalId?.replace(/#c1$/, ''), q]));
			for (const q of exact) expect(gist(byId.get(q.externalId)!)).toEqual(gist(q));
		}
		// Anki has no multiple choice: a Basic note with the choices on its front; the
		// Flashpoint column (text) or field (.apkg) brings it back as it was.
		expect(fromText.questions.map(gist)).toEqual(QUESTIONS.map(gist));
		expect(fromApkg.questions.map(gist)).toEqual(QUESTIONS.map(gist));
	});

	it('the built-in course through Anki text, .apkg, GIFT and Moodle XML: every question unchanged', async () => {
		const parsed = parseBank(JSON.parse(readFileSync('questions/bank.json', 'utf8')));
		if (!parsed.ok) throw new Error(parsed.error);
		const bank = parsed.value.questions;
		const portable = bank.map(toPortable);
		const files = [
			['course.anki.txt', writeAnkiText(portable, 'Course').text, 'anki-text'],
			// Before: the deck's name came back as an extra topic on every question.
			['course.apkg', await writeApkg(portable, 'Course', sqlite), 'apkg'],
			['course.gift', writeGift(portable).text, 'gift'],
			['course.xml', writeMoodleXml(portable).text, 'moodle-xml']
		] as const;
		for (const [name, file, format] of files) {
			const data = typeof file === 'string' ? bytes(file) : file;
			const back = await importBack(name, data, format);
			const origin = {
				fileName: name,
				formatLabel: format,
				globalIds: format === 'anki-text' || format === 'apkg'
			};
			const plan = planImport(back.questions, origin, bank);
			// Before: 114 of the 153 came back "changed" from Anki text (choices as flashcards).
			expect(
				{ changed: plan.updates.map((u) => u.id), added: plan.questions.length },
				name
			).toEqual({ changed: [], added: 0 });
			expect(plan.unchanged, name).toBe(bank.length);
		}
	}, 60_000); // four formats of a 153-question bank: seconds on a loaded 2-core CI machine

	it('a question without topics comes back from Anki text and .apkg without the deck as one', async () => {
		const bare = [{ ...QUESTIONS[2], topics: [] }];
		const fromText = await importBack(
			'deck.txt',
			bytes(writeAnkiText(bare, 'Deck').text),
			'anki-text'
		);
		const fromApkg = await importBack('deck.apkg', await writeApkg(bare, 'Deck', sqlite), 'apkg');
		expect([fromText.questions[0].topics, fromApkg.questions[0].topics]).toEqual([[], []]);
		// The deck still names the course.
		expect([fromText.title, fromApkg.title]).toEqual(['Deck', 'Deck']);
	});

	it('a note edited in Anki is read as Anki says, not from the Flashpoint column', async () => {
		const text = writeAnkiText([QUESTIONS[0]], 'Deck').text.replace(
			'Which city is the capital of Kosovo?',
			'Which city is Kosovo’s capital?'
		);
		const back = await importBack('deck.txt', bytes(text), 'anki-text');
		expect(back.questions[0]).toMatchObject({ type: 'flashcard', answer: 'Pristina' });
		expect(back.questions[0].prompt).toMatch(/^Which city is Kosovo’s capital\?\n/);
	});

	it('Quizlet text holds every type, a short answer as a flashcard', async () => {
		const { text } = writeTwoColumn(QUESTIONS);
		const back = await importBack('set.txt', bytes(text), 'two-column');
		const asCard = (q: PortableQuestion) =>
			q.type === 'short' ? { ...q, type: 'flashcard' as const } : q;
		expect(back.questions.map(gist)).toEqual(QUESTIONS.map(asCard).map(gist));
	});

	it('Blooket, Gimkit, Kahoot and Wayground sheets come back as the same questions', async () => {
		const sheets = [
			['blooket.csv', blooketSheet(QUESTIONS)],
			['gimkit.csv', gimkitSheet(QUESTIONS)],
			['kahoot.xlsx', kahootSheet(QUESTIONS)],
			['wayground.xlsx', waygroundSheet(QUESTIONS)]
		] as const;
		for (const [name, sheet] of sheets) {
			const file = name.endsWith('.csv')
				? bytes(toCsv(sheet.rows, ',', { defuseFormulas: false }))
				: new Uint8Array(
						await (await writeXlsx([{ name: 'Quiz', rows: sheet.rows }])).arrayBuffer()
					);
			const back = await importBack(name, file, 'table');
			const written = QUESTIONS.filter((q) => !sheet.skipped.some((s) => s.question === q));
			expect(back.problems, name).toEqual([]);
			expect(back.questions.map(gameGist), name).toEqual(written.map(gameGist));
		}
	});
});

describe('a new course is named by the file’s own name for its questions (issue 12)', () => {
	const titleOf = async (name: string, file: Uint8Array, format: ImportFormatId) => {
		const outcome = await readImport({ name, bytes: file }, format, async () => sqlite);
		return outcome.kind === 'error' ? outcome.message : outcome.title;
	};

	it('a GIFT or Moodle XML category every question shares, else the file name', async () => {
		const gift = (categories: string[]) =>
			bytes(categories.map((c, i) => `$CATEGORY: $course$/top/${c}\n\nQ${i}? {=A}\n`).join('\n'));
		expect(await titleOf('q.gift', gift(['Biology/Cells', 'Biology/Genes']), 'gift')).toBe(
			'Biology'
		);
		expect(await titleOf('q.gift', gift(['Biology/Cells']), 'gift')).toBe('Cells');
		expect(await titleOf('my_quiz.gift', gift(['Cells', 'Genes']), 'gift')).toBe('My quiz');
		expect(await titleOf('my_quiz.gift', bytes('Q? {=A}\n'), 'gift')).toBe('My quiz');
		const xml = writeMoodleXml([QUESTIONS[0], { ...QUESTIONS[1], topics: ['Balkans'] }]).text;
		expect(await titleOf('export.xml', bytes(xml), 'moodle-xml')).toBe('Balkans');
	});

	it('the deck of an Anki package or text export (its `#deck:`), not the file name', async () => {
		const apkg = await writeApkg(QUESTIONS, 'Spanish verbs', sqlite);
		expect(await titleOf('export (1).apkg', apkg, 'apkg')).toBe('Spanish verbs');
		const text = writeAnkiText(QUESTIONS, 'Kosovo course').text;
		expect(await titleOf('deck.txt', bytes(text), 'anki-text')).toBe('Kosovo course');
		const columns = '#separator:tab\n#deck column:3\nKFOR\tforce\tLang::Spanish::Verbs\n';
		// The whole hierarchical name, as Anki names the deck (issue 14: it became "Verbs"), its
		// levels shown with › (task anki26: the literal "::" was the course's title).
		expect(await titleOf('deck.txt', bytes(columns), 'anki-text')).toBe('Lang › Spanish › Verbs');
	});

	it('keeps an Anki subdeck’s whole name through a package and a text export (issue 14)', async () => {
		for (const course of ['Spanish::Verbs', 'Spanish › Verbs']) {
			const apkg = await writeApkg(QUESTIONS, course, sqlite);
			expect(await titleOf('export.apkg', apkg, 'apkg')).toBe('Spanish › Verbs');
			const text = writeAnkiText(QUESTIONS, course).text;
			expect(text).toContain('#deck:Spanish::Verbs\n');
			expect(await titleOf('deck.txt', bytes(text), 'anki-text')).toBe('Spanish › Verbs');
		}
		// Decks that share a parent are named by it, as before.
		const two =
			'#separator:tab\n#deck column:3\nKFOR\tforce\tSpanish::Verbs\nEU\tunion\tSpanish::Nouns\n';
		expect(await titleOf('deck.txt', bytes(two), 'anki-text')).toBe('Spanish');
	});
});

/**
 * A game's gist: type, prompt, right answer and the choices in any order (games shuffle them,
 * and Gimkit's sheet puts the right one first); true/false goes out as True and False choices.
 */
const gameGist = (q: PortableQuestion) => [...gist(q).slice(0, 3), [...(q.choices ?? [])].sort()];

describe('a course exported and imported back keeps its title (issue 12)', () => {
	const titleBack = async (format: 'gift' | 'moodle' | 'aiken' | 'quizlet', title: string) => {
		const parsed = parseBank(JSON.parse(readFileSync('questions/bank.json', 'utf8')));
		if (!parsed.ok) throw new Error(parsed.error);
		const file = await exportQuestions(format, parsed.value.questions, title);
		const fileBytes = new Uint8Array(await file.blob.arrayBuffer());
		const detection = detectFormat(file.fileName, fileBytes);
		if (!detection.ok) throw new Error(file.fileName);
		const outcome = await readImport(
			{ name: file.fileName, bytes: fileBytes },
			detection.format,
			async () => sqlite
		);
		if (outcome.kind === 'error') throw new Error(outcome.message);
		return { outcome, fileName: file.fileName };
	};

	it('GIFT and Moodle XML carry it as the course’s category, as Moodle exports a course', async () => {
		// Before: "Turkey between serbia and kosovo 2008 2025", from the file name's slug.
		for (const format of ['gift', 'moodle'] as const) {
			const { outcome } = await titleBack(format, BUILTIN_TITLE);
			expect(outcome.title, format).toBe(BUILTIN_TITLE);
			// The course's category is no topic: each question keeps its own topics only.
			if (outcome.kind !== 'questions') throw new Error(format);
			const topics = new Set(outcome.result.questions.flatMap((q) => q.topics));
			expect(
				[...topics].filter((t) => /^Default for/.test(t)),
				format
			).toEqual([]);
		}
		// One topic shared by all, or none: still the course's title, not the topic's.
		const one = writeGift([QUESTIONS[0]], 'Kosovo 2008: week 3').text;
		expect(one).toMatch(/^\$CATEGORY: \$course\$\/top\/Default for Kosovo 2008: week 3\/Balkans$/m);
		const read = await importBack('q.gift', bytes(one), 'gift');
		expect([read.title, read.questions[0].topics]).toEqual(['Kosovo 2008: week 3', ['Balkans']]);
		const none = writeMoodleXml([{ ...QUESTIONS[0], topics: [] }], 'A/B course').text;
		const readXml = await importBack('q.xml', bytes(none), 'moodle-xml');
		expect([readXml.title, readXml.questions[0].topics]).toEqual(['A B course', []]);
	});

	it('a file without a course category keeps the file name’s title', async () => {
		const titleOf = async (file: Uint8Array) => {
			const outcome = await readImport(
				{ name: 'my_quiz.gift', bytes: file },
				'gift',
				async () => sqlite
			);
			return outcome.kind === 'error' ? outcome.message : outcome.title;
		};
		const old = writeGift(QUESTIONS).text;
		expect(old).not.toMatch(/Default for/);
		expect(await titleOf(bytes(old))).toBe('Balkans');
		expect(await titleOf(bytes('Q? {=A}\n'))).toBe('My quiz');
	});

	it('Aiken and a Quizlet sheet carry it in the file name, as it reads', async () => {
		// Neither format has a comment or header line Moodle or Quizlet would keep: the file's
		// name is the title (`readableFileStem`). It was a slug, read back as "Turkey between
		// serbia and kosovo 2008 2025" (outsider teacher, issue 12).
		for (const format of ['aiken', 'quizlet'] as const) {
			const { outcome, fileName } = await titleBack(format, BUILTIN_TITLE);
			expect(fileName, format).toBe(
				`Turkey between Serbia and Kosovo, 2008–2025 – ${format === 'aiken' ? 'Aiken' : 'Quizlet'}.txt`
			);
			expect(outcome.title, format).toBe(BUILTIN_TITLE);
			// A title with what no file name may hold comes back with spaces for it.
			const week = await titleBack(format, 'Kosovo 2008: week 3');
			expect(week.fileName, format).toMatch(/^Kosovo 2008 - week 3 – /);
			expect(week.outcome.title, format).toBe('Kosovo 2008 week 3');
		}
	});
});
