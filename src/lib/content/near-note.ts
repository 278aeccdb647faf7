/**
 * Why a typed answer marked wrong is nearly the key (`nearAnswer`), in words: the one wording
 * Study's "Almost" verdict (`nearNote`) and the class quiz's review and report share, so a near
 * miss reads the same wherever it is marked (issue 12, classroom: a near miss in a quiz read as
 * plain wrong to the student and the teacher).
 */
import { splitAside } from './answer-aside';
import { normalizeAnswer, type MarkedQuestion } from './answer-match';
import { nearAnswer, type NearMatch } from './answer-near';

/**
 * The words of `matched` (as it writes them) that `response` does not have: the key's "Party"
 * left out, or (the other way round) the answer's "base" added.
 */
function leftOut(matched: string, response: string): string {
	const given = new Set(normalizeAnswer(response).split(' '));
	return matched
		.split(/\s+/)
		.filter(
			(word) =>
				!normalizeAnswer(word)
					.split(' ')
					.every((part) => given.has(part))
		)
		.join(' ');
}

/**
 * How the answer's words differ from the key's: "with “from” for “of”", "with “base” added",
 * "without “of”".
 */
function wordsChanged(matched: string, response: string): string {
	const added = leftOut(response, matched);
	const missing = leftOut(matched, response);
	if (added && missing) return `with “${added}” for “${missing}”`;
	return added ? `with “${added}” added` : `without “${missing}”`;
}

/** What makes a near answer near, in words (`NearMatch`). */
function nearBecause(near: NearMatch, response: string): string {
	const key = `“${near.matched}”`;
	switch (near.kind) {
		case 'order':
			return `has the words of ${key} in another order`;
		case 'generic':
			return `is ${key} without “${leftOut(near.matched, response)}”`;
		case 'added':
		case 'small':
			return `is ${key} ${wordsChanged(near.matched, response)}`;
		case 'place':
			return `names the place or its people where ${key} names the other`;
		case 'family':
			return /\s/.test(response.trim())
				? `is ${key} ${wordsChanged(near.matched, response)}, another form of the same word`
				: `is another form of the word ${key}`;
		case 'aside':
			return `is ${key} with “${splitAside(response)?.aside}” in brackets, which this question does not list`;
	}
}

/**
 * The sentence that says how `response` is nearly the key or an accepted answer, ending in a
 * full stop: "“Bondsteel Camp” has the words of “Camp Bondsteel” in another order." Null for a
 * right answer, a plainly wrong one and any question that is not typed (`type` other than
 * 'short' or 'cloze': a choice is right or wrong by construction). It names the key, so a screen
 * that hides the answers must not show it.
 */
export function nearWhy(
	question: MarkedQuestion & { type: string },
	response: string
): string | null {
	if (question.type !== 'short' && question.type !== 'cloze') return null;
	const near = nearAnswer(response, question);
	if (!near) return null;
	return `“${response.trim()}” ${nearBecause(near, response)}.`;
}
