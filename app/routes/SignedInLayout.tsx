import { HeaderExtrasContext } from '../components/layout/header-extras';
import { NotificationBell } from '../features/notifications/components/NotificationBell';
import { ProtectedLayout } from './ProtectedLayout';
import { Providers } from '../providers';

/**
 * The frame of every page behind sign-in (header with the notification bell,
 * navigation), loaded with the first such page: the sign-in and public pages
 * do not carry it.
 */
export function Component() {
  return (
    <Providers>
      <HeaderExtrasContext.Provider value={<NotificationBell />}>
        <ProtectedLayout />
      </HeaderExtrasContext.Provider>
    </Providers>
  );
}
