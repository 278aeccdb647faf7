import { plural } from '$lib/text/plural';
import { numericText } from '$lib/content/numeric';
import { blocks, listLines, type Block } from './gift-blocks';
import {
	FALSE_LABEL,
	feedbackLabels,
	foldFeedback,
	TRUE_LABEL,
	unfoldFeedback
} from './answer-feedback';
import { looksLikeHtml } from './plain-text';
import {
	escapeGift,
	findUnescaped,
	FORMAT_TAG,
	giftImageCount,
	numericGift,
	parseAnswers,
	questionText,
	readNumeric,
	unescapeGift,
	type GiftAnswer
} from './gift-text';
import {
	checkPortable,
	fileTitle,
	moodleCategory,
	ownName,
	questionName,
	type ExportResult,
	type ImportProblem,
	type ImportResult,
	type PortableQuestion
} from './portable';

export { escapeGift } from './gift-text';

/**
 * Moodle's GIFT format (https://docs.moodle.org/en/GIFT_format), read and written.
 * Read: multiple choice (one right answer), true/false, short answer, missing word (becomes a
 * fill-the-blank question, or a multiple-choice one when it offers choices), numerical answers
 * (`{#1858}`, `{#1858:2}`, `{#1850..1860}`: a short answer graded as a number, `numeric`, and
 * written back in the same form), and an essay with general feedback (`{####…}`, as Moodle's
 * own export writes an essay) as a flashcard whose back is that feedback (an "Explanation:"
 * paragraph in it is the explanation). Categories become topics; general feedback (`####`)
 * and each answer's `#feedback` become the explanation (`answer-feedback.ts`: "O2: No, that is
 * oxygen." lines after the general feedback), written back on their answers. Matching, essays without feedback
 * and partly right (weighted) answers are reported with their line and skipped: a bad question
 * never stops the good ones around it.
 *
 * Comments before a question may carry Moodle's `[id:…]` (its idnumber) and `[tag:…]` tokens
 * (`// [id:kos-1] [tag:drones]`, as Moodle 3.6+ reads and writes them,
 * `qformat_default::extract_idnumber_and_tags_from_comment`): the id is the question's id over
 * its name, the tags are topics after the category.
 *
 * Written: each question named `::…::` by its prompt's first words (Moodle shows the name in
 * its question bank, and names an unnamed question by its text's start the same way), with a
 * `// [id:…] [tag:…]` comment before it: its id (so a re-import, here or in Moodle, knows it
 * after its prompt was edited) and its topics after the first, which is the `$CATEGORY`.
 */

/**
 * Text on both sides of a missing word's blank, spaced as words are: none before punctuation
 * that closes ("in ____, Ankara") or after an opening bracket or quote ("(____)"), so a
 * question written and read back keeps its exact prompt (a re-import found it "changed").
 */
