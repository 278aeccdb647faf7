// Shared by the blind-review sample scripts (`review-sample.ts` for the bank, `review-unseen.ts`
// for drafts of unseen articles): one seeded draw and one layout, so every sample reads alike.
import type { Question, SourceDocument } from '../src/lib/content/schema';
// mulberry32: the same seed draws the same sample anywhere (the quiz's shuffles use it too).
import { seededRandom } from '../src/lib/quiz/random';

/**
 * `n` questions drawn with `seed`: a partial Fisher–Yates over the questions sorted by id, so
 * the order they come in does not matter. All of them (in random order) when `n` ≥ their count.
 */
export function drawSample(questions: Question[], n: number, seed: number): Question[] {
	const pool = [...questions].sort((a, b) => (a.id < b.id ? -1 : 1));
	const count = Math.min(n, pool.length);
	const random = seededRandom(seed);
	for (let i = 0; i < count; i++) {
		const j = i + Math.floor(random() * (pool.length - i));
		[pool[i], pool[j]] = [pool[j], pool[i]];
	}
	return pool.slice(0, count);
}

export function typeLabel(type: Question['type']): string {
	return {
		mcq: 'multiple choice',
		truefalse: 'true or false',
		cloze: 'fill the blank (typed)',
		short: 'short answer (typed)',
		flashcard: 'flashcard (self-graded)'
	}[type];
}

/** Sample number as the reviewer sees it: S01, S02… */
export function sampleNumber(index: number): string {
	return `S${String(index + 1).padStart(2, '0')}`;
}

/** One question as the reviewer reads it; `file` is the article's path in the repository. */
export function renderQuestion(
	q: Question,
	index: number,
	doc: SourceDocument,
	file: string
): string {
	const lines = [`## ${sampleNumber(index)} (${typeLabel(q.type)})`, ''];
	lines.push(`**Prompt:** ${q.prompt}`, '');
	if (q.choices) lines.push('**Choices:**', ...q.choices.map((c) => `- ${c}`), '');
	lines.push(`**Key:** ${q.answer}`);
	if (q.accept?.length) lines.push(`**Also accepted:** ${q.accept.join(' · ')}`);
	lines.push('', `**Explanation shown after answering:** ${q.explanation}`, '');
	lines.push(`**Cited source:** ${doc.title} (${doc.outlet}, ${doc.date}) — file \`${file}\``);
	lines.push(`**Cited sentence:** ${q.source.quote}`, '');
	return lines.join('\n');
}

// What the student is told in the README: a reviewer judging "one defensible answer" for a
// typed question needs the same rules (blind review B2 failed accented names it accepts).
export const TYPED_ANSWERS_NOTE = [
	'How typed answers are marked (as the app tells students): case, accents, punctuation and a',
	'leading “the” or preposition are ignored; one typo is forgiven in a longer word (never in a',
	'number); numbers, amounts, percentages and dates count by value however written (“18.2.2008”,',
	'“Feb 18, 2008” and “18 February 2008” are one date; “90 percent” is “90%”); the key and every',
	'“Also accepted” form count; anything else is marked wrong, and the student may press',
	'“I was right” to count it as right.'
];
