"""Cue-anchored identifiers: MRN, member/plan ids, accounts, licences, vehicles, devices, other ids.

These have no universal syntax, so a cue word right before the value decides the type; values
under a JSON key with the same cue are read the same way. VINs and IMEIs also carry checksums.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from compliance_lint.phi.context import _EXAMPLE_STEMS, EXAMPLE_CUE, FILE_EXT_RE, Scan
from compliance_lint.phi.hits import PhiHit
from compliance_lint.phi.lexicon import PLACEHOLDER_NAMES, US_STATES, english_words, is_common_word, surnames
from compliance_lint.phi.patterns import UUID_RE, lazy_compile, starts_trie, word_trie
from compliance_lint.phi.recognizers.numbers import EXAMPLE_KEY, digit_shape, id_cue_type
from compliance_lint.phi.spans import SpanSet
from compliance_lint.phi.validators import (
    SAMPLE_CPFS,
    SAMPLE_MBIS,
    SAMPLE_NPIS,
    SAMPLE_SSNS,
    TEST_CARDS,
    cpf_ok,
    date_ok,
    digits_only,
    luhn_ok,
    npi_ok,
    vin_ok,
)

# US and Mexican states as Spanish writes them after a licence ("licencia de manejo de Oaxaca").
_STATE_NAMES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|"
    "illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|"
    "missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|nuevo méxico|nuevo mexico|new york|"
    "nueva york|north carolina|carolina del norte|north dakota|ohio|oklahoma|oregon|pennsylvania|pensilvania|"
    "rhode island|south carolina|carolina del sur|south dakota|tennessee|texas|utah|vermont|virginia|washington|"
    "west virginia|wisconsin|wyoming|puerto rico|méxico|mexico|aguascalientes|baja california|campeche|chiapas|"
    "chihuahua|coahuila|colima|durango|guanajuato|guerrero|hidalgo|jalisco|michoacán|michoacan|morelos|nayarit|"
    "nuevo león|nuevo leon|oaxaca|puebla|querétaro|queretaro|quintana roo|san luis potosí|san luis potosi|sinaloa|"
    "sonora|tabasco|tamaulipas|tlaxcala|veracruz|yucatán|yucatan|zacatecas")

# Record systems a chart is named by ("IHS chart 0071-3342", "RPMS chart ...").
_RECORD_SYSTEMS = "ihs|rpms|epic|cerner|athena|eclinicalworks|ecw|nextgen|meditech"
# Health insurers whose name comes before a member's id ("Cigna ID", "Humana member number").
_INSURERS = ("cigna|aetna|humana|anthem|bcbs|uhc|unitedhealthcare|kaiser|molina|ambetter|wellcare|highmark|carefirst|"
             "premera|regence|tricare|caresource|amerigroup")
# The US states' postal codes, lower-case (the cue patterns are case-insensitive).
_STATE_CODES = ("al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|"
                "nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc")
# The US states by name or postal code, for a licence's issuing state between a possessive and its cue.
_STATE_WORDS = "|".join(sorted(US_STATES, key=len, reverse=True)) + "|" + _STATE_CODES
# (type, recognizer, cue regex). Order matters: the more specific cue wins ("license plate").
_CUES: tuple[tuple[str, str, str], ...] = (
    ("VEHICLE_ID", "plate", r"licen[cs]e plate|plate(?: number| no\.?| #)?|tag number|vin|"
     # Spanish: "su camioneta, placa 8XKM214", "número de placa"
     r"placa(?: número| numero| no\.?| #)?|número de placa|numero de placa|"
     # Puerto Rican and Dominican Spanish "tablilla", French "plaque (d'immatriculation)"
     r"tablilla(?: número| numero| #)?|plaque(?: d'immatriculation| d’immatriculation)?|"
     # a licence tag by its state, as plates are called in the South: "the white Ram with Oklahoma tag LJX-418"
     r"licen[cs]e tag|" + "|".join(f"{state} tag" for state in sorted(US_STATES))),
    ("MRN", "mrn", r"mrns?|hrns?|mr ?#|medical record(?: number| no\.?| #)?|med rec(?: no\.?| #)?|"
     r"chart(?: number| no\.?| ?#| id)|patient(?: id| number| no\.?| ?#)|pt(?: id| number| no\.?| ?#)"
     r"|hospital(?: number| no\.?| #)|record(?: number| no\.?| ?#)|acct mrn"
     r"|emr id|ehr id|encounter(?: id| number| #)|visit(?: id| number| #)|fin(?: number| #)"
     # a chart by the record system that holds it: "IHS chart 0071-3342", "RPMS chart 0041-B7732", "Epic chart"
     # (with its "number" when one follows: "The IHS chart number for the demo elder is CH-0048127")
     r"|(?:" + _RECORD_SYSTEMS + r"|emr|ehr) chart(?: number| no\.?| ?#| id)?"
     # a patient by their number alone: "the chart for patient 48213", "pt_30982_left_foot.jpg"
     r"|patient|pt"),
    ("HEALTH_PLAN_ID", "member_id", r"member(?: id| number| no\.?| #)?|subscriber(?: id| number| no\.?| #)?|"
     # in the plural, for twins or a family: "Nebraska Medicaid IDs for the twins are 41926603 and ..."
     r"medicaid ids|medicaid numbers|member ids|"
     r"medicaid(?: id| number| no\.?| #)?|medicare(?: id| number| no\.?| #)|mbi|beneficiary(?: id| number)|"
     # California's Medi-Cal Benefits Identification Card: "su Medi-Cal BIC es 91738264A95127"
     r"medi-cal bic|bic number|bic #|"
     # Minnesota's Medicaid: "Medical Assistance number"; Washington's ProviderOne client id
     r"medical assistance(?: id| number| no\.?| #)|providerone(?: id| number| client id)?|"
     r"policy(?: id| number| no\.?| #)|insurance(?: id| number| no\.?| #)|health plan(?: id| number)|"
     r"plan member(?: id)?|hicn|cin|recipient(?: id| number)|medi-cal(?: id| number)?|"
     # Missouri's MO HealthNet: "DCN 10847392" (departmental client number)
     r"dcn(?: number| no\.?| #)?|"
     # Japanese: member id, insurance card number, insured person's number
     r"会員id|会員 id|会員番号|保険証番号|被保険者番号|"
     # a Medical Assistance (Medicaid) id: "MA ID 01847290", "MA number"
     r"ma id|ma number|ma #|"
     # Arizona's Medicaid id: "AHCCCS ID A77104928"
     r"ahcccs(?: id| number| no\.?| #)?|"
     # states' Medicaid programmes by name: "KanCare ID", "MassHealth number", "TennCare #"
     r"kancare(?: id| number| #)|masshealth(?: id| number| #)|tenncare(?: id| number| #)|"
     r"soonercare(?: id| number| #)|badgercare(?: id| number| #)|mainecare(?: id| number| #)|"
     r"husky(?: health)?(?: id| number| #)|"
     # "Healthy Louisiana ID 7700413826", "Apple Health ID", "Healthy Connections number"
     r"healthy louisiana(?: id| number| #)|apple health(?: id| number| #)|healthy connections(?: id| number| #)|"
     # Spanish: "número de Medicaid", "número de miembro", "ID de miembro", "número de póliza"
     r"número de medicaid|numero de medicaid|número de miembro|numero de miembro|id de miembro|"
     r"número de póliza|numero de poliza|número de seguro|numero de seguro|"
     # an insurer's own member id by the insurer's name: "Cigna ID U41993027"; Minnesota's PMI number
     r"(?:" + _INSURERS + r") (?:member )?(?:id|number|no\.?|#)|pmi(?: number| no\.?| #)?"),
    ("ACCOUNT_NUMBER", "account", r"account(?: number| no\.?| #| id)?|acct(?: number| no\.?| #)?|"
     r"billing account|card(?: number| no\.?| #)?|card ending(?: in)?|routing(?: number)?|"
     r"guarantor(?: id| number| #)|statement(?: number| #)|invoice(?: number| no\.?| #)"),
    # ("driver license" is the official wording in several states)
    ("LICENSE_NUMBER", "license", r"driver'?s? licen[cs]e(?: number| no\.?| #)?|"
     # a caller's own: "my license is OK D082214577"; a person's, by a possessive ("Her license D07761254")
     r"my licen[cs]e|(?:her|his|their|your) licen[cs]e|"
     # ... with the issuing state between: "his Maryland license K462-881-509-317", "Her AZ license D07761254"
     r"(?:her|his|their|your|my) (?:" + _STATE_WORDS + r") licen[cs]e|"
     r"licen[cs]e(?: number| no\.?| #)|dl(?: number| no\.?| #)?|state id(?: number)?|passport(?: number| no\.?"
     r"| #)?|id card(?: number)?|green card(?: number)?|certificate(?: number| no\.?| #)|"
     # a commercial driver's licence and a person's aide/nursing certification: "CDL P200-4471-9983",
     # "CNA cert NA60318244"
     r"cdl(?: number| no\.?| #)?|"
     # a port worker's or a commercial diver's Transportation Worker Identification Credential: "TWIC is 0041 ..."
     r"twic(?: card)?(?: number| no\.?| #)?|"
     # Spanish, with the issuing state: "licencia de manejar de California, D4827315", "licencia de
     # manejo de Tlaxcala número TLX0829173"
     r"licencia de (?:manejar|manejo|conducir)(?: de (?:" + _STATE_NAMES + r"))?(?: número| numero| no\.?| #)?|"
     # a tribal member's Certificate of Degree of Indian Blood: "CDIB certificate 07-114-55302"
     r"cdib(?: certificate| card)?(?: number| no\.?| #)?|"
     r"(?:cna|hha|cma|emt|lpn) (?:cert(?:ificate|ification)?|licen[cs]e)(?: number| no\.?| #)?"),
    ("DEVICE_ID", "device", r"serial(?: number| no\.?| #)?|s/n|sn|imei|udi|device(?: id| serial| number)|"
     r"pump(?: serial| id| sn)|transmitter(?: id| serial| sn)?|sensor(?: id| serial)|pacemaker(?: serial| id)?|"
     r"implant(?: serial| id)|cgm(?: serial| id)?|hearing aid(?: serial)?|"
     # a wearable issued to one person: "wander bracelet WB-2209-7731", "pendant id" (not a GPS
     # tracker, often a fleet vehicle's)
     r"(?:bracelet|wristband|pendant)(?: id| serial| number| no\.?| #)?|"
     # Spanish and Portuguese: "bomba de insulina serie PM-4471-20931", "transmisor 8G41KX", "número de série"
     r"número de serie|numero de serie|número de série|serie|série|transmisor(?: id| serie)?|"
     # a home-test or insulin device by its code: "insulin pump PMP-7734-19826", "WatchPAT unit WP1-0039182"
     r"insulin pump|watchpat(?: unit)?"),
    ("OTHER_ID", "other_id", r"claim(?: number| no\.?| #| id)?|case(?: number| no\.?| #| id)?|prior auth(?:orization)?"
     r"(?: number| no\.?| #)?|authorization(?: number| no\.?| #)|"
     r"auth(?: number| no\.?| #| code)|referral(?: number| no\.?| #| id)|rx(?: number"
     r"| no\.?| #)?|prescription(?: number| no\.?| #)|portal (?:user ?name|login|username|id)|user ?name|"
     r"username|login id|employee(?: id| number| no\.?| #)?|student id|badge(?: number| #)?|ticket(?: number| #)|"
     # one student or one inmate by their number: "Student #20419876", "inmate #284917"
     r"student(?: number| no\.?| #)|(?:inmate|detainee)(?: id| number| no\.?| #)|"
     # a seafarer's or a guest's number: "crew ID 88231", "booking AUR-7K2M9Q", "folio 3318-0427"
     r"crew (?:member )?(?:id|number|no\.?|#)|booking(?: number| no\.?| #| ref(?:erence)?| id)?|folio(?: number| #)?|"
     # a tribe's census number for one member; a gym's or a club's membership number
     r"census (?:number|no\.?|#|id)|membership(?: number| no\.?| #| id)?|"
     # a race's number for one runner, a resort's pass for one guest: "bib 8823", "season pass 6021-4419-0087"
     # an isotretinoin programme's patient number: "the iPLEDGE # is 4082271935"
     r"ipledge(?: number| no\.?| #| id)?|"
     r"bib(?: number| no\.?| #)?|season pass(?: number| no\.?| #)?|(?:guest |lift |ski )?pass (?:number|no\.?|#)|"
     r"requisition(?: number| #)?|accession(?: number| #)?|specimen(?: id| number| #)?|"
     r"kit(?: id| number| no\.?| #| barcode)?|tribal enrollment(?: id| number| no\.?| #)?|"
     r"enrollment(?: id| number| no\.?| #)|"
     r"donor(?: id| number| no\.?| #| code)?|"
     # a programme's code for one person: "Participant LO0771", "participant_TA0589_flags"
     r"participant(?: id| number| no\.?| #| code)?|(?:client|subject|enrollee)(?: id| number| no\.?| #| code)|"
     # a patient's grievance or complaint file: "Grievance GRV-2026-0583 (Fenwick)"
     r"grievance(?: id| number| no\.?| #)?|complaint(?: id| number| no\.?| #)|"
     # a Medicare claim's internal control number: "Medicare denied ICN 2226180471930"
     r"icn|"
     # national person numbers of Brazil, Mexico, Poland and Russia ("meu CPF é 418.773.260-89",
     # "CURP GOMA850312HDFRRL09", "PESEL 85031204417", "СНИЛС 112-233-445 95")
     r"cpf|curp|pesel|snils|снилс|matr[ií]cula(?: consular)?|"
     # the former Yugoslav citizen number: "JMBG 1203965175018"
     r"jmbg|"
     # Guatemala's personal id: "DPI guatemalteco dictado en la llamada de prueba: 2418 77305 0901"
     r"dpi guatemalteco|número de dpi|numero de dpi|"
     # an immigrant's USCIS number: "A-number A-214-889-307"; a sport's registration: "USA Swimming ID ..."
     r"a-number|alien number|alien registration number|uscis number|uscis #|"
     r"usa swimming id|swimmer id|athlete id|player id|"
     # a service member's DoD ID; one person's vaccine adverse-event report ("VAERS ID 2781146-1")
     r"edipi|dod id|vaers(?: id| number| report)?|"
     # an applicant's number with a licensing body or an employer: "FAA Applicant ID A0472-8813"
     r"applicant(?: id| number| no\.?| #)"),
)
# What follows a cue: linking words, separators, then the value.
_CUE_TAIL = (r"(?: for(?: [\w.'’-]{1,30}){1,3}(?=:)|"  # "Medicaid ID for Kenji Arai: ..."
             # ... or for someone described: "processor serial for the client who keeps losing hers: CX-..."
             r" for(?: [\w.'’-]{1,30}){0,3} (?:client|patient|caller|member|resident|child|kid|son|daughter|"
             r"mother|father|wife|husband|man|woman|lady|gentleman|guy|girl|boy|person|one|who)"
             r"(?: [\w.'’-]{1,30}){0,4}(?=:)|"
             # a value given by someone first: "PESEL podany przez pacjentkę podczas testu: 39021408462"
             r" (?:podany|podana|podane|dictado|dictada|given|provided|read out)(?: [\w.'’-]{1,30}){0,6}(?=:)|"
             # a document kept to check who someone is: "Driver's license on file for the ID check: AZ D08427315"
             r"(?: on file)? for the (?:id|identity) (?:check|verification)(?=:)|"
             # "Medicaid ID for the demo account (Kendrick's): ..." (a longer "for ..." clause only with
             # a parenthesis, else it may run past an example cue), and Spanish "Número de Medicaid de la
             # paciente del martes (Marisol, la de gemelos): ..."
             r" for(?: [\w.'’-]{1,30}){0,4} \([\w.'’ ,-]{1,40}\)(?=:)|"
             r" del?(?: [\w.'’(),-]{1,30}){1,8}(?=:)|"
             # "Medicaid ID for the new patient Oletha Bramwell is 104882213799"
             r" for(?: [\w.'’-]{1,30}){1,5}(?= (?:is|was|are) [A-Za-z]{0,4}-?\d[\d-]{4})|"
             # "Medicaid number on the eligibility test record is 7700418852913"
             r" on(?: [\w.'’-]{1,30}){1,5}(?= (?:is|was|are) [A-Za-z]{0,4}-?\d[\d-]{4}))?"
             # (Spanish "es": "su Medi-Cal BIC es 91738264A95127")
             r"(?:\s?(?:is|was|are|es|=|:|#|no\.?|number|of|ending in|ending|ends in|on file)){0,3}[\s:#=(\-,]{0,3}"
             # a short type prefix with its own '#' before the value: "prior auth PA# 55081926"; a
             # licence's issuing state: "my license is OK D082214577", "(WA WDL7K2P93XB4)"
             r"(?:[A-Za-z]{1,4}#\s?|(?:" + _STATE_CODES + r")\s(?=[a-z]{0,3}\d))?"
             # (or digits in groups of two to six with single spaces: "TWIC is 0041 7739 5512 8820")
             r"(?P<val>(?<![A-Za-z0-9])(?:\d{2,6}(?: \d{2,6}){1,4}(?![\w-])|[A-Za-z0-9][A-Za-z0-9-]{2,24})"
             r"(?![A-Za-z0-9]))")
_CUE_RE = lazy_compile(
    r"\b(?:" + "|".join(f"(?P<c{i}>{pat})" for i, (_, _, pat) in enumerate(_CUES)) + r")" + _CUE_TAIL,
    re.IGNORECASE,
)
# Portal/app user names: letters with digits, dots or underscores ("rosa_alvarez62").
# ("portal user name is X": the longer cue first, else "portal user" takes "name" for the value)
_USER_CUE = (r"user ?name|username|login(?: id)?|logins|handle|screen name|"
             # "locks out user bkaczmarek62", "user ironhorse_58 has been locked out" (the value needs a
             # digit, '_' or '.', so "the user is" reads nothing)
             r"user|"
             r"(?:portal|app|mychart|patient portal) (?:user(?: ?name)?|account|lockout)|locked portal|"
             # Spanish: "Usuario del portal para la demo: mramirez.lechero"
             r"usuario del portal|usuario de portal|usuario de mychart|"
             # whose password is reset: "Portal reset request from bhim.tamang1961"
             r"(?:portal |password )?reset (?:request )?(?:from|for)|"
             # who an account belongs to by how one signs in: "The refill demo logs in to the portal as
             # imogene.pickens52"
             r"(?:logs|log|logged|signs|sign|signed) in(?: to (?:the |our )?(?:portal|app))? as")
# "user 'bigsky_mike77' is locked out": a bare "user" names an account only before a quoted name.
_QUOTED_USER_RE = lazy_compile(r"\buser ['\"‘“]([A-Za-z][\w.-]{2,40})['\"’”]", re.IGNORECASE)
_USERNAME_RE = lazy_compile(
    r"\b(?:" + _USER_CUE + r")"
    # "portal login for the demo family is brandt_kessler07", "username for the copay test account is ..."
    r"(?: for (?:the |a |our |this |that |his |her |their )?(?:[\w-]{1,20} ){0,3}?"
    r"(?:(?:account|family|household|patient|user|member|caller|profile|parent)s?|(?:demo|testing|test|qa)(?=:))"
    # any short purpose up to a colon: "Portal username for testing the reset flow: kaydenmom_ruiz22"
    r"| (?:for|para|de) [\w '’-]{1,60}?(?=:| is\b| es\b))?"
    # ("login for testing: user tkowalczyk_mom")
    r"(?:\s?(?:is|was|es|=|:)){0,2}[\s:='\"‘“(–—]{0,3}(?:user\s)?"
    r"(?P<val>(?<![\w.@-])[A-Za-z][\w.-]{2,40}(?<=[\w])(?![\w@-]))",
    re.IGNORECASE,
)
# The "not preceded by" test sits after the first character so the pattern starts with a
# character class, which re uses to skip non-candidate positions in C. `(?<!X.)` one character
# in is the same test as `(?<!X)` at the start: the first character is never a newline.
_VIN_RE = lazy_compile(r"[A-HJ-NPR-Z0-9](?<![A-Za-z0-9].)[A-HJ-NPR-Z0-9]{16}(?![A-Za-z0-9])")
_IMEI_RE = lazy_compile(r"\d(?<!\d.)\d{14}(?!\d)")
_IMEI_CUE = lazy_compile(r"\b(?:imei|device|phone|handset|serial)\b")
_UDI_RE = lazy_compile(r"\(01\)\d{14}(?:\(1[17]\)\d{6})*\(21\)[A-Za-z0-9]{1,20}")
# (?<![A-Za-z0-9])(?:MRN|MR|mrn)..., with the lookbehind one character in (as for _VIN_RE) so
# re can jump between 'M' and 'm'; `MRN?` tries MRN before MR, as the alternation did.
_MRN_PREFIX_RE = lazy_compile(r"(?:M(?<![A-Za-z0-9].)RN?|m(?<![A-Za-z0-9].)rn)[-#]?(\d{5,12})(?![0-9])")
# The second group of a plate written in two ("CXJ 4471", "ABC-123", "KD 52 ZRT" is not handled).
_PLATE_REST = lazy_compile(r"[ -][A-Z0-9]{0,2}\d{2,5}[A-Z0-9]{0,3}(?![A-Za-z0-9])")
# A task board's card ("Trello board (card BRW-214)") is no payment card.
_TASK_BOARD_BEFORE = lazy_compile(r"\b(?:trello|jira|kanban|asana|board|backlog|sprint)\b", re.IGNORECASE)
_VERSIONISH = lazy_compile(r"^v?\d+(?:\.\d+){1,3}$")
# Hyphenated digit groups: a version/range when short ("2-1", "12-34"); "88-4417-902", "7720-5531",
# "61-0048823" are account/record numbers.
_HYPHEN_DIGITS = lazy_compile(r"^\d+(?:-\d+){1,3}$")
_KEY_TYPES: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("SSN", "ssn", lazy_compile(r"\b(?:ssn|social|sin)\b")),
    ("MRN", "mrn", lazy_compile(r"\b(?:mrn|hrn|pcc|chart|medical record|record number|patient id|emr|ehr|"
                                r"patient (?:no|num|number))\b")),
    # "medi_cal_cin": a Medi-Cal client index number names one enrollee
    ("HEALTH_PLAN_ID", "member_id", lazy_compile(r"\b(?:member|subscriber|medicaid|medicare|mbi|policy|kidcare|ma id|"
                                               r"ahcccs|chip|apple health|hsn|phn|health card|health number|"
                                               r"insurance|beneficiary|hicn|medi cal|cin|dcn|"
                                               # state Medicaid programmes: one enrollee's number
                                               r"masshealth|tenncare|medquest|soonercare|badgercare|mainecare|"
                                               r"peachcare|husky|ohp|forwardhealth|providerone|"
                                               # Spanish: "id_miembro", "numero_de_poliza"
                                               r"miembro|poliza|póliza|asegurado)\b")),
    ("ACCOUNT_NUMBER", "account", lazy_compile(r"\b(?:account|acct|card|iban|routing)\b")),
    ("LICENSE_NUMBER", "license", lazy_compile(r"\b(?:license|licence|dl|cdl|passport|certificate|cert|state id|"
                                               # a disability parking placard or permit ("disability_placard_number")
                                               r"credential|licencia|pasaporte|placard(?! plate)|"
                                               r"parking permit(?! plate))\b")),
    # (an aircraft's registration too: "aircraft_n_number", "tail_number")
    ("VEHICLE_ID", "vehicle", lazy_compile(r"\b(?:vin|plate|vehicle|aircraft|tail number|n number)\b")),
    ("DEVICE_ID", "device", lazy_compile(r"\b(?:serial|sn|imei|device|pump|cgm|transmitter|implant|udi|bracelet|sensor|"
                                       r"wristband|pendant)\b")),
    # a lab requisition/accession/specimen number and a research subject's or participant's id
    # ("requisition_number", "subject_id") are one person's codes
    ("OTHER_ID", "other_id", lazy_compile(r"\b(?:claim|case|auth|authorization|referral|rx|prescription|"
                                        r"username|login|handle|screen name|kit|specimen|accession|requisition|tribal|"
                                        # Spanish: a claim, a portal user ("numero_reclamo", "usuario_portal")
                                        r"reclamo|reclamación|usuario|"
                                        # an athlete's cycling licence, anti-doping exemption, a visa foil
                                        # ("uci_id", "tue_reference", "visa_foil_number")
                                        r"uci|tue|visa foil|"
                                        # a person's social-media account ("client_instagram")
                                        r"instagram|tiktok|snapchat|ig|discord|reddit|"
                                        # UNOS ids; an encounter's contact serial number (Epic "CSN") or FIN
                                        r"unos|csn|encounter|fin|citizenship|"
                                        # one person's complaint or grievance file ("grievance_id"); a police
                                        # report about them ("police_report_no"); an immigration A-number ("anum")
                                        r"grievance|complaint|police report|incident report|anum|a number|"
                                        r"alien number|"
                                        # a DoD ID, a vaccine adverse-event report ("edipi", "vaers_id")
                                        r"edipi|vaers|"
                                        # national person numbers ("pesel_pacjenta", "cpf_paciente")
                                        r"cpf|curp|pesel|snils|снилс|matricula|matrícula|"
                                        # a homeless-services client record ("hmis_id"), a waitlist candidate's
                                        r"hmis|candidate|membership|census number|"
                                        # a runner's bib, a guest's season pass ("runner_bib", "guest_pass_number")
                                        r"bib|pass number|season pass|(?:guest|lift|ski) pass(?: id)?|"
                                        # a homestead lessee's number ("dhhl_lessee_no")
                                        r"lessee|"
                                        # a state's central registry of one person ("central_registry_id")
                                        r"central registry|"
                                        # a halfway house's or a care home's resident ("resident_id")
                                        r"resident id|"
                                        # a tribal nation's citizen number ("citizen_id")
                                        r"citizen|"
                                        # a gambler's self-exclusion enrolment, a casino players' club card
                                        # ("self_exclusion_id", "caller_players_club_no")
                                        r"self exclusion|players club|player club|rewards club|loyalty|"
                                        # a caregiver's respite voucher ("respite_voucher_id")
                                        r"voucher|"
                                        # a veteran's VA claim file ("va_file_number", "va_c_file")
                                        r"va file|va c file|va claim|"
                                        # a messaging account ("kakao_id", "wechat_id", "line_id")
                                        r"kakao|kakaotalk|wechat|line id|whatsapp id|telegram|"
                                        r"(?:enrollment|donor) (?:id|number|no|code)|(?:portal|app|mychart) user|"
                                        # a system's user, the key's last word ("carelink_user")
                                        r"user$|"
                                        r"(?:subject|participant) (?:id|number|no|code)|"
                                        r"(?:student|school)(?: \w+)? (?:id|number|no|code)|"
                                        # a jail booking, an applicant's or employee's number, an I-94 record
                                        r"booking|inmate|detainee|(?:applicant|employee) (?:id|number|no)|i 94|"
                                        # an attendee's registration at a camp or a fair ("camp_registration_id")
                                        r"registration (?:id|number|no)|ipledge|client (?:id|number|no|code)|"
                                        # a worker's or a crew member's badge ("crew_badge_id"; a bare
                                        # "badge_id" may be the practice's staff badge)
                                        r"(?:crew|worker|employee|driver|diver|student|patient) badge|"
                                        # an immigration A-number, a PDMP report: one person's
                                        r"alien (?:number|no|id|registration)|uscis|a number|pdmp|"
                                        # an athlete's number with a governing body ("skater_usfs_number",
                                        # "rider_ama_number", "swimmer_usa_id")
                                        r"(?:skater|swimmer|rider|boxer|jumper|climber|runner|racer|fighter|wrestler|"
                                        r"golfer|player|athlete|cyclist|gymnast|fencer|rower|paddler|competitor|entrant)"
                                        r" (?:\w+ )?(?:id|number|no|num|code)|"
                                        # one person's place on a waitlist, a signed waiver, an injury's report, an
                                        # EMS patient care report ("pcr_number")
                                        r"(?:waitlist|wait list|waiver|incident report|pcr) (?:id|number|no|num))\b")),
)
# A lab/genetic test kit or specimen id under its key is the person's, "sample" or not:
# "sample_kit_id", "specimen_barcode", "dna_kit_number" ("sample" alone names an example).
_KIT_KEY = lazy_compile(r"\b(?:kit|specimen|accession|requisition)\b")
_KIT_NOT_PERSON_KEY = lazy_compile(r"\b(?:npi|tax|clinic|practice|org|agent|tool|api|webhook|version|template|format|"
                                 r"example|regex|pattern|type|model|vendor|lot|sku)\b")
_NOT_PERSON_KEY = lazy_compile(r"\b(?:npi|tax|tin|ein|dea|clinic|practice|org|agent|tool|api|webhook|version|"
                             # the club's or the practice's own equipment: "clubhouse_aed_serial"
                             r"aed|clubhouse|"
                             # the licensing agency's number for the practice: "ahca_license"
                             r"ahca|hcssa|hhsc|"
                             # billing and terminology codes: "hcpcs_sensor": "A4239"
                             # (not "icd": an implantable cardioverter-defibrillator's serial is the patient's)
                             r"hcpcs|cpt|ndc|loinc|snomed|rxnorm|"
                             # the practice's shipping account and its lab's certificate: "shipper_account_no",
                             # "lab_cert_id"
                             r"shipper|shipping|fedex|ups|usps|lab cert|clia|"
                             r"plan code|group|contract|provider|template|format|example|sample|regex|pattern|"
                             # infrastructure: "ehr_bridge_host": "192.168.1.20" is a machine, not a record
                             r"host|hostname|server|gateway|endpoint|subnet|"
                             # a scheduling system's calendar: "booking_calendar_id"
                             r"calendar|"
                             # the organisation's own vehicles and equipment: "van_plate", "scanner_model"
                             r"fleet|van|vans|shuttle|bus|coach|courtesy|scanner|analyzer|printer|kiosk|"
                             # staff who inspect or certify the practice: "inspector_cert"
                             r"inspector|"
                             # "chair3_pump_asset_tag": the infusion suite's pump, by its inventory tag
                             r"asset|asset tag|inventory|"
                             # "vendor_account": "LangBridge client #LMM-7740": the practice's account with a vendor
                             r"vendor|supplier|wholesaler|"
                             # the organisation's own certificates: "clia_certificate", "mqsa_cert"
                             r"clia|mqsa|facility|accreditation|ssl|tls|"
                             # a product's model or catalogue code, the same for every patient: "implant_model_code"
                             r"model|catalog|catalogue|sku|part number)\b")


_MASK_CHARS = frozenset("X-0*#")
# A calendar date written with separators: 2026-02-01, 02/01/2026, 2026.02.01.
_YEAR_MONTH = lazy_compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])")
_KEYED_DATE = lazy_compile(r"\d{4}([-/.])\d{1,2}\1\d{1,2}|\d{1,2}([-/.])\d{1,2}\2(?:\d{4}|\d{2})")
# A key naming the plan rather than the person enrolled in it: "medicare_plan_id", "plan_contract",
# "pbp_number" (but "plan_member_id", "health_plan_subscriber_id" name a member).
_PLAN_KEY = lazy_compile(r"^(?!.*\b(?:member|subscriber|beneficiary|enrollee|patient|insured|recipient)\b)"
                       r".*\b(?:plan (?:id|number|code|contract)|contract|pbp|plan)\b")
# Keys naming a contact channel: the value is a phone/fax number, address or mailbox, not an id of
# the kind the other key words name ("referral_fax", "member_services_phone", "claims_email").
_CONTACT_KEY = lazy_compile(r"\b(?:fax|phone|tel|telephone|mobile|cell|line|hotline|email|e mail|mail|address|"
                          r"website|url|link|hours|ext|extension|"
                          # another identifier of the person, which its own recognizer types: "member_login_ip",
                          # "member_dob", "member_zip", "member_last_fill_date" are no member ids
                          r"ip|ipv4|ipv6|zip|zipcode|postal|dob|birth|birthday|birthdate|date|city|county|street)\b")
_PUBLISHED_SAMPLES = TEST_CARDS | SAMPLE_SSNS | SAMPLE_MBIS | SAMPLE_NPIS


def _published_sample(value: str) -> bool:
    """A published test card, sample SSN, CMS sample MBI or example NPI (PHI_POLICY §4), any grouping."""
    v = value.replace(" ", "").replace("-", "").upper()
    return v in _PUBLISHED_SAMPLES


def _counting_sample(value: str) -> bool:
    """A counting run after an alphabet run as a whole default value: "ABC123456789", "XYZ-0123456789"
    (a made-up sample; "W123456789" may be a real member number). In prose beside a test patient's
    name the same run is that patient's number."""
    v = value.replace(" ", "").replace("-", "").upper()
    letters = len(v) - len(v.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    return v[:letters] in ("ABC", "XYZ") and v[letters:] in _COUNTING_RUNS


_COUNTING_RUNS = frozenset({"123456789", "0123456789", "1234567890", "12345678", "987654321"})


# A case number after a bare "case": letters and digits ("HX-55812", "C2024-118"), not a test or
# use case ("test case TC-014") and not a plain number ("in case 2024 ...").
# (also a year or office group first: "TC-24-118302", "WC-19-44721")
_CASE_ID = lazy_compile(r"[A-Za-z]{1,6}(?:-[A-Za-z]{1,6})?-?(?:\d{2,4}-)?\d{3,}[A-Za-z0-9-]*"  # ("OPO-WA-26-03981")
                       r"|\d{2,}-[A-Za-z0-9-]*\d{3,}[A-Za-z0-9-]*"
                       # a court's case number, the year, then the case type: "24CR-118093", "23JV00417"
                       r"|\d{2}[A-Z]{1,4}-?\d{4,}[A-Za-z0-9-]*")
_NOT_CASE_BEFORE = lazy_compile(r"\b(?:test|use|edge|corner|worst|best|base|upper|lower|in|just in|example|sample)"
                              r"\W{0,2}$")


# A Medicare Advantage / Part D contract number with its plan benefit package ("H1234-001",
# "S5601-012", "R0110"): it names a plan that many members share.
_PLAN_CONTRACT = lazy_compile(r"[HRSE]\d{4}(?:-\d{3})?")
# An account held by an organisation (an employer client, a vendor, the practice itself), not by a
# patient: "company account", "our account with McKesson", "the employer's billing account".
_ORG_ACCOUNT = lazy_compile(r"\b(?:company|corporate|business|employer|employers|client company|vendor|supplier|"
                          r"wholesaler|distributor|our|practice|clinic|office)(?:'s|’s)? (?:billing |house |master )?"
                          r"(?:account|acct)s?\b")
_ACCOUNT_HOLDER = lazy_compile(r"\b(?:patient|patients|caller|member|his|her|their|guarantor|mrs?|ms|personal|"
                             r"employee|worker)\b")


# An interpreter vendor right before a "client code": the practice is the vendor's client.
_VENDOR_CLIENT_BEFORE = lazy_compile(r"\b(?:languageline|language line|language-line|cyracom|propio|voyce|globo|"
                                     r"certified languages|"
                                     r"interpreter (?:line|service|vendor)|interpreting service)\W{0,3}$")


# The organisation's own licence or certificate before a generic licence cue: "Our pharmacy license
# number PHR-00418 is posted", "the dispensary's state licence #", "CLIA certificate number".
_ORG_LICENCE = lazy_compile(r"(?:\b(?:our|clinic|practice|pharmacy|agency|facility|hospital|lab|laboratory|business|"
                          r"company|store|dispensary|center|centre|organi[sz]ation|site|program(?:me)?)(?:'s|’s)?"
                          # (its issuer and the licence's kind may follow: "The agency's license: Texas HHSC HCSSA")
                          r"(?:[:,]? [\w-]{1,15}){0,4}|\bclia(?: [\w-]{1,15})?) $")
# An organisation's device: its owner, up to three words for the device, an opening parenthesis.
_ORG_DEVICE = lazy_compile(r"\b(?:our|the (?:clinic|practice|ministry|church|parish|program|programme|team|club|"
                           r"agency|van|unit)(?:'s|’s))(?: [\w-]{1,15}){1,3} \($")
# A clinician's own licence: "Colt Ridley's Texas RN license number", "her nursing license #".
_PROVIDER_LICENCE = lazy_compile(r"\b(?:rn|lpn|lvn|np|aprn|pa|md|do|dds|pharmacist|nursing|medical|pharmacy|dental|"
                                 r"professional|practitioner|physician)(?:'s|’s)? $")
_PERSONAL_LICENCE = lazy_compile(r"\b(?:patient|patients|caller|member|client|his|her|their|my|mrs?|ms|driver'?s?|"
                               r"nurse|aide|cna|hha)\b")
# An IT or vendor ticket: "Helpdesk ticket #58213 tracks the phone-tree bug" names no one.
_IT_TICKET_WORDS = lazy_compile(r"\b(?:i\.t\.|helpdesk|help desk|help-desk|service ?desk|servicenow|jira|zendesk|"
                              r"freshdesk|vendor|bug|outage|phone[- ]tree|ivr|internal|engineering|telecom|"
                              r"config(?:uration)?|software|network|wi-?fi|printer|glitch|upgrade|integration)\b")
_IT_WORD = lazy_compile(r"\bIT\b")




def _it_ticket(s: Scan, cue_start: int, value_end: int) -> bool:
    """A ticket of the organisation's IT or a vendor, in a sentence that names no one."""
    lo = max(0, cue_start - 60)
    hi = min(len(s.text), value_end + 60)
    return ((_IT_TICKET_WORDS.search(s.lower, lo, hi) is not None or _IT_WORD.search(s.text, lo, hi) is not None)
            and not s.near_name(cue_start, value_end, 80))


def _organisation_owns(s: Scan, cue_start: int, width: int, owner: re.Pattern[str], holder: re.Pattern[str]) -> bool:
    """An organisation owner phrase on the same line before the cue (the last, when several), and no
    person word after it: "Company account for occ med: ..., account CL-7720", "Our pharmacy license
    number PHR-00418"."""
    window = s.before(cue_start, width).rsplit("\n", 1)[-1]
    last = None
    for m in owner.finditer(window):
        last = m
    return last is not None and holder.search(window, last.start()) is None


# A published sample or format example said so in its own sentence, before or after the value.
_SAMPLE_WORDS = lazy_compile(r"\b(?:sample|samples|example|examples|format|not a real|not real|fake|dummy|fictional|"
                           r"made[- ]up|documentation|docs)\b")


# The text itself says the value is not a real person's (test data with a name is still PHI: §3).
_SAMPLE_DISCLAIMER = lazy_compile(r"\b(?:that is the sample|that's the sample|the sample printed|"
                                r"made[- ]up (?:format|number|id|example)|not a real (?:member|patient|"
                                r"person|number|id|account|card)|not (?:a )?real (?:data|ids?|numbers?)|"
                                r"fictitious (?:id|number))")
# A phone number written as one: "1-800-772-4410", "(800) 772-4410", "800.772.4410".
_PHONE_SHAPED = lazy_compile(r"(?:\+?1[-. ])?(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4}")


def _sample_sentence(s: Scan, start: int, end: int) -> bool:
    """A sample/example word in the sentence holding s.text[start:end] (at most 120 characters before
    and 80 after, not across a line break or a sentence end)."""
    before = s.lower[max(0, start - 120) : start]
    cut = max(before.rfind("\n"), before.rfind(". "), before.rfind("? "), before.rfind("! "))
    after = s.lower[end : end + 80]
    stop = min((i for i in (after.find("\n"), after.find(". "), after.find("? "), after.find("! ")) if i >= 0),
               default=len(after))
    return _SAMPLE_WORDS.search(before, cut + 1) is not None or _SAMPLE_WORDS.search(after, 0, stop) is not None


# A donor's (egg, sperm, tissue, organ) coded id after a bare "donor": letter groups, then digits.
_DONOR_ID = lazy_compile(r"(?:[A-Za-z]{1,6}-){0,3}[A-Za-z]{1,6}-?\d{3,12}(?:-[A-Za-z0-9]{1,6})?")


def _bare_member_id(val: str) -> bool:
    return sum(ch.isdigit() for ch in val) >= 6


def _bare_patient_id(val: str) -> bool:
    return sum(ch.isdigit() for ch in val) >= 5 and not val.isalpha()


def _bare_case_id(s: Scan, val: str, cue_start: int) -> bool:
    return _CASE_ID.fullmatch(val) is not None and _NOT_CASE_BEFORE.search(s.before(cue_start, 20)) is None


# "portal_username": "grandmaruthie52": a user name under a user-name key (a digit, '.' or '_' in
# it, as in prose), unless the key names a system account.
_USERNAME_KEY = lazy_compile(r"\b(?:user ?name|username|login|handle|screen name|(?:portal|app|mychart) user|"
                             # a system's user ("carelink_user"), in Spanish, Portuguese, French ("usuario_portal")
                             r"user$|usuario|usuário|utilisateur|"
                             # a person's social-media account: "client_instagram": "@mackenzie.glows"
                             r"instagram|tiktok|snapchat|twitter|facebook|kakao|kakaotalk|wechat|telegram|"
                             r"whatsapp|signal|ig|discord|reddit)\b")
_SYSTEM_ACCOUNT_KEY = lazy_compile(r"\b(?:sftp|ftp|smtp|db|database|admin|service|svc|system|bot|integration|server|"
                                 r"ehr|emr|fhir|sip|twilio|staff|provider|agent|api|sample|example|"
                                 # the business's own account ("studio_instagram": "@velvetarch.studio")
                                 r"studio|salon|spa|shop|brand|business|clinic|practice|company|official)\b")
_USERNAME_VALUE = lazy_compile(r"@?[A-Za-z][\w.-]{2,40}")  # ("@lilbean.xo": a handle with its at sign)
# ("testuser01", "demo_patient_2": placeholder words run together)
_PLACEHOLDER_USER = lazy_compile(r"(?i)(?:(?:user|username|test|demo|example|sample|guest|admin|patient|caller|name|"
                                 r"dummy|fake|qa)[._-]?){1,3}\d{0,3}")


_TEST_VALUE_HEADS = ("test", "demo", "sample", "example", "dummy", "fake")


def _initial_and_surname(value: str) -> bool:
    """A letters-only user name made of an initial and a lexicon surname, maybe a second ("mquinteroreyes")."""
    low = value.lower()
    if not low.isalpha() or len(low) < 6 or low in english_words() or is_common_word(low):
        return False
    rest = low[1:]
    return any(rest.startswith(sn) and (rest == sn or rest[len(sn):] in surnames()) for sn in
               (rest[:n] for n in range(4, len(rest) + 1)) if sn in surnames() and not is_common_word(sn))


# A key that names only a social network ("instagram": "@lumiere.scottsdale"): the practice's own account; a
# person's says whose it is ("client_instagram").
_SOCIAL_ONLY_KEY_WORDS = frozenset({"instagram", "tiktok", "snapchat", "twitter", "facebook", "ig", "url", "link",
                                    "account", "page", "social", "discord", "reddit"})


def _keyed_username(s: Scan, value: str) -> list[PhiHit]:
    if (s.field != "value" or not _USERNAME_KEY.search(s.key_text) or _SYSTEM_ACCOUNT_KEY.search(s.key_text)
            or (s.key_words and _SOCIAL_ONLY_KEY_WORDS.issuperset(s.key_words))
            or not _USERNAME_VALUE.fullmatch(value) or _PLACEHOLDER_USER.fullmatch(value)
            # a test account named as one ("testuser_northgate"), not real-looking test data ("kmwaura2")
            or value.lower().startswith(_TEST_VALUE_HEADS)
            or not (any(ch.isdigit() or ch in "_." for ch in value) or _initial_and_surname(value))):
        return []
    start = s.text.index(value)
    return [PhiHit(start, start + len(value), "OTHER_ID", "other_id", 0.8, f"user name under key '{s.key_text}'")]


# A licence number written in spaced digit groups ("driver's license 28 417 339"): the cue pattern's
# value is one group, and no other recognizer reads such a number.
_SPACED_LICENCE = lazy_compile(r"\b(?:(?:driver'?s? licen[cs]e|dl|state id)(?: number| no\.?| #)?"
                               r"|licen[cs]e(?: number| no\.?| #))(?: is)?:? ?(\d{1,4}(?: \d{2,4}){2,3})(?![\d\w])",
                               re.IGNORECASE)


def _looks_like_value(val: str, typ: str) -> bool:
    if val.isdigit():
        # The same tests for an all-digit value (3+ characters): never version-like (no '.' or
        # '-'), a mask only when all zeros, and too short at three digits.
        return len(val) > 3 and val.strip("0") != ""
    digits = sum(map(str.isdigit, val))
    if digits >= 5 and len({c for c in val if c.isdigit()}) == 1:
        return False  # "a made-up member ID MW0000000": one digit repeated is a sample, not an id
    if not digits:
        # Letters-only values are words ("member ID to anyone"), except portal user names.
        return typ == "OTHER_ID" and False
    if digits < 3 and typ != "VEHICLE_ID" and not (typ == "DEVICE_ID" and digits == 2 and len(val) >= 5):
        return False  # (a device serial such as "8RT2KQ" may hold only two digits)
    if _HYPHEN_DIGITS.match(val):
        # (not a date, nor a year and month: "dosing_card_2026-01.pdf")
        return digits >= 6 and not _KEYED_DATE.fullmatch(val) and not _YEAR_MONTH.fullmatch(val)
    return not (_VERSIONISH.match(val) or set(val.upper()) <= _MASK_CHARS)  # (all-digit values: above)


_CUE_STEMS = ("mr", "hrn", "record", "chart", "patient", "pt", "hospital", "member", "subscriber", "medic", "mbi",
              "benefic", "policy", "insurance", "plan", "hicn", "cin", "recipient", "acc", "acct", "card", "routing",
              "guarantor", "statement", "invoice", "licen", "dl", "passport", "state id", "certificate", "plate",
              "tag", "vin", "serial", "s/n", "sn", "imei", "udi", "device", "pump", "transmitter", "sensor",
              "pacemaker", "implant", "cgm", "hearing", "claim", "case", "auth", "referral", "rx", "prescription",
              "user", "login", "employee", "student", "badge", "ticket", "requisition", "accession", "specimen",
              "encounter", "visit", "fin", "emr", "ehr", "green card", "medi-cal", "med rec", "portal", "kit",
              "tribal", "enrollment", "donor", "cdl", "cna", "hha", "cma", "emt", "lpn", "bracelet",
              "wristband", "pendant", "participant", "client", "subject", "enrollee", "会員", "保険証", "被保険者",
              "grievance", "complaint", "número", "numero", "id de", "kancare", "masshealth", "tenncare",
              "healthy", "apple", "pmi", *_INSURERS.split("|"), "serie", "série", "transmisor", "watchpat",
              *_RECORD_SYSTEMS.split("|"),
              "soonercare", "badgercare", "mainecare", "husky", "cpf", "curp", "pesel", "snils", "снилс", "matr", "icn",
              "edipi", "dod id", "vaers", "providerone", "crew", "booking", "folio", "census", "membership",
              "dcn", "bib", "pass", "ipledge", "placa", "tablilla", "plaque", "twic", "licencia", "applicant",
              "dpi", "jmbg", "inmate", "detainee",
              "a-number", "alien", "uscis", "swim", "athlete id", "player id",
              "ahcccs")

# --- Where a cue can start --------------------------------------------------------------------
# _CUE_RE begins with a large case-insensitive alternation behind a word boundary, and finditer
# tries it at every position of every text. The cue patterns are a finite language: the strings
# a cue can be are enumerated once. A _CUE_RE match can only start where one of them starts,
# right after a non-word character or at the start of the text. So the texts with no such place
# are ruled out at once, and elsewhere the cue patterns are tried only at those places, in order,
# going on after each match as finditer does: the same matches.


def literal_strings(pat: str) -> list[str]:
    """Every string the pattern `pat` matches (literals, [..], (?:..|..), `?` and escaped punctuation)."""
    out, i = _literal_alt(pat, 0)
    if i != len(pat):
        raise ValueError(f"unsupported cue syntax at {i} in {pat!r}")
    return out


def _literal_alt(pat: str, i: int) -> tuple[list[str], int]:
    alts: list[str] = []
    while True:
        seq, i = _literal_seq(pat, i)
        alts.extend(seq)
        if i < len(pat) and pat[i] == "|":
            i += 1
            continue
        return alts, i


def _literal_seq(pat: str, i: int) -> tuple[list[str], int]:
    out = [""]
    while i < len(pat) and pat[i] not in "|)":
        if pat.startswith("(?:", i):
            atom, i = _literal_alt(pat, i + 3)
            if i >= len(pat) or pat[i] != ")":
                raise ValueError(f"unbalanced group in cue {pat!r}")
            i += 1
        elif pat[i] == "[":
            end = pat.index("]", i)
            atom, i = list(pat[i + 1 : end]), end + 1
            if any(ch in "\\^-" for ch in atom):
                raise ValueError(f"unsupported class in cue {pat!r}")
        elif pat[i] == "\\":
            atom, i = [pat[i + 1]], i + 2
            if atom[0].isalnum():
                raise ValueError(f"unsupported escape in cue {pat!r}")
        elif pat[i] in "()*+{}.^$?":
            raise ValueError(f"unsupported cue syntax at {i} in {pat!r}")
        else:
            atom, i = [pat[i]], i + 1
        if i < len(pat) and pat[i] == "?":
            atom, i = ["", *atom], i + 1
        out = [a + b for a in out for b in atom]
    return out, i


_CUE_GROUP_STRINGS = tuple(literal_strings(pat) for _, _, pat in _CUES)  # (each cue group's strings)
_CUE_STRINGS = tuple(sorted({st for strings in _CUE_GROUP_STRINGS for st in strings}))
# User-name cues ride along: _USERNAME_RE, too, can only match where one of them starts.
_SCAN_STRINGS = sorted({*_CUE_STRINGS, *literal_strings(_USER_CUE)})

# An ASCII text is looked at as bytes with word characters lower-cased and every other character
# a space (IGNORECASE on ASCII is lower-case equality), and as the words of those bytes: a cue
# starts a word. Mapping the cue strings the same way keeps every real cue start a candidate.
_CUE_BYTES = bytes(ord(chr(b).lower()) if chr(b).isascii() and (chr(b).isalnum() or chr(b) == "_") else 32
                   for b in range(256))
_WORDS_MEMO = "ascii_words"  # s.memo key, shared with the date recognizer


def ascii_words(s: Scan) -> tuple[bytes, list[bytes]] | None:
    """For an ASCII text: the text as bytes behind one space, word characters lower-cased and any
    other character a space, and its words; None for any other text. Once per text (s.memo).

    A word starts at index k of the bytes where a word of the text starts at index k - 1, and a
    word boundary of the text is a space here.
    """
    got = s.memo.get(_WORDS_MEMO)
    if got is None:
        if s.text.isascii():
            padded = (" " + s.text).encode().translate(_CUE_BYTES)
            got = (padded, padded.split())
        else:
            got = ()
        s.memo[_WORDS_MEMO] = got
    return got or None  # type: ignore[return-value]


def _scan_tokens() -> frozenset[bytes]:
    r"""Every word (of the mapped bytes) at which a cue or user-name cue match can begin.

    A cue string of several words begins with its first word, whole. A one-word cue string can
    have linking words glued on ("cardno", "usernameis": the tail's `\s?` may be empty); the
    value cannot follow a letter directly, and any other character ends the word.
    """
    linking = ("is", "was", "no", "number", "of")  # the tail's linking words that start with a letter
    last = ("ending", "ends", "on")  # followed by " in" / " file": always the last glued word
    reps = [{""}]
    for _ in range(3):  # up to three linking words
        reps.append({g + w for g in reps[-1] for w in linking})
    glued = {*reps[0], *reps[1], *reps[2], *reps[3]} | {g + w for r in reps[:3] for g in r for w in last}
    out: set[str] = set()
    for st in _SCAN_STRINGS:
        mapped = st.translate(_CUE_BYTES)  # (str.translate maps through the byte table too)
        if " " not in mapped:
            out.update(mapped + g for g in glued)
        else:
            out.add(mapped.split()[0])
    return frozenset(w.encode() for w in out)


_SCAN_TOKENS = _scan_tokens()
# Where a mapped cue string starts behind a space: re jumps from space to space (a one-character
# literal, in C) and tests the trie there.
_CUE_AT_BYTES = lazy_compile(b" " + starts_trie(sorted({st.translate(_CUE_BYTES) for st in _SCAN_STRINGS})).encode())
# A VIN (17 of [A-HJ-NPR-Z0-9]) or an IMEI (15 digits) lies in a word of 17 or 15 bytes or more
# there: a run of that many marks once every word byte is marked (a bytes find, in C).
_WORD_MARKS = bytes(0 if b == 32 else 1 for b in range(256))
_RUN_17 = b"\x01" * 17
_RUN_15 = b"\x01" * 15
# _CUE_RE tries its cue groups in order, each with all its backtracking into the tail, before
# the next; so the first group whose own pattern matches gives the same match. On the lower-cased
# ASCII text and without IGNORECASE (the same thing there), only the groups with a cue string
# starting with the two characters at the position are tried.
_CUE_GROUP_LOW = tuple(lazy_compile(r"\b(?P<cue>" + pat + ")" + _CUE_TAIL) for _, _, pat in _CUES)
_groups_by_head: dict[str, set[int]] = {}
for _i, _strings in enumerate(_CUE_GROUP_STRINGS):
    for _st in _strings:
        if len(_st) < 2:
            raise ValueError(f"cue string shorter than two characters: {_st!r}")
        _groups_by_head.setdefault(_st[:2], set()).add(_i)
_CUE_GROUPS_BY_HEAD: dict[str, tuple[int, ...]] = {head: tuple(sorted(ids)) for head, ids in _groups_by_head.items()}
# Other texts: the original text with IGNORECASE, so case folding is exactly _CUE_RE's; any
# character outside [A-Za-z0-9_] may end a word there.
_CUE_AT = lazy_compile(r"[^A-Za-z0-9_](?=" + starts_trie(_SCAN_STRINGS) + ")", re.IGNORECASE)

CueMatch = tuple[int, int, int, int, int, int]  # cue group, match start, cue start/end, value start/end
# The cue matches, and whether one of their cues holds a cue stem.
ScanResult = tuple[Sequence[CueMatch], bool]

# A matched cue is one of _CUE_STRINGS; when it holds a cue stem, `mentions` is known to be true.
_CUE_STEM_IN = re.compile("|".join(map(re.escape, _CUE_STEMS)))  # (a substring test of every stem at once, in C)
_CUE_STRINGS_WITH_STEM = frozenset(filter(_CUE_STEM_IN.search, _CUE_STRINGS))


def _scan_ascii(s: Scan, padded: bytes) -> ScanResult:
    """What `_CUE_RE.finditer(s.text)` finds, in order, for an ASCII text (`padded`: ascii_words),
    except that the search resumes at a match's value, not after it: a would-be value may be the
    next cue ("medical card certificate # MEC-4472901": "card" takes "certificate" as its value,
    which fails as one, and "certificate #" must still be read)."""
    low = s.lower
    out: list[CueMatch] = []
    stem = False
    k = 0
    while (c := _CUE_AT_BYTES.search(padded, k)) is not None:
        # The next candidate after the last one (a cue string may hold another: "plan
        # member"), and not inside the previous match's cue.
        p = c.start()
        k = p + 1
        for i in _CUE_GROUPS_BY_HEAD.get(low[p : p + 2], ()):
            m = _CUE_GROUP_LOW[i].match(low, p)
            if m:
                out.append((i, p, p, m.end(1), *m.span("val")))
                stem = stem or low[p : m.end(1)] in _CUE_STRINGS_WITH_STEM
                k = max(k, m.start("val"))
                break
    return out, stem


def _scan_unicode(s: Scan) -> ScanResult:
    t = s.text
    out: list[CueMatch] = []
    pos = 0
    for c in _CUE_AT.finditer(" " + t):
        p = c.start()
        if p < pos:
            continue  # inside the previous match's cue (resumes at its value, as in _scan_ascii)
        m = _CUE_RE.match(t, p)
        if m:
            groups = m.groups()
            i = 0
            while groups[i] is None:  # exactly one cue group took part in the match
                i += 1
            out.append((i, p, *m.span(i + 1), *m.span("val")))
            pos = m.start("val")
    return out, False


_NPI_WORD = lazy_compile(r"\bnpi\b")
_EXAMPLE_STEM_RX = lazy_compile(word_trie(sorted(_EXAMPLE_STEMS)))


# A medical record or member number in Chinese (simplified and traditional), then the id: "病歷號碼係 GG-204417"
# (Cantonese: the record number is), "病历号是 88213004", "会员号 W7720184", "醫保號：..." (insurance number).
# Han characters are word characters, so the English cues' word boundary never holds inside a Chinese sentence.
_CJK_ID_HINT = lazy_compile(r"[病會会保醫医]")
_CJK_ID_CUE = lazy_compile(r"(病[歷历](?:號碼|号码|編號|编号|號|号)|[會会][員员](?:號碼|号码|編號|编号|號|号)|"
                           r"[醫医]保(?:卡)?(?:號碼|号码|號|号)|保[險险](?:卡)?(?:號碼|号码|號|号))"
                           r"\s*(?:係|是|為|为|[：:])?\s*([A-Za-z]{0,4}-?\d[A-Za-z0-9-]{3,16})(?![A-Za-z0-9])")
_CJK_EXAMPLE = lazy_compile(r"示例|例如|格式|范例|範例|比如|样本|樣本")  # (an example, a format, a sample)
_CJK_ID_TYPES = {"病": ("MRN", "mrn"), **{ch: ("HEALTH_PLAN_ID", "member_id") for ch in "會会醫医保"}}


def recognize_cued_ids(s: Scan) -> list[PhiHit]:
    t = s.text
    if s.digits < 3:
        # Only a user name can be found (its value has a digit, '_' or '.', or under a user-name key is
        # an initial and a surname), after a user-name cue or under a user-name key, or a short serial
        # or plate under a device/vehicle key.
        if not (s.has_digit or "_" in t or "." in t) and not (
                s.field == "value" and s.key_text and t.isalpha() and _USERNAME_KEY.search(s.key_text)):
            return []
        if s.field == "value" and s.key_text:
            kind = _key_type(s.key_text)
            if kind is not None and kind[0] in _SERIAL_TYPES:
                return _keyed_value(s)  # (which tries a passcode first, as below)
            passcode = _keyed_passcode(s, t.strip())
            if passcode:
                return [passcode]
            if kind == ("OTHER_ID", "other_id"):
                return _keyed_username(s, t.strip())
        if not _may_have_user_cue(s):
            return _account_users(s, _aliases(s, [])) if "_" in t or "." in t else []
        return _account_users(s, _aliases(s, _usernames(s, [])))
    hits: list[PhiHit] = []
    words = ascii_words(s)
    if words is None:
        padded = None
        may_more = True
        matches, stem = _scan_unicode(s)
    else:
        padded = words[0]
        # A cue or user-name cue starts one of the words: without one, neither pattern matches.
        may_more = not _SCAN_TOKENS.isdisjoint(words[1])
        matches, stem = _scan_ascii(s, padded) if may_more else ((), False)
    # The cue loop only ever ran when a cue stem occurs (text or key): `mentions` is asked only
    # when no matched cue holds one.
    if matches and (stem or s.mentions(_CUE_STEMS)):
        for idx, ms, cs, ce, vs, ve in matches:
            typ, rec, _ = _CUES[idx]
            val = t[vs:ve]
            if typ == "VEHICLE_ID" and len(val) <= 4 and val.isalnum() and val.isupper():
                # "Plate CXJ 4471", "plate 3KX 9921": letters (a digit may be among them), then the digit group
                rest = _PLATE_REST.match(t, ve)
                if rest:
                    ve = rest.end()
                    val = t[vs:ve]
            # _GROUP_NEXT (" \d") at the value's end; \d is a decimal digit, as str.isdecimal
            if not _looks_like_value(val, typ) or (t.startswith(" ", ve) and t[ve + 1 : ve + 2].isdecimal()) or (
                    typ == "ACCOUNT_NUMBER" and " " in val):
                continue  # (part of) a spaced number: the card/phone recognizers decide (a card by its Luhn digit)
            if len(val) == 10 and npi_ok(val) and _NPI_WORD.search(s.before(ms, 15)):
                continue
            if len(val) == 4 and val.isdecimal() and val[:2] in ("19", "20"):
                continue  # a year ("Medi-Cal_2026.pdf", "Medicare 2025 changes"), no one's id
            window = s.before(vs, 30)
            # Every EXAMPLE_CUE match holds an example stem (context._EXAMPLE_STEMS); EXAMPLE_CUE
            # itself costs ~1us per character (a dozen look-behinds tried at every position).
            if _EXAMPLE_STEM_RX.search(window) and EXAMPLE_CUE.search(window):
                continue
            if typ == "VEHICLE_ID" and _org_vehicle(s, cs, ve):
                continue  # the practice's own vehicle ("clinic-owned", "shuttle van")
            if typ == "DEVICE_ID" and (_EQUIPMENT_BEFORE.search(s.before(cs, 50))
                                       or _EQUIPMENT_AFTER.search(s.lower, ve, ve + 80)):
                continue  # "our vaccine refrigerator serial TL-20-448": the practice's equipment
            if s.key_text and (typ in ("DEVICE_ID", "VEHICLE_ID") or (s.field == "value" and len(t) <= 40)) and (
                    _NOT_PERSON_KEY.search(s.key_text)):
                continue  # "scanner_model": "Hologic Horizon A, S/N 304117"; "vendor_account": "... client #LMM-7740"
            if _published_sample(val):
                continue
            if len(val) >= 8 and t[ve : ve + 1] == "-" and UUID_RE.match(t, vs):
                continue  # "hand off to squad member 5c2e8f14-a3d9-...": an agent's UUID, infrastructure
            if typ in ("ACCOUNT_NUMBER", "HEALTH_PLAN_ID") and _PHONE_SHAPED.fullmatch(val):
                continue  # "on the back of the card: 1-800-772-4410": the plan's line (the phone recognizer decides)
            if _SAMPLE_DISCLAIMER.search(s.lower, max(0, vs - 120), min(len(t), ve + 80)) and not s.near_name(
                    vs, ve, 120):
                continue  # "Member ID ABC123456789 - that's a made-up format, not a real member"
            if ce - cs == 4 and typ == "OTHER_ID" and s.lower.startswith("case", cs) and not _bare_case_id(
                    s, val, cs):
                continue  # a bare "case" (no "number"/"#"): only before a case-number-shaped code
            if ce - cs == 8 and typ == "OTHER_ID" and s.lower.startswith("specimen", cs) and sum(
                    map(str.isdigit, val)) < 6:
                continue  # a bare "specimen": only before a number of six digits or more ("CCF specimen 0038821-4")
            if ce - cs == 3 and typ == "OTHER_ID" and s.lower.startswith("kit", cs) and not _bare_case_id(
                    s, val, cs):
                continue  # a bare "kit": only before a kit-number-shaped code ("kit HX-31840277")
            if ce - cs == 5 and typ == "OTHER_ID" and s.lower.startswith("donor", cs) and not _DONOR_ID.fullmatch(val):
                continue  # a bare "donor": only before a coded id with letters ("Donor LF-ED-20418"), not a year
            if typ == "OTHER_ID" and s.lower[cs:ce] in ("participant", "grievance") and not _DONOR_ID.fullmatch(val):
                continue  # a bare "participant" ("participant 3 of 12"): only before a coded id ("LO0771")
            if typ == "HEALTH_PLAN_ID" and s.lower[cs:ce] in ("member", "subscriber") and not _bare_member_id(val):
                continue  # a bare "member" ("member 2 of 3"): only before an id with six digits or more
            if typ == "MRN" and s.lower[cs:ce] in ("patient", "pt") and (
                    not _bare_patient_id(val) or t[ce : ce + 1] in "/=" or t[cs - 1 : cs] in ("?", "&", "=", "/")
                    or (t[cs:ce].isupper() and t[ce : ce + 1] == "-") or _PHONE_SHAPED.fullmatch(val)):
                # a bare "patient" ("patient 2 of 3", "pt 1"): only before a number of five digits or more; not
                # in a URL's path or query ("/patient/48213", "/pt_30982_left_foot.jpg", "?assigned_to=pt-60219"),
                # which the URL recognizer reads as the whole URL; not a code's prefix ("PT-4418-77302", a serial)
                # nor a phone number ("the patient 330-824-1967")
                continue
            if typ == "HEALTH_PLAN_ID" and _PLAN_CONTRACT.fullmatch(val):
                continue  # "Medicare plan H1234-001": a plan's contract-PBP number, not a member's id
            if typ == "ACCOUNT_NUMBER" and _OWN_ACCOUNT_AFTER.match(s.lower, ve):
                continue  # "LinguaBridge account 44817 is the clinic's own account"
            if typ == "ACCOUNT_NUMBER" and _organisation_owns(s, cs, 100, _ORG_ACCOUNT, _ACCOUNT_HOLDER):
                continue  # "Company account for occ med: Cascade Lumber Supply, account CL-7720"
            if typ == "LICENSE_NUMBER" and s.lower.startswith(("licen", "certificate"), cs) and (
                    _organisation_owns(s, cs, 60, _ORG_LICENCE, _PERSONAL_LICENCE)
                    or _PROVIDER_LICENCE.search(s.before(cs, 20))):
                continue  # "Our pharmacy license number PHR-00418 is posted at the counter"
            if typ == "DEVICE_ID" and _organisation_owns(s, cs, 60, _ORG_DEVICE, _PERSONAL_LICENCE):
                continue  # "The ministry's screening glucometer (serial GM-220417, bought with ...)"
            if typ == "ACCOUNT_NUMBER" and s.lower.startswith("card", cs) and (
                    _TASK_BOARD_BEFORE.search(s.before(cs, 30))):
                continue  # "on our Trello board (card BRW-214)": a task card, not a payment card
            if typ == "OTHER_ID" and s.lower.startswith("ticket", cs) and _it_ticket(s, cs, ve):
                continue  # "Helpdesk ticket #58213 tracks the phone-tree bug"
            if typ == "OTHER_ID" and s.lower.startswith("client", cs) and (
                    _VENDOR_CLIENT_BEFORE.search(s.before(cs, 30))):
                continue  # "use the LanguageLine client code 7716": the practice's account with its vendor
            hits.append(PhiHit(vs, ve, typ, rec, 0.85, f"identifier value right after the cue '{t[cs:ce].lower()}'",
                               typ in ("MRN", "HEALTH_PLAN_ID")))
    if s.digits >= 6 and ("licen" in s.lower or "dl" in s.lower or "state id" in s.lower):
        found = SpanSet((h.start, h.end) for h in hits)
        for m in _SPACED_LICENCE.finditer(t):
            if not found.overlaps(m.start(1), m.end(1)):
                found.add(m.start(1), m.end(1))
                hits.append(PhiHit(m.start(1), m.end(1), "LICENSE_NUMBER", "license", 0.85,
                                   "licence number in spaced digit groups after a licence cue"))
    if not t.isascii() and _CJK_ID_HINT.search(t):
        found = SpanSet((h.start, h.end) for h in hits)
        for m in _CJK_ID_CUE.finditer(t):
            if not found.overlaps(m.start(2), m.end(2)) and sum(map(str.isdigit, m.group(2))) >= 5 and not (
                    _published_sample(m.group(2)) or _CJK_EXAMPLE.search(t, max(0, m.start() - 12), m.start())):
                found.add(m.start(2), m.end(2))
                typ, rec = _CJK_ID_TYPES[m.group(1)[0]]
                hits.append(PhiHit(m.start(2), m.end(2), typ, rec, 0.85,
                                   "identifier after a Chinese record or member cue", True))
    # _MRN_PREFIX_RE needs "MR" or "mrn" (case-sensitive) and five digits.
    if s.digits >= 2 and (s.contains("plate") or "placa" in s.lower or "tablilla" in s.lower or "plaque" in s.lower):
        cued_spans = SpanSet((h.start, h.end) for h in hits)
        for m in _SPACED_PLATE.finditer(t):  # "Her plate is 482 KMT": a plate in two groups
            sample = _SAMPLE_PLATE_BEFORE.search(s.lower, max(0, m.start() - 20), m.start())
            if not sample and not cued_spans.overlaps(m.start(1), m.end(1)) and not _org_vehicle(s, m.start(), m.end()):
                hits.append(PhiHit(m.start(1), m.end(1), "VEHICLE_ID", "plate", 0.85,
                                   "licence plate in two groups right after its cue"))
    if s.digits >= 11 and "." in t and "-" in t:
        for m in _CPF_RE.finditer(t):  # "meu CPF é 418.773.260-89": a Brazilian person number
            digits = m.group(0).replace(".", "").replace("-", "")
            valid = cpf_ok(digits)
            if digits not in SAMPLE_CPFS and (valid or _CPF_CUE.search(s.before(m.start(), 20))):
                hits.append(PhiHit(m.start(), m.end(), "OTHER_ID", "cpf", 0.85,
                                   "Brazilian CPF (valid check digits)" if valid else "CPF-shaped number after 'CPF'",
                                   valid))
    if s.digits >= 6 and _may_have_spaced_digits(s) and (spaced := _SPACED_DIGITS.search(t)) is not None:
        hits.extend(_spaced_ids(s, spaced))
    if s.digits >= 5 and ("MR" in t or "mrn" in t):
        for m in _MRN_PREFIX_RE.finditer(t):
            if not m.group(1).strip("0"):
                continue  # "MR-0000000": a format's mask
            hits.append(PhiHit(m.start(), m.end(), "MRN", "mrn", 0.85, "MRN prefix fused to a number", True))
    if s.digits >= 4 and len(t) >= 17 and not t.islower() and (
            padded is None or padded.translate(_WORD_MARKS).find(_RUN_17) >= 0) and not (
            s.field == "value" and s.key_text and EXAMPLE_KEY.search(s.key_text)):  # ("sample_vin": an example)
        for m in _VIN_RE.finditer(t):
            if (not m.group(0).isdigit() and vin_ok(m.group(0)) and not _sample_sentence(s, m.start(), m.end())
                    and not _org_vehicle(s, m.start(), m.end())):
                hits.append(PhiHit(m.start(), m.end(), "VEHICLE_ID", "vin", 0.9,
                                   "17-character VIN with a valid check digit (49 CFR 565)", True))
    imei = s.digits >= 15 and (padded is None or padded.translate(_WORD_MARKS).find(_RUN_15) >= 0)
    for m in _IMEI_RE.finditer(t) if imei else ():
        if luhn_ok(m.group(0)) and _IMEI_CUE.search(s.before(m.start(), 60)) and not _sample_sentence(
                s, m.start(), m.end()):
            hits.append(PhiHit(m.start(), m.end(), "DEVICE_ID", "imei", 0.9, "Luhn-valid 15-digit IMEI", True))
    if "(01)" in t:
        for m in _UDI_RE.finditer(t):
            if _sample_sentence(s, m.start(), m.end()):
                continue  # "Sample UDI from FDA's GUDID docs: (01)...(21)... - a format example"
            hits.append(PhiHit(m.start(), m.end(), "DEVICE_ID", "udi", 0.85, "GS1 UDI with a serial (21) element",
                               True))
    if may_more:  # otherwise no user-name cue starts anywhere, and _USERNAME_RE cannot match
        hits = _usernames(s, hits)
    hits = _account_users(s, _aliases(s, hits))
    if "PID" in t:
        hits.extend(_hl7_pid(s))
    if s.digits >= 5 and ("auth" in s.lower or "claim" in s.lower or "referral" in s.lower):
        hits.extend(_value_before_cue(s))
    if s.key_text and s.field in ("value", "label"):
        hits.extend(_keyed_value(s))
    if s.digits >= 4 and ("chart" in s.lower or "cert" in s.lower):
        hits.extend(_fused_ids(s))
    if s.field == "label" and s.digits >= 6 and not hits and len(t) <= 80 and "\n" not in t:
        hits.extend(_record_file_number(s) or _leading_label_number(s) or _leading_device_serial(s)
                    or _leading_record_code(s))
    return hits


# A patient record's file name led by its case code: "CR-26-0417_med_history.pdf", "LRR-004871_consent_signed.pdf"
# (in a label's view "_" is a space). Only record words of one patient's chart follow (not "policy", "sop").
_LEADING_RECORD_CODE = lazy_compile(r"\s{0,3}([A-Z]{1,5}-(?:\d{2,4}-\d{3,8}|\d{4,10}))[ .-]+(?:[a-z]+ ){0,2}?"
                                    r"(?:med(?:ical)? history|consent|intake|results|labs|x-?rays?|mri|imaging|"
                                    r"discharge|referral|notes|chart|h&p|care ?plan|med(?:ication)? list|"
                                    r"allerg(?:y|ies))\b",
                                    re.IGNORECASE)


def _leading_record_code(s: Scan) -> list[PhiHit]:
    m = _LEADING_RECORD_CODE.match(s.text)
    if m is None or _published_sample(m.group(1)):
        return []
    return [PhiHit(m.start(1), m.end(1), "OTHER_ID", "other_id", 0.7, "case code leading a patient record's file name")]


# Keys naming the practice's own equipment (a patient's device has a pump, an implant, a monitor...; not
# "generator": a pacemaker's pulse generator is the patient's).
_FACILITY_EQUIPMENT_KEY = lazy_compile(r"\b(?:laser|chamber|scanner|mri|ct|autoclave|analy[sz]er|centrifuge|printer|"
                                       r"server|router|kiosk|cart|freezer|fridge|refrigerator|microscope|"
                                       r"sterili[sz]er|copier|ups)\b")
# The practice's equipment named right before a serial cue: nobody's device.
_EQUIPMENT_BEFORE = lazy_compile(
    r"\b(?:refrigerat\w*|freezers?|fridges?|vaccine (?:units?|storage)|printers?|routers?|servers?|laptops?|kiosks?|"
    r"autoclaves?|centrifuges?|aeds?|copiers?|fax machines?|data loggers?|generators?|"
    r"(?:ultrasound|x-ray|ekg|ecg|mri|ct) (?:machines?|units?|scanners?)|"
    # "The coach's Hologic unit, serial H3D-40917": a brand's unit, scanner or analyzer of the practice's
    r"(?:coach|van|clinic|office|lab|practice|our)(?:'s|’s)? (?:[\w-]{1,15} )?(?:unit|scanner|analy[sz]er|machine))"
    # ("Our PicoSure unit (serial PS1-20417)")
    r"(?: [\w-]{1,12}){0,3}(?:,? | \()$")
# The practice's equipment told by what is done with it: "tracked by the nurse for the device log",
# "checked monthly".
_EQUIPMENT_AFTER = lazy_compile(r"\b(?:device log|equipment log|down for (?:service|repair|maintenance)|"
                                r"service contract|biomed|checked (?:monthly|weekly|daily))\b")
# The practice's own vehicle: "Shuttle van for Keystone (clinic-owned, VIN ...)", "our fleet car".
_ORG_VEHICLE = lazy_compile(r"\b(?:clinic|practice|company|agency|hospital|office|fleet|org|organization)[- ]owned\b|"
                          r"\bfleet (?:plates?|tags?|numbers?|ids?)\b|\bmobile (?:vans?|units?|clinics?)(?:'s|’s)?\b|"
                          r"\bdelivery (?:vans?|trucks?|vehicles?)\b|\bunit \d{1,3} \(|"
                          # a numbered fleet vehicle: "(Van 3, white Ford Transit, tribal plate ...)"
                          r"\b(?:van|bus|shuttle|truck|car|unit|ambulance|medic) \d{1,3}\b|\btransport vans?\b|"
                          r"\b(?:shuttle|courtesy|fleet|company|clinic|practice|our|agency|hospital|county|tribal|"
                          r"clinic's|practice's|county's|city's)"
                          r"(?: [\w-]{1,15}){0,2}"
                          # ("The clinic's ATV ambulance (VIN ...)")
                          r" (?:vans?|vehicles?|cars?|bus|buses|trucks?|shuttles?|ambulances?|rigs?)\b|"
                          # a government plate: "the Animal Control truck (county plate 114-AC)" (not "the shuttle
                          # with license plate 7KXD481", which may be the patient's ride)
                          r"\b(?:county|tribal|city|government|municipal|exempt) plates?\b")
_VEHICLE_OWNER = lazy_compile(
    r"\b(?:patients?|pt|callers?|members?|clients?|his|her|their|my|mother|father|wife|husband|"
    r"son|daughter|spouse|caregiver)\b")


# Said after the VIN: "VIN ... belongs to the clinic fleet (Van 2)", "VIN ... (practice-owned)", "... is our shuttle".
_ORG_VEHICLE_AFTER = lazy_compile(r"\W{0,3}(?:(?:belongs to|is part of|is in|is registered to|is owned by|owned by|"
                                r"registered to|is|on) )?(?:the |our )?(?:[\w-]{1,15} ){0,2}?fleet\b|"
                                r"\W{0,3}(?:(?:belongs to|is|owned by|registered to) )?(?:the |our )?"
                                r"(?:clinic|practice|company|agency|hospital|office|org|organization)(?:'s|’s)?"
                                r"[- ](?:owned|fleet|vans?|vehicles?|cars?|shuttles?|bus|trucks?)\b"
                                # a numbered fleet vehicle after it: "Tribal plate TON 2217 (Van 3)"
                                r"|\s?\((?:van|bus|shuttle|truck|car|unit|ambulance|medic) \d{1,3}\b"
                                # Spanish: "Placa del van: CA 8XLM214 es de la clínica"
                                r"|\W{0,3}(?:es|son) (?:de la|del) (?:clínica|clinica|programa|parroquia|iglesia)\b")


def _org_vehicle(s: Scan, start: int, end: int | None = None) -> bool:
    window = s.before(start, 60)
    if _VEHICLE_OWNER.search(window) is not None:
        return False
    # (the cue itself may say it: "county fleet plate CG-41822")
    if _ORG_VEHICLE.search(window + s.lower[start:end] if end is not None else window) is not None:
        return True
    if end is None:
        return False
    after = s.lower[end : end + 60]
    return _ORG_VEHICLE_AFTER.match(after) is not None and _VEHICLE_OWNER.search(after) is None


# HL7 v2 PID fields, written "PID-3 = 01557340" (or as a raw "PID|1||01557340^^^MRN||DOE^..." segment):
# PID-2/3/4 patient ids, PID-5 name, PID-7 birth date, PID-13 phone, PID-19 SSN.
_HL7_FIELD = lazy_compile(r"\bPID[-.](\d{1,2})(?:\.\d{1,2})?\s?[=:]\s?([^\s,;|]{2,60})")
_HL7_SEGMENT = lazy_compile(r"(?:^|(?<=[\s\"'`]))PID\|[^\n\r]{1,2000}")
_HL7_TYPES = {2: "MRN", 3: "MRN", 4: "MRN", 5: "NAME", 7: "DATE", 13: "PHONE", 19: "SSN"}
_HL7_DATE = lazy_compile(r"((?:18|19|20)\d{2})(\d{2})(\d{2})")
_HL7_TEST_WORDS = frozenset({"test", "patient", "demo", "sample", "example", "doe", "xxx"})


def _hl7_value(typ: str, val: str) -> int:
    """The length of the identifier at the start of a PID field value (0: not one)."""
    if typ == "NAME":
        parts = [p for p in val.split("^") if p]
        if len(parts) < 2 or not all(p.replace("-", "").replace("'", "").isalpha() for p in parts):
            return 0
        low = [p.lower() for p in parts]
        if _HL7_TEST_WORDS.intersection(low) or f"{low[1]} {low[0]}" in PLACEHOLDER_NAMES:
            return 0
        return len(val.rstrip("^"))
    comp = val.split("^", 1)[0]
    if typ == "DATE":
        m = _HL7_DATE.match(comp)
        return 8 if m and date_ok(int(m.group(1)), int(m.group(2)), int(m.group(3))) else 0
    digits = sum(ch.isdigit() for ch in comp)
    return len(comp) if digits >= 4 and len(set(comp)) > 2 and not _published_sample(comp) else 0


def _hl7_pid(s: Scan) -> list[PhiHit]:
    t = s.text
    out: list[PhiHit] = []
    for m in _HL7_FIELD.finditer(t):
        typ = _HL7_TYPES.get(int(m.group(1)))
        n = _hl7_value(typ, m.group(2)) if typ else 0
        if typ and n:
            out.append(PhiHit(m.start(2), m.start(2) + n, typ, "hl7", 0.85, f"HL7 PID-{m.group(1)} value", True))
    for m in _HL7_SEGMENT.finditer(t):
        pos = m.start()
        for i, field in enumerate(m.group(0).split("|")):
            typ = _HL7_TYPES.get(i)
            n = _hl7_value(typ, field) if typ and field else 0
            if typ and n:
                out.append(PhiHit(pos, pos + n, typ, "hl7", 0.85, f"HL7 PID-{i} value", True))
            pos += len(field) + 1
    return out


# An id written before its cue: "PA-88231947 prior auth - Deshmukh", "CLM-441902 claim denied".
_VALUE_BEFORE_CUE = lazy_compile(r"(?<![\w-])([A-Z]{1,5}-?\d{5,12}|\d{6,12})(?![\w-])\s?[-–:]?\s?"
                               r"(?:prior auth(?:orization)?|authorization|auth|claim|referral)\b"
                               r"(?! (?:line|number|fax))",
                               re.IGNORECASE)


def _value_before_cue(s: Scan) -> list[PhiHit]:
    out: list[PhiHit] = []
    for m in _VALUE_BEFORE_CUE.finditer(s.text):
        val = m.group(1)
        if val.isdigit() and s.field != "label":
            continue  # a bare number before the word in prose is more often a count
        if len(set(digits_only(val))) > 2 and not _published_sample(val):
            out.append(PhiHit(m.start(1), m.end(1), "OTHER_ID", "other_id", 0.8,
                              "identifier value right before its cue"))
    return out


# A file/document label named by a record number: "00771342_labs_feb.pdf", "4471928 - MRI results".
# Only short one-line labels (file names, tags), not descriptions stored under a label field.
# A run of 6-10 digits that is not a date or a Unix time, with a clinical-record word in the label.
# (a hyphen may join it to words, "chart-2210487-echo-report.pdf", but not to other digits)
_LABEL_NUMBER = lazy_compile(r"(?:(?<![\w.-])|(?<=[A-Za-z]-))\d{6,10}(?![\w]|-\d|\.\d)")
_RECORD_WORD = lazy_compile(r"\b(?:labs?|lab results|results?|chart|records?|intake|imaging|x-?rays?|xr|mri|ct|scans?|"
                          r"discharge|referral|pathology|path|consult|notes?|progress|h&p|ekg|ecg|echo|biopsy|"
                          r"ultrasound|mammo(?:gram)?|op note|summary|avs|encounter|visit|rx|meds|allergies)\b")
_NOT_RECORD_WORD = lazy_compile(r"\b(?:invoice|order|version|v|build|release|batch|job|run|export|backup|template|"
                              r"sample|example|test|demo|rev|revision|report|policy|form|guide)\b")


def _not_a_date(d: str) -> bool:
    """No date in eight or six digits (nor a Unix time in ten): `d` may also be a lettered code ("AB123456")."""
    if not d.isdecimal():
        return True
    n = len(d)
    if n == 8:
        return not (date_ok(int(d[:4]), int(d[4:6]), int(d[6:])) or date_ok(int(d[4:]), int(d[:2]), int(d[2:4]))
                    or date_ok(int(d[4:]), int(d[2:4]), int(d[:2])))
    if n == 6:  # yymmdd, mmddyy, ddmmyy
        return not (date_ok(None, int(d[2:4]), int(d[4:])) or date_ok(None, int(d[:2]), int(d[2:4]))
                    or date_ok(None, int(d[2:4]), int(d[:2])))
    return not (n == 10 and d[0] == "1")  # 10 digits from 1: a Unix time in seconds


# A clinical report ("echo report", "path-report") is a record, unlike a business report.
_CLINICAL_REPORT = lazy_compile(r"\b(?:echo|mri|ct|path|pathology|labs?|radiology|imaging|x-?ray|xr|ekg|ecg|biopsy|op|"
                              r"operative|discharge|consult|ultrasound|mammo(?:gram)?|holter|stress test|sleep study)"
                              r"[ -]reports?\b")


def _record_file_number(s: Scan) -> list[PhiHit]:
    low = s.lower
    if not _RECORD_WORD.search(low):
        return []
    if _NOT_RECORD_WORD.search(low) and (
            "report" not in low or _NOT_RECORD_WORD.search(_CLINICAL_REPORT.sub(" ", low))):
        return []
    out: list[PhiHit] = []
    for m in _LABEL_NUMBER.finditer(s.text):
        d = m.group(0)
        if len(set(d)) > 2 and _not_a_date(d) and not _published_sample(d) and not s.in_safe(*m.span()):
            out.append(PhiHit(m.start(), m.end(), "MRN", "mrn", 0.7,
                              "record number naming a clinical document (file/label)"))
    return out


# A short label led by a long bare number, a dash, then what it is about: "510061938240 – NEMT standing
# order". The number names the label's subject (a member or record id). Not a phone number (ten NANP
# digits, eleven from 1), a date or Unix time, and not an order/invoice/build number.
_LEADING_NUMBER = lazy_compile(r"\s{0,3}(\d{9,12})\s{1,2}[-–—:|]\s{1,2}([A-Za-z]+)")


def _leading_label_number(s: Scan) -> list[PhiHit]:
    m = _LEADING_NUMBER.match(s.text)
    if m is None:
        return []
    d, word = m.group(1), m.group(2).lower()
    n = len(d)
    if (len(set(d)) <= 2 or (n == 10 and d[0] not in "01" and d[3] not in "01") or (n == 11 and d[0] == "1")
            or not _not_a_date(d) or _published_sample(d) or _NOT_RECORD_WORD.fullmatch(word)
            or word in _NOT_LEADING_WORDS):
        return []
    return [PhiHit(m.start(1), m.end(1), "OTHER_ID", "other_id", 0.7, "long bare number leading a short label")]


# A short label led by a serial-shaped code (capitals and five digits or more, mixed), then words about an
# implanted or home device: "RNB604318H MRI conditional check", "G5-2C19-88420 pacemaker interrogation". The
# code names one device, so one patient. Not a model or catalogue number ("model", "part", "lot", "ref").
_LEADING_SERIAL = lazy_compile(r"\s{0,3}([A-Z0-9](?:[A-Z0-9-]{5,18})[A-Z0-9])\s{1,2}[-–—:|]?\s{0,2}"
                             r"([A-Za-z][^\n]{2,70})$")
_DEVICE_TOPIC = lazy_compile(
    r"\b(?:mri(?: conditional| safe| safety)?|pacemaker|icd|defibrillator|crt-?d|loop recorder|"
    r"implant|implanted|interrogation|pump|cgm|transmitter|sensor|cpap|bipap|concentrator|"
    r"hearing aids?|cochlear|neurostimulator|stimulator|lvad|device|leads?|battery|"
    r"generator|loaner|swap|replacement|recall|serial)\b")
_NOT_SERIAL_TOPIC = lazy_compile(r"\b(?:model|part|lot|ref|catalog|catalogue|sku|ndc|upc|firmware|version|build|"
                               r"order|po|invoice|ticket|kit|cpt|icd-?10|hcpcs)\b")


def _leading_device_serial(s: Scan) -> list[PhiHit]:
    m = _LEADING_SERIAL.match(s.text)
    if m is None:
        return []
    code = m.group(1)
    digits = sum(ch.isdigit() for ch in code)
    letters = sum(ch.isalpha() for ch in code)
    if digits < 5 or letters < 1 or code[:3] in ("ICD", "CPT"):
        return []
    rest = m.group(2).lower()
    if not _DEVICE_TOPIC.search(rest) or _NOT_SERIAL_TOPIC.search(rest) or _published_sample(code):
        return []
    return [PhiHit(m.start(1), m.end(1), "DEVICE_ID", "device", 0.7,
                   "serial-shaped code leading a short label about a device")]


_NOT_LEADING_WORDS = frozenset({"main", "office", "fax", "phone", "line", "tel", "call", "toll", "npi", "tax", "ein",
                                "tin", "dea", "group", "contract", "routing", "ticket", "po", "item", "sku", "part",
                                "model", "lot", "ndc", "upc", "isbn"})


# (every string _USER_CUE can match contains one of these; "mychart account" was missing before)
_USER_STEMS = ("user", "login", "handle", "screen name", "portal account", "app account", "mychart account",
               "locked portal", "lockout", "usuario", "logs in", "log in", "signs in", "sign in", "reset",
               "signed in", "logged in")


def _may_have_user_cue(s: Scan) -> bool:
    """False when _USERNAME_RE cannot match: an ASCII text (where IGNORECASE is lower-case
    equality) without any of _USER_STEMS."""
    if not s.text.isascii():
        return True
    low = s.lower
    return any(stem in low for stem in _USER_STEMS)


# A portal/app alias in prose: "uses the alias nova_donor_k_e on the donor portal". "alias" is a
# general word ("alias for the main line"), so the value must look like a user name ('_', '.' or a
# digit inside) and the sentence must be about an account (portal, app, login, password, sign in).
_ALIAS_RE = lazy_compile(r"\b(?:alias|screen ?name|display name|nickname)(?:\s(?:is|of))?[\s:=\"'“]{1,3}"
                       r"(?P<val>(?<![\w.@-])[A-Za-z][\w.-]{2,40}(?<=[A-Za-z0-9])(?![\w@-]))")
# (the account words of a sentence: _ACCOUNT_SENTENCE_WORD, below, with "app" and "mychart")


def _bounded_sentence(low: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """[a, b) of the sentence (ended by ". " or a new line) around low[start:end], looked for at most `reach`
    characters either side: bounded windows keep a pass over many matches linear."""
    lo, hi = max(0, start - reach), min(len(low), end + reach)
    a = max(low.rfind(". ", lo, start), low.rfind("\n", lo, start), lo - 1) + 1
    b = min((i for i in (low.find(". ", end, hi), low.find("\n", end, hi)) if i >= 0), default=hi)
    return a, b


def _aliases(s: Scan, hits: list[PhiHit]) -> list[PhiHit]:
    low = s.lower
    if "alias" not in low and "name" not in low:
        return hits
    taken: SpanSet | None = None
    for m in _ALIAS_RE.finditer(s.text):
        val = m.group("val")
        if not any(ch.isdigit() or ch in "_." for ch in val.strip(".")) or _PLACEHOLDER_USER.fullmatch(val):
            continue
        if taken is None:
            taken = SpanSet([(h.start, h.end) for h in hits])
        if taken.overlaps(m.start("val"), m.end("val")):
            continue
        sent_start, sent_end = _bounded_sentence(low, m.start(), m.end(), 120)
        if _ACCOUNT_SENTENCE_WORD.search(low, sent_start, sent_end) is None:
            continue
        hits.append(PhiHit(m.start("val"), m.end("val"), "OTHER_ID", "other_id", 0.8,
                           "portal/app alias (user-name shaped) in an account sentence"))
    return hits


# A user name in a sentence about an account, with no user-name cue right before it: "If the portal locks
# out gdabrowski38 again", "mkowalczyk_mom2 is locked out", "logs into the portal as hwillard_asl". (A
# prose sentence, so only in prompts; the sentence must not be describing the names' format.)
_ACCOUNT_SENTENCE_WORD = lazy_compile(r"\b(?:portal|app|mychart|logins?|log in|logs in|logging in|logged in|"
                                      r"locked|locks out|lockout|lock out|unlock|password|senha|contraseña|account|"
                                      r"sign in|signs in|username|user name|usuario|usuário)\b")
# (every _ACCOUNT_SENTENCE_WORD match holds one of these)
_ACCOUNT_STEMS = ("portal", "app", "mychart", "login", "log in", "logs in", "logging in", "logged in", "lock",
                  "password", "senha", "contraseña", "account", "sign in", "signs in", "username", "user name",
                  "usuario", "usuário")
# The first word of every account word, as ascii_words gives it (a necessary condition on an ASCII text).
_ACCOUNT_TOKENS = frozenset({b"portal", b"app", b"mychart", b"login", b"logins", b"log", b"logs", b"logging",
                             b"logged", b"locked", b"locks", b"lockout", b"lock", b"unlock", b"password", b"senha",
                             b"account", b"sign", b"signs", b"username", b"user", b"usuario"})
# A user name has a digit, an "_" or a "." between two of its characters.
_DOT_JOINED = lazy_compile(r"[a-z0-9]\.[a-z0-9]")
# (only the shapes _handle_shaped can accept: parts joined by "." or "_", or letters then digits)
_HANDLE_TOKEN = lazy_compile(r"(?<![\w.@/:#{`'-])([a-z][a-z0-9]*(?:[._][a-z0-9]+){1,3}|[a-z]{4,}\d{1,4})"
                             r"(?![\w@/(}`-]|\.[a-z])")
_HANDLE_FORMAT_CUE = lazy_compile(r"\b(?:like|e\.g\.|for instance|for example|style|pattern|format|looks? like|"
                                  r"such as|first initial|last name|firstname|lastname)\b")
_HANDLE_SINGLE = lazy_compile(r"([a-z]{4,})\d{1,4}")
_DOMAIN_ENDS = frozenset({"com", "org", "net", "edu", "gov", "io", "us", "app", "health", "care", "info", "co", "me"})
_HANDLE_PART_SPLIT = lazy_compile(r"[._]")
_HANDLE_PLACEHOLDER_PARTS = frozenset({"firstname", "lastname", "first", "last", "name", "surname", "initial",
                                       "fname", "lname", "username", "user", "yyyy", "mm", "dd", "xx", "xxx"})


def _handle_shaped(token: str) -> bool:
    """A user name's shape: letters and one to four digits ("gdabrowski38"), or parts joined by "." or "_"
    whose first is no word ("kpatel_mom2014"); not a domain, a version, a role's or a placeholder account."""
    if _ROLE_USER.match(token) or _PLACEHOLDER_USER.fullmatch(token) or token in english_words():
        return False
    parts = _HANDLE_PART_SPLIT.split(token)
    if not _HANDLE_PLACEHOLDER_PARTS.isdisjoint(parts):
        return False  # "firstname.lastname", "first_initial_lastname": the format, not an account
    if len(parts) == 1:
        m = _HANDLE_SINGLE.fullmatch(token)
        return m is not None and not (m.group(1) in english_words() or is_common_word(m.group(1)))
    if len(token) < 6 or (parts[-1] in _DOMAIN_ENDS and "." in token):
        return False
    first = parts[0].rstrip("0123456789")
    # (without a digit, a short first part is more often an abbreviation of code: "sms_reply", "crm_sync")
    return len(first) >= (2 if any(ch.isdigit() for ch in token) else 4) and first not in english_words() and (
        not is_common_word(first))


def _account_users(s: Scan, hits: list[PhiHit]) -> list[PhiHit]:
    if s.field not in ("prompt", None):
        return hits
    low = s.lower
    if not (s.has_digit or "_" in low or _DOT_JOINED.search(low) is not None):
        return hits  # no character a user name needs
    words = ascii_words(s)  # (an ASCII text's words, once per text: a set test instead of seventeen scans)
    if _ACCOUNT_TOKENS.isdisjoint(words[1]) if words is not None else not any(stem in low for stem in _ACCOUNT_STEMS):
        return hits
    taken: SpanSet | None = None
    done = -1  # the sentences around the account words, each searched once (bounded windows: linear overall)
    for w in _ACCOUNT_SENTENCE_WORD.finditer(low):
        if w.start() < done:
            continue
        sent_start, sent_end = _bounded_sentence(low, w.start(), w.end(), 150)
        done = sent_end
        if _HANDLE_FORMAT_CUE.search(low, sent_start, sent_end) is not None:
            continue  # the sentence describes the names' format ("like jsmith01")
        for m in _HANDLE_TOKEN.finditer(s.text, sent_start, sent_end):
            if not _handle_shaped(m.group(1)):
                continue
            if taken is None:
                taken = SpanSet([(h.start, h.end) for h in hits])
            if taken.overlaps(m.start(1), m.end(1)):
                continue
            hits.append(PhiHit(m.start(1), m.end(1), "OTHER_ID", "other_id", 0.7,
                               "user-name shaped token in a sentence about an account"))
            taken.add(m.start(1), m.end(1))
    return hits


# An account the organisation shares, named in the cue or by its user name.
_SHARED_ACCOUNT = lazy_compile(r"\b(?:shared|front[- ]desk|office|clinic|practice|team|staff|admin|kiosk|service)\b",
                               re.IGNORECASE)
_ROLE_USER = lazy_compile(r"(?:frontdesk|front_desk|admin|reception|billing|scheduling|office|nurse|kiosk|clinic|"
                          r"staff|team|service|noreply|no_reply|support)(?:[._-]?\w{0,12})$", re.IGNORECASE)


def _usernames(s: Scan, hits: list[PhiHit]) -> list[PhiHit]:
    if not _may_have_user_cue(s) or not s.mentions(_USER_STEMS):
        return hits
    taken: SpanSet | None = None  # the hits so far, for "does one hold this position" in log time
    # (the raw text: a label's view has "_" as " ", and a user name keeps its underscores)
    pos = 0
    while (m := _USERNAME_RE.search(s.raw, pos)) is not None:
        pos = m.end()
        val = m.group("val")
        # a user name has a digit, '_' or '.', which ordinary words after "username" do not
        if not any(ch.isdigit() or ch in "_." for ch in val.rstrip(".")):
            # the word read as the value may be the next cue: "Portal lockout: username okjohnson_1977"
            pos = m.start("val")
            continue
        if m.group(0)[:5].lower() == "user " and (not any(ch.isdigit() or ch == "_" for ch in val)
                                                  or FILE_EXT_RE.search(val)):
            continue  # a bare "user" cue: "user bkaczmarek62", not "user guide.pdf" or "user manual_v2.docx"
        vs, ve = m.span("val")
        if _SHARED_ACCOUNT.search(m.group(0)) or _ROLE_USER.match(val):
            continue  # "Username for the shared front-desk account is frontdesk_01": no one's own
        if taken is None:
            taken = SpanSet([(h.start, h.end) for h in hits])
        if not taken.overlaps(vs, vs + 1):  # no hit with start <= vs < end
            hits.append(PhiHit(vs, ve, "OTHER_ID", "other_id", 0.8, "portal user name after a user-name cue"))
            taken.add(vs, ve)
    quoted = "user '" in s.lower or 'user "' in s.lower or "user ‘" in s.lower
    for m in _QUOTED_USER_RE.finditer(s.text) if quoted else ():
        val = m.group(1)
        if any(ch.isdigit() or ch in "_." for ch in val) and not _PLACEHOLDER_USER.fullmatch(val) and not any(
                h.start <= m.start(1) < h.end for h in hits):
            hits.append(PhiHit(m.start(1), m.end(1), "OTHER_ID", "other_id", 0.8,
                               "portal user name, quoted after 'user'"))
    return hits


# A vital-record certificate of a person: "birth_cert_number", "newborn_birth_certificate", "death_cert".
_CERT_KEY = lazy_compile(r"\b(?:birth|death|marriage|adoption|naturali[sz]ation|citizenship) (?:[a-z]+ )?"
                       r"cert(?:ificate)?s?\b")
# The same certificate named in prose or joined into a file name, its number right after:
# "death_certificate_MN-2025-044918.pdf", "birth certificate # 2025-ID-0044718".
_CERT_VALUE = lazy_compile(r"(?<![A-Za-z0-9])(?:birth|death|marriage|adoption)[_ -]cert(?:ificate)?"
                         r"(?:[_ -](?:no\.?|num|number|#))?[_ :#=-]{1,3}"
                         r"([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){3,24})(?![A-Za-z0-9])", re.IGNORECASE)
# A record number fused to "chart" in a file or tag name ("chart_771204_xray_wrist.pdf", "chart#88213"),
# or after "chart " as a note's heading ("Chart 7730218: gadolinium allergy"; not "chart 2 of 3").
# (a chart that is no one's record is no chart number: "the flow chart CH-20417", "eye chart", "size chart")
_CHART_FUSED = lazy_compile(r"(?<![A-Za-z0-9])(?<!flow )(?<!org )(?<!pie )(?<!bar )(?<!eye )(?<!size )(?<!wall )"
                            r"chart(?:[_#-]?(\d{5,12})(?![0-9])|"
                            # (five digits after a lettered prefix too: "chart RW-20417")
                            r"[ ]((?:[A-Za-z]{1,4}-?)?\d{6,12}|[A-Za-z]{1,4}-\d{5})"
                            r"(?=\s?[:;)]|\s[-–—]| is\b|\.(?:\s|$)|$| \(|, ))",
                            re.IGNORECASE)


def _fused_ids(s: Scan) -> list[PhiHit]:
    out: list[PhiHit] = []
    low = s.lower
    if "chart" in low:
        for m in _CHART_FUSED.finditer(s.raw):  # a label's view has "_" as " "; the raw text keeps it
            g = 1 if m.group(1) else 2
            d = m.group(g)
            if len(set(d)) > 2 and (len(d) != 8 or _not_a_date(d)) and not _published_sample(d):
                out.append(PhiHit(m.start(g), m.end(g), "MRN", "mrn", 0.8, "record number fused to 'chart'", True))
    if "cert" in low:
        for m in _CERT_VALUE.finditer(s.text):
            v = m.group(1)
            if sum(ch.isdigit() for ch in v) >= 4 and not _KEYED_DATE.fullmatch(v) and not _sample_sentence(
                    s, m.start(1), m.end(1)):
                out.append(PhiHit(m.start(1), m.end(1), "LICENSE_NUMBER", "license", 0.8,
                                  "certificate number after a birth/death certificate cue"))
    return out


_PATIENT_ID_KEY = lazy_compile(r"^(?!.*\b(?:example|sample|format|template|mask|placeholder|pattern|regex)\b)"
                               r".*\b(?:patient (?:id|number|mrn|no)|mrn|medical record number)\b"
                               # a client's own vehicle: "client_van_plate" (not the fleet's "van_plate")
                               r"|^(?!.*\b(?:example|sample|format|template)\b)"
                               r".*\b(?:client|patient|member|caller|resident|family|parent|guardian)\b.*"
                               r"\b(?:plate|vin|vehicle tag)\b")
# (and an MRN is a patient's whoever's the key: "recipient_mrn_at_clinic")
# JSON keys repeat across a config (every entry of a tool shares its keys), so what a key names
# is worked out once per key text; bounded because keys come from user input.
@lru_cache(maxsize=4096)
def _key_type(key_text: str) -> tuple[str, str] | None:
    """(type, recognizer) the key names, or None: no identifier key, a non-person key, an SSN key or
    a key naming a contact channel ("referral_fax", "claims_phone": the phone recognizer decides)."""
    if _KIT_KEY.search(key_text):  # "kit_lot_number", "kit_type": the product, not a person's kit
        return None if _KIT_NOT_PERSON_KEY.search(key_text) else ("OTHER_ID", "other_id")
    if _NOT_PERSON_KEY.search(key_text) and not _PATIENT_ID_KEY.search(key_text):
        return None  # (but "ivf_clinic_patient_id" is the patient's record)
    if _CERT_KEY.search(key_text):
        return ("LICENSE_NUMBER", "license")  # "newborn_birth_cert": "birth" names the certificate, not a date
    if _DEVICE_ONLY_KEY.search(key_text):
        return ("DEVICE_ID", "device")  # "phone_imei", "handset_serial": the device's own number, not the line
    if _CONTACT_KEY.search(key_text):
        return None
    if _PERSON_REGISTRY_KEY.search(key_text):
        return ("OTHER_ID", "other_id")  # "child_registry_id", "worker_badge_id" (not the practice's own)
    for typ, rec, pat in _KEY_TYPES:
        if pat.search(key_text):
            return None if typ == "SSN" else (typ, rec)  # SSN: the SSN recognizer and its validators
    return None


# A passcode a family or patient gives to be recognised on the phone: "family_passcode": "OTTER53".
_PERSON_PASSCODE_KEY = lazy_compile(
    r"^(?!.*\b(?:example|sample|format|policy|length|rule|rules|hint|reset|prompt|instructions?|template|mask|"
    r"placeholder|pattern|regex|min|max|expiry|expires|staff|admin|wifi|wi fi|guest network)\b)"
    r".*\b(?:family|parent|patient|caller|member|client|guardian|child|household|resident)\b"
    r".*\b(?:passcode|password|passphrase|pass phrase|code word|codeword|safe word|security word|pin)\b")
_PASSCODE_VALUE = lazy_compile(r"(?=[^\d]*\d)(?=[^A-Za-z]*[A-Za-z])[A-Za-z0-9][\w.!#$%&*+-]{3,24}")


def _keyed_passcode(s: Scan, value: str) -> PhiHit | None:
    key = s.key_text
    if not ("pass" in key or "word" in key or "pin" in key) or not _PASSCODE_VALUE.fullmatch(value) or (
            not _PERSON_PASSCODE_KEY.search(key) or _PLACEHOLDER_USER.fullmatch(value)
            or value.lower().startswith(_TEST_VALUE_HEADS)):
        return None
    start = s.text.index(value)
    return PhiHit(start, start + len(value), "OTHER_ID", "other_id", 0.8, f"a person's passcode under key '{key}'")


# A registry entry or badge of someone the practice serves (a bare "badge_id" or "registry_id" is as
# often the practice's own staff badge or registry enrolment).
_PERSON_REGISTRY_KEY = lazy_compile(r"\b(?:child|patient|worker|client|resident|participant|member|student|infant)\b"
                                    r".*\b(?:registry|badge)\b")
# A key word that names only a device's own number, whatever device ("phone_imei", "tablet_serial").
_DEVICE_ONLY_KEY = lazy_compile(r"\b(?:imei|meid|esn|udid|serial|serial (?:no|number)|sn)\b")


# A value with words and several spaces describes something; identifiers have at most two spaces.
# (unless it starts with a code: "PRC-26-03317 (Ninham, knee MRI)")
_PROSE_VALUE = lazy_compile(r"(?!\S*[A-Za-z]\S*\d|\S*\d\S*[A-Za-z])(?=.*[A-Za-z]{4}).*\s.*\s.*\s")
# A short code of capitals and digits (three digits, two letters at least): "AHFK317".
_SHORT_CODE = lazy_compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z0-9-]{5,11}")
# A CGM transmitter id, pump serial or plate is often short: "8JK3P1", "9XK4T2", "7KD 552".
_SERIAL_TYPES = ("DEVICE_ID", "VEHICLE_ID")
# (a plate may carry its state first: "MN 224-RJX")
_SHORT_SERIAL = lazy_compile(r"(?:[A-Z]{2} )?[A-Za-z0-9]{1,8}(?:[ -][A-Za-z0-9]{1,8})?")
# Keys that name a kind of device, not one device: "cgm_model": "G7", "pump_firmware": "2.4.1".
_MODEL_KEY = lazy_compile(r"\b(?:model|models|brand|type|make|kind|firmware|software|version|mode|status|setting|"
                        r"settings|generation|gen|size|color|colour|state|supported|compatible)\b")


def _short_serial(key_text: str, value: str) -> bool:
    """A short serial or plate: 5-12 characters, letters and at least two digits, not a model."""
    letters = sum(ch.isalpha() for ch in value)
    digits = sum(ch.isdigit() for ch in value)
    return (5 <= len(value) <= 12 and digits >= 2 and letters >= 1 and _SHORT_SERIAL.fullmatch(value) is not None
            and len(set(value.upper()) - {" ", "-"}) >= 4 and _MODEL_KEY.search(key_text) is None
            and not _VERSIONISH.match(value))


# A plate written in two groups after its cue: "plate is 482 KMT", "plate: KMT 482".
_SPACED_PLATE = lazy_compile(r"\b(?i:plate|placas?|tablilla|plaque)(?i: number| no\.?| #)?"
                             # (what the plate is for, before a colon: "Truck plate for the post-accident test: OH ...")
                             r"(?: for [^:.\n]{1,40}(?=:))?(?: is|:)? "
                             # the issuing state may stand between: "plate WA CDK4719", "placa de Georgia RLK 4829"
                             r"(?:(?i:de )?(?:" + "|".join(w.title() for w in sorted(US_STATES, key=len, reverse=True))
                             + r"|[A-Z]{2}) (?=[A-Z0-9]{1,4}[ -]?[A-Z]?\d))?"
                             r"(\d{1,4} [A-Z]{2,4}|[A-Z]{2,4} \d[0-9A-Z]{1,5}|\d[A-Z] \d[A-Z0-9]{3,5}"
                             # (after the state, a group and a letter-led one: "plate CO BXR-J42")
                             r"|(?<=[A-Z] )[A-Z]{2,4}-?\d{3,5}|(?<=[A-Z] )[A-Z]{2,4}-[A-Z]\d{2,4})(?![\w-])")
_SAMPLE_PLATE_BEFORE = lazy_compile(r"\b(?:sample|example|test|fake|dummy|e\.g\.)\W{0,3}$")
_OWN_ACCOUNT_AFTER = lazy_compile(r",? (?:is|=) (?:the|our) (?:clinic|practice|organi[sz]ation|company|agency|office|"
                                  r"program|programme|hospital|pharmacy)(?:['’]s)? (?:own )?(?:account|vendor)")
_CPF_RE = lazy_compile(r"(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d-])")
_CPF_CUE = lazy_compile(r"\bcpf\b")
# Digits read out one by one: "my son's medicaid number is 1 0 4 4 7 2 9 8 3 1 6 5".
_SPACED_DIGITS = lazy_compile(r"(?<!\d)(?<!\d )\d(?: \d){5,19}(?! ?\d)")


def _may_have_spaced_digits(s: Scan) -> bool:
    """An exact gate for _SPACED_DIGITS: six digits with single spaces between them in the digit shape."""
    shape = digit_shape(s)
    return shape is None or "9 9 9 9 9 9" in shape


def _spaced_ids(s: Scan, m: re.Match[str] | None) -> list[PhiHit]:
    """Spaced single digits right after an identifier's cue, typed by the cue."""
    hits: list[PhiHit] = []
    while m is not None:
        cued = id_cue_type(s.before(m.start(), 45))
        digits = m.group(0).replace(" ", "")
        if cued is not None and len(set(digits)) > 1 and digits not in _COUNTING_RUNS and "123456" not in digits:
            hits.append(PhiHit(m.start(), m.end(), cued, "id_spaced", 0.8,
                               "identifier read out digit by digit right after its cue"))
        m = _SPACED_DIGITS.search(s.text, m.end())
    return hits


_STAFF_LICENCE_KEY = lazy_compile(r"\b(?:nurse|provider|physician|doctor|dr|np|rn|lpn|pharmacist|therapist|staff|"
                                  r"clinician|dentist|hygienist|practitioner|prescriber|md)\b(?!.*\b(?:patient|"
                                  r"client|member|caller)\b)")
_UUID_PERSON_KEY = lazy_compile(r"\b(?:patient|pt|member|client|caller|person|resident|participant|student|"
                                r"customer|guest|user|contact)\b")
_STATE_AFTER_VALUE = lazy_compile(r"\s?\((?i:" + _STATE_CODES + r")\)$")
_PROCESSOR_KEY_WORD = lazy_compile(r"\b(?:bin|pcn|rxbin|rxpcn|iin)\b")
_PHONE_KEY_WORD = lazy_compile(r"\b(?:fax|phone|telephone|tel|cell|mobile|pager)\b")
_CLOCK_TIME = lazy_compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?", re.IGNORECASE)
_VERSION_KEY_WORD = lazy_compile(r"\b(?:version|patch|build|firmware|software)\b")


def _keyed_value(s: Scan) -> list[PhiHit]:
    """`"patient_mrn": "00482913"`: the key supplies the cue for a bare value."""
    # Every test before the hit only returns []: the cheap ones on the value go first.
    if s.field not in ("value", "label") or not s.key_text:
        return []
    value = s.text.strip()
    hit = _keyed_passcode(s, value)
    if hit:
        return [hit]
    # (A text with a \d digit has a str.isdigit digit: digits_only is only needed without one.)
    if not 4 <= len(value) <= 40 or (" " in value and not s.has_digit and not digits_only(value)):
        return []
    kind = _key_type(s.key_text)
    if kind is None or _VERSION_KEY_WORD.search(s.key_text) or _CLOCK_TIME.fullmatch(value) or (
            kind[0] == "LICENSE_NUMBER" and _STAFF_LICENCE_KEY.search(s.key_text)):
        # ("parish_nurse_license": "RN.110297": a clinician's licence, public like an NPI)
        # ("ehr_patch_level": "RPMS-EHR v1.1 p32": a software level, whatever "ehr" says; "first_case_time":
        # "07:15": a time of day)
        return []
    typ, rec = kind
    if typ in ("VEHICLE_ID", "LICENSE_NUMBER") and (state := _STATE_AFTER_VALUE.search(value)):
        value = value[: state.start()]  # "patient_vehicle_plate": "Z84-KRT (NJ)": the plate, then its state
    if UUID_RE.fullmatch(value) and not _UUID_PERSON_KEY.search(s.key_text):
        # "referral_portal_uuid": a system's record of a form, a tenant, a webhook (all 130 such values in the
        # read blind sets are nobody's); "patient_uuid" stays one person's
        return []
    if _PROCESSOR_KEY_WORD.search(s.key_text):
        return []  # "copay_card_bin": "610020", "rx_pcn": a claims processor's routing codes, shared by every member
    if _PHONE_KEY_WORD.search(s.key_text) and _PHONE_SHAPED.fullmatch(value):
        return []  # "requisition_fax": "(252) 830-4419": a phone or fax line (the phone recognizer decides whose)
    digits = digits_only(value)
    if len(digits) < 4 or len(set(digits)) == 1 or set(value.upper()) <= _MASK_CHARS:
        if typ in _SERIAL_TYPES and _short_serial(s.key_text, value):
            start = s.text.index(value)
            return [PhiHit(start, start + len(value), typ, rec, 0.8, f"serial/plate value under key '{s.key_text}'")]
        if typ == "OTHER_ID" and len(digits) == 3 and _SHORT_CODE.fullmatch(value):
            start = s.text.index(value)  # "unos_donor_id": "AHFK317": a short registry code
            return [PhiHit(start, start + len(value), typ, rec, 0.8, f"identifier value under key '{s.key_text}'")]
        return _keyed_username(s, value) if typ == "OTHER_ID" else []
    if _PROSE_VALUE.match(value):
        return []  # "compression_rx": "20–30 mmHg thigh-high, open toe": a description, not an identifier
    if _published_sample(value) or _counting_sample(value):
        return []  # "test_card": "4111111111111111": a published test/sample value (PHI_POLICY §4)
    if _KEYED_DATE.fullmatch(value):
        return []  # "refund_policy_effective": "2026-02-01": a date, not an identifier (the date recognizer decides)
    if typ == "DEVICE_ID" and _FACILITY_EQUIPMENT_KEY.search(s.key_text):
        return []  # "excimer_laser_serial", "chamber_3_serial": the practice's own equipment
    if typ == "HEALTH_PLAN_ID" and (_PLAN_CONTRACT.fullmatch(value) or _PLAN_KEY.search(s.key_text)):
        return []  # "medicare_plan_id": "H1234-001": the plan's id, shared by its members
    start = s.text.index(value)
    return [PhiHit(start, start + len(value), typ, rec, 0.85, f"identifier value under key '{s.key_text}'",
                   typ in ("MRN", "HEALTH_PLAN_ID"))]
