/**
 * Reading a file of the scanned tree as text: the one decoder every part of prodlint uses, so a
 * file gives the same text (and the same offsets) whether the engine read it or a project rule
 * went back to the disk for it.
 *
 * - UTF-16 with a byte-order mark (LE `FF FE`, BE `FE FF`) is decoded and the mark dropped, as
 *   editors write it on Windows.
 * - Anything else is UTF-8; a UTF-8 byte-order mark is kept as U+FEFF at offset 0, because
 *   `SourceFile` strips it (and records `hadBom`), so offsets are those of `SourceFile.text`.
 *   Callers that use the text without a SourceFile (JSON.parse) strip it themselves.
 * - A NUL byte in the first 8 KiB means binary: refused.
 * - Only regular files are read (a FIFO would block forever, a device such as `/dev/zero` never
 *   ends), and with `maxBytes` only files no larger than that; the size is checked with `fstat`
 *   before anything is read, so an oversized file costs one system call.
 *
 * Never throws: a problem comes back as a `skip` with the message the engine shows as a notice.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type ReadSkip = { skip: 'binary' | 'size' | 'unreadable'; message: string };
export type ReadResult = { text: string } | ReadSkip;

// O_NONBLOCK is not defined on Windows, where opening a FIFO this way does not block either.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** How much of a file is searched for a NUL byte (what git and grep look at, give or take). */
const BINARY_SNIFF_BYTES = 8192;

/**
 * Contents that stand in for a file on disk: `--stdin-filename` lints standard input as that file
 * (an editor's unsaved buffer), so every reader, rules going back to the disk included, sees the
 * buffer. Set by src/stdin.ts only.
 */
const standIns = new Map<string, Buffer>();

export function setStandIn(abs: string, bytes: Buffer): void {
  standIns.set(abs, bytes);
}

export function readText(abs: string, maxBytes?: number): ReadResult {
  const standIn = standIns.get(abs);
  if (standIn !== undefined) return maxBytes !== undefined && standIn.length > maxBytes ? oversize(standIn.length, maxBytes) : decodeText(standIn);
  let fd: number;
  try {
    // Not blocking: opening a FIFO for reading would otherwise wait for a writer. A symbolic link
    // is followed: what matters is what would be read.
    fd = openSync(abs, OPEN_FLAGS);
  } catch (err) {
    return { skip: 'unreadable', message: `could not be read: ${codeOf(err)}` };
  }
  let buf: Buffer;
  try {
    // fstat on the open file: the checks and the read see the same file, in the system calls
    // readFileSync would make anyway.
    const st = fstatSync(fd);
    if (!st.isFile()) return { skip: 'unreadable', message: 'could not be read: not a regular file' };
    if (maxBytes !== undefined && st.size > maxBytes) return oversize(st.size, maxBytes);
    buf = readAll(fd, st.size);
  } catch (err) {
    return { skip: 'unreadable', message: `could not be read: ${codeOf(err)}` };
  } finally {
    closeSync(fd);
  }
  return decodeText(buf);
}

/**
 * The `size` bytes fstat reported, as readFileSync reads a regular file: a file that grows during
 * the read is taken at the size it had (the run sees one consistent version of it).
 */
function readAll(fd: number, size: number): Buffer {
  const buf = Buffer.allocUnsafe(size);
  let len = 0;
  for (let n; len < size && (n = readSync(fd, buf, len, size - len, null)) > 0; ) len += n;
  return len === size ? buf : buf.subarray(0, len);
}

/** The text of a file's bytes (see the module comment), or why it is not text. */
export function decodeText(buf: Buffer): { text: string } | ReadSkip {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const le = buf[0] === 0xff;
    // swap16 needs an even length: an odd trailing byte of a truncated file is dropped.
    const body = buf.subarray(2, 2 + ((buf.length - 2) & ~1));
    return { text: (le ? body : Buffer.from(body).swap16()).toString('utf16le') };
  }
  if (buf.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { skip: 'binary', message: 'skipped: binary file' };
  return { text: buf.toString('utf8') };
}

/** `text` without a leading byte-order mark (for consumers that do not go through SourceFile). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function oversize(size: number, maxBytes: number): ReadSkip {
  // The engine's wording: its only limit is --max-file-size.
  return { skip: 'size', message: `skipped: ${size} bytes is over the ${maxBytes}-byte limit (--max-file-size)` };
}

function codeOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') return code;
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}
