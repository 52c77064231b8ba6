/**
 * The one permission the page may have: full screen, which the meeting's shared screen asks for when the
 * user clicks its button (Electron asks the session for it). Every other request (camera, notifications,
 * geolocation…) is refused: the app needs none.
 */
export function permissionAllowed(permission: string): boolean {
  return permission === 'fullscreen';
}
