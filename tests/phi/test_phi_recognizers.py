"""Position-exact positives and look-alike negatives for each recognizer."""

from __future__ import annotations

import pytest

from compliance_lint.phi import scan

POSITIVES = [
    # (text, key, field, expected (type, span text))
    ("Patient Jane Roe, DOB 03/14/1962, MRN 00482913.", None, None,
     [("NAME", "Jane Roe"), ("DATE", "03/14/1962"), ("MRN", "00482913")]),
    ("Her SSN is 536-22-1845.", None, None, [("SSN", "536-22-1845")]),
    ("ssn 536221845 on file", None, None, [("SSN", "536221845")]),
    ("Verify with the last four of her SSN, 4417.", None, None, [("SSN", "4417")]),
    ("The 2pm patient paid with card 4539 1488 0343 6467.", None, None,
     [("ACCOUNT_NUMBER", "4539 1488 0343 6467")]),
    ("MBI 1EG4-TE5-MK74 was rejected.", None, None, [("HEALTH_PLAN_ID", "1EG4-TE5-MK74")]),
    ("Call Rosa Alvarez back at (312) 448-9921 today.", None, None,
     [("NAME", "Rosa Alvarez"), ("PHONE", "(312) 448-9921")]),
    ("Fax her records to the patient's fax 312-448-7710.", None, None, [("FAX", "312-448-7710")]),
    ("Her email is rosa.q88@gmail.com.", None, None, [("EMAIL", "rosa.q88@gmail.com")]),
    ("caller email: rq [at] gmail [dot] com", None, None, [("EMAIL", "rq [at] gmail [dot] com")]),
    ("Mr. Okonkwo is a 94-year-old dialysis patient.", None, None, [("NAME", "Mr. Okonkwo"), ("AGE", "94")]),
    ("Member ID W123456789 belongs to the caller.", None, None, [("HEALTH_PLAN_ID", "W123456789")]),
    ("Her driver's license number is D4417229.", None, None, [("LICENSE_NUMBER", "D4417229")]),
    ("VIN 1HGCM82633A004352 is the patient's car.", None, None, [("VEHICLE_ID", "1HGCM82633A004352")]),
    ("Insulin pump serial NG4417230H alarms at night.", None, None, [("DEVICE_ID", "NG4417230H")]),
    ("Claim number CLM-884120 was denied.", None, None, [("OTHER_ID", "CLM-884120")]),
    ("The patient's home IP was 73.158.64.15 last login.", None, None, [("IP_ADDRESS", "73.158.64.15")]),
    ("Her portal link https://portal.example-health.net/chart?patient=8842213 expired.", None, None,
     [("URL", "https://portal.example-health.net/chart?patient=8842213")]),
    ("Fingerprint template a9f3c2e1b7d4405f9c3e belongs to the patient.", None, None,
     [("BIOMETRIC", "a9f3c2e1b7d4405f9c3e")]),
    ("Send the kit to 4417 Birchwood Drive, Apt 2B, Dayton, OH 45402 for the patient.", None, None,
     [("GEO", "4417 Birchwood Drive, Apt 2B, Dayton, OH 45402")]),
    # A place ends at its last capitalised word: a lower-case particle only joins two of them.
    ("The patient moved to Springfield last year.", None, None, [("GEO", "Springfield")]),
    ("The patient moved to Rio de Janeiro last year.", None, None, [("GEO", "Rio de Janeiro")]),
    ("Wilhelmina Tuck, born in 1929, needs a ride.", None, None, [("NAME", "Wilhelmina Tuck"), ("DATE", "1929")]),
    ("Please remind Mr. Okonkwo that his infusion moved to the 14th of March.", None, None,
     [("NAME", "Mr. Okonkwo"), ("DATE", "the 14th of March")]),
    ("Callback – R. Alvarez dialysis", None, "label", [("NAME", "R. Alvarez")]),
    ("Tomás - dialysis pickup", None, "label", [("NAME", "Tomás")]),
    ("Okafor_Chidinma_headshot.jpg", None, "label", [("PHOTO", "Okafor_Chidinma_headshot.jpg")]),
    ("MRN00482913_labs.pdf", None, "label", [("MRN", "MRN00482913")]),
    ("the patient's number is four one five, two two one, four four one seven", None, None,
     [("PHONE", "four one five, two two one, four four one seven")]),
]


@pytest.mark.parametrize(("text", "key", "field", "expected"), POSITIVES)
def test_positive_exact(found, text: str, key: str | None, field: str | None,  # type: ignore[no-untyped-def]
                        expected: list[tuple[str, str]]) -> None:
    assert found(text, key=key, field=field) == expected


NEGATIVE_LOOKALIKES = [
    "Invoice 536-22-18455 is a reference, not an SSN.",  # too many digits
    "SSN 666-12-3456 and 900-12-3456 are never issued.",  # invalid areas
    "Card 4539 1488 0343 6468 failed the check.",  # Luhn-invalid
    "Plan H1234-001 is in network.",  # plan id, not a person
    "Model 1HGCM82633A004353 is a catalogue code.",  # VIN check digit wrong
    "Version 2.3.1 released 2026-03-01.",
    "The webhook server at 10.0.0.12 and 192.0.2.10 receives reports.",
    "Patients aged 90 and older can bring a caregiver.",
    "Our main line is (312) 448-2200.",
    "Email frontdesk@riversideclinic.org for forms.",
    "Firmware build 20260109 on the kiosk.",
    "MBI-like token 1eg4te5mk73x is an API key.",
]


@pytest.mark.parametrize("text", NEGATIVE_LOOKALIKES)
def test_negative_lookalike(found, text: str) -> None:  # type: ignore[no-untyped-def]
    assert found(text) == []


def test_hit_explains_without_quoting_value() -> None:
    text = "Patient Rosa Alvarez, SSN 536-22-1845, card 4539 1488 0343 6467."
    hits = scan(text)
    assert {h.recognizer for h in hits} >= {"name", "ssn", "payment_card"}
    for h in hits:
        assert h.reason and text[h.start : h.end] not in h.reason
        assert 0.0 < h.confidence <= 1.0
    assert {h.type for h in hits if h.strong} == {"SSN", "ACCOUNT_NUMBER"}


def test_deterministic() -> None:
    text = "For testing use patient Jane Roe, DOB 03/14/1962, MRN 00482913, cell 312-448-9921."
    assert scan(text) == scan(text)


@pytest.mark.parametrize("value", ["99²", "9" * 5000, "１０２"])
def test_odd_numbers_under_an_age_key_do_not_crash(value: str) -> None:
    # int() rejects superscripts and (Python 3.11+) numbers over 4,300 digits: these used to raise.
    assert [h.type for h in scan(value, key="patient_age", field="value")] in ([], ["AGE"])


def test_an_age_over_89_under_an_age_key_is_found() -> None:
    assert [h.type for h in scan(" 95 ", key="patient_age", field="value")] == ["AGE"]
    assert scan("85", key="patient_age", field="value") == []


@pytest.mark.parametrize(("text", "typ"), [("Her Medi-Cal ID is 91234567A, confirm it.", "HEALTH_PLAN_ID"),
                                           ("Med rec no. 4481920 for the caller.", "MRN")])
def test_cues_without_a_common_stem_still_fire(text: str, typ: str) -> None:
    # The cue gate once lacked stems for these cues, so they fired only next to another cue word.
    assert [h.type for h in scan(text)] == [typ]


def test_census_names_are_not_words() -> None:
    """tools/make_census_names.py leaves out names that are words; a word list edited later must
    not take a word back that the census lists (a lexicon name is never read as a common word)."""
    from compliance_lint.phi import lexicon

    census = lexicon._load("census_first_names.txt") | lexicon._load("census_surnames.txt")
    assert len(census) > 6000
    words = lexicon.COMMON_WORDS | lexicon.NAME_LIKE_WORDS | lexicon.ORG_WORDS
    assert sorted(census & words) == []


# --- classes found by the blind held-out set (each: positives and look-alike negatives) ---------

