/**
 * The order of Home's course list: the user's own courses first, in the order they were made or
 * imported, and the built-in course last. A teacher with a course of her own looked for it under
 * the built-in one (outsider, issue 12); Anki's deck list puts no course of the app's above the
 * user's decks.
 */
export function homeCourseOrder<T extends { kind: 'builtin' | 'user' }>(
	courses: readonly T[]
): T[] {
	return [
		...courses.filter((course) => course.kind !== 'builtin'),
		...courses.filter((course) => course.kind === 'builtin')
	];
}
