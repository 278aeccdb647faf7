import { existsSync, readFileSync } from 'node:fs';
import { wilson } from '../../../scripts/wilson';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/read-sources';
import { parseBank, QUESTION_TYPES, type Bank } from '../content/schema';
import { quoteInSource } from '../content/sources';
import { figuresOf } from './figures';
import { buildBank, generateQuestions, parseKnowledge } from './index';
import { applyReview, fingerprint, parseReview } from './review';
import { buildQueue } from '../srs/queue';
import { toQueueQuestion } from '../srs/siblings';

const sources = readSources();
const shipped = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as Bank;
const review = parseReview(JSON.parse(readFileSync('questions/review.json', 'utf8')));
const knowledge = parseKnowledge(JSON.parse(readFileSync('questions/knowledge.json', 'utf8')));
// Generating takes a second or two; do it once and share the result between tests.
const generated = generateQuestions(sources, knowledge);
const written = existsSync('questions/written.json')
	? JSON.parse(readFileSync('questions/written.json', 'utf8'))
	: undefined;
const corrections = JSON.parse(readFileSync('questions/corrections.json', 'utf8'));

describe('the shipped bank', { timeout: 60_000 }, () => {
	it('passes the schema', () => {
		const result = parseBank(shipped);
		expect(result.ok ? 'ok' : result.error).toBe('ok');
	});

	// Fewer, better questions (issue 9): the bank shrank from 652 when weak kinds went, and to
	// about 170 when a blind census of all 204 (questions/reviews/2026-12-05-census) struck out
	// trivia and who-said-what.
	it('has at least 150 questions of every type, from every document', () => {
		expect(shipped.questions.length).toBeGreaterThanOrEqual(150);
		const types = new Set(shipped.questions.map((q) => q.type));
		expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
		const docs = new Set(shipped.questions.map((q) => q.source.doc));
		expect([...docs].sort()).toEqual(sources.map((s) => s.document.id).sort());
	});

	it('covers every section of every article', () => {
		const uncovered: string[] = [];
		for (const source of sources) {
			const quotes = shipped.questions.filter((q) => q.source.doc === source.document.id);
			let section = '(opening)';
			const sections = new Map<string, string[]>();
			for (const block of source.blocks) {
				if (block.kind === 'heading') section = block.text;
				else sections.set(section, [...(sections.get(section) ?? []), block.text]);
			}
			for (const [name, paragraphs] of sections) {
				if (!quotes.some((q) => paragraphs.some((p) => p.includes(q.source.quote))))
					uncovered.push(`${source.document.id}: ${name}`);
			}
		}
		expect(uncovered).toEqual([]);
	});

	it('quotes every question’s source sentence exactly', () => {
		const byId = new Map(sources.map((s) => [s.document.id, s]));
		const misquoted = shipped.questions.filter((q) => {
			const source = byId.get(q.source.doc);
			return !source || !quoteInSource(source, q.source.quote);
		});
		expect(misquoted.map((q) => q.id)).toEqual([]);
	});

	it('is exactly what the generator produces from the sources and review.json', () => {
		const rebuilt = buildBank(sources, written, review, corrections, knowledge).bank;
		expect(rebuilt.questions.map((q) => q.id)).toEqual(shipped.questions.map((q) => q.id));
		expect(rebuilt).toEqual(shipped);
	});

	it('attributes disputed figures instead of asserting them', () => {
		const firms = shipped.questions.filter((q) =>
			/(\d|____) Turkish(-owned)? (firms|companies)/.test(q.prompt)
		);
		// Since blind review B2 the firm count is not asked at all (statistic trivia); if it comes
		// back, it must say whose figure it is.
		expect(firms.filter((q) => !/according to /i.test(q.prompt)).map((q) => q.id)).toEqual([]);
	});

	it('asks most facts in at least two question types', () => {
		const typesByFact = new Map<string, Set<string>>();
		for (const q of shipped.questions)
			typesByFact.set(q.fact, (typesByFact.get(q.fact) ?? new Set()).add(q.type));
		const twice = [...typesByFact.values()].filter((types) => types.size >= 2).length;
		expect(twice / typesByFact.size).toBeGreaterThanOrEqual(2 / 3);
	});

	it('holds the mechanical figures of issue 9 over the generated questions', () => {
		// Issue 9's rule is over the bank: no surface feature predicts a true/false key better
		// than 60%.
		const whole = figuresOf(shipped);
		expect(whole.bestCue.share).toBeLessThanOrEqual(0.6);
		// The generated subset holds only a few dozen statements, where some binary feature
		// always matches most keys by chance (17 statements: 11 of 17 is 65%). There the rule is
		// that no cue does better than chance beyond doubt: the 95% Wilson interval of its hit
		// rate reaches down to a coin toss.
		const f = figuresOf(shipped, (q) => q.origin === 'generated');
		const hits = Math.round(f.bestCue.share * f.truefalse.count);
		if (f.truefalse.count >= 60) expect(f.bestCue.share).toBeLessThanOrEqual(0.6);
		else expect(wilson(hits, f.truefalse.count)[0]).toBeLessThanOrEqual(0.5);
		// True and false balanced over the bank (the rule's scope); the generated subset of this
		// course has shrunk to a handful of statements (blind reviews struck out year swaps).
		expect(whole.truefalse.true / whole.truefalse.count).toBeGreaterThanOrEqual(0.4);
		expect(whole.truefalse.true / whole.truefalse.count).toBeLessThanOrEqual(0.6);
		expect(f.titlesBesideBlank).toBe(0);
		expect(f.choicesAfterArticle).toBe(0);
		expect(f.undatedTime).toBe(0);
		expect(f.pointingPrompts).toBe(0);
		expect(figuresOf(shipped).identicalPrompts).toBe(0);
	});

	it('gives no year key away by its rank among the sorted choices (blind review U16)', () => {
		// Like the true/false cue: over the generated four-choice year questions, the most
		// common key rank does no better than chance (1/4) beyond doubt.
		const check = (bank: Bank) => {
			const { count, share } = figuresOf(bank, (q) => q.origin === 'generated').yearKeyRank;
			if (count >= 60) expect(share).toBeLessThanOrEqual(0.25 + 0.1);
			else if (count > 0)
				expect(wilson(Math.round(share * count), count)[0]).toBeLessThanOrEqual(0.25);
			// No generated year question left to give its key away (B12 rejected the last one).
			else expect(count).toBe(0);
		};
		check(shipped);
	});

	// Issue 9: tried as a student, the first weeks were mostly "type the year". Replays three
	// study days of 20 new cards (the default) through the real queue, with no reviews due.
	it('teaches ideas, not years, in a student’s first three days', () => {
		const questions = shipped.questions.map(toQueueQuestion);
		const started = new Set<string>();
		const firstDays: Bank['questions'] = [];
		for (let day = 0; day < 3; day++) {
			const queue = buildQueue({
				now: 0,
				dayEnd: 1,
				settings: { newPerDay: 20, maxReviewsPerDay: 200 },
				today: { newCards: 0, reviewCards: 0 },
				learningCards: [],
				reviewIds: [],
				queuedCards: [],
				answeredToday: [],
				questions,
				isStarted: (id) => started.has(id)
			});
			for (const item of queue) started.add(item.questionId);
			firstDays.push(
				...queue.map((item) => shipped.questions.find((q) => q.id === item.questionId)!)
			);
		}
		expect(firstDays).toHaveLength(60);
		expect(new Set(firstDays.map((q) => q.type)).size).toBe(QUESTION_TYPES.length);
		const typedNumbers = firstDays.filter(
			(q) => (q.type === 'cloze' || q.type === 'short') && /\d/.test(q.answer)
		);
		// Measured 2026-12-01: 3 of 60 typed answers hold a digit (1974, late 2022, Resolution 1244).
		expect(typedNumbers.length).toBeLessThanOrEqual(6);
		expect(firstDays.filter((q) => q.origin === 'written').length).toBeGreaterThanOrEqual(45);
	});

	it('ships only questions an editor has read', () => {
		for (const q of shipped.questions) {
			if (q.origin === 'generated')
				expect(['accept', 'edit']).toContain(review.decisions[q.id]?.decision);
		}
	});
});

