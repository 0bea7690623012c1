// @vitest-environment jsdom
// A change to the list's address made while the person is already on the way
// to another page (the search box writes a moment after the last keystroke)
// is dropped, even before React has drawn the pending navigation: the
// router's state is asked when the change is made.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { followNavigation } from '../../../lib/pending-navigation';
import { useListState } from './use-list-state';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  cleanup();
});

type Update = ReturnType<typeof useListState>['update'];

function setUp() {
  const calls: { update?: Update } = {};
  let release!: () => void;
  const loaded = new Promise<null>((resolve) => (release = () => resolve(null)));
  function List() {
    const { state, update } = useListState();
    calls.update = update;
    return <p>list {state.q ?? ''}</p>;
  }
  const router = createMemoryRouter(
    [
      // The list's own data for a status filter, and the other page's, arrive when the test says.
      { path: '/tasks', Component: List, HydrateFallback: () => null, loader: ({ request }) => (new URL(request.url).searchParams.has('status') ? loaded : null) },
      { path: '/dashboard', Component: () => <p>dashboard</p>, loader: () => loaded },
    ],
    { initialEntries: ['/tasks'] },
  );
  stop = followNavigation(router);
  render(<RouterProvider router={router} />);
  return { router, calls, release };
}

describe('the task list address', () => {
  it('is not written while a navigation to another page is under way, and that page is reached', async () => {
    const { router, calls, release } = setUp();
    await screen.findByText('list');
    // Inside one act(), React draws nothing until it ends.
    act(() => {
      // The menu link: the navigation starts, its page's data still on the way.
      void router.navigate('/dashboard');
      expect(router.state.navigation.state).toBe('loading');
      // The search box's timer fires before React has drawn anything.
      calls.update!({ q: 'cong bo' }, { replace: true });
    });
    await act(async () => release());
    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard'));
    expect(router.state.location.search).toBe('');
    await screen.findByText('dashboard');
  });

  it('is written when no navigation is under way, and when one stays on the list', async () => {
    const { router, calls, release } = setUp();
    await screen.findByText('list');
    act(() => calls.update!({ q: 'cong bo' }, { replace: true }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=cong+bo'));
    await screen.findByText('list cong bo');
    // A navigation within the list (another filter) does not stop the search text.
    act(() => {
      void router.navigate('/tasks?status=done');
      expect(router.state.navigation.state).toBe('loading');
      calls.update!({ q: 'ket qua' }, { replace: true });
    });
    await act(async () => release());
    await waitFor(() => expect(router.state.location.search).toContain('q=ket+qua'));
    expect(router.state.location.pathname).toBe('/tasks');
  });
});
