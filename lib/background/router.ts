/**
 * The background's one door. A table maps each message to who may send it, and the
 * handler; the payload schema is the message's own (lib/messages.ts requestSchemas).
 * A request is answered only after both checks pass: the sender (from the browser's
 * MessageSender, never the payload) and the payload (valibot). Anything refused comes
 * back as `{ ok: false, error }` and no handler runs, so nothing is read or written.
 */
import * as v from 'valibot';
import { requestSchemas, type BackgroundMessage, type ProtocolMap, type Request } from '../messages';
import { classifySender, type ExtensionIdentity, type MessageSenderLike, type SenderKind } from './sender';

export type { BackgroundMessage };

type Answer<K extends BackgroundMessage> = ReturnType<ProtocolMap[K]>;
/** What a handler returns: the answer without `ok: true` (the router adds it). */
export type Payload<K extends BackgroundMessage> = Omit<Extract<Answer<K>, { ok: true }>, 'ok'>;

export interface Route<K extends BackgroundMessage> {
  allowedFrom: readonly SenderKind[];
  /** `sender`: what the browser says about who asked (a content script's tab and frame). */
  handler: (data: Request<K>, sender?: MessageSenderLike) => Promise<Payload<K>>;
  /** Prefixed to a handler's error ("could not read entity cards: …"). */
  errorContext?: string;
}

export type Routes<K extends BackgroundMessage> = { [P in K]: Route<P> };
export type RouteTable = Routes<BackgroundMessage>;

/** Content scripts may ask only for what a page needs; extension pages for everything. */
export const FROM_PAGES: readonly SenderKind[] = ['content-script', 'extension-page'];
export const FROM_EXTENSION: readonly SenderKind[] = ['extension-page'];

const SENDER_NAMES: Record<SenderKind, string> = {
  'content-script': 'a content script',
  'extension-page': 'an extension page',
  foreign: 'another extension or a web page',
  unknown: 'an unknown sender',
};

export interface Router {
  handle<K extends BackgroundMessage>(name: K, data: unknown, sender: MessageSenderLike | undefined): Promise<Answer<K>>;
}

export function createRouter(table: RouteTable, self: ExtensionIdentity): Router {
  return {
    async handle<K extends BackgroundMessage>(name: K, data: unknown, sender: MessageSenderLike | undefined): Promise<Answer<K>> {
      const refuse = (error: string) => ({ ok: false, error }) as Answer<K>;
      if (!Object.hasOwn(table, name)) return refuse(`unknown message "${String(name)}"`);
      const route = table[name] as Route<K>;
      const from = classifySender(sender, self);
      if (!route.allowedFrom.includes(from)) return refuse(`${name} refused: not accepted from ${SENDER_NAMES[from]}`);
      // Every request is a plain object (valibot's object schemas would let an array through).
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse(`${name} refused: the payload must be an object`);
      const parsed = v.safeParse(requestSchemas[name], data);
      if (!parsed.success) return refuse(`${name} refused: ${describeIssues(parsed.issues)}`);
      try {
        const payload = await route.handler(parsed.output as Request<K>, sender);
        return { ok: true, ...payload } as Answer<K>;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return refuse(route.errorContext ? `${route.errorContext}: ${message}` : message);
      }
    },
  };
}

/** The first few issues, each with its path: `changes.put[0].created: must be an ISO timestamp`. */
function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const lines = issues.slice(0, 3).map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  return issues.length > 3 ? `${lines.join('; ')} (and ${issues.length - 3} more)` : lines.join('; ');
}
