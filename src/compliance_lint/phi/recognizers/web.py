"""E-mail addresses, URLs and IP addresses that point at a person rather than the practice."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from compliance_lint.phi.context import BUSINESS_CUE, FILE_DATE, FOREIGN_PATIENT_WORDS, PERSON_CUE, Scan
from compliance_lint.phi.hits import PhiHit
from compliance_lint.phi.lexicon import (
    NAME_LIKE_WORDS,
    PUBLIC_FIGURES,
    english_words,
    first_names,
    is_common_word,
    rare_surnames,
    surnames,
)
from compliance_lint.phi.patterns import ascii_twin, lazy_compile
from compliance_lint.phi.recognizers.misc import _NOT_PERSON_IMAGE, PROVIDER_IMAGE
from compliance_lint.phi.recognizers.names import compound_word, names_in_file_name
from compliance_lint.phi.recognizers.numbers import _UNSET, digit_shape
from compliance_lint.phi.validators import date_ok, ip_is_personal

# The look-behind pins each match to the start of a token run, so a 1 MB run is scanned once.
_EMAIL_RE = lazy_compile(r"(?<![\w.%+-])[\w.%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}")
_EMAIL_RE_A = ascii_twin(_EMAIL_RE)  # same matches on ASCII text, faster
# "@" written as a word, in the languages callers spell e-mails in (Korean says "골뱅이").
# (Russian says "собака", dog, for "@" and "точка" for the dot)
_AT_WORDS = r"\[at\]|\(at\)|\{at\}| at | arroba |\[arroba\]|\(arroba\)|\[arobase\]| arobase | 골뱅이 | @ | собака "
_OBFUSCATED_EMAIL_RE = lazy_compile(
    # (Korean says "점" for the dot; "d0t" hides the word from filters)
    r"(?<![\w.])[\w.+-]{1,64} ?(?:" + _AT_WORDS + r") ?"
    r"[A-Za-z0-9-]{1,63}"
    # a spelled dot may have spaces around it; a plain "." only joins letters ("... com. Read it")
    # (Spanish and Portuguese say "arroba" and "punto"/"ponto")
    # (a Korean particle may follow the last label at once: "naver 점 com입니다")
    r"(?:(?: ?(?:\[dot\]|\(dot\)|\{dot\}| dot | d0t | punto | ponto |\[punto\]|\(punto\)|\[ponto\]|\(ponto\)|"
    # (a dot with a space each side, as "@" is spaced: "myrtleh1951 @ yahoo . com")
    r"\[point\]|\(point\)| 점 | точка | \. ) ?|\.)"
    r"[A-Za-z]{2,24}){1,4}"
    r"(?![A-Za-z0-9_\u00c0-\u024f])",
    re.IGNORECASE,
)
_RESERVED_DOMAINS = lazy_compile(r"(?:^|\.)(?:example\.(?:com|net|org)|test|example|invalid|localhost)$")
_ROLE_MAILBOX = lazy_compile(r"^(?:info|frontdesk|front\.desk|billing|appointments?|scheduling|admin|office|"
                           r"contact|support|help|noreply|no-reply|records|referrals?|intake|reception|"
                           r"hello|team|nurse|nurses|pharmacy|care|webmaster|privacy|compliance|hr|jobs|"
                           # a department's shared mailbox: "results@", "labs@", "triage@"
                           r"results|labs?|triage|messages|portal|forms|fax|orders|claims|refills|prior-?auth|"
                           # the practice's own general boxes: "clinic@", "questions@", "volunteers@"
                           r"clinic|desk|staff|questions|feedback|inquiries|enquiries|outreach|events|"
                           r"volunteers?|"
                           # a pharmacy's: "rx [at] ashurcarerx [dot] com"
                           r"rx|prescriptions|"
                           # Spanish and Portuguese shared boxes: "citas@", "recepcion@", "contato@"
                           r"citas|recepcion|recepción|recepcao|recepção|contacto|contato|informacion|información|"
                           r"facturacion|facturación|resultados|farmacia|enfermeria|enfermería|consultas|atencion|"
                           r"atención|agendamento|clinica|clínica)$")
_PROVIDER_MAIL = lazy_compile(r"(?:\bdr\.?|\bdoctor|\bprovider|\bnurse|\bnp|\bmd|\bour|\bcontact us|\bemail us|"
                            r"\bwrite to us|\bstaff)\W{0,3}(?:[a-z]+\W{0,3})?$|^dr[._-]")
# A role word as one part of the mailbox ("feld.scheduling@", "billing-east@", "nurse_line@"): a
# provider's or department's work mailbox at the practice (a free-mail address stays personal).
_ROLE_PART_SPLIT = lazy_compile(r"[._+-]")
# "Dr. Feld's email, give ...", "the nurse's work address is ...": a provider's own mailbox named
# right before the address.
_PROVIDER_POSSESSIVE = lazy_compile(r"\b(?:dr\.?|doctor|nurse|provider|therapist|counselor|np|pa|rn|md)"
                                  r"(?: [a-z'’.-]{1,25}){0,2}(?:'s|’s) (?:work |office |direct |scheduling )?"
                                  r"(?:e-?mail|address|mailbox|inbox)"
                                  r"\b[^@\n]{0,25}$")
_PLACEHOLDER_LOCAL = lazy_compile(r"^(?:example|examples?\d*|test|testing|sample|name|your\.?name|user(?:name)?|"
                                r"someone|somebody|email|e-?mail|first\.?last|firstname\.?lastname|john\.?doe|"
                                r"jane\.?doe|x+|abc|foo|me|you|"
                                # the placeholders of other languages: Vietnamese "ten" (name), Spanish "nombre",
                                # "usuario", Portuguese "nome"
                                r"ten|nombre|usuario|nome|utilisateur|nom)$")
_YOUR_CUE = lazy_compile(r"\b(?:your|my|his|her|their)\b")
# A mailbox made of a capitalised first and last name (JaneRoe@, JRoe@ is too short to tell).
_NAME_LIKE_LOCAL = lazy_compile(r"^[A-Z][a-z]+[A-Z]?[A-Z][a-z]{2,}\d{0,4}$|^[a-z]+[._][a-z]+\d{0,4}$")
_FREEMAIL = lazy_compile(r"(?:^|\.)(?:gmail|googlemail|yahoo|hotmail|outlook|live|aol|icloud|me|mac|msn|"
                       r"comcast|proton|protonmail|gmx|mail|ymail|att|verizon|sbcglobal)\.")

# The plain (?<![\w@./-])(?:https?://|www\.)...: the "h" or "w" is consumed before the look-behind
# (same condition) so that `re` skips to those letters.
_URL_RE = lazy_compile(r"(?:h(?<![\w@./-]h)ttps?://|w(?<![\w@./-]w)ww\.)[^\s<>\"'`\])},]{1,2000}")
_URL_RE_A = ascii_twin(_URL_RE)
_URL_PERSONAL_PATH = lazy_compile(
    r"(?:[?&;](?:patient|pt|mrn|member|memberid|member_id|dob|ssn|name|first|last|email|phone|"
    r"user|username|account|acct|"
    # Spanish, Portuguese, French, German, Italian parameter names
    r"paciente|nombre|apellido|fecha_?nac|nome|sobrenome|paziente|prenom|prénom|vorname|nachname|"
    r"geburtsdatum)[\w]*=(?!\{)[^&#\s]{2,})"
    # a person named by the role the site gives them: "?student=00388174", "?customer=fsullivan"
    # (not an app's "?client_id=...", nor "?customer_type=residential", "?guest=true")
    r"|[?&;]client=(?!\{)(?:[A-Za-z]{0,4}-?[A-Za-z-]{0,6}\d[\w-]{3,30}|[a-z][a-z._]{3,30}\d{1,4})(?=[&#]|$)"
    r"|[?&;](?:student|customer|resident|caller|guest|child|camper|traveler|traveller|donor|participant|attendee|"
    # a juvenile unit's or a clinic's form for one young person and their guardian: "?youth=JD-25-00601&guardian=..."
    r"registrant|youth|juvenile|guardian)"
    r"(?:[_-]?(?:id|name|no|num|number|code|ref|"
    r"email))?=(?!\{)(?!(?:true|false|yes|no|none|null|new|all)(?:[&#]|$))[^&#\s]{2,}"
    # short member/record parameter names ("?mid=510052277104", "&mbr_id=", "&enc_id="), with a number
    # a child's or mother's record in a query: "?infant_mrn=40077218", "&mom_dob=..."
    r"|[?&;](?:infant|baby|child|newborn|mother|mom)_?(?:mrn|id|dob|name)?=(?!\{)[^&#\s]{2,}"
    r"|[?&;](?:mid|mbr|mbrid|mbr_id|memid|mem_id|subid|sub_id|subscriberid|subscriber_id|encid|enc_id|"
    r"encounterid|encounter_id|chart|chartid|chart_id|patid|pat_id|pid)=[A-Za-z-]{0,6}\d{5,}"
    # a patient's folder in an upload path: "/uploads/pt_55821/2026-10-14_left_heel.jpg", or a patient's file
    # that is no image (an image is judged as a photo below): "/intake/patient-48213-zinchenko.pdf"
    # ("/oct-scans/patient=8842213/...", "/care-plans/careplan_client-30917_hall.pdf": the same in a path's
    # "key=value" segment or inside a file's name)
    r"|[/_](?:pt|patient|client|resident)[_=-]\d{4,}(?=[/?#]|$)"
    # ... or its id in the query of a patient page: "/charts/patient?id=55201873&view=growth"
    r"|/(?:pt|patient)\?(?:id|mrn|pid)=[A-Za-z-]{0,4}\d{4,}"
    r"|[/_](?:pt|patient|client|resident)[_=-]\d{4,}[_.-](?![^/?#\s]*\.(?:jpe?g|png|heic|heif|gif|webp|tiff?|bmp)\b)"
    # a person named by an honorific in a query value: "&label=Mrs+Armijo", "?to=Mr.%20Okafor"
    r"|[?&;]\w{1,20}=[^&#\s]{0,30}?\b(?:Mrs?|Ms|Miss)(?:\+|%20|\.\+?|\.%20|_)[A-Z][a-z]"
    r"|/(?:patients?|members?|users?|people|charts?|pacientes?|patienten|pazienti|pacient|pacjent|clients?|"
    r"residents?|enrollees?|"
    r"donors?|participants?|recipients?|"
    r"beneficiar(?:y|ies)|subscribers?)/(?!\{)"
    # (not a document of the year for them all: "/participants/handbook-2026.pdf")
    r"(?![a-z][a-z-]*[-_](?:19|20)\d\d(?:\.[a-z]{2,4})?(?:[/?#]|$))[\w.-]*\d[\w.-]*"
    # one person's record in a collection: "/students/800412679", "/student/kbrandt27", "/refills/CB-448812",
    # "/lead/cases/HC-LEAD-2026-0147", "/counseling/notes/2184470", "/results/r/IB-20261015-0091"
    # (four digits at least, not a year; or a user name: letters and one to four digits)
    r"|/(?:students?|inmates?|detainees?|cases?|refills?|results?(?:/r)?|notes?|wounds?|injuries|travell?ers?|"
    # a commercial driver's exam file: "/dot-exams/driver/88213407/mcsa-5875.pdf"
    r"drivers?|"
    r"workers?|employees?|claims?|applicants?|donors?|riders?|candidates?)/(?!\{)"
    r"(?!(?:19|20)\d\d(?:[/?#.]|$))(?:[\w.-]*\d{4}[\w.-]*|[a-z]{3,20}\d{1,4})(?=[/?#]|$)"
    # a jail booking or a file's owner in the query: "?booking=24-118305", "&owner=dkowalski1958"
    r"|[?&;](?:booking|booking_?(?:no|number|id)|inmate|owner|worker|employee|traveler|traveller|citizen|rider|"
    # a user in Spanish/Portuguese/French/German: "?usuario=fabi.lessa84"
    r"usuario|usuário|utilisateur|benutzer|uid|"
    # the person a report is about: "?exposed=arsenault_delphine", "&victim=..."
    r"applicant|exposed|victim|decedent|deceased|bitten|injured|mariner|seafarer)"
    r"=(?!\{)[^&#\s]{4,}"
)
# A path segment naming a person and a date: "/forms/submission/caleb-ostrowski-2025-09-02".
_SLUG_WITH_DATE = lazy_compile(r"/([A-Za-z]{2,20})[-_]([A-Za-z]{2,25})[-_](?:(?:19|20)\d{2}[-_]?\d{2}[-_]?\d{2}|"
                             r"\d{2}[-_]?\d{2}[-_]?(?:19|20)\d{2})(?![\w])")
# A person's page on a social, payment or crowdfunding site (a fundraiser is about one patient), as
# host and path prefix: one list for the URL pattern, the host gate and the bare-URL gate below.
_PERSONAL_SITE_PREFIXES = (
    "facebook.com", "instagram.com", "linkedin.com/in", "twitter.com", "x.com", "tiktok.com",
    # a shared photo album is someone's photos
    "photos.app.goo.gl", "photos.google.com/share",
    "myspace.com", "venmo.com", "cash.app", "gofundme.com", "gofund.me", "caringbridge.org",
    "mealtrain.com", "givesendgo.com", "spotfund.com", "fundly.com", "lotsahelpinghands.com",
    # VKontakte, where Russian-speaking callers keep their pages; a Telegram or WhatsApp chat link
    # ("wa.me/" and a phone number)
    "vk.com", "t.me", "wa.me",
)
_PERSONAL_SITES = "(?:" + "|".join(re.escape(site) for site in _PERSONAL_SITE_PREFIXES) + ")"
_URL_PERSONAL_SITE = lazy_compile(_PERSONAL_SITES + r"/(?!\{)[\w@.-][\w@./-]{1,}", re.IGNORECASE)
# The same pages written without a scheme ("gofundme.com/f/help-tanya-..."), in prose.
_BARE_PERSONAL_URL = lazy_compile(r"(?<![\w@./-])" + _PERSONAL_SITES + r"/(?!\{)[^\s<>\"'`\])},]{2,300}",
                                re.IGNORECASE)
# (every stem holds ".com/", ".org/", ".me/" or ".app/": recognize_url's first gate)
_BARE_SITE_STEMS = tuple(site if "/" in site else site + "/" for site in _PERSONAL_SITE_PREFIXES
                         if "goo.gl" not in site)
# The practice's own social page: "follow us", "our Facebook page", or an organisation word in the handle.
_SOCIAL_BUSINESS_BEFORE = lazy_compile(
    r"\b(?:our|us|we|follow|like|clinic|practice|office|hospital|pharmacy|center|centre|studio|salon|gym|"
    r"team|club)\b")
_ORG_HANDLE = lazy_compile(r"(?:clinic|health|medical|medicine|hospital|pharmacy|pediatric|peds|dental|dentistry|"
                         r"ortho|family ?med|practice|care(?!\w*(?:bridge))|center|centre|associates|group|"
                         r"wellness|surgery|therapy|rehab|hospice|urgent|derm|cardio|oncology|imaging|labs?\b|"
                         r"counseling|counselling|services|institute|foundation|network|"
                         # aesthetics and therapies: "solsticemedspa_atx", "northsidechiro", "bloomaesthetics"
                         r"med ?spa|aesthetics?|chiro|physio|audiology|optometry|eyecare|fertility|midwifery)",
                         re.IGNORECASE)
# A full-face photo in an image URL's path or named by the key ("faces/DWhitfield_headshot.png",
# "patient-photos/selfie_8812.heic", key "profile_photo_url"); providers' and staff photos are not PHI.
_PHOTO_PATH = lazy_compile(r"(?<![A-Za-z])(?:faces?|headshots?|selfies?|portraits?|mugshots?|id[-_]?cards?|"
                         r"id[-_]?photos?|idphotos?|patient[-_]?(?:photos?|pics?|images?)|profile[-_]?(?:photos?|pics?|"
                         r"pictures?|images?)|licen[cs]e|passport)(?![A-Za-z])", re.IGNORECASE)
_PHOTO_KEY = lazy_compile(r"\b(?:headshot|selfie|portrait|face|mugshot)\b|\b(?:profile|patient|caller|member|client|"
                        r"user|id)\b.{0,20}\b(?:photo|picture|pic|image)\b")
_URL_BUSINESS = lazy_compile(
    r"\b(?:our|us|we|office|clinic|practice|hospital|pharmacy|center|centre|department|"
    r"directions|forms|portal|schedule online|book online|dr|doctor|provider)\b")
_IMAGE_EXT = lazy_compile(r"\.(?:jpe?g|png|heic|gif|webp|bmp|tiff?)\b", re.IGNORECASE)
# The first character is consumed before the look-behind (same condition) so `re` skips to
# candidates; the first repetition of the plain (?:\d{1,3}\.){3} / (?:[0-9A-Fa-f]{1,4}:){2,7} is
# spelt out after it.
_IPV4_RE = lazy_compile(r"\d(?<![\w.]\d)\d{0,2}\.(?:\d{1,3}\.){2}\d{1,3}(?![\w]|\.\d)")
_IPV4_HINT = lazy_compile(r"\.\d{1,3}\.")
# An IPv6 address: hex groups joined by ":", one of them possibly empty ("::" compression anywhere,
# "2600:1700:3e4a:91f0::1b"); ipaddress then decides validity. Each repetition starts with ":", so
# there is one way to match.
_IPV6_RE = lazy_compile(r"[0-9A-Fa-f](?<![\w:][0-9A-Fa-f])[0-9A-Fa-f]{0,3}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
# A version's word before a four-part number: "firmware 2.3.0.118" is no address.
_FIRMWARE_BEFORE = lazy_compile(r"\b(?:firmware|software|version|ver|build|release|app|os|v)\.? ?$")
_INFRA_CUE = lazy_compile(
    r"\b(?:server|webhook|host|endpoint|sip|trunk|api|dns|gateway|proxy|allowlist|"
    r"whitelist|firewall|egress|ingress|load balancer|nginx|cidr|subnet|vpn|ip range|"
    r"origin|cdn|url|http|https)\b")
_IP_PERSON = lazy_compile(
    r"\b(?:patient|caller|member|user|client|his|her|their|my|home|logged in|"
    r"login|signed in|device|address|blocked|client_ip|visitor)\b")
_IP_WORD = lazy_compile(r"\b(?:ip|ipv4|ipv6|ip address|router|modem|network|connected|connection)\b|client_ip")
_VERSION_KEY = lazy_compile(r"\b(?:version|ver|build|release|firmware|software|app|sdk|api)\b")
# Outline and version numbering ("step 2.1.8.1", "[1.1.2.3 If R = ...]", "protocol v2.4.1.0").
_OUTLINE_BEFORE = lazy_compile(r"(?:\b(?:steps?|sections?|protocol|version|rule|item|clause|appendix|v)\s*|\[|§\s*|#)$")


# A workforce member's title (or "work email") in the sentence(s) before an organisation address, and
# no patient-side word there: the address is a staff member's work mailbox (PHI_POLICY §4).
_WORKFORCE = lazy_compile(
    r"\b(?:nurse|practice manager|practice administrator|office manager|clinic manager|care coordinator|"
    r"medical director|scheduler|receptionist|front desk|physician|provider|dr|doctor|therapist|pharmacist|"
    r"md|np|rn|lpn|cnm|work email|work e-mail|business email|office email|"
    r"coordinator|director|supervisor|navigator|manager|counselor|counsellor|financial counselor|biller|"
    r"chaplain|dietitian|educator|embryologist|sonographer|technologist|social worker|interpreter|"
    # credentials and the running of a service: "Wade Kettering, ATP, runs the seating clinic"
    r"atp|ibclc|rdn|slp|lcsw|lpc|dpt|otr|crna|rrt|bcba|lmft|fnp|aprn|atc|lsw|msw|cde|cdces|chw|"
    r"athletic trainer|trainer|(?:runs|leads|heads) (?:the|our)|"
    # a role noun in -ist or -ician: "Escalations go to epidemiologist Desmond Achterberg (d.achterberg@...)"
    r"[a-z]{3,}(?:ologist|ician)|evaluator|assessor|inspector|physio|physiotherapist|"
    # a team's departments: "Eli Brandvold (strength and conditioning) ...; his email is ..."
    r"conditioning|athletic training|sports medicine|"
    # an administrator, a crew's medic, who handles a desk's work, a staff member's extension ("she is at
    # zulfiya@<practice>.org or ext. 102")
    r"administrator|medic|handles|ext|extension)\b")
# (a role named for the patients it serves is the workforce's: "Patient navigator Quinn Albrecht")
_PATIENT_SIDE = lazy_compile(
    r"\b(?:patient|patients|caller|callers|member|client|beneficiary|enrollee|mother|father|wife|husband|son|"
    r"daughter|spouse|guardian|caregiver|mom|dad|personal)\b"
    r"(?! (?:navigator|advocate|services|access|relations|coordinator|liaison|educator|care coordinator)\b)")


# A key naming a workforce member's contact ("provider_email", "staff_contact_email", "np_email"),
# not a patient-side one ("patient_provider_email" names the patient's).
_WORKFORCE_KEY = lazy_compile(r"\b(?:provider|providers|physician|doctor|dr|nurse|np|pa|rn|md|staff|clinician|"
                            r"therapist|scheduler|coordinator|manager|admin|employee|workforce|practitioner|"
                            r"counselor|counsellor|caseworker|navigator|social worker|dietitian|midwife|educator|"
                            r"coach|chaplain|"
                            # a group home's qualified intellectual disabilities professional: "qidp_email"
                            r"qidp|"
                            # more of the workforce by role or credential: "ibclc_email", "interpreter_email"
                            r"ibclc|lactation consultant|consultant|hygienist|dentist|pharmacist|technician|"
                            r"interpreter|volunteer|facilitator|receptionist|surgeon|optometrist|audiologist|"
                            r"chiropractor|psychologist|psychiatrist)\b")


@lru_cache(maxsize=1024)
def _workforce_key(key_text: str) -> bool:
    return _WORKFORCE_KEY.search(key_text) is not None and _PATIENT_SIDE.search(key_text) is None


def _staff_mailbox(s: Scan, start: int) -> bool:
    if s.key_text and _WORKFORCE.search(s.key_text) is not None and _PATIENT_SIDE.search(s.key_text) is None:
        return True  # "physio_email", "evaluator_email": a staff member's work mailbox under a role key
    window = s.before(start, 150)
    return _WORKFORCE.search(window) is not None and _PATIENT_SIDE.search(window) is None and (
        not s.key_text or _PATIENT_SIDE.search(s.key_text) is None)


_AT_WORD = lazy_compile(r"\s?(?:" + _AT_WORDS + r")\s?", re.IGNORECASE)


# An address URL-encoded in a link's query: "?caregiver=annette.hargrove%40gmail.com" ("%40" is "@").
_ENCODED_EMAIL_RE = lazy_compile(
    r"(?<=[=/:,])[\w.+-]{1,64}%40[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}(?![\w.-])")


def _encoded_emails(url: str) -> list[tuple[int, int]]:
    """The spans in `url` of personal e-mail addresses written with "%40" (a query value)."""
    out: list[tuple[int, int]] = []
    for m in _ENCODED_EMAIL_RE.finditer(url):
        local, domain = m.group(0).split("%40", 1)
        local_low, domain = local.lower(), domain.lower()
        if (_ROLE_MAILBOX.match(local_low) or _PLACEHOLDER_LOCAL.match(local_low) or _RESERVED_DOMAINS.search(domain)
                or not domain.rsplit(".", 1)[-1].isalpha() or _PROVIDER_MAIL.search(local_low)):
            continue
        if _FREEMAIL.search(domain) or "." in local or _NAME_LIKE_LOCAL.match(local):
            out.append(m.span())
    return out


# Keys for the people a practice serves, beyond PERSON_CUE's words: "athlete_email", "student_email".
# (not "donor" or "member": "donor_program_contact" is the programme's mailbox)
_PERSON_ROLE_KEY = lazy_compile(r"\b(?:athlete|student|camper|participant|resident|client|inmate|traveler|"
                                r"traveller)\b(?!.*\b(?:program|programme|office|team|desk|line|clinic)\b)")


def recognize_email(s: Scan) -> list[PhiHit]:
    low = s.lower
    has_at = "@" in s.text
    # The plain gate of the [at]/[dot] search, one-character tests first (memchr speed):
    # "[at]" in low or "(at)" in low or "{at}" in low or (" at " in low and " dot " in low).
    obfuscated = (("[" in low or "(" in low or "{" in low) and ("[at]" in low or "(at)" in low or "{at}" in low
                                                                 or "arroba]" in low or "arroba)" in low)) or (
        " dot " in low and " at " in low) or (" arroba " in low and (" punto " in low or " ponto " in low)) or (
        "arobase" in low) or (" d0t " in low and " at " in low) or " 골뱅이 " in low or (
        " @ " in low and " . " in low) or (" собака " in low and " точка " in low)
    if not has_at and not obfuscated:
        return []
    hits: list[PhiHit] = []
    if has_at and _SOCIAL_WORD.search(low):
        _social_handles(s, hits)
    if has_at:
        text = s.text
        # The filters below are pure, so the one that drops most addresses (a shared mailbox of
        # the practice) runs first; the plain order was reserved domain, empty local part or no
        # dot in the domain, non-alphabetic TLD, role mailbox, placeholder, provider.
        for m in (_EMAIL_RE_A if text.isascii() else _EMAIL_RE).finditer(text):
            start, end = m.span()
            local, domain = m.group(0).rsplit("@", 1)
            local_low = local.lower()
            if _ROLE_MAILBOX.match(local_low):
                continue  # shared mailbox of the practice
            domain = domain.lower()
            if _RESERVED_DOMAINS.search(domain) or not local.strip(".") or "." not in domain:
                continue
            if not domain.rsplit(".", 1)[-1].isalpha():
                continue
            if _PLACEHOLDER_LOCAL.match(local_low) or domain in ("email.com", "domain.com", "mail.com"):
                continue  # "example@email.com", "name@domain.com": a format example
            before = s.before(start, 40)
            if _PROVIDER_MAIL.search(before) or _PROVIDER_MAIL.search(local_low):
                continue  # a provider's work address
            free = _FREEMAIL.search(domain)
            if not free and (any(_ROLE_MAILBOX.match(part) for part in _ROLE_PART_SPLIT.split(local_low))
                             or (("'" in before or "’" in before) and _PROVIDER_POSSESSIVE.search(before))):
                continue  # "feld.scheduling@<practice>", "Dr. Feld's email, give ...": a work mailbox
            if s.key_text and _workforce_key(s.key_text):
                continue  # "provider_email": "f.marchetti@<practice>.com": a workforce member's work address
            counts = s.memo.setdefault("domain_counts", {})
            assert isinstance(counts, dict)
            if domain not in counts:
                counts[domain] = s.lower.count(domain)
            if counts[domain] > 1 and not free:
                continue  # the domain recurs (website, other mailboxes): the practice's own domain
            if free:
                hits.append(PhiHit(start, end, "EMAIL", "email", 0.9, "personal free-mail address"))
            elif _staff_mailbox(s, start):
                continue  # "Nurse manager Kim Oduya ... Her work email is kim.oduya@<practice>.org"
            elif PERSON_CUE.search(before) or s.near_name(start, end, 120) or (
                s.key_text and (PERSON_CUE.search(s.key_text) or _PERSON_ROLE_KEY.search(s.key_text))):
                hits.append(PhiHit(start, end, "EMAIL", "email", 0.75,
                                   "e-mail address with a personal cue or next to a person's name"))
            elif not BUSINESS_CUE.search(before) and (
                    "." in local or _YOUR_CUE.search(before) or _NAME_LIKE_LOCAL.match(local)):
                hits.append(PhiHit(start, end, "EMAIL", "email", 0.6,
                                   "individual e-mail address (name-shaped mailbox or 'your/my' cue)"))
    if obfuscated:
        text = s.text
        nxt = _OBFUSCATED_EMAIL_RE.search(text)
        while nxt is not None:
            m = nxt
            nxt = _OBFUSCATED_EMAIL_RE.search(text, m.end())
            txt = m.group(0).lower()
            if " at " in txt and "dot" not in txt and "d0t" not in txt and "[" not in txt and "(" not in txt:
                # "meet at noon." is prose, not an address; the address may start after its " at "
                # ("updates at rob.eakins [at] outlook [dot] com")
                nxt = _OBFUSCATED_EMAIL_RE.search(text, m.start() + txt.index(" at ") + 4)
                continue
            if _RESERVED_DOMAINS.search(_DOT_WORD.sub(".", _AT_WORD.split(txt)[-1]).strip(" .")):
                continue
            # the practice's shared mailbox spelled for speech ("Email us at care at harborwh dot org")
            local = _AT_WORD.split(txt, maxsplit=1)[0].strip()
            if (_ROLE_MAILBOX.match(local) or _PLACEHOLDER_LOCAL.match(local)
                    or _PROVIDER_MAIL.search(s.before(m.start(), 40))):
                continue
            if " @ " in txt and (local in english_words() or is_common_word(local)):
                continue  # "write to us @ harborclinic . org": a word of the sentence, not a mailbox
            hits.append(PhiHit(m.start(), m.end(), "EMAIL", "email_obfuscated", 0.8,
                               "obfuscated e-mail address ([at]/[dot] spelling)"))
    return hits


# A person's handle on a social platform: "User @glowupgracie on TikTok tagged us" (not the practice's
# own, "follow us @sunrisepeds", nor an e-mail address).
_SOCIAL_WORD = lazy_compile(r"\b(?:tiktok|instagram|insta|ig|twitter|facebook|fb|snapchat|snap|threads|youtube|reddit|"
                          r"bluesky|x\.com|social|dm|dms|tagged|mentioned)\b")
_HANDLE_RE = lazy_compile(r"(?<![\w@.+-])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])?)(?![\w@]|\.\w)")


def _social_handles(s: Scan, hits: list[PhiHit]) -> None:
    for m in _HANDLE_RE.finditer(s.text):
        start, end = m.span()
        near = s.lower[max(0, start - 60) : end + 60]
        if _SOCIAL_WORD.search(near) is None or s.in_safe(start, end):
            continue
        # (a page's address before the handle widens the window: "our YouTube channel, youtube.com/@cedargrovemfm")
        width = 50 if s.text[start - 1 : start] == "/" else 30
        if _SOCIAL_BUSINESS_BEFORE.search(s.before(start, width)) or _ORG_HANDLE.search(m.group(1)):
            continue  # the practice's own account
        hits.append(PhiHit(start, end, "OTHER_ID", "social_handle", 0.75, "a person's social media handle"))


_DOT_WORD = lazy_compile(r"\W*(?:dot|d0t|punto|ponto|point|점|точка)\W*")


def _url_host(url: str) -> str:
    rest = url.split("://", 1)[-1]
    return _HOST_END.split(rest, maxsplit=1)[0].lower()


_HOST_END = lazy_compile(r"[/?#:]")
_PHOTO_WORD = lazy_compile(r"\b(?:face|headshot|selfie|photo|portrait|id card|license)\b")
# (possessives only: "the caller's page", not "tell callers to sign in at", "send the caller the intake link")
_URL_OWNER = lazy_compile(r"\b(?:my|his|her|their|patient(?:'s|’s|s')|caller(?:'s|’s|s')|personal|"
                                             # (not the passive: "the schedule is posted at" is the practice's)
                                             r"(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )(?<!been )posted|"
                                             r"(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )(?<!been )shared)\b")
_IP_OWNER = lazy_compile(r"\b(?:patient|caller|member|his|her|their|my|home|personal)\b")


_SITE_HOSTS = frozenset(site.split("/", 1)[0] for site in _PERSONAL_SITE_PREFIXES)


def _site_host(host: str) -> bool:
    """Is the host one of the _PERSONAL_SITES (with or without "www." / "m.")? A cheap gate."""
    return host in _SITE_HOSTS or host.split(".", 1)[-1] in _SITE_HOSTS


def _business_social(s: Scan, url: str, before: str) -> bool:
    """The practice's own social page: a business cue just before it, or an organisation word in the handle.
    A fundraiser is about one person, and names its reason ("help-baby-ruby-okeefe-heart-surgery"):
    there only an organisation itself ("clinic", "hospital", "foundation") makes it the practice's."""
    host_path = url.split("://", 1)[-1]
    handle = host_path.split("/", 1)[-1]
    org = _FUNDRAISER_ORG if _FUNDRAISER_HOST.match(host_path) else _ORG_HANDLE
    if _SOCIAL_BUSINESS_BEFORE.search(before[-30:]):
        return True
    if not org.search(handle):
        return False
    # A person's handle spelt as name parts ("gretchen.vandermolen.5", "maria-delacarey"): an
    # organisation word counts only as a whole part, not inside a surname ("vanDERMolen").
    parts = _HANDLE_PARTS.split(handle.split("/", 1)[0].split("?", 1)[0], maxsplit=6)
    if len(parts) >= 2 and parts[0].lower() in first_names() and not is_common_word(parts[0].lower()):
        return any(org.fullmatch(p) for p in parts)
    return True


