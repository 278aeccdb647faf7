import type { StudySettings } from './settings';
import { toForm, type StudySettingsForm } from './settings';

/**
 * Keeping the Settings form honest while the stored settings change under it (a backup
 * imported, progress reset, another tab saving). The form remembers `base`, the stored values it
 * was last filled from: a field that still shows its base value is untouched and follows the
 * store; a field the student edited keeps their text. Saving writes only the edited fields, on
 * top of what is stored at that moment, so one field never overwrites the others with old values.
 */
export interface SettingsFormState {
	form: StudySettingsForm;
	base: StudySettingsForm;
}

const KEYS = [
	'desiredRetention',
	'newPerDay',
	'maxReviewsPerDay',
	'learningSteps',
	'relearningSteps',
	'learnAheadMinutes'
] as const satisfies readonly (keyof StudySettingsForm & keyof StudySettings)[];

/** The fields the student has changed from the stored values the form was filled from. */
export function editedFields(state: SettingsFormState): (keyof StudySettingsForm)[] {
	return KEYS.filter((key) => state.form[key] !== state.base[key]);
}

/**
 * New stored settings arrive: untouched fields show them, edited fields keep the student's
 * text. `changed` says whether any shown value changed (to tell the student why).
 */
export function followStored(
	state: SettingsFormState,
	stored: StudySettings
): SettingsFormState & { changed: boolean } {
	const base = toForm(stored);
	const edited = new Set(editedFields(state));
	const form = { ...state.form };
	let changed = false;
	for (const key of KEYS) {
		if (edited.has(key)) continue;
		if (form[key] !== base[key]) changed = true;
		form[key] = base[key];
	}
	return { form, base, changed };
}

/** What to write: the stored settings with only the edited fields taken from `parsed`. */
export function settingsPatch(
	state: SettingsFormState,
	parsed: StudySettings
): Partial<StudySettings> {
	const patch: Partial<StudySettings> = {};
	for (const key of editedFields(state)) Object.assign(patch, { [key]: parsed[key] });
	return patch;
}

/** After a save: the saved fields show their stored spelling ("90%" → "0.9") and are untouched. */
export function afterSave(state: SettingsFormState, saved: StudySettings): SettingsFormState {
	const base = toForm(saved);
	const form = { ...state.form };
	for (const key of editedFields(state)) form[key] = base[key];
	return { form, base };
}
