"""age encryption and decryption as one streaming pass each, hashing what goes through.

Why not ``pyrage.encrypt_file``/``decrypt_file``: they hold the GIL for the whole file (1 GB:
~2 s in which no other Python thread, the GUI thread included, runs at all; measured in
bench/backup.py as the "main-thread stall"). ``encrypt_io``/``decrypt_io`` call back into
Python for every 8 KiB, and each callback lets the GIL change hands, so the program stays
responsive; over C-level buffered files they are as fast as the ``*_file`` functions.

The hashing rides on those callbacks: the reader hashes the plaintext as pyrage reads it, the
writer hashes what pyrage writes, each in 1 MiB blocks. One read of the input, one write of
the output, instead of a separate SHA-256 pass over each file (each about as long as the
encryption itself). Hashing on
side threads was measured too and was slower: pyrage holds the GIL between callbacks, so the
side threads spend their time waiting for it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import BinaryIO

import pyrage

BUFFER = 1024 * 1024


class HashingReader:
    """``read(n)`` for pyrage from ``handle``: reads and hashes (SHA-256) 1 MiB at a time and
    serves pyrage's 8 KiB reads from that block. One hash update per MiB instead of per 8 KiB:
    hashlib releases the GIL on each update, and fewer hand-overs are faster."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._digest = hashlib.sha256()
        self._block = b""
        self._pos = 0
        self.length = 0

    def read(self, size: int = -1) -> bytes:
        if self._pos >= len(self._block):
            self._block, self._pos = self._handle.read(BUFFER), 0
            self._digest.update(self._block)
            self.length += len(self._block)
        if size is None or size < 0:
            size = len(self._block) - self._pos
        chunk = self._block[self._pos:self._pos + size]
        self._pos += len(chunk)
        return chunk

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


class HashingWriter:
    """``write`` for pyrage: gathers 1 MiB, then hashes it and writes it to ``handle`` (or
    nowhere when None). :meth:`flush` writes and hashes the rest."""

    def __init__(self, handle: BinaryIO | None = None) -> None:
        self._handle = handle
        self._digest = hashlib.sha256()
        self._pending = bytearray()
        self.length = 0

    def write(self, data: bytes) -> int:
        self._pending += data
        if len(self._pending) >= BUFFER:
            self._drain()
        return len(data)

    def _drain(self) -> None:
        self._digest.update(self._pending)
        self.length += len(self._pending)
        if self._handle is not None:
            self._handle.write(self._pending)
        self._pending.clear()

    def flush(self) -> None:
        self._drain()
        if self._handle is not None:
            self._handle.flush()

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


def encrypt_hashing(source: Path, dest: Path, recipients: list) -> tuple[HashingReader,
                                                                         HashingWriter]:
    """Encrypt ``source`` into ``dest`` (flushed, not fsynced). Returns the reader and the
    writer: their ``hexdigest()``/``length`` are the plaintext's and the ciphertext's.
    Raises ``OSError`` (a full disk) or ``pyrage.EncryptError``."""
    with open(source, "rb", buffering=BUFFER) as src, \
            open(dest, "wb", buffering=BUFFER) as out:
        reader, writer = HashingReader(src), HashingWriter(out)
        pyrage.encrypt_io(reader, writer, recipients)
        writer.flush()
    return reader, writer


def decrypt_hashing(source: Path, identities: list, dest: BinaryIO | None = None) \
        -> HashingWriter:
    """Decrypt ``source`` into the open file ``dest``, or nowhere (None: a verify pass that
    only wants the plaintext's hash). Returns the writer with the plaintext's hash and size.

    Raises ``pyrage.DecryptError``, or an ``OSError`` without errno (pyrage's streaming reader
    reports unauthenticated data so), for anything age does not authenticate.
    """
    with open(source, "rb", buffering=BUFFER) as src:
        writer = HashingWriter(dest)
        pyrage.decrypt_io(src, writer, identities)
        writer.flush()
    return writer
