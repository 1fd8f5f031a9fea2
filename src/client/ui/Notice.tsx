import type { ReactNode } from 'react';

/** A highlighted message inside a page: information, a warning that does not block, or success. */
export function Notice({
  tone = 'info',
  title,
  children,
  live,
}: {
  tone?: 'info' | 'warn' | 'success' | 'danger';
  title?: ReactNode;
  children?: ReactNode;
  /** Announce changes politely (for warnings that appear while typing). */
  live?: boolean;
}) {
  return (
    <div className={`notice notice-${tone}`} role={live ? 'status' : undefined}>
      {title && <p className="notice-title">{title}</p>}
      {children}
    </div>
  );
}
