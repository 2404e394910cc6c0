/**
 * Node-only entry of thidua (`thidua/node`): parallel batch evaluation on worker threads.
 * @packageDocumentation
 */
export { evaluateManyParallel } from './evaluate-parallel.js';
export type { ParallelOptions } from './evaluate-parallel.js';
