import { useState } from 'react';
import { useI18n, type MessageKey } from '../i18n';
import { CameraHelp } from './components/CameraHelp';
import { CameraView } from './components/CameraView';
import { ManualEntry } from './components/ManualEntry';
import { PhotoButton } from './components/PhotoButton';
import { ScanConfirm } from './components/ScanConfirm';
import { signalSuccess } from './feedback';
import { useCamera } from './hooks/useCamera';
import { useDecoder } from './hooks/useDecoder';
import { usePageVisible } from './hooks/usePageVisible';
import { useScanLoop } from './hooks/useScanLoop';
import { interpretScan, type ScanOutcome, type ScanSource } from './interpretScan';
import { readPhoto } from './photo';
import './scanner.css';

export interface CccdScannerProps {
  /** Called with what was read (or typed) once the user has checked it against the card. */
  onResult: (outcome: ScanOutcome) => void;
  /** Shows a close button. The camera is released whenever the scanner unmounts. */
  onCancel?: () => void;
}

type Mode = { name: 'camera' } | { name: 'manual' } | { name: 'confirm'; outcome: ScanOutcome };
type Message = { key: MessageKey; params?: Record<string, string>; reason?: MessageKey };

const CAMERA_MESSAGES: Partial<Record<string, MessageKey>> = {
  starting: 'scan.status.starting',
  live: 'scan.status.scanning',
};

/**
 * Reads a CCCD: live camera with a guide frame, a photo, or typed details; then shows what was
 * read for confirmation. Everything runs on the device; nothing is sent anywhere.
 */
export function CccdScanner({ onResult, onCancel }: CccdScannerProps) {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>({ name: 'camera' });
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState<Message | null>(null);
  const visible = usePageVisible();
  const { decoder, failed } = useDecoder();
  const camera = useCamera(video, mode.name === 'camera' && visible, attempt);

  const confirm = (outcome: ScanOutcome) => {
    setMode({ name: 'confirm', outcome });
    setMessage(
      outcome.kind === 'card'
        ? { key: 'scan.status.read', params: { name: outcome.card.fullName } }
        : { key: 'scan.status.readId', params: { id: outcome.idNumber } },
    );
  };

  const accept = (text: string, source: ScanSource): boolean => {
    const read = interpretScan(text, source);
    if (!read.ok) {
      setMessage({ key: 'scan.status.notCard', reason: read.error });
      return false;
    }
    signalSuccess();
    confirm(read.outcome);
    return true;
  };

  useScanLoop(
    video,
    decoder,
    mode.name === 'camera' && camera.status === 'live',
    (text) => accept(text, 'camera'),
    () => setMessage({ key: 'scan.status.decodeFailed' }),
  );

  const onPhoto = async (file: File) => {
    if (!decoder) return setMessage({ key: 'scan.status.decoderLoading' });
    setMessage({ key: 'scan.status.readingPhoto' });
    const read = await readPhoto(file, decoder);
    if (read.ok) accept(read.text, 'photo');
    else setMessage({ key: read.error });
  };

  const backToCamera = () => {
    setMessage(null);
    setMode({ name: 'camera' });
  };

  const statusKey: MessageKey | undefined = failed
    ? 'scan.status.decoderFailed'
    : mode.name === 'manual'
      ? 'scan.status.manual'
      : (message?.key ?? CAMERA_MESSAGES[camera.status]);
  const statusText =
    statusKey &&
    t(statusKey, { ...message?.params, ...(message?.reason && { reason: t(message.reason) }) });
  const cameraProblem = !['idle', 'starting', 'live'].includes(camera.status);

  return (
    <section className="scanner" aria-labelledby="scanner-title" data-engine={decoder?.engine}>
      <div className="scan-header">
        <h2 id="scanner-title">{t('scan.title')}</h2>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('scan.close')}
          </button>
        )}
      </div>
      <p className="scan-status" role="status" aria-live="polite">
        {statusText}
      </p>
      {mode.name === 'camera' && (
        <>
          {cameraProblem && (
            <CameraHelp status={camera.status} onRetry={() => setAttempt((a) => a + 1)} />
          )}
          <div hidden={cameraProblem}>
            <CameraView camera={camera} videoRef={setVideo} />
            <p className="scan-instructions">{t('scan.camera.instructions')}</p>
          </div>
          <div className="scan-actions">
            <PhotoButton onPhoto={(file) => void onPhoto(file)} disabled={!decoder} />
            <button type="button" className="secondary" onClick={() => setMode({ name: 'manual' })}>
              {t('scan.manual.button')}
            </button>
          </div>
        </>
      )}
      {mode.name === 'manual' && <ManualEntry onDone={confirm} onBack={backToCamera} />}
      {mode.name === 'confirm' && (
        <ScanConfirm
          outcome={mode.outcome}
          onUse={() => onResult(mode.outcome)}
          onRescan={backToCamera}
        />
      )}
    </section>
  );
}
