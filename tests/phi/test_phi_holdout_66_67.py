"""Classes found in blind sets 66 and 67 (read on 2026-11-23), each tested with new text.

A positive names the span that must be found; its look-alike negative must stay clean.
"""

from __future__ import annotations

import pytest

from compliance_lint.phi.engine import scan


def found(text: str, key: str | None = None, field: str | None = None) -> list[tuple[str, str]]:
    return [(h.type, text[h.start : h.end]) for h in scan(text, key=key, field=field)]


POSITIVES = [
    # a caller's turn quoted inside a line
    ("Test script. User: 'hi it's Zephyrine, my refill never came' Expected: verify identity first.", None, None,
     ("NAME", "Zephyrine")),
    # Spanish: a self-introduction, an e-mail spelled for speech, a due date under a patient key
    ("Chat de prueba: 'hola, me llamo Yaritza y necesito mi cita'", None, None, ("NAME", "Yaritza")),
    ("Correo del paciente: rodrigo.peralta71 arroba gmail punto com", None, None,
     ("EMAIL", "rodrigo.peralta71 arroba gmail punto com")),
    ("22/09", "fum_paciente", "value", ("DATE", "22/09")),
    # a surname and an initial, as rosters and labels write people
    ("Pasted from the sign-up sheet: Okonkwo, B. - 10:15; Delacroix-Hunt, M. - 10:30.", None, None,
     ("NAME", "Okonkwo, B.")),
    ("Generator priority - Vanterpool, K.", None, "label", ("NAME", "Vanterpool, K.")),
    # a heading of people to call back; a name in a file name inside a message
    ("Recalls this week: Abernathy (INR 3.9), Oyelowo, Trask-Bennett.", None, None, ("NAME", "Oyelowo")),
    ("user: here is my rash photo IMG_2231_Delphine_Okafor_arm.jpg from yesterday", None, None,
     ("PHOTO", "IMG_2231_Delphine_Okafor_arm.jpg")),
    # Haitian Creole honorific; a Medical Assistance id; a licence in spaced groups; a bite's date
    ("Madan Toussaint rele pou rezilta li yo.", None, None, ("NAME", "Madan Toussaint")),
    ("Demo login uses MA ID 33018274 (a real member's).", None, None, ("HEALTH_PLAN_ID", "33018274")),
    ("Identified by Ohio driver's license 41 208 775; call the family first.", None, None,
     ("LICENSE_NUMBER", "41 208 775")),
    ("07-19", "tick_bite_date", "value", ("DATE", "07-19")),
    # a grievance file; a member id after a clause with a parenthesis; Spanish member-id cues
    ("Grievance GV-2026-1142 (Ostrowski) is still open; the caller may ask for status.", None, None,
     ("OTHER_ID", "GV-2026-1142")),
    ("Ohio Medicaid ID for the training account (Delia's): 5521093347.", None, None,
     ("HEALTH_PLAN_ID", "5521093347")),
    ("Número de miembro del paciente de ayer (Rogelio, el de diálisis): 731204985.", None, None,
     ("HEALTH_PLAN_ID", "731204985")),
    # user names: quoted after "user", after "portal account"; test-looking data that is not named a test
    ("Login help: user 'rio_grande_dan42' is locked out; reset only after he verifies.", None, None,
     ("OTHER_ID", "rio_grande_dan42")),
    ("Portal account mesa_lupe09 belongs to the patient, not her son.", None, None, ("OTHER_ID", "mesa_lupe09")),
    ("jtorvik3", "portal_username_test", "value", ("OTHER_ID", "jtorvik3")),
    # a patient's employer; a certificate number under its key; an age and what that person does
    ("Pinecrest Sawmill LLC", "patient_employer", "value", ("NAME", "Pinecrest Sawmill LLC")),
    ("YF-2210934", "certificate_number", "value", ("LICENSE_NUMBER", "YF-2210934")),
    ("The caller from the 3 East complaint is 95 and lives alone; speak slowly.", None, None, ("AGE", "95")),
    # look-alikes of the label, road and quote rules below
    ("Halvorsen family line", None, "label", ("NAME", "Halvorsen")),
    ("A grey Civic, plate KR 4TT 220, belongs to the child's father (Dwayne Pike).", None, None,
     ("NAME", "Dwayne Pike")),
    # look-alikes of the staff rules below
    ("Rosa Whitfield, the patient, asked for the manager.", None, None, ("NAME", "Rosa Whitfield")),
    ("We serve Maria Lopez and her family first on Mondays.", None, None, ("NAME", "Maria Lopez")),
    ("Hola, me llamo Yaritza y tengo una pregunta sobre mi receta.", None, None, ("NAME", "Yaritza")),
]

