import { nativeQrSupported } from '../../src/client/scan/decoder/nativeDecoder';
import { createDecoder } from '../../src/client/scan/decoder/createDecoder';
import type { FrameDecoder } from '../../src/client/scan/decoder/types';
import { ENGINES, type BenchEngine } from './engines';
import { buildCorpus, renderSample, type Sample } from './render';

// The page side of `npm run bench:scan`. The Node script drives it one sample at a time, so it
// can render each frame at full speed and decode it under CPU throttling.

export interface SampleResult {
  index: number;
  /** Exact text (after NFC) read within the frame budget. */
  exact: boolean;
  /** Exact text read on the first frame. */
  firstFrame: boolean;
  /** Something other than the exact text was returned (a misread or a wrong charset). */
  wrong: boolean;
  /** Decode time of every frame tried, in ms. */
  frameMs: number[];
}

let corpus: Sample[] = [];
let decoder: FrameDecoder | null = null;
let frame: { sample: Sample; image: ImageData } | null = null;

const bench = {
  nativeQrSupported,
  corpus(perCondition: number) {
    corpus = buildCorpus(perCondition);
    return corpus.map(({ index, condition, layout }) => ({ index, condition, layout }));
  },
  async pipelineEngine(): Promise<string> {
    const d = await createDecoder();
    d.dispose();
    return d.engine;
  },
  /** Starts an engine and warms it up (wasm compiled, caches primed) on one untimed frame. */
  async open(engine: BenchEngine) {
    decoder?.dispose();
    decoder = await ENGINES[engine]();
    await decoder.decode(renderSample(corpus[0]!));
  },
  /** Renders a sample's frame (untimed). */
  prepare(index: number) {
    const sample = corpus[index]!;
    frame = { sample, image: renderSample(sample) };
  },
  /** Decodes the prepared frame up to `budget` times (a card held still), timing each decode. */
  async attempt(budget: number): Promise<SampleResult> {
    if (!decoder || !frame) throw new Error('open() and prepare() first');
    const { sample, image } = frame;
    const result: SampleResult = {
      index: sample.index,
      exact: false,
      firstFrame: false,
      wrong: false,
      frameMs: [],
    };
    for (let i = 0; i < budget && !result.exact; i++) {
      // A fresh copy each time: the worker takes ownership of the pixels it is sent.
      const copy = new ImageData(new Uint8ClampedArray(image.data), image.width, image.height);
      const t0 = performance.now();
      const text = await decoder.decode(copy);
      result.frameMs.push(performance.now() - t0);
      if (text === sample.text) result.exact = true;
      else if (text !== null) result.wrong = true;
      if (i === 0) result.firstFrame = result.exact;
    }
    return result;
  },
  close() {
    decoder?.dispose();
    decoder = null;
  },
};

export type BenchApi = typeof bench;
(globalThis as unknown as { bench: BenchApi }).bench = bench;
document.getElementById('status')!.textContent = 'ready';
