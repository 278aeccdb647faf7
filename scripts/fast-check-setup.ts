// Vitest setup of every project (vite.config.ts `setupFiles`): the seed of every fast-check
// property in this run that sets none (scripts/fast-check-run.js says which). In a fuzz run the
// wrapper (scripts/fast-check-fuzz.ts) gives every property its seed and runs explicitly.
import fc from 'fast-check';
import { inject } from 'vitest';

fc.configureGlobal({ seed: inject('fastCheck').seed });
