import { describe, expect, it } from 'vitest';
import { lastCourseWorked, noteCourseWork, rememberStudyCourse, studyCourse } from './study-choice';

function memory(): Pick<Storage, 'getItem' | 'setItem'> {
	const map = new Map<string, string>();
	return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}
const query = (q: string) => new URLSearchParams(q);

describe('studyCourse', () => {
	it('takes the course the address names, an empty one meaning all courses', () => {
		const storage = memory();
		rememberStudyCourse('u-1', storage);
		expect(studyCourse(query('course=u-2'), ['u-1', 'u-2'], storage)).toEqual({
			courseId: 'u-2',
			chosen: true
		});
		expect(studyCourse(query('course='), ['u-1'], storage)).toEqual({
			courseId: null,
			chosen: true
		});
	});

	it('opens a plain /study on the course last chosen or made, all courses before any', () => {
		const storage = memory();
		expect(studyCourse(query(''), ['u-1'], storage)).toEqual({ courseId: null, chosen: false });
		rememberStudyCourse('u-1', storage);
		expect(studyCourse(query(''), ['u-1'], storage)).toEqual({ courseId: 'u-1', chosen: false });
		rememberStudyCourse(null, storage);
		expect(studyCourse(query(''), ['u-1'], storage).courseId).toBeNull();
	});

	it('falls back to all courses when the remembered course is gone, and never throws', () => {
		const storage = memory();
		rememberStudyCourse('u-gone', storage);
		expect(studyCourse(query(''), ['u-1'], storage).courseId).toBeNull();
		const broken = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('full');
			}
		};
		expect(() => rememberStudyCourse('u-1', broken)).not.toThrow();
		expect(studyCourse(query(''), ['u-1'], broken).courseId).toBeNull();
	});
});

describe('the course last worked in', () => {
	it('is the last one made, imported, studied or noted, and study of all courses changes nothing', () => {
		const storage = memory();
		expect(lastCourseWorked(storage)).toBeNull();
		rememberStudyCourse('u-1', storage);
		expect(lastCourseWorked(storage)).toBe('u-1');
		noteCourseWork('builtin', storage);
		expect(lastCourseWorked(storage)).toBe('builtin');
		rememberStudyCourse(null, storage);
		expect(lastCourseWorked(storage)).toBe('builtin');
	});

	it('never throws when storage does', () => {
		const broken = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('full');
			}
		};
		expect(() => noteCourseWork('u-1', broken)).not.toThrow();
		expect(lastCourseWorked(broken)).toBeNull();
	});
});
