import bankUrl from '$questions/bank.json?url';
import { parseBank, type Bank, type Question, type SourceDocument } from './schema';

/** A loaded bank with the look-ups every screen needs. */
export interface BankIndex {
	bank: Bank;
	questionById: Map<string, Question>;
	documentById: Map<string, SourceDocument>;
}

export function indexBank(bank: Bank): BankIndex {
	return {
		bank,
		questionById: new Map(bank.questions.map((q) => [q.id, q])),
		documentById: new Map(bank.documents.map((d) => [d.id, d]))
	};
}

let loading: Promise<BankIndex> | undefined;

/**
 * Loads the shipped question bank once per page (the file is a hashed, precached asset, so it
 * comes from the service worker's cache when offline) and validates it before use.
 */
export function loadBank(fetchImpl: typeof fetch = fetch): Promise<BankIndex> {
	loading ??= (async () => {
		const response = await fetchImpl(bankUrl);
		if (!response.ok)
			throw new Error(`The question bank could not be loaded (${response.status}).`);
		const parsed = parseBank(await response.json());
		if (!parsed.ok) throw new Error(`The question bank is damaged: ${parsed.error}`);
		return indexBank(parsed.value);
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}
