import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Enums } from '../../lib/database.types';
import { LanguageSwitch } from './LanguageSwitch';
import { useHeaderExtras } from './header-extras';
import { canAdminister, canConfirm, usesCchcIndex, worksForOneUnit, type AppRole } from '../../lib/permissions';

export interface LayoutUser {
  name: string;
  role: Enums<'app_role'> | null;
  unitName: string | null;
}

interface NavItem {
  to: string;
  label: string;
  /** Who sees the entry (app/lib/permissions.ts). */
  shows: (role: AppRole) => boolean;
}

const everyone = () => true;

/** The page frame: header, navigation fitted to the role, and the page itself. */
export function AppLayout({ user, onSignOut }: { user: LayoutUser; onSignOut: () => void }) {
  const { t } = useTranslation();
  const items: NavItem[] = [
    { to: '/dashboard', label: t('nav.dashboard'), shows: everyone },
    { to: '/my-unit', label: t('nav.myUnit'), shows: worksForOneUnit },
    { to: '/plans', label: t('nav.plans'), shows: everyone },
    { to: '/tasks', label: t('nav.tasks'), shows: everyone },
    { to: '/reports', label: t('reports.nav'), shows: everyone },
    { to: '/confirmations', label: t('confirmations.nav'), shows: canConfirm },
    { to: '/indicators', label: t('nav.indicators'), shows: everyone },
    { to: '/chi-so-cchc', label: t('cchc.nav'), shows: usesCchcIndex },
    { to: '/admin/units', label: t('nav.adminUnits'), shows: canAdminister },
    { to: '/admin/users', label: t('nav.adminUsers'), shows: canAdminister },
  ];
  const extras = useHeaderExtras();
  // On a phone the menu is a disclosure: open on the page where it was opened,
  // closed again by moving to another page (or by choosing a link).
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === pathname;
  const toggle = useRef<HTMLButtonElement>(null);
  // Escape closes the open menu and gives the focus back to its button.
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      toggle.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);
  const visible = items.filter((item) => user.role !== null && item.shows(user.role));

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <button
          ref={toggle}
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="topbar-menu"
          onClick={() => setOpenOn(menuOpen ? null : pathname)}
        >
          <span className="menu-toggle-icon" aria-hidden="true" />
          {t('nav.mainMenu')}
        </button>
        <div id="topbar-menu" className={`topbar-menu${menuOpen ? ' is-open' : ''}`}>
          <nav aria-label={t('nav.mainMenu')} className="mainnav">
            {visible.map((item) => (
              <NavLink
                key={item.to}
                to={item.to}
                className={({ isActive }) => `navlink${isActive ? ' is-active' : ''}`}
                onClick={() => setOpenOn(null)}
              >
                {item.label}
              </NavLink>
            ))}
          </nav>
          <div className="userbox">
            <span className="user-name">{user.name}</span>
            <span className="user-role">
              {t(`roles.${user.role ?? 'none'}`)}
              {user.unitName ? ` · ${user.unitName}` : ''}
            </span>
          </div>
        </div>
        {extras}
        <LanguageSwitch />
        <button type="button" className="button button-quiet signout" onClick={onSignOut}>
          {t('nav.signOut')}
        </button>
      </header>
      <main id="main" className="content" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
