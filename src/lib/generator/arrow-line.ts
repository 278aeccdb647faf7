/**
 * A student's shorthand line: a cause-and-effect or process chain written with arrows ("heat →
 * expands → less dense → rises"), a word or symbol equation ("glucose + oxygen → carbon dioxide
 * + water", "P = I × V") or a label set equal to its meaning ("Concentrated vs dilute = how much
 * acid …"). Such a line is no English sentence: a reader of clauses that asks "Why did …?" or
 * states it as true or false garbles it ("Why did huge numbers of atoms join joined by covalent
 * bonds in a network → very high melting points?", rejected by all three reviewers of session
 * 37). Only the kinds that read the shorthand itself (`idea-word-equation.ts`) ask it.
 */

/** An arrow a student writes for "leads to", "becomes" or "gives": →, ⇒, ⟶, ->, =>. */
const ARROW = /→|⇒|⟶|(?<![<-])->|=>/u;

/** An equals sign between spaces or symbols ("P = I × V", "x=3"), never inside a word. */
const EQUALS = /(?:^|[\s\p{L}\p{N})])=(?:$|[\s\p{L}\p{N}(])/u;

/**
 * True when `text` (one sentence as `text.ts` split it) holds an arrow or an equals sign: a
 * shorthand line no sentence reader may ask.
 */
export function isArrowLine(text: string): boolean {
	return ARROW.test(text) || EQUALS.test(text);
}