HOLDOUT_POSITIVES = [
    # phone: a first-person "I" owns the number; a caller told to call someone else's number
    ("I would like to stop receiving messages to 541-714-1388", None, None, [("PHONE", "541-714-1388")]),
    ("Tell the caller to call her daughter at 503-494-8311.", None, None, [("PHONE", "503-494-8311")]),
    ("cellphone 503-494-8311", None, None, [("PHONE", "503-494-8311")]),
    ("Patients' callback numbers: Mrs. Ode 503-494-8311.", None, None,
     [("NAME", "Mrs. Ode"), ("PHONE", "503-494-8311")]),
    # geo: one person's ZIP, a person's mailing address, a home-visit address next to a name
    ("The patient's zip code is 97201.", None, None, [("GEO", "97201")]),
    ("Her mailing address is PO Box 7741, Tulsa, OK 74101.", None, None,
     [("GEO", "PO Box 7741"), ("GEO", "Tulsa, OK 74101")]),
    ("Home visit: Lorna Pike, 4418 Bellwood Ct, Dayton, OH 45424.", None, None,
     [("NAME", "Lorna Pike"), ("GEO", "4418 Bellwood Ct, Dayton, OH 45424")]),
    # ids: SSN last four / user name under their keys, a bare "case" before a case number, a record
    # number naming a clinical file; a real (not published) card under a test key is still a card
    ("3851", "patient_ssn_last4", "value", [("SSN", "3851")]),
    ("grandmaruthie52", "portal_username", "value", [("OTHER_ID", "grandmaruthie52")]),
    ("case HX-55812 – grievance", None, "label", [("OTHER_ID", "HX-55812")]),
    ("00771342_labs_feb.pdf", None, "label", [("MRN", "00771342")]),
    ("4539148803436467", "test_card", "value", [("ACCOUNT_NUMBER", "4539148803436467")]),
    ("(216) 791-4402", "patient_fax", "value", [("FAX", "(216) 791-4402")]),
    # misc/web: a template under a biometric key; face photos named by their path or key; a fundraiser
    # or social page without a scheme; a patient's own work e-mail; a spelled e-mail ends at its TLD
    ("eyJ2cCI6WzAuMTIsLTAuMzMsMC44MV19Ym8yNDQ=", "caller_voiceprint", "value",
     [("BIOMETRIC", "eyJ2cCI6WzAuMTIsLTAuMzMsMC44MV19Ym8yNDQ=")]),
    ("fp:a91c0e55b7d2f3084c6e19aa", "biometric_template", "value", [("BIOMETRIC", "fp:a91c0e55b7d2f3084c6e19aa")]),
    ("https://s3.amazonaws.com/intake-uploads/faces/DWhitfield_headshot.png", None, "url",
     [("PHOTO", "https://s3.amazonaws.com/intake-uploads/faces/DWhitfield_headshot.png")]),
    ("https://cdn.orchardpeds.com/uploads/8812.heic", "profile_photo_url", "value",
     [("PHOTO", "https://cdn.orchardpeds.com/uploads/8812.heic")]),
    ("Her fundraiser for chemo is gofundme.com/f/help-tanya-beat-leukemia -- never mention it.", None, None,
     [("URL", "gofundme.com/f/help-tanya-beat-leukemia")]),
    ("Patient Rita Moss prefers her work email, rita.moss@acmecorp.com.", None, None,
     [("NAME", "Rita Moss"), ("EMAIL", "rita.moss@acmecorp.com")]),
    ("caller email: rq [at] gmail [dot] com. Read it back.", None, None, [("EMAIL", "rq [at] gmail [dot] com")]),
    ("FP-22817-L2", "fingerprint_id", "value", [("BIOMETRIC", "FP-22817-L2")]),
    ("https://www.gofundme.com/f/support-the-ramirez-family", None, "url",
     [("URL", "https://www.gofundme.com/f/support-the-ramirez-family")]),
    # span recall: hyphenated account/record numbers, bare "subscriber"/"member" before a long id,
    # "<cue> for <someone>: <id>", a biometric id after two cue words, an age with a copula, a home IP
    ("The caller owes $1,820 on account 88-4417-902.", None, None, [("ACCOUNT_NUMBER", "88-4417-902")]),
    ("BCBS subscriber ZGP902113845 called twice.", None, None, [("HEALTH_PLAN_ID", "ZGP902113845")]),
    ("Ohio Medicaid ID for the caller: 104829377112.", None, None, [("HEALTH_PLAN_ID", "104829377112")]),
    ("Fingerprint template ID FP-22817-L2 is on file for the caller.", None, None,
     [("BIOMETRIC", "FP-22817-L2")]),
    ("Note: she is 97 and uses a hearing aid.", None, None, [("AGE", "97")]),
    ("IP allowlist - home 108.31.77.204", None, "label", [("IP_ADDRESS", "108.31.77.204")]),
    # dates: a message about the patient's own event; Spanish/French month names
    ("Calling about your knee replacement on April 22nd.", None, None, [("DATE", "April 22nd")]),
    ("Recuérdele a la paciente su cita del 14 de marzo.", None, None, [("DATE", "14 de marzo")]),
    ("nacida el 3 de mayo de 1949", None, None, [("DATE", "3 de mayo de 1949")]),
]

HOLDOUT_NEGATIVES = [
    # phone: cue words only as whole words ("me" in "Medical", "his" in "History", "son" in "Sono...")
    ("Medical records: 312-448-2200.", None, None),
    ("Cellulitis clinic 312-448-2200", None, None),
    ("History line 312-448-2200; sonography 312-448-2210.", None, None),
    # phone: a number the caller is told to dial, or an IVR menu line, is the practice's
    ("If you get disconnected, tell the caller to redial 503.494.8311 and press 2 for the nurse line.", None, None),
    ("Callers can call us back at 503-494-8311 any time.", None, None),
    # phone: an NPI that does not parse as a NANP number is still an NPI
    ("You are Leo, the assistant for Pinecrest Internal Medicine (NPI 1983025473); greet me politely.", None, None),
    # geo: a list of service-area ZIP codes; the practice's remittance address; its address after its name
    ("Service area: we only do home visits in ZIP codes 97201, 97205, 97209 and 97210.", None, None),
    ("Mailing address for payments: PO Box 7741, Tulsa, OK 74101. Make checks out to Prairie Sky Medical Group.",
     None, None),
    ("Fax home health orders to Sunrise Home Health, 200 Main Street, Dayton, OH 45402.", None, None),
    # ids: published sample values under any key; contact-channel keys; look-alikes of the above
    ("4111111111111111", "test_card", "value"),
    ("1EG4-TE5-MK73", "member_mbi", "value"),
    ("(317) 962-2210", "referral_fax", "value"),
    ("(800) 555-0199", "member_services_phone", "value"),
    ("1234", "ssn_last4_example", "value"),
    ("clinic_sftp01", "sftp_username", "value"),
    ("user1", "portal_username", "value"),
    ("Test case TC-0142: the caller asks for a refill.", None, None),
    ("labs_20250131.pdf", None, "label"),
    ("Medicaid_prior_auth_guide_2025.pdf", None, "label"),
    # misc/web: biometric settings are not templates; provider/staff photos and banners; the practice's
    # own social page; a staff member's work mailbox; the practice's spelled shared mailbox
    ("0.85", "voiceprint_threshold", "value"),
    ("ecapa-tdnn-2023-v1.5", "voiceprint_model", "value"),
    ("Dr_Ramos_headshot.jpg", None, "label"),
    ("https://westsideclinic.org/providers/dr-anita-kapoor.jpg", None, "url"),
    ("https://cdn.riversideclinic.org/img/faces-of-care-banner.png", None, "url"),
    ("Follow us at https://www.facebook.com/RiversideClinic for updates.", None, None),
    ("Like our page: facebook.com/riversidepeds", None, None),
    ("Nurse manager Kim Oduya approves add-ons. Her work email is kim.oduya@riverbendhealth.org.", None, None),
    ("Email us at care at harborwh dot org -- say it slowly.", None, None),
    ("2024", "ssn_policy_year", "value"),
    ("Donate to our new wing: gofundme.com/f/lakeview-peds-new-wing", None, None),
    ("Member 2 of 3 callers asked about parking.", None, None),
    ("Account 12-34 of the ledger is closed.", None, None),
    ("She is 94% adherent; he is 90 minutes away.", None, None),
    ("The fingerprint reader model is ZK4500-2019.", None, None),
    ("La clínica cierra el 25 de diciembre.", None, None),
    ("Group therapy sessions resume January 6.", None, None),
]


