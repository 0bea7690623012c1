import { createContext, useContext } from 'react';
import type { Enums } from '../../lib/database.types';

/** The signed-in person, as pages behind sign-in see them. */
export interface Me {
  id: string;
  name: string;
  role: Enums<'app_role'> | null;
  unitId: string | null;
  unitName: string | null;
}

export const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() outside a signed-in page');
  return me;
}
