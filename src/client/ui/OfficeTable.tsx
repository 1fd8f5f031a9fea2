import type { ReactNode } from 'react';

export interface OfficeColumn {
  label: string;
  /** Figures align right. */
  numeric?: boolean;
}

/** A wide office list (past exports, audit log): scrolls sideways, caption for screen readers. */
export function OfficeTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: readonly OfficeColumn[];
  children: ReactNode;
}) {
  return (
    <div className="office-table-wrap">
      <table className="office-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
