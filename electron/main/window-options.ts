import type { BrowserWindowConstructorOptions } from 'electron';

/** The hardening of the Electron security checklist, kept in one place that a test reads. */
export function windowOptions(preloadPath: string, iconPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 520,
    show: false,
    icon: iconPath,
    title: 'IPS Steering Workbench',
    backgroundColor: '#f6f7f9',
    // The meeting's shared screen asks for full screen (element.requestFullscreen); the window may take it.
    fullscreenable: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}
