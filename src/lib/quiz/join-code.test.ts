import { describe, expect, it } from 'vitest';
import { ALPHABET, normalizeTyped } from './crockford';
import {
	isJoinQuizId,
	JOIN_CODE_EXAMPLES,
	joinedWith,
	joinQuizId,
	joinedQuizTitle,
	decodeJoinCode,
	drawQuiz,
	formatJoinCode,
	joinCodeOf,
	looksLikeJoinCode,
	rebuildQuiz,
	runJoinId
} from './join-code';
import { joinCodeProblem, packJoinCode, type QuizRecipe } from './join-bits';
import { askableCount, buildQuizQuestions, factCount, matchingQuestions, topicsOf } from './build';
import { quizContentHash } from './content-hash';
import { givesAway } from './give-away';
import { seededRandom } from './random';
import { makeQuiz, seedBank } from './fixtures.test-helpers';
import { encodeQuiz } from './quiz-code';
import { DEFAULT_SETTINGS, QUIZ_TYPES, type QuizSettings } from './types';

const { bank } = seedBank();
const docs = bank.documents.map((d) => d.id);

const recipe = (over: Partial<QuizRecipe> = {}, settings: Partial<QuizSettings> = {}) => ({
	docs: [],
	topics: [],
	types: [...QUIZ_TYPES],
	count: 10,
	...over,
	settings: { ...DEFAULT_SETTINGS, timer: 'none' as const, seconds: 0, ...settings }
});

let counter = 0;
const freshId = () => `random${counter++}`;

function drawn(r: QuizRecipe, seed = 1) {
	const quiz = drawQuiz(bank, r, () => false, freshId, seededRandom(seed));
	if (!quiz.joinCode) throw new Error(`no join code: ${quiz.noJoinCode}`);
	return { ...quiz, joinCode: quiz.joinCode };
}

function roundTrip(r: QuizRecipe, seed = 1) {
	const quiz = drawn(r, seed);
	const rebuilt = rebuildQuiz(formatJoinCode(quiz.joinCode), bank);
	expect(rebuilt.ok).toBe(true);
	if (!rebuilt.ok) return;
	expect(rebuilt.value.id).toBe(quiz.id);
	expect(rebuilt.value.questions).toEqual(quiz.questions);
	expect(rebuilt.value.settings).toEqual(r.settings);
	return quiz;
}

describe('join codes: round trips', () => {
	it('a quiz of the whole bank is 9 characters and draws the same questions again', () => {
		const quiz = roundTrip(recipe());
		expect(quiz?.joinCode).toHaveLength(9);
		expect(formatJoinCode(quiz!.joinCode)).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}$/);
	});

	it('carries every setting', () => {
		for (const flag of ['shuffleQuestions', 'shuffleChoices', 'allowBack', 'showAnswers'] as const)
			for (const value of [true, false]) roundTrip(recipe({}, { [flag]: value }));
		for (const timer of [
			{ timer: 'quiz' as const, seconds: 60 },
			{ timer: 'quiz' as const, seconds: 25 * 60 },
			{ timer: 'quiz' as const, seconds: 180 * 60 },
			{ timer: 'question' as const, seconds: 5 },
			{ timer: 'question' as const, seconds: 30 },
			{ timer: 'question' as const, seconds: 375 }
		])
			roundTrip(recipe({}, timer));
		for (const count of [1, 7, 50]) roundTrip(recipe({ count }));
	});

	it('carries the documents, one topic and the question types in 12 characters', () => {
		expect(roundTrip(recipe({ docs: [docs[1]] }))?.joinCode).toHaveLength(12);
		roundTrip(recipe({ docs: [docs[0], docs[4]] }));
		roundTrip(recipe({ types: ['short'] }));
		roundTrip(recipe({ types: ['mcq', 'truefalse'], docs: [docs[2]] }));
		const topic = bank.questions.find((q) => q.type === 'mcq')!.topics[0];
		roundTrip(recipe({ topics: [topic], count: 5 }));
		// Every document ticked is the whole bank: the short form.
		expect(roundTrip(recipe({ docs }))?.joinCode).toHaveLength(9);
	});

	it('reads what a student types: lower case, spaces, O for 0 and I or L for 1', () => {
		const { joinCode } = drawn(recipe());
		const typed = ` ${formatJoinCode(joinCode).toLowerCase().replace(/-/g, ' ')} `;
		expect(rebuildQuiz(typed, bank).ok).toBe(true);
		expect(normalizeTyped('o1l-Ii0')).toBe('011110');
	});

	it('a run for another class has its own code and the same questions', () => {
		const quiz = drawn(recipe());
		const taken = new Set([quiz.id]);
		const run = runJoinId({ ...quiz, settings: recipe().settings }, bank, (id) => taken.has(id));
		expect(run).toBeTruthy();
		expect(run).not.toBe(quiz.id);
		const rebuilt = rebuildQuiz(run!.slice(1), bank);
		expect(rebuilt.ok && rebuilt.value.questions).toEqual(quiz.questions);
	});

	it('never gives a code already used on this device', () => {
		const first = drawn(recipe());
		const again = drawQuiz(bank, recipe(), (id) => id === first.id, freshId, seededRandom(1));
		expect(again.joinCode).toBeTruthy();
		expect(again.id).not.toBe(first.id);
	});
});

