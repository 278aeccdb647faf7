import type { ArticleView, Idea } from './ideas';
import { namesSubject } from './idea-text';
import { pointsIntoArticle } from './standalone';
import { findWhole, fold, words, type Sentence } from './text';

/**
 * Kind 7, the key term of a section's claim: the topic sentence of a paragraph that says
 * something about the subject, with the term the article keeps returning to blanked: "In 1833 a
 * committee found that ____ had equal claim to having invented the safety lamp" (Stephenson).
 * Blind review U1 accepted clozes whose blank is the sentence's point ("In ____, Robert Koch
 * published his findings on tuberculosis") and failed blanks beside it (a county, a museum's
 * city): the blank here is a term met in at least `MIN_TERM_SENTENCES` sentences, so it is one
 * of the article's own ideas, and the sentence names the subject, so it is about the article's
 * point.
 */

/** Sentences a term must appear in to be one of the article's key terms. */
export const MIN_TERM_SENTENCES = 3;

/** Function words and vague nouns that never make a key term. */
const STOP = new Set(
	(
		'a an the of in on at to for by with and or from as that which who whom whose is are was were be been ' +
		'has have had it its their his her this these those there here one two three four five first second ' +
		'also other such many most more some any all each both between into over under after before during ' +
		'time times year years people number part parts way ways use used type types kind form forms case ' +
		'cases example result results work works called known new old early late great large small high low ' +
		'same several however although while when where then than not only about around up down out'
	).split(' ')
);

/** Candidate terms of a sentence: runs of one to three content words, folded. */
function termsOf(text: string): string[] {
	const tokens = fold(text).split(' ').filter(Boolean);
	const out: string[] = [];
	for (let i = 0; i < tokens.length; i++)
		for (let n = 1; n <= 3 && i + n <= tokens.length; n++) {
			const run = tokens.slice(i, i + n);
			if (run.some((w) => STOP.has(w) || /\d/u.test(w) || w.length < 3)) break;
			out.push(run.join(' '));
		}
	return out;
}

/** Where a folded term is written in `text` (any case), and how. */
function locate(text: string, term: string): { at: number; written: string } | undefined {
	const pattern = term
		.split(' ')
		.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
		.join(String.raw`[^\p{L}\p{N}]+`);
	const match = new RegExp(String.raw`(?<![\p{L}\p{N}])${pattern}(?![\p{L}\p{N}])`, 'iu').exec(
		text
	);
	return match ? { at: match.index, written: match[0] } : undefined;
}

/** The first verb of a sentence: an auxiliary, a past form or a common present form. */
const VERB =
	/\s(?:is|are|was|were|has|have|had|can|could|may|might|will|would|\p{Ll}{3,}ed|states|holds|includes|contains|consists|remains|becomes|refers|describes|uses|allows|requires|produces|causes|lies|occurs|shows|means|makes|gives|takes)\s/u;

/**
 * True when a sentence's opening (before its verb) is about the subject: the subject's whole
 * name ("The Davy lamp …", "Comet Hale–Bopp …"), or a person's surname ("Lister …"), not a
 * thing of the subject's ("Davy's invention …" in the Davy lamp's article).
 */
