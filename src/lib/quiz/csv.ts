import type { ClassReport } from './report';
import type { Quiz } from './types';

/** Spreadsheets run cells starting with these as formulas; a leading apostrophe defuses them. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The class report as CSV: UTF-8 with a byte-order mark (so Excel reads "Vučić" correctly),
 * CRLF line ends, quoted where needed, one row per student and one column per question.
 */
export function reportCsv(quiz: Quiz, report: ClassReport): string {
	const header = [
		'Student',
		'Score',
		'Out of',
		'Percent',
		'Time (seconds)',
		'Finished',
		...quiz.questions.map((_, i) => `Q${i + 1}`)
	];
	const rows = report.students.map((s) => [
		s.name,
		s.correct,
		s.total,
		s.percent,
		s.seconds,
		new Date(s.finishedAt).toISOString(),
		...s.perQuestion.map((ok) => (ok ? 'correct' : 'wrong'))
	]);
	const shares = [
		'Share correct (%)',
		'',
		'',
		report.averagePercent,
		'',
		'',
		...report.questions.map((q) => q.percent)
	];
	const prompts = ['Question', '', '', '', '', '', ...quiz.questions.map((q) => q.prompt)];
	return (
		'\uFEFF' +
		[header, ...rows, shares, prompts].map((row) => row.map(csvCell).join(',')).join('\r\n') +
		'\r\n'
	);
}
