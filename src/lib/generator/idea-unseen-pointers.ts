import type { ArticleView, Idea } from './ideas';

/**
 * Cards that point at text the student cannot see or give themselves away: pointers back, a key
 * cut at an initial, a revision instruction, a worked sum, a date impossible for the person, a
 * list item's gloss, an unframed description, a class of another thing.
 *
 * Blind reviews U30 and H8 (71 random Wikipedia articles and 34 handouts, issue 12, gen36): the
 * failure kinds no earlier rule caught. `unseenPointerRefuses` drops a card that points into text the
 * student cannot see, a key cut at an initial, a side fact or another sentence's words as a
 * key, and a true-or-false item made of a revision instruction or given away by arithmetic or by a
 * date impossible for the person. Each reads the card (prompt,
 * key, cited sentence). Pure.
 */

/**
 * True when a key stops at a name's initial: "… under President George H" of "George H. W.
 * Bush" (U30 S52, both reviewers: "cut off mid-name"). A key ending on one capital letter
 * that its sentence follows with a full stop lost the rest of the name.
 */
export function cutAtInitial(key: string, sentence: string): boolean {
	if (!/(?:^|\s)\p{Lu}$/u.test(key.trim())) return false;
	// The key's tail as the sentence writes it (the key's first word may be capitalised).
	const tail = key.trim().split(/\s+/u).slice(-3).join(' ');
	return sentence.includes(`${tail}.`);
}

/**
 * The instructions a handout's revision tips open on ("Practise calculating time differences
 * …", H8 S02: both reviewers, "an imperative, not a statement, cannot be true or false").
 */
