// @vitest-environment jsdom
// The dashboard's unit ranking: a province's few dozen units are drawn
// whole; a ministry's thousand are drawn a window at a time, the table still
// saying how many rows it has and each drawn row which one it is.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { renderIn } from '../../../components/ui/test-utils';
import type { UnitFigure } from '../../../data/figures/get-figures';
import { UnitRanking } from './UnitRanking';

afterEach(cleanup);

// jsdom lays nothing out: every row measures 41 px high, as on a desktop screen.
const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.tagName === 'TR' ? 41 : 0;
    },
  });
});
afterAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight);
});

const units = (n: number): UnitFigure[] =>
  Array.from({ length: n }, (_, i) => ({
    unit_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    unit_name: `Đơn vị số ${i + 1}`,
    unit_code: `DV${i + 1}`,
    rank: i + 1,
    total: 40,
    done: 30,
    done_on_time: 27,
    open_overdue: 2,
  }) as unknown as UnitFigure);

const draw = (n: number, lang: 'vi' | 'en' = 'vi') =>
  renderIn(lang, <MemoryRouter><UnitRanking units={units(n)} planId="p" /></MemoryRouter>);

describe('the unit ranking', () => {
  it('draws every unit of a short ranking, with its figures', async () => {
    await draw(40);
    const table = screen.getByRole('table');
    expect(table.getAttribute('data-windowed')).toBeNull();
    expect(within(table).getAllByRole('row')).toHaveLength(41);
    const first = within(table).getAllByRole('row')[1]!;
    expect(first.textContent).toContain('Đơn vị số 1');
    expect(first.textContent).toContain('30/40 (75%)');
    expect(first.textContent).toContain('90%');
    expect(within(first).getByRole('link').getAttribute('href')).toContain('unit=00000000-0000-4000-8000-000000000000');
  });

  it('draws a thousand units a window at a time, keeping the count and each row position', async () => {
    await draw(1000);
    const table = screen.getByRole('table');
    expect(table.getAttribute('data-windowed')).toBe('true');
    expect(table.getAttribute('aria-rowcount')).toBe('1001');
    // the windowing code arrives: a spacer below the drawn rows stands for the rest
    await waitFor(() => expect(table.querySelector('tr.virtual-spacer')).not.toBeNull());
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(100);
    expect(rows[1]!.getAttribute('aria-rowindex')).toBe('2');
    expect(rows[1]!.textContent).toContain('Đơn vị số 1');
  });

  it('is one table from 149 to 150 units: windowed from 150', async () => {
    await draw(149);
    expect(screen.getByRole('table').getAttribute('data-windowed')).toBeNull();
    cleanup();
    await draw(150);
    expect(screen.getByRole('table').getAttribute('data-windowed')).toBe('true');
  });
});
