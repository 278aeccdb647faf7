import type { ArticleView, Idea } from './ideas';
import { hollowDefinition, thinKey, wholeKey } from './idea-key';
import { capitalise, namesSubject, subjectName, subjectText } from './idea-text';
import { subjectSurface } from './idea-name';
import type { Sentence } from './text';

/**
 * Kind 4, the subject's defining trait from the lead, in a sentence that names the subject (or
 * says "It" right after naming it) and asks one thing by its verb: "A cash register is usually
 * attached to a drawer for storing cash" → "What is a cash register usually attached to?";
 * "Essential tremor typically involves a tremor of the arms, hands or fingers" → "What does
 * essential tremor typically involve?". The lead's own hedge ("usually", "typically") stays in
 * the question, so the key is what the article says, not the only truth. Only the lead's first
 * paragraph: a body sentence is a detail (U1, U2). No blind verdict yet (the lead of the
 * project asked for it after U9 on 2026-12-01).
 */

const HEDGE = '(?:(usually|typically|often|commonly|generally|mainly|normally)\\s+)?';

/** "<S> is usually attached to <X>": the participle and its preposition. */
const PASSIVE = new RegExp(
	`^(.+?)\\s+(is|are)\\s+${HEDGE}(\\p{Ll}+ed|made|used|found|known)\\s+(to|for|by|in|on|from|with|as)\\s+(.+?)[.]?$`,
	'u'
);

/** Adverbs that open on a preposition: "in large part", "for the most part", "in most cases". */
const ADVERBIAL =
	/^(?:in\s+(?:(?:large|great|small|some|good)\s+)?part|in\s+(?:turn|general|particular|practice|principle|fact|addition|effect|theory|short|total)|in\s+(?:most|many|some)\s+cases|for\s+the\s+most\s+part|by\s+and\s+large|on\s+(?:average|balance|the\s+whole))\b/iu;

/** "<S> typically involves <X>": a verb whose object is the trait. */
const ACTIVE = new RegExp(
	`^(.+?)\\s+${HEDGE}(involves|contains|consists of|affects|produces|requires|causes|establishes)\\s+(.+?)[.]?$`,
	'u'
);

/**
 * Participles that say who thinks what or what causes it, not what the thing is like: "is
 * considered to be …" (a claim), "is caused by …" (blind reviewers failed causes: 0 of 2, and
 * "What causes Rift Valley fever?" → "The RVF virus" gives itself away), or ask what has many
 * answers in the article: "What was Protagoras known as?", "What was obsidian used for?",
 * "What is lynx considered to be?" (blind review U10: S02, S08, S09 each had several), "What is
 * long-term memory commonly labelled as?" (U18 S60: a list of kinds, not what it is), "What is
 * ADPKD associated with?" (U19 S15: the lead links it to cysts, aneurysms and more), "What is
 * Daniel Dennett referred to?" → "As one of …" (U25 S31: the prompt lost its "as").
 */
const NOT_A_TRAIT =
	/^(?:caused|considered|thought|believed|said|called|named|described|referred|dubbed|nicknamed|styled|titled|regarded|reported|claimed|estimated|expected|based|located|used|known|seen|viewed|recognized|recognised|noted|remembered|famed|celebrated|labelled|labeled|termed|classified|divided|categorized|categorised|grouped|associated|linked|related|connected|correlated|compared|contrasted|involved|implicated)$/u;

/** True when the sentence's subject is the name itself, give or take "the" or "a". */
function sameName(subject: string, name: string): boolean {
	const bare = (t: string) =>
		t
			.replace(/\s*\([^)]*\)/gu, '')
			.replace(/^(?:the|a|an)\s+/iu, '')
			.toLowerCase()
			.trim();
	return bare(subject) === bare(name);
}

/**
 * The base form of each verb `ACTIVE` asks by, spelled out: a rule that strips "-s" or "-es"
 * wrote "containe" (blind review U11 S07: "What does Green Jacket Shoal containe?").
 */
export const BASE_FORM: Record<string, string> = {
	involves: 'involve',
	contains: 'contain',
	'consists of': 'consist of',
	affects: 'affect',
	produces: 'produce',
	requires: 'require',
	causes: 'cause',
	establishes: 'establish'
};