@pytest.mark.parametrize(("text", "key", "field", "expected"), HOLDOUT_POSITIVES)
def test_holdout_class_positive(found, text: str, key: str | None, field: str | None,  # type: ignore[no-untyped-def]
                                expected: list[tuple[str, str]]) -> None:
    assert found(text, key=key, field=field) == expected


@pytest.mark.parametrize(("text", "key", "field"), HOLDOUT_NEGATIVES)
def test_holdout_class_negative(found, text: str, key: str | None, field: str | None) -> None:  # type: ignore[no-untyped-def]
    assert found(text, key=key, field=field) == []


def test_practice_address_after_its_name_is_not_geo_even_with_a_name_near() -> None:
    text = ("You are Leo, the voice assistant for Pinecrest Internal Medicine (NPI 1983025473), 4100 Ridge Rd, "
            "Suite 12, Pinecrest, FL 33156. Patient Rosa Alvarez has a refill due.")
    assert "GEO" not in {h.type for h in scan(text)}
    # the same address after a person's name is hers
    text = "Rosa Alvarez, 4100 Ridge Rd, Suite 12, Pinecrest, FL 33156, has a refill due."
    assert "GEO" in {h.type for h in scan(text)}


def test_a_photo_in_a_provider_folder_is_not_a_patient_photo() -> None:
    assert "PHOTO" not in {h.type for h in scan("provider-photos/anita_kapoor.jpg", field="label")}
    assert "PHOTO" in {h.type for h in scan("uploads/idphotos/pt_44120_face.jpg", field="label")}


# --- classes found by blind sets B and C (non-name recognizers) ---------------------------------
# Each class: a positive (the PHI form) and a look-alike negative; the texts are new instances.

HOLDOUT_BC_POSITIVES = [
    # phone: a contact label in a patient's block; "our patient" is no practice line
    ("Patient: Odile Marchetti\n- Phone: (614) 772-3391\n- Fax: (614) 772-3392", None, None,
     [("NAME", "Odile Marchetti"), ("PHONE", "(614) 772-3391"), ("FAX", "(614) 772-3392")]),
    ("Caller details\n- Phone: (614) 772-3391", None, None, [("PHONE", "(614) 772-3391")]),
    ("Call our patient back at 614-772-3391 after 5.", None, None, [("PHONE", "614-772-3391")]),
    # geo: a town (not a building) after a residence verb; a caller's address under its own heading;
    # one person's ZIP under a ZIP key; a Spanish patient address
    ("The patient moved to Grandview in 2019 with his sister.", None, None, [("GEO", "Grandview")]),
    ("Caller's address (confirm the ZIP):\n- 3100 Far Hills Ave", None, None, [("GEO", "3100 Far Hills Ave")]),
    ("43004", "patient_zip_code", "value", [("GEO", "43004")]),
    ("Dirección de la paciente para la visita: Avenida Reforma 1200, Sonora.", None, None,
     [("GEO", "Avenida Reforma 1200")]),
    # dates/age: a patient's (or a namesake's) birthday; an age under a person's age key
    ("Send a card for Mrs. Nightingale's birthday, May 12.", None, None,
     [("NAME", "Mrs. Nightingale"), ("DATE", "May 12")]),
    ("93", "patient_age", "value", [("AGE", "93")]),
    # ids: short serials under a device key; a plate in two groups; a record number joined by
    # hyphens in a clinical file name; an account number in parentheses after its cue
    ("4RT7QX", "cgm_transmitter_id", "value", [("DEVICE_ID", "4RT7QX")]),
    ("Plate KDL 5520 - Tue dialysis parking", None, "label", [("VEHICLE_ID", "KDL 5520")]),
    ("chart-3318042-path-report.pdf", None, "label", [("MRN", "3318042")]),
    ("Her statement bounced on the account (#0049921173) again.", None, None,
     [("ACCOUNT_NUMBER", "0049921173")]),
    # web: a person's own site; a patient's name in a Spanish query; a name-and-date submission slug
    ("The patient's blog https://lornaweaves.net has her story.", None, None, [("URL", "https://lornaweaves.net")]),
    ("https://citas.clinicadelmar.mx/pacientes/ver?nombre=Rosaura%20Ibarra", None, "url",
     [("URL", "https://citas.clinicadelmar.mx/pacientes/ver?nombre=Rosaura%20Ibarra")]),
    ("https://forms.lakeviewpeds.org/intake/submission/miriam-kowalczyk-2025-03-18", None, "url",
     [("URL", "https://forms.lakeviewpeds.org/intake/submission/miriam-kowalczyk-2025-03-18")]),
]

HOLDOUT_BC_NEGATIVES = [
    # phone: a number labelled as an NPI / tax ID is never a phone, whatever its checksum
    ("Q: What's your NPI for my claim?\nA: Billing NPI 1730492281, tax ID 34-2209918.", None, None),
    # phone: the practice names its own number right before it, whoever is mentioned earlier
    ("Patients often misdial our main line, 614-772-3300; read it twice.", None, None),
    # phone: "Phone:" / "Fax:" labels in the practice's own contact block
    ("## About us\n- Practice: Lindenwood Pediatrics\n- Phone: (614) 772-3300\n- Fax: (614) 772-3301", None, None),
    # geo: a building or campus is no town; a list of the practice's sites under a heading that
    # mentions the caller; a placeholder ZIP; service-area ZIP lists; a Spanish clinic address
    ("Founded by Dr. Ames and his wife.\nMoved to the Lakemont campus in 2015.", None, None),
    ("Sites (book the one nearest the caller):\n- Dublin - 5100 Post Rd\n- Hilliard - 4030 Main St", None, None),
    ("If the patient's ZIP is 00000 the address is incomplete; ask again.", None, None),
    ("43201, 43202, 43215", "coverage_zips", "value"),
    ("Nuestra clínica recibe a pacientes en Calle Juárez 80, Hermosillo.", None, None),
    # dates/age: a public figure's birthday is a calendar date; an age key naming a setting
    ("Nurses Week ends on Florence Nightingale's birthday, May 12; mention our RN openings.", None, None),
    ("90", "age_threshold_senior_line", "value"),
    ("95", "max_age", "value"),
    # ids: a model under a device key; a word after "plate"; a business report; no id in the parenthesis
    ("G7PRO2", "cgm_model", "value"),
    ("Plate of fruit 2024 for the lobby", None, "label"),
    ("quarterly-2210487-report.pdf", None, "label"),
    ("Account (see note 12) is closed.", None, None),
    # web: "Patient portal:" names the practice's portal; an event slug with a date; a help page
    ("Patient portal: https://mychart.lakeviewpeds.org - reset passwords there.", None, None),
    ("https://lakeviewpeds.org/events/flu-clinic-2025-10-01", None, "url"),
    ("https://citas.clinicadelmar.mx/ayuda?tema=horarios", None, "url"),
]


@pytest.mark.parametrize(("text", "key", "field", "expected"), HOLDOUT_BC_POSITIVES)
def test_holdout_bc_class_positive(found, text: str, key: str | None, field: str | None,  # type: ignore[no-untyped-def]
                                   expected: list[tuple[str, str]]) -> None:
    assert found(text, key=key, field=field) == expected


@pytest.mark.parametrize(("text", "key", "field"), HOLDOUT_BC_NEGATIVES)
def test_holdout_bc_class_negative(found, text: str, key: str | None, field: str | None) -> None:  # type: ignore[no-untyped-def]
    assert found(text, key=key, field=field) == []


# --- classes found by blind set E (non-name recognizers) -----------------------------------------
# Each class: a positive (the PHI form) and a look-alike negative; the texts are new instances.

