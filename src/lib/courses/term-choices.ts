import type { Question } from '$lib/content/schema';
import type { FlashpointDb } from '$lib/db/schema';
import { BLANK } from './cloze';
import { definitionCard, documentSentences, emptyLexicon } from './cloze-suggest';
import { definedSpan } from './defined-span';
import { courseQuestions } from './drafts';
import { card, termChoicesAmong, upperFirst } from './term-cards';
import type { WrongChoices } from './wrong-choices';

/**
 * Wrong choices for a key term or a definition ("Make it multiple choice" on "____ is when
 * stones carried by the river …": the outsider teacher's "Attrition" got none, 2026-12-03): the
 * course's other terms, or other definitions, chosen as a class quiz chooses a flashcard's
 * (`cardDistractors`: the same kind of key, its own document's first, nearest its length, none
 * the prompt names or that would mark as the key). Names, places, dates and figures have their
 * own (`wrong-choices.ts`).
 */

/** What a course offers: its questions (not rejected) and its documents' text. */
export interface CourseTerms {
	questions: readonly Question[];
	documents: readonly { id: string; text?: string }[];
}

/**
 * Course `courseId`'s questions but the rejected ones, and its documents, from `db` (read
 * when "Make it multiple choice" needs them). Throws as Dexie does.
 */
export async function loadCourseTerms(db: FlashpointDb, courseId: string): Promise<CourseTerms> {
	const [questions, documents] = await Promise.all([
		courseQuestions(db, courseId),
		db.documents.where('courseId').equals(courseId).toArray()
	]);
	return { questions: questions.filter((q) => q.status !== 'rejected'), documents };
}

/**
 * The terms a document defines, each twice: the term as a blank's key ("____ is a bend in a
 * river channel." → "meander": `definedSpan`) and its meaning as a card's back ("What is a
 * meander?" → "A bend in a river channel": `definitionCard`). `doc`: its id; `text`: its text.
 */
export function definedTerms(doc: string, text: string): Question[] {
	const out: Question[] = [];
	for (const [i, { text: sentence }] of documentSentences(doc, text).entries()) {
		const span = definedSpan(sentence);
		if (!span) continue;
		const term = sentence.slice(span.start, span.end);
		const blank = `${sentence.slice(0, span.start)}${BLANK}${sentence.slice(span.end)}`;
		out.push(card(`${doc}#t${i}`, blank, term, doc, sentence));
		const meaning =
			definitionCard(sentence, emptyLexicon()) ??
			(/^\s*(?:is|are|was|were)\s+((?:when|where)\s.+?)[.!?]*$/u.exec(sentence.slice(span.end))
				? {
						prompt: `What is ${term}?`,
						answer: sentence
							.slice(span.end)
							.replace(/^\s*(?:is|are|was|were)\s+/u, '')
							.replace(/[.!?]+$/u, '')
					}
				: undefined);
		if (meaning)
			out.push(card(`${doc}#d${i}`, meaning.prompt, upperFirst(meaning.answer), doc, sentence));
	}
	return out;
}

/**
 * Up to three wrong choices for `key`, asked by `prompt` (a blank, or a question such as "What is
 * attrition?") from sentence `quote` of document `doc`: other terms or other definitions of
 * `course` (`CourseTerms`: its questions' keys but names, places, dates and figures, and the
 * terms its documents define, `definedTerms`), of the key's kind (`cardKind`). Fewer than three
 * when the course has fewer; none, with the reason to show, when it has no other. Pure.
 */
export function termChoices(
	key: string,
	prompt: string,
	source: { doc: string; quote: string },
	course: CourseTerms
): WrongChoices {
	const others = [
		...course.questions,
		...course.documents.flatMap((d) => definedTerms(d.id, d.text ?? ''))
	];
	const wrong = termChoicesAmong(key, prompt, source, others);
	if (wrong.length) return { ok: true, wrong };
	const what = prompt.includes(BLANK) ? 'key term' : 'definition';
	return {
		ok: false,
		reason: `This course has no other ${what} of the same kind to offer as a wrong choice (they come from its other questions and the terms its documents define): write three yourself.`
	};
}
