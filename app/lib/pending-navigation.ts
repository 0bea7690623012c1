// Where the router is going, known the moment a navigation starts.
//
// `useNavigation()` tells a component the same thing, but only once React has
// drawn the router's new state, and React draws it as a transition: on a busy
// machine that comes later than a timer already set (the task list's search
// box writes its text to the address a moment after the last keystroke).  A
// write made in between would cancel the page the person asked for.  This
// module follows the router itself, so the answer is current when asked.

interface RouterLike {
  state: RouterStateLike;
  subscribe(listener: (state: RouterStateLike) => void): () => void;
}
interface RouterStateLike {
  navigation: { state: 'idle' | 'loading' | 'submitting'; location?: { pathname: string } };
}

let target: string | null = null;

/** Follows a router's navigations from now on; returns the function that stops it. */
export function followNavigation(router: RouterLike): () => void {
  const note = (state: RouterStateLike) => {
    target = state.navigation.state === 'idle' ? null : (state.navigation.location?.pathname ?? null);
  };
  note(router.state);
  const stop = router.subscribe(note);
  return () => {
    stop();
    target = null;
  };
}

/** True while the router is on its way to a page other than `pathname`. */
export function leavingPage(pathname: string): boolean {
  return target !== null && target !== pathname;
}
