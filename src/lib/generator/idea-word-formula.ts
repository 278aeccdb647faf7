import { isHandout } from './handout';
import type { ArticleView, Idea } from './ideas';
import type { Sentence } from './text';

/**
 * A student's formula in words (gen87, issue 12's recall): "speed = distance ÷ time",
 * "momentum = mass × velocity", "Power (W) = energy transferred (J) ÷ time (s)", "P = V × I
 * (power = potential difference × current)". Science notes state each to be learnt, and no
 * sentence reader may read one (`arrow-line.ts`). Asked as a student asks it: "How is speed
 * calculated?" → "distance ÷ time"; when the notes give one quantity two formulae ("power =
 * potential difference × current", "power = current² × resistance"), by what it links: "What
 * equation links power, current and resistance?" → "power = current² × resistance".
 *
 * Read from a line that is the formula alone: units in brackets ("(J)") dropped, a symbol form
 * after it (", so v = f λ", "(v = s / t)", "→ v = f λ") dropped, a symbol formula with its words
 * in brackets read by its words. Refused: a worked example (`Sentence.worked`, or two numbers on
 * the right: "= ½ × 1200 × 20²"), a symbol side ("F = m × a" alone), a line that goes on ("…, and
 * the work done …"), an "or …" alternative and the quantity of a second formula when the notes
 * give it a third. Handouts and notes only (`isHandout`). Pure.
 */

/** One formula in words. */
export interface WordFormula {
	/** The quantity it gives, as the line writes it ("speed", "Rf value"). */
	quantity: string;
	/** Its right-hand side as written ("distance ÷ time", "(a ÷ b) × 100"). */
	rule: string;
	/** The quantities the right-hand side names, without powers or constants. */
	inputs: string[];
	/** The symbol the line writes the quantity by, when it glosses a symbol formula ("P"). */
	symbol?: string;
}

/** Operators between the quantities of a formula. */
const OPERATOR = /\s+[×÷/+−*]\s+|\s*[×÷]\s*/u;

/** A quantity in words: one to seven words, letters (a power or an ordinal allowed). */
const QUANTITY =
	/^(?:\p{L}[\p{L}'’-]*|\d+(?:st|nd|rd|th))[²³]?(?:\s+(?:\p{L}[\p{L}'’-]*|\d+(?:st|nd|rd|th))[²³]?){0,6}$/u;

/** Words no quantity holds: a verb makes the side a clause. */
const CLAUSE = /\b(?:is|are|was|were|equals|means|gives|and|so|then|if|when)\b/iu;

/** A unit in brackets: no space, at most six characters ("(J)", "(dm³)", "(m/s)"). */
const UNIT = /\s*\([^()\s]{1,6}\)/gu;

/** The quantity side: words, not a symbol ("F", "Ar", "ΔE"). */
function quantityOf(side: string): string | undefined {
	const q = side.trim();
	if (!QUANTITY.test(q) || CLAUSE.test(q) || /\d/u.test(q)) return undefined;
	const first = q.split(/\s+/u)[0];
	if (q.split(/\s+/u).length === 1 && first.length < 3) return undefined;
	// "Power" at a line's start is "power"; "Rf value" keeps its symbol's case.
	return first.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(first)
		? q.replace(/^\p{Lu}/u, (c) => c.toLowerCase())
		: q;
}

/** The inputs of a right-hand side, or undefined when it is no formula in words. */
function inputsOf(rule: string): string[] | undefined {
	const terms = rule
		.replace(/[()]/gu, ' ')
		.trim()
		.split(OPERATOR)
		.map((t) => t.trim().replace(/\s+/gu, ' '));
	if (terms.length < 2 || terms.some((t) => !t)) return undefined;
	const numbers = terms.filter((t) => /^[\d.½¼¾]+$/u.test(t));
	if (numbers.length > 1 || numbers.length === terms.length) return undefined;
	// "1 / frequency", "× 100", "½ × …" are the formula's own; "moles × 24" holds a condition
	// the line leaves unsaid (a gas at room temperature and pressure).
	if (numbers.some((n) => !/^(?:1|2|100|½)$/u.test(n))) return undefined;
	const words = terms.filter((t) => !numbers.includes(t));
	// "C + I + G + (X − M)": letters stand for quantities the line does not name.
	if (words.some((t) => !QUANTITY.test(t) || CLAUSE.test(t) || !/\p{L}{3}/u.test(t)))
		return undefined;
	// "current²" links current; "volume in dm³" keeps its unit.
	return words.map((t) => t.replace(/(?<!\b[dck]?m)[²³]/gu, ''));
}

