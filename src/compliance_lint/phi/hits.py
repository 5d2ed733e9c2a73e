"""The hit record every recognizer returns, and the labels it may carry."""

from __future__ import annotations

from dataclasses import dataclass

LABELS = frozenset(
    {
        "NAME", "GEO", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN_ID",
        "ACCOUNT_NUMBER", "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "URL", "IP_ADDRESS",
        "BIOMETRIC", "PHOTO", "OTHER_ID",
    }
)


@dataclass(frozen=True, slots=True)
class PhiHit:
    """One identifier found in a text. `reason` never quotes the matched characters."""

    start: int
    end: int
    type: str
    recognizer: str
    confidence: float
    reason: str
    strong: bool = False