_HANDLE_PARTS = lazy_compile(r"[._-]")


_FUNDRAISER_HOST = lazy_compile(r"(?:www\.|m\.)?(?:gofundme\.com|gofund\.me|caringbridge\.org|mealtrain\.com|"
                              r"givesendgo\.com|spotfund\.com|fundly\.com|lotsahelpinghands\.com)\b", re.IGNORECASE)
_FUNDRAISER_ORG = lazy_compile(r"(?:clinic|hospital|pharmacy|practice|center|centre|associates|foundation|"
                             r"department|auxiliary)", re.IGNORECASE)
# A file named for a person in a shared-file link: "...&title=Hooper_Marjorie_MRI_brain",
# "/Marjorie-Hooper_labs.pdf": two capitalised name words (one a first name), then more of the name.
_URL_NAME_PAIR = lazy_compile(r"[=/]([A-Z][a-z]{1,20})[_-]([A-Z][a-z]{1,20})[_.-][A-Za-z0-9]")


def _name_pair_in_url(url: str) -> bool:
    if "_" not in url and "-" not in url:
        return False
    for m in _URL_NAME_PAIR.finditer(url):
        a, b = m.group(1).lower(), m.group(2).lower()
        if is_common_word(a) or is_common_word(b) or f"{a} {b}" in PUBLIC_FIGURES or f"{b} {a}" in PUBLIC_FIGURES:
            continue
        if a in first_names() or b in first_names():
            return not PROVIDER_IMAGE.search(url.split("://", 1)[-1])  # a provider's page or photo
    return False


