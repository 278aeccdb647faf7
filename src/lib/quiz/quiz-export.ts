import {
	capitalizedWords,
	matchesAnswer,
	normalizeAnswer,
	withoutArticle
} from '$lib/content/answer-match';
import { aroundBlank, UNIT_SPELLINGS } from '$lib/content/units';
import { unitForms, unitKey, unitRequired } from '$lib/content/answer-unit';
import { withoutNamedHead } from '$lib/content/answer-forms';
import { definedAbbreviations } from '$lib/content/defined-abbreviations';
import { americanSpelling } from '$lib/content/spelling-variants';
import type { PortableQuestion } from '$lib/formats/portable';
import { matchingNamed } from './quiz-matching';
import { multiPortable } from './multi-answer';
import type { NumericAnswer } from '$lib/content/numeric';
import { feedbackOf } from './edit';
import { ownAccepts, quizNumeric } from './quiz-numeric';
import { responseKey } from './regrade';
import type { Quiz, QuizQuestion } from './types';

/**
 * A class quiz taken out to Moodle (issue 12: teachers move between Flashpoint and Moodle):
 * exactly the quiz's questions as they stand (after Reword, Swap, Add), in its order, for the
 * one GIFT and Moodle XML writers (`$lib/formats/export.ts`, `exportQuestions`). Each question
 * keeps its quiz id as its external id (Moodle's idnumber, so a second export updates rather
 * than doubles), its choices in the quiz's order, its other accepted answers and its
 * explanation; the quiz's title is the category (Moodle imports the questions into a category
 * of that name). A typed answer keeps every form Flashpoint would mark right that Moodle's
 * exact short-answer marking would not (`typedForms`). The parts of a matching question go back
 * as one matching question (`matchingNamed`). Pure.
 */
export function quizPortable(quiz: Pick<Quiz, 'title' | 'questions'>): PortableQuestion[] {
	const category = quiz.title.trim();
	const topics = category ? [category] : [];
	return matchingNamed(
		quiz.questions.flatMap((q): PortableQuestion[] =>
			// A multiple-answer question as its parts, which the writers write as one
			// (`<single>false</single>`, `~%50%…`: `multiPortable`).
			q.type === 'multi'
				? multiPortable(q, {
						externalId: q.id,
						topics,
						...(feedbackOf(q) ? { explanation: feedbackOf(q) } : {})
					})
				: [portableOf(q, q.type, topics)]
		)
	);
}

/** A question of any other type as it goes to Moodle (`quizPortable`). */
function portableOf(
	q: QuizQuestion,
	type: PortableQuestion['type'],
	topics: string[]
): PortableQuestion {
	return {
		externalId: q.id,
		type,
		prompt: q.prompt,
		answer: q.answer,
		...accepted(q),
		...(q.choices ? { choices: [...q.choices] } : {}),
		// Partly right answers with their weights, as the file gave them.
		...(q.credit ? { credit: { ...q.credit } } : {}),
		// Real feedback only: never "Written by your teacher." (`feedbackOf`).
		...(feedbackOf(q) ? { explanation: feedbackOf(q) } : {}),
		topics
	};
}

/**
 * `accept` of `q` as it goes to Moodle: its typed forms past the key (`typedForms`), if any; a
 * numerical answer as itself (`quizNumeric`: GIFT `{#25..35}`, XML `numerical` with its
 * tolerance), with only the teacher's own accepted answers, never the whole numbers a link
 * lists for it (her export of `{#25..35}` read `{=25 to 35 =30 =25 =26 … =35}`, session 36).
 */
function accepted(q: QuizQuestion): { accept?: string[]; numeric?: NumericAnswer } {
	if (q.type !== 'short' && q.type !== 'cloze')
		return q.accept?.length ? { accept: [...q.accept] } : {};
	const numeric = quizNumeric(q);
	if (numeric) {
		const own = ownAccepts(q).filter((form) => q.judged?.[responseKey(form)] !== false);
		return { numeric: { ...numeric }, ...(own.length ? { accept: own } : {}) };
	}
	const forms = typedForms(q).slice(1);
	return forms.length ? { accept: forms } : {};
}

