import { describe, expect, it } from 'vitest';
import {
	addBackLabel,
	addedBackWords,
	canAddBack,
	setAsideHeading,
	setAsideLine,
	waitingLacksWords
} from './set-aside-words';

const ana = { name: 'Ana', attemptId: '5wLRzAbc' };
const retake = { name: 'ána', attemptId: '9QpTeXyz' };
const said = (name: string) => `\u2068${name}\u2069`;

describe('results outside the report', () => {
	it('says what happened to each, with its attempt id', () => {
		expect(setAsideHeading(2)).toBe('2 results set aside, not counted');
		expect(setAsideLine(ana, 'removed')).toBe(`Removed: ${said('Ana')} (attempt 5wLRz)`);
		expect(setAsideLine(ana, 'replaced')).toBe(
			`Replaced by a later result: ${said('Ana')} (attempt 5wLRz)`
		);
	});
	it('says whose result a refused retake left in the report', () => {
		expect(setAsideLine(retake, 'discarded', [ana])).toBe(
			`Refused retake: ${said('ána')} (attempt 9QpTe); kept instead: ${said('Ana')} (attempt 5wLRz)`
		);
		expect(setAsideLine(retake, 'discarded')).toBe(
			`Refused retake: ${said('ána')} (attempt 9QpTe)`
		);
	});
	it('offers Add it back, naming the result, for removed and replaced ones only', () => {
		expect(addBackLabel(ana)).toBe(`Add ${said('Ana')}’s result back (attempt 5wLRz)`);
		expect(addBackLabel({ name: 'Ana' })).toBe(`Add ${said('Ana')}’s result back`);
		expect([canAddBack('removed'), canAddBack('replaced'), canAddBack('discarded')]).toEqual([
			true,
			true,
			false
		]);
	});
	it('says where an added-back result went', () => {
		expect(addedBackWords(ana, 'added')).toBe(
			`${said('Ana')} (attempt 5wLRz): back in the report.`
		);
		expect(addedBackWords(ana, 'same-name')).toMatch(
			/waiting for your choice under Collect results/
		);
		expect(addedBackWords(ana, 'failed')).toMatch(/could not be saved/);
	});
	it('names the waiting results an export lacks', () => {
		expect(waitingLacksWords([])).toBe('');
		expect(waitingLacksWords([retake])).toBe(
			`Not in this file: ${said('ána')} (attempt 9QpTe). It waits for your choice under Collect results (same name); export again after you decide.`
		);
		expect(waitingLacksWords([retake, ana])).toMatch(/^Not in this file: .*, .*\. They wait /);
	});
});
