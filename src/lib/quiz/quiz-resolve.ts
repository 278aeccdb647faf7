import type { BankIndex } from '$lib/content/bank';
import { toQuizQuestion } from './build';
import { failure, type Decoded } from './envelope';
import { questionKey, quizContentHash, type DecodedQuiz } from './quiz-code';
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
		settings: decoded.settings
	};
	if (decoded.questions) return { ok: true, value: { ...base, questions: decoded.questions } };
	const refs = decoded.refs!;
	if (!bank) return mismatch('the question bank is not available');
	const ids = refs.keys ? idsOfKeys(refs.keys, bank) : (refs.ids ?? []);
	if (!ids) return mismatch(MISSING);
	const questions: QuizQuestion[] = [];
	for (const id of ids) {
		const q = bank.questionById.get(id);
		if (!q) return mismatch(MISSING);
		if (!(QUIZ_TYPES as readonly string[]).includes(q.type))
			return mismatch('it uses a question type a quiz cannot ask');
		questions.push(toQuizQuestion(q));
	}
	for (const { index, question } of refs.own ?? []) questions.splice(index, 0, question);
	if (new Set(questions.map((q) => q.id)).size !== questions.length)
		return mismatch('it asks one question twice');
	if (quizContentHash(questions) !== refs.hash)
		return mismatch(
			'your copy of the question bank words some questions differently from your teacher’s'
		);
	return { ok: true, value: { ...base, questions } };
}

/**
 * The bank ids that 48-bit `keys` (`questionKey`) name, in order; undefined when a key names no
 * question of `bank`, or two (then the key cannot say which).
 */
function idsOfKeys(keys: readonly string[], bank: BankIndex): string[] | undefined {
	const byKey = new Map<string, string | null>();
	for (const q of bank.bank.questions) {
		const key = questionKey(q.id);
		byKey.set(key, byKey.has(key) ? null : q.id);
	}
	const ids: string[] = [];
	for (const key of keys) {
		const id = byKey.get(key);
		if (!id) return undefined;
		ids.push(id);
	}
	return ids;
}
