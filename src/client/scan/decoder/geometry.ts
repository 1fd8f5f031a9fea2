// The guide frame the screen draws over the video, and the part of each video frame the decoder
// reads. Users put the code inside the guide; the decoder looks a margin beyond it, so a code that
// sticks out a little still reads, and skips the rest of the frame (two thirds of a 16:9 frame),
// which would otherwise be most of the decode time on a slow tablet.

/** Guide side as a fraction of the video's shorter side (the CSS uses the same number). */
export const GUIDE_FRACTION = 0.6;
/** Decoded square side as a fraction of the shorter side: the guide plus a 25% margin. */
export const SCAN_REGION_FRACTION = 0.75;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The centred square of a frame that video decoding reads. */
export function scanRegion(width: number, height: number): Rect {
  const side = Math.round(Math.min(width, height) * SCAN_REGION_FRACTION);
  return {
    x: Math.floor((width - side) / 2),
    y: Math.floor((height - side) / 2),
    width: side,
    height: side,
  };
}
