import * as v from 'valibot';
import type { StepUnit } from 'ts-fsrs';

/** What a student can tune about scheduling. Stored in the `settings` table under `study`. */
export interface StudySettings {
	/** The chance of remembering a card when it comes due (FSRS's `request_retention`). */
	desiredRetention: number;
	/** New questions introduced per study day. */
	newPerDay: number;
	/** Answers to review cards (not learning steps) per study day. */
	maxReviewsPerDay: number;
	/** Short intervals for a new card before it graduates, e.g. `['1m', '10m']`. */
	learningSteps: StepUnit[];
	/** Short intervals for a forgotten card before it returns to review, e.g. `['10m']`. */
	relearningSteps: StepUnit[];
	/**
	 * Learn-ahead limit (minutes): a learning card due within this long is shown now when
	 * nothing else is left; one due later waits. Anki's setting, default 20.
	 */
	learnAheadMinutes: number;
}

export const DEFAULT_STUDY_SETTINGS: StudySettings = {
	desiredRetention: 0.9,
	newPerDay: 20,
	maxReviewsPerDay: 200,
	learningSteps: ['1m', '10m'],
	relearningSteps: ['10m'],
	learnAheadMinutes: 20
};

/** A question forgotten this many times is a leech: flagged and listed on Home. */
export const LEECH_LAPSES = 8;

export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.99;
export const PER_DAY_MAX = 9999;
/** Longest learn-ahead limit (minutes): a day, beyond which "today" would mean "ahead". */
export const LEARN_AHEAD_MAX = 1440;

/** Minutes in a step (`10m`, `6h`, `2d`). */
export function stepMinutes(step: string): number {
	const value = Number.parseInt(step, 10);
	const unit = step.at(-1);
	return unit === 'd' ? value * 1440 : unit === 'h' ? value * 60 : value;
}

/**
 * Why a list of steps is refused, or null. Steps of a day or more are refused, as Anki's
 * manual advises with FSRS: FSRS schedules days itself, and a day-long step would make Hard
 * (1.5 × the step, or between the first two) later than Good's interval. A step shorter than
 * the one before would make Good come back sooner than Again.
 */
export function stepsProblem(steps: readonly string[]): string | null {
	const long = steps.find((step) => stepMinutes(step) >= 1440);
	if (long !== undefined)
		return `“${long}” is a day or more. Steps must be shorter than a day (like 10m or 6h): FSRS plans the days after them itself.`;
	const shorter = steps.findIndex(
		(step, i) => i > 0 && stepMinutes(step) < stepMinutes(steps[i - 1])
	);
	if (shorter > 0)
		return `“${steps[shorter]}” is shorter than the step before it. Put the steps in order, shortest first.`;
	return null;
}

const stepPattern = /^(?:[1-9]\d{0,3})(?:m|h|d)$/;
const StepSchema = v.pipe(
	v.string(),
	v.regex(stepPattern, 'a step is a whole number then m or h, like 10m'),
	v.transform((step) => step as StepUnit)
);
const StepsSchema = v.pipe(
	v.array(StepSchema),
	v.maxLength(10, 'at most 10 steps'),
	v.check((steps) => stepsProblem(steps) === null, 'steps are under a day, shortest first')
);

export const StudySettingsSchema = v.object({
	desiredRetention: v.pipe(
		v.number(),
		v.minValue(RETENTION_MIN, `desired retention is at least ${RETENTION_MIN}`),
		v.maxValue(RETENTION_MAX, `desired retention is at most ${RETENTION_MAX}`)
	),
	newPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(PER_DAY_MAX)),
	maxReviewsPerDay: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(PER_DAY_MAX)),
	learningSteps: StepsSchema,
	relearningSteps: StepsSchema,
	learnAheadMinutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LEARN_AHEAD_MAX))
});

/**
 * Stored settings, each field checked on its own: a missing or damaged field (or one an older
 * version allowed, like a `2d` step) takes its default and the others are kept.
 */
export function readStudySettings(stored: unknown): StudySettings {
	const partial = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
		string,
		unknown
	>;
	const settings = { ...DEFAULT_STUDY_SETTINGS } as Record<string, unknown>;
	for (const [key, schema] of Object.entries(StudySettingsSchema.entries)) {
		const result = v.safeParse(schema, partial[key]);
		if (result.success) settings[key] = result.output;
	}
	return structuredClone(settings) as unknown as StudySettings;
}