describe('join codes of a quiz with attempts limited (teach49)', () => {
	it('carries the limit in one character more: 10 and 13 characters, the phone counts it', () => {
		for (const attempts of [1, 2, 3] as const) {
			const short = roundTrip(recipe({}, { attempts }));
			expect(short?.joinCode).toHaveLength(10);
			expect(formatJoinCode(short!.joinCode)).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{4}$/);
			const filtered = roundTrip(recipe({ docs: [docs[1]] }, { attempts }));
			expect(filtered?.joinCode).toHaveLength(13);
			expect(formatJoinCode(filtered!.joinCode)).toMatch(/^([0-9A-Z]{3}-){3}[0-9A-Z]{4}$/);
			expect(isJoinQuizId(short!.id) && isJoinQuizId(filtered!.id)).toBe(true);
		}
		// Without a limit the code is as it always was: the same draw, the same 9 characters.
		const plain = drawn(recipe(), 5);
		const limited = drawn(recipe({}, { attempts: 2 }), 5);
		expect(plain.joinCode).toHaveLength(9);
		expect(limited.questions).toEqual(plain.questions);
	});

	it('keeps the limit in a run for another class and on the teacher’s stored quiz', () => {
		const r = recipe({}, { attempts: 1 });
		const quiz = drawn(r);
		expect(joinCodeOf({ ...quiz, settings: r.settings }, bank)).toEqual({
			ok: true,
			code: quiz.joinCode
		});
		const run = runJoinId({ ...quiz, settings: r.settings }, bank, (id) => id === quiz.id);
		const rebuilt = rebuildQuiz(run!.slice(1), bank);
		expect(rebuilt.ok && rebuilt.value.settings.attempts).toBe(1);
		// A stored quiz whose limit differs from its code's is not that code's quiz.
		expect(joinCodeOf({ ...quiz, settings: { ...r.settings, attempts: 3 } }, bank).ok).toBe(false);
	});

	it('catches every wrong character and swap, and a dropped or added character', () => {
		for (const seed of [1, 2, 3]) {
			for (const attempts of [1, 3] as const) {
				const { joinCode } = drawn(recipe({ types: ['mcq'] }, { attempts }), seed);
				for (let i = 0; i < joinCode.length; i++) {
					for (const char of ALPHABET) {
						if (char === joinCode[i]) continue;
						const typo = joinCode.slice(0, i) + char + joinCode.slice(i + 1);
						expect(rebuildQuiz(typo, bank).ok, typo).toBe(false);
					}
					if (i + 1 < joinCode.length && joinCode[i] !== joinCode[i + 1]) {
						const swapped =
							joinCode.slice(0, i) + joinCode[i + 1] + joinCode[i] + joinCode.slice(i + 2);
						expect(decodeJoinCode(swapped, bank).ok, swapped).toBe(false);
					}
					// One character left out makes a 9 or 12 character code's length: never a quiz.
					const dropped = joinCode.slice(0, i) + joinCode.slice(i + 1);
					expect(rebuildQuiz(dropped, bank).ok, dropped).toBe(false);
				}
			}
		}
	});
});

