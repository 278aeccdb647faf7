import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS, parseStudySettingsForm, toForm } from './settings';
import { afterSave, editedFields, followStored, settingsPatch } from './settings-form';

const restored = {
	...DEFAULT_STUDY_SETTINGS,
	desiredRetention: 0.85,
	newPerDay: 7,
	learningSteps: ['5m', '30m']
} as const;

describe('settings form', () => {
	const opened = { form: toForm(DEFAULT_STUDY_SETTINGS), base: toForm(DEFAULT_STUDY_SETTINGS) };

	it('shows new stored values in untouched fields (after an import or reset)', () => {
		const next = followStored(opened, { ...restored, learningSteps: [...restored.learningSteps] });
		expect(next.changed).toBe(true);
		expect(next.form).toEqual(toForm({ ...restored, learningSteps: ['5m', '30m'] }));
		expect(editedFields(next)).toEqual([]);
	});

	it('keeps what the student is typing', () => {
		const typing = { ...opened, form: { ...opened.form, maxReviewsPerDay: '150' } };
		const next = followStored(typing, { ...restored, learningSteps: ['5m', '30m'] });
		expect(next.form.maxReviewsPerDay).toBe('150');
		expect(next.form.newPerDay).toBe('7');
		expect(editedFields(next)).toEqual(['maxReviewsPerDay']);
	});

	it('saving one field writes only that field, not stale values of the others', () => {
		// Opened before an import; the student changes one field; the import lands meanwhile.
		const typing = { ...opened, form: { ...opened.form, maxReviewsPerDay: '150' } };
		const parsed = parseStudySettingsForm(typing.form);
		if (!parsed.ok) throw new Error('valid form');
		expect(settingsPatch(typing, parsed.value)).toEqual({ maxReviewsPerDay: 150 });
	});

	it('after a save, the saved field shows the stored spelling and is untouched again', () => {
		const typing = { ...opened, form: { ...opened.form, desiredRetention: '85%' } };
		const saved = { ...DEFAULT_STUDY_SETTINGS, desiredRetention: 0.85 };
		const next = afterSave(typing, saved);
		expect(next.form.desiredRetention).toBe('0.85');
		expect(editedFields(next)).toEqual([]);
	});

	it('says nothing changed when the store wrote what is shown', () => {
		expect(followStored(opened, DEFAULT_STUDY_SETTINGS).changed).toBe(false);
	});
});
