/**
 * Whether a study answer is in flight anywhere in the app. The root layout turns `busy` into
 * an update hold, so "Reload" for a new version never interrupts an answer: it waits while an
 * answer (or an undo) is being written, or while one that could not be saved (a full disk) waits on screen
 * for Retry. A question that is merely on screen holds nothing: it is shown again after the
 * reload, since nothing about it has been recorded yet.
 */
class StudyActivity {
	saving = $state(false);
	unsaved = $state(false);

	get busy(): boolean {
		return this.saving || this.unsaved;
	}
}

export const studyActivity = new StudyActivity();
