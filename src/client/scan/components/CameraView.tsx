import { useState, type CSSProperties } from 'react';
import { useI18n } from '../../i18n';
import { GUIDE_FRACTION } from '../decoder/geometry';
import type { Camera } from '../hooks/useCamera';

/** The live picture with its guide frame, and the torch, zoom and camera switches it offers. */
export function CameraView({
  camera,
  videoRef,
}: {
  camera: Camera;
  videoRef: (video: HTMLVideoElement | null) => void;
}) {
  const { t } = useI18n();
  const { torch, zoom, session } = camera;
  const live = camera.status === 'live';
  const [portrait, setPortrait] = useState(false);
  const guide = { '--guide': `${GUIDE_FRACTION * 100}%` } as CSSProperties;
  return (
    <div className="scan-camera">
      <div
        className="scan-viewport"
        role="img"
        aria-label={t('scan.camera.preview')}
        data-orientation={portrait ? 'portrait' : 'landscape'}
        style={guide}
      >
        <video
          ref={videoRef}
          className="scan-video"
          autoPlay
          muted
          playsInline
          onResize={(e) => setPortrait(e.currentTarget.videoHeight > e.currentTarget.videoWidth)}
        />
        <div className="scan-guide" aria-hidden="true" />
      </div>
      {live && (torch.supported || zoom || camera.cameraCount > 1) && (
        <div className="scan-controls">
          {torch.supported && (
            <button
              type="button"
              className="secondary"
              aria-pressed={torch.on}
              onClick={() => void session.setTorch(!torch.on)}
            >
              {torch.on ? t('scan.camera.torchOff') : t('scan.camera.torchOn')}
            </button>
          )}
          {zoom && (
            <label className="scan-zoom">
              {t('scan.camera.zoom')}
              <input
                type="range"
                min={zoom.min}
                max={zoom.max}
                step={zoom.step}
                value={zoom.value}
                onChange={(e) => void session.setZoom(Number(e.target.value))}
              />
            </label>
          )}
          {camera.cameraCount > 1 && (
            <button type="button" className="secondary" onClick={() => void session.switchCamera()}>
              {t('scan.camera.switch')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
