/**
 * Whether a study answer is in progress anywhere in the app. The update prompt reads
 * `studyActivity.busy` and never reloads while it is true: a question is on screen (the
 * student may be typing or thinking) or an answer is still being saved.
 */
class StudyActivity {
	questionOpen = $state(false);
	saving = $state(false);

	get busy(): boolean {
		return this.questionOpen || this.saving;
	}
}

export const studyActivity = new StudyActivity();