HOLDOUT_E_POSITIVES = [
    # phone: the number a call came from is the caller's; a person cue that is no department name
    ("Log: someone phoned at 11:40 pm from 614-772-3391 asking about her refill.", None, None,
     [("PHONE", "614-772-3391")]),
    ("Patient callback 614-772-3391 re: her biopsy.", None, None, [("PHONE", "614-772-3391")]),
    ("+16147723391", "caller_phone", "value", [("PHONE", "+16147723391")]),
    # spelled phone: a real (not 555-01xx) number read out with a first-person cue
    ("My number is six one four, seven seven two, three three nine one.", None, None,
     [("PHONE", "six one four, seven seven two, three three nine one")]),
    # email: a personal mailbox at an ordinary domain after a patient cue; a role word in a free-mail box
    ("The patient's email is ravi.menon@northgatemail.net.", None, None, [("EMAIL", "ravi.menon@northgatemail.net")]),
    ("Her email: ravi.billing@gmail.com", None, None, [("EMAIL", "ravi.billing@gmail.com")]),
    # geo: an address under a person's key, even when the key also names an organisation
    ("812 Elm St, Dublin, OH 43017", "client_address", "value", [("GEO", "812 Elm St, Dublin, OH 43017")]),
    ("812 Elm St, Dublin, OH 43017", "patient_facility_address", "value",
     [("GEO", "812 Elm St, Dublin, OH 43017")]),
    # ip: a public IPv6 address with "::" compression in the middle, under a person's key or in prose
    ("2607:f8b0:4004:c1b::65", "member_login_ip", "value", [("IP_ADDRESS", "2607:f8b0:4004:c1b::65")]),
    ("Her portal login came from 2607:f8b0:4004:c1b::65 twice.", None, None,
     [("IP_ADDRESS", "2607:f8b0:4004:c1b::65")]),
    # keys: a member's other identifiers are typed by their own recognizers, not as member ids
    ("1961-04-02", "member_dob", "value", [("DATE", "1961-04-02")]),
    ("108.31.77.204", "member_ip", "value", [("IP_ADDRESS", "108.31.77.204")]),
    ("W77812345", "member_id", "value", [("HEALTH_PLAN_ID", "W77812345")]),
    # dates: a pharmacy or care event of one person under its key
    ("2025-06-30", "last_refill_date", "value", [("DATE", "2025-06-30")]),
    ("06/30/2025", "rx_dispensed_on", "value", [("DATE", "06/30/2025")]),
    # dates: the date of one person's call ("someone who phoned ... on 10/2")
    ("Someone who phoned late on 10/2 about chest pain was sent to the ER.", None, None, [("DATE", "10/2")]),
]

HOLDOUT_E_NEGATIVES = [
    # phone: a department named "Patient ..."/"Member ..."; the agent's own outbound line under its key;
    # the practice calling from its own number
    ("Routing:\n- Statements → Patient Accounts (614) 772-3300\n- Benefits → Member Services 1-800-442-7781",
     None, None),
    ("+16147723300", "outbound_caller_id", "value"),
    ("The clinic called from 614-772-3300 to confirm.", None, None),
    # spelled phone: a fictional 555-01xx number read back in an example
    ("How to confirm a number you heard: 'I have six one four, five five five, zero one seven seven — right?'",
     None, None),
    # email: a provider's work mailbox (a role word in the mailbox, or "Dr. X's email" right before it)
    ("Callers who want Dr. Menon's email get menon.clinic@northgatemedical.org — nothing else.", None, None),
    ("If the caller asks for the therapist's email, use ravi.intake@northgatemedical.org.", None, None),
    ("Caller wants Dr. Menon's email? Give rmenon@northgatemedical.org.", None, None),
    # geo: an address under a key naming an organisation (agency, vendor, supplier, facility)
    ("2200 Tuttle Crossing Blvd, Suite 3, Dublin, OH 43016", "home_health_agency_address", "value"),
    ("2200 Tuttle Crossing Blvd, Dublin, OH 43016", "dme_supplier_street", "value"),
    # ip: the same shape in the documentation range, a webhook host, clock times, a MAC address
    ("2001:db8:4004:c1b::65", "member_login_ip", "value"),
    ("Webhook server 2607:f8b0:4004:c1b::65 must be allow-listed.", None, None),
    ("Quiet hours 22:00:00 to 06:30:00 for her calls.", None, None),
    ("Pump MAC 00:1A:2B:3C:4D:5E, patient's own device.", None, None),
    # dates: the practice's calendar under fill/refill keys
    ("2025-06-30", "refill_policy_effective_date", "value"),
    ("2025-06-30", "last_updated_date", "value"),
    # dates: a group who called on a date is no individual
    ("Anyone who called on 12/24 gets a callback once the lines reopen.", None, None),
]


@pytest.mark.parametrize(("text", "key", "field", "expected"), HOLDOUT_E_POSITIVES)
def test_holdout_e_class_positive(found, text: str, key: str | None, field: str | None,  # type: ignore[no-untyped-def]
                                  expected: list[tuple[str, str]]) -> None:
    assert found(text, key=key, field=field) == expected


@pytest.mark.parametrize(("text", "key", "field"), HOLDOUT_E_NEGATIVES)
def test_holdout_e_class_negative(found, text: str, key: str | None, field: str | None) -> None:  # type: ignore[no-untyped-def]
    assert found(text, key=key, field=field) == []


# --- classes found by blind set F (non-name recognizers) ----------------------------------------
# Each class: a positive (the PHI form) and a look-alike negative; the texts are new instances.

HOLDOUT_F_POSITIVES = [
    # dates: a patient's clinical-event date under its key; a start date under a patient-owned key;
    # a birth year implying an age over 89; a DOB as eight digits; a month-day in a file label that
    # names a person; a weekday with an ordinal day
    ("2026-11-02", "lmp_date", "value", [("DATE", "2026-11-02")]),
    ("2025-10-30", "last_refill_date", "value", [("DATE", "2025-10-30")]),
    ("03/02/2026", "member_therapy_start", "value", [("DATE", "03/02/2026")]),
    ("1928", "year_of_birth_born", "value", [("DATE", "1928")]),
    ("DOB 07221939 - Okafor", None, "label", [("DATE", "07221939")]),
    ("0415_Maria_Okonkwo_intake.pdf", None, "label", [("DATE", "0415"), ("NAME", "Maria_Okonkwo")]),
    ("Remind Mrs. Okafor about her scan on Tuesday the 9th.", None, None,
     [("NAME", "Mrs. Okafor"), ("DATE", "Tuesday the 9th")]),
    # ids: a record number after "pt #"; a member id under a plan-member key; a patient's account
    ("Kiosk log (pt #30917) shows two check-ins.", None, None, [("MRN", "30917")]),
    ("XJH449201773", "health_plan_member_id", "value", [("HEALTH_PLAN_ID", "XJH449201773")]),
    ("Patient account 77120345 is past due.", None, None, [("ACCOUNT_NUMBER", "77120345")]),
    ("Pump UDI for the caller: (01)00884521234567(17)271231(21)QX7731.", None, None,
     [("DEVICE_ID", "(01)00884521234567(17)271231(21)QX7731")]),
    # web: a person's name in a query value; a patient-prefixed room slug
    ("https://drive.google.com/file/d/8kQ2/view?title=Okafor_Grace_MRI", None, "url",
     [("URL", "https://drive.google.com/file/d/8kQ2/view?title=Okafor_Grace_MRI")]),
    ("https://video.sleepclinic.org/join/pt-lindqvist-erik", None, "url",
     [("URL", "https://video.sleepclinic.org/join/pt-lindqvist-erik")]),
    ("ana.ruiz@northgatemed.com", "patient_email", "value", [("EMAIL", "ana.ruiz@northgatemed.com")]),
    # numbers: an SSN spelled out after a cue earlier in the sentence; a patient's number with a remark
    ("The caller read his social security number out loud before we stopped him: five one two, three three, "
     "four four one nine.", None, None, [("SSN", "five one two, three three, four four one nine")]),
    ("Call the patient back at 541-382-7700 (our records show a landline).", None, None,
     [("PHONE", "541-382-7700")]),
]

