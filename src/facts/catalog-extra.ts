import type { FactDef } from './catalog.js';

/**
 * Facts added for the complete national rule books (collective titles, forms of commendation).
 * Kept apart from the core catalogue so rule content can grow without touching it.
 */
export const EXTRA_FACTS: readonly FactDef[] = [];
