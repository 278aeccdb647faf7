import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { recordAnswer } from './answers';
import { exportProgress } from './backup';
import { freshDb } from './test-helpers';

const t0 = new Date(2026, 4, 12, 9, 0).getTime();

/**
 * A small real backup for the fuzzer: three questions, one answered twice, one forgotten.
 * `now` (ms) is a day after its export, the time the mutations are read at.
 */
export async function sampleBackup(): Promise<{ text: string; now: number }> {
	const db = freshDb();
	const answers: [string, 1 | 2 | 3 | 4, number][] = [
		['q0', 3, 0],
		['q1', 1, 1],
		['q2', 4, 2],
		['q0', 3, 86_400_000 * 2]
	];
	let last: Record<string, number> = {};
	for (const [questionId, rating, offset] of answers) {
		await recordAnswer(
			{
				questionId,
				rating,
				answeredAt: t0 + offset,
				durationMs: 2500,
				grading: 'self',
				correct: null,
				seenLastReview: last[questionId] ?? null
			},
			DEFAULT_STUDY_SETTINGS,
			db
		);
		last = { ...last, [questionId]: (await db.cards.get(questionId))!.lastReview! };
	}
	await db.settings.put({ key: 'study', value: DEFAULT_STUDY_SETTINGS });
	const text = JSON.stringify(await exportProgress(db, new Date(t0 + 3 * 86_400_000)));
	return { text, now: t0 + 4 * 86_400_000 };
}
