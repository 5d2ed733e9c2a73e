"""The PHI_POLICY.md §4 "Not PHI" list: each family must produce no hit."""

from __future__ import annotations

import pytest

from compliance_lint.phi import PhiAllowList, scan

TEMPLATE_VARIABLES = [
    "Hello {{patient_name}}, confirming your visit.",
    "Your date of birth is {patient.dob}, correct?",
    "Member ${member_id} is verified.",
    "Say: Hi [PATIENT_NAME], this is the clinic.",
    "Read back <from_tool> slowly.",
    "Hi {{first_name|'there'}}, thanks for calling.",
    "Hi {{ caller.first_name }}, your appointment on {{appointment_date}} at {{ time }} is confirmed.",
]
INSTRUCTIONS = [
    "Ask the caller for their date of birth.",
    "Verify the member ID and the last four digits of the SSN before discussing results.",
    "Never reveal the member ID to anyone who has not been verified.",
    "This tool looks up a chart by MRN and returns the next appointment.",
    "Collect the caller's full name, date of birth and callback number.",
]
FORMAT_EXAMPLES = [
    "SSNs look like XXX-XX-XXXX.",
    "Dates are spoken as MM/DD/YYYY, for example 01/31/1980.",
    "Never read numbers such as 123-45-6789 aloud.",
    "In staging, pay with the Visa test card 4111 1111 1111 1111.",
    "The CMS sample MBI 1EG4-TE5-MK73 shows the format.",
    "Our NPI is 1234567893.",
    "Example: you can reach us at 212-555-0142.",
    "A member ID looks like ABC123456789.",
]
PRACTICE_DATA = [
    "Call our main line at (312) 448-2200 or fax referrals to (312) 448-2290.",
    "Our office is at 200 Lake Street, Suite 4, Chicago, IL 60601.",
    "Email frontdesk@riversideclinic.org or visit https://www.riversideclinic.org/forms.",
    "We serve ZIP codes 60614, 60657 and 60618.",
    "Hours are Monday to Friday 8 to 5; closed December 25 and January 1.",
]
STAFF_AND_PROVIDERS = [
    "Dr. Smith's scheduler can move cardiology visits.",
    "Ask for Maria at the front desk.",
    "Dr. Hope Summers (on-call) covers weekends.",
    "Transfer billing questions to Keisha in billing.",
    "You are Ava, the virtual receptionist for Riverside Family Medicine.",
    "Your name is Sam; you schedule physical therapy visits.",
    "Referrals go to Priya Raman, MD, at the cardiology desk.",
]
CLINICAL_AND_DATES = [
    "Metformin 500 mg twice daily; ICD-10 E11.9 is type 2 diabetes.",
    "Callers over 65 get large-print letters; patients aged 90 and older may bring a caregiver.",
    "A patient in her 60s with COPD should use the nurse line.",
    "The caller from Tuesday with hepatitis C needs a callback.",
    "The clinic opened in 1998 and the prompt was last updated 2026-10-01.",
    "Flu shots start October 1; the office closes early on December 24.",
]
INFRA_AND_FIGURES = [
    "Send webhooks to https://hooks.riversideclinic.org/vapi; allow 10.20.0.5 and 203.0.113.7.",
    "Agent id 3f2b9c1e-8d7a-4b6c-9e1f-2a3b4c5d6e7f handles overflow.",
    "Be as calm as Florence Nightingale.",
    "The Clara unit is named after Clara Barton.",
    "Explain that Parkinson's disease support groups meet monthly.",
    "If the caller will not give a name, record the caller as 'John Doe'.",
]


@pytest.mark.parametrize(
    "text",
    TEMPLATE_VARIABLES + INSTRUCTIONS + FORMAT_EXAMPLES + PRACTICE_DATA + STAFF_AND_PROVIDERS
    + CLINICAL_AND_DATES + INFRA_AND_FIGURES,
)
def test_not_phi(text: str) -> None:
    assert scan(text) == [], [(h.type, text[h.start : h.end], h.reason) for h in scan(text)]


def test_fictional_555_is_phi_for_a_named_patient() -> None:
    text = "Test with patient Aurelio Banderas, cell 555-0142."
    assert {h.type for h in scan(text)} == {"NAME", "PHONE"}


def test_allow_list_values_and_patterns() -> None:
    text = "Patient callback line 555-201-3300; email dana.cruz@riversideclinic.org; ask Maria Lopez."
    before = {h.type for h in scan(text)}
    assert before  # without the allow-list these look personal
    allow = PhiAllowList(values=["(555) 201-3300", "riversideclinic.org", "Maria Lopez"], patterns=[r"Dana\b"])
    assert scan(text, allow=allow) == []


def test_allow_list_does_not_hide_other_values() -> None:
    allow = PhiAllowList(values=["riversideclinic.org"])
    text = "Patient Jane Roe, SSN 536-22-1845."
    assert {h.type for h in scan(text, allow=allow)} == {"NAME", "SSN"}


@pytest.mark.parametrize(
    "text",
    [
        "Riverside Family Medicine was founded on March 3, 1998.",
        "Email jane.cruz@lakeviewhealth.org or visit https://lakeviewhealth.org/team.",
        "Thanks for calling Bright Smiles Dental, this is Mia. How can I help?",
        "The Henderson Pavilion is next to the Garcia Family Birthing Center.",
        "Callers from Des Moines, Baton Rouge or San Jose are outside our service area.",
        "If the caller asks for Carmen or Luis, offer voicemail.",
    ],
)
def test_not_phi_config_regressions(text: str) -> None:
    assert scan(text) == [], [(h.type, text[h.start : h.end], h.reason) for h in scan(text)]


def test_old_full_date_reads_as_birth_date() -> None:
    text = "It's been like that since 4/14/1962."
    assert [(h.type, text[h.start : h.end]) for h in scan(text)] == [("DATE", "4/14/1962")]


