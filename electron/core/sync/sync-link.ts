import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { UserError } from '../api/user-error';
import { appLog } from '../log/app-log';
import { accessFor } from './access-for';
import type { DeviceSync } from './device-sync';
import { documentNameText, parseDocumentName, type DocumentName } from './document-name';
import { inviteToken } from './invite-token';
import { networkFailure, type NetworkFailure } from './network-failure';
import { newerDropBoxToken } from './newer-drop-box-token';
import { serverAddress } from './server-address';
import { sharingSecrets, type SharingSecrets } from './sharing-secrets';
import { uploadToDropBox, type DropBoxOutcome } from './upload-to-drop-box';

/**
 * The WebSocket of Node.js's `ws`, with its errors listened to: a socket closed while it is still connecting
 * (stopping while the server is away) reports an error the provider does not listen for, which would
 * otherwise end the program. The provider hears of the closing through its own handlers; `heard` is told
 * the error, so that the status can say why the server could not be reached.
 */
function listenedWebSocket(heard: (error: unknown) => void) {
  return class ListenedWebSocket extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      this.on('error', heard);
    }
  };
}

/**
 * Where the connection is: what the top bar says. `reason`: why the server refused this device (refused),
 * or why it could not be reached (offline: a NetworkFailure, or null when the network is simply away).
 */
export type LinkStatus = { state: 'connecting' | 'connected' | 'offline' | 'refused' | 'failed'; reason: string | null };

/**
 * One document's connection. `engine`: the copy is the engine's (DeviceSync.wire), fed with local changes
 * and acknowledged to it; otherwise the link's own copy, fed only by the server (the drop box as read by a
 * coordinator or member, the drop box's current credential).
 */
type Channel = { name: string; wire: Y.Doc; provider: HocuspocusProvider; forwardedUpTo: number; upToDate: boolean; readOnly: boolean; engine: boolean; onUpdate: (update: Uint8Array, origin: unknown) => void };

/**
 * The device's connection to the sync server: one Hocuspocus provider per document, on one socket with the
 * device's own credential. Each provider works on the engine's copy of the document (DeviceSync.wire),
 * which receives a local update only once its transaction has committed, and hands what the server sends
 * to the engine, which applies it to the tables in one transaction. An update the engine could not apply
 * is asked for again on the next exchange, from a copy rebuilt from what is stored.
 * Anonymous entries never go over that socket: they are uploaded with the drop box's credential, each
 * upload on a connection of its own (uploadToDropBox); a coordinator's or member's device reads the drop
 * box over its socket into a copy that holds only what the server sent, so that nothing of its own entries
 * can travel back with its own credential. The drop box's current credential comes from the committee's
 * `keys` document, which a coordinator's device fills after a revocation replaced it.
 */
export class SyncLink {
  private readonly channels = new Map<string, Channel>();
  /** Others' ballots the server would not give yet (the coordinators' note of the round has not reached it): asked again after the next change received. */
  private readonly denied = new Set<string>();
  private readonly sockets: HocuspocusProviderWebsocket[] = [];
  private readonly listeners = new Set<() => void>();
  private stopListening: () => void = () => undefined;
  private stopResets: () => void = () => undefined;
  private current: LinkStatus = { state: 'connecting', reason: null };
  private own: HocuspocusProviderWebsocket | null = null;
  private secrets: SharingSecrets;
  private uploading = false;
  private uploadAgain = false;
  private lastUpload: DropBoxOutcome | null = null;
  private retry: NodeJS.Timeout | null = null;
  private deniedRetry: NodeJS.Timeout | null = null;
  private stopped = false;
  /** What the last failed connection said of why (the name not found, a certificate refused, …). */
  private unreachable: NetworkFailure | null = null;

  /** For a database whose secrets file is there (sharingSecrets): the callers say what to do when it is not. */
  constructor(
    private readonly engine: DeviceSync,
    private readonly databasePath: string,
  ) {
    const secrets = sharingSecrets.read(databasePath);
    if (secrets === null) throw new UserError('sync_key_missing', { file: sharingSecrets.path(databasePath) });
    this.secrets = secrets;
  }

