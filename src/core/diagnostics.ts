// The diagnostic model lives in src/shared (the renderer and the contract read it too); the
// core's modules keep this short path to it.
export * from '../shared/diagnostics';
