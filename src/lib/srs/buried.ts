import { plural } from '$lib/text/plural';

/**
 * The done screen's line about buried cards (`buildQueueCounted`): how many cards due today
 * wait for tomorrow, and why, as Anki shows its buried count. Flashpoint buries siblings (two
 * questions on one fact or one source sentence) so an answer never gives another away. Pure.
 */
export function buriedText(count: number): string {
	const cards = plural(count, 'card');
	const verb = count === 1 ? 'was' : 'were';
	return `${cards} due today ${verb} buried until tomorrow: ${count === 1 ? 'it asks' : 'each asks'} about the same fact or sentence as a question you answered today, and two questions on one fact never come on the same day (Anki calls these buried siblings).`;
}

/**
 * The done screen's line about new questions held back (`buildQueueCounted`'s `newBuried`):
 * today's new limit was not reached because each remaining new question shares a fact or a
 * source sentence with one answered or shown today. They come tomorrow. Pure.
 */
export function newBuriedText(count: number): string {
	const questions = plural(count, 'new question');
	const verb = count === 1 ? 'waits' : 'wait';
	return `${questions} ${verb} for tomorrow, not because of your daily limit: ${count === 1 ? 'it asks' : 'each asks'} about the same fact or sentence as a question you studied today, so it would give the answer away.`;
}