def _photo_path(s: Scan, url: str) -> bool:
    path = url.split("://", 1)[-1].partition("/")[2]
    return bool((_PHOTO_PATH.search(path) or (s.key_text and _PHOTO_KEY.search(s.key_text)))
                and not _NOT_PERSON_IMAGE.search(path))


def recognize_url(s: Scan) -> list[PhiHit]:
    low = s.lower
    if ("/" not in low or "://" not in low) and "www." not in low:  # "/": a one-character test first
        # every stem holds ".com/", ".org/", ".me/" or ".app/"
        if "/" in low and (".com/" in low or ".org/" in low or ".me/" in low or ".app/" in low) and any(
                st in low for st in _BARE_SITE_STEMS):
            return _bare_personal_urls(s)
        return []
    hits: list[PhiHit] = []
    text = s.text
    for m in (_URL_RE_A if text.isascii() else _URL_RE).finditer(text):
        url = m.group(0)
        if text.startswith(",", m.end()) and "map" in url and (tail := _MAP_COMMAS.match(text, m.end())):
            url += tail.group(0)  # a map query's commas ("?q=35.1342,-106.5119", "St,+Sarasota,+FL") are the URL's
        url = url.rstrip(".;:!?")
        start, end = m.start(), m.start() + len(url)
        before = s.before(start, 40)
        host = _url_host(url)
        if _RESERVED_DOMAINS.search(host):
            continue  # documentation hosts (RFC 2606: example.com, .example, .test) identify nobody
        if _URL_PERSONAL_PATH.search(url) or _name_date_slug(url) or _name_pair_in_url(url):
            hits.append(PhiHit(start, end, "URL", "url", 0.85,
                               "URL with a person-specific path or query segment"))
        elif host and _site_host(host) and _URL_PERSONAL_SITE.search(url):
            if not _business_social(s, url, before):
                hits.append(PhiHit(start, end, "URL", "url", 0.85, "a person's page on a social or fundraising site"))
        elif _IMAGE_EXT.search(url) and (s.near_name(start, end, 60) or _PHOTO_WORD.search(before)
                                         or _photo_path(s, url)):
            if not PROVIDER_IMAGE.search(url.split("://", 1)[-1].split("/", 1)[-1]):
                hits.append(PhiHit(start, end, "PHOTO", "photo_url", 0.75, "image URL tied to a person"))
        elif _patient_slug(url) or _name_in_query(url) or _person_room(url) or _patient_dir_slug(url):
            hits.append(PhiHit(start, end, "URL", "url", 0.85,
                               "URL with a patient slug or a person's name in its query"))
        elif (found := _url_file_name_names(url) or _visit_path(url) or _clinical_page_slug(url)):
            for a, b, typ in found:
                hits.append(PhiHit(start + a, start + b, typ, "url", 0.75,
                                   "person's name in a linked file's name" if typ == "NAME"
                                   else "visit/encounter id in a URL path"))
        elif _name_pair_slug(url):
            hits.append(PhiHit(start, end, "URL", "url", 0.8, "URL with a given name and a surname as a path segment"))
        elif s.field in ("url", "value") and _map_address_link(s, url):
            hits.append(PhiHit(start, end, "URL", "url", 0.75,
                               "map link to a street address or exact coordinates, stored on its own"))
        elif _RECORD_SUBPAGE.search(url):
            hits.append(PhiHit(start, end, "URL", "url", 0.8, "URL with a record's number and a page of that record"))
        elif "%40" in url and (mails := _encoded_emails(url)):
            for a, b in mails:
                hits.append(PhiHit(start + a, start + b, "EMAIL", "url", 0.8,
                                   "individual e-mail address URL-encoded in a link's query (%40 for @)"))
        elif _url_owner(before[-30:]) or (s.near_name(start, end, 300) and not _URL_BUSINESS.search(before)
                                          and not _INFRA_CUE.search(before[-25:])):
            hits.append(PhiHit(start, end, "URL", "url", 0.65, "personal web address (person cue or name)"))
    return hits


