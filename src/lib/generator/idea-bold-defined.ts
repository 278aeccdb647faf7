import { writtenLower } from './idea-name';
import type { ArticleView, Idea } from './ideas';
import type { Sentence } from './text';
import { capitalise, definitionCard } from './idea-text';
import { glossKey } from './idea-apposition';
import { isHandout } from './handout';
import { askableTerm, askOf, fairKey, TERM_WORDS } from './idea-bold-terms';
import { calledAfterCommasIdea, calledIdea } from './idea-bold-called';

/**
 * A handout's bold key terms defined in the words that follow them, in shapes no other kind reads
 * (gen60, issue 12's recall: blind reviews H16/H17 accepted ~80% of drafts but the generator made
 * ~2 per 1,000 words, and most bold terms of a handout gave none). Bold is the author's sign that
 * the term is brought in and will be tested (`idea-bold.ts`), so these read only bold terms:
 * - a copula definition in any tense, with the class after "a/an/the": "The **Cold War** was the
 *   long period of rivalry between …" → "What was the Cold War?", "**Determinatives** were silent
 *   signs placed before …", "**Heliocentrism** is the idea that the Sun …";
 * - a colon gloss after a bold term that ends a clause: "It moves with a **hydrostatic
 *   skeleton**: fluid-filled segments that muscles push against." → "What is a hydrostatic
 *   skeleton?";
 * - a bold term with no article of its own glossed by an "a/an" class after a comma: "… go
 *   through **metamorphosis**, a change in body form between …";
 * - a bold term named by "called" (`idea-bold-called.ts`): "a curved metal tool called a
 *   **strigil**, which athletes used to scrape oil from the skin", "A soil with a good balance
 *   of sand, silt and clay is called **loam**."
 * Every key is a plain definition (`glossKey`: five to twenty words, no hedge, rank, time word or
 * pointer), does not give the term away and names nothing only the handout shows. Pure.
 */

/** "(A|An|The) Term is|are|was|were (a|an|the) …": the term opens the sentence. */
const BOLD_COPULA = new RegExp(
	String.raw`^(?:(A|An|The)\s+)?(${TERM_WORDS})\s+(is|are|was|were)\s+((?:a|an|the)\s+\p{Ll}[^;]*?)(?:;.*)?\.?$`,
	'u'
);

/** "… a|an term: a|an gloss." or a bare plural class: the colon right after the term. */
const BOLD_COLON = new RegExp(
	String.raw`(?:^|\s)(an?)\s+(${TERM_WORDS}):\s+((?:an?\s+)?\p{Ll}[^:;()“”"]*?)\.?$`,
	'u'
);

/**
 * "… go through **metamorphosis**, a change in body form between …", "… is **cellulose**, a
 * natural polymer made of …": a bold term with no article of its own (a mass noun, a process)
 * glossed by "a/an" class and what sets it apart, up to the next comma, ";" or the end.
 */
