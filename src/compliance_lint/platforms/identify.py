"""Decide what each parsed document is from its shape alone (never from its path)."""

from __future__ import annotations

from compliance_lint.model import Document, SourceFile
from compliance_lint.platforms import elevenlabs, vapi

_PLATFORMS = (elevenlabs, vapi)  # ElevenLabs first: its snake_case keys are unambiguous


def identify(source: SourceFile, index: int, data: object) -> Document | None:
    for platform in _PLATFORMS:
        found = platform.identify(data, source.format)
        if found:
            kind, variant = found
            return Document(source, data, kind, platform.PLATFORM, index, "", None, variant)
    return None


def with_embedded(document: Document) -> list[Document]:
    """The document followed by every object nested in it that rules should also check."""
    result = [document]
    module = vapi if document.platform == vapi.PLATFORM else elevenlabs
    if isinstance(document.data, dict) and document.kind:
        for pointer, kind, subtree in module.embedded(document.data, document.kind):
            child = Document(document.source, subtree, kind, document.platform, document.index,
                             document.base + pointer, document, "embedded")
            result.extend(with_embedded(child))
    return result
