import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { i18nReady, loadStrings } from './i18n';
import './styles.css';
import { router } from './router';

// The router starts the first page's code, strings and data at once; the
// page is drawn when the shared strings are in too.  The error messages
// follow once the first page is ready (nothing on a first paint needs them).
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  ),
);
const afterFirstPage = () => void loadStrings(['errors']);
if (router.state.initialized) afterFirstPage();
else {
  const stop = router.subscribe((state) => {
    if (!state.initialized) return;
    stop();
    afterFirstPage();
  });
}
