import type { BankIndex } from '$lib/content/bank';
import { toQuizQuestion } from './build';
import { failure, type Decoded } from './envelope';
import { quizContentHash } from './content-hash';
import { questionKey, type DecodedQuiz, type RewordedRef } from './quiz-code';
import { inlineToQuestion } from './quiz-payload';
import { applyChanges } from './reworded';
import { QUIZ_TYPES, type Quiz, type QuizQuestion } from './types';

const mismatch = (why: string) =>
	failure(
		'bank-mismatch',
		`This quiz cannot start on this device: ${why}. Reload Flashpoint while online to get the latest questions, or ask your teacher to check that their app is up to date.`
	);

const MISSING = 'it uses questions your copy of the question bank does not have';

/**
 * Gives a decoded quiz (`decodeQuiz`) its questions: its own, or the matching ones from this
 * device's bank (`bank`; null when it could not load). A reference quiz is refused
 * ('bank-mismatch', with what to do) unless every question is found and their content hash is
 * the teacher's, so a student never answers other questions than the teacher set.
 */
export function resolveQuiz(decoded: DecodedQuiz, bank: BankIndex | null): Decoded<Quiz> {
	const base = {
		id: decoded.id,
		title: decoded.title,
		createdAt: decoded.createdAt,
		settings: decoded.settings,
		...(decoded.lean ? { lean: true, version: decoded.version } : {})
	};
	if (decoded.questions) return { ok: true, value: { ...base, questions: decoded.questions } };
	const refs = decoded.refs!;
	if (!bank) return mismatch('the question bank is not available');
	const byKey = keyIndex(bank);
	const ids = refs.keys ? idsOfKeys(refs.keys, byKey) : (refs.ids ?? []);
	if (!ids) return mismatch(MISSING);
	const questions: QuizQuestion[] = [];
	for (const id of ids) {
		const q = bank.questionById.get(id);
		if (!q) return mismatch(MISSING);
		if (!(QUIZ_TYPES as readonly string[]).includes(q.type))
			return mismatch('it uses a question type a quiz cannot ask');
		questions.push(toQuizQuestion(q));
	}
	const placed = [...(refs.own ?? [])];
	for (const row of refs.reworded ?? []) {
		const question = rewordedQuestion(row, bank, byKey);
		if (typeof question === 'string') return mismatch(question);
		placed.push({ index: row.index, question });
	}
	placed.sort((a, b) => a.index - b.index);
	for (const { index, question } of placed) questions.splice(index, 0, question);
	if (new Set(questions.map((q) => q.id)).size !== questions.length)
		return mismatch('it asks one question twice');
	if (quizContentHash(questions) !== refs.hash)
		return mismatch(
			'your copy of the question bank words some questions differently from your teacher’s'
		);
	return { ok: true, value: { ...base, questions } };
}

/**
 * A reworded question (`reworded.ts`) from its original in `bank`, checked like a carried one;
 * a string says why it cannot be asked on this device.
 */
function rewordedQuestion(
	row: RewordedRef,
	bank: BankIndex,
	byKey: Map<string, string | null>
): QuizQuestion | string {
	const place = `question ${row.index + 1} is your teacher’s rewording of a question`;
	const id = byKey.get(row.key);
	const original = id && bank.questionById.get(id);
	if (!original || !(QUIZ_TYPES as readonly string[]).includes(original.type))
		return `${place} your copy of the question bank does not have`;
	const inline = applyChanges(toQuizQuestion(original), row.id, row.changes);
	const question = inline && inlineToQuestion(inline, row.index);
	if (!question || typeof question === 'string')
		return `${place} your copy of the question bank words differently`;
	return question;
}

/** Each bank question's 48-bit key (`questionKey`) to its id; null for a key two ids share. */
function keyIndex(bank: BankIndex): Map<string, string | null> {
	const byKey = new Map<string, string | null>();
	for (const q of bank.bank.questions) {
		const key = questionKey(q.id);
		byKey.set(key, byKey.has(key) ? null : q.id);
	}
	return byKey;
}

/**
 * The bank ids that 48-bit `keys` name, in order; undefined when a key names no question of
 * the bank, or two (then the key cannot say which).
 */
function idsOfKeys(
	keys: readonly string[],
	byKey: Map<string, string | null>
): string[] | undefined {
	const ids: string[] = [];
	for (const key of keys) {
		const id = byKey.get(key);
		if (!id) return undefined;
		ids.push(id);
	}
	return ids;
}
