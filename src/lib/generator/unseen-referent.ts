import nlp from 'compromise';
import type { ArticleView, Idea } from './ideas';

/**
 * A statement or key the student reads alone must name what it speaks of: blind review H10
 * (2027-01-17, both reviewers) failed "In late 1609 Smith was injured …" (S28: Captain John
 * Smith, named two paragraphs up), and one reviewer "The League formally came into existence …"
 * (S76: the League of Nations); both the key "A fort just south of the wall on the Stanegate"
 * (S41: Hadrian's Wall, the handout's title). Each names by a bare surname or a shortened name
 * what only an earlier sentence or the title names in full. Refusing them would cost more than
 * it saves (on every reviewed draft a bare surname hit 15 drafts, 20 verdicts accepting them,
 * 10 rejecting: "Stalin feared …", "Khrushchev decided …" pass), so the card says the name in
 * full instead, as the document gave it. Pure.
 */

/**
 * Words before a surname that are no first name: a title ("Captain John Smith" gives "John
 * Smith"; "King John" gives no surname "John"), or a sentence's opening word.
 */
const NOT_FIRST_NAME =
	/^(?:The|A|An|In|On|At|By|Of|For|From|To|And|But|Or|After|Before|When|While|Under|Over|With|Without|During|Since|Until|As|If|Although|Though|Yet|So|This|That|These|Those|Its|His|Her|Their|Both|Each|Every|Some|Many|Most|All|No|Then|Later|North|South|East|West|New|Old|Great|Saint|St|Mount|Lake|River|Cape|Fort|Port|King|Queen|Prince|Princess|Emperor|Empress|Pope|Sir|Lord|Lady|Captain|General|Admiral|Colonel|Major|President|Chancellor|Governor|Senator|Bishop|Archbishop|Cardinal|Duke|Earl|Count|Baron|Tsar|Czar|Sultan|Shah|Dr|Mr|Mrs|Ms|Professor)$/u;

/** Particles inside a surname: "Kurt von Schleicher", "Vasco da Gama". */
const PARTICLE = '(?:(?:von|van|de|del|der|da|di|du|le|la)\\s+)?';

/**
 * The fuller name an earlier sentence gives a person `text` names by a bare capitalised word:
 * "In late 1609 Smith was injured" after "Captain John Smith, a soldier …" → "John Smith".
 * Undefined when `text` writes that name in full, when the word is in the title (the student
 * is told the subject), or when no earlier sentence gives a first name before it, or two give
 * two (`isPerson`, the corpus's people, or a person's name to compromise's tagger: "Dutch
 * Brazil" is none). `before` is the document's
 * text before the card's sentence, one sentence a line.
 */
