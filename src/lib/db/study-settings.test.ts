import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { getStudySettings, saveStudySettings, updateStudySettings } from './study-settings';
import { freshDb } from './test-helpers';

describe('updateStudySettings', () => {
	it('writes only the given fields on top of what is stored now', async () => {
		const db = freshDb();
		await saveStudySettings(
			{ ...DEFAULT_STUDY_SETTINGS, desiredRetention: 0.85, newPerDay: 7, learningSteps: ['5m'] },
			db
		);
		const saved = await updateStudySettings({ maxReviewsPerDay: 150 }, db);
		const expected = {
			...DEFAULT_STUDY_SETTINGS,
			desiredRetention: 0.85,
			newPerDay: 7,
			learningSteps: ['5m'],
			maxReviewsPerDay: 150
		};
		expect(saved).toEqual(expected);
		expect(await getStudySettings(db)).toEqual(expected);
		db.close();
	});
});
