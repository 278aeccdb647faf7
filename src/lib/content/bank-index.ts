/**
 * A bank's look-ups, apart from `bank.ts` (the course loader, with Dexie): the projector and a
 * quiz's code reach `indexBank` through `quiz/course-source.ts`, and importing it from the loader
 * evaluated Dexie in their start-up task (issue 14, Lighthouse TBT).
 */
import type { Bank, Question, SourceDocument } from './schema';

/** A loaded bank with the look-ups every screen needs. */
export interface BankIndex {
	bank: Bank;
	questionById: Map<string, Question>;
	documentById: Map<string, SourceDocument>;
}

/** `bank` with its questions and documents by id (later duplicates of an id win). */
export function indexBank(bank: Bank): BankIndex {
	return {
		bank,
		questionById: new Map(bank.questions.map((q) => [q.id, q])),
		documentById: new Map(bank.documents.map((d) => [d.id, d]))
	};
}