/** The formula in words a sentence states, or undefined. */
export function wordFormula(text: string): WordFormula | undefined {
	let line = text.trim().replace(/\.$/u, '').replace(UNIT, '');
	// "P = V × I (power = potential difference × current)": the words in brackets.
	const glossed = /^(\S{1,3})\s*=\s*[^()]+\(([^()]+=[^()]+)\)$/u.exec(line);
	if (glossed) line = glossed[2];
	// A symbol form after the words: ", so v = f λ", "(v = s / t)", "→ v = f λ", ", p = m v, unit …".
	line = line
		.replace(/\s*\([^()]*=[^()]*\)$/u, '')
		.replace(/(?:,\s*(?:so\s+)?|\s+→\s+|\s+so\s+)\S{1,3}\s*=.*$/u, '');
	if (/^(?:or|and|so|e\.g)\b/iu.test(line)) return undefined;
	const sides = line.split(/\s*=\s*/u);
	if (sides.length !== 2) return undefined;
	const quantity = quantityOf(sides[0]);
	const rule = sides[1].trim();
	const inputs = inputsOf(rule);
	if (!quantity || !inputs || /[,;:→]/u.test(rule)) return undefined;
	return { quantity, rule, inputs, ...(glossed && { symbol: glossed[1] }) };
}

/**
 * True when another sentence sets the same quantity equal to something the reader did not
 * take for a formula ("Second law – resultant force = mass × acceleration", "E = P × t (J, W,
 * s)" beside "E = Q × V (energy = …)"): "How is force calculated?" would have two answers.
 */
function otherwiseStated(formula: WordFormula, own: Sentence, sentences: Sentence[]): boolean {
	const word = head(formula.quantity).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
	const byWord = new RegExp(`(?:^|[^\\p{L}])${word}\\s*(?:\\([^()]*\\)\\s*)?=`, 'iu');
	const symbol = formula.symbol?.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
	const bySymbol = symbol && new RegExp(`(?:^|[\\s–:])${symbol}\\s*=`, 'u');
	return sentences.some(
		(s) => s !== own && (byWord.test(s.text) || (bySymbol && bySymbol.test(s.text)))
	);
}

/** The last word of a quantity: "resultant force" and "force" are one quantity asked. */
function head(quantity: string): string {
	return quantity.toLowerCase().split(/\s+/u).at(-1) ?? '';
}

/**
 * "rate of blood flow" → "the rate of blood flow", "neutrons" → "the number of neutrons";
 * "speed" stays.
 */
function named(quantity: string): string {
	if (/^the\s/iu.test(quantity)) return quantity;
	if (/^number\s+of\s/iu.test(quantity)) return `the ${quantity}`;
	if (/\p{Ll}{2}(?<![su])s$/u.test(quantity)) return `the number of ${quantity}`;
	return / of /u.test(quantity) ? `the ${quantity}` : quantity;
}

/** "a, b and c". */
function listed(items: string[]): string {
	return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The formula cards of a handout or notes, in reading order. */
export function wordFormulaIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	// Every formula the notes state, an "or …" one too: it makes its quantity's first one not the only.
	const stated = article.sentences.flatMap((sentence) => {
		if (sentence.worked) return [];
		const formula = wordFormula(sentence.text.replace(/^(?:or|and)\s+/iu, ''));
		return formula ? [{ sentence, formula }] : [];
	});
	const asked = new Set<string>();
	return stated.flatMap(({ sentence, formula }): Idea[] => {
		if (/^(?:or|and)\s/iu.test(sentence.text)) return [];
		const same = stated.filter((s) => head(s.formula.quantity) === head(formula.quantity));
		const rules = new Set(same.map((s) => s.formula.rule.toLowerCase()));
		const whole = `${formula.quantity} = ${formula.rule}`;
		let prompt: string;
		let answer: string;
		if (rules.size === 1 && !otherwiseStated(formula, sentence, article.sentences)) {
			prompt = `How is ${named(formula.quantity)} calculated?`;
			answer = formula.rule;
		} else {
			// Two formulae of one quantity: asked by what each links, when that tells them apart.
			const links = [formula.quantity, ...new Set(formula.inputs)];
			const rivals = same.filter(
				(s) =>
					s.formula.rule.toLowerCase() !== formula.rule.toLowerCase() &&
					[...new Set(s.formula.inputs)].sort().join('|') ===
						[...new Set(formula.inputs)].sort().join('|')
			);
			if (rivals.length || links.length > 4) return [];
			prompt = `What equation links ${listed(links)}?`;
			answer = whole;
		}
		// "distance = speed × time" beside "speed = distance ÷ time": one relation, asked once.
		const relation = [formula.quantity, ...formula.inputs]
			.map((q) => q.toLowerCase())
			.sort()
			.join('|');
		if (asked.has(prompt) || asked.has(relation)) return [];
		asked.add(prompt).add(relation);
		return [
			{
				kind: 'equation',
				sentence,
				type: 'flashcard',
				prompt,
				answer,
				...(answer !== whole && { accept: [whole] }),
				start: 0,
				span: answer,
				context: sentence.text,
				weight: 1
			}
		];
	});
}
