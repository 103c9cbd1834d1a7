"""Settings from defaults, STRANGERCHAT_* variables and flags; bad values stop the start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from strangerchat.errors import ConfigError
from strangerchat.settings import Settings, load_settings
from tests.redis_server import free_port


def test_defaults() -> None:
    settings = load_settings([], env={})
    assert settings == Settings()
    assert (settings.host, settings.port, settings.interest_wait) == ("127.0.0.1", 8080, 10.0)
    assert (settings.max_message_length, settings.max_interests) == (2000, 10)


def test_environment_then_flags() -> None:
    env = {"STRANGERCHAT_PORT": "9000", "STRANGERCHAT_HOST": "0.0.0.0"}
    assert load_settings([], env=env).port == 9000
    settings = load_settings(["--port", "9100", "--interest-wait", "2.5"], env=env)
    assert (settings.host, settings.port, settings.interest_wait) == ("0.0.0.0", 9100, 2.5)


def test_the_listen_backlog_is_4096_unless_set() -> None:
    assert load_settings([], env={}).listen_backlog == 4096
    env = {"STRANGERCHAT_LISTEN_BACKLOG": "1024"}
    assert load_settings([], env=env).listen_backlog == 1024
    assert load_settings(["--listen-backlog", "512"], env=env).listen_backlog == 512


def test_origins_are_a_comma_separated_list() -> None:
    env = {"STRANGERCHAT_ALLOWED_ORIGINS": "https://a.example, https://b.example"}
    settings = load_settings([], env=env)
    assert settings.allowed_origins == ("https://a.example", "https://b.example")


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("PORT", "eighty", "expected a whole number"),
        ("PORT", "70000", "port number"),
        ("INTEREST_WAIT", "-1", "above 0"),
        ("LISTEN_BACKLOG", "0", "above 0"),
        ("LISTEN_BACKLOG", "100000", "at most 65535"),
        ("LISTEN_BACKLOG", "lots", "expected a whole number"),
        ("MAX_MESSAGE_LENGTH", "20000", "at most 10000"),
        ("MAX_INTERESTS", "1.5", "expected a whole number"),
        ("ALLOWED_ORIGINS", "evil.example", "not an origin"),
        ("REDIS_URL", "http://x", "not a redis://"),
        ("DATABASE_URL", "mysql://x", "not a postgresql://"),
        ("DATABASE_TIMEOUT", "0", "above 0"),
        ("REPORT_RETENTION", "-5", "above 0"),
        ("REPORT_RETENTION", "90d", "expected a number"),
        ("POLL_SESSION_TIMEOUT", "10", "longer than poll_hold"),
        ("TRUSTED_PROXIES", "10.0.0.0/8, nginx", "'nginx' is not an address or a CIDR"),
        ("TRUSTED_PROXIES", "10.0.0.0/33", "'10.0.0.0/33' is not an address or a CIDR"),
    ],
)
def test_bad_values_are_named_in_the_error(name: str, value: str, says: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings([], env={f"STRANGERCHAT_{name}": value})
    assert f"STRANGERCHAT_{name}" in str(caught.value)
    assert says in str(caught.value)


def test_the_command_line_refuses_a_bad_value_before_starting() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "strangerchat", "--port", "eighty"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1
    assert "--port / STRANGERCHAT_PORT: expected a whole number, got 'eighty'" in result.stderr


def test_trusted_proxies_are_a_comma_separated_list() -> None:
    env = {"STRANGERCHAT_TRUSTED_PROXIES": "172.28.0.0/24, ::1"}
    assert load_settings([], env=env).trusted_proxies == ("172.28.0.0/24", "::1")
    assert Settings().trusted_proxies == ()  # no proxy is trusted unless named


def test_a_data_directory_that_cannot_be_written_stops_the_start(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "a-file"
    not_a_dir.write_text("")  # a file where the directory should be: fails even for root
    result = subprocess.run(
        [sys.executable, "-m", "strangerchat", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=30,
        env={
            **os.environ,
            "STRANGERCHAT_DATA_DIR": str(not_a_dir / "data"),
            "STRANGERCHAT_SECRET_KEY": "k" * 40,  # else the kept key is the first to fail
        },
    )
    assert result.returncode == 1
    assert "--data-dir / STRANGERCHAT_DATA_DIR: cannot open" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_database_that_cannot_be_reached_stops_the_start(tmp_path: Path) -> None:
    url = f"postgresql://postgres:hunter2@127.0.0.1:{free_port()}/postgres"
    result = subprocess.run(
        [sys.executable, "-m", "strangerchat", "--port", "0", "--database-timeout", "2"],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "STRANGERCHAT_DATABASE_URL": url},
    )
    assert result.returncode == 1
    assert "--database-url / STRANGERCHAT_DATABASE_URL: cannot connect" in result.stderr
    assert "Traceback" not in result.stderr


def test_secrets_stay_out_of_reprs_and_errors() -> None:
    settings = Settings(secret_key="s" * 40, metrics_token="m" * 40)
    assert "s" * 40 not in repr(settings)
    assert "m" * 40 not in repr(settings)
    with pytest.raises(ConfigError) as caught:
        load_settings([], env={"STRANGERCHAT_REDIS_URL": "http://user:hunter2@host"})
    assert "hunter2" not in str(caught.value)
    with pytest.raises(ConfigError) as caught:
        load_settings([], env={"STRANGERCHAT_DATABASE_URL": "mysql://user:hunter2@host"})
    assert "hunter2" not in str(caught.value)
    assert "hunter2" not in repr(Settings(database_url="postgresql://u:hunter2@h/db"))
