// The CCCD scanner: what the rest of the app may use.
export { CccdScanner, type CccdScannerProps } from './CccdScanner';
export { ScanDemoPage } from './ScanDemoPage';
export { CardDetails } from './components/CardDetails';
export {
  interpretScan,
  type ScanOutcome,
  type ScanSource,
  type Interpretation,
} from './interpretScan';
export { createDecoder } from './decoder/createDecoder';
export type { FrameDecoder, Frame, FrameSource, EngineName } from './decoder/types';