describe('join codes across the give-away rule (session 30)', () => {
	const whole = recipe({ count: 25 });
	const filters = (seed: number) => ({
		...whole,
		docs: [],
		topics: [],
		types: [...QUIZ_TYPES],
		seed
	});
	/** A code as a teacher's device made it before the rule: packed from the rule-1 draw. */
	const oldCode = (seed: number) => {
		const questions = buildQuizQuestions(bank.questions, filters(seed), 1);
		const content = parseInt(quizContentHash(questions), 16) >>> 25;
		return { code: packJoinCode({ recipe: whole, seed, run: 0, content }, bank), questions };
	};
	// Seeds whose draw the rule changed: the outsider's quiz of 25 had a give-away in most.
	const changed = Array.from({ length: 40 }, (_, seed) => seed).filter(
		(seed) =>
			quizContentHash(buildQuizQuestions(bank.questions, filters(seed), 1)) !==
			quizContentHash(buildQuizQuestions(bank.questions, filters(seed)))
	);

	it('a code made before the rule still opens the questions it gave then', () => {
		expect(changed.length).toBeGreaterThan(10);
		for (const seed of changed) {
			const { code, questions } = oldCode(seed);
			const rebuilt = rebuildQuiz(code, bank);
			expect(rebuilt.ok && rebuilt.value.questions).toEqual(questions);
		}
	});

	it('a code made in session 30 (rule 2) still opens the questions it gave then', () => {
		const session30 = (seed: number) => buildQuizQuestions(bank.questions, filters(seed), 2);
		const redrawn = Array.from({ length: 40 }, (_, seed) => seed).filter(
			(seed) =>
				quizContentHash(session30(seed)) !==
					quizContentHash(buildQuizQuestions(bank.questions, filters(seed))) &&
				quizContentHash(session30(seed)) !==
					quizContentHash(buildQuizQuestions(bank.questions, filters(seed), 1))
		);
		expect(redrawn.length).toBeGreaterThan(10);
		for (const seed of redrawn) {
			const questions = session30(seed);
			const content = parseInt(quizContentHash(questions), 16) >>> 25;
			const code = packJoinCode({ recipe: whole, seed, run: 0, content }, bank);
			const rebuilt = rebuildQuiz(code, bank);
			expect(rebuilt.ok && rebuilt.value.questions).toEqual(questions);
		}
	});

	it('draws as many questions as New quiz says a quiz can ask, for every topic', () => {
		// `askableCount`: a topic's 17 facts, two of which give each other away, make 16; a draw
		// of 16 had 15 in 1 in 20 seeds before a draw kept to a seed that asks them all.
		for (const topic of topicsOf(bank.questions)) {
			const filters = { docs: [], topics: [topic], types: [...QUIZ_TYPES] };
			const most = Math.min(askableCount(matchingQuestions(bank.questions, filters)), 50);
			expect(most).toBeLessThanOrEqual(factCount(matchingQuestions(bank.questions, filters)));
			// A topic of flashcards only has nothing a quiz asks.
			if (most === 0) continue;
			for (const seed of [1, 2, 3, 4, 5])
				expect(drawn(recipe({ topics: [topic], count: most }), seed).questions).toHaveLength(most);
		}
	});

	it('a new code opens its own draw, which gives no answer away', () => {
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
			const quiz = drawn(whole, seed);
			const rebuilt = rebuildQuiz(quiz.joinCode, bank);
			expect(rebuilt.ok && rebuilt.value.questions).toEqual(quiz.questions);
			const asked = quiz.questions;
			expect(asked.some((a) => asked.some((b) => givesAway(a, b)))).toBe(false);
		}
	});
});

