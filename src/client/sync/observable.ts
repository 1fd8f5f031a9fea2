// The sync layer's observable values are the platform's stores (one implementation).
export {
  createStore as observable,
  useStore as useObservable,
  type Store as Observable,
  type Readable,
} from '../platform/externalStore';
