import { plural } from '$lib/text/plural';
import { numericText } from '$lib/content/numeric';
import { blocks, listLines, type Block } from './gift-blocks';
import { FALSE_LABEL, foldFeedback, TRUE_LABEL } from './answer-feedback';
import { matchingParts, multiAnswerParts, type PartsOf } from './moodle-parts';
import {
	aroundBlank,
	findUnescaped,
	FORMAT_TAG,
	giftImageCount,
	parseAnswers,
	questionText,
	leftOutAnswer,
	readNumeric,
	unescapeGift,
	type GiftAnswer
} from './gift-text';
import {
	distinctTopics,
	checkPortable,
	ownName,
	type ImportProblem,
	type ImportResult,
	type PortableQuestion,
	type ReadOptions
} from './portable';
import { fileTitle } from './deck-names';

/**
 * Moodle's GIFT format (https://docs.moodle.org/en/GIFT_format), read (`gift-write.ts` writes it):
 * multiple choice (one right answer), true/false, short answer, missing word (becomes a
 * fill-the-blank question, or a multiple-choice one when it offers choices), numerical answers
 * (`{#1858}`, `{#1858:2}`, `{#1850..1860}`: a short answer graded as a number, `numeric`, and
 * written back in the same form), and an essay with general feedback (`{####…}`, as Moodle's
 * own export writes an essay) as a flashcard whose back is that feedback (an "Explanation:"
 * paragraph in it is the explanation). Categories become topics; general feedback (`####`)
 * and each answer's `#feedback` become the explanation (`answer-feedback.ts`: "O2: No, that is
 * oxygen." lines after the general feedback), written back on their answers. Matching and
 * multiple-answer questions are read as their parts (`moodle-parts.ts`), with a note. Essays
 * without feedback and partly right (weighted) answers of one-answer questions are reported with
 * their line and name and skipped: a bad question never stops the good ones around it.
 *
 * Comments before a question may carry Moodle's `[id:…]` (its idnumber) and `[tag:…]` tokens
 * (`// [id:kos-1] [tag:drones]`, as Moodle 3.6+ reads and writes them,
 * `qformat_default::extract_idnumber_and_tags_from_comment`): the id is the question's id over
 * its name, the tags are topics after the category.
 */

/**
 * Where a flashcard's explanation starts in its essay's general feedback: a paragraph starting
 * "Explanation:" (escaped `\n\nExplanation\:` as `writeGift` writes it, or typed on a line of
 * its own; a blank line would end the question, as in Moodle). Moodle shows the whole feedback, back and explanation, after an answer.
 */
const EXPLANATION_BREAK = /(?:\\n|\r?\n)(?:[ \t]*(?:\\n|\r?\n))?\s*Explanation\\?:\s*/;

/** What `readBlock` returns for text with no answer block: Moodle's "description", no question. */
const DESCRIPTION = Symbol('description');

/**
 * Reads one question block. Answers a question keeps no place for (a short answer's partly right
 * and catch-all `*` answers, a number's partly right and wrong ones) are named in `dropped`
 * (`leftOutAnswer`), for the import report's line on the question (`droppedLine`).
 */