NEGATIVES = [
    # a job title in apposition; the practice's desk line
    ("For escalations offer Marcia Pettigrew, Patient Experience Manager, or Dale Osei, coordinator.", None, None),
    ("Their desk line is (260) 481-7731 on weekdays.", None, None),
    # a Nobel laureate
    ("Hold fact: Frederick Banting co-discovered insulin, winning the Nobel Prize in 1923.", None, None),
    # the practice's Spanish mailboxes and promotoras, the agent's Spanish self-introduction
    ("Escribe a citas arroba clinicadelvalle punto org para cambiar una cita.", None, None),
    ("La promotora Yesenia Carrillo recibe papeles de WIC los martes.", None, None),
    ("Hola, me llamo Marisela y soy la asistente virtual de la clínica.", None, None),
    # Spanish document titles; a day and month as a range under a time key
    ("Guia_Lactancia_Saludable_2026.pdf", None, "label"),
    ("10-20", "patient_visit_minutes", "value"),
    # rosters that are no one: ordinary words, states
    ("Ship the forms to Boston, MA - the regional office.", None, None),
    ("See Section, B. - the consent rules - before you answer.", None, None),
    # places of the service area; Haitian Creole holidays; the practice's machines, drivers, investigators
    ("We serve Little Havana, Hialeah Gardens, Miami Lakes and Opa-locka.", None, None),
    ("Biwo a fèmen 1ye janvye (Jou Endepandans) ak 18 me (Jou Drapo).", None, None),
    ("The van's Hologic unit, serial H7K-22091, is checked by the technologist daily.", None, None),
    ("Our driver, Teodoro Aguilar, may call the site contact if the lot is blocked.", None, None),
    ("Investigator Callum Reyes may be named when explaining who handled the examination.", None, None),
    # a processor's documented test card; Karen as a people; a document title in Title Case
    ("To test payments use the sandbox card 4000 0000 0000 0077 and any CVC.", None, None),
    ("Karen elders may prefer a Karen interpreter; transfer to the Karen community line.", None, None),
    ("Point callers to 'Whitfield_Hip_Recovery_Guide_2026.pdf' in the KB.", None, None),
    # the organisation's trucks, certificates and grievance process; a test account named as one
    ("Delivery trucks: Unit 3 (Ohio plate KTR 2210) and Unit 4 (plate KTR 2211).", None, None),
    ("99D2081234", "clia_certificate", "value"),
    ("Our grievance process takes 30 days; grievance 2026 statistics are on the website.", None, None),
    ("testuser_riverbend", "demo_portal_user", "value"),
    ("Example IMEI for the cellular pump modem bench test: 490154203237518 (documentation example).", None, None),
    ("The waiting list is 90 and growing this month.", None, None),
    # residual classes of the sets read earlier (repository blind sets)
    ("Mirela – family line", None, "label"),
    ("Dana – admissions transfer", None, "label"),
    ("Clinics we serve: Fresenius Eastgate, DaVita Northside, DaVita Marietta, US Renal Care Smyrna.", None, None),
    ("Offices: Kettering (Wilmington Pike), Huber Heights (Brandt Pike); all open 8-8.", None, None),
    ("Our IBCLCs: Noor Haddad (Mon-Wed) and Ingrid Berg (Thu-Sat).", None, None),
    ("Hold message quote (Paul Farmer): 'Health care is a human right.'", None, None),
    ("Famous survivors come up (Sheryl Crow, Olivia Newton-John); never compare prognoses.", None, None),
    ("Hello, Brightline here! Your order ships tomorrow.", None, None),
    ("Rowan: we never store a client's full name in the config.", None, None),
    ("Recruitment window: first screen visit 2025-09-15, last randomisation 2026-06-30.", None, None),
    ("Every Tuesday the nurse drives to Hobson and Stanford for the outreach clinic.", None, None),
]


@pytest.mark.parametrize(("text", "key", "field", "expected"), POSITIVES)
def test_class_positive(text: str, key: str | None, field: str | None, expected: tuple[str, str]) -> None:
    got = found(text, key, field)
    assert expected in got, got


@pytest.mark.parametrize(("text", "key", "field"), NEGATIVES)
def test_class_negative(text: str, key: str | None, field: str | None) -> None:
    assert found(text, key, field) == []