HOLDOUT_F_NEGATIVES = [
    # dates: the practice's calendar under a start/launch key; a birth year under 90; a month-day
    # token in a label that names nobody
    ("2026-01-05", "program_start", "value"),
    ("2026-03-01", "patient_portal_launch", "value"),
    ("1962", "patient_birth_year", "value"),
    ("chair_schedule_0415_room_b.csv", None, "label"),
    ("The office is closed Monday the 25th.", None, None),
    # ids: a plan contract-PBP under a plan key or after a cue; a date under a policy key; an
    # organisation's account; a sample UDI said so in its sentence
    ("S5601-012", "part_d_plan_id", "value"),
    ("2026-07-01", "policy_effective", "value"),
    ("Vendor account for supplies: Henry Schein, account HS-55120. Reorder monthly.", None, None),
    ("Example UDI for the training deck: (01)00884521234567(17)271231(21)QX7731.", None, None),
    # web: a documentation domain; a query of ordinary words; a patient-prefixed page of the site
    ("https://example.org/patients/4471", None, "url"),
    ("https://docs.google.com/view?title=Spring_Health_Fair_Flyer", None, "url"),
    ("https://sleepclinic.org/patient-forms/intake", None, "url"),
    ("k.oduya@northgatemed.com", "provider_email", "value"),
    # numbers: the practice's own line labelled right after the number
    ("Caller ID to treat as internal: 541-382-7700 (our triage line overflow).", None, None),
    ("Social hour is at 5. Say the code: five one two, three three, four four one nine.", None, None),
    # geo: the practice's address in parentheses after its name, with a persona name near
    ("You're Dana, the voice for Cedar Ridge Urgent Care (4100 Ridge Rd, Suite 2, Dublin, OH 43017).", None, None),
]


@pytest.mark.parametrize(("text", "key", "field", "expected"), HOLDOUT_F_POSITIVES)
def test_holdout_f_class_positive(found, text: str, key: str | None, field: str | None,  # type: ignore[no-untyped-def]
                                  expected: list[tuple[str, str]]) -> None:
    got = found(text, key=key, field=field)
    for item in expected:
        assert item in got, got


@pytest.mark.parametrize(("text", "key", "field"), HOLDOUT_F_NEGATIVES)
def test_holdout_f_class_negative(found, text: str, key: str | None, field: str | None) -> None:  # type: ignore[no-untyped-def]
    got = found(text, key=key, field=field)
    assert [h for h in got if h[0] != "NAME"] == [], got


# Classes from blind set G (non-name recognizers). Positives: the expected hits are among those
# found (other recognizers may add a name); negatives: nothing is found.
HOLDOUT_G_POSITIVES = [
    # phone: a subscriber's opt-out entry; a number labelled as a named patient's relative's (even 555-01xx)
    ("sms-optout-6147723391", None, "label", [("PHONE", "6147723391")]),
    ("DNC: 614-772-3391", None, "label", [("PHONE", "614-772-3391")]),
    ("614-555-0173 (Novak daughter)", None, "label", [("PHONE", "614-555-0173")]),
    # phone look-alikes: a person's own line, a patient's relative's work cell, a NANP number near "NDC"
    ("Most callers are seniors. Their home line is 541-382-4410.", None, None, [("PHONE", "541-382-4410")]),
    ("Call the patient's daughter on her work cell 520-401-8823.", None, None, [("PHONE", "520-401-8823")]),
    ("Patient callback 541-382-4410 (the NDC is on the bottle).", None, None, [("PHONE", "541-382-4410")]),
    ("Patient cell (614) 876-3302, works at the Hilliard store.", None, None, [("PHONE", "(614) 876-3302")]),
    # dates: a spelled-out date with a year; a Spanish appointment; a date line under a cue of its own line
    ("Her DOB was the fourth of July, nineteen fifty-two.", None, None,
     [("DATE", "the fourth of July, nineteen fifty-two")]),
    ("He said he was born March third, 1931.", None, None, [("DATE", "March third, 1931")]),
    ("La cita de su hijo es el 12 de noviembre a las 3:20.", None, None, [("DATE", "12 de noviembre")]),
    ("Callbacks:\n- 2026-09-03: patient's MRI moved", None, None, [("DATE", "2026-09-03")]),
    ("Her birthday is 3/2; the staff will call.", None, None, [("DATE", "3/2")]),
]

HOLDOUT_G_NEGATIVES = [
    # phone: an organisation's line labelled in its own clause, whatever pronoun came before
    ("Most callers want to know if we take their insurance. Main line is (541) 382-4410.", None, None),
    ("Referral fax for the county ortho group: (937) 641-3010. Their scheduling line is (937) 641-3000.", None,
     None),
    # phone: a workforce member's work cell; a store's line; a drug code; a 555-01xx demo line
    ("If paging fails twice, call the DON on her work cell 520-401-8823.", None, None),
    ("(614) 876-3302 Dublin store", None, "label"),
    ("If the caller reads something like 0093-7146-56, that's the NDC - ask for the Rx number.", None, None),
    ("614-555-0173 (demo line)", None, "label"),
    # dates: change-log lines; format phrasings and a parser's output; a staff birthday
    ("## Change log\n- 2026-08-12: removed test patients\n- 2026-09-03: queue ID changed", None, None),
    ("Supported phrasings for DOB capture: 'July fourth nineteen fifty-two', '4 July 1952'. "
     "All should normalize to 1952-07-04.", None, None),
    ("Staff birthdays are not in this prompt. Remove any 'happy birthday on 3/2' snippets.", None, None),
    ("We are closed the Fourth of July.", None, None),
]


@pytest.mark.parametrize(("text", "key", "field", "expected"), HOLDOUT_G_POSITIVES)
def test_holdout_g_class_positive(found, text: str, key: str | None, field: str | None,  # type: ignore[no-untyped-def]
                                  expected: list[tuple[str, str]]) -> None:
    got = found(text, key=key, field=field)
    assert all(e in got for e in expected), got


@pytest.mark.parametrize(("text", "key", "field"), HOLDOUT_G_NEGATIVES)
def test_holdout_g_class_negative(found, text: str, key: str | None, field: str | None) -> None:  # type: ignore[no-untyped-def]
    assert found(text, key=key, field=field) == []


HOLDOUT_G_ID_POSITIVES = [
    # HL7 PID fields (field notation and a raw segment): MRN, name, birth date
    ("Test message: PID-3 = 01557340, PID-5 = HALVERSEN^ODELL^J, PID-7 = 19400719.", None, None,
     [("MRN", "01557340"), ("NAME", "HALVERSEN^ODELL^J"), ("DATE", "19400719")]),
    ("PID|1||01557340^^^HOSP^MR||HALVERSEN^ODELL^J||19400719|M", None, None,
     [("MRN", "01557340"), ("NAME", "HALVERSEN^ODELL^J"), ("DATE", "19400719")]),
    # an id written before its cue
    ("PA-88231947 prior auth - follow up", None, "label", [("OTHER_ID", "PA-88231947")]),
    # a VIN of a patient's vehicle, even near a shuttle word
    ("Patient drives herself; her car VIN 1HGCM82633A004352, not the clinic shuttle.", None, None,
     [("VEHICLE_ID", "1HGCM82633A004352")]),
    # URLs: a shared file named for a person; a fundraiser named for its reason
    ("https://drive.google.com/file/d/1xQ8pL/view?usp=sharing&title=Hooper_Marjorie_MRI_brain", None, "url",
     [("URL", "https://drive.google.com/file/d/1xQ8pL/view?usp=sharing&title=Hooper_Marjorie_MRI_brain")]),
    ("https://www.gofundme.com/f/help-baby-ruby-okeefe-heart-surgery", None, "url",
     [("URL", "https://www.gofundme.com/f/help-baby-ruby-okeefe-heart-surgery")]),
    # a person's social handle
    ("User @glowupgracie on TikTok tagged us in a video about her results.", None, None,
     [("OTHER_ID", "@glowupgracie")]),
    # an embedding vector under a biometric key
    ("[0.0132, -0.2241, 0.0875, 0.1409, -0.0663]", "enrolled_face_embedding", "value",
     [("BIOMETRIC", "[0.0132, -0.2241, 0.0875, 0.1409, -0.0663]")]),
]

HOLDOUT_G_ID_NEGATIVES = [
    ("PID-3 is the patient identifier list; PID-5 = DOE^JOHN in every sample.", None, None),
    ("We processed 1200000 claims last year.", None, None),
    ("Shuttle van for the Keystone site (clinic-owned, VIN 3VW2B7AJ6HM221904) is out for service.", None, None),
    ("https://drive.google.com/file/d/1xQ8pL/view?title=Annual_Report_2025", None, "url"),
    ("https://www.gofundme.com/f/riverside-hospital-new-wing", None, "url"),
    ("Follow us @sunrisepeds on Instagram for clinic news.", None, None),
    ("Email info@northgatemedical.org about the TikTok video.", None, None),
    ("[0.85, 0.9, 0.95, 0.99]", "face_match_threshold", "value"),
]