const BARE_APPOSITION =
	/((?:\p{L}[\p{L}'’-]*\s+){1,6})(\p{Ll}[\p{L}'’-]*),\s+(an?)\s+(\p{Ll}[^,;.()“”"]*?)(?=([,;.](?:\s|$)|$))/gu;

/** A gloss with a verb of its own before any relative word: a clause, not a noun phrase. */
const VERB_FIRST =
	/^(?:(?!\b(?:that|which|who|whom|whose|where|when)\b).)*?\b(?:is|are|was|were|has|have|had|will|can|could|would|do|does|did)\b|\d/u;

/** An adjective's ending: "**eusocial**, a …" glosses the clause, not the word. */
const ADJECTIVE = /(?:al|ic|ous|ive|ar|ible|able|ful|less)$/u;

/** A gloss that is a clause or a list, not a noun phrase: a verb or a bare "and"-list first. */
const CLAUSE_GLOSS =
	/^(?:(?!\b(?:that|which|who|whom|whose|where|when|with|of|for|in|on|used|made)\b)[^,])*?\b(?:is|are|was|were|has|have|had|can|could|will|would|do|does|did|resist|resists|meet|meets)\b|,/u;

/**
 * The term as a prompt writes it: a sentence's first word lowered when the text writes it so
 * (`writtenLower`: the article's own case first, "Go" of a game the handout writes with its
 * capital stays "Go" though the corpus has the verb "go", blind check H19 S22).
 */
function asWritten(term: string, opening: boolean, article: ArticleView): string {
	if (!opening) return term;
	const [first] = term.split(/\s/u);
	return first === first.toLowerCase() || !writtenLower(article)(first)
		? term
		: first.toLowerCase() + term.slice(first.length);
}

/** The copula definition of a bold term opening its sentence, or undefined. */
function copulaIdea(sentence: Sentence, article: ArticleView): Idea | undefined {
	const m = BOLD_COPULA.exec(sentence.text);
	if (!m) return undefined;
	const [, determiner = '', rawTerm, verb, predicate] = m;
	if (!askableTerm(rawTerm, article)) return undefined;
	// "The queen is …", "The host is …": a lower-case "the" term is a part or role of the text's
	// own subject, and "What is the host?" does not say of what (`idea-bold.ts` `notAskable`).
	if (determiner === 'The' && /^\p{Ll}/u.test(rawTerm)) return undefined;
	const term = asWritten(rawTerm, !determiner, article);
	const [, det = '', rest = predicate] = /^(a|an|the)\s+(.*)$/u.exec(predicate) ?? [];
	const key = glossKey(det, rest);
	if (!key || !fairKey(key, term)) return undefined;
	const asked = askOf(term, determiner, verb);
	return definitionCard(sentence, asked, key, `${capitalise(term)}: ${key}.`);
}

/** The colon gloss of a bold term ("… a **term**: a gloss."), or undefined. */
function colonIdea(sentence: Sentence, article: ArticleView): Idea | undefined {
	const m = BOLD_COLON.exec(sentence.text);
	if (!m) return undefined;
	const [, determiner, rawTerm, gloss] = m;
	// The longest tail of the words before the colon that the author bolded.
	const words = rawTerm.split(/\s+/u);
	const term = words.map((_, i) => words.slice(i).join(' ')).find((t) => askableTerm(t, article));
	if (!term || term !== rawTerm) return undefined;
	if (CLAUSE_GLOSS.test(gloss)) return undefined;
	const [, det = '', rest = gloss] = /^(an?)\s+(.*)$/u.exec(gloss) ?? [];
	// A bare gloss is a plural class with what sets it apart ("fluid-filled segments that …").
	if (
		!det &&
		!/^(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*s\s+(?:that|which|who|with|of|for|used|made|in)\s/u.test(
			gloss
		)
	)
		return undefined;
	const key = glossKey(det, rest);
	if (!key || !fairKey(key, term)) return undefined;
	return definitionCard(
		sentence,
		askOf(term, determiner, 'is'),
		key,
		`${capitalise(term)}: ${key}.`
	);
}

/**
 * The bare bold apposition of a sentence (`BARE_APPOSITION`), or undefined: the term bold and a
 * noun (no adjective's ending), the word before it no article (those are `idea-term-apposition.ts`'s),
 * the gloss a plain noun phrase, not a list's next item (", and …", ", a …" after it).
 */
function bareAppositionIdea(sentence: Sentence, article: ArticleView): Idea | undefined {
	for (const m of sentence.text.matchAll(BARE_APPOSITION)) {
		const [, lead, last, determiner, gloss, next] = m;
		// The bold term is the phrase's last one to five words; the word before it no article.
		const words = [...lead.trim().split(/\s+/u), last];
		const i = words.findIndex((_, j) => j > 0 && askableTerm(words.slice(j).join(' '), article));
		if (i < 1) continue;
		const term = words.slice(i).join(' ');
		if (/^(?:a|an|the|this|that|these|those|its|their|his|her)$/iu.test(words[i - 1])) continue;
		if (/^\p{Lu}/u.test(term) || ADJECTIVE.test(term) || /[^siu]s$/u.test(term)) continue;
		const rest = sentence.text.slice((m.index ?? 0) + m[0].length);
		if (next === ',' && /^,\s+(?:and|or|an?|the)\s/u.test(rest)) continue;
		if (VERB_FIRST.test(gloss) || /^(?:(?!\bbetween\b).)*\b(?:and|or)\s+(?:an?|the)\s/u.test(gloss))
			continue;
		const key = glossKey(determiner, gloss);
		if (!key || !fairKey(key, term)) continue;
		return definitionCard(sentence, `What is ${term}?`, key, `${capitalise(term)}: ${key}.`);
	}
	return undefined;
}

/**
 * The bold definitions of a handout that bolds its terms, in reading order, at most one per
 * sentence: a copula definition in any tense, a colon gloss, a class called by the term with what
 * sets it apart, a description with commas called by it (both `idea-bold-called.ts`), a bare
 * term's apposition. Asked as kind `term` (its cap).
 */
export function boldDefinedIdeas(article: ArticleView): Idea[] {
	if (!article.emphasis?.size || !isHandout(article)) return [];
	return article.sentences.flatMap((sentence) => {
		const idea =
			copulaIdea(sentence, article) ??
			colonIdea(sentence, article) ??
			calledIdea(sentence, article) ??
			calledAfterCommasIdea(sentence, article) ??
			bareAppositionIdea(sentence, article);
		return idea ? [idea] : [];
	});
}
