/**
 * Who may talk to the studio: requests that carry the token and come from the studio's own page. Other websites open
 * in the same browser can send requests to 127.0.0.1 (and, by DNS rebinding, under their own host name), so every
 * request is checked for the token, its Host and its Origin before anything is read or written.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh random token: 32 bytes, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** The host names under which the studio answers (loopback only). */
const LOOPBACK = ['127.0.0.1', 'localhost'];

/** Compares two strings in time independent of where they differ. */
function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The request's path after `/<token>`, or undefined when the token is missing or wrong. */
export function pathAfterToken(url: string, token: string): string | undefined {
  const path = url.split('?')[0];
  const match = /^\/([^/]*)(\/.*)?$/.exec(path);
  if (!match || !sameSecret(match[1], token)) return undefined;
  return match[2] ?? '/';
}

/** Why the request must be refused (a 403), or null when it may go on. */
export function refusal(req: IncomingMessage, port: number, token: string): string | null {
  const hosts = LOOPBACK.map((h) => `${h}:${port}`);
  if (!hosts.includes(req.headers.host ?? '')) return `Host "${req.headers.host ?? ''}" is not the studio's`;
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`))
    return `Origin "${origin}" is not the studio's`;
  // A page of another site fetching with no-cors sends no Origin on GET; the browser still says where it came from.
  if (req.headers['sec-fetch-site'] === 'cross-site') return 'a cross-site request';
  if (pathAfterToken(req.url ?? '/', token) === undefined) return 'the token is missing or wrong';
  return null;
}