# A linked file's name ("/docs/hla/sorokina_y_crossmatch.pdf", "/wound-photos/kowalczyk_g_left_heel.jpg"):
# the last path segment with an extension, read as a label (names_in_file_name).
_FILE_SEGMENT = lazy_compile(r"/([^/?#]{3,120}\.[A-Za-z0-9]{2,5})(?=[?#]|$)")
# A file named for an organisation, a place or a provider, not a patient: "parker_family_medicine.pdf",
# "jordan_lake_map.pdf" (the PROVIDER_IMAGE words: "dr", "staff", "team", "bios" ...).
_ORG_FILE = lazy_compile(r"(?:clinic|health|medical|medicine|hospital|pharmacy|pediatrics?|dental|center|centre|"
                       r"associates|group|foundation|institute|university|college|lake|park|street|avenue|"
                       r"county|city|campus|building|directions|hall|memorial)", re.IGNORECASE)


# A path segment titled like a file, words joined by underscores, without an extension: a shared
# document's id and title ("/file/d/1kQ8xZmT7rB2_delbert_haskins_sleepstudy/view").
_TITLE_SEGMENT = lazy_compile(r"/([^/?#]{0,60}_[^/?#_]{2,30}_[^/?#]{2,60})(?=[/?#]|$)")


def _url_file_name_names(url: str) -> list[tuple[int, int, str]]:
    if "_" not in url and "-" not in url:
        return []  # a person's name in a file name is joined to its other words
    m = _FILE_SEGMENT.search(url) or _TITLE_SEGMENT.search(url)
    if m is None:
        return []
    seg = m.group(1)
    path = url.split("://", 1)[-1].partition("/")[2]
    if _NOT_PERSON_IMAGE.search(seg) or PROVIDER_IMAGE.search(path) or _ORG_FILE.search(seg):
        return []
    names = [(m.start(1) + a, m.start(1) + b, "NAME") for a, b in names_in_file_name(seg)]
    if names and any(ch.isdigit() for ch in seg):
        # a date in the same file name is that person's ("castellanos_20250211_knee.dcm")
        for d in FILE_DATE.finditer(seg):
            y, mo, dd = (d.group(1), d.group(3), d.group(4)) if d.group(1) else (d.group(8), d.group(5), d.group(7))
            if date_ok(int(y), int(mo), int(dd)) and not any(a < m.start(1) + d.end() and m.start(1) + d.start() < b
                                                             for a, b, _ in names):
                names.append((m.start(1) + d.start(), m.start(1) + d.end(), "DATE"))
    return names



