import type { QuestionType } from './schema';

/**
 * The question form's fields and their checks, for every screen that edits a question: Review
 * drafts and a source's "write a question" (a course's questions, `courses/draft-form.ts`) and
 * the classroom quiz's reword and own question (`quiz/edit.ts`). Each screen gives its rules
 * (how many wrong choices, what lengths fit) and turns the fields into its own question; the
 * words of a problem are the same everywhere. Pure.
 */

/** The form as typed. `wrong`: the wrong choices (multiple choice); `accept`: one a line. */
export interface QuestionFields {
	type: QuestionType;
	prompt: string;
	answer: string;
	wrong: string[];
	accept: string;
	explanation: string;
}

/** A problem of the form, by field (`question`: one of the whole question). */
export type FieldProblems = Partial<
	Record<'prompt' | 'answer' | 'choices' | 'accept' | 'explanation' | 'question', string>
>;

/** What a screen allows: how many wrong choices, and the longest each field may be. */
export interface FieldRules {
	/** Wrong choices of a multiple-choice question, fewest and most (equal: a fixed number). */
	wrong: { min: number; max: number };
	/** Characters (`acceptLines`: a count); none: no limit. */
	limits?: { prompt: number; answer: number; explanation: number; acceptLines: number };
}

/** An empty form of `type`, with `wrong` empty wrong choices. */
export function blankFields(type: QuestionType = 'flashcard', wrong = 3): QuestionFields {
	return {
		type,
		prompt: '',
		answer: type === 'truefalse' ? 'true' : '',
		wrong: Array.from({ length: wrong }, () => ''),
		accept: '',
		explanation: ''
	};
}

/**
 * The form for an existing question: its wrong choices in order, at least `wrong` of them
 * (empty ones added), accepted answers one a line. `explanation` as the screen shows it.
 */
export function fieldsOf(
	question: {
		type: QuestionType;
		prompt: string;
		answer: string;
		choices?: readonly string[];
		accept?: readonly string[];
	},
	explanation: string,
	wrong = 3
): QuestionFields {
	const choices = (question.choices ?? []).filter((c) => c !== question.answer);
	return {
		type: question.type,
		prompt: question.prompt,
		answer: question.answer,
		wrong: [...choices, ...Array.from({ length: Math.max(0, wrong - choices.length) }, () => '')],
		accept: (question.accept ?? []).join('\n'),
		explanation
	};
}

/**
 * Changes the form's type in place: a true-or-false question gets True unless its answer is
 * already True or False; leaving true-or-false empties the answer "true"/"false" left.
 */
export function changeType(fields: QuestionFields, type: QuestionType): void {
	fields.type = type;
	const either = fields.answer === 'true' || fields.answer === 'false';
	if (type === 'truefalse' && !either) fields.answer = 'true';
	else if (type !== 'truefalse' && either) fields.answer = '';
}

/** The other accepted answers typed, one a line, trimmed, empty lines left out. */
export function acceptedLines(accept: string): string[] {
	return accept
		.split('\n')
		.map((a) => a.trim())
		.filter(Boolean);
}

/** The label of the prompt field: a flashcard's front, a true-or-false statement, a question. */
export function promptLabel(type: QuestionType): string {
	return type === 'flashcard' ? 'Front' : type === 'truefalse' ? 'Statement' : 'Question';
}

/** The label of the answer field (true-or-false shows two radio buttons instead). */
export function answerLabel(type: QuestionType): string {
	return type === 'flashcard' ? 'Back' : type === 'mcq' ? 'Right choice' : 'Answer';
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];

function choiceProblem(fields: QuestionFields, rules: FieldRules): string | undefined {
	const { min, max } = rules.wrong;
	const answer = fields.answer.trim();
	const wrong = fields.wrong.map((w) => w.trim());
	if (wrong.length < min || wrong.length > max || wrong.some((w) => !w))
		return min === max
			? `Give ${COUNT_WORDS[min] ?? min} wrong choices.`
			: `Give ${min} to ${max} wrong choices, none empty.`;
	const longest = rules.limits?.answer;
	if (longest && wrong.some((w) => w.length > longest))
		return `A wrong choice is longer than ${longest} characters.`;
	const lower = wrong.map((w) => w.toLowerCase());
	if (answer && lower.includes(answer.toLowerCase()))
		return `A wrong choice is the right answer, “${answer}”: give a different one.`;
	if (new Set(lower).size < lower.length) {
		const all = wrong.length + 1;
		return all === 2
			? 'The two choices must differ.'
			: `The ${COUNT_WORDS[all] ?? all} choices must all differ.`;
	}
	return undefined;
}

/**
 * The problems a person can fix, by field, in words that say what to do: an empty or too long
 * prompt or answer, a fill-the-blank without exactly one `____`, a true-or-false answer that is
 * neither, wrong choices missing, too many, too long or repeating one another or the answer, too
 * many accepted answers, a too long explanation. Whether an explanation is required, and any
 * check of the screen's own, is the screen's. `{}` when there is none.
 */
export function fieldProblems(fields: QuestionFields, rules: FieldRules): FieldProblems {
	const problems: FieldProblems = {};
	const limits = rules.limits;
	const prompt = fields.prompt.trim();
	const answer = fields.answer.trim();
	if (!prompt)
		problems.prompt =
			fields.type === 'flashcard' ? 'Write the front of the card.' : 'Write the question.';
	else if (limits && prompt.length > limits.prompt)
		problems.prompt = `The question is longer than ${limits.prompt} characters.`;
	else if (fields.type === 'cloze' && prompt.split('____').length !== 2)
		problems.prompt = 'Mark the blank with ____ (four underscores), once.';
	if (fields.type === 'truefalse' && fields.answer !== 'true' && fields.answer !== 'false')
		problems.answer = 'Choose True or False.';
	else if (!answer)
		problems.answer =
			fields.type === 'flashcard' ? 'Write the back of the card.' : 'Write the answer.';
	else if (limits && answer.length > limits.answer)
		problems.answer = `The answer is longer than ${limits.answer} characters.`;
	if (fields.type === 'mcq') {
		const choices = choiceProblem(fields, rules);
		if (choices) problems.choices = choices;
	}
	if (limits && acceptedLines(fields.accept).length > limits.acceptLines)
		problems.accept = `At most ${limits.acceptLines} other accepted answers.`;
	if (limits && fields.explanation.trim().length > limits.explanation)
		problems.explanation = `The explanation is longer than ${limits.explanation} characters.`;
	return problems;
}
