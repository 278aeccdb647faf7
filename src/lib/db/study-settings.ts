/** The student's study settings, stored in the `settings` table. */
import { readStudySettings, type StudySettings } from '$lib/srs/settings';
import { plain } from './plain';
import { getDb, type FlashpointDb } from './schema';

/** The `settings` row holding the student's `StudySettings`. */
export const STUDY_SETTINGS_KEY = 'study';

/** The stored study settings, with defaults for anything missing or invalid. */
export async function getStudySettings(db: FlashpointDb = getDb()): Promise<StudySettings> {
	const row = await db.settings.get(STUDY_SETTINGS_KEY);
	return readStudySettings(row?.value);
}

/**
 * Whether the student saved study settings on this device (a row exists; defaults are never
 * written). Replace would overwrite them, so they count as something to keep a copy of.
 */
export async function hasSavedStudySettings(db: FlashpointDb = getDb()): Promise<boolean> {
	return (await db.settings.get(STUDY_SETTINGS_KEY)) !== undefined;
}

export async function saveStudySettings(
	settings: StudySettings,
	db: FlashpointDb = getDb()
): Promise<void> {
	await db.settings.put({ key: STUDY_SETTINGS_KEY, value: plain(settings) });
}

/**
 * Writes only the given fields, on top of the settings stored at that moment (one transaction),
 * so a form opened before an import or reset cannot put back the old values of other fields.
 * Returns the settings now stored.
 */
export async function updateStudySettings(
	patch: Partial<StudySettings>,
	db: FlashpointDb = getDb()
): Promise<StudySettings> {
	return db.transaction('rw', db.settings, async () => {
		const next = { ...(await getStudySettings(db)), ...patch };
		await saveStudySettings(next, db);
		return next;
	});
}
