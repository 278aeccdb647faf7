import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../../scripts/read-sources';
import { parseBank, QUESTION_TYPES, type Bank } from '../content/schema';
import { quoteInSource } from '../content/sources';
import { buildBank, generateQuestions } from './index';
import { applyReview, fingerprint, parseReview } from './review';

const sources = readSources();
const shipped = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as Bank;
const review = parseReview(JSON.parse(readFileSync('questions/review.json', 'utf8')));
// Generating takes a second or two; do it once and share the result between tests.
const generated = generateQuestions(sources);
const written = existsSync('questions/written.json')
	? JSON.parse(readFileSync('questions/written.json', 'utf8'))
	: undefined;
const corrections = JSON.parse(readFileSync('questions/corrections.json', 'utf8'));

describe('the shipped bank', { timeout: 60_000 }, () => {
	it('passes the schema', () => {
		const result = parseBank(shipped);
		expect(result.ok ? 'ok' : result.error).toBe('ok');
	});

	it('has at least 400 questions of every type, from every document', () => {
		expect(shipped.questions.length).toBeGreaterThanOrEqual(400);
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
		const rebuilt = buildBank(sources, written, review, corrections).bank;
		expect(rebuilt.questions.map((q) => q.id)).toEqual(shipped.questions.map((q) => q.id));
		expect(rebuilt).toEqual(shipped);
	});

	it('attributes disputed figures instead of asserting them', () => {
		const firms = shipped.questions.filter((q) =>
			/(\d|____) Turkish(-owned)? (firms|companies)/.test(q.prompt)
		);
		expect(firms.length).toBeGreaterThan(0);
		for (const q of firms) expect(q.prompt).toMatch(/according to /i);
	});

	it('asks every fact in at least two question types', () => {
		const typesByFact = new Map<string, Set<string>>();
		for (const q of shipped.questions)
			typesByFact.set(q.fact, (typesByFact.get(q.fact) ?? new Set()).add(q.type));
		const single = [...typesByFact].filter(([, types]) => types.size < 2).map(([fact]) => fact);
		// The only allowed exception is an argument sentence offered as one true statement
		// (a `-statement-` group, which never holds a date, a person, a figure or an
		// agreement), and even those stay rare.
		expect(single.filter((fact) => !/-statement-/.test(fact))).toEqual([]);
		expect(single.length).toBeLessThanOrEqual(Math.floor(typesByFact.size * 0.05));
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
		const second = generateQuestions(sources).candidates.map((c) => c.question);
		expect(second).toEqual(first);
		expect(new Set(first.map((q) => q.id)).size).toBe(first.length);
	});

	it('never cites a sentence that lacks the answer', () => {
		for (const { question, fact } of generated.candidates) {
			expect(question.source.quote).toContain(fact.kind === 'quote' ? fact.about : fact.answer);
			if (fact.fine === 'statement') expect(question.answer).toBe('true');
		}
	});

	it('gives a fact held out by the sentence limit a sibling of another type', () => {
		// This sentence carries more facts than the five-question limit allows; both people
		// in it are still asked as a cloze and as a multiple choice.
		const sentence = 'Erdogan accused Haradinaj of protecting terrorists';
		for (const person of ['Haradinaj', 'Thaci']) {
			const types = generated.candidates
				.filter(
					({ question, fact }) =>
						question.source.quote.startsWith(sentence) && fact.answer === person
				)
				.map(({ question }) => question.type);
			expect(types.sort(), person).toEqual(['cloze', 'mcq']);
		}
	});

	it('groups an acronym spelt out in several articles into one fact', () => {
		const kfor = generated.candidates.filter(
			({ fact }) => fact.kind === 'acronym' && fact.about === 'KFOR'
		);
		expect(new Set(kfor.map((c) => c.question.source.doc)).size).toBeGreaterThan(1);
		expect(new Set(kfor.map((c) => c.question.fact)).size).toBe(1);
		expect(new Set(kfor.map((c) => c.question.type)).size).toBeGreaterThanOrEqual(2);
	});

	it('draws distractors of the same kind as the answer, none equal to it', () => {
		for (const { question } of generated.candidates) {
			if (question.type !== 'mcq') continue;
			const choices = question.choices ?? [];
			expect(new Set(choices).size).toBe(4);
			if (/^\d{4}$/.test(question.answer)) for (const c of choices) expect(c).toMatch(/^\d{4}$/);
		}
	});
});

describe('applyReview', () => {
	const questions = generateQuestions(sources)
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
