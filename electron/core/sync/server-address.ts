import { UserError } from '../api/user-error';

/**
 * A sync server's address as a user types it (wss://, ws://, https:// or http://, or a bare host name):
 * the WebSocket address devices connect to and the web address for registering. Plain ws:// only for
 * this machine or a test; anything on a network goes through TLS.
 */
export function serverAddress(typed: string): { socket: string; web: string } {
  const text = typed.trim().replace(/\/+$/, '');
  const withScheme = /^[a-z]+:\/\//i.test(text) ? text : `wss://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new UserError('sync_server_address', { server: typed }, 'server');
  }
  const secure = url.protocol === 'wss:' || url.protocol === 'https:';
  const plain = url.protocol === 'ws:' || url.protocol === 'http:';
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if ((!secure && !plain) || (plain && !local) || url.username !== '' || url.search !== '' || url.hash !== '') throw new UserError('sync_server_address', { server: typed }, 'server');
  const rest = `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  return { socket: `${secure ? 'wss' : 'ws'}://${rest}`, web: `${secure ? 'https' : 'http'}://${rest}` };
}