const INSTRUCTION =
	/^(?:Practi[sc]e|Remember|Revise|Learn|Memori[sz]e|Make sure|Be sure|Try|Note|Compare|Explain|Describe|Calculate|Draw|Label|Think|Check|Look|Consider|Write|Read|Recall|Identify|List|Use|Work out|Don['’]t|Do not|Never|Always)\b/u;

/** True when a sentence tells the student what to do: no claim to ask. */
export function instruction(sentence: string): boolean {
	return INSTRUCTION.test(sentence.trim());
}

/** A count with "the" and no names: "the three countries", "the two sides" (H8 S42). */
const COUNTED_POINTER =
	/\b[Tt]he\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:\p{Ll}+\s+)?\p{Ll}+s\b(?!\s+(?:of|in|at|on|that|which|who|named|called)\b)/u;

/** Names joined by "and": "Britain, France and Israel" names the three. */
const NAMED_LIST = /\p{Lu}[\p{L}'’-]+,?\s+and\s+(?:the\s+)?\p{Lu}/u;

/**
 * Things a statement or key names by "the" only when an earlier sentence said which one: "The
 * crew splashed down …" (Apollo 11's, H8 S23), "moved the line" (the International Date Line,
 * S46), "near the site of the bakery" (Farriner's, S22). `idea-truth.ts` refuses the works,
 * places and bodies ("the play", "the city"); these are the rest the reviewers failed.
 */
const POINTER_NOUN =
	/\b[Tt]he\s+(?:crew|crews|line|bakery|shop|factory|mill|plant|mine|site|expedition|mission|voyage|flight|launch|rocket|spacecraft|vessel|boat|plane|aircraft|fleet|army|troops|regiment|unit|force|forces|government|regime|dynasty|king|queen|emperor|ruler|couple|pair|brothers|sisters|men|women|family|company|firm|group|committee|council|assembly|meeting|conference|plan|scheme|agreement|deal|dispute|campaign|project|programme|program|experiment|survey|report|letter|speech|trial|case|rebellion|revolt|uprising|siege|fire|flood|storm|earthquake|explosion|accident|disaster|attack|raid|invasion|crisis|dam|bridge|canal|tower|column|wall|road|railway|track|route|border|frontier|dome)\b(?!\s+(?:of|in|at|on|for|over|between|with|about|against|from|by|under|to|that|which|who|whose|called|named|known)\b)(?!\s+\p{Lu})/u;

/**
 * A verb that needs what was joined or left, with nothing after it: "Denmark, Ireland and the
 * United Kingdom joined in 1973" (joined what? the EEC, one sentence back; H8 S26), "Denmark
 * withdrew with the Peace of Lübeck" (S43).
 */
const NO_OBJECT =
	/\b(?:joined|rejoined|withdrew|seceded)\s*(?:$|[,.;]|(?:in|on|at|with|after|before|during|when|by|under|as)\b)/u;

/**
 * True when a statement or a key leans on a referent only an earlier sentence gives: a counted
 * "the three countries" with no names beside it, a definite "the crew" / "the line" / "the
 * bakery", or "joined"/"withdrew" with no object. Both reviewers failed all five (H8 S22, S23,
 * S26, S42, S46).
 */
export function pointsBack(text: string): boolean {
	return (
		(COUNTED_POINTER.test(text) && !NAMED_LIST.test(text)) ||
		POINTER_NOUN.test(text) ||
		NO_OBJECT.test(text)
	);
}

/** Numbers as written in a sentence: "23", "1,200", "4.5". */
function numbersIn(text: string): number[] {
	return [...text.matchAll(/(?<![\d.,])\d+(?:,\d{3})*(?:\.\d+)?(?![\d,.]\d)/gu)].map((m) =>
		Number(m[0].replace(/,/gu, ''))
	);
}

/**
 * True when a sentence works a sum or a product on its own numbers: "a sperm with 23 … an egg
 * with 23, the zygote has 46" (23 + 23 = 46). Swapping one of them gives a false statement away
 * by arithmetic ("8 … 23 … 46", H8 S29, both reviewers: "false without any biology").
 */
export function worksASum(sentence: string): boolean {
	const n = numbersIn(sentence).filter((x) => x < 1000 || !Number.isInteger(x) || x > 2100);
	for (let i = 0; i < n.length; i++)
		for (let j = i + 1; j < n.length; j++)
			for (let k = 0; k < n.length; k++) {
				if (k === i || k === j) continue;
				const [a, b, c] = [n[i], n[j], n[k]];
				if (a + b === c || (a * b === c && a > 1 && b > 1) || Math.abs(a - b) === c) return true;
			}
	return false;
}

/** A person named with a title or a regnal number: "Queen Elizabeth I", "Louis XIV", "Pope Leo". */
const DATED_PERSON =
	/\b(?:King|Queen|Emperor|Empress|Tsar|Tsarina|Pope|Sultan|Shah|Pharaoh|President|Prime Minister|Chancellor|Prince|Princess|Duke|Duchess)\s+\p{Lu}|\b\p{Lu}\p{Ll}+\s+(?:I{1,3}|IV|V|VI{1,3}|IX|X{1,3}|XI{1,3}|XIV|XV|XVI{1,3}|XIX|XX)\b/u;

/** Years of a text, in order. */
const yearsIn = (text: string) =>
	[...text.matchAll(/\b(?:1[0-9]|20)\d\d\b/gu)].map((m) => Number(m[0]));

/**
 * True when a false statement's swapped year lies far from the true one while it names a ruler
 * or an office holder: "In 1669 Queen Elizabeth I withdrew …" (the true year 1598; H8 S71, both
 * reviewers: "she died in 1603, false on sight"). Forty years or more outlives most reigns and
 * terms; a nearer year stays a fair swap.
 */
export function impossibleForPerson(idea: Idea): boolean {
	if (idea.kind !== 'truth' || idea.answer !== 'false' || !DATED_PERSON.test(idea.prompt))
		return false;
	const told = yearsIn(idea.sentence.text);
	const asked = yearsIn(idea.prompt).filter((y) => !told.includes(y));
	return asked.some((y) => told.every((t) => t !== y) && told.some((t) => Math.abs(t - y) >= 40));
}

/**
 * A gloss that tells a person's background, not what they did: "a carpenter by training from
 * Lincolnshire" for the clockmaker John Harrison (H8 S08), "an engineer who had survived
 * imprisonment in the labour camps" for Sergei Korolev (S51): both reviewers failed both as a
 * side detail that marks the answer that matters wrong.
 */
const BACKGROUND =
	/\b(?:by (?:training|profession|trade|birth)|who had (?:survived|studied|trained)|originally from|a native of|born in)\b/u;

/**
 * A key that is a clause of another thing: "A white dwarf cannot support itself against
 * gravity" for "What was the Sun?" (the sentence's "the mass of the Sun, a white dwarf cannot
 * …", H8 S19, both reviewers: "not an answer to the prompt"). A modal or an auxiliary after the
 * key's head, with no relative word before it, makes the key a sentence of its own.
 */
const CLAUSE_KEY =
	/^(?:an?|the)\s+(?:(?!that\b|which\b|who\b|whose\b|where\b|when\b)[\p{L}'’-]+\s+){1,4}(?<!\bto\s)(?:cannot|can|could|will|would|must|may|might|should|shall)\b/iu;

/**
 * True when an apposition's gloss is one item of a list the name stands in: "a contest for
 * prestige during the Cold War, a test of each system's industry …, and a public demonstration
 * …" gave "What was the Cold War?" → "A test of …" (the Space Race's, H8 S40, both reviewers:
 * "the key is wrong").
 */
export function listItemGloss(idea: Idea): boolean {
	if (!/^(?:What|Who)\s+(?:is|was|are|were)\s/u.test(idea.prompt)) return false;
	const text = idea.sentence.text;
	const at = text.toLowerCase().indexOf(idea.answer.toLowerCase());
	if (at < 0) return false;
	const after = text.slice(at + idea.answer.length);
	return /^,\s+and\s+(?:an?|the)\s/u.test(after) && /^(?:an?|the)\s/iu.test(idea.answer);
}

/** Words too plain to frame a description: "large", "different", "each" … */
const PLAIN =
	/^(?:that|this|these|those|each|every|which|where|when|with|from|into|onto|over|under|large|small|different|same|other|open|across|between|three|four|five|many|some|very|more|most|their|them|they|part|kind|type|form|thing|things|place|places)$/u;

/**
 * True when a "What are X called?" prompt describes X with no word of its text's topic, so it
 * has many answers out of the text: "What are large open spaces called?" (caverns, in a karst
 * handout), "What are deposits that spread across walls and floors called?" (flowstone; H8 S13,
 * S36, both reviewers: "no cave context"; also review 2026-12-30 S35, "What is the outermost layer called?"). A
 * topic word is one the text writes five times or more ("the junction between two neurones",
 * "different versions of the same gene", both accepted).
 */
export function unframedDescription(idea: Idea, article: ArticleView): boolean {
	const asked = /^What\s+(?:is|are)\s+(.+)\s+called\?$/u.exec(idea.prompt);
	if (!asked) return false;
	const text = article.sentences.map((s) => s.text.toLowerCase()).join(' ');
	const topical = (word: string) => {
		const stem = word.slice(0, Math.max(4, word.length - 1));
		return (text.match(new RegExp(String.raw`\b${stem}`, 'gu')) ?? []).length >= 5;
	};
	return !asked[1]
		.toLowerCase()
		.split(/[^\p{L}]+/u)
		.filter((w) => w.length >= 4 && !PLAIN.test(w))
		.some(topical);
}

/**
 * True when a prompt names its subject by a work's class that the key gives to another thing:
 * "What are the series Thiel and Boerne?" → "The lead protagonists of the German television
 * series, Tatort Münster" (U30 S24, both reviewers: "Thiel and Boerne are characters, not a
 * series"). The class word after "of" (or any preposition) in the key is what the subject belongs
 * to, is based on or is set in, not what it is.
 */
export function classOfAnother(idea: Idea): boolean {
	const asked =
		/^(?:What|Who)\s+(?:is|are|was|were)\s+the\s+(novel|film|series|album|song|single|band|book|play|game|show|poem|opera|musical|painting|magazine)\s/u.exec(
			idea.prompt
		);
	if (!asked) return false;
	const at = idea.answer.toLowerCase().indexOf(asked[1]);
	// "… film based on the Batman television series", "a planet in the … series": after any
	// preposition the class is what the subject is based on or set in (gen40, 2027-01-16 S57).
	return at > 0 && /\s(?:of|on|in|from|for|by|with|about|to)\s/u.test(idea.answer.slice(0, at));
}

/** True when blind reviews U30 and H8 fail the card on sight (see each rule). */
export function unseenPointerRefuses(idea: Idea, article: ArticleView): boolean {
	const statement = idea.kind === 'truth';
	return (
		cutAtInitial(idea.answer, idea.sentence.text) ||
		instruction(idea.sentence.text) ||
		((statement || idea.prompt.includes('____')) && pointsBack(idea.prompt)) ||
		(!statement && idea.type === 'flashcard' && pointsBack(idea.answer)) ||
		(statement && idea.answer === 'false' && worksASum(idea.sentence.text)) ||
		impossibleForPerson(idea) ||
		(/^Who\s/u.test(idea.prompt) && BACKGROUND.test(idea.answer)) ||
		(/^(?:What|Who)\s+(?:is|was|are|were)\s/u.test(idea.prompt) && CLAUSE_KEY.test(idea.answer)) ||
		listItemGloss(idea) ||
		classOfAnother(idea) ||
		unframedDescription(idea, article)
	);
}
