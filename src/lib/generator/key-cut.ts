/**
 * A card's key cut in mid-phrase: it ends on a word that needs another after it ("An elegant
 * female skeleton in a large", blind review H14 S38: all three reviewers), a determiner, a
 * preposition, a conjunction, or a determiner and a size or quality adjective. Such a key is no
 * answer a teacher would hand out; the card is refused (gen54). Pure.
 */
const OPEN_END =
	/\b(?:a|an|the|of|in|on|at|to|for|with|by|from|into|and|or|but|than|as|his|her|its|their|this|that|these|those|(?:a|an|the|his|her|its|their)\s+(?:large|small|big|great|long|short|high|low|wide|narrow|new|old|few|certain|particular|single|whole|special|tall|heavy|light|deep|huge|tiny))$/iu;

/** True when `key` (a card's answer, trailing punctuation allowed) ends mid-phrase. */
export function keyCut(key: string): boolean {
	return OPEN_END.test(key.trim().replace(/[.;,:]+$/u, ''));
}
