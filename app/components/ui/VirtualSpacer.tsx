/**
 * The row that stands, in a table drawn a window at a time
 * (./virtual-rows.ts), for the rows not drawn above or below the window:
 * nothing when there are none.
 */
export function VirtualSpacer({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" className="virtual-spacer">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}