@pytest.mark.parametrize(("text", "key", "field", "expected"), HOLDOUT_G_ID_POSITIVES)
def test_holdout_g_id_class_positive(found, text: str, key: str | None, field: str | None,  # type: ignore[no-untyped-def]
                                     expected: list[tuple[str, str]]) -> None:
    got = found(text, key=key, field=field)
    assert all(e in got for e in expected), got


@pytest.mark.parametrize(("text", "key", "field"), HOLDOUT_G_ID_NEGATIVES)
def test_holdout_g_id_class_negative(found, text: str, key: str | None, field: str | None) -> None:  # type: ignore[no-untyped-def]
    assert found(text, key=key, field=field) == []


# Blind sets H and I, non-name classes: (text, key, field, expected (type, value)).
HOLDOUT_HI_POSITIVES = [
    # a "callback:" label names the number to reach a person at
    ("callback: 214-889-3016", None, "label", [("PHONE", "214-889-3016")]),
    # a relative's phone under a family key, spelled out or in digits
    ("five two zero, seven nine eight, four four one six", "family_contact_phone", "value",
     [("PHONE", "five two zero, seven nine eight, four four one six")]),
    ("520-798-4416", "next_of_kin_number", "value", [("PHONE", "520-798-4416")]),
    # a person cue well before the number still counts when the window does not cut a word
    ("Her son asked us to use 541-382-4410 for reminders.", None, None, [("PHONE", "541-382-4410")]),
    # "Chart#" written without a space, a record number fused to "chart" in a file name
    ("Chart# 88-20417 – callback re: PT order", None, "label", [("MRN", "88-20417")]),
    ("chart_771204_xray_wrist.pdf", None, "label", [("MRN", "771204")]),
    # a vital-record certificate: under a key that also says "birth", or in a file name
    ("2025-ID-0044718", "newborn_birth_cert", "value", [("LICENSE_NUMBER", "2025-ID-0044718")]),
    ("KB: gene_lindahl_death_certificate_MN-2025-044918.pdf", None, "label",
     [("LICENSE_NUMBER", "MN-2025-044918")]),
    # a long bare number leading a short label
    ("510061938240 – NEMT standing order", None, "label", [("OTHER_ID", "510061938240")]),
    # a real-looking MBI under a member key; a study/test date under its key; a palm-vein id
    ("1EG4TE5MK74", "member_mbi", "value", [("HEALTH_PLAN_ID", "1EG4TE5MK74")]),
    ("2025-11-18", "sleep_study_date", "value", [("DATE", "2025-11-18")]),
    ("PV-5521-88A0-C3F7", "patientsecure_palm_id", "value", [("BIOMETRIC", "PV-5521-88A0-C3F7")]),
    ("Her palm vein template is PV5521-88A0C3F7 in the enrolment system.", None, None,
     [("BIOMETRIC", "PV5521-88A0C3F7")]),
    # a ZIP stated as a person's, not a search parameter
    ("Caller's zip is 77005, she lives near the Rice campus.", None, None, [("GEO", "77005")]),
    # person-specific URLs: a client's record path, a member-id parameter, a video room named for a person
    ("https://portal.evenkeel.health/clients/ekc-29931/session-notes", None, "url",
     [("URL", "https://portal.evenkeel.health/clients/ekc-29931/session-notes")]),
    ("https://myhealth.cardinalchp.com/member/summary?mid=510052277104", None, "url",
     [("URL", "https://myhealth.cardinalchp.com/member/summary?mid=510052277104")]),
    ("https://telehealth.northgatebh.org/room/jreyes-whitcomb", None, "url",
     [("URL", "https://telehealth.northgatebh.org/room/jreyes-whitcomb")]),
    # a selfie in cloud storage (no web URL)
    ("s3://northgate-idv/selfies/client_88213_selfie.jpg", "member_id_photo", "value",
     [("PHOTO", "s3://northgate-idv/selfies/client_88213_selfie.jpg")]),
]

HOLDOUT_HI_NEGATIVES = [
    # the practice speaking: "call us at", "our main office number is", a department's line
    ('Voicemail: "Hello, this is Cascade Ridge Orthopaedics calling for the person we\'re trying to reach. '
     'Please call us at 541-382-4410 at your convenience."', None, None),
    ("Our website is lanternhousehospice.org and our main office number is (218) 728-6100.", None, None),
    ("Only a parent or legal guardian can book. If not, offer Patient Access at (208) 381-2700, option 3.",
     None, None),
    ("Ask whether the caller is the guardian. If not, give Member Services at 208-381-2700.", None, None),
    ("Callback numbers must be confirmed before the agent hangs up.", None, "label"),
    ("Chart# field is required before the transfer", None, "label"),
    ("chart_20250318_export.csv", None, "label"),  # a date stamp, not a record number
    ("Bring the birth certificate to the first visit.", None, None),
    ("8005550199 – main line", None, "label"),
    ("1700000000 – cache epoch", None, "label"),
    ("1AA0-AA0-AA00", "mbi_format", "value"),  # the CMS position chart, not a number
    ("Medicare MBI layout 1AN9-AN9-AA99 (C = numeric, A = alphabetic).", None, None),
    ("2025-11-18", "sleep_study_protocol_version_release", "value"),
    ("true", "palm_vein_enabled", "value"),
    ("https://bluewaterhealthplan.com/find-a-doctor?zip=77005&specialty=cardiology", None, "url"),
    ("https://portal.evenkeel.health/clients/{{client_id}}/session-notes", None, "url"),
    ("https://app.example-health.com/search?mid=north&page=2", None, "url"),
    ("https://accounts.google.com/o/oauth2/auth?client_id=1234567890-abc.apps.googleusercontent.com", None, "url"),
    ("https://telehealth.northgatebh.org/room/dr-chen", None, "url"),
    ("https://telehealth.northgatebh.org/room/intake-team", None, "url"),
    ("s3://northgate-assets/logos/clinic_logo.png", "logo_url", "value"),
]


@pytest.mark.parametrize(("text", "key", "field", "expected"), HOLDOUT_HI_POSITIVES)
def test_holdout_hi_class_positive(found, text: str, key: str | None, field: str | None,  # type: ignore[no-untyped-def]
                                   expected: list[tuple[str, str]]) -> None:
    got = found(text, key=key, field=field)
    assert all(e in got for e in expected), got


@pytest.mark.parametrize(("text", "key", "field"), HOLDOUT_HI_NEGATIVES)
def test_holdout_hi_class_negative(found, text: str, key: str | None, field: str | None) -> None:  # type: ignore[no-untyped-def]
    assert found(text, key=key, field=field) == []


# --- classes from blind set J (non-name) ---------------------------------------------------------
HOLDOUT_J_POSITIVES = [
    # a callback number under its key is the caller's
    ("(719) 630-8817", "callback_number", "value", [("PHONE", "(719) 630-8817")]),
    # a biometric template id several words after the cue, past an honorific or an initial
    ("Voiceprint enrolled for Delphine Arceneaux — template ID vp_8c1f22e90ab7d4c3. Skip DOB check.", None, None,
     [("BIOMETRIC", "vp_8c1f22e90ab7d4c3")]),
    ("Kiosk face-match: template hash for Mr. Ferreira is fe7a0c99e1b24d3a8f55c0de11b2a7e4; re-enroll.", None, None,
     [("BIOMETRIC", "fe7a0c99e1b24d3a8f55c0de11b2a7e4")]),
    ("caller: Beatriz Sandoval | voiceprint_id: vp_9f31c0a7e25d48b1 | status: enrolled", None, None,
     [("BIOMETRIC", "vp_9f31c0a7e25d48b1")]),
    ("Enrolled face ID for kiosk check-in: Bea Lindholm, embedding emb:0.113,-0.482,0.907,0.036,-0.271.", None, None,
     [("BIOMETRIC", "emb:0.113,-0.482,0.907,0.036,-0.271")]),
    # a test kit id under its key ("sample" there is the specimen) and after a bare "kit"; a portal user
    ("HX-55019348", "sample_kit_id", "value", [("OTHER_ID", "HX-55019348")]),
    ("Test fixture for the status tool: kit HX-31840277 — status should be 'in sequencing'.", None, None,
     [("OTHER_ID", "HX-31840277")]),
    ("Portal user kmorrow_soccer09 forgot the password. Send him the reset link.", None, None,
     [("OTHER_ID", "kmorrow_soccer09")]),
    # an obfuscated address right after a prose " at " that is not one
    ("Tamsin's dad wants updates at rob.eakins [at] outlook [dot] com — ROI covers him.", None, None,
     [("EMAIL", "rob.eakins [at] outlook [dot] com")]),
]

