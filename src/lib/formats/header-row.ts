import { foldText } from '$lib/text/fold';
import { HEADER_WORD_ROLES } from './header-words';
import type { ColumnRole } from './table';

/**
 * Whether a sheet starts with a header row, and which row it is: the one rule for every CSV, TSV,
 * Excel sheet and column text (`table.ts` reads by it, `detect.ts` sends column text with a
 * header to the column mapping by it). A header is found by the roles its cells name in English
 * ("Question", "Correct answer", a game template's "Answer 1 (Optional)") or in another common
 * language (`header-words.ts`: "Frage", "Antwort"), or, in any language, by its shape: short labels without closing punctuation, repeated nowhere below, unlike the
 * rows under them ("Frage;Antwort", "Pregunta,Respuesta" above questions; issue 14: such a row
 * became a card). The person can always say otherwise on the preview ("First row is a header").
 */

/** Header words, folded to lower case without punctuation, that name each role. */
export const HEADER_ROLES: [RegExp, ColumnRole][] = [
	[/^(question|question text|prompt|term|front|word|q)$/, 'prompt'],
	[
		/^(answer|correct answer|correct answers?|correct answer s|definition|back|key|solution|a)$/,
		'answer'
	],
	// "Incorrect Answer 2 (Optional)" (Gimkit), "Answer 3 (Optional)" (Blooket), "Option 1"
	// (Wayground), and a teacher's own "wrong1", "Incorrect 2", "Distractor 3", "Wrong choice 1"
	// (guessed "Leave out", so the rows came in as flashcards: outsider, issue 12).
	[
		/^(option|choice|answer|distractor|wrong|incorrect|(wrong|incorrect|false) ?(answer|choice|option))s? ?(no |number )?([a-f1-9])?( optional)?$/,
		'choice'
	],
	[/^(also accepted|accept|alternatives?|other answers?)$/, 'accept'],
	// "Answer explanation": Wayground's (Quizizz) template.
	[
		/^(explanation|answer explanation|feedback|general feedback|notes?|extra|back extra)$/,
		'explanation'
	],
	[/^(tags?|topics?|category|categories|deck|subject|unit)$/, 'topics'],
	[/^(type|question type)$/, 'type'],
	[/^(id|guid|question id|idnumber)$/, 'id'],
	[/^(source|quote|source sentence|reference)$/, 'quote']
];

/** Header words compared folded (one folding for the app), punctuation dropped. */
export const fold = (text: string) =>
	foldText(text)
		.replace(/[^\p{L}\p{N} ]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/**
 * A header as compared: folded, without the instructions a game's template adds after a dash
 * ("Question - max 120 characters", "Correct answer(s) - choose at least one": Kahoot's), which
 * hid every Kahoot column from the guess.
 */
export function headerFold(header: string): string {
	return fold(header.replace(/\s+[-–—]\s[\s\S]*$/, ''));
}

/** The role a header names, if any: in English (`HEADER_ROLES`) or another language (`HEADER_WORDS`). */
export function namedRole(header: string): ColumnRole | undefined {
	const folded = headerFold(header);
	return (
		HEADER_ROLES.find(([pattern]) => pattern.test(folded))?.[1] ?? HEADER_WORD_ROLES.get(folded)
	);
}

/** How many of a row's cells name a role. */
function roleCount(row: readonly string[]): number {
	return row.filter((cell) => namedRole(cell) !== undefined).length;
}

/** A cell that reads as a column's label: short, one to three words, no closing punctuation, not a number. */
function isLabel(cell: string): boolean {
	const text = cell.trim();
	return (
		text.length > 0 &&
		text.length <= 40 &&
		text.split(/\s+/).length <= 3 &&
		!/[.?!…:;,¿¡=]$|^[¿¡]|_{3,}|\{/.test(text) &&
		!/^[-+]?[\d.,:/\s%]+$/.test(text)
	);
}

/** A cell that is a number, a year, a date or a share ("3,14", "1,500", "12.5 %", "1/2"). */
const NUMBER = /^[-+]?[\d.,:/\s%]*\d[\d.,:/\s%]*$/;

/**
 * Whether a column differs in kind below its label: words over numbers, in two of three rows or
 * more ("Antwort" over "3,14", "3,5": outsider student, issue 12, where the rows were as short
 * as the labels).
 */
function numbersBelow(first: readonly string[], below: readonly (readonly string[])[]): boolean {
	return first.some((label, column) => {
		const cells = below.map((row) => row[column]?.trim() ?? '').filter(Boolean);
		const numbers = cells.filter((cell) => NUMBER.test(cell)).length;
		return !NUMBER.test(label.trim()) && cells.length >= 2 && numbers >= (cells.length * 2) / 3;
	});
}

/** Rows compared with a first row: the first 50 that are not empty. */
const SAMPLE = 50;

/**
 * Whether `first` looks like column labels over `rest` (any language): two or more cells, each a
 * label (`isLabel`), none repeated in the rows below (folded), and the rows below unlike it —
 * a column of numbers under a word (`numbersBelow`), or most of them not all labels, and the row at most 0.6 of their median length; or, where most
 * rows below are labels too, a column whose label starts with a capital over
 * cells that mostly start in lower case ("Englisch" over "dog", "cat"). A vocabulary list of
 * short words has no telling header: the person ticks "First row is a header" then.
 */
export function looksLikeLabels(
	first: readonly string[],
	rest: readonly (readonly string[])[]
): boolean {
	const filled = first.filter((cell) => cell.trim());
	if (filled.length < 2 || !filled.every(isLabel)) return false;
	const below = rest.filter((row) => row.some((cell) => cell.trim())).slice(0, SAMPLE);
	if (!below.length) return false;
	const labels = new Set(filled.map(fold));
	if (below.some((row) => row.some((cell) => labels.has(fold(cell))))) return false;
	if (numbersBelow(first, below)) return true;
	const alike = below.filter((row) => row.filter((c) => c.trim()).every(isLabel)).length;
	// Labels over longer rows (questions, sentences): a term–definition set's first card is as
	// long as the others, so it stays a card.
	const length = (row: readonly string[]) => row.join('').length;
	const lengths = below.map(length).sort((a, b) => a - b);
	const median = lengths[Math.floor(lengths.length / 2)];
	if (alike < below.length / 2) return length(first) <= median * 0.6;
	return first.some((label, column) => {
		if (!/^\p{Lu}/u.test(label.trim())) return false;
		const cells = below.map((row) => row[column]?.trim() ?? '').filter(Boolean);
		const lower = cells.filter((cell) => /^\p{Ll}/u.test(cell)).length;
		return cells.length > 0 && lower >= cells.length * 0.8;
	});
}

/**
 * The header row's index in `rows`, or -1: the first of the first ten rows naming two roles (game
 * templates put title rows above it: Blooket, Gimkit, Kahoot), else the first non-empty row when
 * it names a role or looks like labels (`looksLikeLabels`).
 */
export function findHeader(rows: readonly (readonly string[])[]): number {
	const twice = rows.slice(0, 10).findIndex((row) => roleCount(row) >= 2);
	if (twice >= 0) return twice;
	const first = rows.findIndex((row) => row.some((cell) => cell.trim()));
	if (first < 0) return -1;
	const named = roleCount(rows[first]) >= 1;
	return named || looksLikeLabels(rows[first], rows.slice(first + 1)) ? first : -1;
}