describe('the generator', { timeout: 60_000 }, () => {
	it('gives the same questions and ids on every run', () => {
		const first = generated.candidates.map((c) => c.question);
		const second = generateQuestions(sources, knowledge).candidates.map((c) => c.question);
		expect(second).toEqual(first);
		expect(new Set(first.map((q) => q.id)).size).toBe(first.length);
	});

	it('never cites a sentence that lacks the answer', () => {
		for (const { question, fact } of generated.candidates) {
			expect(question.source.quote).toContain(fact.kind === 'quote' ? fact.about : fact.answer);
			if (fact.fine === 'statement') expect(question.answer).toBe('true');
		}
	});

	it('asks no acronym expansion and no “who said” question', () => {
		for (const { question, fact } of generated.candidates) {
			expect(['acronym', 'quote']).not.toContain(fact.kind);
			expect(question.prompt).not.toMatch(/^Who said|stand for\?$/);
		}
	});

	it('keeps at most three facts of one sentence, siblings together', () => {
		const facts = new Map<string, Set<string>>();
		for (const { question } of generated.candidates)
			facts.set(
				question.source.quote,
				(facts.get(question.source.quote) ?? new Set()).add(question.fact)
			);
		for (const set of facts.values()) expect(set.size).toBeLessThanOrEqual(3);
	});

	it('draws distractors of the same kind as the answer, none equal to it', () => {
		for (const { question } of generated.candidates) {
			if (question.type !== 'mcq') continue;
			const choices = question.choices ?? [];
			expect(new Set(choices).size).toBe(4);
			if (/^\d{4}$/.test(question.answer)) for (const c of choices) expect(c).toMatch(/^\d{4}$/);
		}
	});

	it('asks sequences without dates in their steps (a dated step orders itself: B8 S28)', () => {
		const sequences = shipped.questions.filter(
			(q) => q.type === 'mcq' && (q.choices ?? []).some((c) => c.includes('→'))
		);
		expect(sequences.length).toBeGreaterThan(0);
		for (const q of sequences)
			for (const choice of q.choices ?? [])
				expect(choice, q.id).not.toMatch(/\b(?:1[89]|20)\d\d\b/);
	});
});

