import { XMLBuilder } from 'fast-xml-parser';
import { numericBounds, numericText } from '$lib/content/numeric';
import { FALSE_LABEL, TRUE_LABEL, writtenFeedback } from './answer-feedback';
import { moodleWeight, writeGroups, type WriteGroup } from './moodle-parts';
import { moodleUnitNodes, moodleUnits } from './moodle-units';
import type { Node } from './moodle-xml';
import { questionName, type ExportResult, type PortableQuestion } from './portable';
import { moodleCategory } from './deck-names';

/**
 * Moodle XML (https://docs.moodle.org/en/Moodle_XML_format), written with fast-xml-parser's
 * builder; `moodle-xml.ts` reads it.
 */

const builder = new XMLBuilder({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	format: true,
	indentBy: '  ',
	suppressEmptyNode: true
});

const text = (value: string) => ({ '@_format': 'plain_text', text: value });

/**
 * A matching or multiple-answer question put back together from its parts (`moodle-parts.ts`),
 * as Moodle writes one: `matching` with a `<subquestion>` per item (an extra answer with empty
 * text), or `multichoice` with `<single>false</single>` and each choice's weight as its fraction.
 */
function partsQuestion(group: Exclude<WriteGroup, { kind: 'one' }>): Node {
	const q = group.questions[0];
	const common: Node = {
		'@_type': group.kind === 'matching' ? 'matching' : 'multichoice',
		name: { text: group.name },
		questiontext: text(group.stem),
		...(group.general ? { generalfeedback: text(group.general) } : {}),
		defaultgrade: 1,
		...(group.externalId ? { idnumber: group.externalId } : {})
	};
	if (group.kind === 'matching')
		Object.assign(common, {
			shuffleanswers: 'true',
			subquestion: group.pairs.map((p) => ({
				'@_format': 'plain_text',
				text: p.item,
				answer: { text: p.answer }
			}))
		});
	else
		Object.assign(common, {
			single: 'false',
			shuffleanswers: 'true',
			answernumbering: 'abc',
			answer: group.choices.map((c) => ({
				'@_fraction': moodleWeight(c.weight),
				'@_format': 'plain_text',
				text: c.text,
				...(c.feedback ? { feedback: text(c.feedback) } : {})
			}))
		});
	const tags = q.topics.slice(1);
	if (tags.length) common.tags = { tag: tags.map((t) => ({ text: t })) };
	return common;
}

/**
 * Writes questions as Moodle XML: a `category` entry first and whenever the first topic changes
 * (`moodleCategory`: the course `title`, so the course comes back under it, and the topic), the
 * stable id as `idnumber` (what a re-import matches), the prompt's first words as the name the
 * question bank lists (not an internal id, issue 13), other topics as tags, the explanation as
 * general feedback (per-answer feedback folded into it back on its answer). Fill-the-blank becomes a short-answer question whose text shows the gap as
 * `_____`. A typed answer that is a number with a unit ("588 N") becomes a `numerical` question
 * with its `<units>`, the unit graded where the prompt asks for it (`moodle-units.ts`). A flashcard becomes an `essay` (Moodle has no self-graded card, and no student could
 * type a whole definition): its back is the general feedback a student sees after answering,
 * its explanation the information for graders. Nothing is skipped.
 */
export function writeMoodleXml(questions: readonly PortableQuestion[], title = ''): ExportResult {
	const out: Node[] = [];
	let category: string | undefined;
	for (const [index, group] of writeGroups(questions).entries()) {
		const q = group.kind === 'one' ? group.question : group.questions[0];
		const topic = q.topics[0];
		if (topic !== category || index === 0) {
			out.push({ '@_type': 'category', category: { text: moodleCategory(title, topic) } });
			category = topic;
		}
		if (group.kind !== 'one') {
			out.push(partsQuestion(group));
			continue;
		}
		// Per-answer feedback folded into the explanation goes back on its answer.
		const { general, answers: onAnswer } =
			q.type === 'flashcard'
				? { general: q.answer, answers: new Map<string, string>() }
				: writtenFeedback(q);
		const feedback = general;
		// A number with a unit goes as Moodle's numerical question with its units (`moodle-units.ts`).
		const units = moodleUnits(q);
		const numerical = q.numeric || units ? 'numerical' : 'shortanswer';
		const common: Node = {
			'@_type': {
				mcq: 'multichoice',
				truefalse: 'truefalse',
				short: numerical,
				cloze: numerical,
				flashcard: 'essay'
			}[q.type],
			name: { text: questionName(q) },
			questiontext: text(q.type === 'cloze' ? q.prompt.replace('____', '_____') : q.prompt),
			...(feedback ? { generalfeedback: text(feedback) } : {}),
			defaultgrade: 1,
			...(q.externalId ? { idnumber: q.externalId } : {})
		};
		// A partly right answer's weight (`credit`): Moodle's fraction, as the file gave it.
		const answer = (value: string, right: boolean, label = value) => {
			const said = onAnswer.get(label);
			const partly = right ? undefined : q.credit?.[value];
			return {
				'@_fraction': right ? 100 : partly !== undefined ? moodleWeight(partly) : 0,
				'@_format': 'plain_text',
				text: value,
				...(said ? { feedback: text(said) } : {})
			};
		};
		if (q.type === 'mcq') {
			Object.assign(common, {
				single: 'true',
				shuffleanswers: 'true',
				answernumbering: 'abc',
				answer: (q.choices ?? [q.answer]).map((c) => answer(c, c === q.answer))
			});
		} else if (q.type === 'flashcard') {
			Object.assign(common, {
				responseformat: 'editor',
				responserequired: 1,
				responsefieldlines: 5,
				...(q.explanation ? { graderinfo: text(q.explanation) } : {})
			});
		} else if (q.type === 'truefalse') {
			common.answer = [
				answer('true', q.answer === 'true', TRUE_LABEL),
				answer('false', q.answer === 'false', FALSE_LABEL)
			];
		} else if (units) {
			Object.assign(common, {
				answer: { ...answer(String(units.value), true, q.answer), tolerance: 0 },
				...moodleUnitNodes(units)
			});
		} else if (q.numeric) {
			// Moodle's numerical answer is a value and a tolerance: a range is its middle ± half.
			const [min, max] = numericBounds(q.numeric);
			const value = 'value' in q.numeric ? q.numeric.value : (min + max) / 2;
			common.answer = {
				...answer(String(value), true, numericText(q.numeric)),
				// The tolerance as given: `value - min` wrote 0.01 as 0.010000000000000009.
				tolerance: 'value' in q.numeric ? q.numeric.tolerance : (max - min) / 2
			};
		} else {
			Object.assign(common, {
				usecase: 0,
				answer: [
					...[q.answer, ...(q.accept ?? [])].map((a) => answer(a, true)),
					...Object.keys(q.credit ?? {}).map((a) => answer(a, false))
				]
			});
		}
		const tags = q.topics.slice(1);
		if (tags.length) common.tags = { tag: tags.map((t) => ({ text: t })) };
		out.push(common);
	}
	const body = builder.build({ quiz: { question: out } }) as string;
	return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${body}`, skipped: [] };
}
