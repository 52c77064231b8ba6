import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { appLog } from '../log/app-log';
import type { DeviceSync } from './device-sync';
import { parseDocumentName } from './document-name';
import type { SharingSecrets } from './sharing-secrets';

/**
 * The WebSocket of Node.js's `ws`, with its errors listened to: a socket closed while it is still connecting
 * (stopping while the server is away) reports an error the provider does not listen for, which would
 * otherwise end the program. The provider hears of the closing through its own handlers.
 */
class ListenedWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => undefined);
  }
}

/** Where the connection is: what the top bar says. */
export type LinkStatus = { state: 'connecting' | 'connected' | 'offline' | 'refused' | 'failed'; reason: string | null };

type Channel = { name: string; wire: Y.Doc; provider: HocuspocusProvider; forwardedUpTo: number; upToDate: boolean; readOnly: boolean; onUpdate: (update: Uint8Array, origin: unknown) => void };

/**
 * The device's connection to the sync server: one Hocuspocus provider per document, on one socket for the
 * device's own credential and a socket of its own for the drop box, so the server cannot see the two on
 * one connection. Each provider works on the engine's copy of the document (DeviceSync.wire), which
 * receives a local update only once its transaction has committed, and hands what the server sends to the
 * engine, which applies it to the tables in one transaction. An update the engine could not apply is asked
 * for again on the next exchange, from a copy rebuilt from what is stored.
 */
export class SyncLink {
  private readonly channels = new Map<string, Channel>();
  private readonly sockets: HocuspocusProviderWebsocket[] = [];
  private readonly listeners = new Set<() => void>();
  private stopListening: () => void = () => undefined;
  private stopResets: () => void = () => undefined;
  private current: LinkStatus = { state: 'connecting', reason: null };
  private own: HocuspocusProviderWebsocket | null = null;
  private dropBox: HocuspocusProviderWebsocket | null = null;

  constructor(
    private readonly engine: DeviceSync,
    private readonly secrets: SharingSecrets,
  ) {}

  status(): LinkStatus {
    return this.current;
  }

  /** Every document this device holds is up to date with the server. */
  upToDate(): boolean {
    return this.current.state === 'connected' && [...this.channels.values()].every((channel) => channel.upToDate);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    this.own = this.socket();
    this.dropBox = this.secrets.dropBoxToken === null ? null : this.socket();
    this.openMissing();
    // The engine rebuilt its documents (a transaction rolled back): every channel starts again from the new
    // copies, unless a received update could not be applied, which the next start tries again.
    this.stopResets = this.engine.onReset(() => {
      if (this.current.state === 'failed') return;
      for (const channel of this.channels.values()) {
        channel.provider.destroy();
        channel.wire.off('update', channel.onUpdate);
      }
      this.channels.clear();
      this.openMissing();
    });
    this.stopListening = this.engine.onCommitted((name, _update, id) => {
      // A new vote round (or a new member) brings documents of its own.
      this.openMissing();
      const channel = this.channels.get(name);
      if (channel === undefined) return;
      // The engine has put the update into the channel's copy; the provider sends it from there.
      channel.forwardedUpTo = id;
      channel.upToDate = false;
      this.changed();
    });
  }

  /**
   * Connects every document this device now holds that has no channel yet. Other members' ballots wait until
   * the records are up to date with the server: the server opens them by the round's state in its records,
   * which must first have the round closed that this device closed.
   */
  private openMissing(): void {
    const records = this.channels.get(`${this.engine.sharing.committeeId}/records`);
    const recordsShared = records?.upToDate === true;
    for (const name of this.engine.documentNames()) {
      if (this.channels.has(name)) continue;
      const document = parseDocumentName(name);
      if (document?.part === 'ballot' && document.memberId !== this.engine.sharing.memberId && !recordsShared) continue;
      const token = name.endsWith('/drop-box') ? this.secrets.dropBoxToken : this.secrets.token;
      const socket = name.endsWith('/drop-box') ? this.dropBox : this.own;
      if (token !== null && socket !== null) this.open(name, token, socket);
    }
  }

