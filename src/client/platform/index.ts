export { setFormDirty, hasDirtyForm, useHasDirtyForm } from './dirtyForms';
export { registerServiceWorker, applyUpdate } from './serviceWorker';
export { updateState, useUpdateState, type UpdateState } from './updateState';
export {
  requestPersistentStorage,
  readStorageStatus,
  isNearlyFull,
  NEARLY_FULL_RATIO,
  type StorageStatus,
} from './storage';
export {
  checkReachability,
  startConnectivityWatch,
  useConnectivity,
  type Connectivity,
} from './connectivity';
export { createStore, useStore, type Store } from './externalStore';
export { APP_VERSION } from './appVersion';
export {
  onBackgroundSyncRequest,
  requestBackgroundSync,
  type BackgroundSyncResult,
} from './backgroundSync';
