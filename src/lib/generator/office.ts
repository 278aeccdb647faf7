/**
 * Offices a reader should know a person by: who leads a state, a government or an international
 * body ("Vestan President", "then-Prime Minister", "UN Secretary-General"). A minister's,
 * general's or commentator's title is trivia (rubric criterion 5; blind reviews B1 and B2 of
 * 2026-12-01 failed a minister's and an analyst's job titles). Used by the bank's role cards
 * (`candidates.ts`) and the drafts' office cards (`idea-role.ts`).
 */
export const LEADER_OFFICE =
	/^(?:then-)?(?:[\p{Lu}][\p{L}’'-]*\s+){0,3}(?:President|Prime Minister|Secretary[- ]General)$/u;
