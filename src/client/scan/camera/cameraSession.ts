import type { BrowserCodeReader as Reader } from '@zxing/browser';
import { createStore, type Store } from '../../platform';

export type CameraStatus =
  | 'idle'
  | 'starting'
  | 'live'
  /** The user or a policy refused camera access. */
  | 'denied'
  | 'no-camera'
  /** Another app holds the camera, or the hardware failed to start. */
  | 'busy'
  /** No getUserMedia: an old browser, or the page is not served over HTTPS. */
  | 'unsupported'
  | 'error';

export interface ZoomState {
  min: number;
  max: number;
  step: number;
  value: number;
}

export interface CameraState {
  status: CameraStatus;
  torch: { supported: boolean; on: boolean };
  zoom: ZoomState | null;
  cameraCount: number;
}

const IDLE: CameraState = {
  status: 'idle',
  torch: { supported: false, on: false },
  zoom: null,
  cameraCount: 0,
};

// Capabilities that Chrome on Android reports but TypeScript's DOM library does not know yet.
interface ExtendedCapabilities extends MediaTrackCapabilities {
  zoom?: { min: number; max: number; step?: number };
}

function statusOf(error: unknown): CameraStatus {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') {
    return 'denied';
  }
  if (
    name === 'NotFoundError' ||
    name === 'OverconstrainedError' ||
    name === 'DevicesNotFoundError'
  ) {
    return 'no-camera';
  }
  if (name === 'NotReadableError' || name === 'TrackStartError' || name === 'AbortError') {
    return 'busy';
  }
  return 'error';
}

/** 1280×720 is plenty for a QR code and cheap to grab; the back camera when there is one. */
function constraints(deviceId: string | undefined): MediaStreamConstraints {
  const size = { width: { ideal: 1280 }, height: { ideal: 720 } };
  return {
    audio: false,
    video: deviceId
      ? { deviceId: { exact: deviceId }, ...size }
      : { facingMode: { ideal: 'environment' }, ...size },
  };
}

type ReaderClass = typeof Reader;
let zxingBrowser: Promise<ReaderClass> | null = null;

/**
 * @zxing/browser (device listing, torch, releasing the video) carries all of ZXing's JavaScript
 * port with it, half a megabyte: it is loaded while the screen is already showing.
 */
function loadReader(): Promise<ReaderClass> {
  zxingBrowser ??= import('@zxing/browser').then((m) => m.BrowserCodeReader);
  return zxingBrowser;
}

/**
 * One camera stream bound to a <video>: start, switch, torch, zoom, stop. State is a store so a
 * hook can render it. Every start bumps a generation, so a slow getUserMedia that resolves after
 * stop() (the screen closed meanwhile) has its tracks stopped at once instead of leaking.
 */
export class CameraSession {
  readonly state: Store<CameraState> = createStore(IDLE);
  private stream: MediaStream | null = null;
  private video: HTMLVideoElement | null = null;
  private generation = 0;
  private reader: ReaderClass | null = null;

  async start(video: HTMLVideoElement, deviceId?: string): Promise<void> {
    const generation = ++this.generation;
    this.release();
    this.video = video;
    this.patch({ ...IDLE, status: 'starting' });
    if (!navigator.mediaDevices?.getUserMedia) {
      this.patch({ status: 'unsupported' });
      return;
    }
    try {
      const reader = (this.reader ??= await loadReader());
      const devices = await reader.listVideoInputDevices();
      if (generation !== this.generation) return;
      if (devices.length === 0) {
        this.patch({ status: 'no-camera' });
        return;
      }
      const stream = await navigator.mediaDevices.getUserMedia(constraints(deviceId));
      if (generation !== this.generation) {
        stream.getTracks().forEach((t) => t.stop());
        return;
      }
      this.stream = stream;
      video.srcObject = stream;
      await video.play().catch(() => undefined); // muted inline video may autoplay; if not, frames still arrive
      if (generation !== this.generation) return;
      this.patch({ status: 'live', ...this.capabilities(), cameraCount: devices.length });
    } catch (error) {
      if (generation === this.generation) this.patch({ status: statusOf(error) });
    }
  }

  /** Moves to the next camera (front/back/external) in the browser's list. */
  async switchCamera(): Promise<void> {
    const video = this.video;
    if (!video || !this.reader) return;
    const current = this.track()?.getSettings().deviceId;
    const devices = await this.reader.listVideoInputDevices();
    if (devices.length < 2) return;
    const at = devices.findIndex((d) => d.deviceId === current);
    const next = devices[(at + 1) % devices.length];
    await this.start(video, next?.deviceId);
  }

  async setTorch(on: boolean): Promise<void> {
    const track = this.track();
    if (!track || !this.reader || !this.state.get().torch.supported) return;
    try {
      await this.reader.mediaStreamSetTorch(track, on);
      this.patch({ torch: { supported: true, on } });
    } catch {
      // Some devices advertise a torch they cannot light while streaming; keep the switch honest.
      this.patch({ torch: { supported: true, on: false } });
    }
  }

  async setZoom(value: number): Promise<void> {
    const track = this.track();
    const zoom = this.state.get().zoom;
    if (!track || !zoom) return;
    const clamped = Math.min(zoom.max, Math.max(zoom.min, value));
    try {
      await track.applyConstraints({ advanced: [{ zoom: clamped } as MediaTrackConstraintSet] });
      this.patch({ zoom: { ...zoom, value: clamped } });
    } catch {
      // Zoom is a convenience; a refusal leaves the previous level.
    }
  }

  /** Stops every track and detaches the video: the camera light goes off now, not at GC. */
  stop(): void {
    this.generation++;
    this.release();
    this.patch(IDLE);
  }

  private track(): MediaStreamTrack | undefined {
    return this.stream?.getVideoTracks()[0];
  }

  private capabilities(): Pick<CameraState, 'torch' | 'zoom'> {
    const track = this.track();
    if (!track || !this.reader || typeof track.getCapabilities !== 'function') {
      return { torch: IDLE.torch, zoom: null };
    }
    const caps = track.getCapabilities() as ExtendedCapabilities;
    const torch = { supported: this.reader.mediaStreamIsTorchCompatibleTrack(track), on: false };
    if (!caps.zoom || caps.zoom.max <= caps.zoom.min) return { torch, zoom: null };
    const current = (track.getSettings() as { zoom?: number }).zoom ?? caps.zoom.min;
    const step = caps.zoom.step || 0.1;
    return { torch, zoom: { min: caps.zoom.min, max: caps.zoom.max, step, value: current } };
  }

  private release(): void {
    this.stream?.getTracks().forEach((t) => t.stop());
    this.stream = null;
    if (this.video && this.reader) this.reader.cleanVideoSource(this.video);
    else if (this.video) this.video.srcObject = null;
  }

  private patch(next: Partial<CameraState>): void {
    this.state.set({ ...this.state.get(), ...next });
  }
}
