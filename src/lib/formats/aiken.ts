import { statementOf } from './front-back';
import { fieldText } from './plain-text';
import {
	checkPortable,
	type ExportResult,
	type ImportResult,
	type PortableQuestion
} from './portable';

/**
 * Moodle's Aiken format (https://docs.moodle.org/en/Aiken_format): multiple choice only, one
 * question per block: the question on one line, choices `A.` or `A)` on the following lines,
 * then `ANSWER: X`. Read leniently (blank lines optional between questions), written exactly.
 */

/** `A. text` or `A) text`; after `)` the space may be missing, as Moodle's own test file has it. */
const CHOICE = /^([A-Z])(?:\)\s*|\.\s+)(.*)$/;
/** Any `ANSWER:` line; its value must then be one letter (`B`, or `B.`/`B)`). */
const ANSWER = /^ANSWER\s*:\s*(.*)$/i;
const KEY = /^([A-Z])[.)]?$/i;

/** Reads an Aiken file. Never throws; each question it cannot read is a located problem. */
export function readAiken(source: string): ImportResult {
	const result: ImportResult = { questions: [], problems: [], notes: [] };
	const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	let prompt: { text: string; line: number } | undefined;
	let choices: { letter: string; text: string }[] = [];
	const fail = (message: string) => {
		if (prompt) result.problems.push({ line: prompt.line, message });
		prompt = undefined;
		choices = [];
	};
	lines.forEach((raw, index) => {
		const line = raw.trim();
		if (!line) return;
		const answer = ANSWER.exec(line);
		const choice = CHOICE.exec(line);
		if (answer && prompt) {
			const letter = KEY.exec(answer[1].trim())?.[1].toUpperCase();
			if (!letter) return fail('the ANSWER: line must give one letter, such as ANSWER: B');
			const key = choices.find((c) => c.letter === letter);
			if (choices.length < 2) return fail('a question needs at least two choices (A., B., …)');
			if (!key) return fail(`ANSWER: ${letter} names no choice of this question`);
			// True and False as the only choices is how Aiken (and `writeAiken`) holds a true/false
			// question: read back as one, or a re-import added it again as multiple choice.
			const texts = choices.map((c) => c.text);
			const trueFalse =
				texts
					.map((c) => c.toLowerCase())
					.sort()
					.join() === 'false,true';
			const question: PortableQuestion = {
				...(trueFalse
					? { type: 'truefalse', prompt: statementOf(prompt.text), answer: key.text.toLowerCase() }
					: { type: 'mcq', prompt: prompt.text, answer: key.text, choices: texts }),
				topics: []
			};
			const error = checkPortable(question);
			if (error) return fail(error);
			result.questions.push(question);
			prompt = undefined;
			choices = [];
		} else if (choice && prompt) {
			choices.push({ letter: choice[1], text: fieldText(choice[2], 'auto') });
		} else if (answer || choice) {
			result.problems.push({
				line: index + 1,
				message: 'a choice or ANSWER line with no question before it'
			});
		} else {
			// A text line after choices starts the next question: the last one had no key.
			if (prompt && choices.length) fail('the question ends without an ANSWER: line');
			// Moodle reads Aiken text as HTML-capable (`&amp;`, `<b>`): here it becomes text.
			const text = fieldText(line, 'auto');
			if (prompt) prompt.text += ` ${text}`;
			else prompt = { text, line: index + 1 };
		}
	});
	if (prompt) fail('the question ends without an ANSWER: line');
	return result;
}

/**
 * Writes multiple-choice and true/false questions as Aiken (true/false as the two choices True
 * and False). Other types are skipped with the reason; line breaks inside text become spaces,
 * since Aiken's question and choices are single lines.
 */
export function writeAiken(questions: readonly PortableQuestion[]): ExportResult {
	const blocks: string[] = [];
	const skipped: ExportResult['skipped'] = [];
	const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
	for (const q of questions) {
		const choices =
			q.type === 'mcq' ? (q.choices ?? []) : q.type === 'truefalse' ? ['True', 'False'] : undefined;
		if (!choices) {
			skipped.push({ question: q, reason: 'Aiken holds only multiple-choice questions' });
			continue;
		}
		if (choices.length > 26) {
			skipped.push({ question: q, reason: 'Aiken allows at most 26 choices (A–Z)' });
			continue;
		}
		const key = q.type === 'truefalse' ? (q.answer === 'true' ? 0 : 1) : choices.indexOf(q.answer);
		blocks.push(
			[
				oneLine(q.prompt),
				...choices.map((c, i) => `${String.fromCharCode(65 + i)}. ${oneLine(c)}`),
				`ANSWER: ${String.fromCharCode(65 + key)}`
			].join('\n')
		);
	}
	return { text: blocks.join('\n\n') + (blocks.length ? '\n' : ''), skipped };
}
