"""One frozen Settings object, read once from STRANGERCHAT_* variables and command-line flags."""

from __future__ import annotations

import argparse
import dataclasses
import ipaddress
import os
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from strangerchat.errors import ConfigError

ENV_PREFIX = "STRANGERCHAT_"

REPORT_RETENTION = 90 * 86400.0  # decided cases are kept 90 days, in seconds
MAX_RETENTION = 10 * 365 * 86400.0

# How a yes/no setting may be spelled (case does not matter).
_BOOLEANS = dict.fromkeys(("1", "true", "yes", "on"), True) | dict.fromkeys(
    ("0", "false", "no", "off"), False
)


@dataclasses.dataclass(frozen=True, slots=True)
class Settings:
    """Everything the server can be told; see the README's configuration table."""

    host: str = "127.0.0.1"
    port: int = 8080
    listen_backlog: int = 4096
    redis_url: str | None = dataclasses.field(default=None, repr=False)
    redis_prefix: str = "strangerchat:"
    route: str | None = None
    interest_wait: float = 10.0
    local_wait: float = 0.1
    max_message_length: int = 2000
    max_interests: int = 10
    outbox_capacity: int = 256
    poll_hold: float = 30.0
    poll_session_timeout: float = 60.0
    resume_window: float = 30.0
    ws_heartbeat: float = 20.0
    count_interval: float = 5.0
    allowed_origins: tuple[str, ...] = ()
    omegle_api: bool = True
    shutdown_timeout: float = 10.0
    metrics_token: str | None = dataclasses.field(default=None, repr=False)
    log_format: str = "text"
    age_gate: bool = True
    secret_key: str | None = dataclasses.field(default=None, repr=False)
    pow_difficulty: int = 1000
    message_rate: float = 2.0
    message_burst: int = 10
    trusted_clients: tuple[str, ...] = ()
    trusted_proxies: tuple[str, ...] = ()
    data_dir: str = "data"
    evidence_retention: float = 300.0
    database_url: str | None = dataclasses.field(default=None, repr=False)
    database_timeout: float = 5.0
    report_retention: float = REPORT_RETENTION

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            check = _CHECKS.get(field.name)
            if check is not None:
                problem = check(getattr(self, field.name))
                if problem:
                    raise ConfigError(f"{setting_names(field.name)}: {problem}")
        if self.poll_session_timeout <= self.poll_hold:
            # A client holding a poll must never look abandoned.
            raise ConfigError(
                f"{setting_names('poll_session_timeout')}: must be longer than poll_hold"
            )


def _positive(limit: float) -> Callable[[float], str | None]:
    def check(value: float) -> str | None:
        return None if 0 < value <= limit else f"must be above 0 and at most {limit:g}"

    return check


def _at_most(limit: float) -> Callable[[float], str | None]:
    def check(value: float) -> str | None:
        return None if 0 <= value <= limit else f"must be from 0 to {limit:g}"

    return check


def _port(value: int) -> str | None:
    return None if 0 <= value <= 65535 else "must be a port number from 0 to 65535"


def _origins(value: tuple[str, ...]) -> str | None:
    for origin in value:
        if not origin.startswith(("http://", "https://")) or origin.endswith("/"):
            return f"{origin!r} is not an origin like https://chat.example.org"
    return None


def _redis_url(value: str | None) -> str | None:
    if value is None or value.startswith(("redis://", "rediss://", "unix://")):
        return None
    return "is not a redis://, rediss:// or unix:// URL"  # the value may hold a password


def _metrics_token(value: str | None) -> str | None:
    if value is None or len(value) >= 32:
        return None
    return "must be at least 32 characters (for example: openssl rand -hex 32)"


def _database_url(value: str | None) -> str | None:
    if value is None or value.startswith(("postgresql://", "postgres://")):
        return None
    return "is not a postgresql:// URL"  # the value may hold a password


def _secret_key(value: str | None) -> str | None:
    if value is None or len(value) >= 32:
        return None
    return "must be at least 32 characters (for example: openssl rand -hex 32)"


Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(value: tuple[str, ...]) -> tuple[Network, ...]:
    """CIDRs such as 10.0.0.0/8 or ::1; a bare address is a network of one."""
    return tuple(ipaddress.ip_network(one, strict=False) for one in value)


