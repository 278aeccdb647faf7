import { numberValues, readValues } from './answer-values';
import { matchesNumeric, type NumericAnswer } from './numeric';
import { UNIT_SPELLINGS } from './units';
import { sameUnitWritten, unitId, unitProduct } from './unit-written';

/**
 * The one rule for a typed answer whose key is a number with a unit of measure ("588 N",
 * "25000 kg m/s", "2 m/s", "9.8 m/s²"): the marking (`answerMatch`), the note that says why
 * such an answer is wrong (`unitMiss`) and the forms a quiz exports to Moodle (`unitForms`) all
 * use it, so what the export lists is what the app marks right (a physics teacher from Moodle,
 * session 37: "588" and "588 kg" were right for "588 N" under "Give the unit", and the export
 * listed "2 m" for "2 m/s", which the app marked wrong).
 *
 * - **Required or optional.** A question whose prompt asks for the unit ("Give the unit",
 *   "include the unit", "with units", "in what unit", "state the unit": `asksForUnit`) requires
 *   it, unless the teacher lists the number alone as an accepted answer (`unitRequired`): the right number without it is wrong (Moodle's "The unit must be given, and will be
 *   graded", with a unit penalty of 100%: Flashpoint marks right or wrong). Any other question
 *   takes the number alone ("2" for "2 m/s" asked "What is the speed in m/s?"), as Moodle's
 *   "Units are optional" does, and as the marking always has ("24" for "24 hours").
 * - **A different unit is always wrong**, required or not: "2 m" for "2 m/s", "25000 kg m" for
 *   "25000 kg m/s", "588 kg" for "588 N", "5 mW" for "5 MW". (Here Flashpoint is stricter than
 *   Moodle's optional units, which ignore a unit it does not know.)
 * - **The same unit written another way is right** (`unit-written.ts`): with or without a space
 *   ("588N"), with `·`, `*` or `^` ("kg·m·s⁻¹", "kg m s^-1" for "kg m/s"), or by its name ("588
 *   newtons", "2 metres per second": `units.ts`, which tells milli- from mega- by case). Spaces apart, a
 *   unit written as symbols is compared by case only where case tells two units apart ("mW" is
 *   never "MW"); a symbol with no such twin folds ("588 n" for "588 N", "5 KM" for "5 km": a
 *   bare "n" is no nano-anything, a prefix never stands alone; `units.ts`).
 * - **No other prefix, converted or not**: "0.588 kN" and "588 kN" are wrong for "588 N". The
 *   question names its unit, and a conversion is a step a teacher may want to see; Moodle, too,
 *   takes only the units its question lists. The note then says which unit is asked.
 *
 * A key is a number with a unit when it is a number (as the course writes numbers, `strict`)
 * followed by a unit `units.ts` knows, or a product of such units ("kg m/s", "N m"); a counted
 * word ("3 soldiers"), a decade ("1990s"), money and dates are not units of measure. A typed
 * answer is read as a number, then its unit: an "about", "≈" or "F =" before the number is
 * allowed; an answer that does not start so (number words, a sentence) is left to the rest of
 * the marking, which still holds a required unit (`answerMatch`).
 */

/** A key read as a number and its unit of measure: "588 N" → 588 and "N". */
export interface UnitKey {
	/** The number as written ("588", "25 000"). */
	number: string;
	/** Every value the number may have (`numberValues`, strict: as the course writes numbers). */
	values: number[];
	/** The unit as written, trimmed ("N", "kg m/s"). */
	unit: string;
}

/** What the rule reads of a question: its key, accepted answers, prompt and numerical answer. */
export interface UnitQuestion {
	answer: string;
	accept?: readonly string[];
	prompt?: string;
	numeric?: NumericAnswer;
}

