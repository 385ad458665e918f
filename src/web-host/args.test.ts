import { describe, expect, it } from 'vitest';
import { parseWebHostArgs } from './args';

describe('npm run serve arguments', () => {
  it('takes a folder and a port', () => {
    expect(parseWebHostArgs(['../site', '--port', '4321'])).toEqual({ ok: true, args: { folder: '../site', port: 4321 } });
  });
  it('explains a bad port, an unknown option and two folders', () => {
    expect(parseWebHostArgs(['--port', 'abc'])).toMatchObject({ ok: false, message: expect.stringContaining('--port') });
    expect(parseWebHostArgs(['--verbose'])).toMatchObject({ ok: false, message: expect.stringContaining('Unknown option --verbose') });
    expect(parseWebHostArgs(['a', 'b'])).toMatchObject({ ok: false, message: expect.stringContaining('Only one folder') });
  });
});
