import { isHandout } from './handout';
import type { ArticleView, Idea } from './ideas';

/**
 * A student's word equation (gen87, issue 12's recall): "glucose + oxygen → carbon dioxide +
 * water", "acid + metal carbonate → salt + water + carbon dioxide". Notes are full of them and
 * no sentence reader may read one (`arrow-line.ts`). Each is asked as the card a student makes of
 * it, "Complete the word equation for aerobic respiration: glucose + oxygen → ?", its products the
 * key: one right answer, from the line itself, the thing a chemistry or biology student learns.
 *
 * The reaction is named by the line's own label ("Complete combustion: …") or by its section's
 * heading when that names a reaction or process ("Aerobic respiration", "What is photosynthesis?")
 * and the section holds no other word equation; a label that names no reaction ("Word equation:",
 * "Example:", "Cathode:", "In muscle cells:") is dropped. An example ("e.g. …"), a symbol or ionic
 * equation (formulae, charges, digits), a line whose sides are no list of substances ("Potassium
 * reacts with water → …"), a half-written one ("+ steam → alcohol") and a worked example are not
 * asked. One substance to one ("glucose → lactic acid") is asked only of a named reaction. The
 * same reactants given two sets of products in one text ("glucose → lactic acid", "glucose →
 * ethanol + carbon dioxide") are asked only where each is named apart. Handouts and notes only
 * (`isHandout`). Pure.
 */

/** One substance of a word equation: one to four lower-case words ("iron(III) oxide"). */
const SUBSTANCE = /^[a-z]+(?:\([IVX]+\))?(?:[ -][a-z]+(?:\([IVX]+\))?){0,3}$/u;

/** Words that make a side a clause, not a substance ("reacts with water", "the metal"). */
const NOT_SUBSTANCE =
	/\b(?:is|are|was|were|be|reacts?|makes?|gives?|forms?|produces?|turns?|loses?|gains?|goes|becomes?|the|a|an|to|and|or|then|so|with|by|in|on|at|e\.g|eg|one|two|three|four|some|many|more|less)\b/u;

/** A label that names no reaction: what kind of equation it is, or where or when. */
const NO_NAME =
	/\b(?:equations?|examples?|e\.g|remember|tip|note|cathode|anode|overall|ionic|symbols?|half|general|recap|key|summary)\b|^(?:in|at|for|with|when|if|during|from)\b/iu;

/** A heading that names a reaction or process ("Aerobic respiration", "Displacement reactions"). */
const REACTION = /\b(?:\p{L}+(?:tion|sis)|reactions?|respiration|combustion|decay)\b/iu;

/** One word equation as the line writes it. */
export interface WordEquation {
	/** The line's own label ("Complete combustion"), when it names a reaction. */
	label?: string;
	/** The reactants, each as written ("glucose", "oxygen"). */
	reactants: string[];
	/** The products, each as written. */
	products: string[];
	/** The line has a label that names neither a reaction nor an equation ("Hydrogen:"). */
	test?: boolean;
}

/** The substances of one side, or undefined when a side is no list of substances. */
function substances(side: string): string[] | undefined {
	const items = side.split(/\s+\+\s+/u).map((s) => s.trim());
	return items.every((s) => SUBSTANCE.test(s) && !NOT_SUBSTANCE.test(s)) ? items : undefined;
}

/**
 * The word equation a sentence is, or undefined. The sentence is the equation alone, with at
 * most a label before a colon and a condition in brackets after it ("(light energy needed)").
 */
