/**
 * The Wilson score interval for a binomial proportion (Wilson 1927), as [low, high] in 0–1.
 * `z` defaults to 1.959964, the two-sided 95% normal quantile. Returns [0, 1] for n = 0.
 */
export function wilson(successes: number, n: number, z = 1.959964): [number, number] {
	if (n === 0) return [0, 1];
	const p = successes / n;
	const z2 = z * z;
	const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
	const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
	return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
