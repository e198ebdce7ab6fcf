"""How often each fault strikes in a fault run, and what the run found."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from tests.e2e.fault_proxy import Fault


@dataclass(frozen=True)
class FaultConfig:
    """How often each fault strikes (per round, or per POST for the proxy's faults)."""

    rounds: int = 200
    seed: int = 20250310
    max_orders: int = 3
    kill_at_point: float = 0.06  # the sender kills itself at a probe point
    kill_timed: float = 0.02  # the parent kills the sender after a random delay
    proxy_faults: dict[Fault, float] = field(
        default_factory=lambda: {
            Fault.ERROR_BEFORE: 0.05,
            Fault.ERROR_AFTER: 0.05,
            Fault.DROP_AFTER: 0.06,
            Fault.SLOW_AFTER: 0.02,
            Fault.RESET_BEFORE: 0.04,
            Fault.KILL_CLIENT_AFTER: 0.015,
            Fault.BUSY_BEFORE: 0.03,
        }
    )
    restart: float = 0.005  # the server restarts during the round (a restart takes seconds)
    lock: float = 0.08  # another process holds the store file's write lock for a while
    client_timeout_s: float = 0.8
    slow_s: float = 1.2
    lease_s: float = 1.0  # server: an orphaned in-progress key is taken over after this


@dataclass
class FaultReport:
    rounds: int = 0
    placed: int = 0
    on_server_once: int = 0
    lost: int = 0
    duplicated: int = 0
    disagreements: int = 0
    kills: int = 0
    restarts: int = 0
    locks: int = 0
    replayed: int = 0
    faults: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.lost == 0 and self.duplicated == 0 and self.disagreements == 0

    def lines(self) -> list[str]:
        injected = ", ".join(f"{k} {v}" for k, v in sorted(self.faults.items()) if k != "pass")
        return [
            f"rounds            {self.rounds}",
            f"orders placed     {self.placed}",
            f"on server once    {self.on_server_once}",
            f"lost              {self.lost}",
            f"duplicated        {self.duplicated}",
            f"client disagrees  {self.disagreements}",
            f"sender killed     {self.kills}",
            f"server restarts   {self.restarts}",
            f"store locked      {self.locks}",
            f"answers replayed  {self.replayed}",
            f"proxy faults      {injected}",
            f"time              {self.seconds:.1f} s",
        ]


def config_for(rounds: int, seed: int | None = None) -> FaultConfig:
    return replace(FaultConfig(), rounds=rounds, seed=FaultConfig().seed if seed is None else seed)