describe('applyReview', () => {
	const questions = generateQuestions(sources, knowledge)
		.candidates.map((c) => c.question)
		.slice(0, 3);
	const [a, b, c] = questions;

	it('removes rejected questions, applies edits and holds back unread ones', () => {
		const outcome = applyReview(questions, {
			version: 1,
			decisions: {
				[a.id]: { decision: 'reject', reason: 'ambiguous' },
				[b.id]: { decision: 'edit', set: { explanation: 'Rewritten by an editor.' } }
			}
		});
		expect(outcome.shipped.map((q) => q.id)).toEqual([b.id]);
		expect(outcome.shipped[0].explanation).toBe('Rewritten by an editor.');
		expect(outcome.rejected).toBe(1);
		expect(outcome.pending.map((q) => q.id)).toEqual([c.id]);
	});

	it('holds back a question that changed since the editor read it', () => {
		const changed = { ...a, prompt: `${a.prompt} (regenerated)` };
		const outcome = applyReview([changed, b], {
			version: 1,
			decisions: {
				[a.id]: { decision: 'accept', checked: fingerprint(a) },
				[b.id]: { decision: 'accept', checked: fingerprint(b) }
			}
		});
		expect(outcome.shipped.map((q) => q.id)).toEqual([b.id]);
		expect(outcome.stale.map((q) => q.id)).toEqual([a.id]);
	});

	it('reports an edit that breaks a question and keeps decisions for vanished ids', () => {
		const outcome = applyReview(questions, {
			version: 1,
			decisions: {
				[a.id]: { decision: 'edit', set: { prompt: '   ' } },
				'g-gone-cloze-12345678': { decision: 'accept' }
			}
		});
		expect(outcome.errors).toHaveLength(1);
		expect(outcome.orphans).toEqual(['g-gone-cloze-12345678']);
	});
});
