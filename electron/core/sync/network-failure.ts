/** Why a device could not reach its sync server, as far as the connection tells: for a message that says what to check. */
export type NetworkFailure = 'dns' | 'refused' | 'tls' | 'http';

const tlsCodes = /^(CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(VERIFY|GET)_|ERR_TLS_|ERR_SSL_|HOSTNAME_MISMATCH)/;

/**
 * The kind of a connection's error: the name not found (DNS), nothing listening there, a certificate not
 * accepted, or something other than the sync server answering (a proxy set up for another service). Null for
 * anything else (the network went away), which is simply "offline".
 */
export function networkFailure(error: unknown): NetworkFailure | null {
  if (!(error instanceof Error)) return null;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (code === 'ECONNREFUSED') return 'refused';
  if (tlsCodes.test(code)) return 'tls';
  // The `ws` library's words when the server answers the upgrade with an ordinary page.
  if (/^Unexpected server response: \d+/.test(error.message)) return 'http';
  return null;
}
