"""Encrypt and decrypt-verify in one streaming pass each, hashing on the side.

Why not ``pyrage.encrypt_file``: it holds the GIL for the whole file (1 GB: ~2 s in which no
other Python thread, the GUI thread included, runs a single bytecode). ``encrypt_io`` and
``decrypt_io`` call back into Python for every 8 KiB read, and each callback is a point where
the GIL changes hands, so the program stays responsive; fed from memory they are as fast as
the ``*_file`` functions (bench/backup.py).

The hashing is what costs: SHA-256 of 1 GB is about as long as encrypting it. So it never
runs in the pyrage thread. A reader thread reads the plaintext in large blocks and hashes it,
a hasher thread hashes what pyrage writes; both spend their time in ``read``/``hashlib`` with
the GIL released, i.e. on the second core beside the encryption. The plaintext is read once.

Decrypt-verify (RELIABILITY.md B15) decrypts the file just written and hashes the output on
the side without writing it anywhere: nothing to fsync or clean up, no second 1 GB on disk.
"""

from __future__ import annotations

import hashlib
import queue
import threading
from pathlib import Path

import pyrage

BLOCK = 8 * 1024 * 1024  # large blocks: one GIL hand-over per 8 MiB on the side threads
_DEPTH = 3  # blocks in flight per queue: bounds memory to a few tens of MiB


class _Hasher:
    """SHA-256 and length of a stream of blocks, computed on a thread of its own."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self.length = 0
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=_DEPTH)
        self._thread = threading.Thread(target=self._run, name="backup-hash", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (block := self._queue.get()) is not None:
            self._digest.update(block)  # releases the GIL for large blocks
            self.length += len(block)

    def feed(self, block: bytes) -> None:
        self._queue.put(block)

    def hexdigest(self) -> str:
        self._queue.put(None)
        self._thread.join()
        return self._digest.hexdigest()

    def abandon(self) -> None:
        # Unblock the thread after a failure; its result is not wanted.
        try:
            while True:
                self._queue.get_nowait()
        except queue.Empty:
            pass
        self._queue.put(None)
        self._thread.join()


class _BlockReader:
    """A file-like ``read(n)`` for pyrage, served from large blocks a thread reads ahead and
    hashes. Errors on the thread are raised from ``read``."""

    def __init__(self, path: Path) -> None:
        self._digest = hashlib.sha256()
        self.length = 0
        self._queue: queue.Queue[bytes | BaseException] = queue.Queue(maxsize=_DEPTH)
        self._stop = threading.Event()
        self._block = b""
        self._pos = 0
        self._eof = False
        self._thread = threading.Thread(target=self._run, args=(path,), name="backup-read",
                                        daemon=True)
        self._thread.start()

    def _run(self, path: Path) -> None:
        try:
            with open(path, "rb", buffering=0) as handle:
                while not self._stop.is_set():
                    block = handle.read(BLOCK)
                    self._digest.update(block)
                    self.length += len(block)
                    self._put(block)
                    if not block:
                        return
        except BaseException as exc:  # handed to the pyrage thread, which raises it
            self._put(exc)

    def _put(self, item) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def read(self, size: int = -1) -> bytes:
        if self._pos >= len(self._block):
            if self._eof:
                return b""
            item = self._queue.get()
            if isinstance(item, BaseException):
                raise item
            self._block, self._pos = item, 0
            if not item:
                self._eof = True
                return b""
        size = len(self._block) - self._pos if size is None or size < 0 else size
        chunk = self._block[self._pos:self._pos + size]
        self._pos += len(chunk)
        return chunk

    def hexdigest(self) -> str:
        self._thread.join()
        return self._digest.hexdigest()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()


class _HashingWriter:
    """Writes pyrage's output to ``handle`` (or nowhere) and hands it, in large blocks, to a
    :class:`_Hasher`."""

    def __init__(self, handle=None) -> None:
        self._handle = handle
        self._pending = bytearray()
        self.hasher = _Hasher()

    def write(self, data: bytes) -> int:
        if self._handle is not None:
            self._handle.write(data)
        self._pending += data
        if len(self._pending) >= BLOCK:
            self.hasher.feed(bytes(self._pending))
            self._pending.clear()
        return len(data)

    def flush(self) -> None:
        pass

    def finish(self) -> tuple[str, int]:
        if self._pending:
            self.hasher.feed(bytes(self._pending))
            self._pending.clear()
        return self.hasher.hexdigest(), self.hasher.length


def encrypt_hashing(source: Path, dest: Path, recipient) -> tuple[str, int, str, int]:
    """Encrypt ``source`` into ``dest`` (not fsynced here) in one read of ``source``.

    Returns (plaintext SHA-256, plaintext size, ciphertext SHA-256, ciphertext size).
    Raises ``OSError`` (a full disk) or ``pyrage.EncryptError``.
    """
    reader = _BlockReader(source)
    try:
        with open(dest, "wb", buffering=1024 * 1024) as handle:
            writer = _HashingWriter(handle)
            try:
                pyrage.encrypt_io(reader, writer, [recipient])
            except BaseException:
                writer.hasher.abandon()
                raise
            cipher_sha, cipher_len = writer.finish()
        plain_sha = reader.hexdigest()
        return plain_sha, reader.length, cipher_sha, cipher_len
    finally:
        reader.close()


def decrypt_hashing(source: Path, identity) -> tuple[str, int]:
    """Decrypt ``source`` and return the plaintext's (SHA-256, size) without storing it.

    Raises ``pyrage.DecryptError`` (or an ``OSError`` without errno from pyrage's streaming
    reader) for anything age does not authenticate.
    """
    writer = _HashingWriter(None)
    try:
        with open(source, "rb", buffering=1024 * 1024) as handle:
            pyrage.decrypt_io(handle, writer, [identity])
    except BaseException:
        writer.hasher.abandon()
        raise
    return writer.finish()