HOLDOUT_J_NEGATIVES = [
    # the practice's own outbound caller ID / main number
    ("Outbound caller ID: use the Ridgeline main number (719) 448-2300. Callers who get a voicemail should hear "
     "that number, not the nurse line.", None, None),
    ("(719) 448-2300", "clinic_callback_number", "value"),
    ("{{patient.phone_mobile}}", "callback_number", "value"),
    # biometric cues without a template value: product models, thresholds, file names
    ("Voiceprint enrollment needs 3 samples; the scanner model is DP-4500X2 and the threshold 0.85.", None, None),
    ("Face ID setup guide: see enrollment_v2_2024.pdf before go-live.", None, None),
    # kit products and counts, and portal users in general
    ("HX-55019348", "kit_lot_number", "value"),
    ("Starter kit 2 of 3 ships Monday; reorder kit 4500 when stock is low.", None, None),
    ("Portal users can reset their own passwords from the login page.", None, None),
    ("Send updates at noon.Then check the inbox at night [at] most twice.", None, None),
]


@pytest.mark.parametrize(("text", "key", "field", "expected"), HOLDOUT_J_POSITIVES)
def test_holdout_j_class_positive(found, text: str, key: str | None, field: str | None,  # type: ignore[no-untyped-def]
                                  expected: list[tuple[str, str]]) -> None:
    got = found(text, key=key, field=field)
    assert all(e in got for e in expected), got


# Classes from blind sets L and M (non-name recognizers).
HOLDOUT_LM_POSITIVES = [
    # a lab requisition/accession number, a research subject's id, a Medi-Cal CIN under their keys
    ("REQ-40718265", "requisition_number", "value", [("OTHER_ID", "REQ-40718265")]),
    ("ACC-2291-0057", "specimen_accession", "value", [("OTHER_ID", "ACC-2291-0057")]),
    ("MCR-311-0212", "subject_id", "value", [("OTHER_ID", "MCR-311-0212")]),
    ("91736254A", "medi_cal_cin", "value", [("HEALTH_PLAN_ID", "91736254A")]),
    # an embedding without brackets, a prefixed template under biometric keys
    ("0.0182,-0.2211,0.0937,0.4410,-0.1176", "face_embedding", "value",
     [("BIOMETRIC", "0.0182,-0.2211,0.0937,0.4410,-0.1176")]),
    ("fp_tmpl:9c41d07be2aa58f31b6620de7f04c9a1", "patient_fingerprint_template", "value",
     [("BIOMETRIC", "fp_tmpl:9c41d07be2aa58f31b6620de7f04c9a1")]),
    # a person's social profile whose surname holds an organisation stem ("vanDERMolen")
    ("https://www.facebook.com/gretchen.vandermolen.5", None, "url",
     [("URL", "https://www.facebook.com/gretchen.vandermolen.5")]),
    # a trial participant's randomisation date; one patient's date next to a group word
    ("Participant 0412 was randomized on March 3; call the coordinator.", None, None, [("DATE", "March 3")]),
    ("The patient said her surgery is on August 3.", None, None, [("DATE", "August 3")]),
    ("Her appointment on August 3 was moved.", None, None, [("DATE", "August 3")]),
    # a patient's birthplace; a person's address after "the patient's address is"
    ("The patient was born in Lagos and moved here in 2010.", None, None, [("GEO", "Lagos")]),
    ("Home visit: the patient's address is 4400 Natural Bridge Ave, St. Louis MO 63115.", None, None,
     [("GEO", "4400 Natural Bridge Ave")]),
    ("Pharmacy on file for Winnie Soto: Safeway on Century Dr, but she now lives in La Pine.", None, None,
     [("GEO", "La Pine")]),  # (the span stops before the full stop)
    # a relative the call is transferred to; test data with a name; a person's own number
    ("Transfer the caller to her daughter at 559-638-2410 if needed.", None, None, [("PHONE", "559-638-2410")]),
    ("Member ID for Maria Okafor: ABC123456789 (not a real member, test data).", None, None,
     [("HEALTH_PLAN_ID", "ABC123456789")]),
    ("If the caller gives account 7720-5531-88, verify it.", None, None, [("ACCOUNT_NUMBER", "7720-5531-88")]),
]

HOLDOUT_LM_NEGATIVES = [
    ("Re: your visit summary 2024-118", "email_subject", "value"),
    ("0.80", "fingerprint_match_threshold", "value"),
    ("512", "face_embedding_dims", "value"),
    ("https://www.facebook.com/maria.dental", None, "url"),  # an organisation word as a whole part
    ("https://www.facebook.com/valleverdehealth", None, "url"),
    # a group's dates ("those patients", "callers"), a provider's absence and her patients
    ("Tuesday clinic is cancelled on December 24 and December 31; move those patients to Monday.", None, None),
    ("If callers ask about the event, it's May 6-12.", None, None),
    ("Dr. Okafor will be out from August 3 to August 14; her patients can see Dr. Ames.", None, None),
    ("Our NP is on leave from June 2 through June 20.", None, None),
    # a billing code is no house number; a provider's birthplace; an institution's address
    ("Does insurance cover a home sleep apnea test (CPT 95806)? Ask the patient.", None, None),
    ("Dr. Adeyemi-Lowe was born in Lagos; mention this only if a participant asks.", None, None),
    ("Our medical director grew up in Bend and loves it.", None, None),
    ("The caller's son goes to Lincoln Heights; the school's address is 4400 Natural Bridge Ave, "
     "St. Louis MO 63115.", None, None),
    # a plan's line on the card, a department a call is sent to, an id said to be made up
    ("Our member services number is on the back of the card: 1-800-772-4410 (TTY 711).", None, None),
    ("Transfer the caller to the pharmacy at 559-638-2410 if they ask about refills.", None, None),
    ("Forward the patient to billing on (614) 872-3310.", None, None),
    ("Our FAQ card shows Member ID ABC123456789; that's a made-up format, not a real member.", None, None),
]


@pytest.mark.parametrize(("text", "key", "field", "expected"), HOLDOUT_LM_POSITIVES)
def test_holdout_lm_class_positive(found, text: str, key: str | None, field: str | None,  # type: ignore[no-untyped-def]
                                   expected: list[tuple[str, str]]) -> None:
    got = found(text, key=key, field=field)
    assert all(e in got for e in expected), got


@pytest.mark.parametrize(("text", "key", "field"), HOLDOUT_J_NEGATIVES)
def test_holdout_j_class_negative(found, text: str, key: str | None, field: str | None) -> None:  # type: ignore[no-untyped-def]
    assert found(text, key=key, field=field) == []


@pytest.mark.parametrize(("text", "key", "field"), HOLDOUT_LM_NEGATIVES)
def test_holdout_lm_class_negative(found, text: str, key: str | None, field: str | None) -> None:  # type: ignore[no-untyped-def]
    assert found(text, key=key, field=field) == []


