export * from './call-spec';
export * from './calls';
export * from './events';
export * from './errors';
export * from './paths';
export * from './site-schemas';
