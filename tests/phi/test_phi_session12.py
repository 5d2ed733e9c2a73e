"""Classes worked in the twelfth session (2026-11-24), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean. Entries that
the previous engine already passed are guards: they keep a new rule from reaching too far.
"""

from __future__ import annotations

from class_harness import class_tests

# One list of the words a URL names a person by, for folders, query keys, handles and ids alike: a
# nursing home's "/residents/" folder holds a handle as surely as "/patients/" does. A room or a
# folder's parent given as a number is no one's id.
POSITIVES_URL_PERSON_WORDS = [
    ("https://care.pinecrest-living.org/residents/mgarcia/care-plan", None, "url",
     ("URL", "https://care.pinecrest-living.org/residents/mgarcia/care-plan")),
    # guard: a video visit's room named after its patient
    ("https://visits.example-clinic.org/join?room=ava-whitfield", None, "url",
     ("URL", "https://visits.example-clinic.org/join?room=ava-whitfield")),
]
NEGATIVES_URL_PERSON_WORDS = [
    ("https://visits.example-clinic.org/join?room=4412", None, "url"),
    ("https://docs.example-clinic.org/tree?parent=1042", None, "url"),
    ("https://care.pinecrest-living.org/residents/handbook/visiting-hours", None, "url"),
]
test_url_person_words_positive, test_url_person_words_negative = class_tests(POSITIVES_URL_PERSON_WORDS,
                                                                             NEGATIVES_URL_PERSON_WORDS)
