import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { numericText } from '$lib/content/numeric';
import { htmlToText, looksLikeHtml } from './plain-text';
import { FALSE_LABEL, foldFeedback, TRUE_LABEL } from './answer-feedback';
import { droppedAnswersNote, imagesLeftOutNote, partsNote, wholeLater } from './gift';
import { matchingParts, multiAnswerParts } from './moodle-parts';
import { readMoodleUnits } from './moodle-units';
import { defaultGrade, weightsNote, type WeightedQuestion } from './moodle-grades';
import { asksForUnit } from '$lib/content/answer-unit';
import {
	distinctTopics,
	checkPortable,
	ownName,
	type ImportResult,
	type PortableQuestion,
	type ReadOptions
} from './portable';
import { categoryTopic, fileTitle } from './deck-names';

/**
 * Moodle XML (https://docs.moodle.org/en/Moodle_XML_format), read with fast-xml-parser
 * (`moodle-xml-write.ts` writes it). Read: `multichoice` with one right answer, `truefalse`, `shortanswer` (a
 * question text with a `_____` gap becomes fill-the-blank), `numerical` with an exact answer
 * (as short answer; an exact number with `<units>` as the number with its unit, "588 N", marked
 * by the unit rule: `moodle-units.ts`); `category` entries become topics, as do `<tags>`; `generalfeedback`
 * and each answer's `<feedback>` become the explanation (`answer-feedback.ts`), written back on
 * their answers; HTML text becomes plain text.
 * An `essay` with general feedback is a flashcard whose back is that feedback (as Flashpoint
 * writes one), its information for graders the explanation. `matching` and a `multichoice` with
 * `single` false are read as their parts (`moodle-parts.ts`), and written back as such. Other
 * types (an essay without feedback, cloze/multianswer, description…) are listed, with their line
 * and name, and skipped.
 */

/** A parsed XML element: its children by name, its attributes as `@_name`. */
export type Node = Record<string, unknown>;

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: true,
	isArray: (name) => ['question', 'answer', 'tag', 'subquestion'].includes(name)
});

/** The `<text>` inside an element such as `<questiontext>`, as plain text. */
function textOf(node: unknown): string {
	if (node === undefined || node === null) return '';
	if (typeof node === 'string' || typeof node === 'number') return String(node);
	const element = node as Node;
	const inner = element.text ?? element['#text'] ?? '';
	const raw = typeof inner === 'object' ? textOf(inner) : String(inner);
	return readAsHtml(element, raw) ? htmlToText(raw) : raw.trim();
}

/**
 * Whether an element's raw text is read as HTML: `format="html"` always; plain text and
 * markdown never; moodle_auto_format, or no format given, when it looks like HTML.
 */
function readAsHtml(element: Node, raw: string): boolean {
	const format = element['@_format'];
	if (format === 'html') return true;
	return format !== 'plain_text' && format !== 'markdown' && looksLikeHtml(raw);
}

/**
 * How many images a question's HTML fields show (`<img>` in its text, answers, feedback):
 * Flashpoint shows none, so the import report names the question that lost them (outsider
 * teacher, issue 14: an image was dropped silently). An `<img>` in plain text is text, kept.
 */
function imageCount(node: unknown, format?: unknown): number {
	if (typeof node === 'string') {
		const element = { '@_format': format };
		return readAsHtml(element, node) ? (node.match(/<img\b/gi)?.length ?? 0) : 0;
	}
	if (Array.isArray(node))
		return node.reduce((n: number, child) => n + imageCount(child, format), 0);
	if (!node || typeof node !== 'object') return 0;
	const element = node as Node;
	return Object.entries(element).reduce(
		(n, [key, child]) =>
			key.startsWith('@_') || key === 'file'
				? n
				: n +
					imageCount(child, key === 'text' || key === '#text' ? element['@_format'] : undefined),
		0
	);
}

function fraction(answer: Node): number {
	const value = Number(answer['@_fraction'] ?? 0);
	return Number.isFinite(value) ? value : 0;
}

/** Where a question starts in the file, for messages: the n-th `<question` tag's line. */
function questionLines(xml: string): number[] {
	const lines: number[] = [];
	const pattern = /<question\b/g;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(xml))) lines.push(xml.slice(0, match.index).split('\n').length);
	return lines;
}

/**
 * A field's text: plain text exactly as written (its own line breaks, no-break spaces and runs
 * of spaces: the app's own export read back unchanged, outsider teacher, issue 12); HTML or
 * auto-formatted text with its line breaks kept (at most one blank line) and other runs of
 * spaces and tabs as one space.
 */
function fieldOf(node: unknown): string {
	const format = (node as Node | undefined)?.['@_format'];
	const text = textOf(node).replace(/\r\n?/g, '\n');
	return format === 'plain_text' ? text.trim() : keepLines(text);
}

/** A question's `<name>` or `<idnumber>`: plain text in Moodle (never HTML), as written. */
function plainOf(node: unknown): string {
	return node && typeof node === 'object'
		? fieldOf({ ...node, '@_format': 'plain_text' })
		: textOf(node);
}