/** The verb's base form: "involves" → "involve", "consists of" → "consist of". */
export function base(verb: string): string | undefined {
	return BASE_FORM[verb];
}

/** The trait idea of one lead sentence, or undefined. */
export function traitIdea(
	sentence: Sentence,
	article: ArticleView,
	previous?: Sentence
): Idea | undefined {
	const name = subjectName(article);
	if (!name) return undefined;
	// "It is usually attached to …" right after a sentence that opens on the subject.
	const it =
		previous &&
		/^It\s/u.test(sentence.text) &&
		article.ref?.pronoun !== 'he' &&
		article.ref?.pronoun !== 'she' &&
		namesSubject(previous.text.split(/\s+/).slice(0, 6).join(' '), article);
	const text = it ? `${name} ${sentence.text.slice(3)}` : subjectText(sentence, article);
	const passive = PASSIVE.exec(text);
	const active = passive ? undefined : ACTIVE.exec(text);
	const subject = (passive ?? active)?.[1];
	// The subject itself, not a kind of it ("A modern cash register is usually attached to …").
	if (!subject || !namesSubject(subject, article) || !sameName(subject, name)) return undefined;
	if (passive && NOT_A_TRAIT.test(passive[4])) return undefined;
	// "is regarded to as …", "is spoken of as …": a verb that takes a second preposition loses it
	// in "What is X <verb> to?" (U25 S31), whatever the participle.
	if (passive && /^as\s/iu.test(passive[6])) return undefined;
	// "is derived in large part from …": the preposition opens an adverb, and "What is X derived
	// in?" keyed "Large part from …" is broken (blind review 2027-01-16 S55, both reviewers).
	if (passive && ADVERBIAL.test(`${passive[5]} ${passive[6]}`)) return undefined;
	// The name as the lead writes it: "the Treaty on Open Skies", not "Treaty on Open Skies".
	const asked = subjectSurface(article) ?? name.replace(/^(?:A|An|The)\s/u, (w) => w.toLowerCase());
	let prompt: string;
	let object: string;
	if (passive) {
		const [, , verb, hedge, participle, prep, rest] = passive;
		prompt = `What ${verb} ${asked}${hedge ? ` ${hedge}` : ''} ${participle} ${prep}?`;
		object = rest;
	} else {
		const [, , hedge, verb, rest] = active!;
		const bare = base(verb);
		if (!bare) return undefined;
		prompt = `What does ${asked}${hedge ? ` ${hedge}` : ''} ${bare}?`;
		object = rest;
	}
	// "A modern cash register is usually attached to a printer": another sentence that says the
	// same verb of it gives a second answer.
	const said = passive ? `${passive[4]} ${passive[5]}` : active![3];
	const other = (s: Sentence) => s !== sentence && namesSubject(s.text, article);
	if (article.sentences.some((s) => other(s) && ` ${s.text} `.includes(` ${said} `)))
		return undefined;
	// "a tremor of the arms, hands or fingers but sometimes involves the head": one clause.
	const key = wholeKey(object.replace(/\s+but\s+.*$/u, ''), 24);
	if (!key || hollowDefinition(key, name, true) || thinKey(key, name, article.isPlace, 3))
		return undefined;
	return {
		kind: 'trait',
		sentence,
		type: 'flashcard',
		prompt: capitalise(prompt),
		answer: capitalise(key),
		span: sentence.text.split(/\s+/)[0],
		start: 0,
		weight: 2
	};
}

/** The first trait the lead paragraph states of the subject. */
export function traitIdeas(article: ArticleView): Idea[] {
	const first = article.sentences[0];
	if (!first) return [];
	const lead = article.sentences.filter(
		(s) => s.section === first.section && (article.marks(s)?.lead ?? s.index < 4)
	);
	// The first sentence too: "The Crookes radiometer consists of …" opens some articles.
	for (const [i, sentence] of lead.slice(0, 5).entries()) {
		const idea = traitIdea(sentence, article, lead[i - 1]);
		if (idea) return [idea];
	}
	return [];
}