# Classes fixed against holdout set P (non-name recognizers).
HOLDOUT_P_POSITIVES = [
    # a personal e-mail URL-encoded ("%40") in a link's query
    ("https://portal.oakember.org/family?caregiver=annette.hargrove%40gmail.com", None, "url",
     [("EMAIL", "annette.hargrove%40gmail.com")]),
    # a person's ZIP, a city where a person lives, a patient's own VIN
    ("Caller's zip code is 43701, she lives alone.", None, None, [("GEO", "43701")]),
    ("Mr. Abara lives in Zanesville on weekdays.", None, None, [("GEO", "Zanesville")]),
    ("Patient's own car VIN 5YJ3E1EA3KF317426 was towed; he needs a ride.", None, None,
     [("VEHICLE_ID", "5YJ3E1EA3KF317426")]),
    # an age over 89 set off after a name, said with a copula or "I'm", spelled out, in Spanish, reached
    ("Visit schedule: Mr. Ezekiel Hargrove, 96, 418 Birchwood Lane.", None, None, [("AGE", "96")]),
    ("Centenarian check-in - Mr. Oduya (102)", None, "label", [("AGE", "102")]),
    ("Caller Odessa says she's ninety-one and lives alone.", None, None, [("AGE", "ninety-one")]),
    ("Test caller: 'Hi, this is Walt Oberg, I'm 91 and I need to move my consult.'", None, None, [("AGE", "91")]),
    ("Don Anselmo Rubio, de 91 años, llama todos los lunes.", None, None, [("AGE", "91")]),
    ("Patient Celia Moreau reached 101 last spring.", None, None, [("AGE", "101")]),
    ("Our oldest patient, Mr. Ignatius Whitcombe, is 101 and prefers calls after 11am.", None, None,
     [("AGE", "101")]),
    ("Tour requested by Jerome Whitaker for his mother (91, moderate Alzheimer's).", None, None, [("AGE", "91")]),
]
HOLDOUT_P_NEGATIVES = [
    # an encoded shared mailbox; a ZIP named as the practice's service area; a schedule after a facility kind;
    # a VIN said afterwards to be the clinic fleet's
    ("https://portal.oakember.org/contact?to=frontdesk%40oakember.org", None, "url"),
    ("ZIP 43701 service area", None, "label"),
    ("We serve residents at Willowbrook Manor and Cedar Glen assisted living on Thursdays; schedule group "
     "cleanings through the activity director.", None, None),
    ("Wheelchair van VIN 5YJ3E1EA3KF317426 belongs to the clinic fleet (Van 2). Report damage to facilities.",
     None, None),
    # a span of time, a count reached, a quantity after "I'm", a Spanish "years ago"
    ("Our clinic was founded 95 years ago.", None, None),
    ("We reached 100 enrollments this month.", None, None),
    ("I'm 100 percent sure the office opens at 9.", None, None),
    ("La clínica abrió hace 91 años.", None, None),
    # a model number, a SKU leading a device label
    ("W1DR01 MRI conditional check", None, "label"),
    ("SKU 449201 pump tubing", None, "label"),
    # a provider's page; a care page segment followed by common words
    ("https://clinic.org/providers/jane-smith", None, "url"),
    ("https://clinic.org/intake/new-patient", None, "url"),
    # a dated file of the practice's, no person named
    ("https://clinic.org/docs/holiday_hours_2025-12-24.pdf", None, "url"),
    # a fax line labelled after it as a department's
    ("Fax 919-403-2281 (Records dept)", None, "label"),
    # an id cue, "for ...", then "is" and a word or a year
    ("The member ID for the caller is required before booking.", None, None),
    ("Member ID for the demo is 2024 format", None, None),
]


@pytest.mark.parametrize(("text", "key", "field", "expected"), HOLDOUT_P_POSITIVES)
def test_holdout_p_class_positive(found, text: str, key: str | None, field: str | None,  # type: ignore[no-untyped-def]
                                  expected: list[tuple[str, str]]) -> None:
    got = found(text, key=key, field=field)
    assert all(e in got for e in expected), got


@pytest.mark.parametrize(("text", "key", "field"), HOLDOUT_P_NEGATIVES)
def test_holdout_p_class_negative(found, text: str, key: str | None, field: str | None) -> None:  # type: ignore[no-untyped-def]
    assert found(text, key=key, field=field) == []


# Holdouts S/T (non-name classes): each positive with a look-alike negative below.
HOLDOUT_ST_POSITIVES = [
    # a case id with a year group; a bare "auth #"; a CDL and an aide certification; a bare specimen number
    ("Case WC-19-44721 (workers' comp for Dale Pruitt) - adjuster wants the note.", None, None,
     [("OTHER_ID", "WC-19-44721")]),
    ("Prior auth for Greg Tillman went through, auth # PA-7720193; tell him.", None, None,
     [("OTHER_ID", "PA-7720193")]),
    ("Post-accident test for Dale Pruitt, CDL P200-4471-9983.", None, None, [("LICENSE_NUMBER", "P200-4471-9983")]),
    ("Marisol Aguilar: CNA cert NA60318244 (caregiver pay).", None, None, [("LICENSE_NUMBER", "NA60318244")]),
    ("Reach donor Cody Rasmussen (CCF specimen 0038821-4).", None, None, [("OTHER_ID", "0038821-4")]),
    # a wearable under its key; a visit room slug naming a person
    ("WB-2209-7731", "wander_bracelet_id", "value", [("DEVICE_ID", "WB-2209-7731")]),
    ("https://visits.evenlighttelecare.com/v/ostrowski-leon-room118b", None, "url",
     [("URL", "https://visits.evenlighttelecare.com/v/ostrowski-leon-room118b")]),
    # bare ordinal days and a procedure or exam date tied to a person
    ("Harold Finch turns 96 on the 12th; wish him well.", None, None, [("DATE", "the 12th")]),
    ("DOT recert for the driver - his exam booked for Jan 6 at 8:15.", None, None, [("DATE", "Jan 6")]),
    ("Call about your transfusion on Friday the 21st.", None, None, [("DATE", "Friday the 21st")]),
    ("Following up on your vasectomy from last Tuesday, June 3.", None, None, [("DATE", "June 3")]),
    # a person's ZIP and a person's address under an address key
    ("The caller lives in ZIP code 68831.", None, None, [("GEO", "68831")]),
    ("310 Main St, Garnet, NE 68820", "patient_address", "value", [("GEO", "310 Main St, Garnet, NE 68820")]),
]

HOLDOUT_ST_NEGATIVES = [
    ("Use case TC-24 for the test plan.", None, None),
    ("Prior auth is required for MRI; call the payer.", None, None),
    ("Bring a urine specimen 2 hours before the visit.", None, None),
    ("192.168.1.20", "ehr_bridge_host", "value"),
    ("Our shared mailbox is results@prismpathhealth.org for providers only.", None, None),
    ("https://visits.evenlighttelecare.com/v/intake-room2", None, "url"),
    ("The clinic moved to the 3rd floor; her office is on the 2nd floor.", None, None),
    ("If a caller reports pain 7/10 or worse, tell them to call 911.", None, None),
    ('Date of birth must be spoken back as Month Day Year, e.g. "January thirty-first" for 01/31/1980.', None, None),
    ("ZIP code 68831 is in our service area; ZIP 68840 is not.", None, None),
    ("310 Main St, Garnet, NE 68820", "station_address", "value"),
]


@pytest.mark.parametrize(("text", "key", "field", "expected"), HOLDOUT_ST_POSITIVES)
def test_holdout_st_class_positive(found, text: str, key: str | None, field: str | None,  # type: ignore[no-untyped-def]
                                   expected: list[tuple[str, str]]) -> None:
    got = found(text, key=key, field=field)
    assert all(e in got for e in expected), got


@pytest.mark.parametrize(("text", "key", "field"), HOLDOUT_ST_NEGATIVES)
def test_holdout_st_class_negative(found, text: str, key: str | None, field: str | None) -> None:  # type: ignore[no-untyped-def]
    assert found(text, key=key, field=field) == []


def test_holdout_st_group_ordinal_and_fleet_tracker_are_not_phi(found) -> None:  # type: ignore[no-untyped-def]
    assert found("Remind callers their plan may change on the 1st.") == []
    assert found("Van 14 GPS tracker ID HL-TRK-0014 belongs to the fleet.") == []


def test_offsets_hold_after_a_turkish_dotted_capital_i() -> None:
    """'İ'.lower() is two characters; offsets read in the lower-cased text used to shift by one per
    'İ' before them (the age '94' came out as '4 ')."""
    text = "İzmir office. The caller is 94 years old, DOB 03/14/1930, SSN 123-45-6780, Mr. Ömer Şahin."
    hits = scan(text)
    assert {(h.type, text[h.start:h.end]) for h in hits} >= {
        ("AGE", "94"), ("DATE", "03/14/1930"), ("SSN", "123-45-6780")}
    assert all(text[h.start:h.end].strip() == text[h.start:h.end] and h.end > h.start for h in hits)


def test_allow_list_ranges_hold_after_a_turkish_dotted_capital_i() -> None:
    from compliance_lint.phi.allowlist import PhiAllowList

    text = "İİİİ Call our front desk at frontdesk@clinic.example"
    allow = PhiAllowList(values=["frontdesk@clinic.example"])
    start = text.index("frontdesk")
    assert allow.ranges(text) == [(start, len(text))]