  stop(): void {
    this.stopListening();
    this.stopResets();
    for (const channel of this.channels.values()) {
      channel.provider.destroy();
      channel.wire.off('update', channel.onUpdate);
    }
    this.channels.clear();
    this.own = null;
    this.dropBox = null;
    for (const socket of this.sockets.splice(0)) socket.destroy();
    this.current = { state: 'offline', reason: null };
    this.changed();
  }

  private socket(): HocuspocusProviderWebsocket {
    const socket = new HocuspocusProviderWebsocket({
      url: this.engine.sharing.serverUrl,
      WebSocketPolyfill: ListenedWebSocket,
      // Tried again and again while offline, a little longer apart each time, never given up.
      maxAttempts: 0,
      // A refusal stands until the link is started again: a socket that connects again changes nothing of it.
      onConnect: () => this.set(this.current.state === 'refused' || this.current.state === 'failed' ? this.current : { state: 'connected', reason: null }),
      onDisconnect: () => this.wentAway(),
      // A connection that never opened (the server is down) closes without having connected.
      onClose: () => this.wentAway(),
    });
    this.sockets.push(socket);
    return socket;
  }

  private open(name: string, token: string, socket: HocuspocusProviderWebsocket): void {
    const wire = this.engine.wire(name);
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      token,
      document: wire,
      onSynced: () => settled(),
      onUnsyncedChanges: () => settled(),
      onAuthenticationFailed: ({ reason }) => this.set({ state: 'refused', reason }),
      onAuthenticated: ({ scope }) => {
        channel.readOnly = scope === 'readonly';
        settled();
      },
      // The server closed the document: this device was revoked while connected (the reason says so), or the
      // server is shutting down, which is the same as going away.
      onClose: ({ event }) => {
        if (event.reason === 'revoked') this.set({ state: 'refused', reason: 'revoked' });
        // Closed by this side (stopping, or starting a channel again): nothing went away.
        else if (event.reason !== 'provider_initiated') this.wentAway();
      },
    });
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin === 'engine') return;
      try {
        this.engine.receive(name, update);
        // A round closed elsewhere opens the others' ballots to this device; a new round brings its own.
        queueMicrotask(() => this.openMissing());
      } catch (error) {
        appLog.failed('sync_apply_failed', error, {});
        // Not asked for again at once (it would fail the same way): the next exchange tries again.
        this.set({ state: 'failed', reason: 'apply_failed' });
        this.close(channel);
      }
    };
    const channel: Channel = { name, wire, provider, forwardedUpTo: this.engine.newestUpdate(), upToDate: false, readOnly: false, onUpdate };
    wire.on('update', onUpdate);
    // Up to date once synced and every change sent is acknowledged. The server never acknowledges a change
    // to a document it gives this device to read only (a ballot after its round closed elsewhere): such a
    // change stays here, counted as waiting, and the document counts as up to date once synced.
    const settled = () => {
      if (!channel.provider.isSynced || (channel.provider.hasUnsyncedChanges && !channel.readOnly)) return;
      if (!channel.readOnly) this.engine.markShared(name, channel.forwardedUpTo);
      channel.upToDate = true;
      if (name.endsWith('/records')) this.openMissing();
      this.changed();
    };
    provider.attach();
    this.channels.set(name, channel);
  }

  /** After a failed apply: the copy is dropped; the next start builds it again from what is stored. */
  private close(channel: Channel): void {
    queueMicrotask(() => {
      channel.provider.destroy();
      channel.wire.off('update', channel.onUpdate);
      this.channels.delete(channel.name);
    });
  }

  private wentAway(): void {
    for (const channel of this.channels.values()) channel.upToDate = false;
    this.set(this.current.state === 'refused' || this.current.state === 'failed' ? this.current : { state: 'offline', reason: null });
  }

  private set(status: LinkStatus): void {
    this.current = status;
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