/** The Settings form's text fields. */
export interface StudySettingsForm {
	desiredRetention: string;
	newPerDay: string;
	maxReviewsPerDay: string;
	learningSteps: string;
	relearningSteps: string;
	learnAheadMinutes: string;
}

export type StudySettingsErrors = Partial<Record<keyof StudySettingsForm, string>>;

export function toForm(settings: StudySettings): StudySettingsForm {
	return {
		desiredRetention: String(settings.desiredRetention),
		newPerDay: String(settings.newPerDay),
		maxReviewsPerDay: String(settings.maxReviewsPerDay),
		learningSteps: settings.learningSteps.join(' '),
		relearningSteps: settings.relearningSteps.join(' '),
		learnAheadMinutes: String(settings.learnAheadMinutes)
	};
}

function parseCount(text: string, label: string): number | string {
	const trimmed = text.trim();
	if (!/^\d+$/.test(trimmed)) return `${label} must be a whole number, 0 or more.`;
	const value = Number(trimmed);
	if (value > PER_DAY_MAX) return `${label} can be at most ${PER_DAY_MAX}.`;
	return value;
}

function parseSteps(text: string, label: string): StepUnit[] | string {
	const steps = text
		.split(/[\s,]+/)
		.map((step) => step.trim().toLowerCase())
		.filter(Boolean);
	const bad = steps.find((step) => !stepPattern.test(step));
	if (bad !== undefined)
		return `${label}: “${bad}” is not a step. Write whole numbers of minutes (m) or hours (h), like “1m 10m” or “1h”.`;
	if (steps.length > 10) return `${label}: at most 10 steps.`;
	const problem = stepsProblem(steps);
	if (problem) return `${label}: ${problem}`;
	return steps as StepUnit[];
}

/** Validates the Settings form; every field with a problem gets its own message. */
export function parseStudySettingsForm(
	form: StudySettingsForm
): { ok: true; value: StudySettings } | { ok: false; errors: StudySettingsErrors } {
	const errors: StudySettingsErrors = {};
	const retentionText = form.desiredRetention.trim().replace(',', '.');
	let retention = Number(retentionText);
	if (retentionText.endsWith('%')) retention = Number(retentionText.slice(0, -1)) / 100;
	else if (retention > 1) retention = retention / 100;
	if (!retentionText || !Number.isFinite(retention) || Number.isNaN(retention))
		errors.desiredRetention = 'Desired retention must be a number, like 0.9 or 90%.';
	else if (retention < RETENTION_MIN || retention > RETENTION_MAX)
		errors.desiredRetention = `Desired retention must be between ${RETENTION_MIN} and ${RETENTION_MAX} (70% to 99%).`;

	const newPerDay = parseCount(form.newPerDay, 'New questions per day');
	if (typeof newPerDay === 'string') errors.newPerDay = newPerDay;
	const maxReviewsPerDay = parseCount(form.maxReviewsPerDay, 'Maximum reviews per day');
	if (typeof maxReviewsPerDay === 'string') errors.maxReviewsPerDay = maxReviewsPerDay;
	const learningSteps = parseSteps(form.learningSteps, 'Learning steps');
	if (typeof learningSteps === 'string') errors.learningSteps = learningSteps;
	const relearningSteps = parseSteps(form.relearningSteps, 'Relearning steps');
	if (typeof relearningSteps === 'string') errors.relearningSteps = relearningSteps;
	const learnAheadMinutes = parseCount(form.learnAheadMinutes, 'Learn ahead limit');
	if (typeof learnAheadMinutes === 'string') errors.learnAheadMinutes = learnAheadMinutes;
	else if (learnAheadMinutes > LEARN_AHEAD_MAX)
		errors.learnAheadMinutes = `Learn ahead limit can be at most ${LEARN_AHEAD_MAX} minutes (a day).`;

	if (Object.keys(errors).length) return { ok: false, errors };
	return {
		ok: true,
		value: {
			desiredRetention: Math.round(retention * 1000) / 1000,
			newPerDay: newPerDay as number,
			maxReviewsPerDay: maxReviewsPerDay as number,
			learningSteps: learningSteps as StepUnit[],
			relearningSteps: relearningSteps as StepUnit[],
			learnAheadMinutes: learnAheadMinutes as number
		}
	};
}
