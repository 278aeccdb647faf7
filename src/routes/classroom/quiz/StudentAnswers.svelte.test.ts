import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { ClassReport, StudentRow } from '$lib/quiz/report';
import type { QuizQuestion } from '$lib/quiz/types';
import StudentAnswers from './StudentAnswers.svelte';

function typed(id: string, answer: string): QuizQuestion {
	return {
		id,
		type: 'short',
		prompt: 'Which place?',
		answer,
		explanation: '',
		source: { doc: 'd', quote: '' }
	} as unknown as QuizQuestion;
}

describe('StudentAnswers', () => {
	// Issue 12, classroom: a near miss read as plain wrong in the teacher's report, where Study
	// says "Almost" with why. The mark stays the quiz's; the teacher reads why and decides.
	it('says "Almost" with why under a near miss, not under a plain wrong answer', async () => {
		const questions = [typed('q1', 'Camp Bondsteel'), typed('q2', 'Brussels')];
		const student = {
			key: 'ana',
			name: 'Ana',
			answers: ['Bondsteel Camp', 'Belgrade'],
			asked: [true, true],
			perQuestion: [false, false],
			correct: 0,
			total: 2
		} as unknown as StudentRow;
		const box = document.createElement('div');
		box.style.cssText = 'width: 358px; overflow-wrap: break-word;';
		document.body.append(box);
		render(StudentAnswers, {
			target: box,
			props: { quiz: { questions }, report: { students: [student] } as unknown as ClassReport }
		});
		await page.getByText('Ana').click();
		const notes = box.querySelectorAll('[data-testid="near-note"]');
		expect(notes).toHaveLength(1);
		expect(notes[0].textContent).toBe(
			'Almost: “Bondsteel Camp” has the words of “Camp Bondsteel” in another order.'
		);
		expect(box.querySelectorAll('li')[1].textContent).not.toContain('Almost');
		expect(box.scrollWidth).toBeLessThanOrEqual(358);
		if (import.meta.env.VITE_SHOTS === '1')
			await page.screenshot({ path: 'student-answers-near.png', element: box });
		box.remove();
	});
});
