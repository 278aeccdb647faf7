import { describe, expect, it } from 'vitest';
import {
	definiteBackReference,
	degreeCut,
	frameCased,
	suffixAccepted,
	unnamedWorkYear
} from './idea-prompt-frame';

const view = (texts: string[]) => ({ sentences: texts.map((text) => ({ text })) as never });

describe('degreeCut', () => {
	it('refuses a prompt that stops where the sentence goes on with its complement', () => {
		expect(
			degreeCut(
				'Who built ladders long enough?',
				'Tomas built ladders long enough to reach the roof.'
			)
		).toBe(true);
		expect(degreeCut('What was too heavy?', 'The bell was too heavy to lift by hand.')).toBe(true);
	});
	it('keeps a degree the sentence ends on', () => {
		expect(
			degreeCut('What was never strong enough?', 'The old wall was never strong enough.')
		).toBe(false);
		expect(degreeCut('Who built the mill?', 'Tomas built the mill strong enough to last.')).toBe(
			false
		);
	});
});

describe('unnamedWorkYear', () => {
	it('refuses a year asked of publishing an unnamed work', () => {
		expect(unnamedWorkYear('In ____, Mara Lind published a book about her town.')).toBe(true);
		expect(unnamedWorkYear('In ____, a clerk published an account of the flood.')).toBe(true);
	});
	it('keeps other years and named works', () => {
		expect(unnamedWorkYear('In ____, Mara Lind published Harbour Lights.')).toBe(false);
		expect(unnamedWorkYear('In ____, the bridge was opened.')).toBe(false);
	});
});

describe('suffixAccepted', () => {
	it('names a regnal or generation suffix alone', () => {
		for (const form of ['II', 'XIV', 'Jr.', 'Senior']) expect(suffixAccepted(form)).toBe(true);
		for (const form of ['Ivo', 'Lind', 'Vix']) expect(suffixAccepted(form)).toBe(false);
	});
});

describe('frameCased', () => {
	it('lowers a sentence opening kept inside a frame', () => {
		expect(frameCased('What is Growing reeds for thatch called?', view([]))).toBe(
			'What is growing reeds for thatch called?'
		);
		expect(
			frameCased('In ____, The Osprey reached the far shore.', view(['The Osprey sailed.']))
		).toBe('In ____, the Osprey reached the far shore.');
	});
	it('keeps names', () => {
		expect(frameCased('In ____, Tomas Berg opened a mill.', view([]))).toBe(
			'In ____, Tomas Berg opened a mill.'
		);
		expect(frameCased('What is Reading Abbey called?', view([]))).toBe(
			'What is Reading Abbey called?'
		);
		expect(
			frameCased(
				'In ____, The Silver Road was first sung.',
				view(['She wrote a song called The Silver Road.'])
			)
		).toBe('In ____, The Silver Road was first sung.');
	});
});

describe('definiteBackReference', () => {
	it('refuses a definite thing whose clause names another definite noun', () => {
		expect(definiteBackReference('What is the mud that covers the field called?')).toBe(true);
		expect(definiteBackReference('What are the tools which shape the clay called?')).toBe(true);
	});
	it('keeps an indefinite thing, a clause with no definite noun, and names', () => {
		expect(definiteBackReference('What is a shed where the tools are kept called?')).toBe(false);
		expect(definiteBackReference('What is the mud that covers fields called?')).toBe(false);
		expect(definiteBackReference('What is the hill that faces the Severn called?')).toBe(false);
	});
});
