/** Every permission request (camera, notifications, geolocation…) is refused: the app needs none. */
export function denyAllPermissions(): false {
  return false;
}