# A visit/encounter id as a path segment ("/portal/visits/VST-20931-44/oduya-vincent"): one patient's
# visit; a name slug right after it is that patient's name.
_VISIT_PATH = lazy_compile(r"/(?:visits?|encounters?|appointments?|appts?)/([A-Za-z]{0,6}-?\d[\w-]{3,30})"
                         r"(?:/([A-Za-z]{2,25}[-_][A-Za-z]{2,25}))?(?=[/?#]|$)")


def _visit_path(url: str) -> list[tuple[int, int, str]]:
    if "/v" not in url and "/e" not in url and "/a" not in url:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _VISIT_PATH.finditer(url):
        vid = m.group(1)
        if sum(ch.isdigit() for ch in vid) < 5 or (not any(ch.isalpha() for ch in vid) and "-" not in vid):
            continue  # "/visits/2024": a year or a count, not an id
        out.append((m.start(1), m.end(1), "OTHER_ID"))
        if m.group(2):
            words = re.split(r"[-_]", m.group(2).lower())
            if all(not is_common_word(w) for w in words) and any(w in surnames() or w in first_names() for w in words):
                out.append((m.start(2), m.end(2), "NAME"))
    return out


# A page about one person's care or clearance, named by a first-name-surname slug right after the
# segment saying what it is: "/rtp/camille-strand" (return to play), "/concussion-clearance/jordan-reyes",
# "/care-plans/ana-okafor". (A provider's page, "/providers/jane-smith", "/team/...", is not.)
_CLINICAL_SLUG = lazy_compile(r"/(?:rtp|return-?to-?play|clearances?|[a-z]{0,15}-clearance|concussions?|injur(?:y|ies)|"
                            r"rehab|care-?plans?|treatment-?plans?|intakes?|discharges?|referrals?|results?|"
                            r"progress(?:-notes?)?|charts?|cases?)/"
                            r"([a-z]{2,20})[-_]([a-z]{2,25})(?=[/?#]|$)", re.IGNORECASE)