  status(): LinkStatus {
    return this.current;
  }

  /** Every document this device holds is up to date with the server, and the drop box has every entry given here. */
  upToDate(): boolean {
    return this.current.state === 'connected' && [...this.channels.values()].every((channel) => channel.upToDate) && this.engine.dropBoxWaitsUpTo() === 0 && this.missing(true).length === 0;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    this.own = this.socket();
    this.openMissing();
    this.deliverDropBox();
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
      if (name.endsWith('/drop-box')) this.deliverDropBox();
      // A revocation replaced the drop box's credential: handed on to the server.
      if (name.endsWith('/access')) this.settleDropBoxKey();
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
    const socket = this.own;
    if (socket === null) return;
    for (const { name, own } of this.missing()) {
      if (name.endsWith('/keys')) {
        const doc = new Y.Doc();
        doc.on('update', () => this.settleDropBoxKey());
        this.open(name, socket, doc, false);
      } else if (own) this.open(name, socket, new Y.Doc(), false);
      else this.open(name, socket, this.engine.wire(name), true);
    }
  }

  /**
   * The documents this device should be connected to now and is not: each one it holds (the drop box only
   * where its role reads it, into a copy of the link's own), the drop box's current credential, and the
   * others' ballots once the records are up to date. Nothing missing is part of being up to date.
   */
  private missing(includeDenied = false): { name: string; own: boolean }[] {
    const { committeeId, memberId } = this.engine.sharing;
    const recordsShared = this.channels.get(`${committeeId}/records`)?.upToDate === true;
    const wanted: { name: string; own: boolean }[] = [];
    for (const name of this.engine.documentNames()) {
      const document = parseDocumentName(name);
      if (document === null || this.channels.has(name)) continue;
      // Not given yet: asked again later; still missing if the round is closed here (the server will give it).
      if (this.denied.has(name) && !(includeDenied && document.part === 'ballot' && this.engine.roundClosed(document.roundId))) continue;
      if (document.part === 'ballot' && document.memberId !== memberId && !recordsShared) continue;
      if (document.part !== 'drop-box') wanted.push({ name, own: false });
      // Read with the device's own credential where its role may (coordinators and members).
      else if (accessFor(this.engine.claims(), document) === 'read') wanted.push({ name, own: true });
    }
    const keys: DocumentName = { committeeId, part: 'keys' };
    if (!this.channels.has(documentNameText(keys)) && accessFor(this.engine.claims(), keys) !== 'none') wanted.push({ name: documentNameText(keys), own: true });
    return wanted;
  }

  /**
   * Settles the drop box's credential between this device and the committee's `keys` document: the newer
   * one wins. A coordinator's device puts its newer one there (made by a revocation); every other device
   * takes the newer one from there, keeps it with its secrets and sends what waits with it.
   */
  private settleDropBoxKey(): void {
    const channel = this.channels.get(documentNameText({ committeeId: this.engine.sharing.committeeId, part: 'keys' }));
    if (channel === undefined || !channel.provider.isSynced || this.stopped) return;
    // Read again: a revocation on this device has just replaced it in the file.
    this.secrets = sharingSecrets.read(this.databasePath) ?? this.secrets;
    const mine = this.secrets.dropBoxToken;
    const keys = channel.wire.getMap('keys');
    const shared = keys.get('dropBox');
    if (typeof shared !== 'string' || (mine !== null && newerDropBoxToken(mine, shared))) {
      if (mine !== null && this.engine.sharing.role === 'coordinator') keys.set('dropBox', mine);
      return;
    }
    const claims = inviteToken.claimsOf(shared);
    if (shared === mine || claims?.role !== 'drop_box' || claims.committeeId !== this.engine.sharing.committeeId) return;
    this.secrets = { ...this.secrets, dropBoxToken: shared };
    sharingSecrets.write(this.databasePath, this.secrets);
    this.deliverDropBox();
  }

