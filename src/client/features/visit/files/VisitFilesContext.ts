import { createContext, useContext } from 'react';
import type { VisitFiles } from './useVisitFiles';

export const VisitFilesContext = createContext<VisitFiles | null>(null);

export function useFiles(): VisitFiles {
  const files = useContext(VisitFilesContext);
  if (!files) throw new Error('useFiles must be used inside the visit form');
  return files;
}