# Classes of errors a blind set (written from PHI_POLICY.md by someone who had not seen the
# recognizers) exposed; each text is a new instance of the class, not the blind set's own text.
@pytest.mark.parametrize(
    ("text", "key", "field"),
    [
        ("Flu clinics run Oct 3 – Jan 12; the lab closes Nov 27.", None, None),  # month abbreviations
        ("Hola, soy Camila, la recepcionista virtual de Clínica del Valle.", None, None),  # Spanish persona
        ("Eres Tomás, el agente de citas de Centro Médico Norte (Av. Juárez 80, Piso 2).", None, None),
        ("Newborns are charted as 'Baby Girl' or 'Baby Boy' with the mother's surname.", None, None),
        ("Grievances go to our Patient Advocate, Rosalind Teague.", None, None),  # staff title before a name
        ("Our hygienists are Marisol, Dagny and Efua.", None, None),  # a workforce list
        ("The night nurses (Imelda Rusk, LPN and Corinne Vail, RN) take triage calls.", None, None),
        ("We support Dexcom and FreeStyle Libre sensors and Omnipod pumps.", None, None),  # device brands
        ("Patients ask about Celine Dion and stiff person syndrome; keep it general.", None, None),
        ("Ask for the patient's D.O.B. and page the M.D. on call.", None, None),  # abbreviations, not initials
        ("Marisol Quintana", "office_manager", "value"),  # a workforce key
        ("Lakeside Family Practice", "clinic_name", "value"),
        ("The patient moved to the U.S. last year.", None, None),  # a country is not a Safe Harbor unit
        ("Greenfield Family Medicine - after hours", None, "label"),  # a practice, not a household
        ("Ask for Anselm (the evening nurse) when the line is busy.", None, None),
        ("各位女士们先生们，感谢您的来电。", None, None),  # "ladies and gentlemen"
        ("お客様の生年月日を確認してください。", None, None),  # "the customer's" date of birth
        # outside English, capitalised nouns and accented words are no evidence of a name
        ("Bitte nennen Sie Ihren Namen und Ihr Geburtsdatum für die Terminbestätigung.", None, None),
        ("Olá! Aqui é a Bia, assistente da Clínica Vida Plena. Atendemos de segunda a sexta.", None, None),
        ("Aurora – Intake Bot (named for Florence Nightingale)", None, "label"),
        ("Marisol prior auth queue", None, "label"),  # a staff member's work queue
        ("Transcript rules:\nOpener: greet and confirm the line.\nCerrado: say we are closed.", None, None),
        ("- Ice 20 minutes every 2 hours.\n- Naproxen 500 mg twice daily with food.", None, None),  # units
        ("Dr. Okafor telehealth 45 min", None, "label"),
        ("Hours: Mon-Thu 7:30-4:30, Fri 7:30-1:00 for the patient line.", None, None),
        ("Support the Alzheimer's and Parkinson's caregiver program callers kindly.", None, None),
        ("Escalations go to the intake coordinator, Mrs. Whitcombe, ext. 240.", None, None),
        ("Weekend backup: Darnell Pike, LPN.", None, None),
        ("License: Dr. Varga, Oregon 44.100213", None, None),
        ("Our Humana and Kaiser patients use the same referral line.", None, None),
        ("1. Greeter (Lionel) - routes the call.\n2. Refills (Odette) - checks pharmacy status.", None, None),
        ("Record the caller as 'John Doe' if they refuse; test numbers are 555-0100 to 555-0199.", None, None),
        ("The lobby mural honours Mary Seacole and Walter Reed.", None, None),
        ("birthDate: the caller's birth date as YYYY-MM-DD (e.g. 'June ninth nineteen sixty' -> 1960-06-09).",
         None, None),  # a worked example inside a parenthesis that starts with the cue
        ("Formato de fecha de nacimiento: DD/MM/AAAA, por ejemplo 14/02/1975.", None, None),
        ("请询问患者的姓名和出生日期。", None, None),  # "ask the patient's name and date of birth"
        ("Juniper - Flu Shot Reminders", None, "label"),  # an agent's name and its campaign
        ("Odette - Lakeside Pediatrics", None, "label"),
        ("Mireille Dufresne CNM - same day", None, "label"),  # a clinician's schedule
        ("Carb counting class, taught by our CDE, Lorna Whitfield.", None, None),
        ("Staff list: Inez R. - front desk lead; Tobias K. - referrals.", None, None),
        ("Inez", "front_desk_contact", "value"),  # a workforce key
        ("Cerrado el lunes por el Día de Martin Luther King Jr.", None, None),  # a public figure's holiday
        ("Hi, you've reached Westbrook Physical Therapy. How can I help?", None, None),  # a practice
        ("Hep C questions go to the liver clinic queue.", None, None),
        ("- <variable> = patient details such as name.\n- Sentences in quotes are read verbatim.", None, None),
        ("### Example 2 – New Patient Booking (Telehealth)\n\nQ: How can I help?", None, None),
        ("Bowel prep: split-dose MiraLAX and clear liquids the day before.", None, None),  # a brand
        ("Lakeview OT - Elmhurst", None, "label"),  # a clinic and a place in a Title Case label
        ("Rosalind - Post-op Caller", None, "label"),  # an agent: hyphenated words are Title Case too
        ("- Escalate to Tier 2 Support when a refund is requested.", None, None),
        ("Welcome to the Quackenbush Family Medicine line.", None, None),
        ("Call 988 for the Suicide & Crisis Lifeline; tell callers Juniper Hollow is our main site.", None, None),
        ("Ticks spread Rocky Mountain spotted fever here.", None, None),  # ordinary words in Title Case
        ("EAP callers: note the program (ComPsych, Lyra ...) and the authorization number.", None, None),
        ("HCV regimens: Epclusa 1 tab daily for 12 weeks.", None, None),
        ("We cover Hancock, Hawkins and Claiborne counties.", None, None),
        ("Our new-parent group is led by Ana Lucía Ferrer, PMH-C.", None, None),
        ("The DME coordinator is Devon Marsh; he swaps oxygen concentrators.", None, None),
        ("Say: 'Dr. Pruitt or Carla will call you once they have looked at your labs.'", None, None),
        ("Persona note: you're named Juniper after the tree.", None, None),
        ("As Fred Rogers put it, look for the helpers.", None, None),
        ("kb/staff_photos/dr_naomi_feld_headshot.jpg", None, "label"),
        ("QA transcript\nCaller: I need my refill.\nPippa: Sure, can I have your date of birth?", None, None),
        ("Meridian CureTrack HCV", "hepc_program_name", "value"),  # a programme's name
        ("Lakeshore Rx – Refill Reminder Outbound (HCV)", None, "label"),
        ("We visit homes in Hancock, Hawkins and Claiborne counties only.", None, None),
        ("Jorge P. - referrals; Inez R. - billing.", None, None),
        ("In-lab sleep studies in Bend and Redmond; home tests mailed statewide.", None, None),  # places
        ("Staff note: Marisol Quintero (practice manager) is out until the 14th.", None, None),
        ("Tonight the sleep tech on duty is Corbin; patients in the lab use the call button.", None, None),
        ("Volunteer roster: Deb Lanning, Arturo Nunez and Patsy Vance.", None, None),
        ("Our CNMs Becca Voorhees and Jada Sims take turns on call.", None, None),
        ("PTs: Marcus Lee, DPT; Dev Raman, PT, OCS.", None, None),
        ("Hospice families get the 'Gone From My Sight' booklet by Barbara Karnes.", None, None),
        ("Vendors: Henry Schein, McKesson; masks from Fisher & Paykel.", None, None),
        ("## Persona\nName: Ignacio. Bilingual, warm, formal.\n## Rules\n- Never diagnose.", None, None),
        ("Evergreen Hospice – After Hours – Dorothea", None, "label"),
        ("Rev. Thomas Adeyemi", "chaplain_name", "value"),
        ("Kids love the mural of Mister Rogers; Mrs. Doubtfire jokes are off limits.", None, None),
        ("If the pager fails twice, call the DON, Rosalind Tafoya, on her work cell.", None, None),
        ("Hearing tests with Audrey Pinkerton, AuD; vaccine visits with Keeley Marsh, PNP.", None, None),
        ("Our CEO is Maribel Estrada.", None, None),
        ("Shout-out: thanks to Gideon and Marisol for covering nights.", None, None),
        ("VM script: 'This is Quinn calling for {{guarantor_first_name}} about an account matter.'", None, None),
        ("The confidential line of Wren Holloway, licensed clinical social worker.", None, None),
        ("onboarding_guide_a_v2.pdf", None, "label"),  # a one-letter part without a record word
        ("Three sites: Tacoma (6th Ave), Gig Harbor and University Place.", None, None),
        ("Chaplain: Rev. Thandiwe Mokoena (weekdays).", None, None),
        ("Providers: Dr. Anand Iyer and PA Brooke Tollefson.", None, None),
        ("Lymphedema therapy yes (Aileen is CLT certified).", None, None),
        ("The agent's name is Walt. Walt is a retired medic persona: plain-spoken.", None, None),
        ("First message: 'Thanks for calling Juniper! I'm Bea, the office's virtual helper.'", None, None),
        ("Four clinics: Mesa, Chandler, Gilbert and Tempe. Ask which is closest.", None, None),
        ("Transport desk: ask for Rhonda or Lamar; else leave a callback request.", None, None),
        ("Harper_KB_Tinnitus_FAQ_2025.docx", None, "label"),
        ("Prenatal adjustments use the Webster technique.", None, None),
        ("Mr. Hargrove is PA Lindqvist's scheduler on Mondays; transfer DEXA questions to him.", None, None),
        ("Kiara Boateng", "phlebotomist_name", "value"),
        ("Weekend coverage – Teresa", None, "label"),
        ("If a caller's name sounds like a celebrity (Taylor Swift, Tom Brady), just go on.", None, None),
        ("Good morning, Cascade Ridge, this is Jordan.", "phone_greeting_variant", "value"),
        ("Member Services: English 1-800-555-0135, Español 1-800-555-0136.", None, None),
        ("Wound Care – Katy Fwy – Main", None, "label"),
        ("Our concierge is named Clara, after Clara Barton; she is an AI.", None, None),
        ("Lorraine Whitcomb RN", "transfer_target_name", "value"),
        ("Most callers are from Hindman, Hazard or Whitesburg.", None, None),
        ("Our QA reviewer, Sunita Rao, listens to five percent of calls.", None, None),
        ("Home monitors: Boston Scientific LATITUDE, Medtronic MyCareLink.", None, None),
        ("Praxis Dr. med. Albrecht & Kollegen in Freiburg. Bitte nennen Sie Ihren Namen und Ihr Geburtsdatum.",
         None, None),
        # record file names whose odd words are drugs, tests, scales or places, not surnames
        ("holter_monitor_results.pdf", None, "label"),
        ("epworth_score_form.pdf", None, "label"),
        ("xolair_injection_log_2025.csv", None, "label"),
        ("ozempic_prior_auth_letter.pdf", None, "label"),
        ("alaska_medicaid_form.pdf", None, "label"),
        ("shingrix_dose2_reminder", None, "label"),
        ("spirometry_fev1_template.docx", "kb_document_name", "value"),
        # the workforce: directory lines, role plurals, departments, desks, coverage, the agent's intro
        ("Staff directory: Priya (scheduling), Omar (financial counseling), Lupita (promotora), Dana (infusion RN).",
         None, None),
        ("Doulas: Marisela and Tovah run the Tuesday class; if a caller asks for them by name, take a message.",
         None, None),
        ("Questions about statements -> hold for Rosalind in patient accounts.", None, None),
        ("After 5 pm the phones ring to Imani at the Fresno desk.", None, None),
        ("Dr. Amara Osei is away next week; her patients can see Tobias Lindqvist.", None, None),
        ("Hello, you've reached Brightwater Hearing. I'm Pippa, how can I help?", None, None),
        ("Joanna Reyes (Legal)", "prompt_approver", "value"),
        # the practice's name after the agent's opening, places, venues, public figures, placeholders
        ("Thanks for calling Vista Alegre. This is the scheduling line.", None, None),
        ("Buenos días, gracias por llamar a Vista Alegre. ¿En qué le puedo ayudar?", None, None),
        ("Workshops are in the Whitcombe Auditorium on Fridays.", None, None),
        ("Walk-ins welcome at Lexington Highlands until 7 pm.", None, None),
        ("Michelle Obama's Let's Move campaign is a good example for the nutrition class.", None, None),
        ("Bitte fragen Sie, ob der Anrufer Deutsch versteht, und verbinden Sie dann mit der Anmeldung.", None, None),
        ("Jane Q. Public - sample persona for the QA deck", "qa_persona", "value"),
        ("Outreach van: Tuesdays Dunlap (10-2), Fridays Orosi (8-12).", None, None),
        ("Lyme and Rocky Mountain spotted fever both peak in June.", None, None),
        ("Vitamin D. levels - standing order", None, "label"),
        ("Sandy soil and basil plants: the garden club meets Tuesday.", None, None),
        ("Pick option A. Then read the hours.", None, None),
        ("(313) 555-0148", "sample_patient_phone_format", "value"),
        ("mri_t_spine_protocol.pdf", None, "label"),
        ("Our clinics are in Charlotte and Durham.", None, None),
        ("Directions from Lincoln Park: take the Dallas North Tollway.", None, None),
        ("We take referrals from Brookhaven Middle and the Quarrytown Casino wellness plan.", None, None),
        ("Dialysis partners: Nephrocare Lakeview and Renalis Northgate.", None, None),
        ("Zephyrine_Mohs_aftercare.pdf", "kb_document_name", "value"),
        ("Backup midwife on call – Priya S.", None, "label"),
        ("Northside overnight — Dara (peer support)", None, "label"),
        ("Mister Rogers-style calm works best with toddlers.", None, None),
        ("Our speech therapist, Ilse Marchetti, CCC-SLP, and our OT, Wren Halloran, OTR/L, share a room.", None, None),
        ("About us (Dr. Imai, Dr. Bose, Tessa Quill) - staff bios, fine to read.", None, None),
        ("Governor Elaine Whitcomb toured the dialysis unit last spring.", None, None),
        ("The hospice medical director is Anneliese Varga; the DON is Teodora Lusk.", None, None),
        ("Panel results from Natera arrive in ten days; Myriad takes three weeks.", None, None),
        ("Say hi to Biscuit, our therapy dog, if a child asks.", None, None),
        ("The lobby has Georgia Okeeffe and Claude Monet prints; ask the front desk.", None, None),
        ("Maya Angelou's poems hang in the chemo suite.", None, None),
        ("The Apgar score is named for Dame Virginia Apgar, an anesthesiologist.", None, None),
        ("Brightpath Recovery was founded in 2019 by a group of nurses.", None, None),
        ("Phonak Lumity 90", "default_device_model", "value"),
        ("Dayton – North campus", None, "label"),
        ("## BILLING AND INSURANCE QUESTIONS", None, None),
        ("Outbound Reminder Assistant", "name", "value"),
        ("the patient portal is down; tell every caller to use the app", None, None),
        ("Our sports-medicine lead used to work with the Phoenix Suns and the Dallas Stars.", None, None),
        ("If a journalist asks about Simone Okafor-Biles or any other athlete, we do not comment.", None, None),
        ("Clara (named after Clara Barton)", None, "label"),
        ("Dr. Imre Toth (Mesa) teaches the Graston technique on Fridays.", None, None),
        ("Spanish line follow-up", None, "label"),
        ("You're Kit, the booking line for Brightwater PrEP & Sexual Health.", None, None),
        ("Clients may share their Ryan White eligibility number; read back the last four only.", None, None),
        ("Hodan Abdi", "chw_on_call", "value"),
        ("Hodan Abdi – CHW line", None, "label"),
        ("Recruiters: Tessa Marlowe and Idris Kamara.", None, None),
        ("County Health - family line", None, "label"),
        ("Rosa - overnight", None, "label"),
        ("Patients asked about the Stonebridge Harvoni program; it takes uninsured callers.", None, None),
        ("UCSF main 415-555-0111", None, "label"),
        ("The Lindqvist Vein Center in Tacoma is a different practice.", None, None),
        ("고객님, 김 선생님께서 곧 전화 드릴 예정입니다. 환자분 성함을 여쭤보세요.", None, None),
        ("Riverbend Heights – Family Line", None, "label"),
        ("Demo script:\nParent: Hi, I'm calling about my daughter.\nJuno: Of course! What's her date of birth?",
         None, None),
        ("Audiology: Pia Larsen, Au.D. sees adults on Mondays.", None, None),
        ("Units in our network: Renton, Kent, Federal Way and Auburn.", None, None),
        ("escalate: use when the caller is upset or asks for a person twice.", None, None),
        ("For billing questions, ask for Delphine at the front desk.", None, None),
        ("We service Phonak, Oticon, Widex and Starkey devices; allow ten business days.", None, None),
        ("Ejemplo: \"Hola, soy Luz de Cuna Line. ¿En qué le ayudo?\"", None, None),
        ("The cytology lab is quiet today; the histotech is Rosalind, extension 214.", None, None),
        ("Ask whether the child has a G-tube or NG tube.", None, None),
        ("Students give their Bramwell ID number and college e-mail.", None, None),
        ("Tommy John surgery and Achilles repair patients go to the sports line.", None, None),
        ("Lead SLP Imani Brooks shares her work e-mail with referring providers only.", None, None),
        ("Say 'Ridgeline Heart, cath lab, this is Nolan' when you answer.", None, None),
        ("Доктор Гринберг принимает по вторникам.", None, None),
        ("Recovery technician on shift: Tomasz Wierzbicki (cell via dispatcher).", None, None),
        ("Agent: I have her on Thursday at 2 PM with Hannah.", None, None),
        ("Thank you to our Volunteer of the Year, Marguerite Olsen!", None, None),
        ("Questions about wounds -> Odette (wound care nurse).", None, None),  # any words before the role
        ("Ask callers for their SSN last4 only; never the full number.", None, None),
        ("Pediatrics on Fridays with NP Thu Ha Tran; ask for Mai at the desk for forms.", None, None),
        ("Our office is at 88 Alder Way, Sutter Springs, OR 97380.", None, None),
        ("Partners: Alder Grove SNF (Sumner), Fir Ridge Care Center (Puyallup).", None, None),
        ("No O, I or Q. Don't read the VIN aloud.", None, None),
        ("We serve Ruby, Garnet and Hollis counties.", None, None),
        ("Lyme disease was first described in 1975 by Allen Steere.", None, None),
        ("Chào anh chị, đây là phòng khám Bình An. Xin chào, An Bình Family Medicine.", None, None),
        ("Eres la asistente de la Clínica Móvil Tierra Salud; visitamos los campos del Valle Escondido.", None, None),
        ("Outreach worker Maricela Ruvalcaba covers the Mixteco line on Fridays.", None, None),
        ("Our orthotists: Dario Pineda, CO and Inés Farrah, CPO.", None, None),
        ("persona: 'Auntie Rosalind' - a warm voice for the refill line. Rosalind is not a real person.", None, None),
        ("NOTE: ASK DR JAMES CARTER BEFORE BOOKING.", None, None),
        ("IMPORTANT: NEVER READ BACK THE FULL SSN.", None, None),
        ("Our infusion nurses are Odile Ferrand, OCN, and Pia Lindahl, RN.", None, None),
        ("Bridgewell Orthopedics & Spine Institute, founded by Marlowe Keene & Partners Medical Group.", None, None),
        ("hep_b_series_schedule.pdf", None, "label"),
        ("(313) 555-0148", "outreach_team_phone", "value"),
        ("Sample voiceprint id format: VB-YYYYMMDD-XXNNN", None, None),
        # look-alikes of the classes fixed against holdout sets N and O
        ("The ZIP code 90210 is our office ZIP; do not treat it as the caller's.", None, None),
        ("Our clinic sits at 47.3821, -94.6017 next to the pharmacy.", None, None),  # the practice's place
        ("Model accuracy was 0.9821, 0.9734 on the two folds.", None, None),
        ("Blood donor drive since 2019; donor 2019 program recap.", None, None),  # a bare donor year
        ("Use the alias get_patient_info for the tool.", None, None),  # an alias, no account sentence
        ("SM-G991U", "phone_model", "value"),  # a phone model, not its IMEI
        ("https://lakeshoretransplant.org/docs/parker_family_medicine_brochure.pdf", None, "url"),
        ("https://example-clinic.org/forms/new_patient_intake.pdf", None, "url"),
        ("https://clinic.org/portal/visits/2024", None, "url"),  # a year, not a visit id
        ("Oct 22", "max_progress_eval_template", "value"),
        ("vpr1", "voiceprint_model", "value"),
    ],
)
def test_not_phi_blind_set_classes(text: str, key: str | None, field: str | None) -> None:
    hits = scan(text, key=key, field=field)
    assert hits == [], [(h.type, text[h.start : h.end], h.reason) for h in hits]


