import type { Candidate } from '$lib/generator/candidates';
import { commonNounSubject } from '$lib/generator/anchors';
import {
	answerInQuotation,
	blankInList,
	brokenGrammar,
	distractorInSentence,
	leaksAnswer,
	MAX_LIFTED_WORDS,
	MAX_PROMPT_WORDS,
	nameBeforeBlank,
	overlong,
	titleBesideBlank
} from '$lib/generator/checks';
import { pointsIntoArticle, pronounBeforeName, undatedTime } from '$lib/generator/standalone';
import { findWhole, fold } from '$lib/generator/text';
import { BLANK } from './cloze';
import { leansOutside } from './leans-outside';
import type { QuestionFields } from '$lib/content/question-fields';

/**
 * Advice on a question written by hand, from the generator's own readability checks
 * (`$lib/generator/checks.ts`, `standalone.ts`, `anchors.ts`: the rules blind reviewers' verdicts
 * gave the drafts), run on the prompt as typed. Hints, never blocks: the form saves whatever
 * they say (issue 12: the person knows their course; the checks were tuned for unread drafts).
 */

/** A figure, year or date: a capital word before its blank ("March ____") names nothing. */
const FIGURE =
	/^[\p{Sc}]?\d[\d,.\s]*(?:%|\s*percent|\s*million|\s*billion)?$|^\d{1,2}\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?$/u;

/**
 * The shortest run of `text`'s words for which `test` still holds (words dropped from the end,
 * then from the start), so a hint can quote what a check found: "the operation", "she".
 */
export function culprit(text: string, test: (t: string) => boolean): string | undefined {
	if (!test(text)) return undefined;
	let parts = text.split(/\s+/);
	while (parts.length > 1 && test(parts.slice(0, -1).join(' '))) parts = parts.slice(0, -1);
	while (parts.length > 1 && test(parts.slice(1).join(' '))) parts = parts.slice(1);
	return parts.join(' ').replace(/[.,;:!?]+$/u, '');
}

/**
 * The form as a generator candidate, so the generator's checks read it as they read a draft:
 * the answer's place in the sentence (or -1), the wrong choices as distractors, the sentence as
 * the fact's. Fields no check used here reads are neutral (no year cap, no article date).
 */
function candidateOf(form: QuestionFields, quote: string): Candidate {
	const answer = form.answer.trim();
	const wrong = form.type === 'mcq' ? form.wrong.map((w) => w.trim()).filter(Boolean) : [];
	return {
		question: {
			id: 'w-hint',
			origin: 'written',
			type: form.type,
			prompt: form.prompt.trim(),
			answer,
			...(form.type === 'mcq' ? { choices: [answer, ...wrong] } : {}),
			explanation: '',
			source: { doc: 'w', quote },
			fact: 'w',
			topics: [],
			difficulty: 2
		},
		fact: {
			kind: 'term',
			fine: 'term',
			answer,
			start: answer ? findWhole(quote, answer) : -1,
			sentence: { doc: 'w', index: 0, section: '', text: quote },
			accept: [],
			identity: fold(answer)
		},
		distractors: wrong,
		score: 0,
		slot: 'blank',
		asOf: '',
		yearCap: 9999
	};
}

/** A verb right after a subject: an auxiliary, or a past tense in -ed. */
const VERB =
	/^(?:is|are|was|were|has|have|had|did|does|could|would|can|will|may|might|must|\p{Ll}+ed)$/u;
/** Words that complete "the …": "of …", "that …", "which …", a place ("at …"). */
const COMPLETES =
	/^(?:of|that|which|who|whose|at|in|on|near|from|for|between|called|named|known)$/u;
/** Ordinals: "the second Tay Bridge" names one when a name follows. */
const ORDINAL =
	/^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))$/u;

/**
 * The dangling "the …" a prompt opens on ("The disease was …"), or undefined when the phrase
 * says which ("The bacterium that causes cholera", "The chief engineer of the Metropolitan
 * Board of Works", "The second Tay Bridge", a proper name) or its verb is not plain. Precise over
 * complete (issue 12, outsider: a wrong warning is worse than none): only "the" + one to three
 * lower-case words + a verb is read as dangling.
 */
export function danglingSubject(prompt: string): string | undefined {
	if (!commonNounSubject(prompt)) return undefined;
	const match = /(?:^|,\s+)([Tt]he)\s+(.*)$/u.exec(prompt);
	if (!match) return undefined;
	const words = match[2].split(/\s+/).map((w) => w.replace(/[,;:.]+$/u, ''));
	if (ORDINAL.test(words[0] ?? '')) return undefined;
	for (let i = 0; i < Math.min(words.length, 4); i++) {
		const word = words[i];
		if (/^\p{Lu}/u.test(word) || COMPLETES.test(word) || word.includes(BLANK)) return undefined;
		if (i > 0 && VERB.test(word)) return [match[1], ...words.slice(0, i)].join(' ');
	}
	return undefined;
}

/** An action noun that says nothing of what was acted on: "Construction began in ____". */
const ACTION =
	/^((?:The\s+)?(?:[Cc]onstruction|[Ww]ork|[Bb]uilding|[Pp]roject|[Dd]evelopment|[Pp]roduction|[Ee]xcavation|[Dd]emolition|[Rr]estoration|[Rr]enovation|[Oo]peration|[Ee]xpansion|[Rr]epairs?))\s+(\S+)/u;

