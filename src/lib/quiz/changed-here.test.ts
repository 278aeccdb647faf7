import { describe, expect, it } from 'vitest';
import { changedQuizMessage, changedSince } from './changed-here';
import { edited, original } from './versions.test-helpers';
import { withQuestions } from './versions';

// Outsider teacher: after she swapped a question, the old join code still opened the old version
// on her laptop, and nothing said the quiz had changed.
describe('a code or link of a quiz changed on this device', () => {
	const stored = { ...edited(1000), code: 'Q1.now' };

	it('is an earlier version: says when it stopped, and gives the quiz as it is now', () => {
		expect(changedSince(original, stored)).toEqual({ until: 1000, code: 'Q1.now' });
		expect(changedQuizMessage(1000, 'en-GB', 'UTC')).toMatch(
			/^This quiz was changed on this device after this code or link was given out \(.+\), so it names the quiz as it was\./
		);
	});

	it('the current version, an answer accepted since, or a quiz not here: opens as ever', () => {
		expect(changedSince(stored, stored)).toBeNull();
		const accepted = withQuestions(stored, [
			...stored.questions.map((q, i) => (i === 0 ? { ...q, accept: ['anything'] } : q))
		]);
		expect(changedSince(stored, accepted)).toBeNull();
		expect(changedSince(original, undefined)).toBeNull();
	});

	it('a version this device did not keep is still said to have changed', () => {
		expect(changedSince(original, { ...stored, versions: undefined })).toEqual({
			until: null,
			code: 'Q1.now'
		});
	});
});
