/**
 * Which questions are siblings (Anki's term: cards of one note, buried together): two questions
 * sharing a fact or a source sentence test the same thing. The keys are stored on course rows
 * and read by the queue, Home's counts and the generator. Pure.
 */
import type { QueueQuestion } from './queue';

/**
 * A short key for a source sentence (`doc` + `quote`): cyrb53, a 53-bit string hash, so a
 * course row keeps about 11 characters per question instead of the quote. A collision between
 * two of a few thousand sentences is about 1 in 10^9.
 */
export function sentenceKey(source: { doc: string; quote: string }): string {
	const text = `${source.doc}\u0000${source.quote}`;
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ code, 2654435761);
		h2 = Math.imul(h2 ^ code, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * A question's source-sentence key, if it has one: an imported question without a source
 * sentence (empty quote) has none, so such questions are not all siblings of each other.
 */
function sentenceOf(question: QueueQuestion): string | undefined {
	if (question.sentence !== undefined) return question.sentence;
	return question.source?.quote ? sentenceKey(question.source) : undefined;
}

/** What the queue keeps of a bank question (for course rows): id, fact, sentence, type, rank. */
export function toQueueQuestion(question: QueueQuestion): QueueQuestion {
	const sentence = sentenceOf(question);
	return {
		id: question.id,
		fact: question.fact,
		...(sentence !== undefined && { sentence }),
		...(question.type !== undefined && { type: question.type }),
		...(question.rank !== undefined && { rank: question.rank })
	};
}

const siblingMaps = new WeakMap<readonly QueueQuestion[], Map<string, readonly string[]>>();

/**
 * A question's sibling keys: its fact, and its source sentence (issue 9: two questions on one
 * sentence test the same thing, whatever their fact key). Two questions sharing any key are
 * siblings. Strings `fact\u0000<fact>` and `sentence\u0000<sentence key>`.
 */
export function questionSiblingKeys(question: QueueQuestion): string[] {
	const sentence = sentenceOf(question);
	const keys = [`fact\u0000${question.fact}`];
	if (sentence !== undefined) keys.push(`sentence\u0000${sentence}`);
	return keys;
}

/** Each question's sibling keys (`questionSiblingKeys`), cached per bank array. */
export function siblingKeysOf(questions: readonly QueueQuestion[]): Map<string, readonly string[]> {
	let map = siblingMaps.get(questions);
	if (!map) {
		map = new Map(questions.map((q) => [q.id, questionSiblingKeys(q)]));
		siblingMaps.set(questions, map);
	}
	return map;
}
