import type { PortableQuestion } from './portable';

/**
 * A question read from a format that holds only a front and a back (Quizlet's term and
 * definition), in the type its own shape says: the shapes `ankiNote` writes for the types such a
 * format has no place for, and what a person writes the same way. Issue 12 (outsider from
 * Kahoot/Quizlet): a Quizlet export read back as flashcards only, so every multiple-choice,
 * true/false and fill-the-blank question came in again as a new flashcard beside itself, and a
 * quiz then asked "The United States took over … in 1906" twice, once as a typed answer "False".
 *
 * - a back of True or False (any case, a full stop allowed): true/false, the front without a
 *   "True or false:" lead-in (a true/false question asked as a typed "False" is wrong in itself);
 * - a front ending in lettered choices "A) … B) …" (or "A. … B. …", from A, in order, at least
 *   two) whose back is one of them: multiple choice;
 * - a front with one blank (four or more underscores): fill the blank;
 * - else a flashcard, marked `looseType`: the format cannot tell it from a short answer.
 * A typed answer's other accepted answers and a number's tolerance have no place either
 * (`keepAnswers`).
 */
export function frontBackQuestion(front: string, back: string): PortableQuestion {
	const truth = /^(true|false)\.?$/i.exec(back.trim())?.[1].toLowerCase();
	if (truth) return { type: 'truefalse', prompt: statementOf(front), answer: truth, topics: [] };
	const listed = listedChoices(front);
	if (listed) {
		const answer = listed.choices.find((c) => c === back.trim());
		if (answer)
			return { type: 'mcq', prompt: listed.prompt, answer, choices: listed.choices, topics: [] };
	}
	const blanks = front.match(/_{4,}/g) ?? [];
	// Neither has a place for other accepted answers or a number's tolerance (`keepAnswers`).
	if (blanks.length === 1)
		return {
			type: 'cloze',
			prompt: front.replace(/_{4,}/, '____'),
			answer: back,
			topics: [],
			keepAnswers: true
		};
	return {
		type: 'flashcard',
		prompt: front,
		answer: back,
		topics: [],
		looseType: true,
		keepAnswers: true
	};
}

/** A true/false front without the "True or false:" (or "T/F:") an export or a teacher put before it. */
export function statementOf(front: string): string {
	const statement = front.replace(/^\s*(true\s+or\s+false|t\s*\/\s*f)\s*[:?.-]\s*/i, '');
	return statement || front;
}

/**
 * The prompt and choices of a front that ends in lettered choices, on one line or several
 * ("Which city? A) Prizren B) Pristina"), or undefined. Choices run from A in order; the last
 * run from an "A" that reaches the end is taken, so a prompt that itself says "A)" stays whole.
 */
function listedChoices(front: string): { prompt: string; choices: string[] } | undefined {
	const marks = [...front.matchAll(/(^|\s)([A-Z])[).]\s+/g)];
	for (let start = marks.length - 1; start >= 0; start--) {
		if (marks[start][2] !== 'A') continue;
		const run = [marks[start]];
		for (const mark of marks.slice(start + 1)) {
			if (mark[2].charCodeAt(0) !== run.at(-1)![2].charCodeAt(0) + 1) continue;
			run.push(mark);
		}
		if (run.length < 2) continue;
		const at = (m: RegExpMatchArray) => m.index! + m[1].length;
		const choices = run.map((m, i) =>
			front.slice(m.index! + m[0].length, i + 1 < run.length ? at(run[i + 1]) : undefined).trim()
		);
		const prompt = front.slice(0, at(run[0])).trim();
		if (prompt && choices.every(Boolean)) return { prompt, choices };
	}
	return undefined;
}
