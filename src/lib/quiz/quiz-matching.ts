import { splitPart } from '$lib/formats/moodle-parts';
import { questionName, type PortableQuestion } from '$lib/formats/portable';

/**
 * A matching question read into a class quiz (GIFT `{=a -> b …}`, Moodle XML `matching`) is one
 * multiple-choice question per item (`matchingParts`); the quiz keeps them as the teacher's own
 * questions, without the name that told the writers they were one question (`writeGroups`), and
 * with their choices shuffled each its own way. Its export was then N multiple-choice questions
 * whose prompts carried the question's text (teacher outsider from Moodle, session 37).
 */

/** Whether two lists hold the same strings, each as often, in any order. */
function sameSet(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	const sorted = [...b].sort();
	return [...a].sort().every((x, i) => x === sorted[i]);
}

/**
 * `questions` (a quiz's, as `quizPortable` makes them) with each run of two or more consecutive
 * multiple-choice questions that are parts of one matching question (the same question text
 * before the prompt's last blank line, the same choices in any order, the same explanation and
 * topics, and no name of their own) named as one (`questionName` of the question text) and with
 * their choices in the order the writers put a matching question back together in: the parts'
 * answers as they first come, then the extra answers in the first part's order. `writeGroups`
 * then writes them as one matching question (GIFT `{=item -> answer …}`, Moodle XML `matching`
 * with its subquestions), which reads back as the same parts. Any other question as it is. Pure.
 */
export function matchingNamed(questions: readonly PortableQuestion[]): PortableQuestion[] {
	const out = [...questions];
	for (let i = 0; i < out.length;) {
		const first = out[i];
		const stem = first.type === 'mcq' && !first.name ? splitPart(first)?.stem : undefined;
		let end = i + 1;
		if (stem !== undefined) while (end < out.length && samePart(first, out[end], stem)) end++;
		if (end - i >= 2) {
			const used = [...new Set(out.slice(i, end).map((q) => q.answer))];
			const choices = [...used, ...first.choices!.filter((c) => !used.includes(c))];
			const name = questionName({ prompt: stem! });
			for (let k = i; k < end; k++) out[k] = { ...out[k], name, choices: [...choices] };
		}
		i = end;
	}
	return out;
}

/** Whether `q` is another part of the matching question `first` (text `stem`) begins. */
function samePart(first: PortableQuestion, q: PortableQuestion, stem: string): boolean {
	return (
		q.type === 'mcq' &&
		!q.name &&
		splitPart(q)?.stem === stem &&
		sameSet(q.choices ?? [], first.choices ?? []) &&
		q.explanation === first.explanation &&
		q.topics.join('\n') === first.topics.join('\n')
	);
}
