import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import type { Question } from '$lib/content/schema';
import * as now from './card-questions';
import * as old from './zz-old-card-questions';
import { QUIZ_TYPES } from './types';

it('measure', () => {
	for (const file of (process.env.GEN ?? '').split(',')) {
		const data = JSON.parse(readFileSync(file, 'utf8'));
		const byCourse = new Map<string, Question[]>();
		for (const f of data.files) {
			const batch = /\/(h\d+)-/.exec(f.file)?.[1] ?? 'x';
			const course = `u-${batch}`;
			for (const q of f.questions as Question[])
				byCourse.set(course, [
					...(byCourse.get(course) ?? []),
					{ ...q, id: `${course}:${q.id}`, fact: `${course}:${q.fact}`, source: { ...q.source, doc: `${course}:${q.source.doc}` } }
				]);
		}
		const tally = { cards: 0, oldMcq: 0, oldShort: 0, oldLeft: 0, newMcq: 0, newShort: 0, newLeft: 0, reasons: {} as Record<string, number>, lost: [] as string[], gained: [] as string[] };
		for (const [, qs] of byCourse) {
			const a = old.withCardQuestions(qs, QUIZ_TYPES);
			const b = now.withCardQuestions(qs, QUIZ_TYPES);
			qs.forEach((q, i) => {
				if (q.type !== 'flashcard') return;
				tally.cards++;
				const [x, y] = [a.questions[i], b.questions[i]];
				if (x.type === 'mcq') tally.oldMcq++; else if (x.type === 'flashcard') tally.oldLeft++; else tally.oldShort++;
				if (y.type === 'mcq') tally.newMcq++; else if (y.type === 'flashcard') tally.newLeft++; else tally.newShort++;
				if (x.type === 'mcq' && y.type === 'flashcard') tally.lost.push(`${q.prompt} => ${q.answer} | ${x.choices?.join(' / ')}`);
				if (x.type === 'mcq' && y.type === 'mcq' && JSON.stringify(x.choices) !== JSON.stringify(y.choices)) tally.gained.push(`CHANGED ${q.prompt} => ${q.answer} | ${x.choices?.join(' / ')} || ${y.choices?.join(' / ')}`);
			});
			const left = now.unaskedCards(b.questions, b.fromCards, QUIZ_TYPES);
			for (const u of left) {
				const key = /so its (length|form)/.exec(u.reason)?.[1] ?? (/needs 3 wrong/.test(u.reason) ? 'few' : 'other');
				tally.reasons[key] = (tally.reasons[key] ?? 0) + 1;
			}
		}
		console.log(file, JSON.stringify(tally, null, 1));
	}
});
