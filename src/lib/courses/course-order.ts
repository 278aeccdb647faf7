/**
 * The order courses are listed in for a person (Home, Courses, the Course picker): their own
 * courses first, in the order they were made or imported, and the built-in course last. A teacher
 * with a course of her own looked for it under the built-in one (outsider, issue 12); Anki's deck
 * list puts no deck of the app's above the user's.
 */
export function ownCoursesFirst<T extends { kind: 'builtin' | 'user' }>(
	courses: readonly T[]
): T[] {
	return [
		...courses.filter((course) => course.kind !== 'builtin'),
		...courses.filter((course) => course.kind === 'builtin')
	];
}