export function fullNameOf(
	text: string,
	before: string,
	title = '',
	isPerson: (name: string) => boolean = () => true
): { bare: string; full: string } | undefined {
	for (const m of text.matchAll(
		// "sheets, known as Zygalski sheets": a name being given is said as given, not renamed
		// ("Henryk Zygalski sheets", blind review H17 S19, all three reviewers).
		// "Mary, Queen of Scots", "Anne, Duchess of Lorn": a first name with its style after a
		// comma is named in full (a "Bloody Mary" before it is another queen: blind check gen77).
		/(?<!\p{Lu}[\p{L}'’.-]*\s|\b[Tt]he\s|\b(?:as|called|named|termed)\s)\b(\p{Lu}\p{Ll}{2,})\b(?![\s-]+\p{Lu}|\s+of\s|,\s+(?:King|Queen|Prince|Princess|Emperor|Empress|Duke|Duchess|Earl|Countess|Count|Baron|Baroness|Lord|Lady|Tsar|Tsarina|Sultan|Shah|Bishop|Archbishop|Marquess|Viscount)\s+of\s)/gu
	)) {
		const bare = m[1];
		if (NOT_FIRST_NAME.test(bare) || title.includes(bare)) continue;
		// Every capitalised word before it on one line ("Percy Bysshe Shelley"), a title's left out.
		const full = new RegExp(
			`((?:\\p{Lu}[\\p{Ll}'’-]+[ \\t]+){1,3})${PARTICLE}${bare}\\b(?![ \\t-]+\\p{Lu})`,
			'gu'
		);
		const names = [...before.matchAll(full)]
			.map((n) => {
				const given = n[1].trim().split(/[ \t]+/u);
				const start = given.findLastIndex((w) => NOT_FIRST_NAME.test(w)) + 1;
				return given.length > start ? n[0].slice(n[0].indexOf(given[start])) : '';
			})
			.filter((name) => name && (isPerson(name) || nlp(name).people().found));
		// Two people of one surname ("John Adams", "Samuel Adams"): which one is not said.
		if (new Set(names).size !== 1 || text.includes(names[0])) continue;
		return { bare, full: names[0] };
	}
	return undefined;
}

/**
 * The full name of a head the text writes with "the" and nothing after it: "The League formally
 * came into existence …" → "League of Nations", given in `named` (the title and the earlier
 * sentences) as "League of Nations"; "the wall" → "Hadrian's Wall", a name of the title ending on
 * that noun. Undefined when the text names it in full or says which one ("the wall of Troy").
 */
export function shortenedName(
	text: string,
	named: string
): { short: string; full: string } | undefined {
	for (const m of text.matchAll(/\b[Tt]he\s+(\p{L}+)\b(?!\s+(?:of\b|\p{Lu}))/gu)) {
		const head = m[1];
		const after = text.slice((m.index ?? 0) + m[0].length);
		// "The League formally came …": a capitalised head the text ends, then a verb or a stop;
		// "the Gulf coast" is another noun's modifier.
		if (
			/^\p{Lu}/u.test(head) &&
			!/^(?:\s*[,.;:]|\s+(?:\p{Ll}+ly|is|are|was|were|had|has|did|\p{Ll}+ed)\b)/u.test(after)
		)
			continue;
		const capital = head[0].toUpperCase() + head.slice(1);
		const ofName = new RegExp(
			`(?<=\\b[Tt]he\\s+)${capital}\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’]+(?:[ \\t]+\\p{Lu}[\\p{L}'’]+)*`,
			'u'
		).exec(named);
		const possessive = new RegExp(`\\b\\p{Lu}\\p{Ll}+['’]s\\s+${capital}\\b`, 'u').exec(named);
		// A lower-case "the rights" is no name: only a capitalised head takes an "of" name.
		const full = (/^\p{Lu}/u.test(head) ? ofName?.[0] : undefined) ?? possessive?.[0];
		if (!full || text.includes(full)) continue;
		// A possessive name stands without "the": "the wall" → "Hadrian's Wall".
		return { short: m[0], full: full === possessive?.[0] ? full : `${m[0].slice(0, 3)} ${full}` };
	}
	return undefined;
}

/** The text of the document before the card's sentence. */
function textBefore(idea: Idea, article: ArticleView): string {
	return article.sentences
		.filter((s) => s.doc === idea.sentence.doc && s.index < idea.sentence.index)
		.map((s) => s.text)
		.join('\n');
}

/** `text` with each bare surname and shortened name said in full (see `fullNameOf`, `shortenedName`). */
export function inFull(
	text: string,
	before: string,
	title: string,
	isPerson?: (name: string) => boolean
): string {
	let out = text;
	for (let i = 0; i < 3; i++) {
		const person = fullNameOf(out, before, title, isPerson);
		if (person) {
			out = out.replace(new RegExp(`\\b${person.bare}\\b`, 'u'), person.full);
			continue;
		}
		const thing = shortenedName(out, `${title} ${before}`);
		if (!thing) break;
		out = out.replace(thing.short, thing.full);
	}
	return out;
}

/**
 * A true-or-false statement, or a flashcard's key, with the names only an earlier sentence or
 * the title gave said in full (H10 S28, S41, S76): the same card, readable alone.
 */
export function namedInFull(idea: Idea, article: ArticleView): Idea {
	const statement = idea.type === 'truefalse';
	if (!statement && idea.type !== 'flashcard') return idea;
	const before = textBefore(idea, article);
	if (statement) {
		const prompt = inFull(idea.prompt, before, article.title, article.isPerson);
		return prompt === idea.prompt ? idea : { ...idea, prompt };
	}
	const answer = inFull(idea.answer, before, article.title, article.isPerson);
	return answer === idea.answer ? idea : { ...idea, answer };
}