@pytest.mark.parametrize(
    ("text", "key", "field", "expected"),
    [
        # the positive look-alikes of the classes above
        ("Call patient Jan Kowalski back about her labs.", None, None, ("NAME", "Jan Kowalski")),
        ("Our patients Marisol, Dagny and Efua need rides.", None, None, ("NAME", "Marisol")),
        ("Marisol Quintana", "caregiver_name", "value", ("NAME", "Marisol Quintana")),
        ("Pickups: husband Arvid handles the Tuesday rides.", None, None, ("NAME", "Arvid")),
        ("Note for T.W. (the dialysis patient): bring the binder.", None, None, ("NAME", "T.W.")),
        ("The caller on Monday, R.B., talked about self-harm.", None, None, ("NAME", "R.B.")),
        ("Okonjo family - home oxygen setup", None, "label", ("NAME", "Okonjo")),
        ("Thistlewood-dialysis-family", None, "label", ("NAME", "Thistlewood")),
        ("MsFairweather_callback", None, "label", ("NAME", "MsFairweather")),
        ("Anselm (our new patient from the ER) needs a callback.", None, None, ("NAME", "Anselm")),
        ("请提醒陈美玲小姐明天的复诊时间。", None, None, ("NAME", "陈美玲小姐")),
        ("鈴木様の検査結果について折り返してください。", None, None, ("NAME", "鈴木様")),
        ("Mrs. Quintero", "greeting_name", "value", ("NAME", "Mrs. Quintero")),  # not a workforce key
        ("Whitlock - wound care follow-up", None, "label", ("NAME", "Whitlock")),  # census surname
        ("Bitte rufen Sie Frau Oberhuber wegen ihrer Laborwerte zurück.", None, None, ("NAME", "Frau Oberhuber")),
        ("Si Mme Lefèbvre appelle, rappelez-lui son rendez-vous.", None, None, ("NAME", "Mme Lefèbvre")),
        ("Hi Joy, it's Lakeside Dental calling about your cleaning tomorrow.", None, None, ("NAME", "Joy")),
        ("Patient Odalys Brennan (born 1960-06-09) prefers mornings.", None, None, ("DATE", "1960-06-09")),
        ("测试病人：陈建华，请回电。", None, None, ("NAME", "陈建华")),
        ("Test persona: Mrs. Odile Renard, 93, lives alone.", None, None, ("NAME", "Mrs. Odile Renard")),
        ("Case manager: Rosalind from room 208 is going home today.", None, None, ("NAME", "Rosalind")),
        ("Outbound test - Rosalind 216-555-0144", None, "label", ("NAME", "Rosalind")),
        ("Autopay failed on the Quackenbush account again; call her.", None, None, ("NAME", "Quackenbush")),
        ("Agent: How can I help?\nPippa Quartermaine: I need my refill.", None, None, ("NAME", "Pippa Quartermaine")),
        ("Quackenbush, Shay - intake packet (signed).pdf", None, "label", ("NAME", "Shay")),
        ("Si llama la señora Quintanilla, confirme su cita.", None, None, ("NAME", "señora Quintanilla")),
        ("Su hijo Mateo tiene cita el jueves.", None, None, ("NAME", "Mateo")),
        ("When Bree calls (she'll say it's B), transfer her to Dr. Caballero.", None, None, ("NAME", "Bree")),
        ("Mr. Pham's procedure date is the 21st; remind him to stop aspirin.", None, None, ("NAME", "Mr. Pham")),
        ("Patient Corbin Hale is in the lab tonight with a CPAP leak.", None, None, ("NAME", "Corbin Hale")),
        ("Script: 'This is Clearview reminding Rosalind of her eye exam Thursday.'", None, None, ("NAME", "Rosalind")),
        ("MacKenzie - dialysis pickup", None, "label", ("NAME", "MacKenzie")),  # a Mac name is no product
        ("VIP: Reverend Thaddeus Coleman calls about his wife's dementia care.", None, None,
         ("NAME", "Reverend Thaddeus Coleman")),  # clergy who call are callers
        ("holter_report_wojciechowski_t_2025.pdf", None, "label", ("NAME", "wojciechowski_t")),
        ("wound_L_heel_pettaway_c_2025-08-17.jpg", None, "label", ("NAME", "pettaway_c")),
        ("Her husband Frank usually answers the phone.", None, None, ("NAME", "Frank")),
        ("Tamsin's dad wants updates by e-mail.", None, None, ("NAME", "Tamsin")),
        ('Eleanor "Nell" Sikorski', "resident_name", "value", ("NAME", 'Eleanor "Nell" Sikorski')),
        ("callback_gayheart_w_20240812", None, "label", ("NAME", "gayheart_w")),
        ("Ask for Mrs. Lindqvist-Shah by name before giving her pre-op instructions.", None, None,
         ("NAME", "Mrs. Lindqvist-Shah")),
        ("Para la familia Quispe: traigan la tarjeta de Medicaid, por favor.", None, None, ("NAME", "Quispe")),
        ("QA: the caller said her name was Imelda and gave her birth date.", None, None, ("NAME", "Imelda")),
        ("Tell whoever asks about the Quackenbush boy's physical that it is ready.", None, None,
         ("NAME", "Quackenbush")),
        ("Juniper Okafor - missed dialysis", None, "label", ("NAME", "Juniper Okafor")),
        ("pt-whitfield-infusion", None, "label", ("NAME", "whitfield")),  # a service, not an organisation
        ("Lorna Park", "patient_name", "value", ("NAME", "Lorna Park")),  # a surname that is also a word
        ("Birthday text (test): 'Happy birthday, Lorna! We wish you well.'", None, None, ("NAME", "Lorna")),
        ("Say the Medicare number ending, e.g. for Mr. Abernathy read the last four.", None, None,
         ("NAME", "Mr. Abernathy")),  # a name is no format example
        ("Primer mensaje: Hola Florencio, le llamamos para recordarle su cita.", None, None, ("NAME", "Florencio")),
        ("Lucille Okafor: my sugar was 300 this morning.\nAgent: I'm sorry to hear that.", None, None,
         ("NAME", "Lucille Okafor")),
        # rarer census surnames in record file names, however written
        ("zwicker_echo_report.pdf", None, "label", ("NAME", "zwicker")),
        ("intake-bergquist-knee-day2", None, "label", ("NAME", "bergquist")),
        ("mdziedzic_consent_signed.pdf", None, "label", ("NAME", "mdziedzic")),  # an initial joined on
        ("vukovich_sleep_study_2025-03-02.csv", "kb_document_name", "value", ("NAME", "vukovich")),
        # look-alikes of the workforce and opening rules that still name a patient
        ("Mrs. Okafor (billing question) called twice about her statement.", None, None, ("NAME", "Mrs. Okafor")),
        ("Hi, I'm Rosalind Achebe, calling about my refill.", None, None, ("NAME", "Rosalind Achebe")),
        ("Agent: Thanks for calling Oak Family Clinic.\nCaller: Hi, I'm Margaret Lee, my son has a fever.", None,
         None, ("NAME", "Margaret Lee")),
        ("Thanks for calling, Marisol Vega! Your refill is ready.", None, None, ("NAME", "Marisol Vega")),
        ("Call back Okafor (84) about the ride.", None, None, ("NAME", "Okafor")),
        ("Staff directory: Priya (scheduling).\nCall back Araceli Montoya today.", None, None,
         ("NAME", "Araceli Montoya")),
        ("Study subject R.T. missed the week 4 blood draw.", None, None, ("NAME", "R.T.")),
        ("derm_bx_dnguyen_q3_path.pdf", None, "label", ("NAME", "dnguyen")),  # an initial and a short surname
        ("Rusty P. - hearing aid tune-up", None, "label", ("NAME", "Rusty P")),
        ("Please ring Sunny's dad about the inhaler refill.", None, None, ("NAME", "Sunny")),
        ("Mensaje de voz: tenemos un mensaje para Ximena sobre su cita.", None, None, ("NAME", "Ximena")),
        ("Wojtowicz knee brace appeal", None, "label", ("NAME", "Wojtowicz")),
        ("pt I. Nwosu - inhaler refill", None, "label", ("NAME", "I. Nwosu")),  # "I." is an initial here
        ("levchenko_o_hla_typing.pdf", None, "label", ("NAME", "levchenko_o")),  # surname, initial, a file
        # given names that are also cities
        ("Charlotte Nguyen called about her labs.", None, None, ("NAME", "Charlotte Nguyen")),
        ("Please call Austin Pryce back about the MRI.", None, None, ("NAME", "Austin Pryce")),
        ("Reminder for Eugene Farraday: bring your inhaler.", None, None, ("NAME", "Eugene Farraday")),
        ("Clara Barton founded the Red Cross; Mrs. Barton from Elm St called about her refill.", None, None,
         ("NAME", "Mrs. Barton")),
        ("Her emergency contact is Maria Lopez at 614-882-0193.", None, None, ("NAME", "Maria Lopez")),
        ("Dr. Greer, Jordan Falk is here for his follow-up.", None, None, ("NAME", "Jordan Falk")),
        ("The pharmacy leaves the cooler on Tamsin's porch.", None, None, ("NAME", "Tamsin")),
        ("The Wojtowicz twins both need the second MMR dose.", None, None, ("NAME", "Wojtowicz")),
        ("Known pump patients: R.V. (Omnipod, site rash), D.L. (t:slim, lows overnight).", None, None,
         ("NAME", "R.V.")),
        ("Baby Boy Okonjo goes home Friday; remind the parents about the car seat check.", None, None,
         ("NAME", "Okonjo")),
        ("Mr. Brooks's books are overdue at the patient library.", None, None, ("NAME", "Mr. Brooks")),
        ("IF THE CALLER IS DOLORES FITZGIBBON, SKIP THE DOB CHECK.", None, None, ("NAME", "DOLORES FITZGIBBON")),
        ("Nguyen, Thao", "resident_name", "value", ("NAME", "Nguyen, Thao")),
        ("Ssn last4 7731 is on file for this caller.", None, None, ("SSN", "7731")),
        ("Patient SSN last-4: 7731.", None, None, ("SSN", "7731")),
        ("You are Ava. Patient Ava Thornton called about her refill.", None, None, ("NAME", "Ava Thornton")),
        ("Directions for nurses: the Okafor house is the blue one; Mrs. Okafor's walker is by the door.", None, None,
         ("NAME", "Mrs. Okafor")),
        ("pt. vukovich cant do mornings - dialysis mwf - book after 2", None, None, ("NAME", "vukovich")),
        ("Wojtowicz tympanostomy follow-up", None, "label", ("NAME", "Wojtowicz")),
        ("Call Denver Okafor about his refill.", None, None, ("NAME", "Denver Okafor")),
        ("Phoenix Hargrove missed her dialysis.", None, None, ("NAME", "Phoenix Hargrove")),
        ("Callback list for Monday: J.T. (wound check), P. Abernethy (INR 4.1, call today).", None, None,
         ("NAME", "P. Abernethy")),
        ("Dx for K.W.: M17.11 knee osteoarthritis; schedule the injection.", None, None, ("NAME", "K.W.")),
        ("Granddaughter Imani Okoro is the contact for the medication deliveries.", None, None,
         ("NAME", "Imani Okoro")),
        ("QS - Voss K - do not refill", None, "label", ("NAME", "Voss K")),
        ("테스트용: 환자 박서연, 생년월일 1988년 2월 3일.", None, None, ("NAME", "박서연")),
        ("최영자 할머니 – 침 치료 예약", None, "label", ("NAME", "최영자")),
        ("Reminder: Tobiah — the boy with the cochlear implant — needs the 9 am slot.", None, None,
         ("NAME", "Tobiah")),
        ("Recall list\n• Marisol (A1C 9.8) – call mom\n• Okoro (missed labs)", None, None, ("NAME", "Okoro")),
        ("For the outbound test: call 614-882-0135 and ask for Rosalind.", None, None, ("NAME", "Rosalind")),
        ("Hospice - Vanterpool family line", None, "label", ("NAME", "Vanterpool")),
        ("Outbound check: 'Am I speaking with Mrs. Vasquez? Please confirm your date of birth.'", None, None,
         ("NAME", "Mrs. Vasquez")),
        ("Mateo gets anxious with the mask - let him hold it first", "notes", "value", ("NAME", "Mateo")),
        ("Sky Adeyemi-Park", "preferred_name", "value", ("NAME", "Sky Adeyemi-Park")),
        ("The caller's son, Dmitri Volkov, is the one who picks up the prescriptions.", None, None,
         ("NAME", "Dmitri Volkov")),
        ("Nhắn: anh Tuấn gọi lại về kết quả xét nghiệm máu.", None, None, ("NAME", "anh Tuấn")),
        ("Llamar a doña Refugio para confirmar la cita de diálisis.", None, None, ("NAME", "doña Refugio")),
        ("Survivor J.M. (port flush 7/02) asked about the support group.", None, None, ("NAME", "J.M.")),
        # a 555-01xx number stored under a person's phone key is a test patient's (PHI_POLICY §3)
        ("(313) 555-0148", "guardian_phone", "value", ("PHONE", "(313) 555-0148")),
        ("three one three, five five five, zero one four eight", "caller_callback", "value",
         ("PHONE", "three one three, five five five, zero one four eight")),
        ("Her voice sample VB-20240302-QZ118 is on file for caller verification.", None, None,
         ("BIOMETRIC", "VB-20240302-QZ118")),  # a specimen, not an example
        # holdout sets N and O: ids, keyed values, GPS, dates and file names in URLs
        ("SBO-004417", "tribal_enrollment_no", "value", ("OTHER_ID", "SBO-004417")),
        ("Tribal enrollment # SBO-004417 on file.", None, None, ("OTHER_ID", "SBO-004417")),
        ("356172094883128", "phone_imei", "value", ("DEVICE_ID", "356172094883128")),
        ("hflynn_1962", "patient_portal_user", "value", ("OTHER_ID", "hflynn_1962")),
        ("Donor LF-ED-20418 AMH 3.9", None, "label", ("OTHER_ID", "LF-ED-20418")),
        ("Prior auth PA# 55081926 approved for the patient.", None, None, ("OTHER_ID", "55081926")),
        ("Donor uses the alias nova_donor_k_e on the donor portal; reset her password if she asks.", None, None,
         ("OTHER_ID", "nova_donor_k_e")),
        ("vpr1:MjQ4OWFmZTEtNzc0Yy00ZGJiLWE3OGQtOTkxMmQ0ZWE5NjQx", "member_voiceprint_template", "value",
         ("BIOMETRIC", "vpr1:MjQ4OWFmZTEtNzc0Yy00ZGJiLWE3OGQtOTkxMmQ0ZWE5NjQx")),
        ("face_emb_v2:0.0213,-0.1183,0.0457,0.2291,-0.0072,0.1139", "caller_face_embedding", "value",
         ("BIOMETRIC", "face_emb_v2:0.0213,-0.1183,0.0457,0.2291,-0.0072,0.1139")),
        ("GPS for the pickup: the driveway is at 47.3821, -94.6017, the blue trailer.", None, None,
         ("GEO", "47.3821, -94.6017")),
        ("The ZIP code 90210 is our patient's home ZIP.", None, None, ("GEO", "90210")),
        ("Oct 22", "oliver_progress_eval", "value", ("DATE", "Oct 22")),
        ("2026-03-04", "pt_reassessment", "value", ("DATE", "2026-03-04")),
        ("Post-op check: incision photo received 6/18, mild redness.", None, None, ("DATE", "6/18")),
        ("Mr. Abernathy asked us to fax his records to 614-555-0182.", None, None, ("FAX", "614-555-0182")),
        ("https://lakeshoretransplant.org/docs/hla/sorokina_y_crossmatch.pdf", None, "url",
         ("NAME", "sorokina_y")),
        ("https://summitfootankle.com/uploads/wound-photos/kowalczyk_g_left_heel.jpg", None, "url",
         ("NAME", "kowalczyk_g")),
        ("https://cedarridgepain.com/portal/visits/VST-20931-44/oduya-vincent", None, "url",
         ("OTHER_ID", "VST-20931-44")),
    ],
)
def test_phi_blind_set_look_alikes(text: str, key: str | None, field: str | None,
                                   expected: tuple[str, str]) -> None:
    found = [(h.type, text[h.start : h.end]) for h in scan(text, key=key, field=field)]
    assert expected in found, found


