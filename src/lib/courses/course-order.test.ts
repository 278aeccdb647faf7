import { describe, expect, it } from 'vitest';
import { ownCoursesFirst } from './course-order';

describe('ownCoursesFirst', () => {
	it('puts the built-in course after the own ones, which keep their order', () => {
		const courses = [
			{ id: 'builtin', kind: 'builtin' as const },
			{ id: 'u-1', kind: 'user' as const },
			{ id: 'u-2', kind: 'user' as const }
		];
		expect(ownCoursesFirst(courses).map((c) => c.id)).toEqual(['u-1', 'u-2', 'builtin']);
		expect(ownCoursesFirst(courses.slice(1)).map((c) => c.id)).toEqual(['u-1', 'u-2']);
		expect(ownCoursesFirst([])).toEqual([]);
	});
});
