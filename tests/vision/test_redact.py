import pytest

from neuralux.vision.redact import luhn_ok, redact

SECRET_CASES = [
    # (text, secret substring that must disappear, kind)
    ("export OPENAI_API_KEY=sk-proj-AbCdEf1234567890GhIjKlMnOp", "AbCdEf1234567890GhIjKlMnOp",
     "api_key"),
    ("key sk-ant-api03-xYz0123456789abcdefghijKLMN in env", "xYz0123456789abcdefghij", "api_key"),
    ("stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc", "4eC39HqLyjWDarjtT1zdp7dc", "api_key"),
    ("git remote token ghp_16C7e42F292c6912E7710c838347Ae178B4a",
     "16C7e42F292c6912E7710c838347Ae178B4a", "token"),
    ("github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyz",
     "token"),
    ("SLACK=xoxb-123456789012-abcdefghijkl", "abcdefghijkl", "token"),
    ("aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE", "api_key"),
    ("maps key AIzaSyA-1234567890abcdefghijklmnopqrstu", "1234567890abcdefghijklmnopqrstu",
     "api_key"),
    ("hf_abcdefghijklmnopqrstuvwxyzABCDEF12", "abcdefghijklmnopqrstuvwxyzABCDEF12", "token"),
    ("Authorization: Bearer "
     "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N",
     "dozjgNryP4J3jVmNHl0w5N", "token"),
    ("Authorization: Bearer 0a1b2c3d4e5f6a7b8c9d0e1f2a3b", "0a1b2c3d4e5f6a7b8c9d0e1f2a3b", "token"),
    ("password: hunter2", "hunter2", "password"),
    ("Password = correct-horse-battery", "correct-horse-battery", "password"),
    ('{"db_password": "s3cr3t!x", "user": "bob"}', "s3cr3t!x", "password"),
    ("DB_PASSWD=Tr0ub4dor", "Tr0ub4dor", "password"),
    ("client_secret: 8f1e2d3c4b5a", "8f1e2d3c4b5a", "secret"),
    ("API_KEY=abc123xyz", "abc123xyz", "secret"),
    ("postgres://admin:pa55word@db.local:5432/app", "pa55word", "password"),
    ("random Zx9Kq2Lm8Np4Rt6Vw1Yb3Cd5Fg7Hj0Ks2Lq in config",
     "Zx9Kq2Lm8Np4Rt6Vw1Yb3Cd5Fg7Hj0Ks2Lq", "token"),
    ("card 4111 1111 1111 1111 exp 12/29", "4111 1111 1111 1111", "card_number"),
    ("card 5555-5555-5555-4444", "5555-5555-5555-4444", "card_number"),
    ("amex 378282246310005 ok", "378282246310005", "card_number"),
]


@pytest.mark.parametrize(("text", "secret", "kind"), SECRET_CASES)
def test_secrets_are_masked(text: str, secret: str, kind: str) -> None:
    out = redact(text)
    assert secret not in out.text
    assert f"[REDACTED:{kind}]" in out.text
    assert out.found.get(kind, 0) >= 1


def test_private_key_block_masked_whole() -> None:
    text = ("before\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU\n"
            "AAAAAAAAAAAAAAAA\n-----END OPENSSH PRIVATE KEY-----\nafter")
    out = redact(text)
    assert out.text == "before\n[REDACTED:private_key]\nafter"


def test_truncated_private_key_masked_to_end() -> None:
    out = redact("cat id_rsa\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n")
    assert "MIIEow" not in out.text and out.text.startswith("cat id_rsa\n")


NOT_SECRETS = [
    "Traceback (most recent call last):",
    'File "/home/user/project/manage.py", line 22, in <module>',
    "commit 3f5e2a9b1c7d4e6f8a0b2c4d6e8f0a1b3c5d7e9f",  # a git hash: lower+digits only
    "Mar 12 09:41:07 host systemd[1]: Stopped PostgreSQL RDBMS.",
    "id=35842 port=46948 pid 1234567890123",  # 13 digits that fail Luhn
    "The password prompt appeared twice.",  # the word without a value
    "/usr/lib/python3/dist-packages/django/db/backends/base.py",
    "Filesystem Size Used Avail Use% Mounted on",
    "tokens per second: 82.5",
]


@pytest.mark.parametrize("text", NOT_SECRETS)
def test_ordinary_text_untouched(text: str) -> None:
    out = redact(text)
    assert out.text == text
    assert out.count == 0


def test_luhn() -> None:
    assert luhn_ok("4111111111111111")
    assert luhn_ok("79927398713")
    assert not luhn_ok("4111111111111112")


def test_multiple_kinds_counted() -> None:
    out = redact("password: a1b2c3 and sk-abcdefghijklmnopqrstuvwx and 4111111111111111")
    assert out.found == {"password": 1, "api_key": 1, "card_number": 1}
