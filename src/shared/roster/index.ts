// The roster import: the office's file → roster entries, matched and compared with the roster.
export * from './importFields';
export * from './importValues';
export * from './communes';
export * from './importRow';
export * from './matching';
export * from './diff';
export * from './importApi';