/**
 * The bare action noun a prompt opens on as its subject ("Construction", "The work", "The
 * project"), or undefined when a phrase says what of ("Construction of the sewers began") or
 * it is not followed by its verb.
 */
export function bareActionSubject(prompt: string): string | undefined {
	const match = ACTION.exec(prompt);
	if (
		!match ||
		(!VERB.test(match[2]) &&
			!/^(?:began|begun|lasted|took|ran|went|employed|cost|finished|started|ended)$/u.test(
				match[2]
			))
	)
		return undefined;
	return match[1];
}

/** What a `leansOutside` prompt needs named: the kind of an example, the place of an event. */
function outsideHint(prompt: string): string {
	const words = leansOutside(prompt, () => true);
	return words === prompt
		? 'It tells what happened without naming where, to what or when: name the place or the year, so the question stands alone.'
		: `It says “${words}”: name what it refers to (an example of what?), so the question stands alone.`;
}

/**
 * Advice on the prompt's readability alone: what it leans on that a student never sees.
 * `filled`: the prompt with its blank filled by the answer; advice never asks for what the blank
 * removes ("fought on 14 October ____" asked for the year that is the answer; outsider, issue 12).
 */
function standAloneHints(prompt: string, filled: string): string[] {
	const hints: string[] = [];
	const pointer = culprit(prompt, pointsIntoArticle);
	if (pointer)
		hints.push(
			`It says “${pointer}”: name it, so the question stands alone (a student never sees the article).`
		);
	else if (pronounBeforeName(prompt))
		hints.push(
			`It says “${culprit(prompt, pronounBeforeName)?.split(/\s+/).pop()}” before any name: say who, so the question stands alone.`
		);
	else if (leansOutside(prompt, () => true) && leansOutside(filled, () => true))
		hints.push(outsideHint(prompt));
	else {
		const action = bareActionSubject(prompt);
		const noun = action ? undefined : danglingSubject(prompt);
		if (action)
			hints.push(
				`It opens on “${action}” without saying of what: name it (“${action} of …”), so the question stands alone.`
			);
		else if (noun)
			hints.push(
				`It opens on “${noun}” without saying which: name it, so the question stands alone.`
			);
	}
	const time = undatedTime(filled) ? culprit(prompt, undatedTime) : undefined;
	if (time)
		hints.push(
			`It says “${time}”: give the date (month and year), as a student cannot tell when the article was written.`
		);
	return hints;
}

/** Advice on the blank of a fill-the-blank or multiple-choice question written as a sentence. */
function blankHints(form: QuestionFields, candidate: Candidate): string[] {
	const hints: string[] = [];
	const prompt = candidate.question.prompt;
	const answer = candidate.question.answer;
	if (answer && leaksAnswer(candidate))
		hints.push(
			'The blank’s answer also appears in the sentence: hide it there too, or choose another blank.'
		);
	if (titleBesideBlank(prompt))
		hints.push('The title or initials beside the blank give the answer away: hide them with it.');
	else if (!FIGURE.test(answer) && nameBeforeBlank(prompt))
		hints.push(
			'The capitalised word before the blank (a first name, a title) narrows it to one answer: hide it too.'
		);
	if (!FIGURE.test(answer) && blankInList(prompt))
		hints.push(
			'The blank is one name in a list: the others make it a guess. Blank something else, or ask for the whole list.'
		);
	if (/\b(?:a|an)\s+____/iu.test(prompt))
		hints.push(
			'“a ____” or “an ____” tells whether the answer starts with a vowel: hide the “a” too.'
		);
	else if (brokenGrammar(candidate) && prompt.includes(BLANK))
		hints.push('Few words are left around the blank: a student cannot tell what is asked.');
	if (form.type === 'cloze' && answerInQuotation(candidate))
		hints.push(
			'The answer is a word inside a quotation: a synonym would be as right. Blank a fact instead.'
		);
	if (form.type === 'mcq' && distractorInSentence(candidate))
		hints.push(
			'A wrong choice is named in the sentence itself, so it may be true: choose another.'
		);
	return hints;
}

/**
 * Plain advice on `form` (a question written from sentence `quote`), in the order to act on it;
 * empty when the checks find nothing, or when the prompt is still empty. Nothing here stops a
 * save.
 */
export function hintsFor(form: QuestionFields, quote: string): string[] {
	const prompt = form.prompt.trim();
	if (!prompt) return [];
	const candidate = candidateOf(form, quote);
	const answer = form.answer.trim();
	const filled = answer && prompt.includes(BLANK) ? prompt.replace(BLANK, answer) : prompt;
	const hints = standAloneHints(prompt, filled);
	if (prompt.includes(BLANK)) hints.push(...blankHints(form, candidate));
	else if (form.type !== 'truefalse' && form.answer.trim() && leaksAnswer(candidate))
		hints.push('The question names its own answer: reword it so the answer is not in it.');
	if (overlong(candidate)) {
		const limit =
			prompt.includes(BLANK) || form.type === 'truefalse' ? MAX_LIFTED_WORDS : MAX_PROMPT_WORDS;
		hints.push(
			`It is long (over ${limit} words): reviewers failed long lifted sentences. Keep the part that matters.`
		);
	}
	return hints;
}