function aroundBlank(before: string, blank: string, after: string): string {
	const left = !before || /[(["“‘«]$/u.test(before) ? '' : ' ';
	const right = !after || /^[,.;:!?)\]”’»…]/u.test(after) ? '' : ' ';
	return `${before}${left}${blank}${right}${after}`;
}

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
 * and catch-all `*` answers, a number's wrong ones) are counted in `dropped`, for a note.
 */
function readBlock(
	block: Block,
	dropped: { answers: number }
): PortableQuestion | string | typeof DESCRIPTION {
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
	const topics = [...new Set([...(block.category ? [block.category] : []), ...block.tags])];
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
		dropped.answers += read.dropped;
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
	if (!choice && answers.some((a) => /(?<!\\)->/.test(a.text)))
		return 'matching questions are not supported';
	const partly = (a: GiftAnswer) => a.weight !== undefined && a.weight > 0 && a.weight < 100;
	if (choice && answers.some(partly))
		return 'questions with partly right answers (weights) are not supported';
	// A short answer's partly right answers and its catch-all `*` get no credit here: left out.
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
		dropped.answers += answers.length - right.length;
		const [answer, ...accept] = right.map((a) => a.text);
		return {
			...base,
			type: missingWord ? 'cloze' : 'short',
			prompt,
			answer,
			...(accept.length ? { accept } : {}),
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
		...withExplanation
	};
}

/**
 * The note for answers a typed question cannot keep (GIFT and Moodle XML): Flashpoint marks a
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

/** Reads a GIFT file. Never throws: every question it cannot read is a located problem. */
export function readGift(source: string): ImportResult {
	const questions: PortableQuestion[] = [];
	const problems: ImportProblem[] = [];
	let descriptions = 0;
	const unseparated: number[] = [];
	const paths: string[][] = [];
	const dropped = { answers: 0 };
	const imageNotes: string[] = [];
	// Numbered as Moodle XML's notes: every question of the file, descriptions and problems too.
	for (const [place, block] of blocks(source, unseparated).entries()) {
		const images = giftImageCount(block.text);
		if (images) imageNotes.push(imagesLeftOutNote(place + 1, images));
		const read = readBlock(block, dropped);
		if (read === DESCRIPTION) {
			descriptions++;
			continue;
		}
		const error = typeof read === 'string' ? read : checkPortable(read);
		if (error === undefined && typeof read !== 'string') {
			questions.push(read);
			paths.push(block.path);
		} else problems.push({ line: block.line, message: error ?? 'unreadable question' });
	}
	const notes = descriptions
		? [
				`${plural(descriptions, 'description')} (text with no answers, as Moodle reads it) ${descriptions === 1 ? 'was' : 'were'} left out.`
			]
		: [];
	notes.push(...imageNotes);
	if (dropped.answers) notes.push(droppedAnswersNote(dropped.answers));
	if (unseparated.length)
		notes.push(
			`No blank line before the question on ${unseparated.length === 1 ? 'line' : 'lines'} ${listLines(unseparated)}: each was read as a question of its own. Moodle needs a blank line between questions, and would merge them; add one before re-using this file in Moodle.`
		);
	const title = fileTitle(paths);
	return { questions, problems, notes, ...(title ? { title } : {}) };
}

/**
 * Writes questions as GIFT. The course `title` and topics become `$CATEGORY:` lines
 * (`moodleCategory`; GIFT has one category per question: the first topic), so the course comes
 * back under its title (issue 12: it came back named by the file name's lowercase slug). Each question is named by its own name from the file it came from,
 * else its prompt's first words (`questionName`), and preceded
 * by a `// [id:…] [tag:…]` comment (its id and its other topics; see the module's note).
 * Flashcards become essay questions (`{####back}`: the back is the general feedback a student
 * sees after answering), as Moodle has no self-graded card and no student could type a whole
 * definition; an explanation follows the back in that feedback as an "Explanation:" paragraph
 * (read back as the explanation). Numerical answers keep their form (`{#1858:2}`,
 * `{#1850..1860}`). Nothing is skipped.
 */
export function writeGift(questions: readonly PortableQuestion[], title = ''): ExportResult {
	const out: string[] = [];
	let category: string | undefined;
	for (const [index, q] of questions.entries()) {
		const topic = q.topics[0];
		if (topic !== category || index === 0) {
			// A question without a topic goes back to the course's category, or it would inherit one.
			// Unescaped, as Moodle reads a category line (it would keep a backslash in the name).
			out.push(`$CATEGORY: ${moodleCategory(title, topic)}`, '');
			category = topic;
		}
		const tokens = [
			...(q.externalId ? [`[id:${bracketed(q.externalId)}]`] : []),
			...q.topics.slice(1).map((t) => `[tag:${bracketed(t.replace(/[<>]/g, ''))}]`)
		];
		if (tokens.length) out.push(`// ${tokens.join(' ')}`);
		out.push(`::${escapeGift(questionName(q))}:: ${giftBody(q)}`, '');
	}
	return { text: out.join('\n'), skipped: [] };
}

/** Text inside a Moodle `[id:…]`/`[tag:…]` token: one line (its spaces kept as written), `]` escaped. */
function bracketed(text: string): string {
	return text.replace(/[\t\r\n\f\v]+/g, ' ').replace(/\]/g, '\\]');
}

