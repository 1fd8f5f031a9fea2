// The shared core: domain rules (Vietnamese text, ID numbers, the CCCD QR code, phones, banks,
// wallets), record schemas and the message keys both return. Pure: no DOM, no Node.

export * from './text';
export * from './dates';
export * from './provinces';
export * from './idNumber';
export * from './cccdQr';
export * from './phone';
export * from './banks';
export * from './wallets';
export type { ParserMessageKey } from './messages/parsers';
export * from './schemas';
export * from './messages';
export * from './categoryVisibility';
