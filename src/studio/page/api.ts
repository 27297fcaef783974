/** The page's calls to the studio server (same origin; the token is the page's own path). */
import type { AskedPair } from '../../cli/close-pairs';
import type { CheckMessage, CheckReport } from '../server/check';

/** A failed call, with the server's reason and its JSON body. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`api/${path}`, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json().catch(() => ({ error: `the server answered HTTP ${res.status}` }))) as Record<
    string,
    unknown
  >;
  if (!res.ok) throw new ApiError(String(json.error ?? `HTTP ${res.status}`), res.status, json);
  return json as T;
}

/** The file as on disk. */
export interface FileVersion {
  text: string;
  hash: string;
  path: string;
  files: { file: string; bak: string; compiled: string; exported: string };
}

export const loadFile = () => call<FileVersion>('GET', 'file');
export const diskStatus = () => call<{ hash: string }>('GET', 'status');
/** Saves `text` over the version `base`; an ApiError with status 409 (and the disk's `text`, `hash`) when it changed. */
export const saveFile = (text: string, base: string, force = false) =>
  call<{ hash: string; bak: string }>('PUT', 'file', { text, base, force });
export const buildFile = (text: string) =>
  call<{ ok: boolean; out: string; output: string }>('POST', 'build', { text });
export const exportFile = (text: string) => call<{ out: string; script: string }>('POST', 'export', { text });
export const checkMessages = (text: string, messages: CheckMessage[], before: string) =>
  call<CheckReport>('POST', 'check', { text, messages, before });
export const findPairs = (text: string) => call<{ matching: string; pairs: AskedPair[] }>('POST', 'pairs', { text });
