import { numericAccepts, numericBounds, numericText } from '$lib/content/numeric';
import type { Cell } from '$lib/text/csv';
import { plural } from '$lib/text/plural';
import type { PortableQuestion } from './portable';

/**
 * Spreadsheets for classroom games, in each game's own import template: Kahoot and Wayground
 * (Quizizz) take XLSX, Blooket and Gimkit CSV. Each builder returns rows (the caller writes them
 * with `writeXlsx` or as CSV) and what it skipped, with the reason, where the game's limits
 * cut a question: the game would refuse or truncate it otherwise.
 *
 * Column orders follow each game's published template (positions matter more than header text
 * to these importers). Kahoot: title rows, then headers on row 8 from column B; question ≤ 120
 * characters, up to 4 answers ≤ 75 characters, time limit one of 5–240 s, correct answers by
 * number. Blooket: a title row, then headers; up to 4 answers; time ≤ 300 s. Gimkit: a title
 * row, then question, correct answer and up to 3 incorrect ones. Wayground: one header row,
 * question types Multiple Choice and Fill-in-the-Blank, up to 5 options.
 *
 * Checked column by column on 1 December 2026. The games' own template files (Kahoot's .xlsx,
 * Blooket's and Gimkit's Google Sheets, Wayground's .xlsx) are not in any index this project can
 * read, so each was checked against what documents or copies them:
 * - Kahoot: R/exams `exams2kahoot` (CRAN `exams` 2.4-2, R/exams2kahoot.R and its manual page):
 *   Question, Answer 1…n, Time limit, Correct answer(s); question ≤ 120 and answers ≤ 75
 *   characters; time in seconds, one of 5, 10, 20, 30, 60, 90, 120, 240 (others rounded to the
 *   nearest); correct answers as answer numbers ("1, 3" for several). Same order and units here.
 * - Blooket: the "Blooket\nImport Template" title row and the header row with its line breaks,
 *   verbatim in several independent public exporters (Python, R, TypeScript): Question #,
 *   Question Text, Answer 1, Answer 2, Answer 3 (Optional), Answer 4 (Optional), Time Limit (sec)
 *   (Max: 300 seconds), Correct Answer(s) (Only include Answer #). Same here.
 * - Gimkit: title row "Gimkit Spreadsheet Import Template", then Question, Correct Answer,
 *   Incorrect Answer 1, Incorrect Answer 2 (Optional), Incorrect Answer 3 (Optional), in
 *   independent exporters and importers alike. Same here; no time column.
 * - Wayground (Quizizz): Question Text, Question Type, Option 1…5, Correct Answer, Time in
 *   seconds, Image Link, Answer explanation; the template's instruction row (quoted by a public
 *   exporter) says option 1 is required in all cases, Correct Answer is the option number 1–5
 *   and is left blank for Fill-in-the-Blank, time is optional with 30 s by default. Same here.
 *   Not confirmed anywhere: whether options 2–5 of a Fill-in-the-Blank count as other accepted
 *   answers (written so here, read so by the table reader).
 * No limits on text length were found for Blooket, Gimkit or Wayground, so none is applied. */

export interface GameSheet {
	/** The file's content: rows of cells, first row first. */
	rows: Cell[][];
	skipped: { question: PortableQuestion; reason: string }[];
}

/** The answer choices a game shows: multiple choice as is, true/false as True and False. */
function choicesOf(q: PortableQuestion): { choices: string[]; right: number } | undefined {
	if (q.type === 'mcq' && q.choices)
		return { choices: q.choices, right: q.choices.indexOf(q.answer) };
	if (q.type === 'truefalse')
		return { choices: ['True', 'False'], right: q.answer === 'true' ? 0 : 1 };
	return undefined;
}

/**
 * The typed answers a Fill-in-the-Blank accepts, at most `max` (Wayground's five options), or the
 * reason it cannot hold the question. A numerical answer is its value and every whole number
 * within its tolerance or range (`numericAccepts`), never its text "1883 ± 1", which no student
 * types (outsider, issue 12); one whose accepted numbers do not fit, or that accepts numbers
 * between whole ones (1.5 ± 0.2), is left out.
 */
function typedAnswers(q: PortableQuestion, max: number): string[] | { reason: string } {
	if (!q.numeric) return [q.answer, ...(q.accept ?? [])].slice(0, max).map(oneLine);
	const [min, high] = numericBounds(q.numeric);
	const accepted = numericAccepts(q.numeric);
	const exact = min === high && Number.isInteger(min);
	const wholeOnly = accepted.length > 1 && Number.isInteger(min) && Number.isInteger(high);
	if ((exact || wholeOnly) && accepted.length <= max) return accepted;
	return {
		reason: `a numerical answer (${numericText(q.numeric)}); Wayground's typed answers are ${max} exact texts`
	};
}

/**
 * The answer choices of `q` (`choicesOf`) for `game`, which shows at most four, or why it
 * cannot hold `q`.
 */
