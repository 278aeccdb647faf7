// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** Content hash of `questions/bank.json`, set by `vite.config.ts` at build time. */
	const FLASHPOINT_BANK_HASH: string;
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
