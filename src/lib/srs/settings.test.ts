import { describe, expect, it } from 'vitest';
import {
	DEFAULT_STUDY_SETTINGS,
	parseStudySettingsForm,
	readStudySettings,
	toForm
} from './settings';

describe('study settings', () => {
	it('defaults to 90% retention, 20 new and 200 reviews a day', () => {
		expect(DEFAULT_STUDY_SETTINGS).toMatchObject({
			desiredRetention: 0.9,
			newPerDay: 20,
			maxReviewsPerDay: 200
		});
		expect(readStudySettings(undefined)).toEqual(DEFAULT_STUDY_SETTINGS);
		expect(readStudySettings({ newPerDay: 5 }).newPerDay).toBe(5);
		expect(readStudySettings({ desiredRetention: 2 })).toEqual(DEFAULT_STUDY_SETTINGS);
	});

	it('accepts the form with retention as a fraction or a percentage', () => {
		const form = {
			...toForm(DEFAULT_STUDY_SETTINGS),
			desiredRetention: '85%',
			learningSteps: '1m, 10m 1h'
		};
		const parsed = parseStudySettingsForm(form);
		expect(parsed).toEqual({
			ok: true,
			value: {
				...DEFAULT_STUDY_SETTINGS,
				desiredRetention: 0.85,
				learningSteps: ['1m', '10m', '1h']
			}
		});
		expect(parseStudySettingsForm({ ...form, desiredRetention: '0.95' }).ok).toBe(true);
	});

	it('explains each bad field', () => {
		const parsed = parseStudySettingsForm({
			desiredRetention: '0.5',
			newPerDay: '-1',
			maxReviewsPerDay: 'lots',
			learningSteps: '1m ten',
			relearningSteps: '',
			learnAheadMinutes: '20'
		});
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors.desiredRetention).toMatch(/between 0.7 and 0.99/);
		expect(parsed.errors.newPerDay).toMatch(/whole number/);
		expect(parsed.errors.maxReviewsPerDay).toMatch(/whole number/);
		expect(parsed.errors.learningSteps).toMatch(/“ten” is not a step/);
		expect(parsed.errors.relearningSteps).toBeUndefined();
	});

	it('refuses steps of a day or more, and steps out of order, with a clear message', () => {
		const form = toForm(DEFAULT_STUDY_SETTINGS);
		for (const steps of ['2d', '1d', '24h', '1440m', '10m 3d']) {
			const parsed = parseStudySettingsForm({ ...form, learningSteps: steps });
			expect(parsed.ok, steps).toBe(false);
			if (!parsed.ok) expect(parsed.errors.learningSteps).toMatch(/day or more/);
		}
		const backwards = parseStudySettingsForm({ ...form, relearningSteps: '10m 1m' });
		expect(backwards.ok).toBe(false);
		if (!backwards.ok) expect(backwards.errors.relearningSteps).toMatch(/shorter than the step/);
		expect(parseStudySettingsForm({ ...form, learningSteps: '10m 1h 23h' }).ok).toBe(true);
	});

	it('keeps every valid stored field when another is damaged or from an older version', () => {
		const stored = { newPerDay: 7, learningSteps: ['2d'], learnAheadMinutes: 'x' };
		expect(readStudySettings(stored)).toEqual({ ...DEFAULT_STUDY_SETTINGS, newPerDay: 7 });
		expect(readStudySettings({ learnAheadMinutes: 0 }).learnAheadMinutes).toBe(0);
	});
});