describe('join codes: typos and refusals', () => {
	it('catches every single wrong character and every swap of neighbours', () => {
		for (const seed of [1, 2, 3]) {
			const { joinCode } = drawn(recipe({ types: ['mcq'] }), seed);
			for (let i = 0; i < joinCode.length; i++) {
				for (const char of ALPHABET) {
					if (char === joinCode[i]) continue;
					const typo = joinCode.slice(0, i) + char + joinCode.slice(i + 1);
					expect(rebuildQuiz(typo, bank).ok, typo).toBe(false);
				}
				if (i + 1 < joinCode.length && joinCode[i] !== joinCode[i + 1]) {
					const swapped =
						joinCode.slice(0, i) + joinCode[i + 1] + joinCode[i] + joinCode.slice(i + 2);
					const result = decodeJoinCode(swapped, bank);
					expect(result.ok, swapped).toBe(false);
				}
			}
		}
	});

	it('says what to do with a code of the wrong shape or with a typo', () => {
		const short = rebuildQuiz('K7M-2QX', bank);
		expect(!short.ok && short.message).toMatch(/9, 10, 12 or 13 letters/);
		const { joinCode } = drawn(recipe());
		const wrong = joinCode.slice(0, 3) + (joinCode[3] === 'A' ? 'B' : 'A') + joinCode.slice(4);
		const typo = rebuildQuiz(wrong, bank);
		expect(!typo.ok && typo.message).toMatch(/typo/);
		expect(rebuildQuiz('K7M-2QU-9HD', bank).ok).toBe(false);
	});

	it('a phone whose bank words a question differently refuses instead of asking other questions', () => {
		const quiz = drawn(recipe({ count: 20 }));
		const target = quiz.questions[3].id;
		const changed = {
			...bank,
			questions: bank.questions.map((q) =>
				q.id === target ? { ...q, prompt: `${q.prompt} (reworded)` } : q
			)
		};
		const result = rebuildQuiz(quiz.joinCode, changed);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.reason).toBe('bank-mismatch');
	});

	it('tells links and long codes from join codes', () => {
		expect(looksLikeJoinCode('k7m-2qx-9hd')).toBe(true);
		expect(looksLikeJoinCode('https://example.org/quiz#Q1.abc')).toBe(false);
		expect(looksLikeJoinCode('Q1.eJyrVkrOzyspSs7MU7JSMjJQ')).toBe(false);
	});
});

describe('join codes: the teacher’s side', () => {
	it('says why a quiz has no code: several topics, an odd time limit', () => {
		const [a, b] = [...new Set(bank.questions.flatMap((q) => q.topics))];
		expect(joinCodeProblem(recipe({ topics: [a, b] }), bank)).toMatch(/more than one topic/);
		// Attempts limited: a code carries the limit (teach49), so it is no reason any more.
		expect(joinCodeProblem(recipe({}, { attempts: 2 }), bank)).toBeNull();
		expect(joinCodeProblem(recipe({}, { timer: 'quiz', seconds: 90 }), bank)).toMatch(/time limit/);
		expect(joinCodeProblem(recipe({}, { timer: 'question', seconds: 33 }), bank)).toMatch(
			/time limit/
		);
		const none = drawQuiz(bank, recipe({ topics: [a, b] }), () => false, freshId);
		expect(none.joinCode).toBeUndefined();
		expect(none.id).toMatch(/^random/);
		expect(none.questions.length).toBeGreaterThan(0);
	});

	it('an edited quiz has no code and says so; an unedited one shows its code', () => {
		// Typed questions only, so the quiz has one whose accepted answers can grow (a draw of
		// every type held none once the bank lost a question).
		const r = recipe({ types: ['short', 'cloze'] });
		const quiz = { ...drawn(r), settings: r.settings };
		expect(joinCodeOf(quiz, bank)).toEqual({ ok: true, code: quiz.joinCode });
		const reordered = { ...quiz, questions: [...quiz.questions].reverse() };
		const edited = joinCodeOf(reordered, bank);
		expect(!edited.ok && edited.reason).toMatch(/changed this quiz’s questions/);
		expect(!edited.ok && edited.oldCode).toBe(formatJoinCode(quiz.joinCode));
		const reworded = {
			...quiz,
			questions: quiz.questions.map((q, i) => (i ? q : { ...q, prompt: 'Own wording?' }))
		};
		expect(joinCodeOf(reworded, bank).ok).toBe(false);
		// An answer accepted while marking is not an edit: the code stays on the teacher's screen.
		const typed = quiz.questions.findIndex((q) => q.type === 'short' || q.type === 'cloze');
		expect(typed).toBeGreaterThanOrEqual(0);
		const accepted = {
			...quiz,
			questions: quiz.questions.map((q, i) =>
				i === typed ? { ...q, accept: [...(q.accept ?? []), 'a student’s wording'] } : q
			)
		};
		expect(joinCodeOf(accepted, bank)).toEqual({ ok: true, code: quiz.joinCode });
		const random = joinCodeOf({ ...quiz, id: 'abcdefghij' }, bank);
		expect(!random.ok && random.reason).toMatch(/no short join code/);
		// A quiz made before `handPicked` may be one: the reason must not deny it came from the bank.
		expect(!random.ok && random.reason).toMatch(/never one whose questions you chose yourself/);
	});
});