/**
 * Every form of a typed answer (`short`, `cloze`) to write as a right answer for Moodle, whose
 * short-answer marking takes only the very words (case aside): the key first, its accepted
 * answers, each without a leading article or place preposition ("Kosovo Force" for "The Kosovo
 * Force": `withoutArticle`) and in its other British or American spelling ("color" for
 * "colour": `americanSpelling`) and without its last noun where the prompt names it ("african
 * and eurasian" for "African and Eurasian plates" asked "Which two plates …?":
 * `withoutNamedHead`, as the marking folds it); an abbreviation the question's own text defines
 * in brackets for its long form and back ("pd" for "potential difference":
 * `definedAbbreviations`); then the responses the teacher accepted by hand in the class report
 * ("Accept this answer": `judged` true; kept as `responseKey` folds them, lower case), and
 * none of the forms the teacher stopped accepting ("Stop accepting": `judged` false, even an
 * answer of `accept` or the file's own line: her "stopping" for "Stopping distance" was still
 * `=stopping` in GIFT and Moodle XML, session 37), so her verdicts are the export's last word. A key
 * that is a number with a unit gets the forms the unit rule marks right (`unitForms`: "588N",
 * "588 newtons", and the bare number only where the question does not ask for the unit). Every
 * form but the teacher's own verdicts is kept only where the app's marking takes it
 * (`matchesAnswer` with the question's prompt and text), so the export never lists an answer
 * the app marks wrong ("2 m" for "2 m/s", whose prompt says "m/s": session 37). A form
 * Moodle would already take (the same letters, case aside) is not repeated. Flashpoint also
 * forgives one slip in a long answer, a title before a name and a number written another way,
 * which no list of answers can say. Teacher outsider of session 35: the export kept only the
 * exact answer.
 */
export function typedForms(
	q: Pick<QuizQuestion, 'answer' | 'accept' | 'judged'> &
		Partial<Pick<QuizQuestion, 'prompt' | 'explanation' | 'source'>>
): string[] {
	const forms: string[] = [];
	const seen = new Set<string>();
	const marked = {
		answer: q.answer,
		accept: q.accept,
		prompt: q.prompt,
		explanation: q.explanation,
		...(q.source ? { source: q.source } : {})
	};
	const stopped = (text: string) => q.judged?.[responseKey(text)] === false;
	const add = (form: string) => {
		const text = form.trim();
		if (!text || seen.has(text.toLowerCase())) return;
		// The key itself always; a form the teacher stopped accepting never.
		if (forms.length && stopped(text)) return;
		// The key itself is always listed; any other form only where the app marks it right.
		if (forms.length && !matchesAnswer(text, marked)) return;
		seen.add(text.toLowerCase());
		forms.push(text);
	};
	const keys = [q.answer, ...(q.accept ?? [])];
	const required = unitRequired(q);
	const prompt = normalizeAnswer(q.prompt ?? '');
	for (const given of keys) {
		add(given);
		const bare =
			withoutArticle(given.toLowerCase()) === given.toLowerCase() ? given : bareOf(given);
		add(bare);
		for (const form of [given, bare]) add(otherSpelling(form));
		const named = withoutArticle(normalizeAnswer(given));
		add(withoutNamedHead(named, capitalizedWords(given), prompt) ?? '');
	}
	const context = [q.prompt, q.explanation, q.source?.quote].filter(Boolean).join('\n');
	for (const [short, long] of definedAbbreviations(context, normalizeAnswer))
		for (const given of keys) {
			const named = withoutArticle(normalizeAnswer(given));
			if (named === long) add(short);
			else if (named === short) add(long);
		}
	for (const given of keys)
		for (const form of unitKey(given)
			? unitForms(given, required)
			: markedForms(given, q.prompt ?? ''))
			add(form);
	const normalized = new Set(forms.map(normalizeAnswer));
	for (const [response, verdict] of Object.entries(q.judged ?? {}))
		if (verdict && !normalized.has(response) && !seen.has(response.toLowerCase())) {
			seen.add(response.toLowerCase());
			forms.push(response);
		}
	return forms;
}