function readBlock(
	block: Block,
	dropped: string[],
	options: ReadOptions = {}
): PortableQuestion | PortableQuestion[] | string | typeof DESCRIPTION {
	let text = block.text;
	let externalId = block.id;
	const title = /^\s*::((?:\\.|[^\\])*?)::/.exec(text);
	const titled = title ? unescapeGift(title[1]).trim() : '';
	if (title) {
		externalId ??= titled || undefined;
		text = text.slice(title[0].length);
	}
	const open = findUnescaped(text, '{');
	if (open < 0) return findUnescaped(text, '}') < 0 ? DESCRIPTION : 'the answer block has no {';
	const close = findUnescaped(text, '}', open + 1);
	if (close < 0) return 'the answer block is not closed with }';
	if (findUnescaped(text, '{', close + 1) >= 0)
		return 'two answer blocks { } on one line: these look like two questions; put each on its own lines with a blank line between them';
	const before = questionText(text.slice(0, open));
	// The question text's format tag (`[plain]`, `[html]`…) is the whole text's, on both sides of
	// a missing word's blank, as Moodle reads it.
	const after = questionText(`${FORMAT_TAG.exec(text)?.[0] ?? ''}${text.slice(close + 1)}`);
	const body = text.slice(open + 1, close).trim();
	const topics = distinctTopics([...(block.category ? [block.category] : []), ...block.tags]);
	const missingWord = after.length > 0;
	const prompt = missingWord ? aroundBlank(before, '____', after) : before;
	if (!before && !after) return 'the question has no text';
	const name = ownName(titled, prompt);
	const base = { ...(externalId ? { externalId } : {}), ...(name ? { name } : {}), topics };

	// Moodle takes the last `####` as the general feedback; nothing before it is an essay.
	const feedbackAt = body.lastIndexOf('####');
	if (!body || (feedbackAt >= 0 && !body.slice(0, feedbackAt).trim())) {
		const [rawBack, rawExplanation] = (feedbackAt >= 0 ? body.slice(feedbackAt + 4) : '').split(
			EXPLANATION_BREAK
		);
		const back = questionText(rawBack);
		if (!back) return 'essay questions have no answer to check, so they are left out';
		const explanation = rawExplanation ? questionText(rawExplanation) : '';
		return {
			...base,
			type: 'flashcard',
			prompt,
			answer: back,
			...(explanation ? { explanation } : {})
		};
	}
	if (body.startsWith('#')) {
		const read = readNumeric(body.slice(1));
		if (typeof read === 'string') return read;
		dropped.push(...read.dropped);
		const answer = numericText(read.numeric);
		const explanation = foldFeedback(read.general, [
			{ label: answer, feedback: read.feedback ?? '' }
		]);
		return {
			...base,
			type: missingWord ? 'cloze' : 'short',
			prompt,
			answer,
			numeric: read.numeric,
			...(explanation ? { explanation } : {})
		};
	}
	const truth = /^(T|TRUE|F|FALSE)\s*(?=#|$)/i.exec(body);
	if (truth) {
		const { general, wrong, right } = trueFalseFeedback(body.slice(truth[0].length));
		const key = truth[1][0].toUpperCase() === 'T' ? 'true' : 'false';
		// Moodle's `#wrong#right`: the feedback for the answer that is not the key, then the key's.
		const [onTrue, onFalse] = key === 'true' ? [right, wrong] : [wrong, right];
		const explanation = foldFeedback(general, [
			{ label: TRUE_LABEL, feedback: onTrue ?? '' },
			{ label: FALSE_LABEL, feedback: onFalse ?? '' }
		]);
		return {
			...base,
			type: 'truefalse',
			prompt,
			answer: key,
			...(explanation ? { explanation } : {})
		};
	}
	const { answers, general } = parseAnswers(body);
	// Moodle's order: a ~ makes a choice question, whose answers may hold "->" as text.
	const choice = findUnescaped(body, '~') >= 0;
	const parts: PartsOf = { ...(externalId ? { externalId } : {}), titled, topics };
	if (!choice && answers.some((a) => /(?<!\\)->/.test(a.text)))
		return readMatching(parts, prompt, answers, general);
	// Moodle: a choice question with no = lets a student tick several (its `single` is 0).
	const generalAt = body.search(/(?<!\\)####/);
	const answerPart = generalAt >= 0 ? body.slice(0, generalAt) : body;
	const multi =
		choice && findUnescaped(answerPart, '=') < 0 && answers.some((a) => (a.weight ?? 0) > 0);
	if (multi)
		return multiAnswerParts(
			parts,
			prompt,
			answers.map((a) => ({ text: a.text, weight: a.weight ?? 0, feedback: a.feedback })),
			general
		);
	const partly = (a: GiftAnswer) =>
		a.weight !== undefined && a.weight > 0 && a.weight < 100 && !(a.text === '*' && !choice);
	if (choice && answers.some(partly) && !options.credit)
		return 'questions with partly right answers (weights) are not supported';
	// Partly right answers, for a class quiz (`ReadOptions.credit`): kept with their weight.
	const credited = options.credit ? answers.filter(partly) : [];
	const credit = credited.length
		? { credit: Object.fromEntries(credited.map((a) => [a.text, a.weight!])) }
		: {};
	// A short answer's catch-all `*`, and (for a course) its partly right answers, get no credit
	// here: left out.
	const right = answers.filter((a) => a.correct && !(a.text === '*' && !choice));
	if (!right.length) return 'no answer is marked right with =';
	// Every kept answer's feedback, labelled by its answer, after the general feedback.
	const kept = choice ? answers : right;
	const explanation = foldFeedback(
		general,
		kept.map((a) => ({ label: a.text, feedback: a.feedback ?? '' }))
	);
	const withExplanation = explanation ? { explanation } : {};
	if (!choice) {
		dropped.push(
			...answers.filter((a) => !right.includes(a) && !credited.includes(a)).map(leftOutAnswer)
		);
		const [answer, ...accept] = right.map((a) => a.text);
		return {
			...base,
			type: missingWord ? 'cloze' : 'short',
			prompt,
			answer,
			...(accept.length ? { accept } : {}),
			...credit,
			...withExplanation
		};
	}
	if (right.length > 1) return 'questions with more than one right choice are not supported';
	return {
		...base,
		type: 'mcq',
		prompt,
		answer: right[0].text,
		choices: answers.map((a) => a.text),
		...credit,
		...withExplanation
	};
}

/**
 * A GIFT matching question (`{=item -> answer …}`; an empty item is an extra answer, as in
 * Moodle) as its parts (`matchingParts`), or why not: an answer without its "->".
 */
function readMatching(
	parts: PartsOf,
	prompt: string,
	answers: readonly GiftAnswer[],
	general: string | undefined
): PortableQuestion[] | string {
	const pairs = [];
	for (const a of answers) {
		const arrow = a.text.indexOf('->');
		if (arrow < 0)
			return `“${a.text}” has no “->”: each answer of a matching question is item -> answer`;
		pairs.push({ item: a.text.slice(0, arrow).trim(), answer: a.text.slice(arrow + 2).trim() });
	}
	return matchingParts(parts, prompt, pairs, general);
}

/** A block's own `::name::`, for a problem's line ('' when it has none). */
function blockName(block: Block): string {
	const title = /^\s*::((?:\\.|[^\\])*?)::/.exec(block.text);
	return title ? unescapeGift(title[1]).trim().slice(0, 80) : '';
}

/**
 * Whether a question read as `parts` is a multiple-answer question a class quiz puts back
 * together (`ReadOptions.multiAnswerWhole`): its import says nothing of true/false parts.
 */
export function wholeLater(parts: readonly PortableQuestion[], options: ReadOptions): boolean {
	return !!options.multiAnswerWhole && parts[0]?.type === 'truefalse';
}

/**
 * The import report's line for a matching or multiple-answer question read as its parts
 * (`moodle-parts.ts`), at `line`: Flashpoint has neither type, so the teacher is told what
 * each became.
 */
export function partsNote(line: number, parts: readonly PortableQuestion[]): string {
	// Placed as a problem is (`problemPlace`): "Line 15, “Q4 Matching”".
	const name = parts[0]?.name ? `, “${parts[0].name}”` : '';
	return parts[0]?.type === 'mcq'
		? `Line ${line}${name}: a matching question, read as ${plural(parts.length, 'multiple-choice question')}, one per item, each with every answer as its choices (Flashpoint has no matching type).`
		: `Line ${line}${name}: a multiple-answer question, read as ${plural(parts.length, 'true/false question')}, one per choice: true where the file gives the choice a positive weight (Flashpoint has no multiple-answer type).`;
}

/**
 * The import report's line for the answers of the typed question at `line` (named `name`) that
 * were left out (`leftOutAnswer`): “Line 9, “SA1”: 1 answer left out: “C” with 50% credit …”.
 * A teacher's partly right answer vanished with no word on Classroom's import (teacher outsider
 * of session 36).
 */
export function droppedLine(line: number, name: string | undefined, answers: string[]): string {
	const place = `Line ${line}${name ? `, “${name}”` : ''}`;
	return `${place}: ${plural(answers.length, 'answer')} left out: ${answers.join(', ')}. Flashpoint marks a typed answer right (the answers marked fully right) or wrong, with no partial credit.`;
}

/**
 * The note for answers a typed question cannot keep (Moodle XML): Flashpoint marks a
 * typed answer right or wrong, so partly right, wrong and catch-all answers and their feedback
 * are not imported.
 */
export function droppedAnswersNote(count: number): string {
	return `Not imported: ${plural(count, 'partly right, wrong or catch-all answer')} of typed-answer questions, with ${count === 1 ? 'its' : 'their'} feedback. Flashpoint marks a typed answer right (the answers marked fully right) or wrong, with no partial credit.`;
}

/**
 * The import report's line for question `number` (1-based in the file) that lost images (GIFT
 * and Moodle XML): Flashpoint shows none, and a teacher must know which to check (issue 14).
 */
export function imagesLeftOutNote(number: number, images: number): string {
	return `Q${number}: ${images === 1 ? 'an image was' : `${images} images were`} left out (Flashpoint shows no images).`;
}

/**
 * The import report's line for a line inside a question's answers with no `~` or `=`
 * (`Block.loose`): read, as Moodle reads it, as part of the choice (or answer) above, which the
 * teacher rarely meant ("~Article 14" / "Article 42" became the choice "Article 14 Article 42"
 * with no word said: outsider teacher, session 33).
 */
export function looseLineNote(line: number, above: 'choice' | 'answer'): string {
	return `Line ${line}: a line inside the answers has no ~ or =; read as part of the ${above} above, as Moodle reads it. If it is ${above === 'choice' ? 'a choice' : 'an answer'} of its own, put ~ (wrong) or = (right) before it.`;
}

/** Reads a GIFT file. Never throws: every question it cannot read is a located problem. */
export function readGift(source: string, options: ReadOptions = {}): ImportResult {
	const questions: PortableQuestion[] = [];
	const problems: ImportProblem[] = [];
	let descriptions = 0;
	const unseparated: number[] = [];
	const paths: string[][] = [];
	const droppedNotes: string[] = [];
	const imageNotes: string[] = [];
	const looseNotes: string[] = [];
	const partNotes: string[] = [];
	// Numbered as Moodle XML's notes: every question of the file, descriptions and problems too.
	for (const [place, block] of blocks(source, unseparated).entries()) {
		const images = giftImageCount(block.text);
		if (images) imageNotes.push(imagesLeftOutNote(place + 1, images));
		const above = findUnescaped(block.text, '~') >= 0 ? 'choice' : 'answer';
		for (const line of block.loose) looseNotes.push(looseLineNote(line, above));
		const dropped: string[] = [];
		const read = readBlock(block, dropped, options);
		if (read === DESCRIPTION) {
			descriptions++;
			continue;
		}
		const all = typeof read === 'string' ? read : [read].flat();
		const error =
			typeof all === 'string' ? all : all.map(checkPortable).find((e) => e !== undefined);
		if (error === undefined && typeof all !== 'string') {
			questions.push(...all);
			paths.push(...all.map(() => block.path));
			if (Array.isArray(read) && !wholeLater(read, options))
				partNotes.push(partsNote(block.line, read));
			if (dropped.length) droppedNotes.push(droppedLine(block.line, blockName(block), dropped));
		} else
			problems.push({
				line: block.line,
				...(blockName(block) ? { name: blockName(block) } : {}),
				message: error ?? 'unreadable question'
			});
	}
	const notes = descriptions
		? [
				`${plural(descriptions, 'description')} (text with no answers, as Moodle reads it) ${descriptions === 1 ? 'was' : 'were'} left out.`
			]
		: [];
	notes.push(...partNotes, ...looseNotes, ...imageNotes);
	notes.push(...droppedNotes);
	if (unseparated.length)
		notes.push(
			`No blank line before the question on ${unseparated.length === 1 ? 'line' : 'lines'} ${listLines(unseparated)}: each was read as a question of its own. Moodle needs a blank line between questions, and would merge them; add one before re-using this file in Moodle.`
		);
	const title = fileTitle(paths);
	return { questions, problems, notes, ...(title ? { title } : {}) };
}

/**
 * A true/false answer's feedback as Moodle's GIFT writes it after `T`/`F`: `#wrong#right`, the
 * first for a wrong answer, the second for a right one (`qformat_gift::split_truefalse_comment`),
 * then `####general`. The wrong answer's feedback was read as right and glued to the right one's
 * ("wrong#right", outsider teacher, issue 12).
 */
function trueFalseFeedback(rest: string): { general?: string; wrong?: string; right?: string } {
	const generalAt = rest.search(/(?<!\\)####/);
	const general = generalAt >= 0 ? questionText(rest.slice(generalAt + 4)) : '';
	const answer = generalAt >= 0 ? rest.slice(0, generalAt) : rest;
	const hash = findUnescaped(answer, '#');
	const second = hash >= 0 ? findUnescaped(answer, '#', hash + 1) : -1;
	const wrong =
		hash >= 0 ? questionText(answer.slice(hash + 1, second >= 0 ? second : undefined)) : '';
	const right = second >= 0 ? questionText(answer.slice(second + 1)) : '';
	return {
		...(general ? { general } : {}),
		...(wrong ? { wrong } : {}),
		...(right ? { right } : {})
	};
}
