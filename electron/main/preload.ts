import { contextBridge, ipcRenderer } from 'electron';
import { preloadBridge } from './preload-bridge';

contextBridge.exposeInMainWorld(
  'workbench',
  preloadBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