/**
 * Forms of `given` students write that Flashpoint's marking takes and Moodle's would not, to be
 * kept only where the marking does (`typedForms` checks each with `matchesAnswer`): a number
 * with the unit the blank is followed by, spaced, glued and in words ("10 s", "10s", "10
 * seconds" for `{=10} s`; a key with its own unit, "10 s", gets `unitForms`); the key after the article its blank
 * follows ("an endothermic reaction" for "photosynthesis is an ____"); its last word plural
 * ("rate of reactions", a term of lower-case words). Her students' "10 s", "10s", "rate of reactions" and "an endothermic
 * reaction" were marked right here and the export had only "10" (teacher outsider, session 36).
 */
function markedForms(given: string, prompt: string): string[] {
	const forms: string[] = [];
	const around = aroundBlank(prompt);
	const number = /^([-+]?\d+(?:[.,]\d+)?)\s*([^\d\s].*)?$/u.exec(given.trim());
	const unit = number?.[2] ?? /^\s*([^\s,.;:!?()]+)/u.exec(around?.after ?? '')?.[1];
	if (number && unit) {
		const id = UNIT_SPELLINGS.find(([, spelling, symbol]) => symbol && spelling === unit)?.[0];
		// Its names in words after a number ("seconds", "second"), the plural first.
		const words = UNIT_SPELLINGS.filter(
			([other, spelling, symbol]) => other === id && symbol && spelling.length > 3
		)
			.map(([, spelling]) => spelling)
			.sort((a, b) => b.length - a.length)
			.slice(0, 1);
		if (id)
			forms.push(
				`${number[1]} ${unit}`,
				`${number[1]}${unit}`,
				...words.map((w) => `${number[1]} ${w}`)
			);
	}
	const article = /\b(a|an|the)\s*$/i.exec(around?.before ?? '')?.[1];
	if (article) forms.push(`${article.toLowerCase()} ${given}`);
	// A term of words in lower case only ("rate of reaction"): a name's plural ("Jane Austens")
	// or one word's ("lights" for "light") is a slip the marking forgives, not a form to teach.
	if (/^[\p{Ll}-]+(?: [\p{Ll}-]+)*\s\p{Ll}{3,}[^s\W]$/u.test(given)) forms.push(`${given}s`);
	return forms;
}

/** `text` without its leading article or place preposition, in its own case. */
function bareOf(text: string): string {
	const cut = text.length - withoutArticle(text.toLowerCase()).length;
	return text.slice(cut);
}

/**
 * `text` with each word in its American spelling (`americanSpelling`), in its own case. The
 * rule for "-ence" is kept to the words it is for (defence, offence, licence, pretence): the
 * marking also reads "difference" as "differense", which no export should teach.
 */
function otherSpelling(text: string): string {
	return text.replace(/\p{L}+/gu, (word) => {
		const lower = word.toLowerCase();
		if (/ences?$/.test(lower) && !/^(?:defence|offence|licence|pretence)s?$/.test(lower))
			return word;
		const american = americanSpelling(lower);
		if (american === lower) return word;
		return word[0] === word[0].toUpperCase()
			? american[0].toUpperCase() + american.slice(1)
			: american;
	});
}

/** The formats a quiz is downloaded in for Moodle, with their buttons' words. */
export const QUIZ_EXPORT_FORMATS = [
	{ id: 'gift', label: 'Download as GIFT' },
	{ id: 'moodle', label: 'Download as Moodle XML' }
] as const;
