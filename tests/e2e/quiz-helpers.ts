import { readFileSync } from 'node:fs';
import { parseBank, type Question } from '../../src/lib/content/schema';
import { encodeEnvelope } from '../../src/lib/quiz/envelope';

const parsed = parseBank(JSON.parse(readFileSync('questions/bank.json', 'utf8')));
if (!parsed.ok) throw new Error(parsed.error);

/** The built-in bank's multiple-choice questions, checked by the app's own schema. */
export const bankMcqs: Question[] = parsed.value.questions.filter((q) => q.type === 'mcq');

/** What a quiz link carries of each question: its full text, so no bank is needed. */
export type LinkedQuestion = Pick<
	Question,
	'id' | 'type' | 'prompt' | 'answer' | 'choices' | 'explanation'
> & { source: { doc: string; quote: string } };

/**
 * A quiz link's code (`quiz-code.ts`'s inline form) for quiz `id` titled `title`, carrying
 * `questions` whole: in order, untimed, choices unshuffled. `s` is [timer none, seconds, flags:
 * allow back, show answers].
 */
export function inlineQuizCode(id: string, title: string, questions: LinkedQuestion[]): string {
	return encodeEnvelope(
		'quiz',
		JSON.stringify({
			i: id,
			t: title,
			c: 1_795_000_000,
			s: [0, 0, 0b1100],
			f: questions.map((q) => [
				q.id,
				q.type,
				q.prompt,
				q.answer,
				q.choices ?? null,
				null,
				q.explanation,
				q.source.doc,
				q.source.quote
			])
		})
	);
}
