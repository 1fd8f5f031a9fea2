import { useEffect, useEffectEvent } from 'react';
import { startScanLoop } from '../camera/scanLoop';
import type { FrameDecoder } from '../decoder/types';

/** Runs the decode loop while `enabled`; see startScanLoop for its rules. */
export function useScanLoop(
  video: HTMLVideoElement | null,
  decoder: FrameDecoder | null,
  enabled: boolean,
  onText: (text: string) => boolean,
  onFail: (error: unknown) => void,
): void {
  const text = useEffectEvent(onText);
  const fail = useEffectEvent(onFail);
  useEffect(() => {
    if (!enabled || !video || !decoder) return;
    return startScanLoop(
      video,
      decoder,
      (t) => text(t),
      (e) => fail(e),
    );
  }, [enabled, video, decoder]);
}
