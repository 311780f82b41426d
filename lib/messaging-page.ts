/**
 * The content script's side of the protocol in lib/messages.ts, without
 * @webext-core/messaging: that library (with its error serialiser and debug logging) was
 * ~2.9 kB of the script every frame of every page parses, for four sends and four
 * listeners. The background keeps @webext-core's router (lib/background/router.ts), so this
 * speaks its wire format exactly:
 *   request  `{ id, type, data, timestamp }` through runtime.sendMessage / runtime.onMessage;
 *   answer   `{ res }`, or `{ err }` with an Error's name, message and stack as strings.
 * The browser, not the message, says who sent it: the background still checks the sender
 * (lib/background/sender.ts), and a content script's runtime.onMessage hears only this
 * extension. Messages stay typed both ways by lib/messages.ts's ProtocolMap.
 */
import type { ProtocolMap } from './messages';

type Name = keyof ProtocolMap;
export type MessageData<K extends Name> = Parameters<ProtocolMap[K]>[0];
export type MessageAnswer<K extends Name> = ReturnType<ProtocolMap[K]>;
export type PageHandler<K extends Name> = (message: { data: MessageData<K> }) => MessageAnswer<K> | Promise<MessageAnswer<K>>;

type Listener = (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => boolean;

/** The part of `browser.runtime` this uses (a seam for tests). */
export interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

export interface PageMessaging {
  /** Ask the background; throws what the background threw, or when nothing answered. */
  sendMessage<K extends Name>(type: K, data: MessageData<K>): Promise<MessageAnswer<K>>;
  /** Answer one message type (one handler per type, as @webext-core allows); returns the removal. */
  onMessage<K extends Name>(type: K, handler: PageHandler<K>): () => void;
}

/** The text of a thrown value, for the `{ err }` answer. */
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function pageMessaging(runtime: RuntimeLike): PageMessaging {
  // @webext-core numbers requests from a random start; the id is only echoed in its logs.
  let nextId = Math.floor(Math.random() * 1e4);
  const handlers = new Map<string, (message: { data: unknown }) => unknown>();
  const listener: Listener = (message, _sender, sendResponse) => {
    // Only the envelope's shape is trusted: what else arrives is not ours to answer.
    if (typeof message !== 'object' || message === null) return false;
    const { type, timestamp } = message as { type?: unknown; timestamp?: unknown };
    const handler = typeof type === 'string' && typeof timestamp === 'number' ? handlers.get(type) : undefined;
    // No answer at all: another frame (or listener) may answer this one.
    if (!handler) return false;
    new Promise((resolve) => resolve(handler(message as { data: unknown }))).then(
      (res) => sendResponse({ res }),
      (error: unknown) => sendResponse({ err: { name: 'Error', message: errorText(error), stack: '' } }),
    );
    return true; // the answer comes asynchronously
  };
  return {
    async sendMessage(type, data) {
      const answer = (await runtime.sendMessage({ id: nextId++, type, data, timestamp: Date.now() })) as { res?: unknown; err?: unknown } | null | undefined;
      if (typeof answer !== 'object' || answer === null) throw new Error(`${type}: no response`);
      if (answer.err != null) {
        const message = (answer.err as { message?: unknown }).message;
        throw new Error(typeof message === 'string' ? message : `${type}: the background failed`);
      }
      return answer.res as MessageAnswer<typeof type>;
    },
    onMessage(type, handler) {
      if (handlers.has(type)) throw new Error(`one listener per message type: ${type}`);
      if (handlers.size === 0) runtime.onMessage.addListener(listener);
      const entry = handler as (message: { data: unknown }) => unknown;
      handlers.set(type, entry);
      return () => {
        if (handlers.get(type) !== entry) return;
        handlers.delete(type);
        if (handlers.size === 0) runtime.onMessage.removeListener(listener);
      };
    },
  };
}
