import { describe, expect, test } from 'vitest';
import { askWindowsToDrain, type WindowLike } from '../../../src/client/platform/backgroundSync';

// The service worker's half of Background Sync, over real MessageChannels: a window answers on
// the port it is handed, and the browser's sync event succeeds only when some window drained.

/** An app window that answers the service worker's request with `result` (or never). */
function appWindow(result: string | null): WindowLike & { asked: number } {
  const w = {
    asked: 0,
    postMessage(message: unknown, transfer: Transferable[]) {
      w.asked++;
      expect(message).toEqual({ type: 'ghidanh:sync' });
      const port = transfer[0] as MessagePort;
      if (result !== null) port.postMessage({ result });
    },
  };
  return w;
}

describe('askWindowsToDrain', () => {
  test('resolves when one of the open windows drained its outbox', async () => {
    const windows = [appWindow('failed'), appWindow('drained')];
    await expect(askWindowsToDrain(windows)).resolves.toBeUndefined();
    expect(windows.map((w) => w.asked)).toEqual([1, 1]);
  });

  test('rejects when no window could drain, so the browser tries the event again later', async () => {
    await expect(askWindowsToDrain([appWindow('failed')])).rejects.toThrow(/not drained/);
  });

  test('rejects when no app window is open', async () => {
    await expect(askWindowsToDrain([])).rejects.toThrow(/0 window/);
  });

  test('a window that never answers counts as not drained after the timeout', async () => {
    await expect(askWindowsToDrain([appWindow(null)], 50)).rejects.toThrow(/timeout/);
  });
});
