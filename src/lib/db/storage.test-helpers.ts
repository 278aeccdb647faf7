/**
 * A Storage kept in memory for tests of what a tab keeps in sessionStorage or localStorage
 * (`local-list.ts` and its users): one instance stands for one storage area; `map` shows what
 * is stored.
 */
export function memoryStorage() {
	const map = new Map<string, string>();
	return {
		getItem: (key: string) => map.get(key) ?? null,
		setItem: (key: string, value: string) => void map.set(key, value),
		removeItem: (key: string) => void map.delete(key),
		map
	};
}
