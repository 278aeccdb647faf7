import { foldText } from './fold';

/**
 * Choices that list both halves of another choice: "China", "Russia" and "China and Russia"
 * side by side let a student reason from the form, not the knowledge (the joined choice is
 * either the answer or a decoy built from two others; outsider student, session 33). A choice
 * that joins parts ("A and B", "A & B", "A, B or C", "A/B") clashes with a set of choices when
 * two or more of its parts are other choices there, compared folded (`foldText`: case and
 * accents aside), without a leading article ("the UK" is "UK") or a closing full stop. One part alone
 * ("China" beside "China and Russia") is no clash: that is how related wrong choices look.
 *
 * `withoutHalves` is the one rule the app's choice builders follow outside the generator: a
 * flashcard asked as multiple choice in a quiz and a term's wrong choices (`cardDistractors` in
 * `$lib/quiz/card-questions.ts`), and "Make it multiple choice" (`$lib/courses/wrong-choices.ts`).
 * A file's own choices (an imported GIFT, Moodle XML, Aiken or sheet) are a teacher's and are
 * imported as written; the preview says which clash (`halvesNotes`).
 * The generator's own distractors follow it too: `poolDistractors` in
 * `$lib/generator/distractors.ts` takes names of the answer's fine type from a pool any fact's
 * answer joins, so "China and Russia" of one sentence could be offered beside "Russia" for the
 * answer "China"; it skips a value that would make a clash.
 * Years, figures and dates join no parts. The built-in bank's 51 multiple-choice questions have
 * no clash. `$lib/quiz/give-away.ts` splits answers with its own pattern, which join codes made
 * under its rules must keep.
 */

/** Where a choice joins its parts: "and", "&", "or", "as well as", commas, semicolons, slashes. */
const JOIN = /\s*(?:[,;/&+]|\band\b|\bor\b|\bas well as\b|\bplus\b)\s*/u;

/** A leading article, left off before comparing. */
const ARTICLE = /^(?:the|a|an)\s+/u;

/** `text` folded, without a leading article and surrounding spaces. */
function key(text: string): string {
	return foldText(text)
		.replace(/[.!?]+$/u, '')
		.trim()
		.replace(ARTICLE, '')
		.trim();
}

/** The folded parts `choice` joins (two or more), else `[]` (a choice of one part). */
export function choiceParts(choice: string): string[] {
	const parts = choice
		.split(JOIN)
		.map(key)
		.filter((part) => part !== '');
	return parts.length >= 2 ? parts : [];
}

/**
 * The first choice of `choices` two or more of whose parts are other choices there, with those
 * choices, or null when none is (`choices` as shown: the answer and the wrong ones).
 */
export function halvesClash(
	choices: readonly string[]
): { joined: string; halves: string[] } | null {
	const keys = choices.map(key);
	for (const [i, choice] of choices.entries()) {
		const parts = new Set(choiceParts(choice));
		if (!parts.size) continue;
		const halves = choices.filter((_, j) => j !== i && parts.has(keys[j]));
		if (halves.length >= 2) return { joined: choice, halves };
	}
	return null;
}

/**
 * `candidates` (wrong choices in the order to try them) without each one that would make a
 * halves clash (`halvesClash`) with `answer` and the ones kept before it. Order kept; pure.
 */
export function withoutHalves(answer: string, candidates: readonly string[]): string[] {
	const kept: string[] = [];
	for (const candidate of candidates)
		if (!halvesClash([answer, ...kept, candidate])) kept.push(candidate);
	return kept;
}

/**
 * The import preview's note on a file's own multiple-choice questions that list both halves of a
 * choice (`halvesClash`): a teacher's choices are imported as written, and said, with the first
 * one as an example; `[]` when none does. Pure.
 */
export function halvesNotes(
	questions: readonly { prompt: string; choices?: readonly string[] }[]
): string[] {
	const clashing = questions.flatMap((q) => {
		const clash = q.choices ? halvesClash(q.choices) : null;
		return clash ? [{ prompt: q.prompt, clash }] : [];
	});
	if (!clashing.length) return [];
	const [{ prompt, clash }] = clashing;
	const quoted = [...clash.halves, clash.joined].map((c) => `“${c}”`);
	const list = `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
	const which =
		clashing.length === 1
			? 'One multiple-choice question lists'
			: `${clashing.length} multiple-choice questions list`;
	return [
		`${which} both halves of a choice beside it (${list} in “${prompt}”): a student can answer from the form of the choices alone. They are imported as written; edit those choices after importing.`
	];
}
