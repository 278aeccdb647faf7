import { isHandout } from './handout';
import type { ArticleView, Idea } from './ideas';
import { capitalise } from './idea-text';
import type { Sentence } from './text';

/**
 * A handout's fact file (gen77, issue 12's recall): a box headed "Fact file" or "Key facts" of
 * labelled lines, "Location: northern Velmland, between the sea and the hills", "Founded: around
 * the 12th century, as a river camp", "Famous for: salt; glass; old maps". No kind read them (a
 * label is no term, `idea-term-key-stops.ts` refuses it as one), and several handouts with such a box got
 * no draft at all. Each line a teacher would test is asked of the box's topic by its label's
 * own question: "Where is the Velm Dam?", "When was Velmport founded?", "What is Velmport
 * famous for?", "What is the capital of Velmland?". The topic is named (the heading's own, "Fact
 * file: the *Endurance*", else the document's title), so the card stands alone. Measures
 * ("Height: about 221 metres") are left out as trivia, hedged values ("probably …") as unsure,
 * a founding or building with no date as no answer to "When". Handouts only (`isHandout`). Pure.
 */

/** A box of facts by its heading: "Fact file", "Key facts", "Quick facts", "At a glance". */
const FACT_BOX =
	/^(?:fact\s*file|key\s+facts|quick\s+facts|facts\s+at\s+a\s+glance|at\s+a\s+glance)(?:\s*[:–—-]\s*(.+))?$/iu;

/** "Label: value": a label of one or two words, a value in lower case or a name. */
const LABELLED = /^(\p{Lu}[\p{Ll}]+(?:\s+\p{Ll}+)?)\s*:\s+(\S.*?)\.?$/u;

/** A value the box itself doubts. */
const HEDGE = /\b(?:probably|perhaps|possibly|maybe|uncertain|unknown|disputed|thought\s+to)\b/iu;

/** How each label is asked; `name` cuts the value at its first comma (the rest is an aside). */
interface LabelQuestion {
	ask: (topic: string, be: string) => string;
	/** The key is a name: the value before its first comma. */
	name?: boolean;
	/** The key must hold a date (a year, a century). */
	dated?: boolean;
	/** The value is a list whose items ";" joins: kept whole. */
	list?: boolean;
}

const LABELS: Record<string, LabelQuestion> = {
	location: { ask: (t, be) => `Where ${be} ${t}?` },
	capital: { ask: (t) => `What is the capital of ${t}?`, name: true },
	country: { ask: (t, be) => `In which country ${be} ${t}?`, name: true },
	river: { ask: (t, be) => `On which river ${be} ${t}?`, name: true },
	'famous for': { ask: (t, be) => `What ${be} ${t} famous for?`, list: true },
	'known for': { ask: (t, be) => `What ${be} ${t} known for?`, list: true },
	'named after': { ask: (t, be) => `Who ${be} ${t} named after?`, name: true },
	founded: { ask: (t, be) => `When ${be === 'are' ? 'were' : 'was'} ${t} founded?`, dated: true },
	built: { ask: (t, be) => `When ${be === 'are' ? 'were' : 'was'} ${t} built?`, dated: true }
};

/** Words of a value that make it a date: a year, a century, a decade. */
const DATE = /\b(?:\d{3,4}|\d{1,2}(?:st|nd|rd|th)\s+century|\d{3}0s)\b/u;

/**
 * The box's topic as a question names it, or undefined: the heading's own ("Fact file: the
 * *Endurance*" → "the Endurance"), else the title ("The Velm Dam" → "the Velm Dam"); a title
 * with two parts, a question or a clause ("Velm and Salt", "How dams work") names no one topic.
 */
export function factTopic(heading: string, title: string): string | undefined {
	const own = FACT_BOX.exec(heading.trim())?.[1];
	const topic = (own ?? title).replace(/[*_]/gu, '').trim();
	if (!topic || /[:;?,]|\s(?:and|or|&)\s/u.test(topic)) return undefined;
	const words = topic.split(/\s+/u);
	if (words.length > 5 || /^(?:how|why|what|when|where|who|which)$/iu.test(words[0]))
		return undefined;
	// Every word but "the"/"of" a name's: a title in sentence case is a phrase, not a name.
	if (
		!words.every(
			(w, i) =>
				/^\p{Lu}/u.test(w) || (i === 0 && /^the$/iu.test(w)) || /^(?:of|the|de|la)$/u.test(w)
		)
	)
		return undefined;
	return topic.replace(/^The\s/u, 'the ');
}

/** The card of one labelled line of a fact box about `topic`, or undefined. */
export function factLineIdea(sentence: Sentence, topic: string): Idea | undefined {
	const m = LABELLED.exec(sentence.text.trim());
	if (!m) return undefined;
	const [, label, value] = m;
	const question = LABELS[label.toLowerCase()];
	if (!question || HEDGE.test(value)) return undefined;
	// "the Nile, in southern Velmland": a name's or a date's aside after a comma ("around the
	// 12th century, as a river camp"); a list after ";" is another fact.
	const whole = value.split(/\s*;\s*/u)[0];
	const key = question.list
		? value
		: question.name || question.dated
			? whole.split(/,\s+/u)[0]
			: whole;
	if (question.dated && !DATE.test(key)) return undefined;
	// "Who is the Velm Dam named after?" → "Anna Velm": the topic gives the key away.
	const named = new Set(topic.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)));
	if (key.split(/\s+/u).some((w) => named.has(w))) return undefined;
	const words = key.split(/\s+/u).length;
	if (words > 20) return undefined;
	// A plural topic ("the Great Lakes") takes "are"; a name ending in "s" ("Athens") does not
	// start with "the".
	const plural = /^the\s/u.test(topic) && /[^su]s$/u.test(topic);
	return {
		kind: 'glossary',
		sentence,
		type: 'flashcard',
		prompt: question.ask(topic, plural ? 'are' : 'is'),
		answer: capitalise(key),
		start: 0,
		span: key,
		context: sentence.text,
		weight: 1
	};
}

/** The fact-box cards of a handout, in reading order. */
export function factFileIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	const title = (article.doc.title ?? article.title).trim();
	return article.sentences.flatMap((sentence) => {
		const heading = sentence.section ?? '';
		if (!FACT_BOX.test(heading.trim())) return [];
		const topic = factTopic(heading, title);
		return topic ? (factLineIdea(sentence, topic) ?? []) : [];
	});
}
