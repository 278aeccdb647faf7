import { describe, expect, it } from 'vitest';
import { pointsIntoArticle } from './standalone';

describe('a statement that points into the text around it (blind review H37)', () => {
	it('refuses "this"/"that" as an object, "that same", a bare response, a comparative scale and a made thing', () => {
		for (const text of [
			'Angry at this, Marta Kessel marched on the town of Lumen in 1702.',
			'In 1705 the council had been crowned in that same hall after the war.',
			'Townsmen had responded by founding the Lumen Guard in 1703.',
			'On a larger scale, the Ostran League launched the Green Belt plan in 1707.',
			'The finished sheet is called a velmagram.'
		])
			expect(pointsIntoArticle(text), text).toBe(true);
	});

	it('keeps a sentence that names what it speaks of', () => {
		for (const text of [
			'Marta Kessel responded to the siege by marching on Lumen in 1702.',
			'The Ostran League launched the Green Belt plan in 1707.',
			'Kessel is known for the velm effect in the study of Lumen.',
			'One law applied in Ostra and Lumen.'
		])
			expect(pointsIntoArticle(text), text).toBe(false);
	});
});