describe('the title of a quiz joined by code', () => {
	const bank = seedBank().bank;
	const recipe = (docs: string[], topics: string[] = []) => ({
		docs,
		topics,
		types: [...QUIZ_TYPES],
		count: 10,
		settings: DEFAULT_SETTINGS
	});
	it('says what the quiz is about, as an own course’s quiz is titled, never the code', () => {
		const doc = bank.documents[0];
		expect(joinedQuizTitle(recipe([doc.id]), bank)).toBe(`${doc.title} quiz`);
		expect(joinedQuizTitle(recipe([], ['kosovo']), bank)).toBe(
			'Turkey between Serbia and Kosovo, 2008–2025: kosovo quiz'
		);
		// Final outsider, session 29: it was "Class quiz, 25 questions".
		expect(joinedQuizTitle(recipe([]), bank)).toBe(
			'Turkey between Serbia and Kosovo, 2008–2025 quiz'
		);
		expect(joinedQuizTitle(recipe(docs.slice(0, 2)), bank)).toBe(
			'Turkey between Serbia and Kosovo, 2008–2025 quiz'
		);
	});
	it('says a quiz was joined by code by how it was opened, never by its title (session 30)', () => {
		expect(joinedWith('k7m 2qx 9hd')).toBe('K7M-2QX-9HD');
		expect(joinedWith('K7M2QX9HD')).toBe('K7M-2QX-9HD');
		// A link's code carries the teacher's own title, even one that ends in " quiz".
		const { joinCode, questions } = drawn({ ...recipe([]), count: 3 });
		const link = encodeQuiz({
			...makeQuiz(questions),
			id: joinQuizId(joinCode),
			title: 'Year 9 History quiz'
		});
		expect(joinedWith(link)).toBeNull();
	});
	it('titles a code made before the title changed as this version titles it', () => {
		const quiz = drawn(recipe([]));
		const rebuilt = rebuildQuiz(quiz.joinCode, bank);
		expect(rebuilt.ok && rebuilt.value.title).toBe(joinedQuizTitle(recipe([]), bank));
		// The golden codes of 2026-12-01 still open (golden-codes.test.ts), now titled so too.
	});
	it('tells a join code’s quiz id from a link quiz’s', () => {
		expect(isJoinQuizId(joinQuizId('K7M2QX9HD'))).toBe(true);
		expect(isJoinQuizId(joinQuizId('K7M2QX9HDABC'))).toBe(true);
		expect(isJoinQuizId('jK7M2QX9H')).toBe(false);
		expect(isJoinQuizId('x7Qm2Lp0aZ')).toBe(false);
	});
	it('fits the title limit', () => {
		for (const doc of bank.documents)
			expect(joinedQuizTitle(recipe([doc.id]), bank).length).toBeLessThanOrEqual(80);
	});

	it('hint examples have the lengths real codes have (9 and 12), shown in groups of 3', () => {
		expect(JOIN_CODE_EXAMPLES).toEqual(['K7M-2QX-9HD', 'K7M-2QX-9HD-3ER']);
		for (const example of JOIN_CODE_EXAMPLES)
			expect(isJoinQuizId(`j${example.replaceAll('-', '')}`)).toBe(true);
	});
});
