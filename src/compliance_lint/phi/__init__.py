"""PHI detection for stored voice-agent configuration text (see PHI_POLICY.md for the labels)."""

from compliance_lint.phi.engine import PhiAllowList, PhiHit, field_verdict, scan
from compliance_lint.phi.masking import mask

__all__ = ["PhiAllowList", "PhiHit", "field_verdict", "mask", "scan"]