function fourChoices(
	q: PortableQuestion,
	game: string
): { choices: string[]; right: number } | { reason: string } {
	const set = choicesOf(q);
	if (!set) return { reason: `${game} holds only questions with answer choices` };
	if (set.choices.length > 4)
		return { reason: `${plural(set.choices.length, 'choice')}; ${game} allows 4` };
	return set;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A template's `count` answer cells: `texts` on one line each, then `empty` for the rest. */
const answerCells = (texts: readonly string[], count: number, empty: '' | null): Cell[] =>
	Array.from({ length: count }, (_, i) => (texts[i] !== undefined ? oneLine(texts[i]) : empty));

/** Kahoot's allowed time limits (seconds); a request is rounded to the nearest allowed one. */
export const KAHOOT_TIMES = [5, 10, 20, 30, 60, 90, 120, 240] as const;
const nearest = (allowed: readonly number[], seconds: number) =>
	allowed.reduce((best, t) => (Math.abs(t - seconds) < Math.abs(best - seconds) ? t : best));

/** Kahoot's "Quiz template" spreadsheet. */
export function kahootSheet(questions: readonly PortableQuestion[], seconds = 20): GameSheet {
	const skipped: GameSheet['skipped'] = [];
	const rows: Cell[][] = [
		[null, 'Quiz template'],
		[
			null,
			'Add questions, at least two answer alternatives, time limit and choose correct answers.'
		],
		[],
		[],
		[],
		[],
		[],
		[
			null,
			'Question - max 120 characters',
			'Answer 1 - max 75 characters',
			'Answer 2 - max 75 characters',
			'Answer 3 - max 75 characters',
			'Answer 4 - max 75 characters',
			'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
			'Correct answer(s) - choose at least one'
		]
	];
	const time = nearest(KAHOOT_TIMES, seconds);
	for (const q of questions) {
		const set = choicesOf(q);
		const prompt = oneLine(q.prompt);
		const reason = !set
			? 'Kahoot quizzes hold only questions with answer choices'
			: prompt.length > 120
				? 'a question is over 120 characters, the most Kahoot allows'
				: set.choices.length > 4
					? `${set.choices.length} choices; Kahoot allows 4`
					: set.choices.some((c) => oneLine(c).length > 75)
						? 'a choice is over 75 characters, the most Kahoot allows'
						: undefined;
		if (reason || !set) {
			skipped.push({ question: q, reason: reason ?? '' });
			continue;
		}
		rows.push([rows.length - 7, prompt, ...answerCells(set.choices, 4, null), time, set.right + 1]);
	}
	return { rows, skipped };
}

/** Blooket's "Import Template" CSV. */
export function blooketSheet(questions: readonly PortableQuestion[], seconds = 20): GameSheet {
	const skipped: GameSheet['skipped'] = [];
	const rows: Cell[][] = [
		['Blooket\nImport Template', '', '', '', '', '', '', ''],
		[
			'Question #',
			'Question Text',
			'Answer 1',
			'Answer 2',
			'Answer 3\n(Optional)',
			'Answer 4\n(Optional)',
			'Time Limit (sec)\n(Max: 300 seconds)',
			'Correct Answer(s)\n(Only include Answer #)'
		]
	];
	const time = Math.max(5, Math.min(300, Math.round(seconds)));
	for (const q of questions) {
		const set = fourChoices(q, 'Blooket');
		if ('reason' in set) {
			skipped.push({ question: q, reason: set.reason });
			continue;
		}
		const cells = answerCells(set.choices, 4, '');
		rows.push([rows.length - 1, oneLine(q.prompt), ...cells, time, set.right + 1]);
	}
	return { rows, skipped };
}

/** Gimkit's spreadsheet import: question, correct answer, up to three incorrect answers. */
export function gimkitSheet(questions: readonly PortableQuestion[]): GameSheet {
	const skipped: GameSheet['skipped'] = [];
	const rows: Cell[][] = [
		['Gimkit Spreadsheet Import Template', '', '', '', ''],
		[
			'Question',
			'Correct Answer',
			'Incorrect Answer 1',
			'Incorrect Answer 2 (Optional)',
			'Incorrect Answer 3 (Optional)'
		]
	];
	for (const q of questions) {
		const set = fourChoices(q, 'Gimkit');
		if ('reason' in set) {
			skipped.push({ question: q, reason: set.reason });
			continue;
		}
		const wrong = set.choices.filter((_, i) => i !== set.right);
		rows.push([oneLine(q.prompt), oneLine(set.choices[set.right]), ...answerCells(wrong, 3, '')]);
	}
	return { rows, skipped };
}

/** Wayground's (Quizizz) allowed time limits (seconds). */
export const WAYGROUND_TIMES = [5, 10, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900] as const;

/** Wayground's (Quizizz) spreadsheet: multiple choice, and typed answers as Fill-in-the-Blank. */
export function waygroundSheet(questions: readonly PortableQuestion[], seconds = 30): GameSheet {
	const skipped: GameSheet['skipped'] = [];
	const rows: Cell[][] = [
		[
			'Question Text',
			'Question Type',
			'Option 1',
			'Option 2',
			'Option 3',
			'Option 4',
			'Option 5',
			'Correct Answer',
			'Time in seconds',
			'Image Link',
			'Answer explanation'
		]
	];
	const time = nearest(WAYGROUND_TIMES, seconds);
	for (const q of questions) {
		const set = choicesOf(q);
		const explanation = q.explanation ? oneLine(q.explanation) : null;
		if (set) {
			if (set.choices.length > 5) {
				skipped.push({
					question: q,
					reason: `${plural(set.choices.length, 'choice')}; Wayground allows 5`
				});
				continue;
			}
			rows.push([
				oneLine(q.prompt),
				'Multiple Choice',
				...answerCells(set.choices, 5, null),
				set.right + 1,
				time,
				null,
				explanation
			]);
		} else if (q.type === 'short' || q.type === 'cloze') {
			// Fill-in-the-Blank lists the accepted answers as options and leaves Correct Answer empty.
			const accepted = typedAnswers(q, 5);
			if (!Array.isArray(accepted)) {
				skipped.push({ question: q, reason: accepted.reason });
				continue;
			}
			rows.push([
				oneLine(q.prompt.replace('____', '_____')),
				'Fill-in-the-Blank',
				...answerCells(accepted, 5, null),
				null,
				time,
				null,
				explanation
			]);
		} else {
			skipped.push({ question: q, reason: 'Wayground has no self-graded flashcards' });
		}
	}
	return { rows, skipped };
}