def _clinical_page_slug(url: str) -> list[tuple[int, int, str]]:
    if "-" not in url and "_" not in url:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _CLINICAL_SLUG.finditer(url):
        first, last = m.group(1).lower(), m.group(2).lower()
        if is_common_word(first) or is_common_word(last) or PROVIDER_IMAGE.search(url.split("://", 1)[-1]):
            continue
        if first in first_names() and (last in surnames() or not last.isascii() or len(last) >= 4):
            out.append((m.start(1), m.end(2), "NAME"))
    return out


def _url_owner(before: str) -> bool:
    """An owner cue before the URL that is not an attribute of the practice's service: "Patient
    portal: https://...", "our patients' forms at ..." name the practice's site."""
    ends = [m.end() for m in _URL_OWNER.finditer(before)]  # a window of 30 characters: a few matches
    return bool(ends) and _URL_BUSINESS.search(before, ends[-1]) is None


# A path segment naming a patient by a patient prefix and name words: "/room/pt-halvorsen-jeremy",
# "/patient_okafor". (The words after the prefix must not be common words: "/patient-portal".)
_PATIENT_SLUG = lazy_compile(r"/(?:pt|patient|member|client|resident)[-_]([A-Za-z]{2,25})(?:[-_]([A-Za-z]{1,25}))?"
                           r"(?=[/?#.]|$)")
# A query value made of capitalised words joined by "_", "-", "+" or "%20": "title=Kessler_Rudy_PSG".
_QUERY_WORDS = lazy_compile(r"[?&;][\w.-]{1,30}=([A-Z][a-z]{1,24}(?:(?:[_+-]|%20)[A-Za-z0-9]{1,24}){1,5})(?=[&#;]|$)")


# A video-visit room named for a person: "/room/jreyes-whitcomb", "/meet/ana-oduya" (a provider's
# room, "/room/dr-chen", "/room/intake-2", is not).
# The short "/v/" visit path and a room-number tail count too: "/v/ostrowski-leon-room118b".
_ROOM_SLUG = lazy_compile(r"/(?:rooms?|meet|meeting|visits?|v|sessions?|waiting-?room|join)/"
                        r"([A-Za-z]{1,25})[-_.]([A-Za-z]{1,25})(?:[-_.]([A-Za-z]{1,25}))?"
                        r"(?:[-_.][A-Za-z]{0,8}\d{1,6}[A-Za-z]?)?(?=[/?#]|$)")


def _person_room(url: str) -> bool:
    if "/r" not in url and "/m" not in url and "/v" not in url and "/s" not in url and "/w" not in url \
            and "/j" not in url:
        return False
    for m in _ROOM_SLUG.finditer(url):
        words = [w.lower() for w in m.groups() if w]
        if any(PROVIDER_IMAGE.fullmatch(w) or (len(w) > 1 and is_common_word(w)) for w in words):
            continue
        # a name word, possibly led by an initial ("jreyes"); the other words names or initials
        if any(w in surnames() or w in first_names() or (len(w) > 4 and w[1:] in surnames()) for w in words):
            return True
    return False


def _patient_slug(url: str) -> bool:
    if "/p" not in url and "/m" not in url and "/c" not in url and "/r" not in url:
        return False
    for m in _PATIENT_SLUG.finditer(url.lower()):
        words = [w for w in m.groups() if w]
        if any(not is_common_word(w) for w in words):
            return True
    return False


def _name_in_query(url: str) -> bool:
    """Two neighbouring capitalised words of a query value, neither a common word and one of them a
    known first name or surname: a document titled with a person's name ("Kessler_Rudy_PSG")."""
    if "=" not in url:
        return False
    for m in _QUERY_WORDS.finditer(url):
        words = re.split(r"[_+-]|%20", m.group(1))
        for a, b in pairwise(words):
            if not (a[:1].isupper() and b[:1].isupper() and a[1:].islower() and b[1:].islower()):
                continue
            la, lb = a.lower(), b.lower()
            if is_common_word(la) or is_common_word(lb):
                continue
            if la in first_names() or lb in first_names() or la in surnames() or lb in surnames():
                return True
    return False


def _name_date_slug(url: str) -> bool:
    """A path segment made of a first name, another name and a date (a person's submission)."""
    if "-" not in url and "_" not in url:
        return False
    for m in _SLUG_WITH_DATE.finditer(url):
        first, second = m.group(1).lower(), m.group(2).lower()
        # either order: "caleb-ostrowski-2025-09-02", "achterberg-desmond-2025-06-03" (surname first)
        if (first in first_names() or second in first_names()) and not is_common_word(first) and (
                not is_common_word(second)):
            return True
    return False


# Who a URL can be about, as a folder ("/patients/", "/u/") or a query key ("?child=", "?pt_id="):
# one list for every URL pattern below, so a word learnt for one shape holds for the others.
_PERSON_URL_WORDS = ("patients?", "pt", "members?", "clients?", "residents?", "child", "children", "kids?",
                     "students?", "campers?", "athletes?", "players?", "participants?", "employees?", "workers?",
                     "customers?", "u", "users?", "travell?ers?", "elders?", "profiles?", "pacientes?",
                     # a NICU's camera or chart: "?baby=okonjo-bb"; a teen programme's, a race team's
                     "bab(?:y|ies)", "infants?", "newborns?", "teens?", "youths?", "riders?",
                     # a swim meet's results page for one swimmer: "swimcloud.com/swimmer/2294817/"
                     "swimmers?", "runners?", "golfers?", "skaters?",
                     # a farmworker clinic's portal: "/portal/trabajador/88421307/resultados"
                     "trabajador(?:es)?", "trabajadoras?",
                     # a parish nurse's visits, a Spanish-language client list: "?parishioner=romaniuk-vasyl"
                     "parishioners?", "clientes?", "parafian(?:in|ka|ie)",
                     # a drop zone's, a gym's, a crag's people: "?jumper=JM-208841"
                     "jumpers?", "divers?", "climbers?", "boxers?", "wrestlers?", "skiers?", "fighters?",
                     # the patient in the other languages ("?pashent=DS-006183")
                     "(?:" + FOREIGN_PATIENT_WORDS + ")s?")
