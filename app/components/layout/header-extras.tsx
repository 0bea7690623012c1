import { createContext, useContext, type ReactNode } from 'react';

/**
 * Extra controls for the header (the notification bell), supplied where the
 * app is wired (router.tsx), so the shared layout imports no feature.
 */
export const HeaderExtrasContext = createContext<ReactNode>(null);

export function useHeaderExtras(): ReactNode {
  return useContext(HeaderExtrasContext);
}