export function wordEquation(text: string): WordEquation | undefined {
	// "acid + alkali → salt + water e.g. hydrochloric acid + …": the example is an aside.
	let line = text
		.trim()
		.replace(/\s+e\.g\.?\s.*$/u, '')
		.replace(/\s*\([^()]*\)\s*\.?$/u, '')
		.replace(/\.$/u, '');
	let label: string | undefined;
	const labelled = /^([^:→]{1,60}):\s+(.+)$/u.exec(line);
	if (labelled) [, label, line] = labelled;
	if (/^(?:e\.g\.|eg\b|for example|example)/iu.test(line)) return undefined;
	const sides = line.split(/\s*→\s*/u);
	if (sides.length !== 2) return undefined;
	// A line's first word may carry its capital ("Ethanol + ethanoic acid → …") when no label
	// stands before it.
	const left = label ? sides[0] : sides[0].replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
	const reactants = substances(left);
	const products = substances(sides[1]);
	if (!reactants || !products) return undefined;
	const named = label?.trim();
	const reaction =
		named &&
		!NO_NAME.test(named) &&
		REACTION.test(named) &&
		/^[\p{L} -]+$/u.test(named) &&
		named.split(/\s+/u).length <= 5;
	// "Hydrogen: lit splint → squeaky pop": a label that names no reaction and no kind of
	// equation makes a one-to-one line a test and its result, not a reaction.
	return {
		...(reaction && { label: lowerName(named) }),
		// "Hydrogen: lit splint → squeaky pop": a label that names no reaction and no kind of
		// equation makes a one-to-one line a test and its result, not a reaction.
		...(named && !reaction && !/\bequation\b/iu.test(named) && { test: true }),
		reactants,
		products
	};
}

/** A name in running text: its first capital lowered unless the word is an acronym. */
function lowerName(name: string): string {
	return name.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
}

/**
 * The reaction a section's heading names, or undefined: "What is photosynthesis?" →
 * "photosynthesis", "Anaerobic respiration in muscles" → itself; a heading of parts, a
 * question of another kind or one that names the equations themselves names none.
 */
export function headingReaction(heading: string): string | undefined {
	const name = heading
		.trim()
		.replace(/^what\s+(?:is|are)\s+(.+)\?$/iu, '$1')
		.trim();
	if (!REACTION.test(name) || /[–—:;,()?\d]|\bequations?\b|\bvs\b/iu.test(name)) return undefined;
	if (name.split(/\s+/u).length > 6) return undefined;
	return lowerName(name);
}

/** The key of reactants that says which products they give, whatever their order. */
function reactantKey(equation: WordEquation): string {
	return [...equation.reactants].sort().join(' + ');
}

/** The word-equation cards of a handout or notes, in reading order. */
export function wordEquationIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	const found = article.sentences.flatMap((sentence) => {
		if (sentence.worked) return [];
		const equation = wordEquation(sentence.text);
		return equation ? [{ sentence, equation }] : [];
	});
	const named = found.map(({ sentence, equation }) => {
		const inSection = found.filter((f) => f.sentence.section === sentence.section).length;
		return (
			equation.label ?? (inSection === 1 ? headingReaction(sentence.section ?? '') : undefined)
		);
	});
	const seen = new Set<string>();
	return found.flatMap(({ sentence, equation }, i): Idea[] => {
		const name = named[i];
		const total = equation.reactants.length + equation.products.length;
		if ((!name || equation.test) && total < 3) return [];
		// "heat → granules absorb water + swell", "inelastic → price ↑ …": one unnamed thing
		// to others is a student's cause arrow, not a reaction (blind check H37: "Complete the
		// word equation: heat → ?"). Unnamed, a word equation has two reactants or more.
		if (!name && equation.reactants.length < 2) return [];
		const key = reactantKey(equation);
		const products = equation.products.join(' + ');
		// The same reactants to other products elsewhere: asked only where both are named apart.
		const rivals = found.filter(
			(f) => reactantKey(f.equation) === key && f.equation.products.join(' + ') !== products
		);
		if (rivals.length && (!name || rivals.some((r) => named[found.indexOf(r)] === name))) return [];
		const asked = `${name ?? ''}|${key}`;
		if (seen.has(asked)) return [];
		seen.add(asked);
		const reactants = equation.reactants.join(' + ');
		const and = equation.products.join(' and ');
		return [
			{
				kind: 'equation',
				sentence,
				type: 'flashcard',
				prompt: `Complete the word equation${name ? ` for ${name}` : ''}: ${reactants} → ?`,
				answer: products,
				...(and !== products && { accept: [and] }),
				start: 0,
				span: products,
				context: sentence.text,
				weight: 1
			}
		];
	});
}
