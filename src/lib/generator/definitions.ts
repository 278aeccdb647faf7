import type { Extraction } from './facts';
import { sentenceKey } from './centrality';
import { pointsIntoArticle } from './standalone';
import { fold, words } from './text';

/**
 * The article's definition of its own subject ("Rift Valley fever (RVF) is a viral disease that
 * can cause mild to severe symptoms.") as a fact: the card "What is Rift Valley fever?" → "A
 * viral disease that can cause mild to severe symptoms". It is the first thing a teacher asks of
 * a topic (Bloom's "remember" level; an encyclopedia's lead opens with it). Only for drafts no
 * editor reads (`lexicon.salience`): the subject's definition where the lead first gives it, and
 * another named thing's ("The Kennedy Round was the sixth round of …") in any sentence that
 * defines it.
 */

/** "X (…), Y, is a …": the name, the verb, the predicate. */
const IS_A =
	/^((?:The\s+)?[\p{Lu}][^,;()]{1,60}?)(?:\s*\([^)]*\))?(?:,[^,]{1,80},)?\s+(is|are|was|were)\s+((?:a|an|the|one of)\s.+?)[.!]?$/u;

/** "X is a Y …" split: the name X (parentheses and an apposition dropped), its verb, Y. */
export function openingDefinition(
	text: string
): { name: string; verb: string; predicate: string } | undefined {
	const match = IS_A.exec(text);
	return match ? { name: match[1].trim(), verb: match[2], predicate: match[3] } : undefined;
}

/**
 * A proper name of at most five words, its first word never written in lower case; not "The
 * English army" (U2: "What was the English army?" has countless true answers).
 */
const OTHER_TERM = /^\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,4}$/u;

/** Longest predicate kept whole; a longer one is cut at its first comma or "which". */
const MAX_PREDICATE_WORDS = 22;

/** The predicate, shortened to its first clause when long; undefined when still too long. */
export function shortPredicate(predicate: string): string | undefined {
	// A second clause ("…, and was converted by …") is another fact: the card keeps the first.
	let text = predicate.trim().split(/,\s+(?:and|but|while|although)\s+|;\s+/u)[0];
	// The first clause, else the part before a relative clause.
	for (const cut of [/^(.{12,}?)[,;]/u, /^(.{12,}?)\s+(?:which|that|who)\b/u]) {
		if (text.split(/\s+/).length <= MAX_PREDICATE_WORDS) break;
		text = cut.exec(text)?.[1] ?? text;
	}
	const n = text.split(/\s+/).length;
	return n >= 3 && n <= MAX_PREDICATE_WORDS ? text : undefined;
}

/**
 * Records the definition fact: `answer` the defined name as written, `about` the predicate,
 * `fine` `definition:<verb>` ("definition:was") so the card asks in the sentence's tense.
 */
export function subjectDefinitionFacts({ text, lexicon, push, sentence }: Extraction): void {
	const salience = lexicon.salience;
	const marks = salience?.sentences.get(sentenceKey(sentence));
	const terms = salience?.subjects.get(sentence.doc);
	const match = marks?.definition && !marks.resolved ? openingDefinition(text) : undefined;
	if (!match || !terms) return;
	const name = match.name;
	const ofSubject = words(name).some((w) => terms.has(w));
	// The subject's own definition only where the lead opens on it; another term when it is a
	// name ("The Kennedy Round was …"), short, and not the subject said again.
	const head = name.replace(/^The\s+/u, '').split(/\s+/)[0];
	const proper =
		OTHER_TERM.test(name) &&
		!/^The\s/u.test(name) &&
		!lexicon.commonWords.has(head.toLowerCase()) &&
		!pointsIntoArticle(name);
	if (ofSubject ? !marks?.opensSubject : !proper) return;
	const about = shortPredicate(match.predicate);
	if (!about) return;
	push({
		kind: 'definition',
		fine: `definition:${match.verb}`,
		answer: name,
		start: 0,
		accept: [],
		about,
		identity: fold(name)
	});
}