/**
 * A piece of text as GIFT writes it: escaped (`escapeGift`), and marked `[plain]` when Moodle and
 * `questionText` would otherwise read it as HTML (“What does <b> do?”, “R&amp;D”) or take its
 * start for a format tag, so it reads back as written.
 */
function giftText(text: string): string {
	const plain = looksLikeHtml(text) || FORMAT_TAG.test(text);
	return `${plain ? '[plain]' : ''}${escapeGift(text)}`;
}

/**
 * One answer after its `=` (right) or `~` (wrong) mark. GIFT has no escape for `%`: an answer
 * starting with one ("%1%a", "%50 off") would be read as a weight (`%1%`) and lose its start, so
 * it gets its weight written out first, as Moodle's own export writes every short answer
 * (`=%100%…`; `qformat_gift` strips one weight). Found by `roundtrip.property.test.ts`.
 */
function giftAnswer(right: boolean, text: string): string {
	const written = giftText(text);
	const weight = written.startsWith('%') ? (right ? '%100%' : '%0%') : '';
	return `${right ? '=' : '~'}${weight}${written}`;
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

function giftBody(q: PortableQuestion): string {
	// Per-answer feedback folded into the explanation goes back on its answer (`answer-feedback.ts`).
	const { general: generalText, answers: feedback } =
		q.type === 'flashcard'
			? { general: undefined, answers: new Map<string, string>() }
			: unfoldFeedback(q.explanation, feedbackLabels(q));
	const general = generalText ? ` ####${giftText(generalText)}` : '';
	const onAnswer = (label: string) => {
		const text = feedback.get(label);
		return text ? `#${giftText(text)}` : '';
	};
	// A short answer's prompt may hold underscores of its own ("_____ is the largest continent."):
	// only the other types' `____` is the blank where the answer block goes (Moodle's missing word).
	const [before, after] = (q.type === 'short' ? [q.prompt] : q.prompt.split('____')).map((part) =>
		escapeGift(part.trim())
	);
	// One format tag for the whole question text, before it (`readBlock` reads both sides by it).
	const tag =
		looksLikeHtml(q.prompt) || q.prompt.split('____').some((part) => FORMAT_TAG.test(part))
			? '[plain]'
			: '';
	const place = (answers: string) =>
		tag +
		(after !== undefined ? aroundBlank(before, `{${answers}}`, after) : `${before} {${answers}}`);
	switch (q.type) {
		case 'mcq': {
			const choices = (q.choices ?? [q.answer]).map(
				(c) => `${giftAnswer(c === q.answer, c)}${onAnswer(c)}`
			);
			return place(`\n\t${choices.join('\n\t')}${general ? `\n\t${general.trim()}` : ''}\n`);
		}
		case 'truefalse': {
			// Moodle's `#wrong#right`: the other answer's feedback, then the key's.
			const [key, other] =
				q.answer === 'true' ? [TRUE_LABEL, FALSE_LABEL] : [FALSE_LABEL, TRUE_LABEL];
			const [wrong, right] = [onAnswer(other), onAnswer(key)];
			const comments = right ? `${wrong || '#'}${right}` : wrong;
			return place(`${q.answer === 'true' ? 'TRUE' : 'FALSE'}${comments}${general}`);
		}
		case 'short':
		case 'cloze':
			if (q.numeric) return place(`${numericGift(q.numeric)}${onAnswer(q.answer)}${general}`);
			return place(
				`${[q.answer, ...(q.accept ?? [])].map((a) => `${giftAnswer(true, a)}${onAnswer(a)}`).join(' ')}${general}`
			);
		case 'flashcard': {
			// Moodle's own export of an essay: `{####general feedback}`; the explanation follows the
			// back in that feedback, in a paragraph of its own (`EXPLANATION_BREAK`).
			const explanation = q.explanation
				? `${escapeGift('\n\nExplanation: ')}${giftText(q.explanation)}`
				: '';
			return `${giftText(q.prompt)} {####${giftText(q.answer)}${explanation}}`;
		}
	}
}