_PERSON_URL = "|".join(_PERSON_URL_WORDS)
# A patients' (or records') directory and a two-word slug: "/patients/jolene-striker/progress-photos",
# "/records/ashby-cordelia/meld-history.pdf", "/portal/u/ameen.alsakkaf/labs", "/travelers/ngozi-okereke-448172/".
_PATIENT_DIR_SLUG = lazy_compile(r"/(?:" + _PERSON_URL + r"|records?|charts?|"
                                 # a proxy's view of a patient, a team's medical files: "/proxy/ana.castellanos/",
                                 # "/medical/kessler-noah/mri-knee.pdf"
                                 # a practice's photo folders: "/clinical-photos/pruitt_gerald/face_day7.jpg"
                                 r"prox(?:y|ies)|medical|clinical-photos|patient-photos|"
                                 # a church's prayer list: "/prayer-list/akech-mading-surgery"
                                 r"prayer-list|prayer-requests)/"
                                 # (a double surname may follow: "/clients/brittany-hollins-gage/history")
                                 # (or a surname and an initial: "/residents/ebersole-h/care-plan")
                                 r"([a-z]{2,20})[-_.]([a-z]{1,25})(?:[-_][a-z]{2,25})?(?:[-_.]\d{2,8})?(?=[/?#]|$)")
# A query key naming a person: the folder words and the keys only a query has ("?guest=", "?mrn=").
# ("?enrollment=TO-062390": a tribal enrollment number)
_PERSON_KEY_WORDS = (_PERSON_URL + "|person|attendee|guest|seafarer|donor|recipient|mrn|assigned_to|enrollment"
                     # a crew's or a canoe club's member: "?crew=jpeterkin", "&paddler=tmoniz"
                     "|crew|paddler")
_PERSON_KEY = r"[?&](?:" + _PERSON_KEY_WORDS + ")"
# Keys whose value is a person's name, never an id: "?name=", "?room=" (a video visit's room named after its
# patient); "?parent=1042" is a folder's parent and "?room=4412" a room number.
_PERSON_NAME_KEY = r"[?&](?:" + _PERSON_KEY_WORDS + "|name|username|parent|room|reporter|complainant)"
# A query parameter naming a person, its value a name written as a slug: "?child=whitfield-ava",
# "?employee=kostelnik.d" (a surname and an initial).
# (a double surname may follow: "?client=leah.marchetti-olson")
# ("?client=Cipriano%20Suazo": a space written as %20)
_PERSON_QUERY = lazy_compile(_PERSON_NAME_KEY + r"=([a-z]{2,25})(?:[-_.+]|%20)([a-z]{1,25})(?:[-_][a-z]{2,25})?"
                             # (a number the site adds: "?client=destiny-harwell-0419")
                             r"(?:[-_]\d{1,8})?(?=[&#]|$)")
# A page about one person under a stories or obituaries directory, its slug the name and then words:
# "/stories/kayla-benoit-burn-recovery", "/obituaries/wendell-pyle-1938".
_STORY_SLUG = lazy_compile(r"/(?:obituar(?:y|ies)|stories|story|memorials?|tributes?|in-memoriam|reviews?|"
                           r"testimonials?|"
                           # a client's photos in a studio's gallery: "/gallery/client-katrina-velez-healed"
                           r"gallery/(?:client|patient))[/-]"
                           # (a middle initial may stand between: "/obituary/harold-p-tetreault")
                           r"([a-z]{2,20})[-_](?:[a-z][-_])?([a-z]{2,25})(?:[-_][a-z0-9]{1,20}){0,4}(?=[/?#.]|$)")
# A street address as a query value: "?addr=2650+Sagebrush+Way".
_ADDRESS_QUERY = lazy_compile(r"[?&](?:addr|address|street|home|dest|destination|dropoff|pickup)=\d{1,6}(?:\+|%20|-)"
                              r"[a-z]")


# A map link's place: a house number and a street ("?q=2260+Bahia+Vista+St") or coordinates to four decimals
# (about ten metres: "?q=35.1342,-106.5119"). Stored on its own, as a URL field or a value, it is where
# someone is picked up or visited; the practice's own directions link sits under a key that says so.
_MAP_HOST = lazy_compile(r"^(?:maps\.google\.[a-z.]{2,6}|(?:www\.)?google\.[a-z.]{2,6}/maps|maps\.apple\.com|"
                         r"(?:www\.)?bing\.com/maps|(?:www\.)?openstreetmap\.org)")
_MAP_COMMAS = lazy_compile(r"(?:,(?:\+|%20)?[\w-][^\s<>\"'`\])},]{0,300}){1,8}")
_MAP_PLACE = lazy_compile(r"[?&/](?:q|query|daddr|saddr|destination|address|ll|place)[=/]"
                          r"(?:\d{1,6}(?:\+|%20|-| )[a-z]|-?\d{1,3}\.\d{4,},(?:\+|%20)?-?\d{1,3}\.\d{4,})")


def _map_address_link(s: Scan, url: str) -> bool:
    low = url.lower()
    if "map" not in low or _MAP_HOST.match(low.split("://", 1)[-1]) is None or _MAP_PLACE.search(low) is None:
        return False
    if _MAP_BUSINESS_PLACE.search(low):
        return False  # a suite, a boulevard or a parkway: a practice's or a shop's front door, not a home
    return not (s.key_text and (_WORKFORCE_KEY.search(s.key_text) or _MAP_ORG_KEY.search(s.key_text)))


_MAP_BUSINESS_PLACE = lazy_compile(r"(?:\+|%20|\b)(?:suite|ste|blvd|boulevard|pkwy|parkway|hwy|highway|plaza|mall|"
                                   r"center|centre)(?:\+|%20|,|\.|&|$)")


_MAP_ORG_KEY = lazy_compile(r"\b(?:clinic|office|practice|our|org|company|facility|hospital|pharmacy|location|"
                            r"directions|parking|campus|site|branch|main|hq|headquarters)\b")


# A person's handle as a query value or a folder: an initial, then a surname ("?player=kmorikawa",
# "/athletes/asolberg/imaging").
_PERSON_HANDLE_QUERY = lazy_compile(_PERSON_NAME_KEY + r"=([a-z])([a-z]{3,20})(?=[&#]|$)")
_PERSON_HANDLE_PATH = lazy_compile(r"/(?:" + _PERSON_URL + r")/([a-z])([a-z]{3,20})(?=[/?#]|$)")
# A person's record or account id in a URL: "/portal/child/BP-301977/refills", "/portal/u/lkamaka88",
# "?customer=DH-3390184" (a coded id: digits, or letters then digits).
_PERSON_ID_SEGMENT = lazy_compile(r"/(?:" + _PERSON_URL + r"|"
                                  # an immigrant's A-number: "/alien/A219447803/ds3025"
                                  r"alien|a-number)/([a-z]{0,4}-?\d{4,12}|[a-z][a-z._-]{2,30}\d{2,4})(?=[/?#]|$)"
                                  r"|" + _PERSON_KEY + r"(?:_?id)?=([a-z]{0,4}(?:-[a-z]{2,6})?-?\d{4,12})(?=[&#]|$)"
                                  # one patient's device by its serial: "/pump/2120-447-83107/history"
                                  r"|/(?:pumps?|devices?|monitors?|serials?)/(\d[\d-]{6,20}\d)(?=[/?#]|$)")


def _initial_and_surname(initial: str, surname: str, loose: bool = False) -> bool:
    """A handle made of an initial and a lexicon surname, and no word ("roster" is "r" + "oster"); `loose`:
    or a surname outside the lexicon, five letters at least ("/u/hvanderpoel/refills", "?player=kmorikawa")."""
    handle = initial + surname
    return (surname in surnames() or (loose and len(surname) >= 5 and _surname_like(surname))) and (
        not is_common_word(surname)) and handle not in english_words() and not is_common_word(handle) and (
        not compound_word(handle))


