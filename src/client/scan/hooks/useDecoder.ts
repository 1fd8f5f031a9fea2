import { useEffect, useState } from 'react';
import { createDecoder } from '../decoder/createDecoder';
import type { FrameDecoder } from '../decoder/types';

export interface DecoderState {
  decoder: FrameDecoder | null;
  failed: boolean;
}

/**
 * The best decoder for this browser, started when the scanner opens (the wasm compiles while the
 * camera warms up) and disposed, worker and all, when it closes.
 */
export function useDecoder(): DecoderState {
  const [state, setState] = useState<DecoderState>({ decoder: null, failed: false });
  useEffect(() => {
    let open = true;
    let made: FrameDecoder | null = null;
    createDecoder().then(
      (decoder) => {
        if (!open) return decoder.dispose();
        made = decoder;
        setState({ decoder, failed: false });
      },
      () => {
        if (open) setState({ decoder: null, failed: true });
      },
    );
    return () => {
      open = false;
      made?.dispose();
    };
  }, []);
  return state;
}
