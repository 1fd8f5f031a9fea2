/**
 * A short beep and a buzz when a card is read, so staff can look at the beneficiary instead of
 * the screen. Both are best effort: no audio device, a muted tab or no vibration motor is fine.
 */
export function signalSuccess(): void {
  try {
    navigator.vibrate?.(80);
  } catch {
    // Vibration can be blocked by policy.
  }
  try {
    const AudioCtx = window.AudioContext;
    if (!AudioCtx) return;
    const audio = new AudioCtx();
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = 1200;
    gain.gain.setValueAtTime(0.0001, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.3, audio.currentTime + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.12);
    tone.connect(gain).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.13);
    tone.onended = () => void audio.close();
  } catch {
    // No audio output: the on-screen result is still announced.
  }
}
