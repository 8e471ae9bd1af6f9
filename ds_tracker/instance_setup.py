"""`python -m ds_tracker.instance_setup`: write instance/config.py with a fresh SECRET_KEY if there is none.

Run by `make run` before anything else, so the app never falls back to a guessable key.
"""
import os
import secrets

from flask import Flask


def ensure_instance_config() -> str:
    instance_path = Flask("ds_tracker", instance_relative_config=True).instance_path
    os.makedirs(instance_path, exist_ok=True)
    path = os.path.join(instance_path, "config.py")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            if "SECRET_KEY" in f.read():
                return path
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"# Generated on first run. Keep it secret; never commit it.\nSECRET_KEY = {secrets.token_hex(32)!r}\n")
    os.chmod(path, 0o600)
    print(f"Wrote a new secret key to {path}")
    return path


if __name__ == "__main__":
    ensure_instance_config()