def test_fax_orders_to_a_facility_is_no_persons_fax() -> None:
    # a staff member named nearby does not make the facility's fax line hers
    text = "Facility notes: Maple Grove SNF, DON is Patricia Lum. Fax orders to 614-555-0110."
    assert [h for h in scan(text) if h.type in ("FAX", "PHONE")] == []


# Sets AC, AD and AE (holdouts 29-31, written blind with organisations nobody had used): the
# classes they showed, in new words. Negatives first, then look-alikes that must stay PHI.
@pytest.mark.parametrize(
    ("text", "key", "field"),
    [
        # workforce plurals before a colon, with when they work in between; credentials in parentheses
        ("Our sonographers: Bettina, Ruth and Oskar. Callers may ask for Ruth by name.", None, None),
        ("Case managers on call: Imani Reyes (LCSW), Dorota Wilk (MSW). Page Imani after 6 pm.", None, None),
        ("Hearing examiners this week: Dr. Lee Park (AuD), Trevor Nunn (PA-C).", None, None),
        ("Dorota (LCSW) - direct line", None, "label"),
        # a value called an example right after it
        ("Accepted inputs: birthdate 02/29/1984 (sample), read back as February twenty-ninth.", None, None),
        ("Save it in the notes as 07/04/1976 format, never spelled out.", None, None),
        ("Rosa, Ibrahim and Wen are made-up names for the role-play script.", None, None),
        # the business's own addresses: keys naming a shop or a base, a contact block, the next sentence's cue
        ("1187 Foundry Row, Dayton OH 45402", "repair_shop_address", "value"),
        ("59725", "mobile_unit_base_zip", "value"),
        ("You are Juniper, the intake line for Cedar Hollow Sleep Health, 4410 Reading Rd, Cincinnati OH 45229. "
         "Ask for the caller's preferred name first.", None, None),
        ("Main line: (513) 682-2000. Fax: (513) 682-2099. Mailing address: PO Box 77, Lebanon OH 45036.", None, None),
        # the agent introducing itself "with" the practice, or "reminding you"
        ('Say: "Hi {{first_name}}, this is Juniper reminding you to bring your insulin log."', None, None),
        ('"Hello, this is Marisol with Cedar Hollow Pediatrics. Is this {{guardian_name}}?"', None, None),
        # places that are no identifier: larger than a state, a system in capitals, towns with their ZIP codes
        ("Travel vaccines: anyone who recently returned from West Africa or Southeast Asia needs a yellow fever "
         "review.", None, None),
        ("If the caller moved here from the EHR migration list, the record came back from EMR: check it.", None, None),
        ("Riders from Yakima (98901) and Selah (98942) are inside the van's route.", None, None),
        ("Grandma Moses prints hang in the waiting room.", None, None),  # a painter, not a relative
        ("Student health main line: (802) 656-3350; students can email health@larkfield.edu.", None, None),
        ("testuser01", "portal_username_test", "value"),  # a placeholder account stays one
        # a persona named Iris and a trial number; a photo of a room; the practice's van and equipment
        ("You are Iris, the screening line for the MIGRA-5 trial (NCT04418822). Never promise enrolment.", None,
         None),
        ("exam_room_3_photo_2025.jpg", None, "label"),
        ("Look for our mobile clinic's fleet plate 7JQ4418 at the Tuesday stop.", None, None),
        ("The clinic's vaccine freezer serial VF-22-9081 goes in the temperature log.", None, None),
        ("Rosa from the front desk will call you back about the forms.", None, None),
        # public figures that clinics are named after or callers ask about; a company with a kin title
        ("The Audre Lorde room and the Harvey Milk room are on the second floor.", None, None),
        ("If a caller asks who Rosalind Franklin was, steer back to the appointment.", None, None),
        ("Our referral partner is Aunt Bertha Inc, a social-care directory.", None, None),
        # (an organisation word ending in "s" after the name: the s is no possessive to strip)
        ("For food and rent help, give callers the Aunt Bertha Services directory link.", None, None),
        ("The medical card certificate # goes on line 4 of the form.", None, None),  # a cue with no value
        # a public figure whose surname is no lexicon name, in a label; a program's dose season
        ("florence-nightingale-week-greeting", None, "label"),
        ("Florence Nightingale quotes for hold music", None, "label"),
        ("10/01", "rsv_season_first_dose_window", "value"),
        # a schedule after a moving verb (with the sentence's full stop); the practice's own mailboxes
        ("The Parkinson's support group moved to Thursdays.", None, None),
        ("reply-to for the summary: {{caller.email}} (or clinic@passportshots.com if missing)", None, None),
        ("noor.haddad@latchandbloom.com", "ibclc_email", "value"),
        ("Hey, this is Sam with the Eastside High health center. Are you a student, a parent, or staff?", None,
         None),  # the agent introducing itself "with the" practice
        ("Volunteers: never share their personal numbers; use the ministry line (817) 540-2232.", None, None),
        # monarchs with their regnal numbers; a pope
        ("Queen Sālote Tupou III is a beloved figure; if callers mention her, be respectful.", None, None),
        ("King Tupou VI opened the new dialysis wing in 2019.", None, None),
        ("Pope Francis blessed the hospice chapel in 2015.", None, None),
        # Vietnamese calendar words; an interpreter's name under its key
        ("Lịch hẹn: Thứ Ba – Thứ Bảy, 9 giờ sáng đến 4 giờ chiều; nghỉ Tết và Chủ Nhật.", None, None),
        ("Anh Quang (Vietnamese interpreter, staff)", "interpreter_name", "value"),
        # more of the practice's people: roles before "is/are", credentials before the name, a directory
        # that says whom it is for, the same name again later
        ("Our exercise physiologists are Carla Obi and Tad Lusk. Take a message for Carla if they're busy.", None,
         None),
        ("Staff directory (front office): Scheduling — Imelda; Billing — Marcus Hale, ext. 204.", None, None),
        ("Garment fittings are with OT Rhea Castillo on Fridays.", None, None),
        ("For billing questions offer Marcus in billing (ext 204). Marcus cannot take card payments.", None, None),
        ("Ask for our radiology tech, Imelda Ruiz, about MRI prep.", None, None),
        # a toll-free line; addresses of companies and settings
        ("Supply vendor: Jobst orders at 1-888-620-4419, weekdays.", None, None),
        ("Returns: ship to Northgate Logistics, 88 Commerce Pkwy, Dayton OH 45414, with the prepaid label.", None,
         None),
        ("Sioux Falls", "default_city", "value"),
        ("571", "zip_lookup_prefix", "value"),
        ("Hearfix Repair Center, PO Box 2210, Fargo ND 58102", "return_label_address", "value"),
        # a placeholder's first name, eponyms before "syndrome"/"sign", a mask, languages, a street's "Dr"
        ("Jane Doe fallback handling", None, "label"),
        ("Genetic counselling covers BRCA1/2, Lynch syndrome and Marfan syndrome; also Graves' disease.", None, None),
        ("Check for a positive Homans sign and a Murphy sign per the triage script.", None, None),
        ("XXXX", "ssn_last4_mask", "value"),
        ("Somali and Oromo interpreters: ext 31; Hmong Daw: ext 32.", None, None),
        ("Our second office is the Kingsley Dr office (400 Kingsley Dr, Suite 2).", None, None),
        # an initial beside a word in a label that is no name
        ("Vitamin D. levels - reminder script", None, "label"),
        ("Suite B reception overflow", None, "label"),
        ("Midwife on call – Ruth T.", None, "label"),
        ("Dr. A. Okafor line", None, "label"),
        ("A Better Day Recovery – intake", None, "label"),
        # a name and a note in a value: staff or an example by the note
        ("Reggie (charge RN)", "escalation_contact", "value"),
        ("John Q. Public – use as the placeholder name in demos only", "sample_member", "value"),
        ("Text – no voicemail", "patient_contact_pref", "value"),
        ("@riverbendclinic", "clinic_twitter_handle", "value"),
        ("2026-12-24", "holiday_closure", "value"),
        # hyphenated eponyms, counsellors' and caseworkers' keys, the agent's first message
        ("Legg-Calvé-Perthes - parent handout", None, "label"),
        ("Screen for a Guillain-Barré history before the flu shot.", None, None),
        ("Amal Haddad (resettlement caseworker)", "caseworker", "value"),
        ("r.osei@brightgenetics.com", "genetic_counselor_email", "value"),
        # a group reaching an age, a monthly schedule
        ("Birthday cards go to residents turning 100; the activities desk keeps that list.", None, None),
        ("Drop-off hours: 9 to 1 on the 1st and 3rd Thursday", "dropoff_window", "value"),
        ("ninety", "min_age_threshold", "value"),
        # a patients' directory with an ordinary slug, a document titled without a name
        ("https://ridgeviewbariatric.com/patients/billing-help", None, "url"),
        ("https://ridgeviewbariatric.com/patients/first-visit", None, "url"),
        ("https://ridgeviewclinic.org/resources/wound_care_handout/view", None, "url"),
        # lists of brands, towns and named procedures
        ("Before allergy testing stop Zyrtec, Claritin, Allegra and Benadryl for five days.", None, None),
        ("The mobile crisis team covers Torrance, Carson, Gardena and Wilmington.", None, None),
        ("Kleinert and Duran are protocols named after surgeons; say them as written.", None, None),
        ("Recovery after a Lapidus or Austin procedure is six to eight weeks.", None, None),
        # a heading in another language is no speaker; a test and its score are no street and number
        ("Endereço: 112 Waverly St, Framingham, MA 01702. Estacionamento gratuito atrás do prédio.", None, None),
        ("Приветствие: «Здравствуйте, центр «Ромашка». Чем могу помочь?»", None, None),
        # a state's programme after a state that is also a given name; a device and its model code
        ("Georgia Medicaid has no copay for pregnant members; Medicare Part B covers 80%.", None, None),
        ("We rent the Inogen One G5 and the Philips SimplyGo concentrators.", None, None),
        # a cue window that starts inside a word ("t|his week") holds no cue
        ("Open contracts this week: ICU in Fairbanks (13 weeks, starts Feb 3), L&D in Tucson.", None, None),
        # the practice's chaplain, a word with apostrophes, a group's date
        ("Our chaplain Father Anselm visits on weekends; callers may ask for him.", None, None),
        ("Greet callers with \"Yá'át'ééh\" and then continue in English.", None, None),
        ("A memorial service for patients who died this year: Sunday, May 17, 2026, in the chapel.", None, None),
        # keys for a persona, a placeholder, a protocol, a surgery centre; a hand therapist; call-routing
        # labels; famous people; a road; a role's cover plan; staff mailboxes; a business page; an example
        ("Lucía", "persona_name_es", "value"),
        ("Doe, Jane", "placeholder_patient", "value"),
        ("Kessler", "protocol_name", "value"),
        ("400 Market St, Camp Hill, PA 17011", "asc_address", "value"),
        ("Corinne Vos - CHT scheduling", None, "label"),
        ("Ashby satellite clinic", None, "label"),
        ("Famous survivors come up (Sheryl Crow, Olivia Newton-John); never compare a caller's prognosis.", None,
         None),
        ("We're across from the pharmacy on Carlisle Pike, second floor.", None, None),
        ("Nurse navigator coverage: Jen Albright (Mon/Wed), Tomas Rivera RN (Tue/Thu).", None, None),
        ("Volunteer coordinator is Dana Pelletier, dana.pelletier@mvhospice.org, ext 12.", None, None),
        ("https://www.facebook.com/HarborlightCounseling", None, "url"),
        ("Read it back as 'January thirty-first' for 01/31/1980 — that's only an example.", None, None),
        # unknown capitalised words after a place's preposition or before a place's head word
        ("Our founder opened Lakou Kreyol in 2009 to serve Haitian elders in Little Haiti.", None, None),
        ("We serve the Red Mesa and Teec Nos Pos chapters.", None, None),
        # the practice's links given to callers; a 3-digit ZIP prefix
        ("Tell callers to sign in at https://my.harborlightclinic.org and pick 'Forgot password'.", None, None),
        ("Send the caller the intake link: https://littlespoonsfeeding.com/intake, never with a name.", None, None),
        ("If a caller's ZIP starts with 983 or 984 they're in our service area.", None, None),
        ("Chaplains on call tonight: Rev. Ada Mensah and Imam Yusuf Karimi.", None, None),
        ("Callers may mention famous donors (e.g., the story of Nicholas Green); the name may sound familiar.", None,
         None),
        # a provider's absence, provider values, an agent told what to do, languages, tests done at home,
        # a credential, service-area ZIPs, the sample SSN masked, a date given as an example
        ("Dr. Osei is out Aug 12-16. Route his post-op checks to Dr. Pradhan.", None, None),
        ("Dr. Kwame Osei", "surgeon_name", "value"),
        ("Hattie: never ask for a Social Security number; if someone offers it, stop them politely.", None, None),
        ("Tiếng Việt: 'Xin chào, đây là phòng khám. Xin gọi lại số 402-555-0150.'", None, None),
        ("Home sleep tests are picked up at 3870 Lakeshore Blvd.", None, None),
        ("Jordan Blake, DPT and Mei-Lin Cho, PT are our therapists at the Eastgate location (4411 Eastgate Pkwy).",
         None, None),
        ("Ask the guardian for the child's home ZIP. We serve 60608, 60609, 60623 and 60632.", None, None),
        ("XXX-XX-6789", "ssn_mask_format", "value"),
        ("Quinn, if a caller gives a date of birth like 02/29, check that the year is a leap year.", None, None),
        ("Stevie Wonder and Andrea Bocelli have talked publicly about glaucoma.", None, None),
        ("SoundStart – Garfield Elem", None, "label"),
        ('# First message\n"Good morning, Maple Court family line, this is June. Who are you calling about?"', None,
         None),
    ],
)
def test_not_phi_fresh_sets(text: str, key: str | None, field: str | None) -> None:
    assert scan(text, key=key, field=field) == []


