import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explanationOf, parseBank } from './schema';

const shipped = JSON.parse(readFileSync('questions/bank.json', 'utf8'));

describe('the shipped question bank', () => {
	it('passes the schema', () => {
		const result = parseBank(shipped);
		expect(result.ok ? 'ok' : result.error).toBe('ok');
	});
});

describe('parseBank', () => {
	const question = shipped.questions[0];
	const withQuestions = (questions: unknown[]) => ({ ...shipped, questions });

	it('rejects a multiple-choice question whose answer is not among its choices', () => {
		const bad = { ...question, type: 'mcq', choices: ['a', 'b', 'c', 'd'], answer: 'e' };
		const result = parseBank(withQuestions([bad]));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(/one of them the answer/);
	});

	it('rejects duplicate ids and unknown documents', () => {
		expect(parseBank(withQuestions([question, question])).ok).toBe(false);
		const orphan = { ...question, source: { doc: 'no-such-doc', quote: 'x' } };
		expect(parseBank(withQuestions([orphan])).ok).toBe(false);
	});

	it('refuses an empty explanation except on an imported question', () => {
		const written = { ...question, explanation: '  ' };
		const result = parseBank(withQuestions([written]));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(/needs an explanation/);
		const imported = { ...question, explanation: '', origin: 'imported' };
		expect(parseBank(withQuestions([imported])).ok).toBe(true);
	});

	it('names the field at fault', () => {
		const result = parseBank(withQuestions([{ ...question, prompt: '' }]));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toContain('questions.0.prompt');
	});
});

describe('explanationOf', () => {
	it('gives the explanation, or null when an imported file gave none', () => {
		expect(explanationOf({ explanation: 'Since 2024.', origin: 'imported' })).toBe('Since 2024.');
		expect(explanationOf({ explanation: '', origin: 'imported' })).toBeNull();
	});

	it('reads the note older imports stored in place of an explanation as none', () => {
		const note = 'From “deck.apkg” (Anki package), which gives no explanation.';
		expect(explanationOf({ explanation: note, origin: 'imported' })).toBeNull();
		// Only the importer wrote it: a written question saying so is its own explanation.
		expect(explanationOf({ explanation: note, origin: 'written' })).toBe(note);
	});
});
