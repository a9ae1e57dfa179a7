import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { RouterProvider } from './router.tsx';
import { SettingsProvider } from './settings.tsx';
import { LockerProvider } from './locker/useLocker.tsx';
import { OperatorProvider } from './operator.tsx';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider>
      <SettingsProvider>
        <LockerProvider>
          <OperatorProvider>
            <App />
          </OperatorProvider>
        </LockerProvider>
      </SettingsProvider>
    </RouterProvider>
  </StrictMode>,
);

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Offline use is a bonus: the app works without it.
    });
  });
}