@pytest.mark.parametrize(
    ("text", "key", "field", "expected"),
    [
        ("Dorota Wilk (pt) missed her hearing test; call her back.", None, None, ("NAME", "Dorota Wilk")),
        ("Sonographer note: Bettina Oyelaran (DOB 4/2/1951) needs a repeat scan.", None, None,
         ("NAME", "Bettina Oyelaran")),
        ("Hi, this is Marisol with Cedar Hollow. Am I speaking with Rosa Whitfield?", None, None,
         ("NAME", "Rosa Whitfield")),
        ("12 Elm St, Yakima WA 98902", "van_pickup_address", "value", ("GEO", "12 Elm St, Yakima WA 98902")),
        ("Our patient Rosa Whitfield moved here from Selah last spring.", None, None, ("GEO", "Selah")),
        # a relative named with a kin title
        ("Portal reset for Uncle Tomasz: he forgot his password again.", None, None, ("NAME", "Tomasz")),
        ("Bay 2 – Grandpa Ruben's oxygen swap", None, "label", ("NAME", "Ruben")),
        ("Abuela Chayo viene el martes a las 3.", None, None, ("NAME", "Chayo")),
        ("Aunt Bertha's ride is at 3; the van knows her building.", None, None, ("NAME", "Bertha")),
        # keyed values: a test account that looks real is data (PHI_POLICY.md §3), a student's id and e-mail
        ("rbeltran7", "portal_username_test", "value", ("OTHER_ID", "rbeltran7")),
        ("U4471093", "student_id", "value", ("OTHER_ID", "U4471093")),
        ("Her iris scan template IRS-88213-QX is on file for check-in.", None, None, ("BIOMETRIC", "IRS-88213-QX")),
        ("ivan_face_photo.jpg", None, "label", ("PHOTO", "ivan_face_photo.jpg")),
        ("The patient's van plate 7KQL382 is blue; the driver waits there.", None, None, ("VEHICLE_ID", "7KQL382")),
        ("Her insulin pump serial PX3757799 needs replacing.", None, None, ("DEVICE_ID", "PX3757799")),
        ("Marisol from the Thursday grief group asked us to stop the reminder calls.", None, None,
         ("NAME", "Marisol")),
        ("Joan from the 10:15 chemo chair needs a wheelchair at the door.", None, None, ("NAME", "Joan")),
        ("Patient Selena Ortiz called about her refill.", None, None, ("NAME", "Selena Ortiz")),
        ("Call back John Lewis about his MRI results.", None, None, ("NAME", "John Lewis")),
        ("Bệnh nhân Trần Thị Hai cần gọi lại vào Thứ Hai.", None, None, ("NAME", "Trần Thị Hai")),
        ("Group therapy roster (Thu skills group): Kenji, Abby T., Ramón.", None, None, ("NAME", "Kenji")),
        ("Marcus called about his bill; Marcus cannot pay until Friday.", None, None, ("NAME", "Marcus")),
        ("Patient Rosa Whitfield, cell (503) 421-5647, prefers texts.", None, None, ("PHONE", "(503) 421-5647")),
        ("Ship the kit to Rosa Whitfield, 88 Commerce Pkwy, Dayton OH 45414.", None, None,
         ("GEO", "88 Commerce Pkwy, Dayton OH 45414")),
        ("57103", "patient_zip", "value", ("GEO", "57103")),
        ("Test patient Jane Doe, DOB 03/14/1962, MRN 00482913.", None, None, ("MRN", "00482913")),
        ("Patient Rosa Lynch called about her refill.", None, None, ("NAME", "Rosa Lynch")),
        # an initial beside a name in a label
        ("R. Castellanos peanut OIT updose", None, "label", ("NAME", "R. Castellanos")),
        ("Post-op Day 10 – T. Baker", None, "label", ("NAME", "T. Baker")),
        ("GlucoStart – Beaumont F. pump start", None, "label", ("NAME", "Beaumont F.")),
        ("Test - Maria G", None, "label", ("NAME", "Maria G")),
        ("R_Castellanos_audiogram_2026-02-11.pdf", None, "label", ("NAME", "R_Castellanos")),
        ("Teodoro Vance (tree nut OIT, 240 mg)", "oit_patient", "value", ("NAME", "Teodoro Vance")),
        ("Kaia – cracked bracket, upper right", "emergency_slot_note", "value", ("NAME", "Kaia")),
        # keyed ids, a handle, a plate with its state, a procedure date
        ("A-208-554-119", "patient_alien_number", "value", ("OTHER_ID", "A-208-554-119")),
        # dates of a patient's own events under their keys; a first name in a label before another word
        ("2025-02-03", "last_crisis_date", "value", ("DATE", "2025-02-03")),
        ("04/19", "last_shot_date", "value", ("DATE", "04/19")),
        ("2025-03-03", "transfer_date", "value", ("DATE", "2025-03-03")),
        ("florence-reyes-week-2-callback", None, "label", ("NAME", "florence-reyes")),
        ("Mrs. Oduya moved to Toledo last spring.", None, None, ("GEO", "Toledo")),
        ("Hey, this is Sam with the walker he borrowed; can someone call me back?", None, None, ("NAME", "Sam")),
        ("Her personal number is (817) 540-2232; use the ministry line for everything else.", None, None,
         ("PHONE", "(817) 540-2232")),
        ("Patient Prince Adeyemi called about his refill.", None, None, ("NAME", "Prince Adeyemi")),
        ("Mrs. King Tupou called about her dialysis ride.", None, None, ("NAME", "Mrs. King Tupou")),
        ("Patient Robert Smith III called about his refill.", None, None, ("NAME", "Robert Smith")),
        ("Ask him after checking Robert Smith III in for dialysis.", None, None, ("NAME", "Robert Smith")),
        ("Patient e-mail: desk.jorge.p@yahoo.com", None, None, ("EMAIL", "desk.jorge.p@yahoo.com")),
        ("noor.haddad@gmail.com", "patient_email", "value", ("EMAIL", "noor.haddad@gmail.com")),
        # a cue whose would-be value is the next cue: "card" then "certificate #", "card" then "member ID"
        ("Her DOT medical card certificate # MEC-4472901 expires in May.", None, None,
         ("LICENSE_NUMBER", "MEC-4472901")),
        ("Scan his insurance card member ID XZP889104552 into the chart.", None, None,
         ("HEALTH_PLAN_ID", "XZP889104552")),
        ("PDMP-WA-7730211", "pdmp_report_id", "value", ("OTHER_ID", "PDMP-WA-7730211")),
        ("@sunnyday.44", "texter_handle", "value", ("OTHER_ID", "@sunnyday.44")),
        ("WA 884-KTR", "vehicle_plate", "value", ("VEHICLE_ID", "WA 884-KTR")),
        ("Dec 3, 8:00 AM", "next_retrieval", "value", ("DATE", "Dec 3")),
        ("Patient Rosa Osgood-Whitfield called about her knee.", None, None, ("NAME", "Rosa Osgood-Whitfield")),
        ("r.osei@gmail.com", "patient_email", "value", ("EMAIL", "r.osei@gmail.com")),
        ("one hundred and two", "resident_age", "value", ("AGE", "one hundred and two")),
        ("Mrs. Hale's infusions are on the 12th and 13th.", None, None, ("DATE", "the 12th")),
        ("NOTE FROM INTAKE: remember ms. Vandermolen uses the relay service; call her back tomorrow.", None, None,
         ("NAME", "ms. Vandermolen")),
        ("https://ridgeviewbariatric.com/patients/maria-lindqvist/progress-photos", None, "url",
         ("URL", "https://ridgeviewbariatric.com/patients/maria-lindqvist/progress-photos")),
        ("https://lakeviewburn.org/followup/okonkwo-maria-2025-06-03", None, "url",
         ("URL", "https://lakeviewburn.org/followup/okonkwo-maria-2025-06-03")),
        ("Rides today for Hannah, Derek and Anna; the van leaves at 9.", None, None, ("NAME", "Derek")),
        ("Sleep study for R. Castañeda is signed; AHI 31, severe OSA.", None, None, ("NAME", "R. Castañeda")),
        ("Patient Georgia Whitfield called about her refill.", None, None, ("NAME", "Georgia Whitfield")),
        ("Hearing aid repair for Sister Agnes Moriarty at the convent; nuns share one mailbox.", None, None,
         ("NAME", "Agnes Moriarty")),
        ("Her father Anselm called about her refill.", None, None, ("NAME", "Anselm")),
        ("https://instagram.com/grandpa_eddie_stroke_recovery", None, "url",
         ("URL", "https://instagram.com/grandpa_eddie_stroke_recovery")),
        ("Patient Rosa Whitfield lives on Carlisle Pike.", None, None, ("NAME", "Rosa Whitfield")),
        ("Keanu Pauole is hard of hearing; speak slowly and confirm twice.", None, None, ("NAME", "Keanu Pauole")),
        ("The caller's fundraiser page is https://www.gofundme.com/f/help-ruby-heal.", None, None,
         ("URL", "https://www.gofundme.com/f/help-ruby-heal")),
        ("Her zip is 97201; the van needs it.", None, None, ("GEO", "97201")),
        ('"Hi, this is Juniper from Selam Health calling for Dawit about his A1c results."', None, None,
         ("NAME", "Dawit")),
        ("Mrs. Osei is out of surgery Aug 12; her daughter will call.", None, None, ("DATE", "Aug 12")),
        ("XXX-XX-4417", "ssn_mask_format", "value", ("SSN", "4417")),
        ("Kit swap at 2281 Westbrook Dr - resident is Walt; leave the box at the side porch.", None, None,
         ("GEO", "2281 Westbrook Dr")),
        ("Test chat history:\nInes: Remember me? I called last week about my knee.\nAgent: Of course.", None, None,
         ("NAME", "Ines")),
        ("Ship the CPAP to the patient's home: 3870 Lakeshore Blvd, Apt 2.", None, None,
         ("GEO", "3870 Lakeshore Blvd, Apt 2")),
        ("Mr. Hale died on May 17, 2026; send the family the bereavement packet.", None, None,
         ("DATE", "May 17, 2026")),
        ("Rosa Whitfield A1C 8.2 - follow-up in May", None, "label", ("NAME", "Rosa Whitfield")),
        ("https://drive.google.com/file/d/9xQ2_maria_lindqvist_sleepstudy/view", None, "url",
         ("NAME", "xQ2_maria_lindqvist")),  # (the span takes a piece of the id: names_in_file_name's reading)
        ("Patient Rosa Westbrook, Dr. Lee's patient, needs a ride.", None, None, ("NAME", "Rosa Westbrook")),
        ("rbeltran7@larkfield.edu", "student_email", "value", ("EMAIL", "rbeltran7@larkfield.edu")),
        ("Call back Rosa Whitfield (98942) today about her refill.", None, None, ("NAME", "Rosa Whitfield")),
        ("Ship the CPAP mask to 4410 Reading Rd, Cincinnati OH 45229 for the patient.", None, None,
         ("GEO", "4410 Reading Rd, Cincinnati OH 45229")),
        ("Rosa Ibarra, DOB 07/04/1946, asked us to change the format of her statements.", None, None,
         ("DATE", "07/04/1946")),
        ("Role-play with the real caller Wen Ibarra is not allowed; her DOB 07/04/1946 is on file.", None, None,
         ("DATE", "07/04/1946")),
    ],
)
def test_phi_fresh_set_look_alikes(text: str, key: str | None, field: str | None,
                                   expected: tuple[str, str]) -> None:
    found = [(h.type, text[h.start : h.end]) for h in scan(text, key=key, field=field)]
    assert expected in found, found


def test_a_cue_window_starts_at_a_word() -> None:
    from compliance_lint.phi.context import Scan

    s = Scan("Open contracts this week: starts Feb 3", "prompt", ())
    assert s.before(s.text.index("Feb"), 17) == " week: starts "  # not "his week: starts "
    assert s.before(5, 40) == "open "

