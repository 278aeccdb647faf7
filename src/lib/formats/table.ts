import Papa from 'papaparse';
import { fieldText } from './plain-text';
import { isSchedulingColumn, schedulingNote } from './scheduling-columns';
import { findHeader, fold, headerFold, namedRole } from './header-row';
import { tagTopics } from './anki-tags';
import {
	distinctTopics,
	checkPortable,
	type ImportResult,
	type PortableQuestion,
	type QuestionType
} from './portable';
import { appendAll, largest } from '$lib/text/largest';

/**
 * Any CSV or TSV of questions (a teacher's spreadsheet, Kahoot or Quizizz sheets saved as CSV):
 * papaparse splits it (delimiter found from the text), `guessMapping` proposes what each
 * column holds from its header, the person corrects the mapping on screen, then
 * `tableToQuestions` reads the rows.
 */

/**
 * The topics in one tags cell. With a comma or semicolon, those separate them (a teacher's
 * "World War II, Cold War"); without, spaces do, as Anki and Quizlet separate tags ("geo
 * capitals", a `_` read as a space, `Geo::Europe` one hierarchical tag kept whole, as Anki
 * keeps it). Source: Anki manual, "Importing: Text Files" (tags are space-separated).
 */
export function cellTags(cell: string): string[] {
	if (/[,;]/.test(cell))
		return cell
			.split(/\s*[,;]\s*/)
			.map((t) => t.trim())
			.filter(Boolean);
	return tagTopics(cell);
}

/** What a column holds. */
export type ColumnRole =
	| 'prompt'
	| 'answer'
	| 'choice'
	| 'accept'
	| 'explanation'
	| 'topics'
	| 'type'
	| 'id'
	| 'quote'
	| 'ignore';

/** What the mapping step calls each role, in the order it offers them. */
export const COLUMN_ROLE_LABELS: Record<ColumnRole, string> = {
	prompt: 'Question',
	answer: 'Right answer',
	choice: 'A choice',
	accept: 'Also accepted answers',
	explanation: 'Explanation',
	topics: 'Topics or tags',
	type: 'Question type',
	id: 'Id',
	quote: 'Source sentence',
	ignore: 'Leave out'
};

export interface Table {
	/** The first row when it looks like headers, else `Column 1`, `Column 2`, … */
	headers: string[];
	hasHeader: boolean;
	/** The header row's own cells, when there is one (`withHeader` puts it back among the rows). */
	headerRow?: string[];
	rows: string[][];
	/** The file line (1-based) of `rows[0]`: after the header row and any title rows above it. */
	firstLine: number;
	delimiter: string;
}

/**
 * Splits CSV/TSV text; the header row is found by `findHeader` (`header-row.ts`: roles named in
 * English, or any language's labels by their shape).
 */
export function readTable(text: string, delimiter = ''): Table {
	const source = text.replace(/^\uFEFF/, '');
	// papaparse guesses the delimiter best without empty rows; the second pass keeps them.
	const guessed =
		delimiter ||
		Papa.parse<string[]>(source, { skipEmptyLines: 'greedy', preview: 50 }).meta.delimiter;
	const parsed = Papa.parse<string[]>(source, { delimiter: guessed });
	// Empty rows stay (as empty arrays) so row numbers match what a spreadsheet shows.
	const rows = parsed.data.map((row) =>
		row.every((cell) => !cell.trim()) ? [] : row.map((cell) => cell.trim())
	);
	while (rows.length && !rows.at(-1)!.length) rows.pop();
	const lengths = rows.map((r) => r.length);
	const width = largest(lengths, 0);
	const headerAt = findHeader(rows);
	const hasHeader = headerAt >= 0;
	const first = hasHeader ? rows[headerAt] : [];
	return {
		headers: headersOf(first, width),
		hasHeader,
		...(hasHeader ? { headerRow: first } : {}),
		rows: rows.slice(headerAt + 1),
		firstLine: headerAt + 2,
		delimiter: parsed.meta.delimiter
	};
}

function headersOf(first: readonly string[], width: number): string[] {
	return Array.from({ length: width }, (_, i) => first[i] || `Column ${i + 1}`);
}

/**
 * The table with its first row read as a header (`on`) or as data, as the person says on the
 * preview ("First row is a header"). Title rows above a found header stay left out.
 */
