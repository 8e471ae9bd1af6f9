"""PURE: the geometry of an indicator's small chart (inline SVG, drawn by the template; no JavaScript).

Values are placed by their date on the x axis and their size on the y axis, from 0 to the larger of the
target and the highest value; the target is a horizontal line."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

WIDTH, HEIGHT, PAD = 320, 120, 8


@dataclass
class Chart:
    points: list[tuple[float, float, str]]   # x, y, the value as written
    target_y: float | None
    width: int = WIDTH
    height: int = HEIGHT

    @property
    def polyline(self) -> str:
        return " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in self.points)


def chart(values: list[tuple[date, Decimal]], target: Decimal | None) -> Chart | None:
    """None when there is nothing to draw."""
    if not values:
        return None
    values = [(d, Decimal(v)) for d, v in values]
    target = Decimal(target) if target is not None else None
    top = max([v for _, v in values] + ([target] if target is not None else []))
    top = top if top > 0 else Decimal(1)
    first, last = values[0][0], values[-1][0]
    span = max((last - first).days, 1)
    inner_w, inner_h = WIDTH - 2 * PAD, HEIGHT - 2 * PAD

    def y(v: Decimal) -> float:
        return PAD + inner_h * (1 - float(max(v, Decimal(0)) / top))

    points = []
    for day, v in values:
        x = PAD + (inner_w * (day - first).days / span if len(values) > 1 else inner_w / 2)
        points.append((x, y(v), number(v)))
    return Chart(points, y(target) if target is not None else None)


def number(v: Decimal | None) -> str:
    """121, 4.5, 1,250: no trailing zeros."""
    if v is None:
        return ""
    v = Decimal(v).normalize()
    text = f"{v:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
