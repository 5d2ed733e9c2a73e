"""Generate the seeded PHI dev set (tests/data/phi/devset_generated.jsonl).

Every case is labeled by shared PHI_POLICY.md: spans cover only the identifier (honorific
included), `phi` is true iff there is a span. Templates imitate real config text: system prompts,
first messages, agent names, phone-number labels, KB document names, data-collection keys and
dynamic-variable defaults. Person names are drawn from pools that deliberately include names the
engine's lexicon does not contain, so the dev set also measures shape/context generalisation.

Run: python bench/make_phi_devset.py  (deterministic; seed fixed)
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "phi" / "devset_generated.jsonl"

FIRST = ["Rosa", "Tomás", "Amanda", "Kwame", "Ingrid", "Dmitri", "Priya", "Thaddeus", "Kalani", "Zofia",
         "Ignatius", "Perpetua", "Leopold", "Marisol", "Bartholomew", "Yesenia", "Oluwaseun", "Henrike",
         "Dariusz", "Mireille", "Cornelius", "Esperanza", "Anneliese", "Rafferty", "Nkechi", "Gwendolyn",
         "Octavio", "Wilhelmina", "Jun", "Thuy", "Rashida", "Evander", "Beatriz", "Ulrich", "Shoshana"]
LAST = ["Alvarez", "Okonkwo", "Bryan", "Lindqvist", "Wojciechowski", "Nakagawa", "Ferreira-Lima",
        "Pemberton", "Castellanos", "Abernathy", "Oyelaran", "Hargreaves", "Kowalczyk", "Delacroix",
        "Vanterpool", "Moreau", "Quintanilla", "Achterberg", "Balogun", "Thistlewood", "Nguyen", "Patel",
        "McAllister", "O'Donnell", "Szymanski", "Haverford", "Ibekwe", "Rutherford", "Esposito", "Faulkner"]
STAFF = ["Maria", "Dana", "Keisha", "Tom", "Linh", "Rachel", "Omar", "Beth"]
PROVIDERS = ["Smith", "Patel", "Hope Summers", "Chen", "Okafor", "Lindgren", "Ramirez", "Goldberg"]
PERSONAS = ["Ava", "Sam", "Riley", "Nova", "Max", "Luna", "Aria", "Kai"]
CLINICS = ["Riverside Family Medicine", "Lakeview Dialysis Center", "Northside Pediatrics",
           "Harbor Cardiology Associates", "Summit Orthopedics", "Maple Grove Health"]
HEALTH = ["dialysis", "chemo", "insulin pump", "wound care", "post-op", "prenatal", "cardiology",
          "physical therapy", "infusion", "CPAP", "A1C", "oncology"]
STREETS = ["Maple Street", "Oak Avenue", "Birchwood Drive", "Elm Court", "Harbor View Road", "Pine Lane",
           "Cedar Boulevard", "Willow Way"]
CITIES = [("Springfield", "IL"), ("Dayton", "OH"), ("Tacoma", "WA"), ("Macon", "GA"), ("Provo", "UT")]

Slot = tuple[str, str | None]  # (text, PHI type or None)


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        cand = body + d
        total = 0
        for i, ch in enumerate(reversed(cand)):
            v = int(ch) * (2 if i % 2 else 1)
            total += v - 9 if v > 9 else v
        if total % 10 == 0:
            return cand
    raise AssertionError


def vin(rng: random.Random) -> str:
    vals = {**{str(d): d for d in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=False)),
            **dict(zip("JKLMN", range(1, 6), strict=False)), "P": 7, "R": 9,
            **dict(zip("STUVWXYZ", range(2, 10), strict=False))}
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    while True:
        v = [rng.choice(alphabet) for _ in range(17)]
        total = sum(vals[c] * w for c, w in zip(v, weights, strict=False))
        c = total % 11
        v[8] = "X" if c == 10 else str(c)
        s = "".join(v)
        if any(ch.isalpha() for ch in s) and any(ch.isdigit() for ch in s):
            return s


def mbi(rng: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + "0123456789"
    parts = [rng.choice("123456789"), rng.choice(letters), rng.choice(an), rng.choice("0123456789"),
             rng.choice(letters), rng.choice(an), rng.choice("0123456789"), rng.choice(letters),
             rng.choice(letters), rng.choice("0123456789"), rng.choice("0123456789")]
    s = "".join(parts)
    return s if rng.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def ssn(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def phone(rng: random.Random) -> str:
    a, e, n = rng.randint(201, 989), rng.randint(201, 989), rng.randint(0, 9999)
    if str(a)[1:] == "11" or str(e)[1:] == "11":
        a, e = 312, 448
    fmt = rng.choice(["({a}) {e}-{n:04d}", "{a}-{e}-{n:04d}", "{a}.{e}.{n:04d}", "+1 {a} {e} {n:04d}"])
    return fmt.format(a=a, e=e, n=n)


def dob(rng: random.Random, style: str | None = None) -> str:
    y, m, d = rng.randint(1931, 2004), rng.randint(1, 12), rng.randint(1, 28)
    style = style or rng.choice(["us", "iso", "long", "dashed"])
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    return {"us": f"{m:02d}/{d:02d}/{y}", "iso": f"{y}-{m:02d}-{d:02d}", "long": f"{months[m - 1]} {d}, {y}",
            "dashed": f"{m}-{d}-{y}"}[style]


def recent(rng: random.Random, style: str | None = None) -> str:
    """A 2025/2026 date (service, discharge, closure ...) in a random style."""
    y, m, d = rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    style = style or rng.choice(["us", "iso", "long"])
    return {"us": f"{m}/{d}/{y}", "iso": f"{y}-{m:02d}-{d:02d}", "long": f"{months[m - 1]} {d}, {y}"}[style]


class Builder:
    """Concatenate fixed text and labeled slots, recording exact span offsets."""

    def __init__(self) -> None:
        self.text = ""
        self.spans: list[dict[str, object]] = []

    def add(self, piece: str, typ: str | None = None) -> Builder:
        if typ:
            self.spans.append({"start": len(self.text), "end": len(self.text) + len(piece), "type": typ})
        self.text += piece
        return self


def fill(template: str, slots: dict[str, Slot]) -> Builder:
    b = Builder()
    for part in re.split(r"(\{[a-z_0-9]+\})", template):
        if part.startswith("{") and part[1:-1] in slots:
            text, typ = slots[part[1:-1]]
            b.add(text, typ)
        else:
            b.add(part)
    return b


def person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


# ---- positive templates ------------------------------------------------------------------------
def positives(rng: random.Random) -> list[tuple[str, Builder, str | None]]:
    f, la = person(rng)
    full = f"{f} {la}"
    h = rng.choice(HEALTH)
    rng.choice(CLINICS)
    mrn = str(rng.randint(10_000_000, 99_999_999))
    city, st = rng.choice(CITIES)
    addr = f"{rng.randint(12, 9800)} {rng.choice(STREETS)}"
    yyyymmdd = f"{rng.randint(2019, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    out: list[tuple[str, Builder, str | None]] = []
    P = "prompt"
    out += [
        (P, fill("For testing use patient {n}, DOB {d}, MRN {m}.",
                 {"n": (full, "NAME"), "d": (dob(rng), "DATE"), "m": (mrn, "MRN")}), None),
        (P, fill("If the caller is {n} (DOB {d}), remind them about the " + h + " follow-up.",
                 {"n": (full, "NAME"), "d": (dob(rng, "us"), "DATE")}), None),
        (P, fill("Patient {n} prefers a callback at {p} after 3pm.",
                 {"n": (full, "NAME"), "p": (phone(rng), "PHONE")}), None),
        (P, fill("Call {n} back at {p} about the " + h + " results.",
                 {"n": (full, "NAME"), "p": (phone(rng), "PHONE")}), None),
        (P, fill("Member ID {i} belongs to {n}; verify before booking.",
                 {"i": (f"{rng.choice(['W', 'XQ', 'ZGP'])}{rng.randint(10**7, 10**9)}", "HEALTH_PLAN_ID"),
                  "n": (full, "NAME")}), None),
        (P, fill("Demo data: caller SSN {s}, plan {c}.", {"s": (ssn(rng), "SSN"), "c": ("PPO", None)}), None),
        (P, fill("The 2pm patient paid with card {c}; do not charge again.",
                 {"c": (luhn_complete(rng.choice(["4", "51", "37"]), 16, rng), "ACCOUNT_NUMBER")}), None),
        (P, fill("Medicare MBI {m} is on file for the " + h + " patient.", {"m": (mbi(rng), "HEALTH_PLAN_ID")}),
         None),
        (P, fill("{h} {s} is a {a}-year-old " + h + " patient; speak slowly.",
                 {"h": ("", None), "s": (f"Mr. {la}", "NAME"), "a": (str(rng.randint(90, 104)), "AGE")}), None),
        (P, fill("Send the replacement kit to {n} at {a}, " + f"{city}, {st}.",
                 {"n": (full, "NAME"), "a": (addr, "GEO")}), None),
        (P, fill("{n}'s email is {e} if the portal fails.",
                 {"n": (full, "NAME"), "e": (f"{f.lower()}.{la.lower().replace(chr(39), '')}{rng.randint(1, 99)}"
                                              f"@{rng.choice(['gmail.com', 'yahoo.com', 'outlook.com'])}",
                                              "EMAIL")}), None),
        (P, fill("Her driver's license number is {d}, already verified.",
                 {"d": (f"{rng.choice('ABDFGS')}{rng.randint(10**6, 10**8)}", "LICENSE_NUMBER")}), None),
        (P, fill("Insulin pump serial {s} belongs to {n}.",
                 {"s": (f"PX{rng.randint(10**5, 10**7)}", "DEVICE_ID"), "n": (full, "NAME")}), None),
        (P, fill("Claim number {c} for {n} was denied; explain the appeal.",
                 {"c": (f"CLM-{rng.randint(10**5, 10**8)}", "OTHER_ID"), "n": (full, "NAME")}), None),
        (P, fill("Transport van VIN {v} picks up {n} for " + h + ".",
                 {"v": (vin(rng), "VEHICLE_ID"), "n": (full, "NAME")}), None),
        (P, fill("The caller's home IP was {i} when she logged in.",
                 {"i": (f"{rng.choice([73, 98, 24, 68])}.{rng.randint(1, 250)}.{rng.randint(1, 250)}."
                        f"{rng.randint(2, 250)}", "IP_ADDRESS")}), None),
        (P, fill("Test patient {n} was born in {y}; use a louder voice.",
                 {"n": (full, "NAME"), "y": (str(rng.randint(1915, 1935)), "DATE")}), None),
        (P, fill("Her address on file: {a}; the ZIP is {z}.",
                 {"a": (addr, "GEO"), "z": (f"{rng.randint(10000, 99999)}", "GEO")}), None),
        (P, fill("{n} turned {a} last week and needs " + h + " transport.",
                 {"n": (full, "NAME"), "a": (str(rng.randint(90, 101)), "AGE")}), None),
        (P, fill("Reminder: {n} was discharged on {d} after " + h + ".",
                 {"n": (full, "NAME"), "d": (recent(rng), "DATE")}), None),
        (P, fill("Example conversation: Caller: Hi, this is {n}, my number is {p}.",
                 {"n": (full, "NAME"), "p": (phone(rng), "PHONE")}), None),
        (P, fill("Caller: my email is {e}", {"e": (f"{f[0].lower()}{la.lower().replace(chr(39), '')}"
                                                    f" [at] gmail [dot] com", "EMAIL")}), None),
        (P, fill("Verify with the last four of her SSN, {d}.", {"d": (f"{rng.randint(1000, 9999)}", "SSN")}), None),
        (P, fill("Voiceprint ID {v} is enrolled for {n}.",
                 {"v": (f"vp_{rng.randint(10**8, 10**9)}a{rng.randint(10**3, 10**5)}", "BIOMETRIC"),
                  "n": (full, "NAME")}), None),
        (P, fill("Mrs. {s} called about her " + h + " appointment on {d}.",
                 {"s": (f"Mrs. {la}", "NAME"), "d": (f"{rng.randint(1, 12)}/{rng.randint(1, 28)}", "DATE")}),
         None),
    ]
    # Fix the "Mrs." duplication produced above (template has it, slot has it): rebuild precisely.
    b = Builder().add(f"Mrs. {la}", "NAME").add(f" called about her {h} appointment on ")
    b.add(f"{rng.randint(1, 12)}/{rng.randint(1, 28)}", "DATE").add(".")
    out[-1] = (P, b, None)
    b = Builder().add(f"Mr. {la}", "NAME").add(" is a ").add(str(rng.randint(90, 104)), "AGE")
    b.add(f"-year-old {h} patient; speak slowly.")
    out[8] = (P, b, None)
    # labels: agent names, phone-number labels, KB documents, data-collection keys
    ini = f[0]
    out += [
        ("label", fill("Callback – {n} " + h, {"n": (f"{ini}. {la}", "NAME")}), None),
        ("label", fill("{n} - " + h + " pickup", {"n": (f, "NAME")}), None),
        ("label", fill("{n} cell", {"n": (full, "NAME")}), None),
        ("label", fill("{a}_{b}_discharge_summary_{d}.pdf",
                       {"a": (f"{ini}_{la.replace(chr(39), '')}", "NAME"), "b": ("", None),
                        "d": (f"{rng.randint(1, 12)}-{rng.randint(1, 28)}-2026", "DATE")}), None),
        ("label", fill("MRN{m}_labs.pdf", {"m": (mrn, "MRN")}), None),
        ("label", fill("intake_{n}_{d}", {"n": (f"{f.lower()}_{la.lower().replace(chr(39), '')}", "NAME"),
                                         "d": (yyyymmdd, "DATE")}), None),
        ("label", fill("{n} " + h + " follow-up", {"n": (full, "NAME")}), None),
    ]
    # the "{a}_{b}" template leaves a doubled underscore; rebuild exactly
    b = Builder().add(f"{ini}_{la.replace(chr(39), '')}", "NAME").add("_discharge_summary_")
    b.add(f"{rng.randint(1, 12)}-{rng.randint(1, 28)}-2026", "DATE").add(".pdf")
    out[-4] = ("label", b, None)
    # dynamic-variable defaults read with their key
    out += [
        ("value", Builder().add(dob(rng, rng.choice(["us", "iso"])), "DATE"), "patient_dob"),
        ("value", Builder().add(full, "NAME"), "patient_name"),
        ("value", Builder().add(f"{rng.choice(['W', 'XQ', 'M'])}{rng.randint(10**7, 10**9)}", "HEALTH_PLAN_ID"),
         "member_id"),
        ("value", Builder().add(phone(rng), "PHONE"), "caller_phone"),
        ("value", Builder().add(mrn, "MRN"), "patientMrn"),
        ("value", Builder().add(vin(rng), "VEHICLE_ID"), "vehicle_vin"),
        ("value", Builder().add(f"{addr}, {city}, {st}", "GEO"), "patient_address"),
        ("value", Builder().add(f"{f.lower()}{rng.randint(1, 999)}@gmail.com", "EMAIL"), "patient_email"),
        ("value", Builder().add(recent(rng, "iso"), "DATE"), "discharge_date"),
    ]
    return out


# ---- negative (hard) templates -----------------------------------------------------------------
def negatives(rng: random.Random) -> list[tuple[str, Builder, str | None]]:
    clinic = rng.choice(CLINICS)
    persona = rng.choice(PERSONAS)
    staff = rng.choice(STAFF)
    prov = rng.choice(PROVIDERS)
    h = rng.choice(HEALTH)
    main = phone(rng)
    dom = clinic.split()[0].lower() + rng.choice(["clinic.org", "health.com", "med.org"])
    P = "prompt"
    texts: list[tuple[str, str, str | None]] = [
        (P, f"You are {persona}, the virtual receptionist for {clinic}. Greet {{{{first_name|'there'}}}} warmly.",
         None),
        (P, "Confirm {patient.dob} and ${member_id} before reading [PATIENT_NAME]'s results from <from_tool>.",
         None),
        (P, "Ask the caller for their date of birth in MM/DD/YYYY format, e.g. 01/31/1980.", None),
        (P, "SSNs look like XXX-XX-XXXX. Never read back a full SSN such as 123-45-6789.", None),
        (P, "In the sandbox you can pay with the Visa test card 4111 1111 1111 1111.", None),
        (P, "A Medicare number looks like the CMS sample MBI 1EG4-TE5-MK73.", None),
        (P, f"Our NPI is 1234567893 and our main line is {main}.", None),
        (P, f"Call our office at {main} or fax referrals to {phone(rng)}.", None),
        (P, "For example, say: 'You can reach us at 212-555-0142.'", None),
        (P, f"Dr. {prov}'s scheduler handles {h} visits; ask for {staff} at the front desk.", None),
        (P, f"If no one answers, page Dr. {prov} (on-call).", None),
        (P, "Patients aged 90 and older need a caregiver on the call; callers over 65 get large-print mail.",
         None),
        (P, "A patient in her 60s with COPD should be triaged to the nurse line.", None),
        (P, "The office is closed on 12/25/2026 and January 1, 2027 for the holidays.", None),
        (P, f"Prompt last updated 2026-10-01 (version 3.2.1). {clinic} opened in 1998.", None),
        (P, f"Webhook: https://api.{dom}/vapi/webhook; SIP trunk 10.0.0.12 and 192.0.2.10.", None),
        (P, "Like Florence Nightingale, be calm. Our unit Clara is named after Clara Barton.", None),
        (P, "Explain that Parkinson's disease and Crohn's disease are managed by specialists.", None),
        (P, "If the caller will not give a name, record the caller as 'John Doe'.", None),
        (P, "Metformin 500 mg twice daily; ICD-10 E11.9 and I10 are the common codes.", None),
        (P, "The caller from Tuesday with hepatitis C should get a callback from the nurse.", None),
        (P, f"Patients can email frontdesk@{dom} or billing@{dom}.", None),
        (P, f"Directions are at https://www.{dom}/locations and parking is free.", None),
        (P, "We serve ZIP codes 60614, 60657 and 60618.", None),
        (P, f"Our address is {rng.randint(100, 4000)} {rng.choice(STREETS)}, Suite 300, Chicago, IL 60611.", None),
        (P, "Never reveal the member ID or the MRN to anyone except the verified patient.", None),
        (P, "Use the lookup tool to find a chart by MRN; it returns the next open appointment.", None),
        (P, f"Transfer to {staff} in billing for payment plans over $500.", None),
        (P, f"{persona} speaks English and Spanish; keep answers under 40 words.", None),
        (P, "Appointments are 30 minutes; arrive 15 minutes early. Flu shots start September 15.", None),
        (P, f"Thank you for calling {clinic}. How can I help you today?", None),
        (P, "Collect the caller's name, date of birth, and callback number, then summarize.", None),
        (P, f"Send prior authorization requests to Dr. {prov}, MD, via the portal.", None),
        (P, "Reference ID format: ABC123456789 is a made-up example of a member ID.", None),
        (P, "Hours: Monday to Friday 8:00 to 17:00; closed July 4 and Thanksgiving.", None),
        (P, "If the caller mentions chest pain, tell them to call 911 immediately.", None),
        (P, "Medicare Advantage plans H1234-001 and H5678-002 are in network.", None),
        (P, "Speak at a rate of 1.1x; pause 0.5 s after questions; max call length 600 s.", None),
        (P, f"Hi, I'm {persona} from {clinic}. I'm calling to confirm your appointment tomorrow.", None),
        (P, "Ask which pharmacy they use and whether they need a refill of lisinopril 10 mg.", None),
    ]
    labels = [
        f"{persona} – {clinic.split()[0]} Scheduling", "Main line", "After-hours fallback", "intake_form_v2",
        "holiday_schedule_2026.pdf", "grace_period_days", f"Dr {prov.split()[-1]} – cardiology line",
        "appointment_reminder_outbound", "refill-requests", f"{clinic} FAQ.pdf", "billingPolicy2026.docx",
        "callback_number", "patient_dob", "post_op_checkin", f"{persona} Inbound Assistant",
    ]
    values = [
        ("holiday_closure", "2026-12-25"), ("clinic_phone", main), ("greeting_name", "there"),
        ("patient_dob", "1900-01-01"), ("user_name", "John Doe"), ("appointment_type", "annual physical"),
        ("timezone", "America/Chicago"), ("clinic_npi", "1234567893"), ("max_duration_seconds", "600"),
        ("office_fax", phone(rng)), ("support_email", f"frontdesk@{dom}"), ("agent_name", persona),
        ("last_updated", "2026-11-01"), ("provider_name", f"Dr. {prov}"), ("patient_name", "{{patient_name}}"),
    ]
    zips = ", ".join(str(rng.randint(10000, 99999)) for _ in range(rng.randint(2, 4)))
    priv_ip = rng.choice(["10.0.{a}.{b}", "192.168.{a}.{b}", "172.16.{a}.{b}", "198.51.100.{b}", "203.0.113.{b}"])
    priv_ip = priv_ip.format(a=rng.randint(0, 255), b=rng.randint(1, 254))
    closure = recent(rng)
    texts += [
        (P, rng.choice([f"We are closed on {closure} for staff training.",
                        f"The clinic will close early on {closure}.",
                        f"Holiday closure: {closure}. Offer the next open slot instead."]), None),
        (P, rng.choice([f"Tell callers we serve ZIP codes {zips}.", f"Service area ZIPs: {zips}."]), None),
        (P, rng.choice([f"The webhook server at {priv_ip} receives end-of-call reports.",
                        f"Allowlist the SIP gateway {priv_ip} on the firewall."]), None),
        (P, rng.choice([f"If asked for a person, ask for {staff} at the front desk.",
                        f"{staff}, our scheduler, handles reschedules.",
                        f"Billing questions go to {staff} in billing.",
                        f"Transfer urgent refill calls to {staff}."]), None),
        (P, rng.choice([f"Dr. {prov} sees new {h} patients on Tuesdays.",
                        f"Our providers are Dr. {prov} and NP {rng.choice(PROVIDERS).split()[-1]}.",
                        f"{prov.split()[-1]}, MD, reviews all {h} referrals."]), None),
        (P, rng.choice([f"Your name is {persona}. You work for {clinic}.",
                        f"You are {persona}, a friendly {h} scheduling assistant.",
                        f"Introduce yourself as {persona} from {clinic}."]), None),
        (P, rng.choice(["Ask for the member ID on the back of the insurance card.",
                        "Never read the SSN aloud; ask only for the last four digits.",
                        "Verify identity with full name and date of birth before discussing results.",
                        "Do not store the caller's card number; use the payment tool instead."]), None),
        (P, rng.choice([f"Patients over {rng.randint(65, 95)} may bring a caregiver.",
                        f"Adults aged {rng.randint(50, 75)} to 75 are due for screening.",
                        f"Children under {rng.randint(2, 12)} need a guardian on the call."]), None),
        (P, rng.choice([f"Phone format example: ({rng.randint(201, 989)}) 555-01{rng.randint(0, 99):02d}.",
                        f"For example, a member ID may look like W{rng.randint(10**7, 10**9)}.",
                        f"Dates look like {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/19{rng.randint(40, 99)}"
                        " when given as a format."]), None),
        (P, rng.choice([f"{clinic} was founded in {rng.randint(1950, 2015)} and moved in {rng.randint(2016, 2025)}.",
                        f"This prompt was reviewed on {recent(rng)} by the compliance team.",
                        f"Flu clinics start {recent(rng, 'long')}."]), None),
    ]
    out = [(f, Builder().add(t), k) for f, t, k in texts]
    out += [("label", Builder().add(t), None) for t in labels]
    out += [("value", Builder().add(v), k) for k, v in values]
    return out


def main() -> None:
    rng = random.Random(20261122)
    rows: list[dict[str, object]] = []
    pos: list[tuple[str, Builder, str | None]] = []
    neg: list[tuple[str, Builder, str | None]] = []
    for _ in range(9):
        pos += positives(rng)
        neg += negatives(rng)
    for i, (field, b, key) in enumerate(pos + neg):
        spans = [sp for sp in b.spans if sp["end"] > sp["start"]]
        rows.append({"id": f"gen-{i:04d}", "text": b.text, "field": field, "key": key,
                     "phi": bool(spans), "spans": spans})
    seen: set[tuple[str, str | None, object]] = set()
    unique = []
    for r in rows:
        sig = (r["text"], r["key"], r["field"])
        if sig not in seen:
            seen.add(sig)
            unique.append(r)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in unique:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_pos = sum(1 for r in unique if r["phi"])
    print(f"wrote {len(unique)} cases ({n_pos} positive, {len(unique) - n_pos} negative) to {OUT}")


if __name__ == "__main__":
    main()


HANDWRITTEN_SRC = OUT.parent / "devset_handwritten.txt"
HANDWRITTEN_OUT = OUT.parent / "devset_handwritten.jsonl"
_MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")


def convert_handwritten() -> None:
    """devset_handwritten.txt (marked-up lines) -> devset_handwritten.jsonl (offsets)."""
    rows = []
    for n, line in enumerate(HANDWRITTEN_SRC.read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        field, key, marked = line.split("\t", 2)
        b = Builder()
        pos = 0
        for m in _MARK.finditer(marked):
            b.add(marked[pos : m.start()])
            b.add(m.group(2), m.group(1))
            pos = m.end()
        b.add(marked[pos:])
        rows.append({"id": f"hand-{n:03d}", "text": b.text, "field": field, "key": None if key == "-" else key,
                     "phi": bool(b.spans), "spans": b.spans})
    with HANDWRITTEN_OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} hand-written cases ({sum(r['phi'] for r in rows)} positive) to {HANDWRITTEN_OUT}")


if __name__ == "__main__":
    convert_handwritten()
