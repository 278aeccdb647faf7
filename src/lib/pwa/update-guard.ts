/**
 * Holds off switching to a new app version while critical work is in progress (an answer being
 * saved or shown). Features take a hold and release it when done; the update waits for none.
 */
export class UpdateGuard {
	#holds = new Map<symbol, string>();
	#waiters: (() => void)[] = [];
	#onChange: () => void;

	constructor(onChange: () => void = () => {}) {
		this.#onChange = onChange;
	}

	/** Why the update is being held, in the order the holds were taken. */
	get reasons(): string[] {
		return [...this.#holds.values()];
	}

	get held(): boolean {
		return this.#holds.size > 0;
	}

	/** Takes a hold; the returned function releases it (calling it twice is harmless). */
	hold(reason: string): () => void {
		const key = Symbol(reason);
		this.#holds.set(key, reason);
		this.#onChange();
		return () => {
			if (!this.#holds.delete(key)) return;
			this.#onChange();
			if (this.#holds.size === 0) {
				const waiters = this.#waiters;
				this.#waiters = [];
				waiters.forEach((resolve) => resolve());
			}
		};
	}

	/** Resolves once no hold remains (at once if none is held). */
	whenClear(): Promise<void> {
		if (this.#holds.size === 0) return Promise.resolve();
		return new Promise((resolve) => this.#waiters.push(resolve));
	}
}