export function opensOnSubject(opening: string, article: ArticleView): boolean {
	const folded = ` ${fold(opening)} `;
	const ref = article.ref;
	const names = [ref?.name.replace(/^the\s+/iu, ''), article.title.replace(/\s*\([^)]*\)$/u, '')];
	if (names.some((n) => n && folded.includes(` ${fold(n)} `) && !/['’]s\b/u.test(opening)))
		return true;
	const person = ref ? ref.pronoun !== 'it' : article.isPerson(article.title);
	return person && namesSubject(opening, article) && !/\b(?:his|her|their)\b/iu.test(opening);
}

/** Each key term of the article and how many sentences name it. */
export function keyTerms(article: ArticleView): Map<string, number> {
	const counts = new Map<string, number>();
	for (const sentence of article.sentences) {
		for (const term of new Set(termsOf(sentence.text)))
			counts.set(term, (counts.get(term) ?? 0) + 1);
	}
	const subject = article.subject;
	for (const [term, n] of counts)
		if (n < MIN_TERM_SENTENCES || term.split(' ').some((w) => subject.has(w))) counts.delete(term);
	return counts;
}

/**
 * A single common word is too vague a blank ("lamp", "conditions", "regularly"); a name, a
 * term of several words or a long technical word ("perihelion") is not. An acronym is no idea
 * (issue 9: expansions of acronyms are trivia).
 */
export function specific(term: string, written: string, isCommon: (w: string) => boolean): boolean {
	if (/^\p{Lu}{2,}$/u.test(written) || CALENDAR.test(term)) return false;
	if (term.includes(' ')) return true;
	// A single common word has synonyms a typed answer cannot foresee ("compensation",
	// "payment": U7 S02); a name has one form.
	return /^\p{Lu}/u.test(written) && !isCommon(written);
}

/** The first five letters of a word: "initiatory" and "initiation" share them. */
const root = (word: string) => fold(word).slice(0, 5);

/**
 * True when another word of the sentence shares a root with the answer: "an initiatory mystery
 * cult; membership is gained only through ____" gives away "initiation" (U7 S08).
 */
export function echoed(prompt: string, answer: string): boolean {
	const roots = new Set(
		words(answer)
			.filter((w) => w.length >= 5)
			.map(root)
	);
	return words(prompt.replace('____', ' ')).some((w) => w.length >= 5 && roots.has(root(w)));
}

/**
 * The article's other ways of writing a term, accepted as typed answers: hyphen or space,
 * singular or plural, and the head noun alone where the article uses it alone ("railway
 * administration" → "administration": U7 S05). Undefined when the article writes the term
 * with other nouns after it ("rare earths", "rare-earth metals", "rare earth elements": U7
 * S11): no one form to type, no blank.
 */
export function termForms(term: string, article: ArticleView): string[] | undefined {
	const parts = term.split(' ');
	const first = parts[0];
	const last = parts.at(-1)!;
	const stemmed = last.replace(/(?:es|s)$/u, '');
	const family = new RegExp(String.raw`\b${first}([\s-]+)(${stemmed}\w*)\s+(\w+)`, 'u');
	const forms = new Set<string>();
	for (const sentence of article.sentences) {
		const lower = sentence.text.toLowerCase();
		// "rare-earth metals" beside "rare earths": the term written another way, with a noun after.
		const match = family.exec(lower);
		const other = match && (match[1].includes('-') || match[2] !== last);
		if (parts.length > 1 && other && !STOP.has(match[3])) return undefined;
		const text = fold(sentence.text);
		if (
			parts.length > 1 &&
			new RegExp(String.raw`\b${last}\b`, 'u').test(text) &&
			!text.includes(term)
		)
			forms.add(last);
	}
	forms.add(parts.length > 1 ? `${parts.slice(0, -1).join('-')}-${last}` : term);
	forms.add(/s$/u.test(term) ? term.replace(/s$/u, '') : `${term}s`);
	forms.delete(term);
	return [...forms];
}

/** A month or a weekday: a date's part, never a term. */
const CALENDAR =
	/^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

/**
 * True when the blank at `at` is a whole noun phrase: no capitalised word right before it (a
 * name cut: "Mai ____ Alooma"), no noun right after it ("a major ____ victory", "Glasgow ____
 * Infirmary"), not inside quotation marks or an acronym's parentheses.
 */
export function wholePhrase(text: string, at: number, length: number): boolean {
	const before = text.slice(0, at);
	const after = text.slice(at + length);
	if (/[("“'‘]\s*$/u.test(before) || /^\s*["”’)]/u.test(after)) return false;
	if (/(?:^|\s)\p{Lu}[\p{L}.'’-]*\s+$/u.test(before) && before.trim().split(/\s+/).length > 1)
		return false;
	// "Hugo de ____", "the sun's ____": half a name, or a thing's part named by its owner;
	// "the County of ____", "the Sultanate of ____": the rest of a name; "to ____": a verb.
	if (/\b(?:de|da|di|van|von|du|del|la|le|to)\s+$|['’]s\s+$|\p{Lu}\p{L}+\s+of\s+$/u.test(before))
		return false;
	// "____-speaking", "____-Atlantic Ridge": half a compound.
	if (/^[-–]/u.test(after) || /[-–]$/u.test(before)) return false;
	// "a ____ that results in": the class noun of a definition is no point of it.
	if (/\b(?:is|are|was|were)\s+(?:a|an|the)\s+$/u.test(before)) return false;
	const next = /^\s+([\p{L}\p{N}-]+)/u.exec(after)?.[1];
	// "Article Two, ____ 1": a numbered part of a name.
	if (next && /^[\p{Lu}\p{N}]/u.test(next)) return false;
	return !next || STOP.has(next.toLowerCase()) || /^[,;:.)]/u.test(after);
}

/** The key-term cloze of one topic sentence, or undefined. */
export function keyTermIdea(
	sentence: Sentence,
	article: ArticleView,
	terms: Map<string, number>
): Idea | undefined {
	const marks = article.marks(sentence);
	if (
		!marks ||
		sentence.quoted ||
		/^[-•*]/u.test(sentence.text) ||
		!(marks.topic || marks.lead) ||
		marks.score === 0
	)
		return undefined;
	// Only a sentence that names the subject itself: a resolved "It" may be another thing's.
	const text = sentence.text;
	if (
		marks.resolved ||
		!namesSubject(text, article) ||
		pointsIntoArticle(text) ||
		/^(?:It|This|These|They|He|She)\b/u.test(text)
	)
		return undefined;
	// The predicate: after the first verb, so the blank is what is said, not who says it.
	const verb = VERB.exec(text);
	// The subject is who or what the sentence is about: named before its verb.
	if (!verb || !opensOnSubject(text.slice(0, verb.index), article)) return undefined;
	// A sentence the source cut after an abbreviation ("… until Marbury v.") reads broken.
	if (!/[.!?]["”’)]?$/u.test(text) || /\b(?:v|vs|St|Dr|Mr|Mrs|i\.e|e\.g)\.$/u.test(text))
		return undefined;
	const best = termsOf(text.slice(verb.index))
		.filter((t) => terms.has(t))
		.map((t) => ({ t, found: locate(text, t) }))
		.filter(
			({ t, found }) =>
				found &&
				found.at > verb.index &&
				specific(t, found.written, article.isCommon) &&
				wholePhrase(text, found.at, found.written.length)
		)
		.sort(
			(a, b) => b.t.split(' ').length - a.t.split(' ').length || terms.get(b.t)! - terms.get(a.t)!
		)[0];
	if (!best?.found) return undefined;
	// A place or a person is no term: U1 and U2 failed a county, a museum's city, the country an
	// outbreak crossed into, a passer-by's name; what people did is the deeds kind's.
	if (article.isPlace(best.found.written) || article.isPerson(best.found.written)) return undefined;
	const { at, written: answer } = best.found;
	// Named twice, the sentence answers its own blank.
	if (locate(text.slice(at + answer.length), best.t)) return undefined;
	const prompt = `${text.slice(0, at)}____${text.slice(at + answer.length)}`;
	const forms = termForms(best.t, article);
	if (!forms || echoed(prompt, answer)) return undefined;
	const start = findWhole(sentence.text, answer);
	return {
		kind: 'keyterm',
		sentence,
		type: 'cloze',
		prompt,
		answer,
		...(forms.length && { accept: forms }),
		start: Math.max(0, start),
		context: text,
		weight: 1
	};
}

/** Every key-term cloze of the article's topic sentences. */
export function keyTermIdeas(article: ArticleView): Idea[] {
	const terms = keyTerms(article);
	return article.sentences
		.map((s) => keyTermIdea(s, article, terms))
		.filter((i): i is Idea => i !== undefined);
}
