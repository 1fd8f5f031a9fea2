import { useRef } from 'react';
import { useI18n } from '../../i18n';

/**
 * "Scan from a photo": opens the device's own camera app (sharper, with autofocus and flash) or
 * the gallery, for when live scanning cannot read a card.
 */
export function PhotoButton({
  onPhoto,
  disabled,
}: {
  onPhoto: (file: File) => void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        aria-label={t('scan.photo.input')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // the same photo may be chosen again after a failure
          if (file) onPhoto(file);
        }}
      />
      <button
        type="button"
        className="secondary"
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {t('scan.photo.button')}
      </button>
    </>
  );
}
