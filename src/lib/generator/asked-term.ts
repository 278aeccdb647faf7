import { fold } from './text';
import type { Idea } from './ideas';

/**
 * The terms a card asks about, so one handout asks each term once whichever kinds propose it
 * (blind check H23: "carnivorous plant" and "carnivorous plants" asked as two cards, noted by
 * all three reviewers; gen66's reverse cards "What was the ruler of Mali called?" → "Mansa"
 * beside "What is meant by the term “Mansa”?"). A term is the quoted term of a "what is meant
 * by the term" card, the letters a "what does X stand for" card expands, the X of "What is
 * X?", and the short key of a card (a name, a term: three words or fewer, no digits). Each is
 * folded, without a leading article, in the singular ("plants" → "plant", "colonies" →
 * "colony"). A true-or-false statement asks no term. Pure.
 */
export function askedTerms(idea: Pick<Idea, 'type' | 'prompt' | 'answer'>): string[] {
	if (idea.type === 'truefalse') return [];
	const terms: string[] = [];
	const quoted = [...idea.prompt.matchAll(/“([^”]+)”/gu)].at(-1)?.[1];
	if (quoted && /\bterm\s+“[^”]+”\?$/u.test(idea.prompt)) terms.push(quoted);
	const letters = /\bwhat does (\S+) stand for\?$/iu.exec(idea.prompt)?.[1];
	if (letters) terms.push(letters);
	const what = /^(?:What|Who)\s+(?:is|are|was|were)\s+(.+)\?$/u.exec(idea.prompt)?.[1];
	if (what && !/^meant\b|\b(?:called|named|known\s+as)$/u.test(what)) terms.push(what);
	const key = idea.answer.trim();
	if (key && key.split(/\s+/u).length <= 3 && !/\d/u.test(key)) terms.push(key);
	return [...new Set(terms.map(termKey).filter(Boolean))];
}

/** One term folded, without a leading article, in the singular. */
export function termKey(term: string): string {
	return fold(term)
		.replace(/^(?:the|a|an)\s+/u, '')
		.split(' ')
		.map((w, i, all) =>
			i < all.length - 1 ? w : w.replace(/ies$/u, 'y').replace(/(?<![su])s$/u, '')
		)
		.join(' ');
}
