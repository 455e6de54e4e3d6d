"""Secrets in the OS keyring (RELIABILITY K1, K2, K3): real backends only, never in clear, never
truncated."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError, PasswordSetError
from keyrings.alt.file import PlaintextKeyring

from vastaanotto import secrets
from vastaanotto.errors import SecretStoreUnavailable
from tests.conftest import MemoryKeyring

UID = "3f2c9a52-2a51-4a57-9d5c-0f1b6c1a2b3c"
ROOT = Path(__file__).resolve().parents[2]


def test_memory_backend_round_trip(memory_keyring):
    assert secrets.backend_is_secure()
    assert secrets.get_secret("smtp-password", UID) is None
    secrets.set_secret("smtp-password", UID, "hyvä salasana ✓")
    assert secrets.get_secret("smtp-password", UID) == "hyvä salasana ✓"
    assert memory_keyring.store == {(secrets.SERVICE, f"{UID}:smtp-password"): "hyvä salasana ✓"}
    # Names are per practice: another practice on the same machine sees nothing.
    assert secrets.get_secret("smtp-password", "other-practice") is None


def test_key_is_created_once_and_kept(memory_keyring):
    key = secrets.get_or_create_key("db-key", UID)
    assert isinstance(key, bytes) and len(key) == 32
    assert secrets.get_or_create_key("db-key", UID) == key
    assert secrets.get_or_create_key("db-key", "another-uid") != key
    assert memory_keyring.store[(secrets.SERVICE, f"{UID}:db-key")] == key.hex()


def test_audit_key_is_stable(memory_keyring):
    first = secrets.audit_key(UID)
    assert first is not None and len(first) == 32
    assert secrets.audit_key(UID) == first


# --- K2: insecure backends are refused ---------------------------------------------------------

def chained(*backends):
    """keyring's ChainerBackend, over a fixed list instead of every installed backend."""
    cls = type("ChainerBackend", (chainer.ChainerBackend,), {"backends": list(backends)})
    return cls()


@pytest.fixture(params=["null", "fail", "plaintext", "chainer-of-insecure"])
def insecure_backend(request, tmp_path):
    if request.param == "null":
        backend = null.Keyring()
    elif request.param == "fail":
        backend = fail.Keyring()
    elif request.param == "plaintext":
        backend = PlaintextKeyring()
        backend.file_path = str(tmp_path / "keyring_pass.cfg")
    else:  # what a headless box can end up with
        backend = chained(null.Keyring(), fail.Keyring())
    keyring.set_keyring(backend)
    return backend


def test_insecure_backends_are_refused(insecure_backend, tmp_path):
    assert not secrets.backend_is_secure()
    with pytest.raises(SecretStoreUnavailable) as info:
        secrets.set_secret("smtp-password", UID, "clear text would be bad")
    assert info.value.code == "secret_store_unavailable"
    assert info.value.params["backend"] == secrets.backend_name()
    with pytest.raises(SecretStoreUnavailable):
        secrets.get_secret("smtp-password", UID)
    with pytest.raises(SecretStoreUnavailable):
        secrets.get_or_create_key("db-key", UID)
    assert secrets.audit_key(UID) is None
    # Nothing was written anywhere in clear.
    assert not (tmp_path / "keyring_pass.cfg").exists()


def test_chainer_with_one_real_backend_is_accepted(tmp_path):
    """A real OS backend first, keyrings.alt installed behind it: secrets go to the real one."""
    real, plaintext = MemoryKeyring(), PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "keyring_pass.cfg")
    keyring.set_keyring(chained(real, plaintext))
    assert secrets.backend_is_secure()
    secrets.set_secret("smtp-password", UID, "arvo")
    assert real.store == {(secrets.SERVICE, f"{UID}:smtp-password"): "arvo"}
    assert not (tmp_path / "keyring_pass.cfg").exists()


def test_a_backend_that_silently_drops_secrets_is_caught():
    """The null backend as the first of a chain accepts a secret and keeps nothing."""
    keyring.set_keyring(chained(null.Keyring(), MemoryKeyring()))
    with pytest.raises(SecretStoreUnavailable) as info:
        secrets.set_secret("smtp-password", UID, "arvo")
    assert info.value.params.get("reason") == "secret_not_stored"


def test_environment_variable_backend_is_refused_in_a_fresh_process(tmp_path):
    """K2 as the program meets it: PYTHON_KEYRING_BACKEND chooses the backend at start-up."""
    code = ("import json; from vastaanotto import secrets; "
            "print(json.dumps([secrets.backend_name(), secrets.backend_is_secure(), "
            "secrets.audit_key('x') is None]))")
    for backend in ("keyring.backends.null.Keyring", "keyring.backends.fail.Keyring",
                    "keyrings.alt.file.PlaintextKeyring"):
        env = {**os.environ, "PYTHON_KEYRING_BACKEND": backend, "XDG_DATA_HOME": str(tmp_path),
               "HOME": str(tmp_path)}
        result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        name, secure, no_key = json.loads(result.stdout.strip().splitlines()[-1])
        assert name == backend
        assert (secure, no_key) == (False, True), backend
    assert not any(p.name == "keyring_pass.cfg" for p in tmp_path.rglob("*"))


# --- K3 and backend failures -----------------------------------------------------------------

def test_secret_of_1281_characters_is_refused_cleanly(memory_keyring):
    value = "x" * 1281
    with pytest.raises(SecretStoreUnavailable) as info:
        secrets.set_secret("server-password", UID, value)
    assert info.value.params.get("reason") == "secret_too_long"
    assert value not in str(info.value) and value not in repr(info.value)
    assert memory_keyring.store == {}


def test_longest_allowed_secret_is_stored_whole(memory_keyring):
    value = "é" * secrets.MAX_SECRET_LENGTH
    secrets.set_secret("server-password", UID, value)
    assert secrets.get_secret("server-password", UID) == value


class TruncatingKeyring(MemoryKeyring):
    """Like Windows Credential Manager with a long blob: stores less than it was given."""

    def set_password(self, service, username, password):
        super().set_password(service, username, password[:100])


class BrokenKeyring(MemoryKeyring):
    def set_password(self, service, username, password):
        raise PasswordSetError("locked collection")

    def get_password(self, service, username):
        raise KeyringError("dbus went away")


def test_a_backend_that_truncates_is_caught():
    keyring.set_keyring(TruncatingKeyring())
    with pytest.raises(SecretStoreUnavailable) as info:
        secrets.set_secret("server-password", UID, "y" * 500)
    assert info.value.params.get("reason") == "secret_not_stored"


def test_backend_errors_become_secret_store_unavailable():
    keyring.set_keyring(BrokenKeyring())
    with pytest.raises(SecretStoreUnavailable) as info:
        secrets.set_secret("smtp-password", UID, "salainen arvo")
    assert "salainen arvo" not in str(info.value)
    with pytest.raises(SecretStoreUnavailable):
        secrets.get_secret("smtp-password", UID)
    assert secrets.audit_key(UID) is None
