import type { ReaderPass } from './formats';

/**
 * Chooses the reader pass for the next video frame. Frames alternate a quick pass with one of the
 * slower ones after a miss, so a hard card is tried every way within four frames (under half a
 * second) while the frame rate never drops to the slow passes' speed. A hit starts over.
 */
const CYCLE: readonly ReaderPass[] = ['quick', 'smooth', 'quick', 'thorough'];

export class PassPolicy {
  private misses = 0;

  next(): ReaderPass {
    return CYCLE[this.misses % CYCLE.length] as ReaderPass;
  }

  record(hit: boolean): void {
    this.misses = hit ? 0 : this.misses + 1;
  }
}

/** A photo gets no second frame, so it gets every pass, the likeliest first. */
export const PHOTO_PASSES: readonly ReaderPass[] = ['thorough', 'smooth'];