/** A number, then the rest: "588 N" → "588", "N"; "25 000 kg" → "25 000", "kg". */
const NUMBER_THEN = /^([-+−]?(?:\d+(?:[.,'’ ]\d+)*|[.,]\d+))\s*(.*)$/su;

/** What may stand before a typed number: "about", "≈", "~", and a symbol with "=" ("F = "). */
const BEFORE_NUMBER =
	/^\s*(?:[\p{L}][\p{L}\p{N}_]*\s*=\s*)?(?:(?:about|approximately|approx\.?|roughly|around|circa|ca\.?)\s+|[≈~]\s*)?$/iu;

/**
 * `text` read as a number with a unit of measure after it ("588 N", "25000 kg m/s"), or null
 * when it is not one: no number first, no unit, or a word that is no unit of measure ("3
 * soldiers", "1990s", "8 October").
 */
export function unitKey(text: string): UnitKey | null {
	const match = NUMBER_THEN.exec(text.trim());
	if (!match) return null;
	const [, number, rest] = match;
	const unit = rest.replace(/[.!]+$/, '').trim();
	const values = numberValues(number.replace(/^[-+−]/, ''), true);
	if (!unit || !values) return null;
	// Read as written: "1990s" is a decade, "10s" a loose unit (`units.ts`), not "1990 s".
	const glued = !/^\s/.test(rest) && readValues(text, true).loose.length > 0;
	if (glued) return null;
	const known = unitId(unit) !== null || (/[\s·⋅*/^]/u.test(unit) && unitProduct(unit) !== null);
	if (!known) return null;
	const sign = /^[-−]/.test(number) ? -1 : 1;
	return { number, values: values.map((v) => sign * v), unit };
}

/**
 * Words in a prompt that ask for the unit: "Give the unit", "include the unit(s)", "with
 * (its|the) unit(s)", "in what unit", "which units", "state/write/show the unit", "and its
 * unit", "units required". "in m/s" names the unit and does not ask for it.
 */
const ASKS_FOR_UNIT =
	/\b(?:(?:give|include|including|state|write|show|add|with|and|plus|name)\s+(?:(?:the|its|their|your|a|correct|appropriate|proper|si)\s+)*units?\b|(?:in\s+)?(?:what|which)\s+units?\b|units?\s+(?:required|needed|must be given))/iu;

/** Whether `prompt` asks the student for the unit (`ASKS_FOR_UNIT`). */
export function asksForUnit(prompt: string): boolean {
	return ASKS_FOR_UNIT.test(prompt);
}

/**
 * Whether `question` requires the unit: it has a key with a unit (`unitKey`), its prompt asks for
 * the unit (`asksForUnit`), and no accepted answer is that key's number alone. A teacher who
 * lists "588" beside "588 N" has said the number alone will do, whatever the prompt's words: her
 * own line is never marked wrong. The marking, the note and the export all ask this.
 */
export function unitRequired(question: UnitQuestion): boolean {
	const keys = [question.answer, ...(question.accept ?? [])];
	const withUnit = keys.flatMap((text) => unitKey(text) ?? []);
	if (!withUnit.length || !asksForUnit(question.prompt ?? '')) return false;
	return !keys.some((text) => {
		const values = numberValues(text.trim(), true);
		return values?.some((v) => withUnit.some((key) => key.values.some((k) => sameNumber(v, k))));
	});
}

/**
 * A typed answer read as a number (its every value) and the unit after it ('' for none), an
 * "about" or "F =" before it allowed (`BEFORE_NUMBER`); null when it does not start so.
 */
export function typedNumberUnit(input: string): { values: number[]; unit: string } | null {
	const text = input.trim();
	const at = text.search(/[-+−]?(?:\d|[.,]\d)/u);
	if (at < 0 || !BEFORE_NUMBER.test(text.slice(0, at))) return null;
	const match = NUMBER_THEN.exec(text.slice(at));
	if (!match) return null;
	const [, number, rest] = match;
	const values = numberValues(number.replace(/^[-+−]/, ''), false);
	if (!values) return null;
	const sign = /^[-−]/.test(number) ? -1 : 1;
	return { values: values.map((v) => sign * v), unit: rest.replace(/[.!]+$/, '').trim() };
}

/** Relative slack for numbers computed in binary, as `answer-match.ts` allows. */
const SLACK = 1e-9;

function sameNumber(a: number, b: number): boolean {
	return Math.abs(a - b) <= SLACK * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The rule's verdict on a typed answer against one key (`UnitKey`): `right`; `missing` (the
 * right number, its unit left out where the question requires it); `other` (the right number in
 * another unit, or another prefix of it); `wrong` (another number); or null when the typed
 * answer is not a number first (number words, a sentence): the rest of the marking reads it.
 */
export type UnitVerdict = 'right' | 'missing' | 'other' | 'wrong' | null;

/** `UnitVerdict` of `input` against `key`, with the unit `required` or not (module's note). */
export function unitVerdict(input: string, key: UnitKey, required: boolean): UnitVerdict {
	const typed = typedNumberUnit(input);
	if (!typed) return null;
	if (!typed.values.some((v) => key.values.some((k) => sameNumber(v, k)))) return 'wrong';
	if (!typed.unit) return required ? 'missing' : 'right';
	return sameUnitWritten(typed.unit, key.unit) ? 'right' : 'other';
}

/**
 * The rule applied to a question: null when none of its keys is a number with a unit, or the
 * typed answer is not a number first, or its number is followed by words that are no unit (the
 * rest of the marking decides, `answerMatch`); else `right` with the key it matched, or why it
 * is wrong (`missing`, `other`, `wrong`) against the question's key (the first key with a unit:
 * its main answer, as a rule). A bare-number accepted
 * answer ("2" beside "2 m/s", as an optional unit's export lists it) never lets another unit
 * through: the typed unit is held against the keys that have one.
 */
export function unitMarking(
	input: string,
	question: UnitQuestion
):
	| { verdict: 'right'; matched: string }
	| { verdict: 'missing' | 'other' | 'wrong'; key: string }
	| null {
	const keys = [question.answer, ...(question.accept ?? [])];
	const withUnit = keys.flatMap((text) => {
		const key = unitKey(text);
		return key ? [{ text, key }] : [];
	});
	if (!withUnit.length) return null;
	const required = unitRequired(question);
	const typed = typedNumberUnit(input);
	// A number followed by words that are no unit ("18 February 2008", "3 soldiers") is not the
	// rule's: the rest of the marking reads it (a date an accepted answer names is right).
	if (typed?.unit && unitId(typed.unit) === null && unitProduct(typed.unit) === null) return null;
	const verdicts = withUnit.map(({ text, key }) => ({
		text,
		verdict: unitVerdict(input, key, required)
	}));
	if (verdicts[0].verdict === null) return null;
	const right = verdicts.find((v) => v.verdict === 'right');
	if (right) return { verdict: 'right', matched: right.text };
	// A bare number another key holds ("2" for an optional unit) is right only without a unit.
	if (!required && typed && !typed.unit) {
		const bare = keys.find((text) => {
			const values = numberValues(text.trim(), true);
			return values?.some((k) => typed.values.some((v) => sameNumber(v, k)));
		});
		if (bare !== undefined) return { verdict: 'right', matched: bare };
	}
	const why = verdicts.find((v) => v.verdict === 'missing' || v.verdict === 'other') ?? verdicts[0];
	return { verdict: why.verdict as 'missing' | 'other' | 'wrong', key: why.text };
}

/**
 * The unit a prompt asks the answer in, where it names one at its end or in brackets: "What
 * charge flows, in C?" → "C", "… photosynthesis in °C." → "°C", "(in m/s)" → "m/s"; null when
 * it names none ("in 1990?", "in Europe?": no unit). A numerical question (`numeric`) has no
 * unit of its own, so this is the one its student is held to (`numericOtherUnit`).
 */
export function promptUnit(prompt: string): string | null {
	const found =
		/\(\s*in\s+([^()]+?)\s*\)/iu.exec(prompt)?.[1] ??
		/\bin\s+(?:units of\s+)?(\S+(?:\s*\/\s*\S+)?)\s*[?.!]*\s*$/iu.exec(prompt)?.[1];
	const unit = found?.replace(/[?.!,;:]+$/, '').trim();
	if (!unit) return null;
	return unitId(unit) !== null || unitProduct(unit) !== null ? unit : null;
}

/**
 * Whether a typed answer to a numerical question (`numeric`, Moodle's) gives a unit other than
 * the one its prompt asks in (`promptUnit`): "20 A" for "What charge flows, in C?" — never
 * right, whatever its number (the rule's "a wrong unit is never right"). The number alone, or
 * with the prompt's unit, is marked by value as before; a prompt that names no unit holds none.
 */
export function numericOtherUnit(input: string, prompt: string): string | null {
	const asked = promptUnit(prompt);
	const unit = typedNumberUnit(input)?.unit;
	if (!asked || !unit || (unitId(unit) === null && unitProduct(unit) === null)) return null;
	return sameUnitWritten(unit, asked) ? null : unit;
}

/**
 * Why a wrong typed answer is wrong by its unit alone, in words, or null when it is not: "Right
 * number, but the unit is missing: the answer is 588 N." / "Right number, but “kg” is not the
 * unit asked: the answer is 588 N." Study's verdict and the class quiz's review and report say
 * it. `withKey` false leaves the answer out ("Right number, but the unit is missing."), for a
 * screen that shows the key on its own line or hides it. A numerical question (`numeric`) says
 * so of a unit other than its prompt's (`numericOtherUnit`).
 */
export function unitMiss(input: string, question: UnitQuestion, withKey = true): string | null {
	if (question.numeric) {
		const other = numericOtherUnit(input, question.prompt ?? '');
		if (!other || !matchesNumeric(input, question.numeric)) return null;
		const end = withKey
			? `: the answer is ${question.answer} ${promptUnit(question.prompt ?? '')}.`
			: '.';
		return `Right number, but “${other}” is not the unit asked${end}`;
	}
	const marked = unitMarking(input, question);
	if (!marked || marked.verdict === 'right' || marked.verdict === 'wrong') return null;
	const end = withKey ? `: the answer is ${marked.key}.` : '.';
	if (marked.verdict === 'missing') return `Right number, but the unit is missing${end}`;
	const unit = typedNumberUnit(input)?.unit ?? '';
	return `Right number, but “${unit}” is not the unit asked${end}`;
}

/**
 * The written forms of a key with a unit that a quiz exports as right answers for Moodle's
 * exact short-answer marking (`typedForms`), each marked right by `unitVerdict`: the key, its
 * number glued to its unit ("588N"), and its unit's name where `units.ts` has one ("588
 * newtons"; singular for 1); the bare number only when the unit is optional. [] for a key with
 * no unit.
 */
export function unitForms(key: string, required: boolean): string[] {
	const read = unitKey(key);
	if (!read) return [];
	// Glued only where the unit is one word: "588N", not "25000kg m/s".
	const forms = [key.trim(), ...(/\s/.test(read.unit) ? [] : [`${read.number}${read.unit}`])];
	const name = unitName(unitId(read.unit));
	if (name) {
		const one = read.values.every((v) => Math.abs(v) === 1);
		forms.push(`${read.number} ${one ? name : pluralOf(name)}`);
	}
	if (!required) forms.push(read.number);
	return forms.filter((form) => {
		const verdict = unitVerdict(form, read, required);
		return verdict === 'right';
	});
}

/**
 * The name `units.ts` gives a unit, to write it out: its shortest spelling of five letters or
 * more in words of three letters or more ("newton", "metre per second", "degree celsius"), not a
 * symbol ("kmph", "km per hour"); null when it has none.
 */
function unitName(id: string | null): string | null {
	const names = UNIT_SPELLINGS.filter(
		([other, spelling]) =>
			other === id && spelling.length >= 5 && /^\p{L}{3,}(?: \p{L}{3,})*$/u.test(spelling)
	).map(([, spelling]) => spelling);
	return names.sort((a, b) => a.length - b.length)[0] ?? null;
}

/** Unit names with no plural form of their own. */
const SAME_PLURAL = /^(?:celsius|fahrenheit|centigrade|hertz|siemens|lux)$/;

/**
 * An English unit name's plural: the word before "per", else the last word, unless that word
 * has no plural ("degree celsius" → "degrees celsius"): "newtons", "inches", "centuries",
 * "metres per second", "square metres".
 */
function pluralOf(name: string): string {
	const words = name.split(' ');
	const per = words.indexOf('per');
	let at = per > 0 ? per - 1 : words.length - 1;
	if (SAME_PLURAL.test(words[at]) && at > 0) at -= 1;
	const word = words[at];
	if (SAME_PLURAL.test(word) || word.endsWith('s')) return name;
	words[at] = /(?:ch|sh|x)$/.test(word)
		? `${word}es`
		: /[^aeiou]y$/.test(word)
			? `${word.slice(0, -1)}ies`
			: word === 'foot'
				? 'feet'
				: `${word}s`;
	return words.join(' ');
}
