import { describe, expect, it } from 'vitest';
import { readAnkiText } from './anki-text';
import { readGift } from './gift';
import { distinctTopics } from './portable';
import { guessMapping, readTable, tableToQuestions } from './table';

/**
 * Topics that differ only in case are one, as Anki's tags are case-insensitive (outsider,
 * session 29: a deck "Balkans::Capitals" with the tag "capitals" read "Capitals, geo, capitals").
 */
describe('one topic whatever its case', () => {
	it('keeps the first spelling; accents still tell names apart', () => {
		expect(
			distinctTopics(['Capitals', 'geo', 'capitals', 'GEO', ' ', 'İstanbul', 'İSTANBUL'])
		).toEqual(['Capitals', 'geo', 'İstanbul']);
		expect(distinctTopics(['Économie', 'economie', 'ÉCONOMIE'])).toEqual(['Économie', 'economie']);
	});

	const READERS: { format: string; topics: () => string[] }[] = [
		{
			format: 'Anki notes in plain text (the outsider’s file)',
			topics: () =>
				readAnkiText(
					'#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:5\n' +
						'Basic\tBalkans::Capitals\tWhat is the capital of <b>Kosovo</b>?\tPristina\tgeo capitals\n'
				).questions[0].topics
		},
		{
			format: 'Moodle GIFT (category and tags)',
			topics: () =>
				readGift(
					'$CATEGORY: $course$/top/Capitals\n\n// [tag:capitals] [tag:geo]\n::Q:: Pristina? {T}\n'
				).questions[0].topics
		},
		{
			format: 'a spreadsheet’s tags cell',
			topics: () => {
				const table = readTable(
					'Question,Answer,Tags\nPristina?,Kosovo,"Capitals, geo, capitals"\n'
				);
				return tableToQuestions(table, guessMapping(table)).questions[0].topics;
			}
		}
	];
	for (const { format, topics } of READERS)
		it(`reads ${format} with each topic once`, () => {
			expect(topics()).toEqual(['Capitals', 'geo']);
		});
});
