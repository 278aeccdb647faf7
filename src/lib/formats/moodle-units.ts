import {
	asksForUnit,
	unitForms,
	unitKey,
	unitRequired,
	unitVerdict
} from '$lib/content/answer-unit';
import { numericText } from '$lib/content/numeric';
import type { PortableQuestion } from './portable';

/**
 * A typed answer with a unit as Moodle's numerical question holds it (a physics teacher from
 * Moodle, session 37): the number, with `<units>` and Moodle's unit handling, written from and
 * read back into the app's unit rule (`$lib/content/answer-unit.ts`), so a question goes to
 * Moodle and comes back marked the same way.
 *
 * Moodle (question/type/numerical): each `<unit>` has a `<unit_name>` and a `<multiplier>` (the
 * default unit's is 1; a value in that unit is the default's times it: kN 0.001 for N).
 * `<unitgradingtype>` 0 makes units optional; 1 grades them, taking `<unitpenalty>` of the
 * mark off for a missing or unknown unit. `<showunits>` 0 is a text field that takes the number
 * and unit together (3: no units at all); `<unitsleft>` 0 puts the unit after the number. Moodle
 * takes the spaces out of a response before it reads the unit, and compares unit names exactly:
 * so each name is also written without its spaces ("kgm/s").
 *
 * Written where the prompt asks for the unit: graded (`unitgradingtype` 1), with a penalty of
 * 1, so a missing or other unit scores 0, as the app marks it wrong; and where the teacher then
 * accepted the bare number too ("Accept this answer" on "588", or her own `=588`), which makes
 * the unit optional (`unitRequired`), as Moodle says it: the same numerical question with
 * `unitgradingtype` 0 (units optional, no penalty). Before, her "588" turned the question into
 * a short answer (session 37). Moodle's optional units also take a unit they do not know ("588
 * kg"), which the app marks wrong: the one place the export is looser than the app. Where the
 * prompt does not ask for the unit, it stays a short answer listing the forms the app takes
 * (`typedForms`: "2 m" for "2 m/s" was the teacher's complaint). Read, optional units under a
 * prompt that asks for the unit bring the bare number back as an accepted answer
 * (`readMoodleUnits` with `optional`), so the unit stays optional in the app; a file's "units
 * must be given" is required in the app only where its prompt asks for the unit (the app's rule
 * reads the prompt); a unit beside a tolerance is not kept (the app marks the number).
 */

/** A number with its units and how Moodle grades them. */
export interface MoodleUnits {
	value: number;
	units: { name: string; multiplier: number }[];
	required: boolean;
}

/**
 * `q` as a numerical question with units: a typed question whose key is a number with a unit
 * (`unitKey`), whose prompt asks for the unit (`asksForUnit`; required unless an accepted answer
 * is the bare number: `unitRequired`, see the module's note) and whose accepted answers say
 * nothing the unit rule does not already take (else it stays a short answer, listing them). Its unit names: the key's, then the other ways the
 * rule takes it that a student writes (`unitForms`: "newtons"), each also without spaces.
 * Null for any other question.
 */
export function moodleUnits(
	q: Pick<PortableQuestion, 'type' | 'prompt' | 'answer' | 'accept' | 'numeric'>
): MoodleUnits | null {
	if ((q.type !== 'short' && q.type !== 'cloze') || q.numeric) return null;
	const key = unitKey(q.answer);
	if (!key) return null;
	const required = unitRequired(q);
	if (!asksForUnit(q.prompt)) return null;
	if (!(q.accept ?? []).every((a) => unitVerdict(a, key, required) === 'right')) return null;
	const names = unitForms(q.answer, required)
		.map((form) => form.slice(key.number.length).trim())
		.filter(Boolean)
		.flatMap((name) => [name, name.replace(/\s+/g, '')]);
	return {
		value: key.values[0],
		units: [...new Set([key.unit, ...names])].map((name) => ({ name, multiplier: 1 })),
		required
	};
}

/** The elements of a numerical `<question>` after its `<answer>` that say its units. */
export function moodleUnitNodes(u: MoodleUnits): Record<string, unknown> {
	return {
		units: {
			unit: u.units.map((unit) => ({ multiplier: unit.multiplier, unit_name: unit.name }))
		},
		unitgradingtype: u.required ? 1 : 0,
		unitpenalty: u.required ? 1 : 0,
		showunits: 0,
		unitsleft: 0
	};
}

/** A `<units>` element's units, as the parser gives them (one or many `<unit>`). */
function unitsOf(node: unknown): { name: string; multiplier: number }[] {
	const list = (node as { unit?: unknown } | undefined)?.unit;
	const units = Array.isArray(list) ? list : list ? [list] : [];
	return units.flatMap((unit) => {
		const { unit_name: name, multiplier } = (unit ?? {}) as Record<string, unknown>;
		const value = Number(multiplier ?? 1);
		const text = typeof name === 'string' || typeof name === 'number' ? String(name).trim() : '';
		return text && Number.isFinite(value) && value > 0 ? [{ name: text, multiplier: value }] : [];
	});
}

/** `n` without binary noise: 588 × 0.001 is 0.588, not 0.5880000000000001. */
function tidy(n: number): number {
	return Number(n.toPrecision(12));
}

/**
 * The key and accepted answers a numerical question's units make, read back (`readMoodleXml`):
 * for an exact number (tolerance 0) with a unit of multiplier 1, the key is the number with
 * that unit ("588 N"), marked by the unit rule like any typed answer with a unit; each unit of
 * another multiplier is an accepted answer in it ("0.588 kN"). The same unit's other names
 * (multiplier 1) need no line: the rule takes them. Null without units or with a tolerance (the
 * question stays a numerical answer: `$lib/content/numeric`). With `optional` (Moodle's units
 * optional, `unitgradingtype` 0, under a prompt that asks for the unit), the bare number is
 * accepted too, so the app's rule keeps the unit optional (`unitRequired`).
 */
export function readMoodleUnits(
	value: number,
	tolerance: number,
	units: unknown,
	optional = false
): { answer: string; accept: string[] } | null {
	const all = unitsOf(units);
	const main = all.find((unit) => unit.multiplier === 1);
	if (tolerance !== 0 || !main) return null;
	const number = numericText({ value, tolerance: 0 });
	const accept = all
		.filter((unit) => unit.multiplier !== 1)
		.map(
			(unit) =>
				`${numericText({ value: tidy(value * unit.multiplier), tolerance: 0 })} ${unit.name}`
		);
	return { answer: `${number} ${main.name}`, accept: optional ? [...accept, number] : accept };
}
