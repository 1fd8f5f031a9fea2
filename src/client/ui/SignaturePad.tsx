import { useRef, useState, type PointerEvent } from 'react';
import { useI18n } from '../i18n';
import { describedBy, hintIdOf } from './fieldId';
import { FieldError } from './FieldMessage';

export interface SignaturePadProps {
  id: string;
  /** The signature already given (e.g. restored from a draft), shown instead of an empty box. */
  imageUrl: string | null;
  /** A finished stroke: the whole signature as a PNG. */
  onSigned: (png: Blob) => void;
  onClear: () => void;
  error?: string;
}

const HEIGHT_CSS_PX = 200;
const INK = '#10243e';

/**
 * Draw with finger, stylus or mouse (pointer events on a canvas). People who cannot sign use the
 * form's own "cannot sign" path, which needs no pointer at all.
 */
export function SignaturePad({ id, imageUrl, onSigned, onClear, error }: SignaturePadProps) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  // The bitmap is sized and painted on the first touch, when the box has its final layout.
  const prepared = useRef(false);
  const [redrawing, setRedrawing] = useState(false);
  const showImage = imageUrl !== null && !redrawing;

  function start(event: PointerEvent<HTMLCanvasElement>) {
    if (!prepared.current) prepared.current = prepare(event.currentTarget);
    const ctx = event.currentTarget.getContext('2d');
    if (!ctx) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drawing.current = true;
    const { x, y } = point(event);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 0.1, y + 0.1);
    ctx.stroke();
  }

  function move(event: PointerEvent<HTMLCanvasElement>) {
    if (!drawing.current) return;
    const ctx = event.currentTarget.getContext('2d');
    if (!ctx) return;
    const { x, y } = point(event);
    ctx.lineTo(x, y);
    ctx.stroke();
  }

  function end(event: PointerEvent<HTMLCanvasElement>) {
    if (!drawing.current) return;
    drawing.current = false;
    event.currentTarget.toBlob((blob) => {
      if (blob) onSigned(blob);
    }, 'image/png');
  }

  function clear() {
    setRedrawing(true);
    if (prepared.current) prepare(canvas.current);
    onClear();
  }

  return (
    <div className={`field signature${error ? ' field-invalid' : ''}`} id={id} tabIndex={-1}>
      <p className="field-label" id={`${id}-label`}>
        {t('ui.signature.label')}
      </p>
      <p id={hintIdOf(id)} className="field-hint">
        {t('ui.signature.instructions')}
      </p>
      {showImage ? (
        <img
          className="signature-box signature-image"
          src={imageUrl}
          alt={t('ui.signature.signed')}
          height={HEIGHT_CSS_PX}
        />
      ) : (
        <canvas
          ref={canvas}
          className="signature-box"
          role="img"
          aria-labelledby={`${id}-label`}
          aria-describedby={describedBy(id, true, Boolean(error))}
          style={{ height: HEIGHT_CSS_PX }}
          onPointerDown={start}
          onPointerMove={move}
          onPointerUp={end}
          onPointerCancel={end}
        />
      )}
      <div className="signature-actions">
        <span className="signature-state" aria-live="polite">
          {imageUrl ? t('ui.signature.signed') : t('ui.signature.empty')}
        </span>
        <button type="button" className="secondary" onClick={clear} disabled={!imageUrl}>
          {t('ui.signature.clear')}
        </button>
      </div>
      <FieldError id={id} message={error} />
    </div>
  );
}

/** Sizes the bitmap to the box at device resolution and paints it white (prints cleanly). */
function prepare(el: HTMLCanvasElement | null): boolean {
  if (!el) return false;
  const ratio = window.devicePixelRatio || 1;
  el.width = Math.round(el.clientWidth * ratio) || 600;
  el.height = Math.round(HEIGHT_CSS_PX * ratio);
  const ctx = el.getContext('2d');
  if (!ctx) return false;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, el.width, el.height);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2.5 * ratio;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  return true;
}

function point(event: PointerEvent<HTMLCanvasElement>) {
  const el = event.currentTarget;
  const rect = el.getBoundingClientRect();
  return {
    x: ((event.clientX - rect.left) / rect.width) * el.width,
    y: ((event.clientY - rect.top) / rect.height) * el.height,
  };
}
