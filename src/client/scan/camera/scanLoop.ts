import type { FrameDecoder } from '../decoder/types';

const MAX_FAILURES = 10;

type VideoWithFrameCallback = HTMLVideoElement & {
  requestVideoFrameCallback?: (callback: () => void) => number;
  cancelVideoFrameCallback?: (handle: number) => void;
};

/**
 * Decodes video frames one at a time: the next frame is grabbed only when the previous decode has
 * finished, so a slow tablet simply reads fewer frames per second instead of queueing them.
 * `onText` returns true to stop (a card was read); `onFail` is called, and the loop stops, when
 * frames keep failing to decode (a crashed worker). Returns a function that stops the loop.
 */
export function startScanLoop(
  video: HTMLVideoElement,
  decoder: FrameDecoder,
  onText: (text: string) => boolean,
  onFail: (error: unknown) => void,
): () => void {
  const v = video as VideoWithFrameCallback;
  let stopped = false;
  let frameHandle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;

  // A new frame when the browser can say so; otherwise a short pause.
  const schedule = () => {
    if (stopped) return;
    if (v.requestVideoFrameCallback) frameHandle = v.requestVideoFrameCallback(() => void tick());
    else timer = setTimeout(() => void tick(), 30);
  };

  const tick = async () => {
    if (stopped) return;
    if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) {
      try {
        const frame = await createImageBitmap(video);
        const text = await decoder.decode(frame, 'video');
        failures = 0;
        if (stopped) return;
        if (text !== null && onText(text)) {
          stopped = true;
          return;
        }
      } catch (error) {
        // One bad frame (the video resizing while the camera switches) is skipped; a run of them
        // means the decoder is gone.
        if (stopped) return;
        if (++failures >= MAX_FAILURES) {
          stopped = true;
          onFail(error);
          return;
        }
      }
    }
    schedule();
  };

  schedule();
  return () => {
    stopped = true;
    if (frameHandle !== undefined) v.cancelVideoFrameCallback?.(frameHandle);
    if (timer !== undefined) clearTimeout(timer);
  };
}
