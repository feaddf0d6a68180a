// Random streams of the example generator (scripts/rng.mjs), all under one seed.
import { randomStream } from '../rng.mjs';

const SEED = 'cchc-tu-ky-2024';

/** A random stream for one key: `rng('xa-dai-son', '2024Q2', 'tthc')`. */
export const rng = (...key) => randomStream(SEED, ...key);