export function withHeader(table: Table, on: boolean): Table {
	if (on === table.hasHeader) return table;
	const width = table.headers.length;
	if (!on) {
		const { headerRow: _header, ...rest } = table;
		return {
			...rest,
			headers: headersOf([], width),
			hasHeader: false,
			rows: [table.headerRow ?? [], ...table.rows],
			firstLine: table.firstLine - 1
		};
	}
	const at = table.rows.findIndex((row) => row.length);
	if (at < 0) return table;
	const first = table.rows[at];
	return {
		...table,
		headers: headersOf(first, width),
		hasHeader: true,
		headerRow: first,
		rows: table.rows.slice(at + 1),
		firstLine: table.firstLine + at + 1
	};
}

/**
 * Proposes a role for each column from its header; without headers, the first column is the
 * prompt and the second the answer (as in a two-column set), also under headers that name no
 * role (another language's). Roles a header does not name are
 * `ignore`. "Answer 1…4" beside a "Correct answer" column are choices (Kahoot, Quizizz).
 */
export function guessMapping(table: Table): ColumnRole[] {
	// Headers in another language ("Frage", "Antwort") name no role: placed as without headers.
	if (!table.hasHeader || !table.headers.some((h) => namedRole(h) !== undefined))
		return table.headers.map((_, i) => (i === 0 ? 'prompt' : i === 1 ? 'answer' : 'ignore'));
	const folded = table.headers.map(headerFold);
	// "Correct Answer(s) (Only include Answer #)": Blooket's header, with its own instructions.
	const correct = (h: string) => /^correct answers?\b|^key$|^solution$/.test(h);
	const hasCorrect = folded.some(correct);
	return folded.map((header, i) => {
		// A numbering column ("Question #") is not the question's text.
		if (/#\s*$/.test(table.headers[i])) return 'ignore';
		if (correct(header)) return 'answer';
		if (hasCorrect && /^answer ?[a-f1-6]( optional)?$/.test(header)) return 'choice';
		return namedRole(table.headers[i]) ?? 'ignore';
	});
}

const TYPE_WORDS: [RegExp, QuestionType][] = [
	[/^(mcq|multiple choice|multichoice|quiz|choice)$/, 'mcq'],
	[/^(tf|true false|truefalse|true or false|boolean)$/, 'truefalse'],
	[/^(short|short answer|shortanswer|open ended|type answer|typed)$/, 'short'],
	[/^(cloze|fill in the blank|fill the blank|missing word|blank)$/, 'cloze'],
	[/^(flashcard|card|basic|term)$/, 'flashcard']
];

/**
 * A right answer given as a choice's number (1–6) or letter (A–F) becomes that choice's text.
 * `numbered`: the column says it holds a choice's number (Blooket's "Correct Answer(s) (Only
 * include Answer #)"), so "1" is the first choice even when another choice reads "1".
 */
function resolveChoice(answer: string, choices: string[], numbered = false): string {
	if (choices.includes(answer) && !(numbered && /^[1-6]$/.test(answer))) return answer;
	const indices = answer.split(/\s*,\s*/);
	if (indices.length !== 1) return answer;
	const n = /^[1-6]$/.test(answer)
		? Number(answer) - 1
		: /^[a-f]$/i.test(answer)
			? answer.toLowerCase().charCodeAt(0) - 97
			: -1;
	return n >= 0 && n < choices.length ? choices[n] : answer;
}

/**
 * Reads the rows with the mapping. Never throws; a row it cannot read is a problem whose `line`
 * is the row number a spreadsheet shows (headers are row 1).
 */
export function tableToQuestions(table: Table, mapping: readonly ColumnRole[]): ImportResult {
	const result: ImportResult = { questions: [], problems: [], notes: [] };
	// Choice columns that hold only wrong answers (Gimkit's "Incorrect Answer 1"…): the right
	// answer is its own text, never a choice's number or letter (a right answer "1" among wrong
	// ones "2", "3", "4" read as the first wrong one).
	const wrongOnly =
		mapping.includes('choice') &&
		mapping.every(
			(role, i) =>
				role !== 'choice' || /\b(wrong|incorrect|distractor|false)/i.test(table.headers[i] ?? '')
		);
	const numbered = mapping.some(
		(role, i) => role === 'answer' && /answer ?#|\bnumber\b/i.test(table.headers[i] ?? '')
	);
	const firstLine = table.firstLine;
	const answersUnheld = !mapping.includes('accept');
	table.rows.forEach((row, index) => {
		if (!row.length) return;
		const cells = (role: ColumnRole) =>
			mapping.flatMap((r, i) => {
				// A Quizlet or LMS sheet may hold HTML (`&amp;`, `<b>`): read as text, never shown as HTML.
				const text = r === role && row[i] ? fieldText(row[i], 'auto') : '';
				return text ? [text] : [];
			});
		let [prompt = ''] = cells('prompt');
		let [rawAnswer = ''] = cells('answer');
		let choices = cells('choice');
		const typeWord = fold(cells('type')[0] ?? '');
		let declared = TYPE_WORDS.find(([pattern]) => pattern.test(typeWord))?.[1];
		let typedAccept: string[] = [];
		if ((declared === 'cloze' || declared === 'short') && choices.length && !rawAnswer) {
			// Wayground's Fill-in-the-Blank: the options are the accepted answers, the first the
			// answer, and "Correct Answer" is left blank (its template's instruction row).
			[rawAnswer, ...typedAccept] = choices;
			choices = [];
		}
		if (declared === 'cloze') {
			// A blank of any length is the blank; without one, a typed answer is a short answer.
			prompt = prompt.replace(/_{4,}/, '____');
			if (!prompt.includes('____')) declared = 'short';
		}
		const answer =
			choices.length && !wrongOnly ? resolveChoice(rawAnswer, choices, numbered) : rawAnswer;
		const truth = /^(true|false|t|f)$/i.test(answer)
			? /^t/i.test(answer)
				? 'true'
				: 'false'
			: undefined;
		// True and False as the only choices (how games hold a true/false question) is one.
		const trueOrFalse =
			!!truth &&
			[...new Set([answer, ...choices].map((c) => c.toLowerCase()))].sort().join() === 'false,true';
		const type: QuestionType =
			(trueOrFalse && (declared ?? 'mcq') === 'mcq' ? 'truefalse' : declared) ??
			// A right answer and one wrong choice is multiple choice too (Gimkit's sheet of two
			// choices: "Correct Answer" and "Incorrect Answer 1").
			((choices.length >= 2 || (choices.length === 1 && !choices.includes(answer))) && !trueOrFalse
				? 'mcq'
				: truth
					? 'truefalse'
					: prompt.includes('____')
						? 'cloze'
						: 'flashcard');
		const allChoices =
			type === 'mcq' && !choices.includes(answer) && choices.length < 6
				? [answer, ...choices]
				: choices;
		const accept = [
			...typedAccept,
			...cells('accept')
				.flatMap((c) => c.split(/\s*[|;]\s*/))
				.filter(Boolean)
		];
		const [explanation] = cells('explanation');
		const [id] = cells('id');
		const [quote] = cells('quote');
		const question: PortableQuestion = {
			...(id ? { externalId: id } : {}),
			type,
			prompt,
			answer: type === 'truefalse' ? (truth ?? answer) : answer,
			...(type === 'mcq' ? { choices: allChoices } : {}),
			...(accept.length && (type === 'short' || type === 'cloze') ? { accept } : {}),
			...(explanation ? { explanation } : {}),
			topics: distinctTopics(cells('topics').flatMap(cellTags)),
			...(quote ? { quote } : {}),
			// No column for them (Kahoot, Blooket, Gimkit, a plain sheet): a re-import keeps the
			// course's accepted answers and a number's tolerance.
			...(answersUnheld && (type === 'short' || type === 'cloze')
				? { keepAnswers: true as const }
				: {})
		};
		const error = !prompt ? 'no question text' : !rawAnswer ? 'no answer' : checkPortable(question);
		if (error) result.problems.push({ line: firstLine + index, message: error });
		else result.questions.push(question);
	});
	// A sheet's Due or Interval column (an Anki browser export) is left out: said, not silent.
	const scheduling = table.headers.filter(
		(header, i) => table.hasHeader && mapping[i] === 'ignore' && isSchedulingColumn(header)
	);
	appendAll(result.notes, schedulingNote(scheduling));
	return result;
}
