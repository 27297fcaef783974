import { describe, expect, it } from 'vitest';
import { runCli } from '../../testing/cli';

describe('faq-chat studio', () => {
  it('says what is wrong before starting anything', async () => {
    const bad = await runCli(['studio', 'kb.json', '--port', '70000'], { 'kb.json': '{"entries":[]}' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--port needs a port number from 1 to 65535 (got "70000")');
    const missing = await runCli(['studio', 'nope.json', '--no-open'], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read nope.json');
  });
  it('has help that names what it writes', async () => {
    const help = await runCli(['studio', '--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: faq-chat studio <kb\.json>/);
    expect(help.stdout).toContain('127.0.0.1 only');
    expect((await runCli(['--help'], {})).stdout).toContain('studio <kb.json>');
  });
});
