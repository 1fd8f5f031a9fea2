import { useEffect, useState } from 'react';
import { useStore } from '../../platform';
import { CameraSession, type CameraState } from '../camera/cameraSession';

export interface Camera extends CameraState {
  session: CameraSession;
}

/**
 * The camera, streaming into `video` while `active`. Turning `active` off or unmounting stops the
 * tracks at once; changing `attempt` starts again (after the user granted permission).
 */
export function useCamera(
  video: HTMLVideoElement | null,
  active: boolean,
  attempt: number,
): Camera {
  const [session] = useState(() => new CameraSession());
  const state = useStore(session.state);
  useEffect(() => {
    if (!active || !video) return;
    void session.start(video);
    return () => session.stop();
  }, [session, video, active, attempt]);
  return { ...state, session };
}