/** Text with its line breaks kept (at most one blank line) and other white space as one space. */
function keepLines(text: string): string {
	return text
		.replace(/[ \t\f\v\r]+/g, ' ')
		.replace(/ ?\n ?/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/**
 * Reads one `<question>`. A typed answer's answers that are not fully right (Flashpoint has no
 * partial credit, and a wrong one is only there for its feedback) are counted in `dropped`.
 */
function readQuestion(
	q: Node,
	topic: string | undefined,
	dropped: { answers: number },
	options: ReadOptions = {}
): PortableQuestion | PortableQuestion[] | string {
	const type = String(q['@_type'] ?? '');
	// Moodle shows a line break of plain or auto-formatted text, and HTML's <br> and blocks, as
	// line breaks: they are kept; other runs of white space are one space.
	const prompt = fieldOf(q.questiontext);
	const answers = ((q.answer as Node[] | undefined) ?? []).map((a) => ({
		text: fieldOf(a),
		fraction: fraction(a),
		feedback: textOf(a.feedback)
	}));
	const tags =
		((q.tags as Node | undefined)?.tag as Node[] | undefined)?.map((t) => textOf(t)) ?? [];
	const topics = distinctTopics([...(topic ? [topic] : []), ...tags]);
	const idnumber = plainOf(q.idnumber) || plainOf(q.name);
	const right = answers.filter((a) => a.fraction >= 100);
	// Partly right answers, for a class quiz (`ReadOptions.credit`): kept with their weight.
	const credited =
		options.credit && type !== 'numerical'
			? answers.filter((a) => a.fraction > 0 && a.fraction < 100 && a.text !== '*')
			: [];
	const credit = credited.length
		? { credit: Object.fromEntries(credited.map((a) => [a.text, a.fraction])) }
		: {};
	// Each kept answer's feedback after the general feedback, labelled by its answer
	// (`answer-feedback.ts`; issue 14: all but the right one's were dropped).
	const typed = type === 'shortanswer' || type === 'numerical';
	const label = (a: { text: string }) =>
		type === 'truefalse' ? (a.text.toLowerCase() === 'true' ? TRUE_LABEL : FALSE_LABEL) : a.text;
	const kept = typed ? right : answers;
	const ordered =
		type === 'truefalse' ? [...kept].sort((a) => (label(a) === TRUE_LABEL ? -1 : 1)) : kept;
	const folded = foldFeedback(
		textOf(q.generalfeedback),
		ordered.map((a) => ({ label: label(a), feedback: a.feedback }))
	);
	const name = ownName(plainOf(q.name), prompt);
	const base = {
		...(idnumber ? { externalId: idnumber.slice(0, 200) } : {}),
		...(name ? { name } : {}),
		topics
	};
	const explanation = folded ? { explanation: folded } : {};
	switch (type) {
		case 'multichoice': {
			const parts = {
				...(idnumber ? { externalId: idnumber } : {}),
				titled: plainOf(q.name),
				topics
			};
			const multi = String(textOf(q.single)) === 'false';
			if (multi)
				return multiAnswerParts(
					parts,
					prompt,
					answers.map((a) => ({ text: a.text, weight: a.fraction, feedback: a.feedback })),
					textOf(q.generalfeedback) || undefined
				);
			if (right.length !== 1)
				return 'single-answer questions need exactly one choice with fraction 100';
			if (answers.some((a) => a.fraction > 0 && a.fraction < 100) && !options.credit)
				return 'questions with partly right answers are not supported';
			return {
				...base,
				type: 'mcq',
				prompt,
				answer: right[0].text,
				choices: answers.map((a) => a.text),
				...credit,
				...explanation
			};
		}
		case 'truefalse': {
			const key = right[0]?.text.toLowerCase();
			if (key !== 'true' && key !== 'false')
				return 'a true/false question needs a right answer of true or false';
			return { ...base, type: 'truefalse', prompt, answer: key, ...explanation };
		}
		case 'shortanswer':
		case 'numerical': {
			if (!right.length) return 'no answer is marked right (fraction 100)';
			const rawAnswers = (q.answer as Node[] | undefined) ?? [];
			const gaps = prompt.match(/_{3,}/g)?.length ?? 0;
			dropped.answers += answers.length - right.length - credited.length;
			const shape = {
				...base,
				...explanation,
				type: gaps === 1 ? ('cloze' as const) : ('short' as const),
				prompt: gaps === 1 ? prompt.replace(/_{3,}/, '____') : prompt
			};
			if (type === 'numerical') {
				// One right number with its tolerance: graded as a number (`$lib/content/numeric`).
				const value = Number(right[0].text);
				const tolerance = Math.abs(
					Number(textOf(rawAnswers[answers.indexOf(right[0])]?.tolerance ?? '0'))
				);
				if (right.length !== 1 || !Number.isFinite(value) || !Number.isFinite(tolerance))
					return 'numerical questions need one right number (and its tolerance)';
				const { explanation: _byText, ...bare } = shape;
				// An exact number with its units: the key with its unit, marked by the unit rule. The
				// file has no place for other accepted answers: a re-import keeps the course's.
				// Units optional (`unitgradingtype` 0) where the prompt asks for them: the bare number
				// is accepted, as a teacher's "588" beside "588 N" says (`moodle-units.ts`).
				const optional =
					asksForUnit(shape.prompt) && Number(textOf(q.unitgradingtype ?? '1')) === 0;
				const units = readMoodleUnits(value, tolerance, q.units, optional);
				if (units) {
					const said = foldFeedback(textOf(q.generalfeedback), [
						{ label: units.answer, feedback: right[0].feedback }
					]);
					return {
						...bare,
						answer: units.answer,
						...(units.accept.length ? { accept: units.accept } : {}),
						...(said ? { explanation: said } : {}),
						keepAnswers: true as const
					};
				}
				const numeric = { value, tolerance };
				const answer = numericText(numeric);
				// Its feedback is labelled by the answer it gets ("2008 ± 1"), as GIFT's is.
				const folded = foldFeedback(textOf(q.generalfeedback), [
					{ label: answer, feedback: right[0].feedback }
				]);
				return { ...bare, answer, numeric, ...(folded ? { explanation: folded } : {}) };
			}
			const [answer, ...accept] = right.map((a) => a.text);
			return { ...shape, answer, ...(accept.length ? { accept } : {}), ...credit };
		}
		case 'essay': {
			const back = textOf(q.generalfeedback).trim();
			if (!back) return 'essay questions have no answer to check, so they are left out';
			const notes = textOf(q.graderinfo).trim();
			return {
				...base,
				type: 'flashcard',
				prompt,
				answer: back,
				...(notes ? { explanation: notes } : {})
			};
		}
		case 'matching': {
			const subquestions = (q.subquestion as Node[] | undefined) ?? [];
			const pairs = subquestions.map((sub) => ({
				item: fieldOf(sub),
				answer: plainOf((sub.answer as Node[] | undefined)?.[0])
			}));
			const parts = {
				...(idnumber ? { externalId: idnumber } : {}),
				titled: plainOf(q.name),
				topics
			};
			return matchingParts(parts, prompt, pairs, textOf(q.generalfeedback) || undefined);
		}
		default:
			return `${type || 'untyped'} questions are not supported`;
	}
}

/** Reads a Moodle XML file. Never throws: broken XML or a bad question is a located problem. */
export function readMoodleXml(xml: string, options: ReadOptions = {}): ImportResult {
	const result: ImportResult = { questions: [], problems: [], notes: [] };
	const source = xml.replace(/^\uFEFF/, '');
	if (/<!ENTITY/i.test(source)) {
		result.problems.push({
			message: 'the file declares XML entities, which Flashpoint does not read'
		});
		return result;
	}
	const valid = XMLValidator.validate(source);
	if (valid !== true) {
		result.problems.push({ line: valid.err.line, message: `broken XML: ${valid.err.msg}` });
		return result;
	}
	let document: Node;
	try {
		document = parser.parse(source) as Node;
	} catch (error) {
		result.problems.push({ message: `broken XML: ${(error as Error).message}` });
		return result;
	}
	const quiz = document.quiz as Node | undefined;
	if (!quiz) {
		result.problems.push({ message: 'this is XML but not Moodle XML (no <quiz> element)' });
		return result;
	}
	const lines = questionLines(source);
	let path: string[] = [];
	const paths: string[][] = [];
	const dropped = { answers: 0 };
	const weighted: WeightedQuestion[] = [];
	let number = 0;
	((quiz.question as Node[] | undefined) ?? []).forEach((q, index) => {
		if (q['@_type'] !== 'category') number++;
		if (q['@_type'] === 'category') {
			path = textOf(q.category)
				.replace(/^\$(course|system|module|cat\d*)\$\/?/i, '')
				.split('/')
				.map((p) => p.trim())
				.filter((p) => p && p !== 'top');
			return;
		}
		const read = readQuestion(q, categoryTopic(path), dropped, options);
		const all = typeof read === 'string' ? read : [read].flat();
		const error =
			typeof all === 'string' ? all : all.map(checkPortable).find((e) => e !== undefined);
		if (error === undefined && typeof all !== 'string') {
			result.questions.push(...all);
			paths.push(...all.map(() => path));
			if (Array.isArray(read) && !wholeLater(read, options))
				result.notes.push(partsNote(lines[index], read));
			const grade = defaultGrade(textOf(q.defaultgrade));
			if (options.weightsNote && grade !== undefined && grade !== 1)
				weighted.push({ name: plainOf(q.name).slice(0, 80), number, grade });
			const images = imageCount(q);
			if (images) result.notes.push(imagesLeftOutNote(number, images));
		} else {
			const name = plainOf(q.name).slice(0, 80);
			result.problems.push({
				line: lines[index],
				...(name ? { name } : {}),
				message: error ?? 'unreadable question'
			});
		}
	});
	if (dropped.answers) result.notes.push(droppedAnswersNote(dropped.answers));
	if (weighted.length) result.notes.push(weightsNote(weighted));
	const title = fileTitle(paths);
	return { ...result, ...(title ? { title } : {}) };
}
