/** Encoder sources for the CLI's tests: the fake encoder (no model to load), or one that fails to load. */
import { fakeEncoder } from '../engine/semantic/fake-encoder';
import type { EncoderSource } from './encoder';

/** The name the fake encoder reports, as it appears in "matcher: meaning + words (…)". */
export const FAKE_NAME = 'fake hashing encoder';

/** A source whose encoder is the deterministic fake; counts its loads so tests can check laziness. */
export function fakeSource(fingerprint = 'fake-64'): EncoderSource & { loads: number } {
  const source = {
    loads: 0,
    fingerprint: async () => fingerprint,
    load: async () => {
      source.loads++;
      return { ...fakeEncoder(fingerprint), name: FAKE_NAME };
    },
  };
  return source;
}

/** A source that cannot load, as when dist/faq-chat-encoder is missing. */
export const missingSource = (why = 'its files are missing'): EncoderSource => ({
  fingerprint: async () => undefined,
  load: async () => {
    throw Error(why);
  },
});
