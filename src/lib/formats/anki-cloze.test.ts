import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clozeCards, clozeNoteText } from './anki-cloze';

describe('clozeCards', () => {
	it('makes one card per deletion number, the other deletions as plain text', () => {
		expect(clozeCards('{{c1::Pristina}} became the capital in {{c2::2008}}.')).toEqual([
			{ number: 1, prompt: '____ became the capital in 2008.', answer: 'Pristina' },
			{ number: 2, prompt: 'Pristina became the capital in ____.', answer: '2008' }
		]);
	});

	it('shows a hint as Anki does, "[hint]" in the hidden place, on its own card only', () => {
		expect(clozeCards('{{c1::Pristina::city}} is in {{c2::Kosovo::country}}.')).toEqual([
			{ number: 1, prompt: '____ [city] is in Kosovo.', answer: 'Pristina' },
			{ number: 2, prompt: 'Pristina is in ____ [country].', answer: 'Kosovo' }
		]);
	});

	it('skips a number used twice (one blank a question) and keeps the others', () => {
		expect(clozeCards('{{c1::a}} and {{c1::b}} and {{c2::c::hint}}')).toEqual([
			{ number: 2, prompt: 'a and b and ____ [hint]', answer: 'c' }
		]);
	});
});

describe('clozeNoteText', () => {
	it('puts the cards of one note back as that note, hints and numbers kept', () => {
		const text = 'In {{c2::1999}} {{c1::KFOR::a force}} entered {{c3::Kosovo}}.';
		expect(clozeNoteText(clozeCards(text))).toBe(text);
		// In any order, and a subset keeps its own numbers.
		expect(clozeNoteText([...clozeCards(text)].reverse())).toBe(text);
		expect(clozeNoteText(clozeCards(text).slice(1))).toBe(
			'In {{c2::1999}} KFOR entered {{c3::Kosovo}}.'
		);
	});

	it('writes a Flashpoint question as deletion 1, and finds the right one of two equal words', () => {
		expect(clozeNoteText([{ number: 1, prompt: 'A ____ is a rose.', answer: 'rose' }])).toBe(
			'A {{c1::rose}} is a rose.'
		);
		const text = 'A {{c1::rose}} is a {{c2::rose}}.';
		expect(clozeNoteText(clozeCards(text))).toBe(text);
	});

	it('refuses cards that no longer read as one note, or repeat a number', () => {
		const [one, two] = clozeCards('{{c1::Pristina}} became the capital in {{c2::2008}}.');
		expect(clozeNoteText([one, { ...two, prompt: 'Pristina became a capital in ____.' }])).toBe(
			undefined
		);
		expect(clozeNoteText([one, { ...one }])).toBe(undefined);
		expect(clozeNoteText([])).toBe(undefined);
	});

	it('gives back any note of distinct deletions it split (property)', () => {
		const word = fc.stringMatching(/^[A-Za-zé0-9 ,.]{0,8}$/);
		const answer = fc.stringMatching(/^[A-Za-zé0-9][A-Za-zé0-9 ]{0,6}$/);
		const hint = fc.option(fc.stringMatching(/^[a-z]{1,6}$/), { nil: undefined });
		const note = fc
			.array(fc.tuple(word, answer, hint), { minLength: 1, maxLength: 5 })
			.chain((parts) =>
				fc.tuple(
					fc.constant(parts),
					fc.shuffledSubarray(
						parts.map((_, i) => i + 1),
						{ minLength: parts.length, maxLength: parts.length }
					),
					word
				)
			)
			.map(
				([parts, numbers, tail]) =>
					parts
						.map(([before, a, h], i) => `${before}{{c${numbers[i]}::${a}${h ? `::${h}` : ''}}}`)
						.join('') + tail
			);
		fc.assert(
			fc.property(note, (text) => {
				const cards = clozeCards(text);
				expect(clozeNoteText(cards)).toBe(text);
			})
		);
	});
});
