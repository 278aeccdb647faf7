import { describe, expect, it } from 'vitest';
import { ClassroomDatabase } from '$lib/db/classroom';
import { DecisionRepository } from '$lib/db/classroom-decisions';
import { ResultRepository } from '$lib/db/classroom-results';
import {
	describePaste,
	emptySummary,
	nothingToRead,
	lineWords,
	outcomeEvent,
	ResultCollector,
	type CollectEvent
} from './collect';
import { codePrefixes } from './envelope';
import { encodeResult } from './result-code';
import { splitResultCode } from './result-parts';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import type { QuizResult } from './types';

const quiz = makeQuiz(syntheticQuestions(3));
let counter = 0;
function collector() {
	const db = new ClassroomDatabase(`collect-test-${++counter}`);
	const repo = new ResultRepository(db);
	return {
		repo,
		decisions: new DecisionRepository(db),
		collector: new ResultCollector(quiz, [], repo)
	};
}
const result = (attemptId: string, name: string, answer = 'x'): QuizResult => ({
	quizId: quiz.id,
	attemptId,
	name,
	answers: [0, true, answer],
	seconds: 30,
	finishedAt: 1_764_000_000_000
});

describe('collecting results', () => {
	it('names whose code was refused when the code still says it', async () => {
		const { collector: c } = collector();
		const code = encodeResult(result('attemptZoe1', 'Zoë'));
		// Its checksum changed (the last characters): damaged, but its contents still read.
		const at = code.length - 2;
		const changed = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
		const events: CollectEvent[] = [];
		for (const text of [
			changed,
			encodeResult({ ...result('attemptZoe2', 'Zoë'), quizId: 'otherQuiz1' })
		])
			events.push(await c.addCode(text));
		expect(events.map((e) => e.kind)).toEqual(['refused', 'refused']);
		for (const event of events) expect(event).toMatchObject({ name: 'Zoë' });
		// A code cut off too early to read has no name to give.
		const cut = await c.addCode(code.slice(0, 12));
		expect(cut).toMatchObject({ kind: 'refused' });
		expect(cut.kind === 'refused' && cut.name).toBeFalsy();
	});

	it('a chat thread: every code found, one summary of what was ignored, twins wait for the teacher', async () => {
		const { repo, collector: c } = collector();
		const ana = encodeResult(result('attemptAna1', 'Ana'));
		const ana2 = encodeResult(result('attemptAna2', 'ána '));
		const marko = encodeResult(result('attemptMarko', 'Marko'));
		const chat = `Ana: ${ana}\nthanks!! here's mine ${marko}\nAna again ${ana}\n${ana2} R2.cut`;
		const events: CollectEvent[] = [];
		const summary = await c.addText(chat, (e) => events.push(e));
		expect(events.map((e) => e.kind)).toEqual(['added', 'added', 'same-name']);
		expect(summary).toMatchObject({ codes: 3, added: 2, sameName: 1, repeats: 1, broken: 1 });
		expect(describePaste(summary)).toMatch(
			/Found 3 result codes: 2 added, 1 waiting for you \(same name\)\. Ignored \d+ other words, 1 repeated code, 1 cut-off code \(line 4\)\./
		);
		expect(await repo.count(quiz.id)).toBe(2);
	});

	it('a retake that replaces a lower result is said once, as replaced, not as waiting', async () => {
		// Outsider teacher, session 34: "1 waiting for you (same name)" above "Done: … replaced …
		// earlier result" for one retake of a quiz that allows 2 attempts.
		const limited = { ...quiz, settings: { ...quiz.settings, attempts: 2 as const } };
		const db = new ClassroomDatabase(`collect-test-${++counter}`);
		const repo = new ResultRepository(db);
		const c = new ResultCollector(limited, [], repo);
		const first = { ...result('attemptAna1', 'Ana'), attempt: 1 };
		const retake = { ...result('attemptAna2', 'Ana', '2002'), attempt: 2 };
		const worse = { ...result('attemptAna3', 'Ana', 'y'), answers: [1, false, 'y'], attempt: 3 };
		const events: CollectEvent[] = [];
		const paste = [first, { ...result('attemptMarko', 'Marko'), attempt: 1 }, retake, worse]
			.map((r) => encodeResult(r))
			.join('\n');
		const summary = await c.addText(paste, (e) => events.push(e));
		const retakeEvent = events[2];
		expect(retakeEvent).toMatchObject({ kind: 'same-name', auto: { choice: 'replace' } });
		expect(retakeEvent.kind === 'same-name' && retakeEvent.correct).toBeGreaterThan(
			events[0].kind === 'added' ? events[0].correct : Infinity
		);
		expect(events[3]).toMatchObject({ kind: 'same-name', auto: { choice: 'keep' } });
		expect(summary).toMatchObject({ sameName: 0, retakesReplaced: 1, retakesKept: 1 });
		expect(describePaste(summary)).toBe(
			'Found 4 result codes: 2 added, 1 retake replaced a lower earlier result, 1 retake not counted (an earlier result scored as high).'
		);
		// A first attempt of the same name (perhaps another Ana) is still the teacher's to choose.
		const twin = await c.addCode(encodeResult({ ...result('attemptAna9', 'Ana'), attempt: 1 }));
		expect(twin).toMatchObject({ kind: 'same-name' });
		expect(twin.kind === 'same-name' && twin.auto).toBeUndefined();
	});

	it('a paste with a refused code says which line and which code, and keeps the good ones', async () => {
		const { repo, collector: c } = collector();
		const other = encodeResult({ ...result('attemptMila', 'Mila'), quizId: 'otherQuiz1' });
		const paste = [
			encodeResult(result('attemptAna1', 'Ana')),
			`Mila: ${other}`,
			'',
			encodeResult(result('attemptBen1', 'Ben'))
		].join('\n');
		const events: CollectEvent[] = [];
		const summary = await c.addText(paste, (e) => events.push(e));
		expect(events.map((e) => e.kind)).toEqual(['added', 'refused', 'added']);
		expect(events[1]).toMatchObject({ name: 'Mila', where: 'line 2, code 2 of 3' });
		expect(summary).toMatchObject({ added: 2, refused: 1 });
		expect(await repo.count(quiz.id)).toBe(2);
		// A lone code needs no "code 1 of 1".
		const alone: CollectEvent[] = [];
		await c.addText(`\n${other}`, (e) => alone.push(e));
		expect(alone[0]).toMatchObject({ kind: 'refused', where: 'line 2' });
		// A cut-off code names nobody: the line's own words say who sent it.
		const good = encodeResult(result('attemptCiro', 'Ćiro'));
		const bad = good.slice(0, good.length - 12); // cut off: no name can be read
		const damaged: CollectEvent[] = [];
		await c.addText(
			`[16:02] Ćiro Đukić: ${bad}\n${encodeResult(result('attemptBen2', 'Ben'))}`,
			(e) => damaged.push(e)
		);
		expect(damaged[0]).toMatchObject({
			kind: 'refused',
			where: 'line 1, code 1 of 2 (“[16:02] Ćiro Đukić:”)'
		});
	});

	it('takes a line’s words without its code, cut at 30 characters', () => {
		expect(lineWords(`Mila: ${'K'.repeat(40)} thanks!`)).toBe('Mila: thanks!');
		expect(lineWords('K'.repeat(40))).toBe('');
		expect(lineWords('x '.repeat(40))).toHaveLength(30);
	});

	it('a chat thread pasted again: a kept-out attempt is not offered again; a replaced one is offered back', async () => {
		const { repo, decisions, collector: c } = collector();
		const chat = [
			encodeResult(result('attemptAna1', 'Ana')),
			encodeResult(result('attemptAna2', 'Ana', 'retake')),
			encodeResult(result('attemptMia1', 'Mia')),
			encodeResult(result('attemptMia2', 'mía'))
		].join('\n');
		await c.addText(chat, () => undefined);
		const [ana2, mia2] = await decisions.listPending(quiz.id);
		await decisions.replace(ana2.result, ana2.previous[0].key);
		await decisions.discardPending(mia2.result);

		const events: CollectEvent[] = [];
		const again = await c.addText(chat, (e) => events.push(e));
		// The replaced one may have been the wrong Ana: it is offered back, not silently dropped.
		expect(events.map((e) => e.kind)).toEqual(['removed', 'duplicate', 'duplicate', 'duplicate']);
		expect(events[0]).toMatchObject({ kind: 'removed', replaced: true });
		expect(events.map((e) => e.kind === 'duplicate' && e.decided)).toEqual([
			false,
			undefined,
			undefined,
			'discarded'
		]);
		expect(await decisions.listPending(quiz.id)).toEqual([]);
		expect(describePaste(again)).toMatch(
			/4 result codes: 2 already counted, 1 already decided, 1 replaced earlier by a same-name result \(asked below: add it back\?\)\./
		);
		expect((await repo.list(quiz.id)).map((r) => r.attemptId).sort()).toEqual([
			'attemptAna2',
			'attemptMia1'
		]);
	});

	it('a chat thread pasted again: a result the teacher removed asks before it comes back', async () => {
		const { repo, collector: c } = collector();
		const chat = [
			encodeResult(result('attemptAna1', 'Ana')),
			encodeResult(result('attemptMia1', 'Mia'))
		].join('\n');
		await c.addText(chat, () => undefined);
		await repo.remove(`${quiz.id}|attemptAna1`);

		const events: CollectEvent[] = [];
		const again = await c.addText(chat, (e) => events.push(e));
		expect(events.map((e) => e.kind)).toEqual(['removed', 'duplicate']);
		expect(events[0]).toMatchObject({ result: { name: 'Ana' }, total: 3 });
		expect(describePaste(again)).toMatch(
			/2 result codes: 1 already counted, 1 you removed earlier \(asked below: add it back\?\)\./
		);
		expect((await repo.list(quiz.id)).map((r) => r.name)).toEqual(['Mia']);
		// The teacher says "Add it back": it is counted, and a later paste is a plain duplicate.
		const back = events[0].kind === 'removed' ? events[0].result : undefined;
		expect(outcomeEvent(quiz, await repo.addBack(back!))).toMatchObject({ kind: 'added' });
		expect((await repo.list(quiz.id)).map((r) => r.name).sort()).toEqual(['Ana', 'Mia']);
		const third: CollectEvent[] = [];
		await c.addText(chat, (e) => third.push(e));
		expect(third.map((e) => e.kind)).toEqual(['duplicate', 'duplicate']);
	});

	it('a long result scanned as parts, in any order, is added once whole', async () => {
		const big = makeQuiz(syntheticQuestions(50));
		const repo = new ResultRepository(new ClassroomDatabase(`collect-test-${++counter}`));
		const c = new ResultCollector(big, [], repo);
		let x = 7;
		const typed = () =>
			Array.from({ length: 200 }, () =>
				String.fromCodePoint(0x400 + ((x = (x * 48271) % 2147483647) % 200))
			).join('');
		const answers = big.questions.map((q) =>
			q.type === 'mcq' ? 0 : q.type === 'truefalse' ? true : typed()
		);
		const code = encodeResult({ ...result('attemptLong', 'Ana'), quizId: big.id, answers });
		const parts = splitResultCode(code);
		expect(parts.length).toBeGreaterThan(2);
		const events = [];
		for (const part of [...parts].reverse()) events.push(await c.addCode(part));
		expect(events[0]).toMatchObject({ kind: 'part', have: 1, total: parts.length });
		expect(events.at(-1)).toMatchObject({ kind: 'added', result: { answers } });
		expect(await repo.count(big.id)).toBe(1);
	});

	it('refuses garbage with the decoder’s message, naming whose code it was when known', async () => {
		const { collector: c } = collector();
		expect(await c.addCode('hello')).toMatchObject({ kind: 'refused' });
		const other = encodeResult({ ...result('attemptX', 'Mila'), quizId: 'otherQuiz99' });
		expect(await c.addCode(other)).toMatchObject({ kind: 'refused', name: 'Mila' });
	});

	it('says plainly when a paste has no code', () => {
		const none = emptySummary();
		expect(describePaste({ ...none, ignoredWords: 40, broken: 0 })).toMatch(/No result code found/);
		expect(describePaste({ ...none, ignoredWords: 4, broken: 2 })).toMatch(/2 looked cut off/);
		expect(describePaste({ ...none, ignoredWords: 1, broken: 0, quizLinks: 1 })).toMatch(
			/^This is a quiz link, not a result code/
		);
	});

	// Open result files said "Paste result codes first." for an empty .csv and "No result code
	// found in the pasted text." for a binary file (outsider, session 29).
	it('names the opened file, not a paste, when a result file has nothing to read', () => {
		const none = emptySummary();
		expect(nothingToRead('empty.csv')).toBe('empty.csv is empty: it holds no result code.');
		expect(nothingToRead()).toBe('Paste result codes first.');
		const garbage = describePaste({ ...none, ignoredWords: 120, broken: 0 }, 'fake.csv');
		// It said "R2. or R1." after result codes came to start with "R3." (outsider, session 38).
		expect(garbage).toBe(
			'fake.csv holds no result code. A result code starts with “R3.”, “R2.” or “R1.”.'
		);
		// The prefixes named are those the codec writes: the newest one a ticked answer's.
		const made = (answers: QuizResult['answers']) =>
			encodeResult({
				quizId: 'quizAbc123',
				attemptId: 'a-1',
				name: 'Ana',
				answers,
				seconds: 9,
				finishedAt: 1_765_000_000_000
			});
		expect(made([[0, 1]]).startsWith(codePrefixes('result')[0])).toBe(true);
		expect(codePrefixes('result')).toContain(made([1]).slice(0, 3));
		expect(codePrefixes('result').at(-1)).toBe('R1.');
		expect(describePaste({ ...none, ignoredWords: 4, broken: 2 }, 'class.txt')).toMatch(
			/^No complete result code found in class\.txt: 2 looked cut off/
		);
		expect(
			describePaste({ ...none, codes: 2, added: 2, ignoredWords: 0, broken: 0 }, 'r.txt')
		).toBe('Found 2 result codes in r.txt: 2 added.');
		for (const text of [
			nothingToRead('empty.csv'),
			garbage,
			describePaste({ ...none, ignoredWords: 1, broken: 0, quizLinks: 1 }, 'link.txt')
		])
			expect(text).not.toMatch(/paste/i);
	});
});
