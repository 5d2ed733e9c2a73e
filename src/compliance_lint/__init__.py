"""compliance-lint: HIPAA, Zero Retention Mode, PHI and data-residency checks for voice-agent configs."""

__version__ = "0.1.0"
