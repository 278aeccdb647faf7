/**
 * The one place the quiz talks to study progress. The study storage (another module) will
 * export `queueQuestionsForStudy(questionIds: string[]): Promise<void>`, which adds the given
 * bank questions to the student's study queue and changes nothing else. Until it is wired,
 * `studyBridge` is null and the quiz hides its "Add to my study queue" button rather than
 * pretend. INTEGRATOR: replace `null` with
 *     { queueQuestionsForStudy: (ids) => queueQuestionsForStudy(ids) }
 * importing it from the study module.
 */
export interface StudyBridge {
	queueQuestionsForStudy(questionIds: string[]): Promise<void>;
}

export const studyBridge: StudyBridge | null = null;
