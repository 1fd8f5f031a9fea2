// The single source of truth for every record shape: forms, the device database, the server's
// request validation and the OpenAPI document all derive from these schemas.

export { LIMITS } from './limits';
export * from './categories';
export * from './adminUnit';
export * from './beneficiary';
export * from './person';
export * from './payment';
export * from './survey';
export * from './consent';
export * from './card';
export * from './attachment';
export * from './visit';
export * from './account';
export * from './sync';
export * from './auth';
export * from './backup';
export * from './issues';
export * from './rights';
export * from './dashboard';
