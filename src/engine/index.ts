/** Deltascope's engine: the two-step rule of backpropagation as pure TypeScript, no DOM. */
export * from './types';
export * from './matrix';
export * from './bias';
export * from './activations';
export * from './losses';
export * from './network';
export * from './networkFile';
export * from './trace';
export * from './steps';
export * from './amplification';
export * from './format';
export * from './notation';
export * from './tex';
export * from './formula';
export * from './entryFormula';