def _networks(value: tuple[str, ...]) -> str | None:
    for one in value:
        try:
            ipaddress.ip_network(one, strict=False)
        except ValueError:
            return f"{one!r} is not an address or a CIDR like 10.0.0.0/8"
    return None


ROUTE = re.compile(r"[A-Za-z0-9_-]{1,32}")


def _route(value: str | None) -> str | None:
    if value is None or ROUTE.fullmatch(value):
        return None
    return "must be 1 to 32 letters, digits, - or _ (for example chat1)"


def _data_dir(value: str) -> str | None:
    return None if value.strip() else "must be a directory path"


def _log_format(value: str) -> str | None:
    return None if value in ("text", "json") else "must be text or json"


_CHECKS: dict[str, Callable[[Any], str | None]] = {
    "port": _port,
    "listen_backlog": _positive(65_535),
    "redis_url": _redis_url,
    "route": _route,
    "interest_wait": _positive(3600),
    "local_wait": _at_most(60),
    "max_message_length": _positive(10_000),
    "max_interests": _positive(50),
    "outbox_capacity": _positive(100_000),
    "poll_hold": _positive(300),
    "poll_session_timeout": _positive(3600),
    "resume_window": _positive(3600),
    "ws_heartbeat": _positive(3600),
    "count_interval": _positive(3600),
    "allowed_origins": _origins,
    "shutdown_timeout": _positive(3600),
    "metrics_token": _metrics_token,
    "log_format": _log_format,
    "secret_key": _secret_key,
    "pow_difficulty": _positive(1_000_000),
    "message_rate": _positive(1_000_000),
    "message_burst": _positive(1_000_000),
    "trusted_clients": _networks,
    "trusted_proxies": _networks,
    "data_dir": _data_dir,
    "evidence_retention": _positive(3600),
    "database_url": _database_url,
    "database_timeout": _positive(300),
    "report_retention": _positive(MAX_RETENTION),
}


def _env_name(field_name: str) -> str:
    return ENV_PREFIX + field_name.upper()


def setting_names(field_name: str) -> str:
    """How a person can set it: `--interest-wait / STRANGERCHAT_INTEREST_WAIT`."""
    return f"--{field_name.replace('_', '-')} / {_env_name(field_name)}"


def _parse(field: dataclasses.Field[Any], text: str) -> Any:
    kind = field.type
    try:
        if kind == "int":
            return int(text)
        if kind == "float":
            return float(text)
    except ValueError:
        noun = "a whole number" if kind == "int" else "a number"
        raise ConfigError(f"{setting_names(field.name)}: expected {noun}, got {text!r}") from None
    if kind == "bool":
        return _parse_bool(field.name, text)
    if kind == "tuple[str, ...]":
        return tuple(part.strip() for part in text.split(",") if part.strip())
    return text or None if kind == "str | None" else text


def _parse_bool(name: str, text: str) -> bool:
    value = _BOOLEANS.get(text.strip().lower())
    if value is None:
        raise ConfigError(
            f"{setting_names(name)}: expected one of {'/'.join(_BOOLEANS)}, got {text!r}"
        )
    return value


def load_settings(
    argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None
) -> Settings:
    """Defaults, overridden by STRANGERCHAT_* variables, overridden by flags."""
    env = os.environ if env is None else env
    parser = argparse.ArgumentParser(
        prog="strangerchat", description="Run the strangerchat server."
    )
    fields = dataclasses.fields(Settings)
    for field in fields:
        parser.add_argument(
            "--" + field.name.replace("_", "-"),
            metavar=field.name.upper(),
            help=f"(env {_env_name(field.name)}, default {field.default!r})",
        )
    flags = vars(parser.parse_args(argv))
    values: dict[str, Any] = {}
    for field in fields:
        text = flags[field.name]
        if text is None:
            text = env.get(_env_name(field.name))
        if text is not None:
            values[field.name] = _parse(field, text)
    return Settings(**values)