  /** What waits for the drop box beyond what the server sent this device of it (dropBoxPending). */
  private dropBoxWaiting(): { upTo: number; update: Uint8Array } | null {
    const read = this.channels.get(`${this.engine.sharing.committeeId}/drop-box`);
    return this.engine.dropBoxPending(read === undefined ? null : Y.encodeStateAsUpdate(read.wire));
  }

  /**
   * Uploads what waits for the drop box, one upload at a time (another follows if more came meanwhile).
   * Not taken because the credential was replaced: sent again once the new one arrives. No answer: tried
   * again when the socket connects again, or in a while.
   */
  private deliverDropBox(): void {
    if (this.stopped) return;
    if (this.uploading) {
      this.uploadAgain = true;
      return;
    }
    // A device that reads the drop box first learns what the server holds of it, so that it sends only its own.
    const dropBox: DocumentName = { committeeId: this.engine.sharing.committeeId, part: 'drop-box' };
    if (accessFor(this.engine.claims(), dropBox) === 'read' && this.channels.get(documentNameText(dropBox))?.provider.isSynced !== true) return;
    const pending = this.dropBoxWaiting();
    const token = this.secrets.dropBoxToken;
    if (pending === null || token === null) return;
    this.uploading = true;
    const { committeeId, serverUrl } = this.engine.sharing;
    void uploadToDropBox(serverAddress(serverUrl).web, committeeId, token, pending.update).then((outcome) => {
      this.uploading = false;
      this.lastUpload = outcome;
      if (this.stopped) return;
      if (outcome === 'delivered') this.engine.markShared(`${committeeId}/drop-box`, pending.upTo);
      if (outcome === 'refused') this.set({ state: 'refused', reason: 'drop_box' });
      else this.changed();
      const again = this.uploadAgain || (outcome === 'delivered' && this.engine.dropBoxWaitsUpTo() > pending.upTo);
      this.uploadAgain = false;
      if (again) this.deliverDropBox();
      else if (outcome === 'unreachable' && this.retry === null) {
        this.retry = setTimeout(() => {
          this.retry = null;
          this.deliverDropBox();
        }, 10_000);
        this.retry.unref();
      }
    });
  }

  stop(): void {
    this.stopped = true;
    if (this.retry !== null) clearTimeout(this.retry);
    if (this.deniedRetry !== null) clearTimeout(this.deniedRetry);
    this.stopListening();
    this.stopResets();
    for (const channel of this.channels.values()) {
      channel.provider.destroy();
      channel.wire.off('update', channel.onUpdate);
    }
    this.channels.clear();
    this.own = null;
    for (const socket of this.sockets.splice(0)) socket.destroy();
    this.current = { state: 'offline', reason: null };
    this.changed();
  }

  private socket(): HocuspocusProviderWebsocket {
    const socket = new HocuspocusProviderWebsocket({
      url: this.engine.sharing.serverUrl,
      WebSocketPolyfill: listenedWebSocket((error) => {
        this.unreachable = networkFailure(error);
      }),
      // Tried again and again while offline, a little longer apart each time, never given up.
      maxAttempts: 0,
      // A refusal stands until the link is started again: a socket that connects again changes nothing of it.
      onConnect: () => {
        this.unreachable = null;
        this.set(this.current.state === 'refused' || this.current.state === 'failed' ? this.current : { state: 'connected', reason: null });
        // Back in touch: what waits for the drop box goes too.
        if (this.lastUpload === 'unreachable') this.deliverDropBox();
      },
      onDisconnect: () => this.wentAway(),
      // A connection that never opened (the server is down) closes without having connected.
      onClose: () => this.wentAway(),
    });
    this.sockets.push(socket);
    return socket;
  }

