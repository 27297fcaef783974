/** Where the CLI gets its sentence encoder: loaded lazily, so commands that never encode never load TensorFlow.js. */
import type { SentenceEncoder } from '../engine/semantic/encoder';
import { encoderFingerprint } from '../node-encoder/locate';
import { warn, type Io } from './io';

/** A loaded encoder with a name for reports. */
export interface CliEncoder extends SentenceEncoder {
  /** e.g. "Universal Sentence Encoder lite, wasm". */
  readonly name: string;
}

/** The encoder as the CLI sees it; tests inject a fake one through `Io.encoder`. */
export interface EncoderSource {
  /** The installed model's fingerprint, read without loading it (undefined when there is none). */
  fingerprint(): Promise<string | undefined>;
  /** Loads the encoder; rejects with an Error that says what is missing or broken. */
  load(): Promise<CliEncoder>;
}

/** The encoder this package ships in dist/faq-chat-encoder, on TensorFlow.js's WebAssembly backend. */
export const installedEncoder: EncoderSource = {
  fingerprint: () => encoderFingerprint(),
  async load() {
    // Dynamic: TensorFlow.js takes a while to import, and validate or --help must not pay for it.
    const { loadNodeEncoder } = await import('../node-encoder/load');
    const encoder = await loadNodeEncoder();
    return { ...encoder, name: `Universal Sentence Encoder lite, ${encoder.backend}` };
  },
};

/** The encoder to use: the injected one, or the installed one. */
export const encoderSource = (io: Io): EncoderSource => io.encoder ?? installedEncoder;

/** What a command does without the encoder, and the option that skips it, for the warning. */
export interface Fallback {
  /** e.g. "this runs on words only". */
  instead: string;
  /** e.g. "--lexical". */
  option: string;
}

/** The fallback of the matching commands (ask, eval, suggest-alternates). */
export const WORDS_FALLBACK: Fallback = { instead: 'matching runs on words only', option: '--lexical' };

/** The loaded encoder, or null after one warning line saying why, what happens instead and how to fix it. */
export async function loadOrWarn(io: Io, fallback: Fallback = WORDS_FALLBACK): Promise<CliEncoder | null> {
  try {
    return await encoderSource(io).load();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    warn(
      io,
      `cannot load the sentence encoder (${why}), so ${fallback.instead}; to use it, reinstall faq-chat or run \`npm run build\` in its repository (${fallback.option} skips the encoder and this warning)`,
    );
    return null;
  }
}
