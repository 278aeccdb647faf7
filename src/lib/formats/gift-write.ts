import { numericText } from '$lib/content/numeric';
import { FALSE_LABEL, TRUE_LABEL, writtenFeedback } from './answer-feedback';
import { looksLikeHtml } from './plain-text';
import { aroundBlank, escapeGift, FORMAT_TAG, numericGift } from './gift-text';
import { moodleWeight, writeGroups, type WriteGroup } from './moodle-parts';
import { questionName, type ExportResult, type PortableQuestion } from './portable';
import { moodleCategory } from './deck-names';

/**
 * Moodle's GIFT format (https://docs.moodle.org/en/GIFT_format), written; `gift.ts` reads it.
 * Each question is named `::…::` by its prompt's first words (Moodle shows the name in its
 * question bank, and names an unnamed question by its text's start the same way), with a
 * `// [id:…] [tag:…]` comment before it: its id (so a re-import, here or in Moodle, knows it
 * after its prompt was edited) and its topics after the first, which is the `$CATEGORY`
 * (Moodle 3.6+ reads and writes these tokens, `qformat_default::extract_idnumber_and_tags_from_comment`).
 * Per-answer feedback folded into the explanation on reading goes back on its answers.
 */

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
	for (const [index, group] of writeGroups(questions).entries()) {
		const q = group.kind === 'one' ? group.question : group.questions[0];
		const externalId = group.kind === 'one' ? q.externalId : group.externalId;
		const topic = q.topics[0];
		if (topic !== category || index === 0) {
			// A question without a topic goes back to the course's category, or it would inherit one.
			// Unescaped, as Moodle reads a category line (it would keep a backslash in the name).
			out.push(`$CATEGORY: ${moodleCategory(title, topic)}`, '');
			category = topic;
		}
		const tokens = [
			...(externalId ? [`[id:${bracketed(externalId)}]`] : []),
			...q.topics.slice(1).map((t) => `[tag:${bracketed(t.replace(/[<>]/g, ''))}]`)
		];
		if (tokens.length) out.push(`// ${tokens.join(' ')}`);
		const body = group.kind === 'one' ? giftBody(q) : partsBody(group);
		out.push(`::${escapeGift(questionName(q))}:: ${body}`, '');
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
 * A partly right answer with its weight (`PortableQuestion.credit`): a choice `~%50%…`, a typed
 * form `=%50%…`, as Moodle writes them (`moodleWeight`).
 */
function creditAnswer(typed: boolean, text: string, weight: number): string {
	return `${typed ? '=' : '~'}%${moodleWeight(weight)}%${giftText(text)}`;
}

/**
 * A matching or multiple-answer question put back together from its parts (`moodle-parts.ts`),
 * after its `::name::`, as Moodle writes one: `=item -> answer` lines (an extra answer with no
 * item), or every choice with its weight (`~%50%wind`, `~%-100%coal`) and feedback.
 */
function partsBody(group: Exclude<WriteGroup, { kind: 'one' }>): string {
	const lines =
		group.kind === 'matching'
			? group.pairs.map((p) => `=${matchLine(p.item, p.answer)}`)
			: group.choices.map(
					(c) =>
						`~%${moodleWeight(c.weight)}%${giftText(c.text)}${c.feedback ? `#${giftText(c.feedback)}` : ''}`
				);
	if (group.general) lines.push(`####${giftText(group.general)}`);
	return placeBlock(group.stem, true, `\n\t${lines.join('\n\t')}\n`);
}

/**
 * One `item -> answer` of a matching question, marked `[plain]` (once, for the whole line, as
 * `questionText` reads it) when it would be read as HTML or start with a format tag or a `%`
 * weight. An item holding "->" cannot be written (Moodle splits at the first): `asMatching`
 * leaves such a question as its parts.
 */
function matchLine(item: string, answer: string): string {
	const line = `${item} -> ${answer}`;
	const plain = looksLikeHtml(line) || FORMAT_TAG.test(item) || item.startsWith('%');
	return `${plain ? '[plain]' : ''}${item ? escapeGift(item) : ''} -> ${escapeGift(answer)}`;
}

/**
 * A question's text with its answer block `answers` in place: at its `____` blank when
 * `blanked` (Moodle's missing word), else after it; one format tag for the whole text, before it
 * (`readBlock` in `gift.ts` reads both sides by it).
 */
function placeBlock(prompt: string, blanked: boolean, answers: string): string {
	const [before, after] = (blanked ? prompt.split('____') : [prompt]).map((part) =>
		escapeGift(part.trim())
	);
	const tag =
		looksLikeHtml(prompt) || prompt.split('____').some((part) => FORMAT_TAG.test(part))
			? '[plain]'
			: '';
	return (
		tag +
		(after !== undefined ? aroundBlank(before, `{${answers}}`, after) : `${before} {${answers}}`)
	);
}

/** A question after its `::name::`: its text with the answer block `{…}` in place. */
function giftBody(q: PortableQuestion): string {
	// Per-answer feedback folded into the explanation goes back on its answer (`answer-feedback.ts`).
	const { general: generalText, answers: feedback } =
		q.type === 'flashcard'
			? { general: undefined, answers: new Map<string, string>() }
			: writtenFeedback(q);
	const general = generalText ? ` ####${giftText(generalText)}` : '';
	const onAnswer = (label: string) => {
		const text = feedback.get(label);
		return text ? `#${giftText(text)}` : '';
	};
	// A short answer's prompt may hold underscores of its own ("_____ is the largest continent."):
	// only the other types' `____` is the blank where the answer block goes (Moodle's missing word).
	const place = (answers: string) => placeBlock(q.prompt, q.type !== 'short', answers);
	switch (q.type) {
		case 'mcq': {
			const choices = (q.choices ?? [q.answer]).map(
				(c) =>
					`${q.credit?.[c] !== undefined && c !== q.answer ? creditAnswer(false, c, q.credit[c]) : giftAnswer(c === q.answer, c)}${onAnswer(c)}`
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
			if (q.numeric)
				return place(`${numericGift(q.numeric)}${onAnswer(numericText(q.numeric))}${general}`);
			return place(
				`${[
					...[q.answer, ...(q.accept ?? [])].map((a) => `${giftAnswer(true, a)}${onAnswer(a)}`),
					...Object.entries(q.credit ?? {}).map(([a, w]) => creditAnswer(true, a, w))
				].join(' ')}${general}`
			);
		case 'flashcard': {
			// Moodle's own export of an essay: `{####general feedback}`; the explanation follows the
			// back in that feedback, in a paragraph of its own (`EXPLANATION_BREAK` in `gift.ts`).
			const explanation = q.explanation
				? `${escapeGift('\n\nExplanation: ')}${giftText(q.explanation)}`
				: '';
			return `${giftText(q.prompt)} {####${giftText(q.answer)}${explanation}}`;
		}
	}
}