  private open(name: string, socket: HocuspocusProviderWebsocket, wire: Y.Doc, engine: boolean): void {
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name,
      token: this.secrets.token,
      document: wire,
      onSynced: () => settled(),
      onUnsyncedChanges: () => settled(),
      onAuthenticationFailed: ({ reason }) => {
        // Another member's ballot that the server does not open yet is not a refusal of this device.
        if (reason === 'forbidden' && parseDocumentName(name)?.part === 'ballot') {
          this.denied.add(name);
          this.close(channel);
          this.askAgainLater();
        } else this.set({ state: 'refused', reason });
      },
      onAuthenticated: ({ scope }) => {
        channel.readOnly = scope === 'readonly';
        // What this device changed in a document it may now only read can never be sent (dots cast before it
        // heard the round was closed): dropped, so that it shows what every other device shows.
        try {
          if (channel.readOnly && channel.engine && this.engine.discardUnshared(name) > 0) appLog.info('sync_discarded', {});
        } catch (error) {
          appLog.failed('sync_apply_failed', error, {});
          this.set({ state: 'failed', reason: 'apply_failed' });
          return;
        }
        settled();
      },
      // The server closed the document: this device was revoked while connected (the reason says so), or the
      // server is shutting down, which is the same as going away.
      onClose: ({ event }) => {
        if (event.reason === 'revoked') this.set({ state: 'refused', reason: 'revoked' });
        // The round of this ballot was closed: asked for again, to read only (what was not sent is dropped then).
        else if (event.reason === 'round_closed') this.reopen(channel);
        // Closed by this side (stopping, or starting a channel again): nothing went away.
        else if (event.reason !== 'provider_initiated') this.wentAway();
      },
    });
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      // The credential's copy is the link's own, settled by settleDropBoxKey; nothing of it goes to the tables.
      if (origin === 'engine' || name.endsWith('/keys')) return;
      try {
        this.engine.receive(name, update);
        this.denied.clear();
        // A round closed elsewhere opens the others' ballots to this device; a new round brings its own.
        queueMicrotask(() => this.openMissing());
      } catch (error) {
        appLog.failed('sync_apply_failed', error, {});
        // Not asked for again at once (it would fail the same way): the next exchange tries again.
        this.set({ state: 'failed', reason: 'apply_failed' });
        this.close(channel);
      }
    };
    const channel: Channel = { name, wire, provider, forwardedUpTo: this.engine.newestUpdate(), upToDate: false, readOnly: false, engine, onUpdate };
    wire.on('update', onUpdate);
    // Up to date once synced and every change sent is acknowledged. The server never acknowledges a change
    // to a document it gives this device to read only (a ballot after its round closed elsewhere): such a
    // change stays here, counted as waiting, and the document counts as up to date once synced.
    const settled = () => {
      if (!channel.provider.isSynced || (channel.provider.hasUnsyncedChanges && !channel.readOnly)) return;
      if (!channel.readOnly && channel.engine) this.engine.markShared(name, channel.forwardedUpTo);
      channel.upToDate = true;
      if (name.endsWith('/records')) this.openMissing();
      if (name.endsWith('/keys')) this.settleDropBoxKey();
      if (name.endsWith('/drop-box')) this.deliverDropBox();
      this.changed();
    };
    provider.attach();
    this.channels.set(name, channel);
  }

  /** Others' ballots not given yet are asked for again in a while (and after the next change received). */
  private askAgainLater(): void {
    if (this.deniedRetry !== null || this.stopped) return;
    this.deniedRetry = setTimeout(() => {
      this.deniedRetry = null;
      this.denied.clear();
      this.openMissing();
      this.changed();
    }, 3_000);
    this.deniedRetry.unref();
  }

  /** A channel the server closed for a reason that asks for it to be opened again. */
  private reopen(channel: Channel): void {
    this.close(channel);
    queueMicrotask(() => this.openMissing());
  }

  /** After a failed apply (the next start builds the copy again from what is stored), or a ballot not given yet. */
  private close(channel: Channel): void {
    queueMicrotask(() => {
      channel.provider.destroy();
      channel.wire.off('update', channel.onUpdate);
      this.channels.delete(channel.name);
      this.changed();
    });
  }

  private wentAway(): void {
    for (const channel of this.channels.values()) channel.upToDate = false;
    this.set(this.current.state === 'refused' || this.current.state === 'failed' ? this.current : { state: 'offline', reason: this.unreachable });
  }

  private set(status: LinkStatus): void {
    this.current = status;
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
