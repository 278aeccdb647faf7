import { escapeRegExp } from '$lib/text/regexp-literal';
import { matchesAnswer } from '$lib/content/answer-match';
import { MONTH_NAMES } from '$lib/content/months';
import { factsOf, type Lexicon } from '$lib/generator/facts';
import { BLANK } from './cloze';
import { TITLE } from './cloze-kinds';

/**
 * The other answers a teacher would take for a blank written from a sentence, put in the
 * question's "Also accept" lines for the typed-answer checker (`answerMatch`, the one checker:
 * nothing here compares answers). Outsider teacher, issue 12: Suggest a blank hid "March 2010"
 * of "began in March 2010", the student typed "2010" and was marked wrong.
 *
 * Decided (issue 12): the blank keeps the whole date ("in ____", not "in March ____": a
 * prompt that shows the month and asks its year read badly to an earlier outsider, and the
 * student who writes the month too must still be right), and its year is accepted alone, as a
 * teacher asking "when did it begin?" takes "2010". The month with the year is accepted for a
 * date with a day. A wrong month stays wrong: "April 2010" is neither the key nor "2010". Anki's
 * cloze leaves this to the note's author (its typed answer is compared character by character,
 * so authors cloze the year alone); Quizlet marks a written answer against the whole term, with
 * "Override: I was right" for the rest. Here the alternatives are written out where the teacher
 * sees and can delete them, in the form's "Also accept" lines.
 *
 * Names: a royal or noble title may be left out ("Victoria" for "Queen Victoria"), and a
 * person's other forms the generator accepts (`factsOf`'s `accept`: the surname where it names
 * only that person, an organisation's acronym). A multi-word term's words are never optional
 * ("Nile" is not "White Nile"), and a figure's unit already is (`answerMatch`: "111" for "111
 * metres"), so neither adds a line.
 */

const MONTH = MONTH_NAMES.join('|');
const ERA = String.raw`(?:\s+(?:BCE|BC|CE|AD))?`;
/** "14 November 1963", "November 1963", "January 49 BC", "AD 14" is left alone. */
const DAY_MONTH_YEAR = new RegExp(String.raw`^(?:(\d{1,2})\s+)?(${MONTH})\s+(\d{1,4}${ERA})$`, 'u');
/** "November 14, 1963", "November 1963" (American order). */
const MONTH_DAY_YEAR = new RegExp(String.raw`^(${MONTH})\s+(\d{1,2}),\s+(\d{1,4}${ERA})$`, 'u');

/** A date's shorter right answers: its year alone, and its month and year when it has a day. */
function dateForms(answer: string): string[] {
	const british = DAY_MONTH_YEAR.exec(answer);
	if (british) {
		const [, day, month, year] = british;
		return day ? [`${month} ${year}`, year] : [year];
	}
	const american = MONTH_DAY_YEAR.exec(answer);
	return american ? [`${american[1]} ${american[3]}`, american[3]] : [];
}

/** "Queen Victoria" → "Victoria": the name without its title, when a name follows it. */
function withoutTitle(answer: string): string[] {
	const rest = answer.replace(TITLE, '');
	return rest !== answer && /^\p{Lu}/u.test(rest) ? [rest] : [];
}

/**
 * Nouns that say only what kind of thing a classifying adjective sorts: "endothermic reaction",
 * "physical change", "chemical property". The adjective is the fact.
 */
const KIND_NOUN = /^(?:reactions?|process(?:es)?|changes?|propert(?:y|ies)|substances?)$/u;

/** A classifying adjective: "endothermic", "physical", "continuous", "reactive". */
const CLASSIFYING = /^\p{Ll}[\p{Ll}-]*(?:ic|al|ous|ive|ary|ar|ent|ant)$/u;

/**
 * "endothermic reaction" → "endothermic": a student who typed the adjective alone was marked
 * wrong (outsider teacher, session 36). Where the sentence says the noun again, the checker
 * already takes the key without it (`withoutNamedHead`), and the form is dropped below.
 */
function withoutKindNoun(answer: string): string[] {
	const [modifier, head, ...rest] = answer.split(/\s+/u);
	return !rest.length && head && KIND_NOUN.test(head) && CLASSIFYING.test(modifier)
		? [modifier]
		: [];
}

/**
 * The accepted forms for the blank `start`–`end` of `sentence` (UTF-16 offsets, end exclusive):
 * none the checker already takes for the key with its prompt, none repeated, none that the
 * prompt itself shows (a surname written beside the blank would be given away). `lexicon`
 * names the document's people and organisations (`documentLexicon`); an empty one still gives
 * a date's forms. Pure.
 */
export function blankAccepts(
	sentence: string,
	span: { start: number; end: number },
	lexicon: Lexicon
): string[] {
	const answer = sentence.slice(span.start, span.end).trim();
	if (!answer) return [];
	const prompt = `${sentence.slice(0, span.start)}${BLANK}${sentence.slice(span.end)}`;
	const fact = factsOf({ doc: 'a', index: 0, section: '', text: sentence }, lexicon).find(
		(f) => f.answer === answer && f.start === span.start
	);
	const forms = [
		...dateForms(answer),
		...withoutTitle(answer),
		...withoutKindNoun(answer),
		...(fact?.accept ?? [])
	];
	const key = { answer, prompt };
	const shown = prompt.toLowerCase();
	const out: string[] = [];
	for (const form of forms) {
		const taken = out.some((other) => matchesAnswer(form, { answer: other, prompt }));
		if (taken || matchesAnswer(form, key)) continue;
		if (
			!/\d/u.test(form) &&
			new RegExp(`\\b${escapeRegExp(form.toLowerCase())}\\b`, 'u').test(shown)
		)
			continue;
		out.push(form);
	}
	return out;
}
