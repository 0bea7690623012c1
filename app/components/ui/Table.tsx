import type { ComponentPropsWithoutRef, ReactNode } from 'react';

/**
 * The app's data table: the `.table` look and a header row that stays in view
 * while a long table scrolls (wide screens; on a phone the table scrolls
 * sideways in its own box instead). Rows and cells are the caller's.
 */
export function Table({ className, children, wrapClassName, ...rest }: ComponentPropsWithoutRef<'table'> & { wrapClassName?: string; children: ReactNode }) {
  return (
    <div className={`table-wrap ui-table-wrap${wrapClassName ? ` ${wrapClassName}` : ''}`}>
      <table className={`table ui-table${className ? ` ${className}` : ''}`} {...rest}>
        {children}
      </table>
    </div>
  );
}
