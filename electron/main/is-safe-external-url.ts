/** Only plain web pages the user clicked may leave the app, and only to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'mailto:') && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
