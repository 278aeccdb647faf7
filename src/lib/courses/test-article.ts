import type { DocumentDraft } from '$lib/documents/draft';

/**
 * A made-up news article (no real events) for generator and screen tests: people with roles,
 * places, years, dates and figures, the kinds of facts the generator asks about.
 */
export const MADE_UP_ARTICLE = [
	'Harbour town of Velmora opens a new tidal power station',
	'The tidal power station at Velmora, a fishing town on the northern coast of Estavia, began supplying electricity on 14 March 2024 after six years of construction.',
	'Estavian Prime Minister Lena Sorvik opened the station on its first day. Sorvik called it a model for the whole coast.',
	'Sorvik welcomed Varnian President Odo Brandt to the opening. Brandt said that Varn would build a tidal station of its own.',
	'The project cost €420 million, of which the European Investment Bank lent €150 million. Engineers from Norway and Portugal designed its twelve turbines.',
	'Mayor Ilse Marquardt said the station would cover the needs of about 38,000 households. Marquardt was elected mayor of Velmora in 2017 on a promise to bring clean energy to the coast.',
	'Construction began in 2018, when the national government of Estavia approved the plan. The first turbine was lowered into the channel in 2021.',
	'Fishermen in the nearby village of Korsund opposed the project for years. In 2019 about 300 of them blocked the harbour for a week, fearing that the turbines would drive away the herring.',
	'A study by the University of Lindholm found in 2023 that herring catches in the bay had not fallen. Its author, marine biologist Tomas Aaberg, said the turbines turn too slowly to harm fish.',
	'The station produces 240 gigawatt hours a year, about 4 percent of Estavia’s electricity. The operator, Nordtide Energy, plans a second station at Brennvik by 2029.'
].join('\n\n');

/** A draft as `readPastedText` would give it, with any field replaced. */
export function draftOf(text: string, extra: Partial<DocumentDraft> = {}): DocumentDraft {
	return {
		title: 'Velmora tidal station',
		outlet: 'Coast Courier',
		date: '2024-03-20',
		text,
		format: 'text',
		notes: [],
		english: true,
		...extra
	};
}