def _patient_dir_slug(url: str) -> bool:
    low = url.lower()
    if _PERSON_ID_SEGMENT.search(low) or _ADDRESS_QUERY.search(low):
        return True
    # "/athletes/asolberg/imaging", "?player=kmorikawa": an initial and a surname, one person's folder or handle
    for rx in (_PERSON_HANDLE_PATH, _PERSON_HANDLE_QUERY) if "=" in low else (_PERSON_HANDLE_PATH,):
        # (loosely only with a page of the person's after it, or as a query value; never under "/pt/", a
        # site's Portuguese pages: "/pt/agendar")
        if any(_initial_and_surname(m.group(1), m.group(2), loose=(
                m.group(0)[0] != "/" or low.startswith("/", m.end())) and not m.group(0).startswith("/pt/"))
               for m in rx.finditer(low)):
            return True
    for rx in (_PATIENT_DIR_SLUG, _PERSON_QUERY, _STORY_SLUG):
        for m in rx.finditer(low):
            first, second = m.group(1), m.group(2)
            if is_common_word(first) or (len(second) > 1 and is_common_word(second) and not (
                    rx is _PATIENT_DIR_SLUG and first in surnames()
                    and (second in surnames() or second in NAME_LIKE_WORDS))):
                # "/patients/new-forms", "/members/billing-help", "?member=benefits-summary" (not a double
                # surname, "/clients/nakamura-price/")
                continue
            if rx is _PERSON_QUERY and (len(second) == 1 or len(first) == 1):
                return True  # "kostelnik.d": a surname and an initial
            if len(second) == 1:
                if first in surnames() or first in rare_surnames():  # (no common word: ruled out above)
                    return True  # "/residents/ebersole-h/": a surname and an initial
                continue
            if first in first_names() or second in first_names() or first in surnames() or second in surnames():
                return True
            if rx is not _STORY_SLUG and len(first) > 2 and len(second) > 2 and (
                    first not in english_words() and second not in english_words()) and (
                    rx is _PERSON_QUERY or len(m.group(0)[1:].split("/", 1)[0]) > 2):
                # names outside the lexicon: "/clients/chaltu-debele/notes", "?attendee=bouaphanh.keomany"
                # (not under "/pt/" or "/u/": a site's Portuguese pages, a short folder)
                return True
    return False


# A path segment that is a given name and a surname, in either order, whatever folder holds it:
# "/wall/daniel-ostrowski-1981", "/consult/okafor-tran-r/ecg.pdf", "/wounds/leticia_fuentes/..."
# (the folder-specific shapes above need a folder word; this one needs a lexicon given name).
_NAME_PAIR_SEGMENT = lazy_compile(r"[/=]([a-z]{3,20})[-_.]([a-z]{3,25})(?:[-_.][a-z0-9]{1,20}){0,4}(?=[/?#.&;]|$)")
# Folders of the practice's own pages: its sites, its news and its people ("/locations/dayton-north").
_ORG_PAGE_FOLDER = lazy_compile(r"/(?:locations?|about|leadership|board|authors?|news|blog|events?|speakers?|"
                                r"faculty|careers|jobs|services?|programs?|departments?)/")


# One person's record by its number, then a page of that record: "/records/0088412/labs",
# "/encounter/7731905/video", "/badge/418227/clearance" (five to twelve digits, not a year or a date).
_RECORD_SUBPAGE = lazy_compile(r"/(?!(?:19|20)\d\d/)[A-Za-z]{0,4}-?\d{5,12}/(?:labs?|results?|video|clearance|messages|"
                               r"notes|chart|summary|refills|meds|med-list|medications|history|imaging|plan|orders|"
                               r"consents?|care-plan|documents|forms|photos|vitals|allergies|immuni[sz]ations)"
                               r"(?=[/?#.]|$)", re.IGNORECASE)


def _name_pair_slug(url: str) -> bool:
    path = url.lower().split("://", 1)[-1].partition("/")[2]
    if "-" not in path and "_" not in path and "." not in path:
        return False
    path = "/" + path  # (and its query: "?mother=hofer-rachel", "?file=walter_brunner_left_foot.stl")
    if PROVIDER_IMAGE.search(path) or _ORG_PAGE_FOLDER.search(path):
        return False
    for m in _NAME_PAIR_SEGMENT.finditer(path):
        a, b = m.group(1), m.group(2)
        if is_common_word(a) or is_common_word(b):
            continue
        # A query value is more often a campaign's or a tag's slug: there both words must be lexicon names.
        surname_like = _surname_like if m.group(0)[0] == "/" else _lexicon_surname
        if (a in first_names() and surname_like(b)) or (b in first_names() and surname_like(a)):
            return True
    return False


def _lexicon_surname(word: str) -> bool:
    return word in surnames() or word in rare_surnames()


def _surname_like(word: str) -> bool:
    """A lexicon surname, or a word that is no English word (nor two run together) and has a vowel."""
    if _lexicon_surname(word):
        return True
    return len(word) > 3 and word not in english_words() and any(v in word for v in "aeiouy") and (
        not compound_word(word))


def _bare_personal_urls(s: Scan) -> list[PhiHit]:
    """Social/fundraising pages written without a scheme or "www." (no other URL form is in the text)."""
    hits: list[PhiHit] = []
    for m in _BARE_PERSONAL_URL.finditer(s.text):
        url = m.group(0).rstrip(".;:!?")
        start, end = m.start(), m.start() + len(url)
        if not _business_social(s, url, s.before(start, 40)):
            hits.append(PhiHit(start, end, "URL", "url", 0.8, "a person's page on a social or fundraising site"))
    return hits


# The fewest digits (Scan.digits) recognize_ip needs: its first gate, and the engine's reason to
# skip the call. A dotted quad has four. (An IPv6 address of hex letters with fewer digits is missed.)
IP_MIN_DIGITS = 4


def recognize_ip(s: Scan) -> list[PhiHit]:
    if s.digits < IP_MIN_DIGITS:
        return []
    text = s.text
    # Dotted quads need "9.9" in the digit shape and ".<1-3 digits>." (the second octet); colon
    # forms are only searched with "::" or three colons, as before.
    v4 = False
    if "." in text:
        shape = s.memo.get("digit_shape", _UNSET)  # digit_shape(s), without a call when known
        if shape is _UNSET:
            shape = digit_shape(s)
        v4 = (shape is None or "9.9" in shape) and _IPV4_HINT.search(text) is not None
    v6 = ":" in text and ("::" in text or text.count(":") >= 3)
    if not v4 and not v6:
        return []
    cands = [m.span() for m in _IPV4_RE.finditer(text)] if v4 else []
    if v6:
        cands += [m.span() for m in _IPV6_RE.finditer(text)]
    hits: list[PhiHit] = []
    for start, end in cands:
        # All tests below are pure filters, so their order does not matter; the address verdict
        # (cached per address) comes before the regex tests on the surroundings.
        if "://" in text[max(0, start - 12) : start] or "@" in text[max(0, start - 1) : start]:
            continue  # the host of an endpoint URL is infrastructure
        value = text[start:end]
        if not _personal_ip(value):
            continue
        before = s.before(start, 40)
        if _INFRA_CUE.search(before) and not _IP_OWNER.search(before):
            continue
        if value.count(".") == 3 and _FIRMWARE_BEFORE.search(before):
            continue  # "scanners run firmware 2.3.0.118": a four-part version, not an address
        after = s.after(end, 25)
        cued = _IP_WORD.search(before) or _IP_WORD.search(after)
        if not cued and (_OUTLINE_BEFORE.search(before) or max(int(p) for p in value.split(".")) < 32
                         or _VERSION_KEY.search(s.key_text) if ":" not in value else False):
            continue  # section or version numbering that happens to parse as an address ("axium_version")
        conf = 0.8 if _IP_PERSON.search(before) or _IP_PERSON.search(after) else 0.6
        hits.append(PhiHit(start, end, "IP_ADDRESS", "ip", conf,
                           "public IP address (not private, loopback or documentation range)"))
    return hits


# Keyed by the address string alone (a token, bounded): the same server or client address
# recurs across the fields of a config, and parsing it with ipaddress costs microseconds.
@lru_cache(maxsize=1024)
def _personal_ip(value: str) -> bool:
    """ip_valid(value) and ip_is_personal(value); the second implies the first."""
    return ip_is_personal(value)
