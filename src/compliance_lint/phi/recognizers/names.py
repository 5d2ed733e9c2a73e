"""Person names: lexicon + name shape + context, with provider/staff/persona/eponym suppression.

In prose a name needs a shape (two name-like capitalised tokens, an honorific) or a cue (patient,
"my name is", a possessive + health word). In short labels and keys the words are split first
(snake_case, kebab-case, camelCase) and looked up case-insensitively.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Callable
from functools import cache, lru_cache
from itertools import accumulate

from compliance_lint.phi.context import FILE_EXT_RE, HEALTH_CUE, Scan
from compliance_lint.phi.hits import PhiHit
from compliance_lint.phi.lexicon import (
    CLINICAL_EPONYMS,
    COMMON_WORDS,
    COMPANY_NAMES,
    COUNTRIES,
    EPONYM_DISEASES,
    EPONYM_NEXT,
    HONORIFICS,
    INSTITUTION_GIVEN_NAMES,
    INSTITUTION_WORDS,
    KIN_PATTERN,
    KIN_WORDS,
    MULTI_WORD_COUNTRIES,
    NAME_LIKE_WORDS,
    ORG_WORDS,
    PROVIDER_TITLES,
    PUBLIC_FIGURES,
    US_STATES,
    WORLD_REGIONS,
    english_words,
    first_names,
    is_common_word,
    label_names,
    product_names,
    rare_surnames,
    surnames,
    word_list,
)
from compliance_lint.phi.patterns import lazy_compile
from compliance_lint.phi.recognizers.script_names import SCRIPT_HINT, script_names
from compliance_lint.phi.recognizers.turns import CALLER_ROLES, in_caller_turn
from compliance_lint.phi.spans import HitList, SpanSet

_PUNCT = ".,:;!?\"'()[]{}-–—*#>"


class _TailCue:
    """Does a window end with one of these cue phrases (allowing a little punctuation)?

    Set lookups on the last few words instead of an end-anchored regex, which would be tried at
    every position of the window: these checks run for every candidate name. Each cue owns one
    bit, so `_tail_cues` answers for all of them from one split of the window.
    """

    __slots__ = ("_maxlen", "_phrases", "bit")

    def __init__(self, phrases: str, bit: int) -> None:
        self._phrases = frozenset(tuple(p.split()) for p in phrases.split("|"))
        self._maxlen = max(len(p) for p in self._phrases)
        self.bit = bit

    def search(self, before: str) -> bool:
        return bool(_tail_cues(before) & self.bit)


_TAIL_BITS: dict[tuple[str, ...], int] = {}  # phrase (as words) -> bits of the cues that list it
_TAIL_DEEP: set[tuple[str, ...]] = set()  # proper suffixes of phrases: a longer tail may still match
_TAIL_DEEP_LAST: set[str] = set()  # last words of phrases longer than one word
_TAIL_MAXLEN = 1


def _register_tail_cue(cue: _TailCue) -> _TailCue:
    global _TAIL_MAXLEN
    for phrase in cue._phrases:
        _TAIL_BITS[phrase] = _TAIL_BITS.get(phrase, 0) | cue.bit
        _TAIL_DEEP.update(phrase[k:] for k in range(1, len(phrase)))
        if len(phrase) > 1:
            _TAIL_DEEP_LAST.add(phrase[-1])
    _TAIL_MAXLEN = max(_TAIL_MAXLEN, cue._maxlen)
    return cue


# Cue words written as abbreviations: their dot does not end a sentence ("Dr. Smith", "pt. Roe").
_ABBREVIATION_CUES = frozenset({"dr", "dra", "pt", "pts", "mr", "mrs", "ms", "np", "rn", "pa", "prof", "re", "av",
                                "avda", "lpn", "rev", "fr", "sr", "sra", "mme",
                                # ranks and the Vietnamese doctor's title ("Lt. Ray Odom", "BS. Lâm Quốc Bảo")
                                "lt", "sgt", "capt", "det", "cpl", "bs", "ths",
                                # the Spanish licentiate's title: "la psicóloga Lcda. Marta Icó"
                                "lcda", "lcdo", "licda", "licdo", "lic"})


def _tail_cues(before: str) -> int:
    """Bits of the tail cues whose phrase ends `before` (a slice of the lower-cased text).

    Per cue this is the old `_TailCue.search`: the last few words (punctuation stripped), tried
    as tails of every length up to the cue's longest phrase. Here the tails grow one word at a
    time from the last word and stop as soon as the tail ends no phrase of any cue (no longer
    tail can then be a phrase). `before` is already lower-case (str.lower is idempotent), so
    only the apostrophe is normalised.
    """
    core = before.rstrip()
    if core[-1:] in _PUNCT:  # (also when empty) else the punctuation strip and second rstrip change nothing
        core = core.rstrip(_PUNCT).rstrip()
    if len(before) - len(core) > 4 or not core:
        return 0
    if "/" in core:
        core = core.replace("/", " ")  # a path: "staff_photos/dr naomi feld"
        if core.isspace():
            return 0  # only slashes before the name ("/ Wes — truck welfare"): no word, no cue
    gap = before[len(core) :]
    if "\n" in gap or (". " in gap and core.rsplit(None, 1)[-1].strip(_PUNCT) not in _ABBREVIATION_CUES):
        return 0  # a cue ends its line or sentence ("... such as name.\n- Sentences in quotes")
    # The last word alone (the apostrophe never changes where words split) decides most windows.
    bits = _last_word_cues(core.rsplit(None, 1)[-1])
    if bits >= 0:
        return bits
    words = core.replace("’", "'").rsplit(None, _TAIL_MAXLEN)
    tail: tuple[str, ...] = (words[-1].strip(_PUNCT),)
    bits = _TAIL_BITS.get(tail, 0)
    i = len(words) - 2
    stop = i - _TAIL_MAXLEN + 1  # only the last _TAIL_MAXLEN words (rsplit may add the rest as one part)
    while tail in _TAIL_DEEP and i >= 0 and i > stop:
        tail = (words[i].strip(_PUNCT), *tail)
        bits |= _TAIL_BITS.get(tail, 0)
        i -= 1
    return bits


@lru_cache(maxsize=4096)
def _last_word_cues(raw: str) -> int:
    """`_tail_cues` of a window whose last word (split on whitespace) is `raw`, or -1 when that word
    ends a phrase of several words (the words before it decide). Keyed by one word."""
    last = raw.replace("’", "'").strip(_PUNCT)
    if last in _TAIL_DEEP_LAST:
        return -1
    return _TAIL_BITS.get((last,), 0)


# Latin, Greek and Cyrillic letters, and Latin Extended Additional (Vietnamese: "Hạnh", "Nguyễn").
_LETTER_CODES = (*range(0x41, 0x530), *range(0x1E00, 0x1F00))
_U = "".join(re.escape(chr(c)) for c in _LETTER_CODES if chr(c).isupper() and chr(c).isalpha())
# (and the Hawaiian ʻokina, a letter inside a word: "Kealiʻi", "Waʻa")
_L = "".join(re.escape(chr(c)) for c in _LETTER_CODES if (chr(c).islower() and chr(c).isalpha()) or c == 0x2BB)
_TOKEN = rf"(?:[{_U}]['’])?[{_U}][{_L}]+(?:[{_U}][{_L}]+){{0,2}}(?:-[{_U}]?[{_L}]+)?"
# A run of capitalised tokens / initials separated by single spaces (optionally after a dot).
_PARTICLE = r"(?:van|von|de|der|den|da|di|del|della|du|dos|das|la|le|ten|ter|bin|binti|ibn|al|el|y)"
# The run's first character (always [_U]: both alternatives begin with one) comes first and the
# "not inside a word" look-behind after it, so re can skip to candidates with its charset prefix
# scan instead of trying the look-behind at every position. `(?<![...].)` after that character
# tests the same single character before the run. The first token's alternatives keep _TOKEN's
# order (with apostrophe, without, then an initial), so every match is the same.
_TOKEN_REST = (rf"(?:['’][{_U}][{_L}]+(?:[{_U}][{_L}]+){{0,2}}(?:-[{_U}]?[{_L}]+)?"
               rf"|[{_L}]+(?:[{_U}][{_L}]+){{0,2}}(?:-[{_U}]?[{_L}]+)?|\.)")
_RUN_RE = lazy_compile(rf"[{_U}](?<![\w'’.-].){_TOKEN_REST}(?:\.? {{1,2}}(?:{_PARTICLE} (?:{_PARTICLE} )?)?"
                     rf"(?:{_TOKEN}|[{_U}]\.?(?=[ ,]|['’]s(?!\w))))" r"{0,4}")  # (a possessive initial: "Elliot K.'s")
_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))
_CASELESS_CAPITALS = "".join(chr(c) for c in range(0x41, 0x530)
                             if chr(c).isupper() and chr(c).isalpha() and chr(c).lower() == chr(c))
_TOK_RE = lazy_compile(rf"(?:[{_U}]['’])?[{_U}][{_L}]*(?:[{_U}][{_L}]+){{0,2}}(?:-[{_U}]?[{_L}]+)?\.?"
                      rf"|(?<= ){_PARTICLE}(?= )")
_LABEL_TOK_RE = lazy_compile(rf"[{_U}]?[{_L}]+|[{_U}]+(?![{_L}])")
_INITIALS_RE = lazy_compile(rf"(?<![\w.])[{_U}]\.(?: ?[{_U}]\.){{1,2}}(?![\w])")

_PROVIDER_BEFORE = _register_tail_cue(_TailCue(
    "dr|dra|dre|doc|doctor|nurse|np|rn|lpn|pa|provider|physician|surgeon|therapist|dentist|pharmacist|midwife|"
    "nurse practitioner|"
    "chaplain rev|chaplain reverend|chaplain pastor|"
    "prof|professor|counselor|coach|chaplain|care team|slp|rdn|lcsw|lpc|bcba|ibclc|lmft|audiologist|hygienist|"
    # "Clinician Grant Mbatha and peer specialist Hope Delacroix take handoffs"
    "clinician|peer specialist|peer support specialist|"
    # a physiotherapist, shortened ("book with physio Grant Oduya"); a paramedic ("EMT-P Hope Caldwell")
    "physio|emt-p|emt-b|emt|aemt|paramedic|medic|"
    "histotech|otr|доктор|врач|docteur|doktor|lcda|lcdo|licda|licdo|lic|"
    # "Nuestro promotor de salud Wilfredo Almonte"
    "promotor de salud|promotora de salud|"
    # clergy at a parish or chaplaincy: "Fr. Athanasios Rigas", "Presvytera Eleni", "Pastor Ruth"; a dojo's teacher
    "fr|rev|reverend|pastor|imam|rabbi|presvytera|khouria|sensei|"
    # a Hawaiian teacher's title; Spanish physiotherapist; Bosnian/Croatian/Serbian doctor and nurse
    "kumu|fisioterapeuta|fisioterapeuto|kinesióloga|kinesiólogo|doktorica|doktorka|ljekar|ljekarka|lekar|lekarka|"
    "medicinska sestra|"
    # Ukrainian and Russian titles, also in the instrumental case ("з лікаркою Оксаною Гриценко")
    "лікар|лікарка|лікарем|лікаркою|медсестра|медсестрою|менеджер|менеджером|кейс-менеджер|кейс-менеджером|"
    "координатор|координатором|координаторкою|терапевт|терапевтом|врачом|медсестрой|"
    "тренер|тренером|тренерка|тренеркою|тренеркой|"
    # credentials written before the name: "OT Sam Delacroix", "PA-C Tomás Rivera" (not "pt": the patient)
    "ot|pa-c|fnp|dpt|crna|aprn|dnp|pmhnp|rdh|lmsw|lmhc|cnm|crnp|mft|atc|athletic trainer|"
    # a county's public information officer: "media questions go to the PIO, Grant Whitley"
    "pio|public information officer|spokesperson|"
    # Vietnamese: interpreter, doctor, nurse ("thông dịch viên Sophal Mao")
    "thông dịch viên|bác sĩ|y tá|điều dưỡng|"
    # the workforce in the other languages agents speak: "nuestra intérprete ...", "la enfermera ...",
    # "notre infirmière ...", "nossa enfermeira ...", "unsere Pflegerin ...", "përkthyesja jonë ..."
    "enfermera|enfermero|intérprete|interprete|promotora|promotor|recepcionista|doctora|trabajadora social|"
    # a head nurse: "la enfermera jefa Yesenia Ortiz"
    "enfermera jefa|enfermero jefe|jefa de enfermería|jefe de enfermería|jefa de enfermeras|"
    "enfermera practicante|enfermero practicante|asistente médica|asistente médico|partera certificada|"
    "trabajador social|coordinadora|farmacéutica|farmacéutico|partera|psicóloga|psicólogo|terapeuta|"
    "nutricionista|enfermeira|enfermeiro|doutora|doutor|assistente social|agente de saúde|infirmière|infirmier|"
    # a midwife nurse in Portuguese and Spanish, a doctor abbreviated in Russian ("д-р Роза Абрамян")
    "enfermeira obstétrica|enfermeiro obstetra|enfermera obstetra|enfermera obstétrica|д-р|"
    "interprète|réceptionniste|médecin|docteure|sage-femme|pharmacienne|pharmacien|pflegerin|krankenschwester|"
    "ärztin|arzt|dolmetscherin|dolmetscher|infermiera|infermiere|dottoressa|dottore|përkthyesja|përkthyesi|"
    "përkthyesja jonë|përkthyesi ynë|infermierja|mjekja|mjeku|pielęgniarka|lekarz|tłumaczka|tłumacz|"
    "переводчик|переводчица|перекладач|перекладачка|enfimyè|entèprèt|doktè|kalkaalisada|turjubaanka|dhakhtarka|"
    "nars|doktora|bs|ths|ths. bs",
    1,
))
# (first: paramedics, a listening and spoken language specialist and massage therapists, "Ben Ostrowski, NRP",
# "LSLS Cert. AVT", "Josh Pereira, LMT")
_CREDENTIAL_WORDS = ("nrp|nremt|nremt-p|emt-p|emt|aemt|lsls|lsls cert\\. avt|lmt|cmt|lmbt|wfr|wemt|"
                     "md|m\\.d\\.|au\\.d\\.|do|d\\.o\\.|rn|np|pa-c|pa|dds|dmd|lcsw|lpc|phd|fnp|aprn|crnp|mft|psyd|od|"
                     "dpm|dnp|cnm|phn|cnp|ccds|ceps|rcis|rehs|cih|"
                     # Alaska tribal health aides: community, behavioral and dental ("Rosalie Kanrilak, CHA/P,")
                     "cha/p|chap|cha|bha/p|bha|dha/t|dhat|dha|"
                     "lpn|lvn|cna|cma|crna|pharmd|rdn|slp|ccc-slp|dpt|msw|lmft|lmhc|lpcc|cde|cdces|ibclc|bcba|rd|pmh-c|pt|ot|ocs|"
                     "clt|rt|rrt|cpht|aud|pnp|rph|ccc-a|lcpc|lisw|psyd|edd|dnp|fnp-c|agpcnp|whnp|cpnp|otr/l|otr|cota|pta|atc|cgc|"
                     "rdh|lmsw|ladc|cadc|cpss|cprs|cnm|lm|cpm|ibclc|cscs|cwocn|cwon|cwcn|cws|cfcn|ccrn|cen|ocn|cpn|rnc|"
                     "cnor|cic|chpn|crrn|cdn|cpo|cp|co|bocp|bocpo|cped|c\\.ped|lpo|chw|cht|"
                     # degrees and other workforce credentials ("Karen Lee, M.S., RD", "Wade Kettering, ATP")
                     "m\\.s\\.|msn|mph|m\\.p\\.h\\.|m\\.a\\.|atp|mba|bsn|licsw|pharmd|pharm\\.d\\.|"
                     # sonographers and radiographers: "Brett Lindqvist, RDCS, is our lead sonographer"
                     "rdcs|rdms|rvt|rcs|rces|arrt|rt\\(r\\)|crt|"
                     # acupuncturists: "Sage Oyelaran, L.Ac.", "Dr. Mei-Ling Harkness, DACM"
                     "l\\.ac\\.|lac|dacm|"
                     # music therapists: "Maren Solberg, MT-BC"; licensed athletic trainers: "Nadia Ferrante, LAT"
                     "mt-bc|lat|"
                     # sleep technologists: "Jordan Blake, RPSGT"
                     "rpsgt|cpsgt|rst|ccsh|"
                     # billing, coding and practice management: "Dana Whitlock, CRCS, our senior financial navigator"
                     "crcs|crcr|chfp|cpc|ccs|rhia|rhit|chaa|cham|cpat|cppm|cmrs|cpb|cmpe|fache|cphq|ccm|ches|mches|"
                     # social workers: "Keisha Abernathy, LSW, coordinates peer visits"
                     "lsw|csw|lcsw-c|lgsw|licsw-s|"
                     # home health aides: "Hope Mwangi, HHA covers baths"; advanced practice nurses: "Mina Kwak, APN"
                     "hha|apn|arnp|"
                     # chartered physiotherapists (UK): "Siân Morgan-Price, MCSP"
                     "mcsp|hcpc|"
                     # psychiatric and adult-gerontology nurse practitioners: "Rose Okeke, PMHNP"
                     "pmhnp|pmhnp-bc|fnp-bc|agnp|agnp-c|anp|acnp|agacnp|np-c|"
                     # low vision rehabilitation: "Leland Sato, COMS" (orientation and mobility), "CVRT", "CLVT";
                     # child life: "Rose Delacroix, CCLS"
                     "coms|cvrt|clvt|ccls|"
                     # a certified doula or lactation counselor: "Summer Ojukwu, CD(DONA)", "Bea Tran, CLC"
                     "cd\\(dona\\)|cd|cdt|clc|"
                     # a board-certified ocularist ("Tobias Lindgren, BCO")
                     "bco|bcoc")
# A credential after the name: ", RN", " - CHW", or in parentheses, " (PA-C)", " (LCSW, CADC)" (there
# not "pt", which there is the patient: "Maria Soto (pt) called").
_PROVIDER_AFTER = lazy_compile(r"^(?:(?:,| [-–—])? ?(?:" + _CREDENTIAL_WORDS + r")(?:\b|(?<=\.))"
                               r"| \((?!pt\b)(?:" + _CREDENTIAL_WORDS + r")(?=[),/]))")
_CREDENTIALS = frozenset(w.replace("\\", "") for w in _CREDENTIAL_WORDS.split("|"))
# The practice's workforce in the plural: a list after one of these names staff, not patients
# ("Promotoras: Araceli and Benito", "our hygienists are Lupe and Ama", "CNMs Becca and Jada").
_ROLE_PLURALS = (
    "nurses|doctors|providers|physicians|therapists|hygienists|midwives|dentists|pharmacists|assistants|"
    "schedulers|receptionists|coordinators|navigators|technicians|techs|specialists|staff members|team members|"
    "colleagues|coworkers|co-workers|clinicians|counselors|aides|interpreters|volunteers|surgeons|dietitians|"
    # a workers' centre's organizers: "Our organizers are Rosa Tzoc and Bill Medina"
    "organizers|organisers|"
    "promotoras|promotores|intérpretes|interpretes|enfermeras|enfermeros|doulas|chws|community health workers|"
    "franchise owners|franchisees|artists|stylists|estheticians|aestheticians|injectors|lash artists|"
    "educators|chaplains|drivers|billers|prosthetists|inspectors|sanitarians|"
    "orthotists|audiologists|optometrists|paramedics|outreach workers|recruiters|phlebotomists|examiners|"
    "mentors|peer mentors|peer specialists|social workers|case managers|caseworkers|psychologists|psychiatrists|"
    "counsellors|sonographers|radiographers|dispatchers|advocates|coaches|chiropractors|"
    "physiologists|exercise physiologists|directors|clinic directors|supervisors|histotechs|reps|account reps|"
    "managers|leads|instructors|trainers|nutritionists|radiologists|anesthesiologists|podiatrists|dermatologists|"
    "cardiologists|neurologists|oncologists|pediatricians|obstetricians|physiatrists|kinesiologists|"
    "cnms|nps|pas|rns|mds|pts|ots|lpns|mas|cmas|vendors|ibclcs|lactation consultants|rds|rdns|slps|lcsws|"
    "doulas|midwives|chrs|community health representatives|embryologists|rrts|respiratory therapists|"
    "installers|delivery drivers|emts|medics|"
    # a home-care agency's and a child advocacy center's staff: "Caregivers Ines, Tomasz and Grace cover ...",
    # "Forensic interviewers this month: ..."
    "caregivers|interviewers|forensic interviewers|cnas"
)
_STAFF_BEFORE = _register_tail_cue(_TailCue(
    "ask for|asks for|asked for|speak to|speak with|talk to|talk with|transfer to|transfer the call to|"
    # Romanian "you are" (the agent's persona: "Ești Ana, recepționera virtuală"); a paramedic, an athletic trainer
    "ești|sunteți|paramedic|athletic trainer|"
    "transfer them to|put them through to|put through to|forward to|forward it to|forward the call to|escalate to|"
    "reach out to|page|notify|cc|copy|your name is|you are|you're|act as|introduce yourself as|persona|"
    # Spanish, Portuguese, French: whom a call is handed to ("ofrezca transferir a Shannon Becerra")
    "transferir a|transfiera a|transfiere a|transferirle a|pase la llamada a|comunicar con|comuníquese con|"
    "transferir para|transfira para|transférer à|transférez à|"
    # Bosnian/Croatian/Serbian "Ti si Dalila, glasovni asistent" (you are)
    "ti si|vi ste|"
    # Greek: "Είσαι η Αγάπη, η φωνητική βοηθός ..." (you are ...); Vietnamese, Haitian Creole
    "είσαι η|είσαι ο|bạn là|ou se|"
    "the agent is|signed|manager|scheduler|receptionist|coordinator|nurse|administrator|staff|our|team member|"
    "biller|navigator|pharmacist|technician|assistant|advocate|patient advocate|liaison|representative|rep|"
    "specialist|director|supervisor|officer|educator|social worker|case manager|dietitian|hygienist|aide|"
    "interpreter|volunteer|ceo|owner|founder|president|instructor|teacher|trainer|cde|cdces|"
    "promotora|promotor|la promotora|el promotor|driver|our driver|van driver|investigator|death investigator|"
    "tech|technologist|physiologist|account rep|sales rep|embryologist|andrologist|sonographer|"
    "radiologist|anesthesiologist|physicist|dispatcher|chaplain|reverend|pastor|chr|chw|rrt|rt|lead tech|"
    "hsa|"  # a jail's or a clinic's health services administrator: "HSA Rochelle Dunmore"
    "orthotist|prosthetist|pedorthist|"
    # Alaska's dental health aide therapist: "DHAT Loretta Kasayulie is in Kwethluk"
    "dhat|"
    "financial counselor|counselor|lead|reps|manufacturer reps|firefighter|volunteer firefighter|on duty|"
    "reviewer|auditor|analyst|engineer|developer|outreach worker|community health worker|case worker|caseworker|"
    "volunteer of the year|employee of the month|employee of the year|nurse of the year|"
    "led by|run by|taught by|hosted by|facilitated by|supervised by|managed by|staffed by|handled by|"
    "coordinated by|overseen by|"
    # a voice recorded for the line: "The greeting was recorded by Keoni Pahia"
    "recorded by|voiced by|narrated by|"
    # "senior sanitarian Tom Brandvold", "Sonographers Kelsey Marsh and ..."
    "sanitarian|epidemiologist|sonographers|technicians|herbalist|acupuncturist|"
    # an event's crew: "Race director Kenji Albrecht", "medical lead Dr. ...", "Kayak captain is Bram de Wit"
    "race director|medical lead|captain|captain is|"
    # a wildland crew's leader: "the superintendent is Dale Hargrove" (not "crew boss": a patient's boss too)
    "superintendent|superintendent is|"
    # "pickups are at the front desk with Amy Zhou"
    "front desk with|desk with|"
    "coordinator is|manager is|scheduler is|receptionist is|nurse is|supervisor is|director is|lead is|"
    "go to|goes to|route to|routes to|roll to|rolls to|roll over to|rolls over to|ring to|rings to|"
    "be seen by|seen by|covering for|covered by|patients can see|patients will see|patients may see|"
    "cnms|nps|pas|rns|mds|pts|the don|ceo is|cfo is|coo is|cmo is|"
    "president is|founder is|owner is|administrator is|medical director is|thanks to|thank you to|kudos to|"
    "shout-out to|shoutout to|book with|schedule with|booked with|scheduled with|techs|"
    "send them to|send callers to|send it to|send the caller to|on call|"
    "liaison is|navigator is|biller is|assistant is|you're named|you are named|agent name is|agent's name is|"
    "assistant's name is|bot name is|bot's name is|"
    # "you are" in the agents' other languages: "Jesteś Zosią, wirtualną recepcjonistką"
    "jesteś|eres|você é|vous êtes|tu es|"
    # who the agent hands a call to: "flag the call for Priya in the morning", "schedule through Connie"
    "flag the call for|flag it for|flag this for|flag for|schedule through|book through|scheduled through|"
    "consults with|consult with|"
    # plural roles before a list of names ("any of our hygienists: Lupe, Gretchen or Ama")
    + _ROLE_PLURALS,
    2,
))
# Roles set off after a name without an article: "Rudy Ferreira, lead tech, makes the call",
# "Rev. Thomas Ebbesen, chaplain, leads the group".
_APPOSED_ROLE_WORDS = ("tech", "technician", "technologist", "chaplain", "dispatcher", "driver", "scheduler",
                       "receptionist", "coordinator", "manager", "supervisor", "director", "pharmacist", "therapist",
                       "dietitian", "social worker", "interpreter", "navigator", "biller", "educator", "embryologist",
                       "sonographer", "phlebotomist", "counselor", "counsellor", "medical director", "nurse manager",
                       "case manager", "administrator", "physicist", "radiologist", "anesthesiologist", "dispatch",
                       "office manager", "practice manager", "nurse educator", "charge nurse", "nurse navigator",
                       "analyst", "interface analyst", "engineer", "developer", "chr", "chw", "athletic trainer",
                       "assessor", "inspector")
_APPOSED_ROLES = "|".join(sorted(_APPOSED_ROLE_WORDS, key=len, reverse=True))
# Spanish, Portuguese and French roles read after a name, after a comma or in parentheses.
_LATIN_ROLES = ("intérprete|enfermera|enfermero|recepcionista|promotora|promotor|enfermeira|interprète|infirmière|"
                "infirmier|trabajadora social|trabajador social|assistente social")
_LATIN_ROLES_AFTER_COMMA = (_LATIN_ROLES + "|interprete|coordinadora|coordinador|trabajadora social|enfermeiro|"
                            "sage-femme|réceptionniste|"
                            # the agency's lawyer: "Mèt Jean-Claude Valcin, avoka ajans lan"
                            "avoka|avocat|avocate|abogado|abogada|"
                            # "passe a chamada ao Sr. Duarte Furtado, o diretor"
                            "diretor|diretora|director|directora|gerente|administrador|administradora")
# Whose staff a plural role is: "are our SLPs", "are this month's vigil volunteers".
_STAFF_ARE_DETERMINER = (r"(?:our|the|both|certified|licensed|registered|trained|"
                         r"(?:this (?:week|month|year|weekend)|today|tonight)['’]s)")
_STAFF_AFTER = lazy_compile(
    r"^(?:,? the (?-i:A?DON)\b"  # a director of nursing: "it's Jenna, the DON at Orchard View"
    r"|,? (?:our|the|your|a|an|licensed|certified|registered|board-certified) (?:[\w-]+ ){0,3}"
    r"(?:scheduler|receptionist|nurse|manager|coordinator|owner(?! of)|optician|imager|photographer|"
    r"community health worker|health worker|chw|outreach worker|peer worker|promotora|promotor|"
    r"assistant|navigator|agent|front desk|pharmacist|provider|doctor|physician|biller|specialist|"
    r"administrator|director|supervisor|practitioner|therapist|technician|tech|dietitian|counselor|"
    r"aide|volunteer|interpreter|bot|persona|receptionist|social worker|case manager|chaplain|educator)"
    # ("RSVP with Mari Ota in Activities, ext. 214": a department and an extension)
    r"|,? (?:in|at|from) (?:the )?[\w&' -]{2,30}, ext\.? ?\d"
    r"|,? (?:at|from|in|on|with) (?:the |our )?(?:front desk|billing|reception|scheduling|office|clinic|counter|"
    r"pharmacy counter|check-in|"
    r"pharmacy|records|lab|nurses?'? station|call center|team|practice|[A-Z][a-z]+ (?:clinic|health|medical)|"
    r"benefits|prior auth|authorizations|"
    r"financial counseling|patient accounts|registration|admissions|referrals|intake|medical records|"
    r"[A-Z][a-z]+ desk\b)"
    r"|,? (?:i'?m |i am )?(?:calling |a |an |the |your )?(?:virtual|ai|assistant|receptionist|"
    r"scheduler|agent|bot|concierge)\b"
    # (a patient's job: "Mr. Okafor works nights, so ...", "works the strawberry harvest")
    r"|,? (?:works(?! (?:nights|evenings|mornings|afternoons|overnights?|two jobs"
    r"|the (?:\w+ )?(?:harvest|fields|line|docks))\b)"
    r"(?! (?:nights |days |weekends |evenings |mornings |afternoons |rotations |shifts |the register |two jobs )?"
    r"(?:at|for) (?!our\b|the front desk|the office|the clinic|reception|the desk)[\w'’-])|"
    r"handles|manages|runs|leads|heads|covers|cover|answers|schedules|will help you|can help you|dispatches|assigns|"
    # an interpreter's days ("Somsack Keomany interprets on Sundays"; not a relative's "interprets for her mother")
    r"supervises|(?:interprets|translates)(?! for (?:her|his|their|my)\b)|"
    r"oversees|coordinates|protocols|directs (?:the|our) (?:program|clinic|center|team|practice|line)|"
    # "Summer Reyes returns nurse calls within one business day"
    r"returns (?:nurse |patient |all |your |the )?(?:calls|messages|voicemails))\b"
    r"|,? (?:does|do) (?:the |all )?(?:repairs|intake|deliveries|setups|installs|titrations|home visits)\b"
    # "Reina Valdés does all paramedical work", "does large blackwork cover-ups", "does fence inspections"
    r"|,? (?:does|do) (?:the |all |large |most )?(?:[\w-]+ )?(?:work|cover-ups|inspections|piercings)\b"
    # who assists whom: "Louise Benally assists the Health Director"
    r"|,? (?:assists|supports) (?:the|our|dr\.?)\b"
    # the agent's persona: "I'm Ranger Rae, the camp's phone helper"
    r"|, (?:the |your |our )?(?:[\w'’-]+ ){0,2}phone (?:helper|assistant|agent|line)\b"
    # what a technician does or does not do: "Dale doesn't service bilevel ventilators"
    r"|,? (?:does|doesn't|doesn’t|does not|can|can't|cannot) (?:service|repair|install|deliver|set up)\b"
    # a role noun set off after the name: "Ravi Menon, our epidemiologist,", "Beverly Ruhl, the sanitarian,"
    r"|, (?:our|the) (?:[\w-]+ )?[a-z]{3,}(?:ist|ician|arian)\b(?!s)"
    # a department in lower case: "Keo Phommachanh in care coordination"
    r"| in (?:care coordination|scheduling|billing|the front office|patient services|member services)\b"
    # Spanish: who interprets or sees patients ("Fermín Santiago interpreta zapoteco")
    r"| (?:interpreta|atiende|coordina)\b"
    # Polish: from a department, the front desk ("pani Haliny z działu rozliczeń")
    r"| z (?:działu|recepcji|rejestracji)\b"
    # a studio's services: "Brooke Ellery does HydraFacials only"
    r"|,? (?:does|do) (?:all |the )?(?:[\w-]+ )?(?:hydrafacials|facials|consults|consultations|peels|microneedling|"
    r"injectables|lashes|brows|waxing|lip blush|microblading|tattoos|piercings|nails|touch-ups|first sessions|"
    r"castings|fittings)\b"
    # what the practice gives families: "Spanish-speaking families get Yesenia Cárdenas as their community
    # health worker"
    r"| as (?:their|your|the|our|a) (?:[\w-]+ ){0,2}(?:community health worker|chw|navigator|nurse|interpreter|"
    r"coordinator|case manager|doula|promotora|social worker|advocate|coach|therapist|hygienist)\b"
    # who teaches the practice's classes; whom callers contact with their questions
    r"|,? (?:teaches|facilitates|leads) (?:the |our |a |all )?(?:[\w-]+ ){0,2}(?:class|classes|group|groups|session|"
    r"sessions|workshop|workshops)\b|,? (?:co-)?facilitates(?=[.;,]|$)|(?:\)|,)? teaches\b"
    r"|,? for (?:any |all |other )?(?:[\w-]+ ){0,2}(?:questions?|concerns|issues)\b"
    # away from work; at an extension; who signed off on the agent's script; the caller's assigned role
    r"| is (?:out|off|away|on vacation|on leave|on pto)(?: until| today| this week| next week| on)\b"
    r"| at (?:ext\.?|extension|x) ?\d"
    r"|,? (?:approved|reviewed|wrote|updated|edited|signed off on) (?:this|the) (?:script|prompt|flow|config|agent|"
    r"version|wording)\b"
    r"| will be your (?:[\w-]+ ){0,2}(?:nurse|navigator|coordinator|therapist|coach|case manager|social worker|"
    r"advocate|care manager|dietitian|point of contact)\b"
    # who calls the practice's clients; a name then its extension ("Baraka Mwangi, extension 216")
    r"|,? calls? (?:the |every |each |all (?:the )?)?(?:clients?|patients?|famil(?:y|ies)|parents?|households?|"
    r"callers?|members?)\b|, (?:ext\.?|extension|x) ?\d"
    # a language in a phone menu: "For Karen, press 3"
    r"|, (?:press|dial|say) \d\b"
    # a driver of the practice's routes: "Tou Yang drives the east route", "rides along on Mondays"
    r"|,? (?:drives|runs) (?:the |our )?(?:[\w-]+ ){0,2}(?:route|routes|van|bus|shuttle)\b|,? rides along\b"
    # reached through the practice's line and an extension: "Please call Kelsey at (605) 328-7140, extension 7142"
    r"| at \(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4},? (?:ext\.?|extension|x) ?\d"
    # a staff member's direct line as a label: "Aunty Funmi direct", "Shukria Amiri – care coord direct"
    r"|(?: [-–—] (?:[\w.-]+ ){0,3}| )direct(?: line| dial| number)?\s*$"
    # ... and in prose: "Ed Yazzie's direct line is (615) 443-9184; give it only to other clinicians"
    r"|['’]s direct (?:line|dial|number|extension)\b"
    # an administrative department ("Sharon Motley in Quality calls back"; not "Dave in Shipping")
    r"|(?-i: in (?:Quality|Safety|Compliance|HR|Human Resources|Billing|Finance|IT|Admissions|Medical Records|PT|OT|"
    r"Academic Support|Patient Relations|Risk Management|Registration|Facilities|Payroll|dispatch|Dispatch))\b"
    # who calls the caller back: "Leave your name ... and Pam will call you back by 4pm", "Trudy will
    # call the morning of" (not "follows up": patients have follow-ups too)
    r"| will (?:call you back|return your call|get back to you|call (?:the morning|the day|the evening|you|them)\b)"
    # ... and the first of two who will: "Dana or Rafa will call you back"
    # (not "will call back": "Marisol will call back about her biopsy results" is a patient)
    r"|(?-i: (?:or|and) [A-Z][\w'’-]+) will (?:call (?:you|them) back|return your call|get back to you)\b"
    # from a department: "Tiana Moore from child life can join video calls"
    r"| from (?:child life|billing|scheduling|the front desk|pharmacy|social work|case management|patient relations|"
    r"registration|medical records|outreach|the (?:billing|scheduling|nursing|care|outreach) team)\b"
    # (not "who manages"/"who handles": "Joe, who manages his own pump" is a patient)
    r"|, who (?:covers|supervises|oversees|coordinates|dispatches|answers|staffs|leads)\b"
    # the first of two staff named together: "Manny Ortiz and Desmond Hale do repairs"
    # (the second may carry a credential: "Brianna Voss and Theo Lindqvist, PA-C, cover the line")
    r"|(?-i: and (?:[A-Z][\w'’-]+ ){1,3}| and (?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+, )(?:(?:" + _CREDENTIAL_WORDS
    + r"),? )?(?:do|does|cover|handle|run|dispatch|answer) (?:the |all )?"
    r"(?:repairs|intake|deliveries|setups|installs|titrations|home visits|routes|calls|phones|triage|billing|"
    r"line|lines|desk|weekends|weekdays|lashes|brows|facials|injectables)\b"
    r"|,? (?:can|will) (?:also )?(?:take|answer|field) (?:\w+ ){0,2}(?:questions|calls)\b"

    # "Ana is our scheduler", but not "Mr. Pelletier is our oldest patient" nor "Rosa is the daughter"
    r"|,? is (?:our|the)\b(?! (?:[\w'’-]+ ){0,2}(?:patients?|clients?|members?|callers?|residents?|participants?|"
    r"enrollees?|campers?|students?|athletes?|kids?|child|baby|infant|donors?|recipients?|regulars?|"
    r"daughter|son|mother|father|mom|dad|wife|husband|spouse|partner|sister|brother|grand\w+|guardian|"
    r"caregiver|parent|widow|widower|niece|nephew|aunt|uncle|cousin|"
    # a person described, not a role: "Mateo Ramirez is the youngest", "is the one who calls"
    r"youngest|oldest|eldest|only|one|same|man|woman|boy|girl|kid|twin|person)\b)"
    r"| is (?:[\w-]+ )?(?:certified|licensed|board[- ]certified|credentialed)\b"
    # a credential as what someone is: "Hazel Quinones is a CNM", "is an RN" (not "is a PT patient")
    r"| is (?:a|an|our) (?-i:" + _CREDENTIAL_WORDS.upper() + r")\b(?! (?:patient|client|student|referral)s?\b)"
    # the last of several staff: "Jun Takeda-Ross and Priya Raman are our SLPs" (and the first of two)
    r"|,? are " + _STAFF_ARE_DETERMINER + r" (?:[\w'’-]+ ){0,3}(?:" + _ROLE_PLURALS + r")\b"
    r"|(?-i: and (?:[A-Z][\w'’-]+ ){1,3})(?:\((?:she|he|they)/\w+\) )?are " + _STAFF_ARE_DETERMINER
    + r" (?:[\w'’-]+ ){0,3}(?:" + _ROLE_PLURALS + r")\b"
    r"| is (?:[\w'’.-]+ ){1,3}(?:scheduler|assistant|receptionist|nurse|coordinator|manager|biller|navigator|tech)\b"
    r"| is (?:a|our|the) (?:[\w'’-]+ )?persona\b"  # "Luna is a persona, not a person"
    # a title without its article: "Karen Vanden Bosch is administrator", "is Director of Nursing"
    # a staff rota: "Ruth Ann is off the first week of every month and Esther Miller covers" (not "is off
    # the ventilator")
    r"| is off (?:the (?:first|second|third|last) (?:week|day|weekend)|every|on|this week|next week|today|"
    r"tomorrow|until|weekends|mondays|tuesdays|wednesdays|thursdays|fridays)\b"
    r"| covers(?= for| on| weekends| nights| mornings| afternoons| evenings|[.;,]|$)"
    # (an administrator only at the sentence's end: "administrator of the estate" is a relative)
    r"| is (?:director|manager|coordinator|supervisor|chaplain|receptionist|scheduler|charge nurse|head nurse)\b"
    r"| is administrator(?=[.;,]|$)"
    r"|,? (?:the |your |our )?(?:[\w'’-]+ ){0,2}(?:virtual|ai|automated|digital) (?:helper|assistant|agent|"
    r"receptionist|front desk|scheduler|concierge|voice)"
    # Spanish, Portuguese, French roles after a comma: "María Elena Ocampo, intérprete de la clínica"
    r"|, (?:la |el |nuestra |nuestro |a |o |notre |l')?(?:" + _LATIN_ROLES_AFTER_COMMA + r")\b"
    # ... and as what someone is: "Yesenia Ruiz es la promotora", "é a enfermeira", "est notre interprète"
    r"| (?:es|é|est) (?:la |el |nuestra |nuestro |a |o |notre |l'|le )(?:" + _LATIN_ROLES_AFTER_COMMA + r")\b"
    r"|, (?:our |the )?(?:(?:lead|senior|head|chief|charge|staff|on-call|overnight|weekend|day|night|financial) )?"
    r"(?:" + _APPOSED_ROLES
    + r")(?=[,.;:)]|\s(?:and|who|at|for|on|in|with)\b|$)"
    r"|, (?:a |an |our )?(?:licensed|certified|registered|board[- ]certified) (?:[\w-]+ ){0,2}(?:social worker|"
    r"therapist|counselor|psychologist|nurse|dietitian|audiologist|pharmacist|midwife|practitioner|educator|"
    r"assessor|inspector|trainer|technician|specialist|interpreter|instructor)"
    # a staff directory line: "Maria G. - front desk lead", "Jorge P. - referrals"
    r"|\.? ?[-–—] ?(?:\w+ ){0,2}(?:lead|manager|supervisor|coordinator|scheduler|receptionist|biller)\b"
    # Vietnamese: an assistant, the front desk ("Chị Mai – Trợ lý đặt lịch", "chị Vy ở quầy tiếp tân")
    r"| ?[-–—] ?(?:trợ lý|lễ tân|điều phối)| ở (?:quầy|bàn) (?:tiếp tân|lễ tân)"
    # Spanish: at an extension ("transfiere a Luis Ferreira en la extensión 2207")
    r"| en la (?:extensión|extension|ext\.?) ?\d"
    # (a language or a team may come first: "Mira – Karen/Burmese intake")
    r"|\.? ?[-–—] ?(?:[\w/'’-]+ ){0,2}(?:front desk|billing|referrals|scheduling|triage|reception|intake)(?: \w+)?"
    r"(?=[;,.\n]|$| \(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4})"  # ("Vos Chiro - front desk 616-288-9031")
    r"| ?\((?:[\w-]+ ){0,2}(?:manager|coordinator|supervisor|director|lead|scheduler|receptionist|biller|"
    r"volunteer|educator|tech|technician|chaplain|administrator|promotora|promotor|chw|doula|navigator|driver|"
    # a home health aide's or nursing assistant's certificate: "Aide Shondell Bovell (HHA, Saturdays)";
    # an EMT or paramedic: "Rubén Oseguera (EMT, jefe de brigada)", "Yesenia (paramédica)"
    r"hha|cna|emt|paramedic|paramédica|paramédico|"
    # a wildland or search-and-rescue team's incident commander: "Tess Varga (incident commander)"
    r"incident commander|"
    r"interpreter|counselor|counseling|billing|scheduling|referrals|reception|registration|intake|triage|"
    # Vietnamese: interpreter, nurse, doctor, receptionist ("anh Đàng Văn Sơn (thông dịch viên, máy lẻ 214)")
    r"thông dịch viên|y tá|bác sĩ|lễ tân|"
    # ... coordinator, volunteer, driver, pharmacist, staff ("Cô Thảo (điều phối viên)", "anh Tuấn (tài xế ...)")
    r"điều phối viên|tình nguyện viên|tài xế tình nguyện|tài xế|dược sĩ|nhân viên|"
    # Spanish, Portuguese, French ("La señora Pérez (recepcionista)")
    + _LATIN_ROLES + r"|doctora|médica|médico|"
    r"front desk|nurse|rn|lpn|np|ma|cma|pharmacist|dietitian|therapist|hygienist|assistant|peer|peer support|"
    r"peer specialist|recovery coach|coach|trainer|mentor|counsellor|social worker|social work|case manager|"
    r"chaplain|officer|"
    # "Gwen Ostrander (donor family advocate)", "(patient liaison)"
    r"advocate|liaison|ecologist|epidemiologist|inspector|investigator|analyst|(?-i:IT|HR)|ops|"
    # a team's departments: "Eli Brandvold (strength and conditioning)"
    r"conditioning|athletic training|sports medicine|equipment|operations|communications|"
    # "Xidir Hesen (community health worker)", "(community health representative)"
    r"community health worker|health worker|community health representative|health representative|chr|aide)"
    r"(?: (?:lead|team|dept|department|desk|office|line|supervisor|manager))?(?:[,/;] ?[^)]{0,25})?\)"
    r"| ?\(ext\.? ?\d"  # "Bwij Capelle (ext. 212)", "Transport – Vernon (ext 23)": reached at an extension
    r"| ?\((?:[\w-]+ ){0,2}[\w-]+, ext\.? ?\d"  # ... after a department: "Bill Sheehan (safety, ext. 14)"
    r"|,? ext\.? ?\d"  # "Baltazar Tzoc ext. 12": a patient has no extension
    r"|,? (?:extensión|extension|extensão|anexo|poste) \d"  # "transfiera a Paola Cárdenas, extensión 215"
    r"| ?\((?:on-call|on call|provider|staff|scheduler|nurse|np|pa|md|rn|front desk|billing|manager|sw|msw|"
    r"office manager|covering|attending|pcp|do|lpn|cma|ma)(?:\)|[,/;] ?[^)]{0,25}\)| (?:lead|team|only|today|"
    r"volunteer|tình nguyện)\)))",
    re.IGNORECASE,
)
# The first two characters of every credential _PROVIDER_AFTER reads (after ",? ?" or " (").
_PROVIDER_AFTER_HEADS = frozenset(w[:2] for w in _CREDENTIALS)


def _credential_after(after: str) -> bool:
    """`_PROVIDER_AFTER.match(after.lower())`, skipped when the first two letters cannot begin a credential."""
    # exact: past the ", " a match starts with (lstrip removes them and no more; lower() leaves them
    # where they are), two ASCII characters lower-case to the same two, which begin a credential
    head = after.lstrip(", -–—(")[:2]
    return (not head.isascii() or head.lower() in _PROVIDER_AFTER_HEADS) and _PROVIDER_AFTER.match(
        after.lower()) is not None


# "PT" as physical therapy in a record's label: "Bill_Harmon_PT_plan_08-12-2025.pdf" (not a therapist's credential)
_PT_SERVICE_AFTER = lazy_compile(r"[ _]PT[ _](?:plan|eval|evaluation|notes?|progress|referral|orders?|sessions?|"
                                 r"visits?|goals|discharge|intake)\b")
# "OD" that names no optometrist: the eyes of an eye scan ("Okonjo Chidi OD OS"), a refraction for the right eye
# ("Ava Lindqvist, OD -3.25 / OS -3.50") or an overdose and when ("Dominic Ferreira, OD on 03/22").
_OD_NOT_OPTOMETRIST = lazy_compile(r" OD[ /-]?O[SU]\b"
                                   r"|,? OD (?:[+-]?\d|on (?:the )?\d|on (?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|"
                                   r"apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|last (?:night|week|month)|yesterday|"
                                   r"twice|again)")


def _provider_after(after: str) -> bool:
    """A credential right after a name (`_credential_after`), unless it is a number's prefix or a word."""
    if not _credential_after(after):
        return False
    if _PA_NUMBER.match(after):
        return False  # "Mr. Ferdinand Oyelowo, PA #PA-77120394": a prior authorisation, not a physician assistant
    if _OD_NOT_OPTOMETRIST.match(after) or _PT_SERVICE_AFTER.match(after):
        return False  # an eye, a refraction or an overdose; physical therapy in a record's label
    word = after.lstrip(", -–—(").split(" ", 1)[0].rstrip(",.;:)?!")
    if word in _WORD_CREDENTIALS:
        return False  # "her name is Greta Holm, do I bring her back in?": a word, where "DO" is a credential
    # after a dash only a credential in capitals ("– CHW line"), not a word ("– do not refill")
    return after[1:2] not in "-–—" or after.lstrip(" -–—").split(" ", 1)[0].isupper()


# Credentials that are also words ("do", "pa", "ma", "chap", "pt" for patient); in lower case they are the words.
_WORD_CREDENTIALS = frozenset({"do", "co", "pa", "ma", "chap", "pt"})


# "home" before these names a programme of care, not a household ("Otago_home_exercise_large_print.pdf").
_HOME_PROGRAM_NEXT = frozenset({"exercise", "exercises", "program", "programme", "safety", "care", "health", "visit",
                                "visits", "monitoring", "infusion", "dialysis", "oxygen"})
# What the practice closes for: a holiday ("We close for Losar on ... and for Bijaya Dashami on ...").
_CLOSED_FOR_BEFORE = lazy_compile(r"\b(?:close|closes|closed|closing)\b[^.;:\n]{0,80}\bfor (?:the )?$")
# A discovery or an invention told in the name's sentence: a historic figure.
_DISCOVERY_WORD = lazy_compile(r"\b(?:first (?:isolated|described|discovered|identified|performed|reported|used)|"
                               r"discovered|invented|pioneered|who invented)\b")
# The fame of a public person, told in the name's sentence.
_FAME_WORD = lazy_compile(r"\b(?:olympic|olympics|olympian|olympians|gold medal|world champion|world cup|hall of fame|"
                          r"talked publicly|spoke publicly|spoken publicly|written publicly|documentary|biopic|grammy|"
                          r"oscar-winning|nba|nfl|mlb|nhl|"
                          r"wnba|ufc|pro athlete|name-drops?|name-dropping|name drop|public figures?|"
                          # "many well-known people live with vitiligo", "lacrosse legends", "famous players"
                          r"well-known people|well known people|famous people|famous players|celebrities|"
                          r"(?:are|were) (?:[a-z]+ )?legends|"
                          # history: "lived at Zuni in the 1880s", "a 19th-century Seminole leader"
                          r"in the 1[0-8]\d0s|1[0-9]th[- ]century|"
                          # "William C. Dement, the father of sleep medicine" (not "the father of the patient")
                          r"(?:is |often )called the (?:father|mother) of|"
                          r"the (?:father|mother|founder|founders|pioneer) of (?:modern )?(?:[a-z]+ )?(?:medicine|"
                          r"surgery|neurosurgery|nursing|psychology|psychiatry|pediatrics|anesthesia|genetics|"
                          r"immunology|vaccines?|vaccination|microbiology|epidemiology|cardiology|[a-z]+ology))\b")
# Tagalog kin words said with "si"/"ni" ("si Lola"): terms of respect, not names.
_TAGALOG_KIN = frozenset({"lola", "lolo", "tita", "tito", "ate", "kuya", "nanay", "tatay", "inay", "itay", "ina",
                          "ama"})
# The practice's own agent after its name: "Crownwell's care assistant".
_ORG_ASSISTANT_AFTER = lazy_compile(r"['’]s (?:[\w-]+ )?(?:assistant|agent|helper|concierge|front desk|virtual)\b")
# A patient's boss named after "his/her": "his manager, Lindsey Crowther".
_BOSS_END = lazy_compile(r"\b(?:his|her) (?:manager|boss|supervisor)\W{0,3}$")
# The practice explaining its own name: "We picked the name Mendwell", "Our name, Nuur, means ...".
_BRAND_NAME_BEFORE = lazy_compile(r"\b(?:picked|chose|chosen|choose|changed|adopted|took|gave (?:it|us)|kept) "
                                   r"(?:the |our |this |that |a )?(?:new )?name $|\bour (?:new )?name,? $")
# A biologic's nonproprietary name: a word and a four-letter suffix ("filgrastim-sndz", "Powder-dnfp").
_BIOLOGIC_NAME = lazy_compile(r"[a-z]{4,}-[a-z]{4}$")
# A role noun right before a name: "psychometrist Dana Whitford", "sonographer Li Na".
_ROLE_NOUN_BEFORE = lazy_compile(r"\b[a-z]{3,}(?:ist|ician)s? $")
_ROLE_NOUN_ENDS = ("ist ", "ists ", "ician ", "icians ")  # (a necessary condition of _ROLE_NOUN_BEFORE)
_NOT_ROLE_ENDS = ("list ", "lists ", "assist ", "exist ", "insist ", "persist ", "resist ", "consist ", "twist ",
                  "wrist ", "christ ", "physician's ", "musician ", "magician ", "politician ", "statistician ")
# Whom the agent passes a call or a note to: "handoff to", "escalate to", "route it to".
_HANDOFF_BEFORE = lazy_compile(r"\b(?:hand ?off|handoff|hand it off|escalate|escalation|route|forward|warm transfer|"
                               r"transfer)(?: (?:it|this|the call|them|the caller|the note))? to $"
                               # "hand billing questions to Kyle", "send those calls to Dale"
                               r"|\b(?:hand|send|pass|route|refer) (?:the |those |these |all |any )?(?:[\w-]+ )?"
                               r"(?:questions|calls|messages) to $"
                               # "send a message to Brianna", "leave a note to Hollis": an inside message
                               r"|\b(?:send|leave|forward|route) (?:a |the )?(?:message|note|page|heads-up) to $"
                               # "the IT ticket is SAW-HD-10482; mention it to Marcus"
                               # (not "go straight to": it cost a never-read set a case)
                               r"|\bmention (?:it|this|that|the ticket) to $")
_PROVIDER_PAREN_BEFORE = lazy_compile(r"\b(?:dr|doctor|dra)\.? [^\W\d_][\w.-]*(?: [^\W\d_][\w.-]*){0,2} \($")
_PROVIDER_GIVEN_PAREN_BEFORE = lazy_compile(r"\b(?:dr|doctor|dra)\.? [^\W\d_][\w-]* \($")
_LATIN_LETTER = lazy_compile(r"[A-Za-z\u00c0-\u024f]")
_UNIT_AFTER = lazy_compile(r"-(?:ED|ER|ICU|NICU|PICU|CICU|CCU|PACU|OR|L&D)\b")
_EVENT_AFTER = lazy_compile(r" (?:week|festival|fest|parade|tournament|jamboree|invitational|powwow|pow wow|"
                             r"feast day|"
                             # a holiday or a pilgrimage named like a person: "the Cejna Cemaiyê pilgrimage",
                             # "Çarşema Sor falls on a Wednesday in April", "Keti Koti is a holiday"
                             r"pilgrimage|feast|fast|holiday|celebrations?|observance|new year|falls on|"
                             # a Hindu worship day or a saint's or guru's birthday: "Lakshmi Puja", "Guru Nanak Jayanti"
                             r"(?i:puja|pooja|jayanti|gurpurab))\b"
                             r"| (?:is|was) (?:a|an|the) (?:[\w-]+ )?(?:holiday|feast|festival|fast)\b")
# The rest of a list of places, then what they are: ", Okfuskee, Creek and McIntosh counties".
_PLACE_NOUN_AFTER_LIST = lazy_compile(r"(?:(?:,|,? and|,? or) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?){0,8}"
                                      r"(?:,? (?:and|or) [A-Z][\w'’-]+)? (?:counties|townships|districts|parishes|"
                                      r"boroughs|villages|reservations|chapters|(?:public )?libraries|campuses|"
                                      r"(?:satellite )?clinics|branches|"
                                      # places named after people: "through Grantley Adams or Cheddi Jagan airport"
                                      r"(?:international )?airports?|stadiums?|arenas?|bridges?|tunnels?|"
                                      r"speedway|raceway|expressway|parkway|"
                                      # refugee camps: "from Mae La, Umpiem Mai or Nu Po camp"
                                      r"camps?)\b")
_EPONYM_WORD = lazy_compile(r"\beponyms?\b")
_CAMP_AFTER = lazy_compile(r"(?: [A-Z][\w'’-]+){0,2} (?:refugee )?camps?\b")
# A match on a fixture list: "home vs. ", "away at ", "(H) vs ".
_FIXTURE_BEFORE = lazy_compile(r"(?:\bhome|\baway|\)|\bmatch|\bgame|\bfixtures?:?) (?:vs\.?|versus|at|to) $")
# A newborn's record is named "Baby <Surname>" (or "Baby Girl <Surname>"): that surname is no eponym.
_NEWBORN_BEFORE = ("baby ", "baby girl ", "baby boy ", "infant ", "newborn ")
# Clinical scales named after people, read with a value ("Norwood 3", "Fitzpatrick type IV") or in a label.
_SCALE_EPONYMS = frozenset({"norwood", "ludwig", "tanner", "gleason", "mallampati", "fitzpatrick", "apgar", "braden",
                            "karnofsky", "breslow", "gustilo", "schatzker", "ashworth", "beighton", "risser", "lenke",
                            "ranson", "centor", "conners", "vanderbilt"})
_SCALE_VALUE_AFTER = lazy_compile(r" (?:type |stage |grade |class |score )?(?:[IV]{1,4}|\d{1,2})\b"
                                  r"(?![:.]\d| ?(?:am|pm|a\.m|p\.m|years|yrs|months|weeks|days)\b)")
# A phone menu's option before a name: "press 3 for", "dial 2 to reach", "marque 4 para".
_PHONE_MENU_BEFORE = lazy_compile(r"\b(?:press|dial|option|marque|oprima) \d{1,2},? (?:for|to reach|para) $")
# A holiday before a parenthesis that glosses it: "White Sunday (Lotu Tamaiti)".
_EVENT_BEFORE_PAREN = lazy_compile(r"\b(?:day|festival|new year|eve|feast|fiesta|holiday|white sunday|palm sunday|"
                                   r"easter sunday) ?\($")
_PA_NUMBER = lazy_compile(r",? PA ?(?:#|no\.?|number|\d)", re.IGNORECASE)


# Person cues in the other languages bilingual agents use: strong cues in any text, and in text that
# is not English the only cues that count for a name outside the lexicon (_FOREIGN_STRONG_BEFORE).
_FOREIGN_PERSON_CUES = (
    "hijo|hija|esposo|esposa|madre|padre|mamá|papá|abuela|abuelo|paciente|filho|filha|marido|mãe|pai|fils|fille|"
    "mari|femme|sohn|tochter|mutter|vater|patientin|familia|família|famille|familie|cita de|mensaje para|"
    # a self-introduction: "me llamo Nayeli", "mi nombre es", "je m'appelle", "meu nome é", "ich heiße"
    "me llamo|mi nombre es|je m'appelle|meu nome é|ich heiße|ich heisse|"
    # Spanish kin: "la abuela de Brayan" (not "soy": "Soy Lucía, la asistente virtual" is the agent)
    "la abuela de|el abuelo de|la mamá de|la madre de|el papá de|el padre de|la hija de|el hijo de|"
    "la esposa de|el esposo de|"
    # Portuguese: "sou a mãe do Gabriel Nogueira"; a reminder's owner ("lembretes da Gislaine"; not "aqui é
    # a ...": the agent introduces itself so too)
    "mãe do|mãe da|pai do|pai da|filho de|filha de|lembretes da|lembretes do|lembrete da|lembrete do|"
    # "esposa do Rafael Siqueira", "filho da Dona Ivone"
    "esposa do|esposa da|esposo da|esposo do|marido da|filho do|filho da|filha do|filha da|"
    # Russian: if X calls ("Если позвонит Седов")
    "позвонит|позвонила|позвонил|"
    # French: call back, the son or daughter of
    "rappeler|appeler|le fils de|la fille de|la mère de|le père de|"
    # Somali: my mother, my father, my son, my daughter, my husband, my wife ("hooyaday, Xaawo Maxamed")
    "hooyaday|aabahay|wiilkayga|gabadhayda|ninkayga|xaaskayga|"
    # Somali: "Magacaygu waa Shukri Maxamed Jaamac" (my name is ...); Wolof "Maa ngi tudd Ndeye Fall"
    "magacaygu waa|magacayga waa|maa ngi tudd|sama tur"
)
_STRONG_BEFORE = _register_tail_cue(_TailCue(
    "patient|pt|pts|caller|member|client|resident|beneficiary|subscriber|son|daughter|wife|husband|"
    "mother|father|mom|dad|grandmother|grandfather|spouse|child|baby|newborn|infant|name is|named|name|call me|"
    "name's|"
    "i'm|im|i am|partner's name|sister|brother|guardian|nok|re|kid|grandson|granddaughter|named him|"
    "my partner|her partner|his partner|notes for|note for|"
    # "my boyfriend Marcus has the car", "her maiden name, Lorraine Spivey", "calling for the parent of Zuri ..."
    "boyfriend|girlfriend|fiancé|fiance|fiancée|maiden name|parent of|guardian of|mom of|dad of|mother of|father of|"
    # a crew's member as the patient: "Crewmember Haldane's R+7 vestibular retest moved"
    "crewmember|crew member|"
    # Italian: "sono Luca", "mi chiamo Giulia"
    "sono|mi chiamo|"
    # a patient's manager or boss, named: "Theo works mornings at the café; his manager, Lindsey Crowther, ..."
    "his manager|her manager|his boss|her boss|his supervisor|her supervisor|"
    "son-in-law|daughter-in-law|mother-in-law|father-in-law|stepson|stepdaughter|stepmother|stepfather|"
    "named her|named them|hi|hello|hey|dear|good morning|good afternoon|good evening|"
    "hola|olá|ola|bonjour|hallo|ciao|salut|buenos días|buenos dias|buenas tardes|buenas noches|bom dia|boa tarde|"
    # greetings of other languages our callers speak (Ojibwe, Samoan, Tongan, Fijian, Maori, Arabic,
    # Hindi/Nepali, Turkish, Swahili)
    "aaniin|boozhoo|talofa|malo e lelei|bula|kia ora|salaam|salam|namaste|merhaba|jambo|hujambo|"
    # Lakota "Háu Lenora"
    "háu|"
    "happy birthday|congratulations|congrats|welcome back|feliz cumpleaños|"
    "name was|names was|her name was|his name was|baby girl|baby boy|infant girl|infant boy|"
    # a transcript retold: "caller says she's Sofia", "he said he's Tomas"
    "says she's|says he's|said she's|said he's|says she is|says he is|said she is|said he is|"
    # the agent's message to a patient: "... calling for Dawit about his A1c results"
    "calling for|message for|a message for|reminder for|this message is for|"
    + _FOREIGN_PERSON_CUES,
    4,
))
# Lower-case text (chat logs, keys): first-name lexicon word followed by a name-like word.
# Each word is tried as a first name (look-ahead), so "follow up with patricia desrosiers" aligns.
_LOWER_NAME_RE = lazy_compile(
    r"(?<![\w'’.-])([a-zß-öø-ÿā-ž]{2,20})(?=((?: [a-z]\.?)? ([a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž'’-]{1,25}))(?![\w'’-]))"
)
_MIXED_HONORIFIC_RE = lazy_compile(rf"\b(?:mr|mrs|ms|miss|señora|señor|señorita|sra|sr|srta|senhora|senhor|dona|"
                                 rf"madame|monsieur|mme|frau|herr|signora|signor|don|doña|"
                                 # Bosnian/Croatian/Serbian: "Kći gospođe Selimović, Aida, zove ..."
                                 rf"gospođa|gospođe|gospođi|gospodin|gospodina|gospodinu|"
                                 # Vietnamese kinship honorifics: "chị Hạnh", "anh Tuấn", "bà Lan"
                                 rf"chị|anh|cô|chú|bác|ông|bà)\.? ([{_U}][{_L}]+)")
# (a necessary condition for a _MIXED_HONORIFIC_RE match with an honorific other than mr/ms/miss: the
# honorific, an optional dot and a space, then a capital; "don't" no longer lets a text through)
_FOREIGN_HONORIFIC_HINT = lazy_compile(
    rf"\b(?:señora|señorita|señor|sra|sr|srta|senhora|senhor|dona|doña|don|madame|monsieur|mme|frau|herr|"
    rf"signora|signor|chị|anh|cô|chú|bác|ông|bà|gospođa|gospođe|gospođi|gospodin|gospodina|gospodinu)\.? [{_U}]")
# "M. Bazile" (Monsieur) in French text (its accented letters): in English "M." is often an initial.
_FRENCH_LETTERS = lazy_compile(r"[éèêàçùâîôû]")
_FR_MONSIEUR_RE = lazy_compile(rf"(?<![\w.])M\. ([{_U}][{_L}]+(?:-[{_U}][{_L}]+)?)")
# "A D. Esperança liga todas as sextas" (Dona) in Portuguese text (its letters): in English "D." is an initial.
_PORTUGUESE_LETTERS = lazy_compile(r"[ãõçâêôáéíóú]")
_PT_DONA_RE = lazy_compile(rf"(?<![\w.])D\. ([{_U}][{_L}]+(?: [{_U}][{_L}]+)?)")
# Polish honorifics before a name ("pani Genowefy Sobczak", "p. Sobczak"), read only in Polish text
# (its letters): in English "pan" and "p." are other words ("pan-Asian", "see p. 12").
# Polish and Slovak letters (Slovak writes "pani" too: "pani Ľudmila"); a capitalised "Pani" at a
# sentence or quote start is the same honorific ("'Pani Krystyno, przypominamy ...'").
_POLISH_LETTERS = lazy_compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻľĺŕťďňôäĽĹŔŤĎŇ]")
_PL_HONORIFIC_RE = lazy_compile(rf"\b(?:[pP]ani|panią|pana|panu|panem|pan|p\.) "
                                # (not a title: "pani doktor", "pan profesor", "pani dyrektor")
                                rf"(?!(?:Dokt|Lekar|Profesor|Dyrektor|Magist|Pielęgniar|Kierown|Prezes|Ordynator))"
                                rf"([{_U}][{_L}]+(?: [{_U}][{_L}]+)?)")
# (the cue is whole words: not "call me" in "call metadata")
_LOWER_NAME_IS_RE = lazy_compile(
    r"(?:name is|name's|call me|named (?:him|her|them)|name:|the caller is|the patient is)(?![\w'’]) *"
    r"([a-zß-öø-ÿā-ž]{2,20})(?![\w'’-])")
_LOWER_HONORIFIC_RE = lazy_compile(r"\b(?:mr|mrs|ms|miss)\.? ([a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž'’-]{1,25})(?![\w'’-])")
# Lower-case notes: a patient cue, then a surname ("pt. lindqvist cant take estradiol patches").
_LOWER_CUED_SURNAME_RE = lazy_compile(r"\b(?:pt|patient|caller|member)\.? ([a-z][a-z'’-]{2,25})(?![\w'’-])")
_PERSON_BEFORE = _register_tail_cue(_TailCue(
    "patient|pt|pts|caller|member|client|resident|beneficiary|subscriber|son|daughter|wife|husband|"
    "mother|father|mom|dad|grandmother|grandfather|spouse|child|baby|newborn|infant|name is|named|name|call me|"
    "i'm|im|i am|this is|it's|it’s|for|re|about|called|said|partner's name|sister|brother|told|heard|with|to|see|meet|"
    "from|call|remind|reminding|reminds|visit|guardian|nok|regular|regulars|vip|"
    # "called about a student, Amir, who scratched his cornea"
    "student|pupil|camper|texter|"
    # Tagalog's personal articles: "tumawag si Pacita Dimaculangan", "ang pap smear ni Marites"
    "si|ni|tumawag si",
    8,
))
_PERSON_AFTER = lazy_compile(
    r"^(?:'s|’s|s') (?:[\w-]+ ){0,2}(?:dob|date|birth|mrn|chart|record|appointment|appt|medication|meds|labs?|"
    r"results?|insulin|refill|prescription|surgery|dialysis|infusion|daughter|son|wife|husband|mother|"
    r"follow-?ups?|check-?ups?|thyroid|biopsy|scan|employer|boss|supervisor|leave|"
    r"father|phone|number|cell|address|insurance|claim|account|balance|diagnosis|condition|care|kid|"
    r"mom|dad|ride|pickup|visit|discharge|therapy|pump|device|email|member|address|killers?|fan|"
    r"concert|house|car|friend|songs?|driveway|yard|porch|mailbox|trailer|apartment|room|walker|wheelchair|"
    r"glasses|hearing aids?|id|id card|photo|picture|selfie|license|insurance card|x-?rays?|"
    # what is measured or cleared for one person: "Owen's next updose", "Bernadette's glucose readings",
    # "Jaylen's return-to-play clearance"
    r"updose|up-dose|glucose|readings|clearance|school nurse|teacher|pediatrician|iep|pressure map|"
    # a named procedure of theirs: "Dani's glottoplasty", "Ray's colonoscopy"
    r"[a-z]{2,20}(?:plasty|ectomy|otomy|oscopy|ostomy))"
    # an age after the name, not a quantity with its unit ("Ice 20 minutes", "Ibuprofen 600 mg")
    # ("(84)" is an age; "(8-12)" and "(9 am)" are hours)
    r"|^,? ?(?:\(?dob|\(?d\.o\.b|born|age[ds]?\b|mrn|\(\d{1,3}(?![\d:–-]| ?(?:am|pm|a\.m|p\.m)\b)|"
    r"\d{1,3}\b(?! ?(?:mg|mcg|ml|cc|g|kg|lbs?|oz|min|mins|"
    r"minutes?|hours?|hrs?|days?|weeks?|wks?|months?|am|pm|a\.m|p\.m|units?|percent|mmhg|degrees|tablets?|pills?|"
    r"times|puffs?|drops?|calories|steps|feet|ft|inches|in|tabs?|tablets?|caps?|capsules?|injections?|doses?|"
    r"vials?|pens?|patches|sprays?|x)\b|%|°)|\d{1,2}/|member id|ssn|y/o|yo\b)"
    r"|^ (?:was born|is an? \d+|is \d+|has been|is scheduled|needs|will need|lives|lived|passed away|died|turns \d|"
    r"was admitted|was discharged|was seen|is due|missed (?:her|his)|turned \d|is from|flew to|had given|"
    r"is going home|goes home|(?:from|in) (?:room|rm\.?|bed) \d+|"
    r"is (?:our|the|a|an|one of our) (?:[\w'’-]+ ){0,2}(?:patients?|clients?|residents?|participants?|campers?))\b"
    r"|^[,:]? (?:dob|date of birth|phone|cell|mrn|member)\b"
    # "Ilse — the teen with juvenile myoclonic epilepsy": a person described
    r"|^ ?[—–-] ?the (?:teen|child|kid|boy|girl|baby|man|woman|lady|gentleman|patient|one|mom|dad) (?:with|who)\b"
    # "Marvin (the flatbed driver with the heeler) stops in", "Travis, the long-haul trucker who calls"
    # (not a role of the practice's: "Dana (the nurse who handles refills)", "Maria, the scheduler who ...")
    r"|^(?:,| \() ?the (?!(?:[a-z'’-]+ ){0,2}(?:nurse|doctor|physician|provider|therapist|scheduler|receptionist|"
    r"coordinator|manager|navigator|aide|tech|technician|assistant|pharmacist|counselor|counsellor|interpreter|"
    r"midwife|doula|dietitian|chaplain|volunteer|medic|paramedic|emt|surgeon|dentist|hygienist|np|rn|pa|md|"
    r"director|supervisor|lead|biller|educator|advocate|worker|caseworker|one on call)s? )"
    r"(?:[a-z'’-]+ ){1,3}(?:with|who)\b"
    # "The Kowalczyk daughter", "the Osei twins": a household named by its surname
    # (not "Harborview Children's Hospital", "Lakeside Kids' Clinic": an organisation's name)
    r"|^ (?:daughters?|sons?|kids|children|twins|household|boys|girls)\b(?!['’])",
    re.IGNORECASE,
)
# "Hiroshi (the HIV clinic patient who ...)": a parenthesis right after the name that says whose
# it is; strong enough at the start of a sentence too.
# "<Name>'s mom": a relative of the person named ("call back Destiny's mom").
_RELATIVE_POSSESSIVE = lazy_compile(r"['’]s (?:" + KIN_PATTERN + r")\b")
# What only a patient has: "Kayla's injuries", "Ximena's baby", "J.K.'s lupus nephritis" (not a
# schedule, a line or a cell phone, which staff have too).
_PATIENT_POSSESSIVE = lazy_compile(r"['’]s (?:new |latest |last |recent |left |right |first |second |next )?"
                                   # (and one more describing word: "Tyrone's programmable shunt", "brain MRI")
                                   # (not a word before a place or time: "a Wood's lamp at every visit")
                                   r"(?:(?-i:[a-z][a-z-]{2,}) (?!(?:at|on|in|for|by|to|the|a|an|every|each|this|next|"
                                   r"of) ))?(?:"
                                   r"injur(?:y|ies)|baby|newborn|labs?|lab results|test results|chart|meds|"
                                   # a child's hearing test: "Isla's diagnostic ABR"
                                   r"(?:diagnostic )?abr|hearing (?:test|screen(?:ing)?)|"
                                   r"medications?|insulin|pump|wounds?|surgery|diagnosis|symptoms|refills?|"
                                   r"prescriptions?|x-?rays?|mri|biopsy|pregnancy|cast|splint|stitches|dialysis|"
                                   r"infusions?|doses?|wheelchair|walker|oxygen|hearing aids?|dentures|seizures?|"
                                   r"probation officer|case ?worker|caregiver|iep|ultrasound|blood (?:sugar|pressure)|"
                                   r"a1c|inr|chemo|transplant|prosthe\w+|cpap|implant|tube|g-tube|trach|"
                                   r"catheter|stoma|incision|sutures|brace|t&a|tonsillectomy|"
                                   # a child's home equipment and what it shows: "Benedict's vent keeps beeping"
                                   r"vent|ventilator|nebulizer|picc(?: line)?|shunt|pacemaker|feeding pump|sats|"
                                   r"sugars|fever|rash|cough|"
                                   # one person's paperwork: "Marvin's disability form"
                                   r"disability form|disability paperwork|fmla paperwork|fmla forms?|school forms?|"
                                   r"work note|return-to-work note|"
                                   # an evaluation or a claim of theirs: "Rigo's return-to-work eval",
                                   # "Giorgi's workers' comp claim"
                                   r"(?:return-to-work |rtw |fit-for-duty |intake )?eval(?:uation)?|"
                                   r"(?:workers['’] )?comp claim|"
                                   # dental work and a physical: "Lähteenmäki's bridge", "Cody's physical"
                                   r"bridge|crown|root canal|physical|"
                                   # a visit of theirs: "Trevor's PRK haze check moved to Oct 3", "Hope's cleaning"
                                   r"appointment|appt|follow-?up|post-?op|recheck|cleaning|"
                                   r"(?:[a-z0-9-]+ ){1,2}(?:check|recheck|follow-?up|appointment|appt|visit|consult)|"
                                   # the person's employer is theirs too: "Sadia's employer, Mesa Verde Packing"
                                   r"employer|boss|job)\b", re.IGNORECASE)
# (not "procedure": "Hartmann's procedure" is an eponym)
# The patient abbreviated in lower case in parentheses: "Rose (CML pt)", "Hollis (pt)" ("(PT)" is physical therapy).
_PT_PAREN = r" ?\((?:[\w'’-]+ ){0,3}(?-i:pt)\)"
_PT_PAREN_AFTER = lazy_compile(_PT_PAREN)
_PATIENT_PAREN = lazy_compile(
    r" ?\((?:the |a |an |our |my )?(?:[\w'’-]+ ){0,4}(?:patient|caller|member|client|resident)\b"
    # a surrogacy's or a transplant's person: "Bryony (surrogate) cell", "Summer (recipient, day 12)"
    r"| ?\((?:the |a |an |our |my )?(?:surrogate|gestational carrier|recipient|egg donor|sperm donor)\b"
    r"|" + _PT_PAREN +
    # "Kayleigh (the 16-year-old in the Tuesday cohort)": a person described by age
    r"| ?\((?:the |a |an |our )?\d{1,3}[- ]year[- ]old\b"
    # ... or by what befell them: "Fuad (the cashier who was robbed last month)"
    r"| ?\((?:the |a |an |our )?[\w-]+ who (?:was|got|had|has|lost|fell|broke|is)\b", re.IGNORECASE)
# The person details of _PERSON_AFTER that no staff member's name carries: an age set off by
# commas, a birth date, a record number.
_PERSON_DETAIL_AFTER = lazy_compile(r",? ?(?:\(?dob\b|\(?d\.o\.b|born\b|aged? \d|mrn\b|member id|ssn\b|y/o)|, \d{1,3},"
                                  r"| (?:is|was) (?:an? )?\d{1,3}[- ]year| (?:from|in) (?:room|rm\.?|bed) \d"
                                  r"| is going home\b", re.IGNORECASE)
# Every alternative of _PERSON_AFTER starts with one of these characters (or a decimal digit, for
# `\d`); under IGNORECASE "s" also matches "ſ", and no other letter used there has a non-ASCII fold.
_PERSON_AFTER_FIRST = frozenset("'’,:( sSſdDbBaAmMyY")


# After its leading "'s", "," / ":" and " ", every alternative of _PERSON_AFTER goes on with "(", a
# digit or a word beginning with one of these two (lower-case) letters.
_PERSON_AFTER_HEADS = frozenset(w[:2] for w in (
    "dob", "d.o.b", "born", "age", "mrn", "member", "ssn", "y/o", "yo", "was ", "is ", "has ", "needs", "will ",
    "lives", "lived", "passed ", "died", "missed ", "turned ", "flew ", "had ", "date", "phone", "cell",
    "goes ", "from ", "in ", "daughter", "son", "kids", "children", "twins", "household", "boys", "girls",
    "— ", "– ", "- ", "—t", "–t", "-t"))


def _person_after(after: str) -> bool:
    """`_PERSON_AFTER.match(after)`, skipped when the first character or the first two letters
    cannot start a match."""
    lead = after[:1]
    if lead in "'’sSſ":  # the possessive alternative (or "" when `after` is empty): the full pattern
        return lead != "" and _PERSON_AFTER.match(after) is not None
    if not (lead in _PERSON_AFTER_FIRST or lead.isdecimal()):
        return False
    # exact: lstrip removes the ",", ":" and " " a match starts with, and no more (what follows is none
    # of them); on ASCII characters IGNORECASE is ASCII case-folding, so two ASCII characters that
    # begin none of the patterns' words (nor "(" or a digit) rule out a match
    head = after.lstrip(",: ")[:2]
    if head.isascii() and head[:1] not in "(0123456789" and head.lower() not in _PERSON_AFTER_HEADS:
        return False
    return _PERSON_AFTER.match(after) is not None


# A lone name doing something a person does ("Roxanne is very reliable", "Zak shouted at ...").
# Whom a call goes to when it is not the speaker's own: "Gregory will call the patient about her results" is who
# calls a patient, not a patient's act (read after "will call" in _ACTION_AFTER and _PATIENT_DOING).
_CALLS_ANOTHER = r"(?! (?:the |our |your |this |that )?(?:patient|patients|caller|client|member|family|parents?|you)\b)"
_ACTION_AFTER = lazy_compile(
    r"^,? (?:is (?:a|an|very|so|from|not|always|never|still|allergic|diabetic|pregnant)|was (?:a|an|very|born|seen|not)"
    r"|has (?:a|an|been|had|not)|had (?:a|an|given|been)|just|shouted|said|says|told|asked|wants|needs|called|"
    r"began|lives|lived|died|passed|turned|will (?:be|need|come|call" + _CALLS_ANOTHER + r")|"
    r"can't|cannot|didn't|doesn't|isn't|wasn't|"
    r"calls|phones|texts|shows up|comes in|arrives|gets|got|feels|prefers|likes|dislikes|hates|loves|refuses|"
    r"panics|cries|bites|hits)\b"
)
# The first two letters of every word _ACTION_AFTER and _STRONG_ACTION_AFTER can start with.
_ACTION_HEADS = frozenset({"is", "wa", "ha", "ju", "sh", "sa", "to", "as", "ne", "ca", "be", "li", "di", "pa", "tu",
                           "ph", "te", "co", "ar",
                           "wi", "do", "ge", "go", "fe", "pr", "lo", "re", "cr", "bi", "hi"})
_STRONG_ACTION_AFTER = lazy_compile(r"^ (?:lives (?:on|in|at)|was born|died|passed away|shouted|is from|turned \d)\b")
_AGENT_GREETING = lazy_compile(r"thanks? (?:you )?for calling|mahalo for calling|merci d'avoir appelé|"
                             r"gracias por llamar|how (?:can|may) i (?:help|assist)|calling from|"
                             r"\bfirst message\b|^\W*good (?:morning|afternoon|evening), |"
                             r"calling on behalf of|this is the (?:virtual|ai) |\bsay ['\"“‘]|\banswer (?:with|as)\b|"
                             r"\bgreet (?:callers|them|the caller) with\b|"
                             # the agent offering its languages: "I can also help in English"
                             r"\bi can (?:also )?help (?:you )?in\b")
# The agent's opening phrases ("You've reached", "Gracias por llamar a"), for the two patterns below.
_OPENING_PHRASES = (r"you'?ve reached|you have reached|thanks? (?:you )?for calling|mahalo for calling|welcome to|"
                    r"ha llamado a|"
                    r"bienvenid[oa]s? a")
# The agent's own opening, right before its self-introduction ("You've reached X. I'm Winnie").
_AGENT_OPENING = lazy_compile(r"(?:" + _OPENING_PHRASES + r"|gracias por llamar)[^\n]{0,80}$")
# Someone else speaking between the agent's opening and an introduction: a caller naming themselves.
_OTHER_SPEAKER = lazy_compile(r"\b(?:caller|patient|user|customer|member|client)\b|\n")


# The agent's opening right before the practice's name (no comma: "Thanks for calling, Ana" thanks a caller).
# (_OPENING_TAILS: the last six characters of each phrase and its space; the longest phrase has 24.)
_OPENING_TAILS = frozenset({"lling ", "ached ", "me to ", "mar a ", "ado a ", "ido a ", "ida a ", "dos a ", "das a "})
# An agent's role, then whose agent it is: "the phone assistant for", "the health ministry helper of".
_AGENT_OF_BEFORE = lazy_compile(r"\b(?:assistant|helper|agent|receptionist|concierge|voice assistant|bot|"
                                # an organisation's own line: "the health ministry line for Ìjọ Oke Ìwòsàn"
                                r"ministry line|health line|injury line|helpline|help line|hotline|phone line)"
                                r" (?:for|of|at) (?:the )?$")
_ORG_LINE_AFTER = lazy_compile(r" (?:injury|health|health-fair|nurse|help|crisis|ministry|refill|appointment) line\b")
_STAFF_LINE_AT_AFTER = lazy_compile(r"['’]s (?:direct )?line at [A-Z]")
_PERSONAL_PRONOUN_AFTER = lazy_compile(r"\b(?:her|his|him|she|he)\b", re.IGNORECASE)
_OPENING_END = lazy_compile(r"(?:" + _OPENING_PHRASES + r"|gracias por llamar a) $")


def _greeted_by_agent(s: Scan, start: int) -> bool:
    """An agent opening ends within 80 characters before `start`, with nobody else speaking between."""
    window = s.lower[start - 120 if start > 120 else 0 : start]
    m = _AGENT_OPENING.search(window)
    return m is not None and _OTHER_SPEAKER.search(window, m.start()) is None


# US cities whose names contain given names or surnames ("San Jose", "Baton Rouge", "Fort Worth").
_PLACES = (
    # the towns of the US territories (before "Charlotte": "Charlotte Amalie")
    "Charlotte Amalie|Christiansted|Frederiksted|Cruz Bay|Hagåtña|Hagatna|Dededo|Tamuning|Garapan|Pago Pago|"
    "Tafuna|Bayamón|Bayamon|Mayagüez|Mayaguez|Arecibo|Caguas|"
    "San Jose|San Antonio|San Diego|San Francisco|San Bernardino|San Mateo|San Marcos|San Luis Obispo|"
    "Santa Ana|Santa Rosa|Santa Clara|Santa Barbara|Santa Monica|Santa Cruz|Santa Fe|Santa Maria|Los Angeles|"
    "Las Vegas|Las Cruces|El Paso|Baton Rouge|Des Moines|Fort Worth|Fort Wayne|Fort Collins|Fort Lauderdale|"
    "Fort Myers|St\\.? Louis|St\\.? Paul|St\\.? Petersburg|Saint Louis|Saint Paul|Corpus Christi|Grand Rapids|"
    "Boca Raton|Ann Arbor|Coral Gables|Palm Beach|Palm Springs|Colorado Springs|Salt Lake City|Kansas City|"
    "Oklahoma City|Jefferson City|Carson City|Virginia Beach|Long Beach|Daly City|Glen Burnie|Cape Coral|"
    "Port St\\.? Lucie|Lake Charles|Lake Jackson|Jackson|Jacksonville|Madison|Lincoln|Austin|Houston|Dallas|"
    "Denver|Phoenix|Tyler|Irving|Arlington|Orlando|Tampa|Miami|Atlanta|Charlotte|Raleigh|Durham|Richmond|"
    "Columbus|Cleveland|Dayton|Toledo|Akron|Detroit|Lansing|Flint|Chicago|Aurora|Joliet|Naperville|Peoria|"
    "Springfield|Rockford|Milwaukee|Omaha|Wichita|Tulsa|Memphis|Nashville|Knoxville|Chattanooga|Louisville|"
    "Lexington|Cincinnati|Pittsburgh|Philadelphia|Allentown|Scranton|Boston|Worcester|Providence|Hartford|"
    "Newark|Trenton|Buffalo|Rochester|Syracuse|Albany|Yonkers|Baltimore|Annapolis|Norfolk|Seattle|Tacoma|"
    "Spokane|Portland|Eugene|Salem|Boise|Reno|Sacramento|Fresno|Oakland|Stockton|Bakersfield|Anaheim|Irvine|"
    "Riverside|Pasadena|Tucson|Mesa|Chandler|Scottsdale|Albuquerque|Laredo|Lubbock|Amarillo|Waco|Killeen|"
    "McAllen|Brownsville|Beaumont|Mobile|Montgomery|Birmingham|Huntsville|Savannah|Augusta|Macon|Columbia|"
    "Greenville|Charleston|Honolulu|Anchorage|Fairbanks|Juneau|Billings|Fargo|Sioux Falls|Duluth"
)
# Grouped by first letter (LazyPattern: same matches, tried only at those capitals).
_PLACE_RE = lazy_compile(r"\b(?:" + _PLACES + r")\b")
# Every first word of _PLACES (a necessary condition for a _PLACE_RE match, tested first).
_PLACE_HINT = lazy_compile(
    r"\b(?:" + "|".join(sorted({p.split(" ", 1)[0] for p in _PLACES.split("|")})) + r")\b")
_AUTHOR_WORK = lazy_compile(r"^ (?:novel|book|memoir|biography|song|album|film|movie|poem|recording|painting|"
                          r"portrait|version|story|play|symphony|opera)\b")
# An artist's or writer's works after the name ("Frida Kahlo and Van Gogh prints", "Gwendolyn Brooks's
# poems", "Kübler-Ross's five stages"): the author, not a patient.
_WORKS_AFTER = lazy_compile(r"^(?:['’]s)? (?:novels|"
                          # (not the verb of a client's own booking: "Marisol Greenlee books every 8 weeks",
                          # "Brody books a drip"; "Corinne books the fittings" and "... books for Dr. Ames" are
                          # the desk's)
                          r"books(?! (?:a|an|every|her|his|their|with|online|appointments?|visits?|\d))|"
                          r"poems|poetry|paintings|prints|posters|artwork|murals|"
                          r"sculptures|photographs|quotes|lyrics|songs|albums|five stages|stages of grief|"
                          # an author's creature or legacy: "the Dickens character", "Dan Bigg's work in Chicago"
                          r"characters?|writings|teachings|research|theory|work in|stages|model|framework|"
                          r"principles|hierarchy|pyramid|criteria|classification|documentary|biopic|biography|"
                          r"memoir)\b")
# The first two letters after the space of every _WORKS_AFTER word, and of "and"/"&" (_WORKS_LIST_AFTER).
_WORKS_HEADS = frozenset({"no", "bo", "po", "pa", "pr", "ar", "mu", "sc", "ph", "qu", "ly", "so", "al", "fi", "st",
                          "an", "& ", "ch", "wr", "te", "re", "th", "wo", "mo", "fr", "hi", "py", "cr", "cl"})
_WORKS_LIST_AFTER = lazy_compile(r" (?:and|&) (?:[A-Z][\w'’-]+ ){1,3}(?:novels|books|poems|poetry|paintings|prints|"
                               r"posters|artwork|murals|sculptures|photographs|quotes|songs)\b")
_PRONOUN = lazy_compile(r"\b(?:he|she|him|her|his|hers|he's|she's|himself|herself)\b")
_PERSONA_LABEL = frozenset({"campus", "location", "branch", "hours", "overnight", "weekend", "nights", "reception",
                            "recepção", "recepción", "recepcion", "satellite", "overflow",
                            "spanish", "english", "vietnamese", "chinese", "mandarin", "cantonese", "korean",
                            "tagalog", "russian", "arabic", "french", "portuguese", "haitian", "creole", "hindi",
                            "scheduling", "reminders", "reminder", "billing", "refills", "front", "intake bot",
                            "assistant", "agent", "bot", "receptionist", "ai", "virtual", "concierge",
                            # the line's jobs in Spanish: "Lupita – Recordatorios de visitas"
                            "recordatorios", "citas", "programación", "agendamiento", "asistente", "recepcja",
                            "voice", "demo", "template", "persona", "scheduler", "support", "team",
                            # a line in the caller's language: "Ania – linia polska", "Rosa – línea en español"
                            "linia", "ligne", "linha", "лінія", "линия",
                            "line", "desk", "helper", "navigator", "copilot", "sandbox", "prod", "staging",
                            "dev", "inbound", "outbound", "main", "ivr", "triage", "v1", "v2", "v3",
                            # a staff member's work items ("Kelsey prior auth queue")
                            "queue", "inbox", "worklist", "greeter", "router",
                            # a line's purpose in Spanish: "Lupita - citas (ES)"
                            "recetas", "resultados", "farmacia",
                            # a line's purpose in other words ("Gail – admissions transfer", "– línea principal")
                            "transfer", "transfers", "admissions", "línea", "linea", "principal",
                            # a staff member's role ("Denise Okoro - Lab Manager escalations")
                            "manager", "supervisor",
                            # a document about a topic, not a patient's record ("Harper_KB_Tinnitus_FAQ")
                            "faq", "kb", "guide", "policy", "handbook", "sop", "manual", "training", "brochure",
                            "script", "playbook", "onboarding",
                            # a staff member's shift ("Weekend coverage – Teresa")
                            "coverage", "rota", "roster", "backup", "on-call", "oncall"})
_LABEL_STOP = COMMON_WORDS | ORG_WORDS | _PERSONA_LABEL
_NAME_KEY = lazy_compile(
    r"\b(?:name|names|first|last|full|given|family|surname|patient|caller|member|contact|"
    r"guardian|emergency|spouse|parent|nok|subscriber|guarantor|caregiver|child|"
    # an emergency contact in Spanish and Vietnamese: "contacto_emergencia", "lien_lac_khan_cap"
    r"emergencia|khan cap|"
    r"beneficiary|insured)\b"
    # whom a note or a reminder is for: "allergy_note_for": "Tamsin G."
    r"|\b(?:note|notes|reminder|message|callback|call back) for$")
# Key words naming the practice's own people or organisation: in _NOT_NAME_KEY and _WORKFORCE_KEY.
_PRACTICE_KEY_WORDS = (
    r"agent|clinic|practice|provider|doctor|physician|bot|assistant|org|organization|company|business|brand|"
    r"pharmacy|staff|nurse|department|facility|hospital|manager|scheduler|receptionist|coordinator|admin|"
    r"administrator|owner|ceo|director|supervisor|practitioner|therapist|dentist|hygienist|pharmacist|"
    r"attending|pcp|clinician|technician|rep|representative|advocate|liaison|dispatcher|employee|team|sender|"
    r"counselor|counsellor|caseworker|case worker|social worker|persona|placeholder|protocol|surgeon|specialist|"
    r"referring|officer|"
    r"interpreter name|translator name"
)
_NOT_NAME_KEY = lazy_compile(
    r"\b(?:" + _PRACTICE_KEY_WORDS + r"|voice|model|file|tool|product|plan|drug|medication|location|"
    r"city|state|street|county|country|language|greeting|template|queue|campaign|program|programme|project|"
    r"service|class|course|event|study|trial|list|group|unit|ward|line|"
    # the word the agent uses when it has no name: "fallback_caller_name": "friend"
    r"fallback)\b")
# Key words that tie a value to a patient or a relative: with one of them a workforce word in the
# key no longer says the value is not a patient's ("patient_primary_doctor" holds the doctor, but
# "caregiver_name" a relative).
_PATIENT_KEY = lazy_compile(
    r"\b(?:patient|caller|member|guardian|emergency|spouse|parent|nok|subscriber|guarantor|caregiver|"
    r"child|beneficiary|insured|family|client|resident|customer|mother|father|son|daughter)\b")
_PLACEHOLDER_VALUES = frozenset({"there", "friend", "caller", "patient", "member", "customer", "user",
                                 "guest", "unknown", "n/a", "na", "none", "null", "test", "sir", "madam",
                                 "valued customer", "valued patient", "anonymous", "default", "tbd",
                                 # a role word as the default: "rider_name": "Rider"
                                 "rider", "client", "participant", "athlete", "camper", "student", "resident",
                                 "parent", "guardian", "player", "runner", "relative", "family member", "someone",
                                 # Arabic: our dear friend, dear (m./f.), our guest
                                 "صديقنا العزيز", "عزيزي", "عزيزتي", "ضيفنا", "ضيفنا العزيز",
                                 # "ji" (a respectful address in Punjabi and Hindi); friend in Greek, Spanish,
                                 # French
                                 "ਜੀ", "जी", "φίλε μου", "φίλη μου", "φίλε", "amigo", "amiga", "mi amigo",
                                 "mi amiga", "mon ami", "mon amie",
                                 # a respectful address as the default title: "default_caller_title": "Aunty"
                                 "aunty", "auntie", "uncle", "tita", "tito", "manang", "manong", "kupuna", "tūtū",
                                 "tutu",
                                 # Persian: dear friend; Russian: guest, friend, patient, client
                                 "دوست عزیز", "دوست", "гость", "гостья", "друг", "пациент", "клиент"})
# Defaults that greet anyone: "there", "friend", "neighbor", a role (in a template variable's default
# or as a key's whole value, with _PLACEHOLDER_VALUES).
_GENERIC_DEFAULTS = frozenset(word_list("""there friend friends neighbor neighbour caller patient member client guest
    customer valued user dear folks everyone sir madam ma'am mama papa amigo amiga parent family team you
    rafiki ndugu"""))
_NO_ONE_VALUES = _PLACEHOLDER_VALUES | _GENERIC_DEFAULTS
# Words of a generic address in the agents' other languages ("عزيزي المتصل", dear caller; "estimado paciente").
_GENERIC_VALUE_WORDS = _GENERIC_DEFAULTS | frozenset(word_list("""عزيزي عزيزتي المتصل المتصلة المريض المريضة
    الضيف الكريم الكريمة estimado estimada querido querida paciente cliente usuario usuaria señor señora cher chère
    appelant appelante valued dear"""))


@cache
def _lex() -> tuple[frozenset[str], frozenset[str]]:
    return first_names(), surnames()


@lru_cache(maxsize=8192)
def _is_lex(norm: str) -> bool:
    first, last = _lex()
    return norm in first or norm in last


@lru_cache(maxsize=8192)
def _is_word(norm: str) -> bool:
    """An ordinary word that cannot start or extend a name (names that are also words excepted)."""
    return is_common_word(norm) and norm not in NAME_LIKE_WORDS and not _is_lex(norm)


def plain_word(norm: str) -> bool:
    """A lower-cased word that is no name on its own: a common or dictionary word that is neither a
    lexicon name nor a name-like word ("Grant", "Hope"), or a kin word ("Mom")."""
    return _is_word(norm) or norm in KIN_WORDS or (
        norm in english_words() and norm not in NAME_LIKE_WORDS and not _is_lex(norm))


def recognize_name(s: Scan) -> list[PhiHit]:
    field = s.field
    if field == "label":
        if s.lower.endswith(_DIRECT_LINE_LABEL_ENDS) and not _TASK_WORD.search(s.lower) and not _relative_line(s):
            return []  # "Perpetua Oyelowo direct", "Ines Maravilla – intake coord direct": a staff member's line
        if _LANGUAGE_PERSONA_LABEL.match(s.text):
            return []  # "Didi (Nepali/Dzongkha intake)": an agent's persona and the languages of its line
        if _SITE_LINE_LABEL.match(s.text):
            return []  # "Main line – Springdale (479) 361-2240", "DFS main – Eau Claire": a site of the practice
        if (_STAFF_LINE_LABEL.match(s.text) or _STAFF_NAME_DESK_LABEL.match(s.text)) and not _TASK_WORD.search(
                s.lower) and not _FAMILY_LINE.search(s.lower):
            return []  # "Surgery Scheduling – Kendra Pugh", "Safety - Wes Prideaux (cell)": who answers a line
        if (m := _ORG_MAIN_LINE_LABEL.fullmatch(s.text)) and not _lexicon_pair(m.group(1).split()):
            return []
        if _PROVIDER_SCHEDULE_LABEL.match(s.text) and not _TASK_WORD.search(s.lower) and not _FAMILY_LINE.search(
                s.lower):
            return []  # "Qureshi - physiatry consult slots": a provider's schedule
        hits = _label_names(s) + _prose_names(s, label=True)
        if "family" in s.lower or "mr" in s.lower or "ms" in s.lower or "miss" in s.lower or (
                _HOUSEHOLD_HINT.search(s.lower)) or (
                _CAMEL_INITIAL_HINT.search(s.text)) or _LONE_LETTER.search(s.text) or _CAMEL_PAIR_HINT.search(s.text):
            hits.extend(_label_cued_names(s, SpanSet((h.start, h.end) for h in hits)))
        if _LABEL_INITIAL_HINT.search(s.text):
            hits.extend(_label_initial_names(s, SpanSet((h.start, h.end) for h in hits)))
        if "(" in s.text and _KIN_NAME_PAREN.search(s.text):
            hits = _with(hits, _kin_names_in_parens(s))
        if (" " not in s.raw or not _title_label(s)) and (
                s.has_digit or "." in s.text or _RECORD_WORD_IN.search(s.lower)):  # a file name or a record's label
            hits.extend(_record_file_surnames(s, SpanSet((h.start, h.end) for h in hits)))
        if ("-" in s.raw or "_" in s.raw or " " in s.raw) and _GLUED_INITIAL_HINT.search(s.text):
            hits.extend(_glued_initial_names(s, SpanSet((h.start, h.end) for h in hits)))
        if "pt" in s.lower or "patient" in s.lower:
            hits.extend(_named_after_patient_word(s, SpanSet((h.start, h.end) for h in hits)))
        if not _label_extra().isdisjoint(_ASCII_WORDS.findall(s.lower)) and _LABEL_TWO_CHUNKS.search(s.text):
            hits.extend(_census2020_label_names(s, SpanSet((h.start, h.end) for h in hits)))
        if " " not in s.raw and s.raw.islower() and _SLUG_TASK_HINT.search(s.lower):
            hits = _with(hits, _task_slug_names(s))
        if not hits and ("test" in s.lower or "demo" in s.lower or "dummy" in s.lower):
            hits.extend(_test_patient_label(s))
        if not hits and ("call" in s.lower or "f/u" in s.lower or "follow" in s.lower or "dnc" in s.lower
                         or "line" in s.lower or "text" in s.lower or "outbound" in s.lower or "remind" in s.lower
                         or "fam" in s.lower or "звон" in s.lower):
            hits.extend(_callback_label(s))
        if not hits and ")" in s.text:
            hits.extend(_label_name_with_note(s))
        if not hits and _TASK_WORD.search(s.lower):
            hits.extend(_task_label_name(s))
        if hits and _for_many_document(s):
            # a guide, handout or FAQ for everyone: a weak name there is a product's, a place's or an author's
            # ("Infliximab_Biosimilar_Switch_FAQ_v4.docx"), and about a method or a scale even a name pair is
            # ("Mitchell_Ponseti_brace_sizing_guide.pdf", "Hurley_Staging_Photo_Guide.pdf")
            floor = 0.85 if _METHOD_WORD.search(s.lower) else 0.7
            hits = [h for h in hits if h.confidence >= floor]
        if not hits and ":" in s.text:
            hits.extend(_tag_value_name(s))
        if not hits and ("'s " in s.text or "’s " in s.text) and (m := _LABEL_POSSESSIVE.match(s.text)) and (
                m.group(1).split()[-1].lower() not in english_words()) and _LABEL_CARE.search(s.lower, m.end(1)):
            # "Kimo's Shoulder Rehab Check-in", "Kun's Dialysis Ride Reminder": one patient's care task (not
            # "Ava's Appointment Reminders": an agent's persona, no health word)
            hits.append(PhiHit(m.start(1), m.end(1), "NAME", "name", 0.65, "a name owning a care task in a label"))
        return hits
    if field == "value":
        # (a note under a workforce key, "referring_note": "Pt: J.W., 26 mo, ...", is read as prose)
        if s.key_text and ((_workforce_key(s.key_text) and len(s.text) <= 60 and s.text.count(" ") <= 5
                            # ("referral_source": "referred by her sister, Celeste Moyer": a relative)
                            and not _RELATIVE_IN_VALUE.search(s.lower))
                           or _PLACE_LIST_KEY.search(s.key_text)):
            # "office_manager": "Denise Pruett", "clinic_name": "...": not a patient; "service_area":
            # "Flushing, Bayside, Murray Hill": places
            return []
        hit = _value_name(s) or _note_value_lead_name(s)
        if hit is not None:
            return [hit]
        if s.key_text and "employer" in s.key_words and _PATIENT_KEY.search(s.key_text):
            value = s.text.strip()  # "patient_employer": "Treasure Valley Roofing Co.": their employer (§ the policy)
            if value[:1].isupper() and 2 <= len(value) <= 80 and not s.has_digit:
                st = s.text.index(value)
                return [PhiHit(st, st + len(value), "NAME", "name", 0.7, "a patient's employer under a patient key")]
    hits = _prose_names_raw(s)  # _prose_names(s), inlined for the most common field
    if ("user" in s.lower or "caller" in s.lower or "patient" in s.lower) and _CALLER_INTRO_ABROAD.search(s.lower):
        hits = _with(hits, _caller_intro_names(s))
    if s.safe and ("default" in s.lower or "|" in s.text):
        hits.extend(_template_default_names(s))
    if "speak" in s.lower and "?" in s.text:
        hits = _with(hits, _asked_for_names(s))
    if " here" in s.text and _NAME_HERE.search(s.text):
        hits = _with(hits, _name_here_intros(s))
    # (every cue holds one of these four: "works at", "employer", "shift at", "job at")
    if ("employ" in s.lower or "works " in s.lower or "shift at" in s.lower or "job at" in s.lower) and (
            _EMPLOYER_CUE.search(s.text)):
        hits = _with(hits, _employer_names(s))
    if _REPEATED_INTRO.search(s.text):
        hits = _with(hits, _repeated_intro_names(s, hits))
    if s.contains("name") and ("=" in s.text or ":" in s.text or "name '" in s.text or "name \"" in s.text
                               or "name ‘" in s.text or "name “" in s.text) and _NAME_KEY_VALUE.search(s.text):
        hits = _with(hits, _name_key_values(s, hits))
    if (" rele" in s.lower or " li " in s.lower or " mwen " in s.lower) and _CREOLE_NAME.search(s.text):
        hits = _with(hits, _creole_names(s, hits))
    if ("Si " in s.text or "Se " in s.text or "Haddii " in s.text) and _IF_CALLS_ABROAD.search(s.text):
        found = _if_calls_abroad_names(s)
        # (the run pass reads "Si"/"Se" as the name's first word: "Se Iolanda Furtado"; the verb's span wins)
        hits = _with([h for h in hits if not any(h.start < f.start < h.end for f in found)], found)
    if "_" in s.text and "." in s.text:
        hits.extend(_file_names_in_prose(s, hits))
    if hits and "-" in s.text:
        hits.extend(_spelled_names(s, hits))
    if hits and " (" in s.text:
        hits = _with(hits, _paren_given_names(s, hits))
    if ('"' in s.text or "“" in s.text) and _QUOTED_NICKNAME.search(s.text):
        hits = _with(hits, _nickname_names(s, hits))
    if hits and _PLACE_HINT.search(s.text):
        return _drop_places(s, hits)
    return hits


# A name spelled out right after it: "Gus Pappas, P-A-P-P-A-S", "Autumn Vasquez-Reid, V-A-S-Q-U-E-Z dash Reid".
_SPELLED_AFTER = lazy_compile(r",? (?:that's |that is |spelled |spelt )?"
                              r"([A-Z](?:[- ][A-Z]){2,30}(?: dash [A-Z][a-z]+)?)(?![\w-])")


def spelled_name_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the spelling of a word of the name at `start`:`end`, right after it."""
    m = _SPELLED_AFTER.match(text, end)
    if m is None:
        return None
    letters = "".join(ch for ch in m.group(1).split(" dash ")[0] if ch.isalpha())
    words = text[start:end].replace("-", " ").split()
    return m.span(1) if any(letters == w.upper().strip(".'’") for w in words) else None


def _spelled_names(s: Scan, hits: list[PhiHit]) -> list[PhiHit]:
    out: list[PhiHit] = []
    for h in hits:
        if h.type == "NAME" and (span := spelled_name_after(s.text, h.start, h.end)) is not None:
            out.append(PhiHit(*span, "NAME", "name", h.confidence, "a name spelled out right after it"))
    return out


# A given name in parentheses right after a person's name: the name the person goes by ("Pt Hollister
# (Grace) is allergic", "Mr. Tsosie (Harold) phones most mornings").
_PAREN_GIVEN_AFTER = lazy_compile(r" \(([A-Z][a-z]{2,15})\)")


def _paren_given_names(s: Scan, hits: list[PhiHit]) -> list[PhiHit]:
    out: list[PhiHit] = []
    given, _ = _lex()
    for h in hits:
        if h.type != "NAME" or h.confidence < 0.5:
            continue
        m = _PAREN_GIVEN_AFTER.match(s.text, h.end)
        if m and m.group(1).lower() in given and m.group(1).lower() not in _NOT_GIVEN_IN_PARENS:
            out.append(PhiHit(m.start(1), m.end(1), "NAME", "name", h.confidence,
                              "a given name in parentheses after a person's name"))
    return out


# A nickname in quotes inside a name: 'Margarethe "Greta" Lindahl', 'Robert “Bobby” Okafor'.
_QUOTED_NICKNAME = lazy_compile(r"(?<![\w'’.-])([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?) [\"“]([A-Z][a-z]+)[\"”] "
                                r"([A-Z][a-z'’]+(?:-[A-Z][a-z]+)?)(?![\w-])")


def _nickname_names(s: Scan, hits: list[PhiHit]) -> list[PhiHit]:
    given, family = _lex()
    out: list[PhiHit] = []
    found = SpanSet((h.start, h.end) for h in hits)
    for m in _QUOTED_NICKNAME.finditer(s.text):
        first, nick, last = (g.lower() for g in m.groups())
        if not (first in given or nick in given or last in family) or found.overlaps(m.start(), m.end()):
            continue
        norms = (first, nick, last)
        if _suppressed(s, m.start(), m.end(), norms) is None:
            out.append(PhiHit(m.start(), m.end(), "NAME", "name", 0.8, "a name with a nickname in quotes"))
    return out


# Words in parentheses after a name that are given names too, but there say something else: a relation,
# a language, a role ("Ruiz (Mom)", "Yazzie (Navajo)", "Okafor (Dean)").
_NOT_GIVEN_IN_PARENS = frozenset({"mom", "dad", "mother", "father", "son", "daughter", "wife", "husband", "sister",
                                  "brother", "aunt", "uncle", "grandma", "grandpa", "nana", "papa", "guardian",
                                  "navajo", "hopi", "spanish", "english", "french", "chinese", "karen", "dean",
                                  "nurse", "doctor", "patient", "caller", "member", "self", "home", "cell", "work",
                                  "mobile", "main", "fax", "deceased", "retired", "primary", "secondary", "christian"})


# A caller's self-introduction in the languages callers speak ("User: Меня зовут Хеда, я беременна"). Only in
# the caller's own turn: an agent introduces itself the same way ("Меня зовут Надя, чем могу помочь?").
_CALLER_INTRO_ABROAD = lazy_compile(r"(?:меня зовут|мене звати|nazywam się|mam na imię|mijn naam is|ik heet|mi chiamo|"
                                    r"ég heiti|jina langu ni|nama saya|mwen rele|benim adım|tên tôi là|tôi tên là)"
                                    r"\s+(?=\w)")


def _caller_intro_names(s: Scan) -> list[PhiHit]:
    out: list[PhiHit] = []
    for m in _CALLER_INTRO_ABROAD.finditer(s.lower):
        words = list(_INTRO_WORD.finditer(s.text, m.end(), min(len(s.text), m.end() + 60)))[:2]
        if not words or words[0].start() != m.end() or not words[0].group(0)[0].isupper():
            continue  # a capitalised word right after the phrase ("меня зовут Хеда"), in any script
        if not in_caller_turn(s, m.start()):
            continue
        end = words[0].end()
        if len(words) == 2 and words[1].start() == end + 1 and s.text[end] == " " and words[1].group(0)[0].isupper():
            end = words[1].end()  # and a surname: "mi chiamo Giulia Ferraro"
        out.append(PhiHit(words[0].start(), end, "NAME", "name", 0.8,
                          "a caller's name after a self-introduction in the caller's turn"))
    return out


_INTRO_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")
# A caller introducing themself as "<name> here", at the start of their turn or after a greeting:
# "User: Hi, Grace Oyelaran here. I'm due for my infusion".
_NAME_HERE = lazy_compile(r"(?:^|[:>\]\"'“‘][ \t]*|\b(?:[Hh]i|[Hh]ello|[Hh]ey|[Yy]es|[Yy]eah|[Oo]h|[Mm]orning)[,!.]? )"
                          r"((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+) here\b", re.MULTILINE)


def _name_here_intros(s: Scan) -> list[PhiHit]:
    out: list[PhiHit] = []
    for m in _NAME_HERE.finditer(s.text):
        norms = [w.lower() for w in m.group(1).split()]
        if all(plain_word(n) or n in HONORIFICS or n in PROVIDER_TITLES for n in norms) or not in_caller_turn(
                s, m.start(1)):
            continue  # "Mom here", "Billing here"; an agent's "Dana here" is the agent
        out.append(PhiHit(m.start(1), m.end(1), "NAME", "name", 0.8, "a caller introducing themself ('<name> here')"))
    return out

# Whom an outbound call asks for, by name: "Am I speaking with Kaufusi?", "May I speak with Mrs. Tonga?"
# (a template would hold a variable there).
_ASKED_FOR = lazy_compile(r"\b(?:[Aa]m I speaking|[Mm]ay I (?:please )?speak|[Cc]an I (?:please )?speak|"
                          r"[Cc]ould I (?:please )?speak) (?:with|to) ((?:(?:Mr|Mrs|Ms|Miss|Mx)\.? )?"
                          r"[A-Z][a-z'’-]{2,20}(?: [A-Z][a-z'’-]{2,20})?)\?")


# "If <name> calls" in the languages callers speak: Haitian Creole "Si Wilner Jean-Baptiste rele", Spanish "Si
# Rigoberto Mejía llama", French "Si Anaïs Lebrun appelle", Portuguese "Se Joana Prates ligar".
_IF_CALLS_ABROAD = lazy_compile(rf"(?<![\w'’-])(?:Si|Se|Si c'est|Si c’est|Haddii) "
                                rf"([{_U}][\w'’-]+(?: [{_U}][\w'’-]+){{0,2}}) "
                                r"(?:rele|llama|llamara|llame|appelle|ligar|ligue|liga|telefona|telefonar|chama|"
                                # French "si c'est X qui appelle", Somali "haddii X uu soo waco" (if X calls)
                                r"qui appelle|(?:uu|ay) soo (?:waco|wacdo|wacaan))\b")


def _no_person_words(found: str, words_of_the_language: frozenset[str] = frozenset()) -> bool:
    """The words a call-verb pattern took for a name are ordinary words (of English or the caller's language)
    or hold an organisation word: no person's name ("Si Medicaid llama", "Tanpri rele nou")."""
    words = [w.lower() for w in found.split()]
    return all(_is_word(w) or w in english_words() or w in words_of_the_language for w in words) or any(
        w in ORG_WORDS for w in words)


# Haitian Creole: a name opening a sentence before "rele" (calls), after "li rele" (her name is), or after a
# relative of hers or mine ("pitit li Kervens": her child Kervens). ("mwen rele X", my name is X, is the caller
# introduction pass's, which reads it only in the caller's turn.)
_CREOLE_NAME = lazy_compile(rf"(?:^|(?<=[.!?] ))([{_U}][\w'’-]+(?: [{_U}][\w'’-]+)?) rele\b"
                            rf"|\b[Ll]i rele ([{_U}][\w'’-]+(?: [{_U}][\w'’-]+)?)"
                            rf"|\b(?:pitit(?: gason| fi)?|manman|papa|mari|madanm|sè|frè|grann) (?:li|mwen) "
                            rf"([{_U}][\w'’-]+)")


# Creole words that open a sentence before "rele": please, we, you, they, he/she, I, the clinic, the centre, when, if.
_CREOLE_WORDS = frozenset({"tanpri", "nou", "ou", "yo", "li", "mwen", "m", "klinik", "sant", "lè", "le", "si", "se",
                           "pa", "kounye", "epi", "men", "doktè", "enfimyè", "biwo", "lopital", "ajan", "moun"})


# A name as the value of a name key inside prose: a tool call's "lookup(name='Parisa Yousefi')", a JSON
# snippet's '"patient_name": "Ana Ruiz"'. (Runs of capitals never start after an opening quote: quoted
# names are mostly personas and examples, so only a name key vouches for one.)
# (or a test record's fields in a sentence: "Test data for the callback tool: name 'Bernadette Kamau-Lindgren', ...")
_NAME_KEY_VALUE = lazy_compile(r"\b(?:(patient|caller|member|client|resident|full|first|last|legal)[_ ]?)?name['\"]?"
                               r"(?: ?[=:] ?| )['\"‘“]([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})['\"’”]")


def _name_key_values(s: Scan, hits: list[PhiHit]) -> list[PhiHit]:
    out: list[PhiHit] = []
    found = SpanSet((h.start, h.end) for h in hits)
    for m in _NAME_KEY_VALUE.finditer(s.text):
        a, b = m.span(2)
        words = [w.lower().strip(".") for w in m.group(2).split()]
        if (m.group(1) is None and len(words) < 2) or found.overlaps(a, b) or (
                not any(_is_lex(w) for w in words)
                and all(_is_word(w) or w in english_words() or w in ORG_WORDS for w in words)):
            continue  # "name='Ava'": an agent's persona; "name='Front Desk'": a queue
        if " ".join(words) not in _placeholder_set():  # ("name='Jane Doe'": a stand-in)
            out.append(PhiHit(a, b, "NAME", "name", 0.75, "a name as the value of a name key in a call or snippet"))
    return out


# A caller saying their given name, then again with the surname: "User: It's Rose. Rose Kettering.",
# "hi it's River, River Okafor-Mills", "this is Hunter, Hunter Dyal".
_REPEATED_INTRO = lazy_compile(r"(?:\b[Ii]t['’]?s|\b[Ii]t is|\b[Tt]his is|\bI['’]?m|\bI am|\b[Mm]y name['’]?s|"
                               r"\b[Mm]y name is)[ ,]+([A-Z][a-z'’]+)[.,]+ +(\1) +([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\b")


def _repeated_intro_names(s: Scan, hits: list[PhiHit]) -> list[PhiHit]:
    out: list[PhiHit] = []
    found = SpanSet((h.start, h.end) for h in hits)
    for m in _REPEATED_INTRO.finditer(s.text):
        words = (m.group(1).lower(), m.group(3).lower())
        if any(w in ORG_WORDS or w in PROVIDER_TITLES for w in words) or not in_caller_turn(s, m.start(1)):
            continue  # ("this is Cedar, Cedar Clinic": the practice's own name)
        for a, b, conf in ((m.start(1), m.end(1), 0.6), (m.start(2), m.end(3), 0.75)):
            if not found.overlaps(a, b):
                out.append(PhiHit(a, b, "NAME", "name", conf, "the caller's given name, said again with a surname"))
    return out


def _creole_names(s: Scan, hits: list[PhiHit]) -> list[PhiHit]:
    out: list[PhiHit] = []
    found = SpanSet((h.start, h.end) for h in hits)
    for m in _CREOLE_NAME.finditer(s.text):
        g = m.lastindex or 1
        a, b = m.span(g)
        if _no_person_words(m.group(g), _CREOLE_WORDS) or found.overlaps(a, b):
            continue  # "Tanpri rele nou" (please call us), "Klinik la rele", "Medicaid rele": no person's name
        out.append(PhiHit(a, b, "NAME", "name", 0.75, "a name with a call verb or a relative in Haitian Creole"))
    return out


def _if_calls_abroad_names(s: Scan) -> list[PhiHit]:
    out: list[PhiHit] = []
    for m in _IF_CALLS_ABROAD.finditer(s.text):
        if _no_person_words(m.group(1)):
            continue  # "Si Medicaid llama", "Se a Clínica ligar": no person's name
        out.append(PhiHit(m.start(1), m.end(1), "NAME", "name", 0.75,
                          "a name before a call verb in the caller's language"))
    return out


# A person's employer, which PHI_POLICY counts with the person: "Rhonda's employer, Fairlane Logistics",
# "Ezra works nights at Kessler & Vine Roastery", "his employer is Collin County ISD".
_EMPLOYER_CUE = lazy_compile(
    r"\b(?:[Ee]mployer|[Ee]mployed (?:at|by)|(?:his|her|their) job at|"
    r"works(?: (?:nights|days|weekends|evenings|mornings|part-time|full-time|offshore))? (?:at|for)|"
    r"works (?:the )?(?:day|night|early|late|second|third|graveyard|swing) shift at|"
    r"(?:second|third|night|day|swing) shift at)(?: is| was)?[ ,:]{0,3}(?:the )?(?=[A-Z])")
_EMPLOYER_NAME = lazy_compile(r"[A-Z][\w'’.-]*(?:(?: (?:&|and|of|de|del))? [A-Z][\w'’.-]*){0,5}")
# Whose employer: a person word in the sentence before the cue ...
_EMPLOYEE_CUE = lazy_compile(r"\b(?:he|she|his|her|their|caller|patient|member|client|mom|dad|mother|father|son|"
                             r"daughter|wife|husband|brother|sister)\b|['’]s\b")
# ... or a capitalised word (and a second) as the subject of "works": "Tommy (Cantonese only) works at".
_SUBJECT_BEFORE_WORKS = lazy_compile(r"(?:^|[.;!?]\s+|\n)([A-Z][a-z'’-]+)(?: [A-Z][a-z'’.-]+)?"
                                     r"(?: \([^()\n]{1,40}\))? $")
# ... and not the practice's own people ("Dr. Patel works at St. Mary's on Tuesdays", "our nurse works at ...").
_STAFF_SUBJECT = lazy_compile(r"\b(?:dr|doctor|nurse|np|rn|pa-c|provider|our|we|staff|coordinator|therapist|"
                              r"midwife|volunteer|driver|physician|surgeon|technician|tech|aide|chaplain)\b")


def _employer_names(s: Scan) -> list[PhiHit]:
    out: list[PhiHit] = []
    low = s.lower
    for m in _EMPLOYER_CUE.finditer(s.text):
        name = _EMPLOYER_NAME.match(s.text, m.end())
        if name is None:
            continue
        words = [w.lower().strip(".,") for w in name.group(0).split()]
        if all(_is_word(w) or w in ("&", "and", "of", "de", "del") for w in words) and len(words) == 1:
            continue  # "works at Home", "employer: Unknown"
        lo = max(low.rfind(". ", 0, m.start()), low.rfind("\n", 0, m.start()), low.rfind(": ", 0, m.start()) - 60,
                 m.start() - 120)
        sentence = low[max(0, lo) : m.start()]
        line_start = low.rfind("\n", 0, m.start()) + 1
        if _STAFF_SUBJECT.search(low, max(line_start, m.start() - 80), m.start()):
            continue  # (a window, not the sentence: "Dr." ends no sentence)
        subject = _SUBJECT_BEFORE_WORKS.search(s.text, max(0, m.start() - 70), m.start())
        if not (_EMPLOYEE_CUE.search(sentence) or _EMPLOYEE_CUE.search(low, name.end(), name.end() + 80)
                or s.near_name(m.start() - 1, m.start(), 60)
                or (subject is not None and not _is_word(subject.group(1).lower()))):
            continue
        out.append(PhiHit(name.start(), name.end(), "NAME", "name", 0.65, "a person's employer"))
    return out


def _asked_for_names(s: Scan) -> list[PhiHit]:
    out: list[PhiHit] = []
    for m in _ASKED_FOR.finditer(s.text):
        words = [w.lower().rstrip(".") for w in m.group(1).split()]
        if any(_is_word(w) and w not in HONORIFICS for w in words):
            continue  # "May I speak with Billing?", "Am I speaking with Someone?"
        out.append(PhiHit(m.start(1), m.end(1), "NAME", "name", 0.75, "the person an outbound call asks for by name"))
    return out


# A building or room after a name that "the" leads: "in the Greenfield Grange hall"; a kind of facility may
# stand between ("at the Henderson surgery center", "the Maplewood dialysis unit").
_PLACE_NOUN_AFTER = lazy_compile(r"(?: (?:surgery|surgical|medical|dialysis|infusion|imaging|cancer|wellness|"
                                 r"rehab|treatment|health|community|senior|recreation|rec|urgent care|outpatient|"
                                 r"primary care|birthing))?"
                                 r" (?:hall|building|center|centre|park|church|chapel|library|school|auditorium|gym|"
                                 r"pavilion|room|lodge|ballroom|campus|grounds|wing|annex|garden|gardens|site|"
                                 r"location|branch|unit|clinic|office|hospital|entrance|lobby|garage|tower|elevators|"
                                 r"pantry|food bank|food pantry)\b",
                                 re.IGNORECASE)
# A version's release date after it: "v2 (2026-02-01)", "v3.1 – 2025-11-04".
_VERSION_DATE = lazy_compile(r"(?<![\w.])v(\d+(?:\.\d+){0,3})\W{1,4}\d{4}-\d\d-\d\d\b")
_PERSONA_VERSION = lazy_compile(r"(?<![\w.])v\d+(?:\.\d+){0,3}\b|\((?:[a-z]{2}/)+[a-z]{2}\)"
                                # the languages a line answers in, unbracketed: "Nadia – RU/EN intake"
                                r"|\b(?:en|es|ru|uk|zh|vi|ko|ar|fr|pt|so|ht|tl|pl|de|it|ja|fa|ne|my|am|ti|sw|hi|bn)"
                                r"/(?:en|es|ru|uk|zh|vi|ko|ar|fr|pt|so|ht|tl|pl|de|it|ja|fa|ne|my|am|ti|sw|hi|bn)\b")
# What a list of names is said to be, when it is names as such: "... are the most common Hmong clan names".
_NAMES_AS_NAMES_AFTER = lazy_compile(r"[,;]? (?:are|were|is) (?:the |all |our )?(?:most |very |two |three )?"
                                     r"(?:common|frequent|popular|typical|usual|shared|big|large|main)? ?"
                                     r"(?:[\w-]+ ){0,2}(?:names|surnames|last names|family names|clan names|"
                                     r"first names|given names|clans)\b", re.IGNORECASE)
_COMPANY_PAREN_BEFORE = lazy_compile(r"(?:^|[,:;]\s)(?:[A-Z][\w&.-]*\s?){1,3}\($")
# Spanish words for a workplace or an institution right before its name, and "this is ... speaking".
_SPANISH_ORG_ENDS = ("empaque ", "clínica ", "clinica ", "hospital ", "parroquia ", "iglesia ", "escuela ", "centro ",
                     # Polish and Lithuanian: a clinic's name after its kind ("Przychodnia Pod Dębem")
                     "przychodnia ", "przychodni ", "poradnia ", "klinika ", "gabinet ", "poliklinika ",
                     "farmacia ", "asistente de ", "le habla ", "rancho ", "huerta ", "bodega ")
# A device's sizes after its maker's name: "Shiley 3.5", "Bivona 3.0".
_SIZE_AFTER = lazy_compile(r" \d{1,2}\.\d\b(?! ?(?:mg|mcg|ml|units?|%))")
# A key holding the practice's places: "service_area", "coverage_towns", "neighborhoods_served".
_PLACE_LIST_KEY = lazy_compile(r"\b(?:service areas?|coverage|catchment|neighbou?rhoods|areas served|towns|cities|"
                               r"counties|regions|zones|campuses|branches|sites served|delivery area|"
                               r"delivery zones?|"
                               # a cruise's or a tour's places: "itinerary", "ports_of_call", "route_stops"
                               r"itinerary|itineraries|ports of call|ports|route stops|destinations)\b")
# A file name inside prose, its words joined by "_": "the file is IMG_4471_Tessa_Pryor_tick.heic".
_PROSE_FILE_NAME = lazy_compile(r"(?<![\w/.-])[\w-]*_[\w.-]*\.(?:pdf|docx?|rtf|txt|csv|xlsx?|jpe?g|png|heic|gif|"
                                r"tiff?|dcm|wav|mp3|m4a|mp4|zip)(?![\w-])", re.IGNORECASE)


def _lexicon_pair(words: list[str]) -> bool:
    """Are the first and last of these words a given name and a surname of the lexicon?"""
    first, last = _lex()
    return len(words) >= 2 and words[0].lower() in first and words[-1].lower() in last


def _file_names_in_prose(s: Scan, hits: list[PhiHit]) -> list[PhiHit]:
    """Names in a file name mentioned in a prompt or message, read as a label is read."""
    out: list[PhiHit] = []
    found = SpanSet((h.start, h.end) for h in hits)
    for m in _PROSE_FILE_NAME.finditer(s.text):
        words = _LABEL_WORD_RE.findall(m.group(0).rsplit(".", 1)[0].replace("_", " "))
        if words and all(w[0].isupper() for w in words):
            continue  # "Marlowe_Rhinoplasty_Recovery_Guide_2025.pdf": a document's title, in Title Case
        for a, b in names_in_file_name(m.group(0)):
            a, b = a + m.start(), b + m.start()
            if not found.overlaps(a, b):
                out.append(PhiHit(a, b, "NAME", "name", 0.6, "a person's name in a file name"))
    return out


# The recognizer name of a template variable's default that is a real first name; the engine keeps
# it although it lies inside the variable.
TEMPLATE_DEFAULT = "name_template_default"
# A variable's default value, quoted: {{ first_name | default: "Marguerite" }}, {{first_name|'Ana'}}.
_TEMPLATE_DEFAULT_RE = lazy_compile(r"\|\s?(?:default:?\s?)?[\"'“‘]([^\"'”’{}|\n]{2,40})[\"'”’]")


def _template_default_names(s: Scan) -> list[PhiHit]:
    """'Hi {{ client.first_name | default: "Marguerite" }}': a real first name as the default is
    someone's name, stored in the configuration ('there' or 'friend' is not)."""
    first = _lex()[0]
    out = []
    for a, b in s.safe:
        for m in _TEMPLATE_DEFAULT_RE.finditer(s.text, a, b):
            words = m.group(1).split()
            if 0 < len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words) and (
                    words[0].lower() in first) and words[0].lower() not in _GENERIC_DEFAULTS:
                out.append(PhiHit(m.start(1), m.end(1), "NAME", TEMPLATE_DEFAULT, 0.7,
                                  "a real first name as a template variable's default"))
    return out


# JSON keys repeat across a config (every field of one tool shares its key), as split_key assumes.
@lru_cache(maxsize=4096)
def _name_key(key_text: str) -> bool:
    """A key that names a person's name (`patient_name`), not an agent's or a thing's."""
    if key_text.endswith(_PERSON_NAME_KEY_ENDS) or key_text.endswith(_SURROGATE_KEY_ENDS):
        return True  # "referring_patient_name": the patient's name, whoever refers them
    return _NAME_KEY.search(key_text) is not None and _NOT_NAME_KEY.search(key_text) is None


_RELATIVE_IN_VALUE = lazy_compile(r"\b(?:his|her|their|my) (?:" + KIN_PATTERN + r")\b"
                                  # someone's own line beside the number: "206-719-4402 (Theo's cell)"
                                  r"|\d[\d)]* \(\w+['’]s (?:cell|mobile|phone|home|number|line)\)")
_PERSON_NAME_KEY_ENDS = ("patient name", "patient full name", "caller name", "member name", "client name",
                         "child name", "guardian name", "parent name")
# A patient's health-care agent or surrogate (not an AI agent, not staff): "hcp_agent".
_SURROGATE_KEY_ENDS = ("hcp agent", "health care agent", "healthcare agent", "health care proxy", "healthcare proxy",
                       "hcp", "poa", "surrogate", "next of kin",
                       # a patient's personal representative (HIPAA's term): "authorized_rep", "legal_representative"
                       "authorized rep", "authorised rep", "authorized representative", "authorised representative",
                       "personal representative", "legal representative", "legal rep")


# Keys for the practice's own people and organisation (not "greeting" or "template": a greeting
# name can be the patient's).
_WORKFORCE_KEY = lazy_compile(
    r"\b(?:" + _PRACTICE_KEY_WORDS + r"|desk|frontdesk|reception|billing|scheduling|referral|referrals|"
    r"office|chaplain|"
    r"pastor|clergy|volunteer|vendor|phlebotomist|sonographer|radiographer|driver|courier|counselor|dietitian|"
    r"educator|aide|transfer|target|reviewer|approver|approved|author|authored|editor|maintainer|signoff|"
    r"model|product|brand|manufacturer|make|chw|promotora|on call|oncall|recruiter|recruiters|duty|peer|peers|"
    r"operator|chr|dispatcher|lead|credential|credentials|inspector|investigator|auditor|surveyor|"
    r"interviewer|examiner)\b")
# (not "interpreter" above: see _ROLE_HEAD_KEY)


@lru_cache(maxsize=4096)
def _workforce_key(key_text: str) -> bool:
    """A key for the practice's people or organisation (`office_manager`, `clinic_name`), not a patient's."""
    if key_text.endswith(_SURROGATE_KEY_ENDS):
        return False  # "hcp_agent": the patient's health-care agent
    words = key_text.rsplit(" ", 2)
    if words[-1] in _ROLE_HEAD_KEY or (len(words) > 1 and words[-1] in ("contact", "name") and (
            words[-2] in _ROLE_HEAD_KEY)):
        # "patient_preferred_interpreter": the interpreter, whoever the key is for; "interpreter_contact"
        return True
    return _WORKFORCE_KEY.search(key_text) is not None and _PATIENT_KEY.search(key_text) is None


# A key whose last word is a workforce role names that person ("patient_preferred_interpreter").
_ROLE_HEAD_KEY = frozenset(word_list("""interpreter translator provider doctor physician nurse therapist pharmacist
    coordinator navigator counselor counsellor chaplain driver rep representative tech technician physio
    physiotherapist trainer coach"""))


_STAFF_OR_EXAMPLE_NOTE = lazy_compile(
    r"\b(?:" + _CREDENTIAL_WORDS + r"|staff|nurse|charge|doctor|provider|manager|coordinator|supervisor|on[- ]call|"
    r"scheduler|receptionist|interpreter|volunteer|placeholder|example|sample|fake|fictional|dummy|made[- ]up|"
    r"front desk|desk|billing|reception|office|team|department|dept|pharmacy|clinic|lab|ext|extension|"
    r"agent|assistant|bot|persona|voice|company|vendor|inc|llc|optical|optician)\b")
# A name that opens a value and a note after it, in parentheses or after a dash.
_NAME_THEN_NOTE = lazy_compile(rf"([{_U}][\w'’.-]*(?: [{_U}][\w'’.-]*){{0,2}}) (?:\(|[–—-] )[^\n]{{2,120}}$")


# Stand-in names that are also real people's (so not in PLACEHOLDER_NAMES): a placeholder only as a
# default or an example under its key.
_COMMON_STANDINS = frozenset({"jan kowalski", "anna kowalska", "juan pérez", "juan perez", "mario rossi",
                              "jean dupont", "marie dupont", "juan dela cruz", "maria silva", "joão silva",
                              "joao silva", "john smith", "jane smith"})
_DEFAULT_KEY = lazy_compile(r"\b(?:default|placeholder|fallback|example|sample|dummy)\b")


def _default_standin(s: Scan, name: str) -> bool:
    """Is `name` a language's John Doe under a default key ("default_patient_name": "Jan Kowalski")?"""
    return name.lower() in _COMMON_STANDINS and _DEFAULT_KEY.search(s.key_text) is not None


def _value_name(s: Scan) -> PhiHit | None:
    """A dynamic-variable default under a name-ish key: the whole value is the name."""
    if not s.key_text or not _name_key(s.key_text):
        return None
    value = s.text.strip()
    note = _NAME_THEN_NOTE.match(value)
    if note:
        # "Kieran Moss (peanut OIT, 300 mg)", "Nora – sesame, EpiPen Jr": the name, then a note; unless the
        # note makes it staff or an example ("Reggie (charge RN)", "John Q. Public – the placeholder name")
        if _STAFF_OR_EXAMPLE_NOTE.search(note.group(0)[len(note.group(1)) :].lower()):
            return None
        value = note.group(1)
    if _default_standin(s, value):
        return None
    words = value.replace(",", " ").split()  # "Kowalczyk, Irena": surname first
    if not 1 <= len(words) <= 4 or value.lower() in _NO_ONE_VALUES or value.lower() in _placeholder_set() or all(
            w.lower() in _GENERIC_VALUE_WORDS for w in words) or (
            value.lower().startswith(("unknown ", "anonymous ", "unnamed ", "unidentified "))):
        return None  # ("record_caller_as": "Unknown Relative")
    if not all(_letters(w.replace(".", "").replace("-", "").replace("'", "").strip('"“”')) for w in words):
        return None  # (a nickname in quotes is allowed: 'Eleanor "Nell" Sikorski')
    if len(set(value.lower()) - set(" .-'")) < 2:
        return None  # "ssn_last4_mask": "XXXX": a mask, one letter repeated
    if "XXX" in value or (value.isupper() and "-" in value):
        return None  # "member_id": "PT-XXXXXX": a code's mask, not a name
    if words[0].lower().rstrip(".") in ("dr", "dra", "doctor", "prof", "professor"):
        return None  # "Dr. Kwame Osei": a provider, whatever the key
    if any(w.lower().strip(",.") in _CREDENTIALS for w in words[1:]):
        return None  # "Lorraine Whitcomb RN": a clinician
    # "Ellen Park" under patient_name: a common word after a lexicon first name is a surname
    lows = [w.lower().strip(".") for w in words]
    # a surname that is also a word beside a name-only word ("Park Sung-ho" under patient_name)
    anchored = len(words) >= 2 and any(w not in COMMON_WORDS for w in lows)
    # (a word that is a name as often as a word, capitalised under a name key, is the name: "Grant", "Hope")
    named_as = anchored or value[:1].isupper()
    if any(w in COMMON_WORDS and not _is_lex(w) and not (named_as and w in NAME_LIKE_WORDS) for w in lows) and not (
            len(words) >= 2 and (lows[0] in _lex()[0] or _given_word_name(words) or _titled_under_person_key(
                s, words, lows))):
        return None  # ("River Abiodun" under preferred_name: a common word as a given name)
    if len(words) == 1 and value.islower() and lows[0] in english_words() and not _is_lex(lows[0]):
        return None  # "default_member_name": "climber": a word standing in for a name
    start = s.text.index(value)
    return PhiHit(start, start + len(value), "NAME", "name", 0.85,
                  f"person name as the value of key '{s.key_text}'")


# A clinical note under a note key, opening with whom it is about: "pessary_fit_note": "Grace T. - size 3 ring,
# refit 10/07", "visit_reason_note": "Keziah - spotting at 9 wks", "gestational_age_note": "Ava-Grace H., 26+3 wks".
_NOTE_KEY = lazy_compile(r"\b(?:note|notes|reason|baseline|log|summary|history|hx)\b")
_NOTE_LEAD_NAME = lazy_compile(rf"([{_U}][{_L}]{{2,20}}(?:-[{_U}][{_L}]{{2,20}})?(?: [{_U}]\.|(?: [{_U}]-[{_U}]))?)"
                               r"(?: [–—-] |, | (?=\w+ \d))"
                               # ... or a given name and a surname, then what the note says of them: "Luis
                               # Ortega-Vance needs IV sedation for cleanings"
                               rf"|([{_U}][{_L}]{{2,20}} [{_U}][{_L}]{{2,20}}(?:-[{_U}][{_L}]{{2,20}})?) (?=[a-z])")
_NOTE_MEASURE = lazy_compile(r"\b\d+(?:\+\d)? ?(?:wks?|weeks|mg|mmol|g/dl|kg|lbs?|cm)\b|\b(?:size|refit|baseline)\b")


def _note_value_lead_name(s: Scan) -> PhiHit | None:
    if not _NOTE_KEY.search(s.key_text) or _workforce_key(s.key_text):
        return None
    m = _NOTE_LEAD_NAME.match(s.text)
    if m is None:
        return None
    rest = s.text[m.end() :]
    group = 1 if m.group(1) else 2
    words = [w.lower().strip(".") for w in m.group(group).replace("-", " ").split()]
    if not (HEALTH_CUE.search(rest) or _NOTE_MEASURE.search(rest)) or _STAFF_OR_EXAMPLE_NOTE.search(rest.lower()):
        return None  # (not "Dana - called the pharmacy back": staff, no health word about someone)
    first = words[0]
    if group == 2 and (first not in _lex()[0] or _is_word(first)):
        return None  # (a full name opening the note: its given name must be one, "Luis Ortega-Vance needs ...")
    word = (_is_word(first) or first in english_words()) and first not in NAME_LIKE_WORDS and not _is_lex(first)
    if word or first in ORG_WORDS or first in _SPECIALTY_WORDS or first in _PERSONA_LABEL or (
            first in _LABEL_STAFF_WORDS):
        return None  # ("Monday - spotting clinic closed", "Ortho - ...": a day, a service)
    return PhiHit(m.start(group), m.end(group), "NAME", "name", 0.65 if group == 1 else 0.8,
                  "whom a clinical note under a note key is about")


def _letters(word: str) -> bool:
    """Letters only, with the vowel signs and other marks that Indic scripts write words with
    ("রহিম উদ্দিন": str.isalpha is false for its vowel signs)."""
    if word.isalpha():
        return True
    import unicodedata  # (only for words with marks: a value under a name key in an Indic script)

    # (Tibetan writes a syllable mark, tsheg U+0F0B, between the syllables of one word: "ཀརྨ་ལྷ་མོ")
    return bool(word) and all(ch.isalpha() or ch == "\u0f0b" or unicodedata.category(ch)[0] == "M"
                              for ch in word) and word[0].isalpha()


def _titled_under_person_key(s: Scan, words: list[str], lows: list[str]) -> bool:
    """Up to four capitalised words under a patient's or caller's name key, none an organisation's, a persona's or
    a line's: "caller_name": "Naw Say Say Paw" (a Karen name whose syllables are English words)."""
    return s.key_text.endswith(_PERSON_NAME_KEY_ENDS) and all(w[:1].isupper() and not w.isupper() for w in words) and (
        not any(w in ORG_WORDS or w in _PERSONA_LABEL or w in _LABEL_STAFF_WORDS for w in lows))


def _given_word_name(words: list[str]) -> bool:
    """Two or three capitalised words, one of them only a name ("River Abiodun"): no acronym, no
    organisation, persona or heading word ("Outbound Voicemail Assistant", "VAPI Complex Booking")."""
    if len(words) > 3 or any(not w[:1].isupper() or (w.isupper() and len(w) > 1) for w in words):
        return False
    lows = [w.lower().strip(".") for w in words]
    return not any(w in ORG_WORDS or w in _PERSONA_LABEL for w in lows) and any(
        not _is_word(w) and w not in english_words() for w in lows)


_FOREIGN_STRONG_BEFORE = _register_tail_cue(_TailCue(
    _FOREIGN_PERSON_CUES + "|señora|señor|sra|sr",
    64,
))
# A relative named right before the name: a following "handles"/"manages" is a family chore.
_RELATIVE_BEFORE = _register_tail_cue(_TailCue("|".join(sorted(KIN_WORDS)), 16))
# (a heading, not an errand: "Directions for paramedics: the Lindgren farm ...")
_NOT_FOR_WORKFORCE = r"(?<!for )(?<!to )(?<!from )(?<!with )(?<!about )(?<!by )"
# "Peer mentors on tonight:", "Counselors on rotation:": when they work, between the role and the colon.
_ON_DUTY = (r"(?: (?:on (?:tonight|today|call|shift|duty|rotation|site)|this week|this month|today|tonight"
            # a role's cover plan: "Nurse navigator coverage: Jen Albright (Mon/Wed), ..."
            r"|coverage|rotation|schedule|cover"
            # whom the agent may hand a call to: "Recruiters you can transfer to: Haley Brandt (West), ..."
            r"|you (?:can|may) (?:transfer|route|refer|send|name|mention|page)(?: (?:callers|calls|them))?(?: to)?"
            # what the role does for the names that follow: "Study coordinators approve visits: Priya Raman ..."
            r"|(?:approve|handle|cover|run|take|answer|schedule|manage|see)s?(?: [a-z]+){0,2})){0,2}")
# (also "Chaplains on call tonight:")
_ROSTER_BEFORE = lazy_compile(
    r"(?:\b" + _NOT_FOR_WORKFORCE + r"(?:roster|directory ?\([^()\n]{1,25}\)|directory|staff|team|"
    r"(?:nurse )?navigator(?= cover)|nurse(?= cover)|provider(?= cover)|therapist(?= cover)|" + _ROLE_PLURALS
    + r")" + _ON_DUTY
    + r"\s*:[^:\n]{0,120}"
    r"|\b(?:" + _ROLE_PLURALS + r")\s(?:[\w'’.-]+,?\s){1,3}(?:and|&|or)\s"
    # set off by a comma only after "our": "our community paramedics, Jo Brennan and" (not "the index
    # case's coworkers, Lupe Ramirez and": a patient's contacts)
    r"|\bour (?:[\w-]+\s){0,2}(?:" + _ROLE_PLURALS + r"),\s(?:[\w'’.-]+,?\s){1,3}(?:and|&|or)\s)$")
# A workforce heading: the rest of its line lists staff ("Staff directory: ...", "Promotoras: ...").
# The line ends it, and so does the next colon (another heading: "Patients to call back: ...").
# (grouped by first letter; the errand test is made on each match, not by look-behinds at every position)
# ("Staff directory (internal): ...": a directory may say whom it is for; a roster may be a patient group's)
_ROSTER_LINE = lazy_compile(
    r"\b(?:roster|directory ?\([^()\n]{1,25}\)|directory|staff|team|on shift|on duty|extensions|"
    r"(?:nurse )?navigator(?= cover)|nurse(?= cover)|provider(?= cover)|therapist(?= cover)|" + _ROLE_PLURALS
    + r")" + _ON_DUTY + r"\s*:([^:\n]{1,300})")
_ERRAND_ENDS = ("for ", "to ", "from ", "with ", "about ", "by ")
# A note addressed to the workforce, not a list of it: "Reminder for the fit team: Theo Marchbanks' ..."
_ADDRESSED_HEADING = lazy_compile(r".*\b(?:for|to) (?:the|our|your) (?:[\w-]+ ){0,2}(?:team|staff|crew)\s*:")


# A list of patients to act on: "Follow-up list for the week of the 14th: K.M. (...), R. Alcántara (...)".
# (the list runs on over bullet lines: "Urgent callback list\n• Bodhi (tubes ...) – mom ...")
_PATIENT_LIST_LINE = lazy_compile(
    r"\b(?:(?:follow-?up|call-?back|call|pickup|pick-up|recall|no-show|wait ?list|work ?list|"
    r"outreach|reminder|ride|transport) list\b[^:\n]{0,40}"
    # a heading of the people to call back: "Priority callbacks today: Lindqvist, Beaumont-Tate"
    r"|(?:call-?backs|call backs|recalls|no-shows|to call back)(?: (?:today|tomorrow|this week|for \w+))?(?=:)"
    # the callers the agent will meet again: "Known callers: Travis, the long-haul trucker who ..."
    r"|(?:known|regular|frequent|repeat) (?:callers|texters|patients|clients)(?=:))"
    r"(?::([^:\n]{1,300})|\n((?:[ \t]*[-•*·][^\n]{1,200}\n?){1,12}))")


def _in_patient_list(s: Scan, start: int) -> bool:
    spans = s.memo.get("patient_list")
    if spans is None:
        low = s.lower
        # (every _PATIENT_LIST_LINE heading holds one of these)
        may = " list" in low or (":" in low and (
            "backs" in low or "recalls" in low or "no-shows" in low or "to call back" in low or "callers:" in low
            or "texters:" in low or "patients:" in low or "clients:" in low))
        spans = s.memo["patient_list"] = ([m.span(1) if m.group(1) else m.span(2)
                                           for m in _PATIENT_LIST_LINE.finditer(low)] if may else [])
    return any(a <= start < b for a, b in spans)  # type: ignore[attr-defined]


# A Markdown heading (or a bold or colon-ended line alone) over a list of the practice's people, and a list
# item's opening ("- ", "* ", "1. ").
_STAFF_HEADING = lazy_compile(r"^\s*(?:#{1,6} |\*\*)?[^\n]{0,40}\b(?:staff|team|providers?|clinicians|directory|"
                              r"who'?s who|contacts you may|escalation contacts|on-?call (?:list|schedule))\b"
                              r"[^\n]{0,40}$")
_NOT_STAFF_HEADING = lazy_compile(r"\b(?:patients?|callers?|residents?|clients?|members?|families|test|example|"
                                  # notes for the staff, about the people they serve: "STAFF-ONLY NOTES",
                                  # "Behavior notes from the team", "Safety flags (staff only)"
                                  # (not "notes" alone: "NOTES FROM STAFF - Reminder from Marisol" names its writer)
                                  r"flags?|alerts?|behaviou?r|safety|only|caseload|watch ?list|"
                                  # the people a team cares for: "# Athletes flagged in team packets"
                                  r"athletes?|players?|students?|campers?|kids|children|participants?|guests?|"
                                  r"riders?|racers?|flagged)\b")
_LIST_ITEM_START = lazy_compile(r"\s*(?:[-*•]|\d{1,2}[.)])\s")


def _in_staff_section(s: Scan, start: int) -> bool:
    """Is `start` on a list item under a heading that names the practice's people ("## Staff you may name",
    "**Care team**"), with no heading between?"""
    # (every line looked at is at most 200 characters long: a list item's, or a heading's; linear time)
    line = s.text.rfind("\n", start - 200 if start > 200 else 0, start) + 1
    if line == 0 and start > 200:
        return False
    if not _LIST_ITEM_START.match(s.text, line):
        return _staff_paragraph(s, line)
    pos = line
    for _ in range(30):  # (up to 30 list lines back to the heading)
        if pos == 0:
            return False
        prev = s.text.rfind("\n", pos - 201 if pos > 201 else 0, pos - 1) + 1
        if prev == 0 and pos > 201:
            return False
        text = s.text[prev : pos - 1]
        if not _LIST_ITEM_START.match(text) and text.strip():
            low = text.lower()
            return _STAFF_HEADING.match(low) is not None and _NOT_STAFF_HEADING.search(low) is None
        pos = prev
    return False


_THIRD_PERSON = lazy_compile(r"\b(?:he|she|his|her|him|hers|they|them|their)\b")
_NOT_STAFF_PARAGRAPH_HEADING = lazy_compile(r"\b(?:notes?|from|updates?|issues?|reminders?|news|messages?)\b")


def _staff_paragraph(s: Scan, line: int) -> bool:
    """Is the line at `line` a list of people written as one paragraph (two commas or semicolons in it) right
    under a marked workforce heading ("### Team" / "Staff:" alone on its line), a blank line at most between?
    "## Staff\nDana Thibodeaux (day medic), Tom Lejeune, RN (night), Dr. Alan Boudreaux (site physician)"."""
    if line < 2:
        return False
    end = s.find("\n", line)
    if end < 0:
        end = len(s.text)
    if end - line > 300 or s.text.count(",", line, end) + s.text.count(";", line, end) < 2 or (
            _THIRD_PERSON.search(s.lower, line, end)):
        return False  # (a sentence about someone: "The wrestler ... keeps calling about his cast, ...")
    pos = line - 1  # the newline ending the line before
    if pos > 0 and s.text[pos - 1] == "\n":
        pos -= 1  # (one blank line between)
    prev = s.text.rfind("\n", pos - 81 if pos > 81 else 0, pos) + 1
    if prev == 0 and pos > 81:
        return False
    low = s.lower[prev:pos].strip()
    # (a marked heading only: a prose line that says "team" is no heading over the next line)
    if not (low.startswith(("#", "**")) or low.endswith(":")):
        return False
    # ("## Notes from the team" heads notes about the people served, in sentences)
    return _STAFF_HEADING.match(low) is not None and _NOT_STAFF_HEADING.search(low) is None and (
        _NOT_STAFF_PARAGRAPH_HEADING.search(low) is None)


def _in_roster(s: Scan, start: int) -> bool:
    """Is `start` on a workforce heading's line, after the heading (at most 300 characters on, up to
    the next colon)?"""
    spans = s.memo.get("roster")
    if spans is None:
        low = s.lower
        spans = s.memo["roster"] = [m.span(1) for m in _ROSTER_LINE.finditer(low)
                                    if not low.endswith(_ERRAND_ENDS, 0, m.start())
                                    and not _ADDRESSED_HEADING.match(low, max(0, m.start() - 30), m.end(1))]
    return any(a <= start < b for a, b in spans)  # type: ignore[attr-defined]


# A public figure's surname -> the figures it belongs to ("barton" -> "clara barton"): alone, after
# the full name in the same text, it is the figure again. (Given names are left out: "Martin" is
# not Martin Luther King because the text mentions the holiday.)
_FIGURE_WORD_OF: dict[str, tuple[str, ...]] = {}
for _figure in sorted(PUBLIC_FIGURES):
    _word = _figure.split()[-1]
    if len(_word) > 2 and " " in _figure:
        _FIGURE_WORD_OF[_word] = (*_FIGURE_WORD_OF.get(_word, ()), _figure)
_FIGURES_AND_COMPANIES = PUBLIC_FIGURES | COMPANY_NAMES  # names that are no patients in a list
_COMPANY_WORDS = frozenset(w for c in COMPANY_NAMES for w in c.split() if w not in ("&", "and"))


def _company_around(s: Scan, start: int, end: int) -> bool:
    window = s.lower[max(0, start - 25) : end + 25]
    return any(c in window for c in COMPANY_NAMES)


_ROLE_IS_BEFORE = lazy_compile(r"\b(?:tech|technician|histotech|technologist|phlebotomist|sonographer|scribe|"
                             # a service and who gives it: "Diabetes education is Ron Lonetree on Tuesdays"
                             r"education|nutrition counseling|"
                             r"nurse|doctor|provider|coordinator|manager|scheduler|don|"
                             r"director of nursing|administrator|director|liaison|"
                             r"receptionist|therapist|aide|lead|supervisor|chaplain|educator|pharmacist|biller|"
                             r"navigator|on call|on-call|concierge|assistant|agent|bot|voice|persona|"
                             r"hygienist|dentist|rep|representative|physiologist|counselor|counsellor|interpreter|"
                             r"dietitian|nutritionist|midwife|doula|surgeon|optometrist|audiologist|physician|instructor|"
                             r"trainer|coach|case manager|social worker|caseworker|advocate|dispatcher|officer|"
                             r"compliance officer|privacy officer|account manager|"
                             # a credential as the role: "Tonight's camp RN is Bree Hollister"
                             r"rn|lpn|np|cna|emt|paramedic|medic|"
                             # a desk or department: "Front desk is Sushila and Kamal; care management is Ganga"
                             r"front desk|care management|case management|social work|billing|scheduling|reception|"
                             r"triage)s?\b"
                             r"(?:[^.!?\n]{0,25}\b(?:is|are)(?: named| called)? "
                             # ... or the one on duty for a while, then a colon: "Onboard medic this rotation: "
                             # (right after the role: not "Nurse bereavement visit this week:", "Interpreter needed:")
                             r"| (?:this (?:rotation|shift|week|weekend|month)|on call|on-call|on duty|tonight|today)"
                             r": )$")
_STREET_ADDRESS_BEFORE = lazy_compile(
    r"\b\d{1,6} (?:[NSEW]\.? )?(?:[A-Z][\w'’.-]* ){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|"
    r"Lane|Way|Hwy|Highway|Pkwy|Parkway|Ct|Court|Pl|Place|Plaza|Square|Sq|Loop|Trail|Circle|Terrace)\.?"
    r"(?:,? (?:Suite|Ste\.?|Unit|Room|Floor|Bldg\.?) [\w-]{1,6})?, $")
# Whose a street address is, from the words before it: the practice's ("the county lab, Room 118,")
# and no person's ("for the family at", "Mr. Fenwick: leave coolers at").
_ORG_ADDRESS_LEAD = lazy_compile(r"\b(?:lab|laboratory|office|offices|clinic|center|centre|hospital|our|we are|"
                                 r"we're|headquarters|department|dept|building)\b")
_PERSON_ADDRESS_LEAD = lazy_compile(r"\b(?:patient|pt|caller|client|member|family|his|her|their|home|lives|"
                                    r"living|mr|mrs|ms|miss|neighbou?r|daughter|son|mom|dad)\b")


def _org_address_lead(s: Scan, at: int) -> bool:
    lead = s.lower[at - 80 if at > 80 else 0 : at]
    return _ORG_ADDRESS_LEAD.search(lead) is not None and _PERSON_ADDRESS_LEAD.search(lead) is None


# Calling on a staff member's behalf: "calling for Joanne Pressley at Cobalt Bay ...", "... about your
# follow-up" (the one called is "you"; "calling for Mrs. Diaz about her results" calls the patient).
_ON_BEHALF_AFTER = lazy_compile(r" (?:at|from|with) (?:the )?[A-Z]| about your")
_ON_CALL_LIST_ENDS = ("this week: ", "today: ", "tonight: ", "this weekend: ", "this month: ")
_ON_CALL_NEAR = lazy_compile(r"\b(?:on[- ]call|on duty|covering|coverage)\b")
_EXTENSION_PAREN_BEFORE = lazy_compile(r"\b(?:ext|extension|x)\.? ?\d{1,5} \($")
# The workforce named as a list after "our <role plural> are" (or "<Role plural> are" opening a
# sentence): every name up to `$` is one of them (capitalised words, credentials or notes in
# parentheses, commas and "and"; any other word ends it).
_STAFF_ARE_LIST = lazy_compile(
    r"(?i:(?:\b(?:our|the|your|their)\s+(?:[\w-]+\s+){0,2}|(?:^|(?<=[.;:]\s)|(?<=\n))(?:[\w-]+\s+)?)"
    r"(?:staff|team|installers|" + _ROLE_PLURALS + r")"
    r"(?:\s+(?:this week|this month|today|tonight|on call|on duty|here))?\s+(?:are|include)\s+)"
    r"(?:(?-i:[A-Z])[\w'’ʻ.-]*(?: \([^()\n]{0,30}\))?(?:,? (?:and|&|or) |, | ))*$")
_WORK_BY_BEFORE = lazy_compile(r"\b(?:book|booklet|article|guide|pamphlet|poem|song|handout|video|quote|essay|"
                             r"podcast|workbook|curriculum|program|method|words|lyrics|music|anthem|hymn|"
                             r"painting|mural|photograph|memoir|novel|play)['’\"]?\s+by $"
                             # "Quote Elisabeth Kübler-Ross sparingly", "quoting Maya Angelou"
                             r"|(?:^|[.;:!?]\s|\n)(?:please )?(?:quote|quoting|cite|citing|paraphrase) $"
                             # "first described in Chicago in 1910 by James Herrick": a discoverer
                             r"|\b(?:described|discovered|invented|pioneered|coined|identified)\b[^.!?\n]{0,30}\bby $"
                             # "the hymn 'Lead, Kindly Light' by John Henry Newman": a work's title between
                             r"|\b(?:hymn|song|poem|book|novel|prayer|play|painting)\s+['‘“\"][^'’”\"\n]{1,60}"
                             r"['’”\"]\s+by $"
                             # a quoted title alone: "'Adult Children of Alcoholics' by Janet G. Woititz"
                             r"|['‘“\"][a-z][^'’”\"\n]{2,60}\s[^'’”\"\n]{2,60}['’”\"]\s+by $")
_VERB_STAFF_END = lazy_compile(r"\b(?:ask for|asks for|asked for|speak to|speak with|talk to|talk with)\W{0,3}$")
_STAFF_PAIR_BEFORE = lazy_compile(r"\b(?:ask for|asks for|speak to|speak with|transfer to|talk to|page|notify|"
                                r"book with|schedule with)\s[\w'’.-]+(?:\s[\w'’.-]+)?\s(?:or|and|&)\s$")
_PROVIDER_PAIR_BEFORE = lazy_compile(r"\b(?:dr|doctor|nurse|np)\.? [a-z'’-]+ (?:or|and|&) $")
# A name listed after providers: "(Dr. Greer, Dr. Chen, Jordan Falk)", "Dr. Ames, Dr. Bell, Sam Ortiz and ..."
_PROVIDER_LIST_BEFORE = lazy_compile(r"(?:\(|(?:\bdr\.? [a-z'’-]+, ))dr\.? [a-z'’-]+, $")
# (also a team's or a role's people, listed: "Physio (Kerry-Ann)", "The CHR team (Loretta Tsinajinnie and
# Harrison Yellowhorse)"; not "pt (": the patient)
_ROLE_PAREN_BEFORE = lazy_compile(
    r"\b(?:greeter|billing|scheduler|scheduling|triage|intake|reception|receptionist|nurse|pharmacy|records|"
    r"coordinator|router|dispatcher|operator|concierge|navigator|support|sales|agent|assistant|bot|manager|"
    r"admin|front desk|referrals|refills|lab|labs|radiology|imaging|escalation|handoff|after-hours|overflow|"
    r"physio|physiotherapist|rn|np|dispatch|coach|trainer|athletic trainer|interpreter|chaplain|pharmacist|"
    r"dietitian|social worker|case manager|driver|team|crew|staff|nurses|therapists|trainers|coaches|drivers|"
    r"chws?|chrs?)"
    r" ?\((?:[^()\n]{0,60}(?:,| and| &| y) )?$")
_STREET_PAREN_AFTER = lazy_compile(r" \((?:[\w'’.-]+ ){0,3}(?:ave|avenue|st|street|rd|road|blvd|boulevard|pkwy|"
                                 r"parkway|hwy|highway|dr|drive|ln|lane|way|pike|ct|court|pl|place)\b", re.IGNORECASE)
# (the items are words: in "Vernon Tackett, 1874 County Road" a house number follows, not a county)
_COUNTY_LIST_AFTER = lazy_compile(r"(?:(?:,|,? and|,? or|,? &) [^\W\d][\w'’-]*){0,4} "
                                  r"(?:counties|county|parishes|parish)\b(?! road| rd\b| route| highway| hwy)")
_STATE_AFTER = lazy_compile(
    r", (?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|"
    r"V[TA]|W[AVIY]|PR)\b(?![a-z'’])|, (?:" + "|".join(sorted(w.title() for w in US_STATES)) + r")\b")
# A degree that reads like a state, then a credential: "Devorah Klein, MS, CCC-SLP" (suppressed as a
# "place" like a city, as before: either way the name is no patient's).
_DEGREE_CHAIN = lazy_compile(r", (?:MS|MA|MT|PA), [A-Z]")
# A state's licence or an identifier after the comma: ", Ohio SP 901442", ", KY licence", ", ID 104882236".
_STATE_ID_AFTER = lazy_compile(r", (?:ID:? ?#?\d|(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{2}) (?:DL|SP|CDL|ID|DMV|lic\.?|"
                               r"licen[cs]e|driver'?s|#)(?![a-z]))")
# An animal right before the name ("Our therapy dog Barton"): a pet, not a person.
_ANIMAL_BEFORE = _register_tail_cue(_TailCue("dog|therapy dog|service dog|facility dog|cat|office cat|mascot|pet|"
                                             "puppy|horse|therapy horse|rabbit|parrot", 256))
# A public office right before the name ("U.S. Senator Dick Durbin", "Mayor Ortiz"): a public figure.
_OFFICIAL_BEFORE = _register_tail_cue(_TailCue(
    "senator|sen|governor|gov|mayor|congressman|congresswoman|congressperson|representative|rep|"
    "president|vice president|secretary|ambassador|judge|justice|commissioner|surgeon general|councilmember|"
    "councilwoman|councilman|alderman|state senator|state representative|"
    # a monarch or a pope ("Pope Francis", "Emperor Haile Selassie"); King, Queen, Prince and
    # Princess are given names too ("Patient Prince Adeyemi"): see _REGNAL_AFTER
    "emperor|empress|sultan|tsar|czar|pharaoh|pope|crown prince|"
    # a general of a people's history ("General Vang Pao") and a Sikh guru ("Guru Nanak Gurpurab")
    "general|guru|"
    # a police or sheriff's officer named as the agency's contact ("the sheriff's office contact is Lt. Ray Odom")
    "lt|lieutenant|sgt|sergeant|deputy|detective|sheriff|captain|capt|cpl|corporal",
    128,
))
# A maker of works or ideas right before the name ("the poet Bhanubhakta Acharya", "named for the
# artist Norman Collins"): a public figure.
_FIGURE_ROLE_BEFORE = _register_tail_cue(_TailCue(
    "poet|artist|author|writer|painter|composer|novelist|philosopher|playwright|sculptor|inventor|scientist|"
    "physicist|explorer|reformer|saint|his majesty|her majesty|his holiness|"
    # whose words or works are quoted: "Hydration reminders can quote Satchel Paige", "Books by Elder Ephraim"
    # (not a bare "quote": "Quote Mrs. Oyelowo's words back to her" is a patient)
    "can quote|may quote|to quote|a quote from|a line from|quotes from|quotes by|books by|poems by|songs by|music by|"
    # a poster's or a class's quotation: "Our waiting-room poster quotes Abdul Sattar Edhi"
    "poster quotes|sign quotes|mural quotes|banner quotes",
    512))  # (a tail cue: "the poet" ends with "poet")
_MONARCH_TITLES = frozenset({"king", "queen", "prince", "princess", "emperor", "empress", "sultan", "tsar", "czar",
                             "pharaoh", "pope"})
# Church leaders whose title always comes with a name: "Pope Tawadros", "Patriarch Bartholomew".
_PONTIFF_TITLES = frozenset({"pope", "patriarch", "catholicos"})
# A regnal number right after a titled name: "Queen Sālote Tupou III", "King Tupou VI".
_REGNAL_AFTER = lazy_compile(r" [IVX]{1,5}\b")
# A street-name word right before the name ("Av. Juárez 80", "Calle Morelos 12"): a street, not a person.
_STREET_BEFORE = _register_tail_cue(_TailCue("av|avda|avenida|calle|paseo|camino|carrera|rua|rue|via|viale|strasse",
                                              32))
_DUTY_VERB_AFTER = lazy_compile(r",? (?:works|handles|manages|runs|covers|answers|interprets|translates)\b")


# A surname, a comma and an initial, as rosters, charts and labels write people: "Castillo, R. - 8:40",
# "Marsh-Abbott, G - EM rash", "Pruitt, D. 4-22-57". The initial is followed by a separator, a digit
# or the end, so "Boston, MA" (two capitals) and prose ("Yes, I think") are not read.
# (found from the comma: re skips to each ", " in C; a pattern starting with the surname's letter
# class would be tried at every position of every text with a comma)
# (a closing parenthesis ends one too: "chart 00731552 (Bello, T.)")
_INITIAL_AFTER_COMMA = lazy_compile(rf", ([{_U}])\.?(?=[ \t]*(?:[-–—;:()|]|\d|$))", re.MULTILINE)
_SURNAME_BEFORE_COMMA = lazy_compile(rf"(?<![\w'’-])[{_U}][{_L}]+(?:[-'’][{_U}][{_L}]+)?$")


# A first name set off by a child's or a person's age: "Kayla, 15, posterior pelvic tilt", "Jaxon, the
# 6-year-old with the peanut allergy", "Milo (4) needs ...". A case summary names its patient so.
_NAME_WITH_AGE = lazy_compile(
    rf"(?<![\w.-])([{_U}][{_L}]{{2,20}})(?:, | \()(?:(?:the|a|an|our) )?"
    r"(?:\d{1,2}[- ](?:years?|yrs?|months?|mos?|weeks?|wks?)[- ]old\b|\d{1,2}(?:[,;)]| ?(?:yo|y/o|yrs?|mos?)\b))")


# What _NAME_WITH_AGE needs after its name, as a cheap gate (it starts with a literal, so re skips
# in C to the places that may match).
_AGE_APPOSED_HINT = lazy_compile(r"(?:, | \()(?:(?:the|a|an|our) )?\d")


def _names_with_age(s: Scan, found: HitList) -> list[PhiHit]:
    out: list[PhiHit] = []
    for m in _NAME_WITH_AGE.finditer(s.text):
        start, end = m.span(1)
        norm = m.group(1).lower()
        if (not _is_lex(norm) and (norm not in label_names() or norm in english_words())) or _is_word(norm) or (
                found.overlaps(start, end)):
            continue  # (today's names too: "Jaxon, the 6-year-old")
        if _suppressed(s, start, end, (norm,)) is not None:
            continue  # staff, an example or a public figure
        out.append(PhiHit(start, end, "NAME", "name", 0.7, "a first name set off by the person's age"))
    first_names = _lex()[0]
    for m in _PAIR_WITH_AGE.finditer(s.text):
        start, end = m.span(1)
        given, surname = m.group(1).lower().split(" ", 1)
        if not (given in first_names or given in NAME_LIKE_WORDS) or is_common_word(surname) or (
                surname in english_words()) or surname in _geo_names() or found.overlaps(start, end) or any(
                start <= h.start < end for h in out):
            continue
        if _suppressed(s, start, end, (given, surname)) is not None:
            continue
        out.append(PhiHit(start, end, "NAME", "name", 0.7, "a given name and a surname set off by the person's age"))
    return out


# A given name and a capitalised surname outside the lexicon, then an age: "Pearl Runningwater, 94, lives alone".
_PAIR_WITH_AGE = lazy_compile(rf"(?<![\w.-])([{_U}][{_L}]{{1,20}} [{_U}][{_L}]{{2,24}})(?:, | \()"
                              r"(?:\d{1,3}(?:[,;)]| ?(?:yo|y/o|yrs?)\b)|\d{1,3}[- ]years?[- ]old\b)")


# A roster or worklist entry, surname first: "Ybarra, Lucia — lap chole", "(Reyes, Sofia)", "Lujan, Brenda - 915-...",
# a value "Ellison, Thaddeus". Only an entry standing alone (a dash, a closing parenthesis or the end after it, and
# no list comma before it): "Vega, Adrian; US-287" and "Lincoln, Kit Carson, Cheyenne" are towns and counties.
# (the capital first, the look-behinds after it: `re` then skips to capitals)
_SURNAME_GIVEN_ENTRY = lazy_compile(rf"([{_U}](?<![\w'’-].)(?<!, .)[{_L}'’]+(?:-[{_U}][{_L}'’]+)?), "
                                    # (a dash with spaces, not a hyphen joining on: "Marion, Lee-Whitman")
                                    # (and a middle name or initial: "(Reyes, Luis A.)")
                                    rf"([{_U}][{_L}]+(?: [{_U}][{_L}]+| [{_U}]\.)?)(?=\s[-–—]\s|[–—)]|\s\)|\s*$"
                                    # (or a note in lower case after a comma: "Singh, Harpreet, day 6 as of 05/11")
                                    r"|, [a-z\d])")


def _surname_given_entries(s: Scan, found: HitList) -> list[PhiHit]:
    out: list[PhiHit] = []
    first, last = _lex()
    for m in _SURNAME_GIVEN_ENTRY.finditer(s.text):
        surname, given = m.group(1).lower(), m.group(2).split(" ", 1)[0].lower()
        if found.overlaps(m.start(), m.end()):
            continue
        if not (any(p in last or p in rare_surnames() for p in surname.split("-")) and (
                given in first or (given in label_names() and given not in english_words()))) or (
                is_common_word(surname) or is_common_word(given) or surname in _geo_names()):
            continue
        if _suppressed(s, m.start(), m.end(), (surname, given)) is not None:
            continue
        out.append(PhiHit(m.start(), m.end(), "NAME", "name", 0.7, "a surname, then a given name, as a worklist entry"))
    return out


# A record system's header, surname and given name in capitals, then the date of birth or the record number:
# "BUCKLEY, FRANCESCA  DOB 10/04/1979", "OYELARAN, TUNDE (MRN 4471902)".
# (the capital first, the look-behind after it: `re` then skips to capitals)
_CAPS_SURNAME_GIVEN = lazy_compile(r"([A-Z](?<![\w-].)[A-Z]{1,19}(?:[-'’][A-Z]{2,20})?), ([A-Z]{2,20})(?: [A-Z]\.?)?"
                                   r"(?=\s{1,3}\(?(?:DOB|D\.O\.B|MRN|DOS|Age|AGE|\d))")


def _caps_surname_given_entries(s: Scan, found: HitList) -> list[PhiHit]:
    out: list[PhiHit] = []
    first, last = _lex()
    for m in _CAPS_SURNAME_GIVEN.finditer(s.text):
        surname, given = m.group(1).lower(), m.group(2).lower()
        if found.overlaps(m.start(), m.end()) or not (
                any(p in last or p in rare_surnames() for p in surname.split("-")) and given in first) or (
                is_common_word(surname) or is_common_word(given)):
            continue
        out.append(PhiHit(m.start(), m.end(), "NAME", "name", 0.8,
                          "a surname and a given name in capitals before a birth date or record number"))
    return out


def _surname_initials(s: Scan, found: HitList) -> list[PhiHit]:
    out: list[PhiHit] = []
    first, last = _lex()
    text = s.text
    for c in _INITIAL_AFTER_COMMA.finditer(text):
        w = _SURNAME_BEFORE_COMMA.search(text, max(0, c.start() - 40), c.start())
        if w is None:
            continue
        start, end, initial = w.start(), c.end(), c.group(1)
        surname = w.group(0).lower()
        if found.overlaps(start, end) or (initial in "AI" and not c.group(0).endswith(".")):
            continue  # "Yes, I": the pronoun; "Option, A": a letter
        parts = re.split(r"[-'’]", surname)
        words = [p for p in parts if _is_word(p) or p in english_words()]
        if (len(words) == len(parts)) or (words and len(parts) == 1) or surname in _geo_names():
            continue  # an ordinary word ("Section, B."); a double surname may hold one ("Marsh-Abbott")
        # a known name, a double surname, or any other word with the initial's dot ("Strazzulla, E.")
        if not (len(parts) > 1 or c.group(0).endswith(".")
                or any(p in last or p in rare_surnames() or p in first for p in parts)):
            continue
        if _suppressed(s, start, w.end(), (surname,)) is not None:
            continue
        out.append(PhiHit(start, end, "NAME", "name", 0.7, "a surname and an initial, as rosters write them"))
    return out


# The agent introducing itself in other languages: "this is" before the name, "from" the practice after
# it ("Tu Zosia z Belmont Rodzina", "Це Зося з клініки", "Это Аня из клиники", "ici Léa de la clinique").
# (Chuukese "Iei Nene seni Kapas Clinic", Pohnpeian "Ngehi Nene sang ...": this is / I am ... from)
_FOREIGN_INTRO_END = lazy_compile(r"(?:\btu|\bmówi|\bце|\bэто|\bговорит|\bici|\bc'est|\bje suis|\bsoy|"
                                  r"\b(?:le )?habla|\baqui é|\bsou|\bđây là|\btôi là|\bito si|\biei|\bngehi)\W{0,2}$")
_FOREIGN_FROM_AFTER = lazy_compile(r",? (?:z|ze|з|із|из|de|del|de la|da|do|du|từ|mula sa|seni|sang) \w")


# Staff read after the name beyond _STAFF_AFTER (whose gate reads the first word): a job title in
# apposition ("Denise Whitlock, Patient Relations Manager,", "Arturo Fenn, coordinator,") and the
# agent introducing itself in Spanish or Portuguese ("me llamo Sofía y soy la asistente virtual").
_STAFF_APPOSITION = lazy_compile(
    r"(?:, (?:[\w'’-]+ ){0,3}(?:manager|coordinator|director|supervisor|specialist|navigator|advocate|liaison|"
    r"representative|administrator|promotora|promotor|supporter)"
    # (a grade may follow: "Nadia Brzezinski, Environmental Health Specialist III,")
    r"(?: (?:i{1,3}|iv|v))?(?=[,;.)]| (?:or|and|at|for|on)\b| \()"
    r"|,? y (?:soy|es) (?:la|el|tu|su) (?:asistente|agente|recepcionista|coordinadora|coordinador)"
    r"|,? e (?:sou|é) (?:a|o|sua|seu) (?:assistente|agente|recepcionista)"
    # Spanish: "Sos Lupita, la asistente telefónica de ...", "Soy Lucía, tu asistente virtual"
    r"|, (?:la|el|tu|su) (?:asistente|agente|recepcionista) (?:virtual|telefónica|telefónico|digital)\b"
    # French: "C'est Clotilde, l'assistante virtuelle", "Margaux, votre agent vocal"
    r"|,? (?:l'|l’|votre |ton |la |le )(?:assistante|assistant|agente|agent|réceptionniste) "
    r"(?:virtuelle|virtuel|vocale|vocal|numérique|ia)\b)", re.IGNORECASE)
# Whose words are quoted: "Quotes from Lou Gehrig or Kobe Bryant are fine for the hold message".
_QUOTES_FROM = lazy_compile(r"\b(?:quotes?|quotations?) (?:from|by) (?:[\w'’.,-]+ ){0,6}?(?:(?:or|and) )?$"
                            r"|\bsayings of $")
# What a window ends with when _WORK_BY_BEFORE's quote branch can match (a quote verb and a space).
_QUOTE_VERB_ENDS = ("quote ", "quoting ", "cite ", "citing ", "paraphrase ")
# Someone a mural, a portrait or a statue shows: a figure of the community's history.
_DEPICTION_WORD = lazy_compile(r"mural|portrait|statue|painting|poster|plaque|bust")  # (_DEPICTED_BEFORE's)
_DEPICTED_BEFORE = lazy_compile(r"\b(?:murals?|portraits?|statues?|paintings?|posters?|plaques?|busts?)\b"
                                r"[^.!?\n]{0,30}\b(?:shows?|depicts?|features?|honou?rs?|of|showing|depicting|"
                                r"featuring)(?: (?:the )?(?:\w+ ){0,2}(?:leaders?|heroes|figures?|poets?|saints?))?"
                                r"(?:[^.!?\n]{0,60}\b(?:and|,))? $")
# A leader or founder in apposition: "Amata Kabua, the country's first president".
_LEADER_AFTER = lazy_compile(r", the (?:\w+(?:'s|’s) )?(?:first|former|late|founding|last|current|beloved|great) "
                             r"(?:\w+ )?(?:president|king|queen|prime minister|chief|founder|leader|governor|senator|"
                             r"poet|author|chancellor|emperor|general|prophet|guru|saint)\b", re.IGNORECASE)
_QUOTE_BY_END = lazy_compile(r"\bquote(?: by| from)? ?[(:]$")
# Peoples and nations whose names are also given names.
_PEOPLES_NAMED_LIKE_GIVEN_NAMES = frozenset({"dakota", "cheyenne", "shawnee", "cherokee", "navajo", "apache",
                                             "chickasaw", "seminole", "mohave", "hmong"})
_PEOPLE_NOUN_AFTER = lazy_compile(r"[ -](?:elders?|interpreters?|speakers?|families|family|community|"
                                   r"language|refugees?|clients?|patients?|people|line|villages?|youth|women|men|"
                                   # a people's holiday and word lists: "Karen New Year", "karen-language"
                                   r"new year|glossary|phrases|words)\b",
                                   re.IGNORECASE)
# What is named after a monarch (the name may end in letters the name pass stopped at: "Liliʻuokalani").
_NAMED_INSTITUTION_AFTER = lazy_compile(r"[ʻ'’\w]*(?: [A-Z][\w'’ʻ]*)? (?:Trust|Fund|Foundation|Day|Hospital|Medical|"
                                        r"Center|Centre|Park|School|Schools|Memorial|Highway|Hall|Estate|Estates)\b")
# Eponyms written as a first and last name, and peoples named with a place or group word.
_EPONYM_NAMES = frozenset({"braxton hicks", "tommy john", "lou gehrig", "bedside schwartz",
                           # Nepal's calendar: "Bikram Sambat such as २०१५ साल"
                           "bikram sambat", "vikram samvat"})
# A role capitalised at a sentence start, joined to the name that follows.
_ROLE_FIRST_WORDS = frozenset({"dispatcher", "scheduler", "receptionist", "coordinator", "navigator", "interpreter",
                               "pharmacist", "chaplain", "technician", "supervisor", "manager", "recruiter",
                               "promotora", "promotor", "volunteer", "biller", "counselor", "counsellor", "dietitian",
                               "enfimyè", "doktè", "ranger", "coach", "coaches", "trainers", "instructors", "nurses",
                               "sanitarian", "setters", "setter",
                               # "Technicians Ines and Gavin handle pickups", "Sonographers Kelsey Marsh and ..."
                               "technicians", "sonographers", "sonographer", "pharmacists", "therapists",
                               "hygienists", "interpreters", "drivers", "dispatchers", "schedulers", "receptionists",
                               "navigators", "volunteers", "paramedics", "paramedic", "medics", "midwives", "midwife",
                               "doulas", "doula", "counselors", "physios", "physio", "dietitians", "chaplains",
                               "herbalist", "herbalists", "acupuncturist", "acupuncturists", "physiotherapist",
                               "physiotherapists", "nutritionist", "nutritionists",
                               # the kitchen and a jail's officers: "Chef Rafael Dumont", "Deputy Ruiz at booking"
                               "chef", "deputy", "sheriff", "warden"})
_EPONYM_HEADS = frozenset({"law", "act", "footrace", "marathon", "powwow", "rodeo", "tournament", "syndrome",
                           "disease", "palsy", "memorial", "scholarship", "award", "stampede", "roundup", "jamboree"})
_PEOPLE_NAMES = frozenset({"dutch", "jewish", "amish", "mennonite", "creole", "cajun", "indian", "assiniboine",
                           "sioux", "cheyenne", "arapaho", "shoshone", "paiute", "ojibwe", "chippewa", "cree",
                           "ventre", "nakoda",
                           # "Many callers are Irish Travellers"
                           "travellers", "travelers"})
_FRENCH_GAUGE = lazy_compile(r" ?\d{1,2} ?(?:fr|french)\b", re.IGNORECASE)
_FRENCH_GAUGE_BEFORE = lazy_compile(r"\b\d{1,2} ?(?:fr|french) $")
# Eponym heads that a person owns after a possessive: "Irene's chart", "Maya's grade" (not "Snellen chart").
# (one's own tendon too: "Emilia Kowalczyk's tendon transfer"; "Achilles tendon" has no possessive)
_OWNED_NEXT = frozenset({"chart", "grade", "tendon"})
_HOLIDAY_AFTER = lazy_compile(r" (?:Day|Week)\b(?! ?\d)")
_PRONOUN_PAREN = lazy_compile(r"^ \((?:she|he|they|ze|xe)/(?:her|him|them|they|hers|his|zir|xem)\)")
_NAMED_FOR_BEFORE = lazy_compile(r"\b(?:named (?:for|after)|in (?:honou?r|memory) of)\s$")
# (a voicemail someone left is theirs: "Mr. Adeyemi's voicemail about the funeral home bill")
_EXTENSION_AFTER = lazy_compile(r"['’]s (?:direct )?(?:extension|ext\b|desk|"
                                r"voicemail(?! (?:about|from|regarding|saying|asking|that)\b)|pager|"
                                r"work (?:phone|cell))"
                                # a stylist's or a provider's slot: "this is Brielle's two o'clock"
                                r"|['’]s (?:\d{1,2}(?::\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                # (the slot alone, not someone's own booking: "Kayla Merritt's 2pm CO2 session")
                                r"twelve)(?: o['’]clock| ?[ap]\.?m\.?)(?=['’\",.;)]|$)")
_SAY_WILL_BEFORE = lazy_compile(r"\b(?:say|says|tell (?:them|her|him|the caller|callers|the parent)|"
                                r"let (?:them|her|him) know)(?: that)?\s$")
_BOOK_WITH_BEFORE = lazy_compile(r"\b(?:book|schedule|set up)(?: (?:a|an|the|her|him|them|his|their))?(?: [\w-]+){0,3} "
                                 r"with $"
                                 # a service of the practice and who gives it: "Room 5 is for physical therapy with"
                                 r"|\b(?:physical|occupational|speech|massage|music|art) therapy with $")
# Other peoples and languages of Burma: beside them "Karen" is a people ("For Karen, press 2").
_BURMA_PEOPLES = lazy_compile(r"\b(?:rohingya|burmese|s'gaw|sgaw|pwo|karenni|kayin|kachin|myanmar|burma)\b")
# A work after a possessive: its author or artist ("Jill Bolte Taylor's book", "Aznavour's 'La Bohème'").
# (the work's title follows: "Rosa Alvarez's book club" is hers, not her book)
_WORK_OF_AFTER = lazy_compile(r"['’]s (?:(?:new|latest|famous|first|last|best-selling|bestselling) )?(?:book|novel|"
                              r"memoir|song|album|poem|film|movie|podcast|ted talk|lecture|painting)s?,? [\"“'‘]?[A-Z]"
                              r"|['’]s [\"“'‘][A-Z]")
# "Chester Nez, one of the original 29 Code Talkers", "Paul Bert and J. S. Haldane gave their names to"
_FIGURE_AFTER = lazy_compile(r",? (?:był (?:słynnym|znanym)|była (?:słynną|znaną)|"  # Polish: "was a famous ..."
                             r"one of the (?:original|first|founding|famous)|(?:who|which) (?:founded|invented|"
                             # ("Zaya Pandita, who created the Clear Script"; not "who wrote to us": a patient)
                             r"discovered|wrote(?! (?:to|in|back|us|a note|a message|an email)\b)|composed|created|"
                             r"designed|pioneered|translated)|gave (?:their|his|her) names? to"
                             r"|(?:and [\w. ]{1,30} )?gave (?:their|his|her) names?"
                             # "Pecker Dunne or Margaret Barry, the Traveller musicians"
                             r"|the (?:[\w-]+ )?(?:musicians|singers|poets|painters|composers|fiddlers|pipers)"
                             r"(?!['’])"
                             # "Vivien Thomas, the Baltimore surgical pioneer", "..., the civil-rights leader"
                             r"|the (?:[\w-]+ ){0,2}(?:pioneer|civil[- ]rights (?:leader|figure|activist)|activist|"
                             r"explorer|inventor|saint|martyr|founding father|national hero|heroine)(?! of\b)"
                             # "Minoru Yasui and Gordon Hirabayashi are civil-rights figures"
                             r"|(?:and [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? )?(?:are|is|was|were) (?:[\w-]+ ){0,2}"
                             r"(?:figures?|icons?|heroes|legends?))\b")
_FAN_ASKS_BEFORE = lazy_compile(r"\bfans? (?:asks?|mentions?|brings? up) (?:about )?(?:[\w'’]+ ){0,3}$")
_HOLIDAY_WORDS = frozenset({"bajram", "bayram", "rajyotsava", "diwali", "deepavali", "navratri", "nowruz", "navruz",
                            "eid", "vaisakhi", "baisakhi", "pongal", "onam", "tet", "chuseok", "seollal",
                            "dashami", "dashain", "tihar", "losar", "teej", "tika", "kirtan", "jayanti", "navami",
                            "filseta", "pascha"})
# ("Vijaya Dashami", "Bhai Tika", "Kurban-bajram")


def _remember_figure(s: Scan, norms: tuple[str, ...]) -> str:
    """"public figure", and the name remembered for its later mentions in the same text."""
    figures = s.memo.setdefault("figures", set())
    figures.add(" ".join(norms))  # type: ignore[union-attr]
    return "public figure"


# A scientist's or pioneer's work, after the possessive: "Paul Bert's work on oxygen toxicity".
_CLINICIAN_LICENCE_AFTER = lazy_compile(r"(?:'s|’s) (?:[A-Z][a-z]+ )?(?:RN|LPN|LVN|NP|APRN|PA|MD|DO|DDS|"
                                         r"nursing|medical|pharmacy|pharmacist|dental) licen[cs]e")
_FIGURE_WORK_AFTER = lazy_compile(r"(?:'s|’s|') (?:famous |pioneering |early |landmark )?(?:work on|research on|"
                                  r"discovery|discoveries|theory|theories|experiments?|invention|law|principle)\b")
# A deed dated before living memory: "recorded the first human EEG in 1924".
_HISTORIC_DEED_AFTER = lazy_compile(r" (?:\w+ )?(?:recorded|invented|discovered|developed|described|performed|"
                                    r"isolated|synthesi[sz]ed|transplanted|"
                                    r"pioneered|coined|founded|built|designed|identified|gave|donated|received|ran|"
                                    r"led|won|completed|climbed)\b[^.!?\n]{0,60}?"
                                    r"\b(?:in|by|around|circa) (?:the )?(?:1[5-8]\d\d|19[0-4]\d)s?\b"
                                    # a first of medicine, later: "performed the first human heart transplant in 1967"
                                    r"| (?:\w+ )?(?:performed|invented|discovered|developed|pioneered|described|"
                                    r"identified|founded|led|built|implanted|isolated|synthesi[sz]ed|made) the "
                                    r"(?:world's |world’s )?first\b[^.!?\n]{0,60}?"
                                    r"\b(?:in|by) (?:19\d\d|200\d)\b")
# A Nobel laureate: "Max Theiler developed the 17D strain, winning the Nobel Prize in 1951".
_NOBEL_AFTER = lazy_compile(r"[^.!?\n]{0,80}\bnobel (?:prize|laureate)")

# "In honour of" in the languages of our sets, right before the name.
_HONOUR_OF_END = lazy_compile(r"(?:\bin hono(?:u)?r of|\bна честь|\bв честь|\bimienia|\bnosi imię|"
                              r"\ben honor (?:a|de)|\bem homenagem (?:a|à|ao)|\ben l'honneur de|"
                              r"\bbenannt nach)\W{0,3}$")

# End-anchored cue patterns. Each is searched from a computed position instead of across the
# whole window: a match ends at the end of the window (or just before a final "\n", where `$`
# also matches), so it starts at most (longest phrase + trailing \W) + 1 characters before the
# end. `search(s, pos)` still sees the character before `pos` for `\b`, so the answers are those
# of a search over the whole window.
# (a role may come between: "the kimura is named after the judoka Masahiko Kimura")
_NAMED_AFTER_END = lazy_compile(r"named (?:after|for)(?: the [a-z]{3,15})?(?: (?:sir|dame|saint|st\.?|lord|lady))?"
                                r"\W{0,3}$")  # longest 36
_INTRO_FROM_PHRASES = r"\bthis is|\bi'?m|\bi am|\bmy name is|\bit'?s"
_INTRO_FROM_END = lazy_compile(r"(?:" + _INTRO_FROM_PHRASES + r")\W{0,3}$")  # 13
# ... and in the languages callers speak: Haitian Creole "se", "mwen se", "mwen rele"; Spanish "soy",
# "me llamo"; French "c'est", "je suis", "je m'appelle"; Portuguese "sou", "aqui é", "eu sou".
_CALLER_INTRO_END = lazy_compile(r"(?:" + _INTRO_FROM_PHRASES + r"|\bse|\bmwen rele|\bsoy|"
                                 r"\bme llamo|\bc'est|\bje suis|\bje m'appelle|\bsou|\baqui é)\W{0,3}$")
_THIS_IS_END = lazy_compile(r"\bthis is\W{0,2}$")  # 9
_INTRO_END = lazy_compile(r"(?:\bthis is|\bi'?m|\bi am|\bmy name is)\W{0,2}$")  # 12
_PATIENT_END = lazy_compile(r"(?:patient|pt|caller|member|client|resident)\W{0,3}$")  # 11
_IT_IS_END = lazy_compile(r"(?:\bit['’]?s|\bmy name['’]s|\bname['’]s)\W{0,2}$")
_PAUSE_AFTER = lazy_compile(r"\s?[,.;!—–]| -| but\b| and\b| again\b"
                            # ... or where they are from: "User: hey, it's Chase from the novice men's eight"
                            r"| from (?:the |house |room |bed |unit |chair |group |team |cabin |dorm )")
# The staff/agent patterns read right after a name, as one anchored match (one pass of re instead of
# four): a match with no named group is _STAFF_AFTER or " is <a|the|our> ... assistant"; the named
# groups are the two that also need an introduction before the name. An "intro_from" match
# (", from X", case-sensitive) starts with a space or comma and then "calling"/"from", where
# "intro" (non-word characters, then "speaking"/"here"/"your") cannot match, so trying the
# alternatives in order misses no "intro" match.
_STAFF_AFTER_ANY = lazy_compile(
    _STAFF_AFTER.pattern
    + r"| is (?:a|an|the|your|our) (?:[\w-]+ ){0,3}(?:assistant|agent|receptionist|bot|"
    r"scheduler|nurse|coordinator|concierge|navigator|voice)"
    # "This is Wren with Harborlight Health", "this is Sam with the Eastside High health center"
    r"|(?P<intro_from>(?-i:,? (?:calling )?(?:(?:from|with) (?:the )?|at )(?:[A-Z]|(?:county|clinic|health department|"
    r"office|practice|program|hospital|pharmacy|city|state|tribe|team|front desk)\b)))"
    r"|(?P<intro>\W{0,2}(?:speaking|here|your (?:virtual |ai )?(?:assistant|agent|receptionist)"
    r"| calling (?:for|from|on behalf of|about(?! my\b)|to remind)| reminding you"
    r"| (?:confirming|following up on|checking in about|reaching out about) (?:your|the)\b)\b)",
    re.IGNORECASE,
)
# Every alternative of _STAFF_AFTER_ANY is non-word characters (",", " ", "(", up to two for
# "speaking") and then a word beginning with one of these two (lower-case) letters.
_STAFF_AFTER_HEADS = frozenset(w[:2] for w in (
    *_APPOSED_ROLE_WORDS, "lead", "senior", "head", "chief", "charge", "staff", "on-call", "overnight", "weekend",
    "financial",
    "day", "night", "dispatches", "assigns", "supervises", "oversees", "coordinates", "protocols", "does", "do ",
    "and ", "our ", "the ", "your ", "a ", "an ", "at ", "from ", "in ", "on", "with ", "i'm ", "im ", "i am ",
    "calling ",
    "virtual", "ai", "assistant", "receptionist", "scheduler", "agent", "bot", "concierge", "works", "handles",
    "manages", "runs", "covers", "answers", "is ", "will help you", "can help you", "speaking", "here", "provider",
    "interprets", "translates",
    "staff", "nurse", "np", "pa", "md", "rn", "front desk", "billing", "manager", "office manager", "covering",
    "attending", "pcp", "do", "lpn", "cma", "ma", "licensed", "certified", "registered", "board",
    "are ", "who ", "direct", "rides", "drives", "runs", "for ", "teaches", "facilitates", "press", "dial", "say",
    "calls", "ext", "extension", "x ", "s ", "or ", "en ", "z ", "can", "doesn", "does n", "interpreta", "atiende",
    "approved", "reviewed", "wrote", "updated", "edited", "signed", "will be",
    "coordina",
    # the Spanish, Portuguese and French roles after a comma
    "la ", "el ", "nuestra", "nuestro", "o ", "notre", "l'", *_LATIN_ROLES_AFTER_COMMA.split("|"),
    "es ", "est "))
# (the "virtual helper" alternative takes any words before these; a match contains one of them)
_VIRTUAL_HINT = lazy_compile(r"(?:virtual|ai|automated|digital) ", re.IGNORECASE)
_ASCII_NON_WORD = "".join(chr(c) for c in range(128) if not re.match(r"\w", chr(c)))


# A job at a named employer that is no health-care organisation: the person is a patient with a job, not staff.
_OUTSIDE_EMPLOYER_AFTER = lazy_compile(r" works(?: [\w-]+){0,3} (?:at|for) ([A-Z][\w&'’.-]*(?:(?: (?:&|and|of))? "
                                       r"[A-Z][\w&'’.-]*){0,4})")
_HEALTH_EMPLOYER_WORDS = frozenset(word_list("""clinic clinics health healthcare hospital hospitals medical medicine
    care center centre pharmacy lab labs laboratory practice dental dentistry surgery rehab rehabilitation hospice
    wellness therapy nursing home homes physicians associates our"""))


def _outside_employer_after(after: str) -> bool:
    m = _OUTSIDE_EMPLOYER_AFTER.match(after) if after.startswith(" works ") else None
    return m is not None and _HEALTH_EMPLOYER_WORDS.isdisjoint(w.lower().strip(".,") for w in m.group(1).split())


def _staff_after(after: str) -> re.Match[str] | None:
    """`_STAFF_AFTER_ANY.match(after)`, skipped when the first two letters of the first word cannot
    start a match."""
    # exact: lstrip removes the ASCII non-word characters a match starts with, and no more (a word
    # character follows them); a non-ASCII one stops it, and then `head` is not ASCII. On ASCII
    # characters IGNORECASE is ASCII case-folding.
    head = after.lstrip(_ASCII_NON_WORD)[:2]
    # (a dash first: the staff-directory alternative takes any word before the role)
    # (a parenthesis takes up to two words of any kind before its role word, "(wound care nurse)":
    # no two-letter gate can rule it out, so it is always read)
    if (head.isascii() and head.lower() not in _STAFF_AFTER_HEADS and after.lstrip(". ")[:1] not in "-–—"
            and after[:1] != "(" and after[:2] != " (" and not _VIRTUAL_HINT.search(after)):
        return None
    return _STAFF_AFTER_ANY.match(after)


# A fishing, motor or sailing vessel's prefix before its name (lower-cased).
_VESSEL_PREFIXES = ("f/v ", "m/v ", "s/v ", "fv ", "mv ", "the vessel ", "the boat ")
# The kind of a Chinese herbal formula, its name's last word: decoction, powder, pill, drink, tablet, paste.
_FORMULA_KINDS = frozenset({"tang", "san", "wan", "yin", "pian", "gao"})
_FORMULA_KIND_AFTER = lazy_compile(r" (?:Tang|San|Wan|Yin|Pian|Gao)\b")


def _herbal_formula(s: Scan, end: int, norms: tuple[str, ...]) -> bool:
    """Short romanised syllables ending in a formula's kind ("Gui Pi Tang"), or followed by it ("Xiao Yao"
    of "Xiao Yao San"): three syllables at least, each of at most six letters, in a text about formulas."""
    words = list(norms)
    if words[-1] not in _FORMULA_KINDS:
        if not _FORMULA_KIND_AFTER.match(s.text, end):
            return False
        words.append("tang")
    return len(words) >= 3 and all(len(w) <= 6 and w.isalpha() for w in words) and (
        # (in a text about formulas: "Call Mei Ling Tang about her refill" is a person)
        s.contains("formula") or s.contains("herb") or s.contains("decoction") or s.contains("tcm"))


# The words of EPONYM_NEXT that no one has as a surname.
_EPONYM_DISEASE_WORDS = frozenset({"syndrome", "disease", "palsy", "tumor", "tumour", "lymphoma", "sarcoma",
                                   "neuroma", "fundoplication", "tenosynovitis", "contracture"})
# Last words of the public figures: " ".join(norms[-k:]) can only be one if norms[-1] is one.
_FIGURE_LAST = frozenset(f.rsplit(" ", 1)[-1] for f in PUBLIC_FIGURES)
_EPONYM_LEAD = ("'", "’", " ")
_EPONYM_FIRST = "".join(sorted({w[0] for w in EPONYM_NEXT})) + ".,;:"


# Joints and limbs an outcome score is named for, between its author's surname and "score".
_JOINT_WORDS = ("hip", "knee", "shoulder", "ankle", "foot", "hand", "wrist", "elbow", "spine", "neck", "back")
# A classification's stages as a range of Roman numerals after the name ("Hurley I–III"; one numeral alone is a
# name's suffix).
_STAGE_RANGE_AFTER = lazy_compile(r" (?:I{1,3}|IV|V)\s?[–—-]\s?(?:I{1,3}|IV|V)\b")
# (not "test": "Whitlock ankle test" is Mr. Whitlock's test)
_OUTCOME_SCORE_WORDS = frozenset({"score", "scores", "scale", "index", "rating", "questionnaire"})

# The last two letters of every _INTRO_END phrase ("this is", "i'm", "im", "i am", "my name is").
_INTRO_TAILS = frozenset({"is", "'m", "’m", "im", "am"})
_HONORIFIC_END = lazy_compile(r"\b(?:mr|mrs|ms|miss|mx)\.? $")


def _honorific_at(s: Scan, before: str, start: int) -> bool:
    """Is the name at `start` written with an honorific, in the name or just before it ("Mrs. Barton")?"""
    return _HONORIFIC_END.search(before[-8:]) is not None or s.lower.startswith(("mr", "ms", "miss"), start)
# A year before 1900 in the sentence (not a dose or a count: "1850 mg", "1200 calories").
_HISTORIC_YEAR = lazy_compile(r"(?<![\d.,$#/-])(?<![^\W\d_] )1[5-8]\d\d(?!\d)(?![.,]\d)"
                              # as a year ends: punctuation or a joining word after it, no word right before
                              # it (not a house number, "1874 County Road", "Pod Floriánem 1677"; nor a dose)
                              r"(?=\s*(?:[.,;:)!?]|$)|\s(?:and|to|or|when|after|before|by|in|until|[–—-])\s)"
                              # or after "in"/"since": "In 1796 Edward Jenner inoculated ..."
                              r"|(?:(?<=\b[Ii]n )|(?<=[Ss]ince ))1[5-8]\d\d(?!\d)(?![.,]\d)")
_CHURCH_WORDS = frozenset({"lutheran", "baptist", "methodist", "catholic", "presbyterian", "episcopal", "adventist",
                           "pentecostal", "mennonite", "evangelical"})
_SPANISH_PLACE_OF = ("condado de ", "ciudad de ", "municipio de ", "estado de ", "provincia de ", "pueblo de ")
_YEAR_1500_1899 = lazy_compile(r"1[5-8]\d\d")  # (a literal-led gate for _HISTORIC_YEAR)
# The kind of organisation right after its name, capitalised as part of it ("Ochoa Family Growers").
_ORG_KIND_AFTER = lazy_compile(r" (?:Adult Day|Day Program|Home Health|Home Care|Family (?=[A-Z])|Community Health|"
                               r"Project|Initiative|Coalition|Alliance|Foundation|Association|Society|"
                               r"Children['’]s|Health Center|Health Centre|Medical Center|"
                               r"Medical Group|Pediatrics|Dental|Pharmacy|Hospice|Ceramics|Labs|Laboratory|Lutheran|"
                               r"Baptist|Methodist|Catholic|Presbyterian|Episcopal|Service|Services)\b")
# Streets named in Spanish, Portuguese and French begin with the street word; so do a few place names.
_STREET_HEADS = frozenset({"paseo", "calle", "camino", "avenida", "carrera", "rua", "rue",
                           # and places: "Valle Verde", "Rancho Cordova" (not "Sierra", "Rio" or "Arroyo": given
                           # names and surnames too)
                           "valle", "rancho", "lago", "playa", "puerto", "cerro", "cabo", "palo", "fort"})
_HOUSE_NUMBER_NEAR = lazy_compile(r"\d")
_ROOM_WORDS_AFTER = ("conference room", "Conference Room", "meeting room", "Meeting Room", "boardroom", "Boardroom",
                     "auditorium", "Auditorium", "lecture hall", "Lecture Hall",
                     "zaal", "Zaal")  # (Dutch: "the Anton de Kom zaal")
_PLACE_WORDS_AFTER = frozenset({"Springs", "Heights", "Falls", "City", "Beach", "Valley", "Hills", "Harbor", "Harbour",
                                "Creek", "Ridge", "Grove", "Junction", "Crossing", "Village", "Township", "Bay",
                                "Landing", "Mills", "Station", "Lake", "Canyon", "Twp", "Complex"})
_ORG_BEFORE_PAREN = lazy_compile(r"\b(?:center|centre|rehab|snf|clinic|hospital|home|facility|campus|office|pharmacy|"
                               r"lab|care|manor|lodge|living|health|medical|group)\s?\($")
# A provider title and one capitalised word right before the name ("NP Thu Ha Nguyen", "Dr. Kim-Anh Pham").
_PROVIDER_NAME_TITLES = frozenset({"dr", "np", "pa", "rn", "md", "do", "cnm", "aprn", "nurse", "doctor"})
_PROVIDER_NAME_BEFORE = lazy_compile(r"\b(?:Dr|NP|PA|RN|MD|DO|CNM|APRN|Nurse|Doctor)\.? [A-Z][\w'’-]+ $")
_NAMED_AFTER_AFTER = lazy_compile(r",? ?\(?(?:is |was )?named (?:after|for)\b")
# A disease and its code in a parenthesis after it: " (contagious ecthyma, ICD-10 B08.02)".
_ICD_PAREN_AFTER = lazy_compile(r" \((?:[^()\n]{0,40}[,;] ?)?ICD(?:-?1[01])?\b")
# A version right after a name: " v3.4.2".
_VERSION_AFTER = lazy_compile(r" v\d+(?:\.\d+)+\b")
# What follows a greeting that opens a call ("Michhami Dukkadam. Thank you for calling ..."); not "this is":
# a voicemail to a patient starts "Maria, this is Dr. Lee ...".
_CALL_OPENING_AFTER = lazy_compile(r"[!.,]\s*(?:\S+\s){0,4}?(?:you'?ve reached|you have reached|thank you for calling|"
                                   r"thanks for calling|welcome to)\b", re.IGNORECASE)
# Who wrote or changed the prompt, in its change note: "(updated 2026-03-02 by ", "last edited ... by ".
_AUTHOR_BEFORE = lazy_compile(r"\b(?:updated|edited|written|reviewed|approved|revised|authored|modified|changed|"
                              r"drafted|maintained|created|posted|compiled|kept)(?: on)?(?: [\w/.-]+){0,2} by $")
# The agent, the line or a room given a name: "This line is called ", "the bot is named ".
_THING_CALLED_BEFORE = lazy_compile(r"\b(?:line|agent|assistant|bot|voice|program|programme|service|persona|van|"
                                    r"room|hall|helpline|hotline) (?:is|was) (?:called|named) $")
# A thing called or named something, then whom it is after: "is called 'Charlie' after ".
_CALLED_AFTER_BEFORE = lazy_compile(r"\b(?:called|named)\b[^.;:\n]{0,30} after $")
# An author's theory, model or book, in capitals after the possessive: "Miserandino's Spoon Theory".
_AUTHORED_WORK_AFTER = lazy_compile(r"['’]s (?:[A-Z][\w-]* ){0,3}(?:Theory|Method|Model|Scale|Criteria|Classification|"
                                    r"Protocol|Technique|Behavior|Behaviour|Handbook|Guide|Manual|Law|Principle|"
                                    r"Hierarchy|Stages|Framework|Pyramid|Inventory|Questionnaire|Index)\b")
_BRAND_POSSESSIVE_AFTER = lazy_compile(r"['’]s (?:[a-z]+ )?(?:baby (?:oil|powder|shampoo|lotion|wipes)|soap|whiskey|"
                                       r"whisky|bourbon|beer|vodka|toothpaste|cereal|ketchup|mustard|barbecue sauce|"
                                       r"candy|syrup|detergent|bleach|chips|cookies|crackers|chewing gum)\b")
_STAFF_LINE_AFTER = lazy_compile(r"\s?[-–—:|]\s?(?:the |our )?(?:counselor|counsellor|therapist|nurse|rn|np|scheduler|"
                                 r"receptionist|coordinator|navigator|pharmacist|dietitian|interpreter|billing|"
                                 r"front desk|case manager|social worker|chaplain|tech|technician|doctor|provider|"
                                 r"midwife|doula|manager|director|intake|crew chief|medic|paramedic|emt)(?:['’]s)? "
                                 r"(?:voicemail|vm|line|direct line|desk|cell|ext|extension|schedule|inbox|queue|pager|"
                                 r"mailbox|visit requests|requests)\b")
# The rest of a practice's name, then the agent's: "(Maplewood) Terrace, this is Willow".
_ANSWERED_AS_AFTER = lazy_compile(r"((?: [A-Z][\w'’&-]*){1,3}), this is [A-Z]")
_RANK_END = lazy_compile(r"\b(?:lt|lieutenant|sgt|sergeant|cpl|corporal|capt|captain)\.? $")
_AGENCY_STEMS = ("sheriff", "police", "deputy", "detective", "jail", "correction", "dispatch", "agency", "precinct",
                 "fire department", "trooper")
_VA_SITE_AFTER = lazy_compile(r" VA (?:Medical Center|Medical Centre|Hospital|Clinic|Health ?Care|Outpatient|Community|"
                              r"Healthcare System|Medical)\b")
_OTHER_FIGURE_AFTER = lazy_compile(r" (?:or|and|,) (?:any |an |some )?(?:other )?(?:pro |professional |famous |"
                                 r"well-known |sports |nfl |nba |olympic )?(?:public figures?|celebrit(?:y|ies)|"
                                 r"athletes?|players?|politicians?|famous)\b")
# "call +19375550176 and ask for Delphine": the person reached at a number, not the practice's staff.
# "I have her on Thursday at 2 PM with Hannah": whom a visit is with, a provider.
_VISIT_WITH_BEFORE = lazy_compile(
    r"(?:\d ?(?:am|pm|a\.m\.|p\.m\.)|\bo'clock|\b(?:appointments?|appts?|visits?|sessions?|consults?|fittings?|"
    r"booked|scheduled|slot|treatment|facial|procedure|return-to-play|rehab|progression|protocol|"
    r"class|training|(?:physical|occupational|speech|pelvic floor|hand) (?:therapy|pt|ot)))\b[^.!?\n]{0,20}\bwith $"
    # a template's booked service: "your {{treatment_type}} with Kylie is confirmed"
    r"|\}\} with $")
# A house number right before a name (not a room's, a bed's or an extension's), and the rest of an address after
# it: a suite, or a city and a state.
_HOUSE_NUMBER_BEFORE = lazy_compile(r"(?<![\w#.-])(?<!room )(?<!rm )(?<!bed )(?<!ext )(?<!suite )(?<!unit )(?<!apt )"
                                    r"(?<!bay )(?<!day )(?<!age )(?<!week )\d{2,6} $")
_ADDRESS_REST_AFTER = lazy_compile(r",? (?:Suite|Ste\.?|Apt\.?|Unit|#|Bldg\.?|Building|Floor)\b"
                                   r"|, [A-Z][a-z]+(?: [A-Z][a-z]+)?,? (?:[A-Z]{2}\b|[A-Z][a-z]+ \d{5})")
_REPLACE_NAME = lazy_compile(r"\b[Rr]eplace ([A-Z][a-z]+) with\b")


def _replaced_names(s: Scan) -> frozenset[str]:
    """The names a text says to replace with something else (once per text)."""
    found = s.memo.get("replaced_names")
    if found is None:
        found = s.memo["replaced_names"] = frozenset(m.group(1).lower() for m in _REPLACE_NAME.finditer(s.text))
    return found  # type: ignore[return-value]


_NOT_PEOPLE_AFTER = lazy_compile(r"[^.!?;\n]{0,100}?"
                                 # (or the next sentence says so: "... Annie's Glade. These are places, not people.")
                                 r"(?:[.;] (?:these|those|they|both|all of them) (?:are|were) [^.!?;\n]{0,60}?)?"
                                 r",? (?:and )?not (?:real )?(?:people|persons|humans|names of people|surnames|"
                                 r"a (?:real )?(?:person|human)(?=[.;,!]|$))\b")
# Where the agent hands a call or a question on (not about the person's own matter: "leave a message for Tia
# about her refill" is the patient's).
_HAND_OFF_ENDS = ("pass it to ", "pass them to ", "pass the call to ", "go straight to ", "goes straight to ",
                  "leave a message for ", "connect them with ", "connect the caller with ", "connect them to ",
                  "route it to ", "route them to ", "hand it to ", "hand them to ", "hand off to ")
_OWN_MATTER_AFTER = lazy_compile(r",? (?:about|re:?|regarding) (?:his|her|their)\b|['’]s? (?:" + KIN_PATTERN
                                 + r")\b")
_STAFF_EXPLAINS_AFTER = lazy_compile(r" to explain\b")
_FOUNDED_BY_BEFORE = lazy_compile(r"\b(?:founded|started|established|built|opened)(?: in \d{4})? by the $")
_GREETED_INTRO = ("hi, this is ", "hello, this is ", "hey, this is ", "hi this is ", "hello this is ")
# Someone told or reminded about their own things: "Tell Grant his Qbrexza samples are at the front desk".
_TOLD_BEFORE = ("tell ", "remind ", "let ")
_OWN_THINGS_AFTER = lazy_compile(r" (?:that )?(?:his|her|their) (?!own\b)[a-z]")
_HOME_VISIT_WITH = ("home visit with ", "home visits with ", "home-visit with ")
_CALL_NUMBER_ASK = lazy_compile(r"\bcall\s[+(\d][\d\s().+-]{6,18}\d\s+and ask for $")
_FOUNDED_AFTER = lazy_compile(r"(?: [A-Z][\w'’-]+){0,2} (?:was|is|were) (?:founded|established|incorporated|acquired|"
                            r"rebranded|headquartered|accredited)\b")
_STYLE_SUFFIXES = ("-style", "-esque", "-like", "-type", "-inspired", "-approved", "-themed", "-era")
_ORG_CONTINUATION = lazy_compile(r" (?:&|and) ((?:[A-Z][\w'’-]* ){0,3}[A-Z][\w'’-]*)")


# Famous people named in the same clause: "Famous survivors come up a lot (Sheryl Crow, ...)".
_FAMOUS_BEFORE = lazy_compile(r"\b(?:famous|celebrit(?:y|ies)|public figures?)\b[^.;:!?\n]{0,40}$")
_ROAD_ENDS = (" on ", " at ", " off ", " near ", " along ", " from ", " to ", " via ", " onto ")
# The last word of a road's name.
_ROAD_WORDS = frozenset({"pike", "turnpike", "road", "rd", "street", "avenue", "ave", "boulevard", "blvd", "parkway",
                         "pkwy", "highway", "hwy", "expressway", "freeway", "chalan"})  # (Chamorro: "Chalan Lujuna")
# Clergy titles, capitalised right before the name (a relative is "her father Dominic").
# ("Sr." is not one of them: in Spanish and Portuguese it is Mr.)
_CLERGY_TITLES = ("Father ", "Fr. ", "Sister ", "Brother ", "Pastor ", "Rabbi ", "Imam ", "Reverend ", "Rev. ",
                  "Deacon ", "Dn. ", "Chaplain ",
                  # a religious sister, abbreviated before her religious name ("Sr. Mary Faith"; "Sr." alone is Señor)
                  "Sr. Mary ", "Sr. Marie ", "Sr. Anne ", "Sr. Agnes ")
# Church titles that are no kin word, so no chaplaincy context is needed: "Abbot Matthias", "Abouna
# Bishoy" (Coptic: our father), "Tasoni Demiana" (Coptic: sister), "Patriarch Nikon", "Archangel Raphael".
_CHURCH_TITLES = ("Abbot ", "Abbess ", "Abouna ", "Abuna ", "Abune ", "Archangel ", "Patriarch ", "Archpriest ",
                  "Archbishop ", "Metropolitan ", "Hegumen ", "Tasoni ",
                  # Buddhist monks' and teachers' titles: "Venerable Chea Sambath gives a blessing"; a
                  # Hindu priest's: "Pandit Harinarine does the opening puja"
                  "Venerable ", "Bhante ", "Ajahn ", "Phra ", "Luang Por ", "Luang Pho ", "Geshe ", "Pandit ",
                  "Pujari ", "Swami ",
                  # Vietnamese Buddhist nuns and monks: "Sư cô Diệu Liên điều phối tình nguyện viên"
                  "Sư cô ", "Sư thầy ", "Ni sư ", "Thượng tọa ", "Hòa thượng ")
_CHURCH_TITLES_LONGEST = max(map(len, _CHURCH_TITLES))
_CLERGY_CONTEXT = lazy_compile(r"\b(?:chaplains?|chaplaincy|spiritual|pastoral|clergy|our|staff|volunteers?|"
                               # a kosher kitchen's supervisor: "Kashrus questions go to the mashgiach, Rabbi ..."
                               r"mashgiach|kashrus|kashrut|questions go to|"
                               # whom a prayer request is passed to: "take the request and pass it to Deacon ..."
                               r"pass (?:it|them|the request|messages?) to|"
                               # a monastery's abbot: "The abbot, Elder Gerasimos, ..."
                               r"abbot|abbess|hegumen|infirmarian|"
                               r"ask for|visits? from|on call|rotation|paging)\b")
# What follows a clergy member of the practice's rota: "Fr. Sauer for Catholic sacraments until 07:00",
# "Imam Yusuf Haddad via the operator", "Elder Harold Whitecalf is at the centre Tuesdays".
_CLERGY_AFTER = lazy_compile(r"\b(?:until \d|via the operator|through the operator|is at the cent(?:re|er)|"
                             # what the practice's clergy offer: "Pastor Daniel Seo (...) offers chaplain visits",
                             # "Father Nektarios Pappas visits homebound parishioners"
                             r"offers? (?:chaplain|chaplaincy|pastoral|spiritual|prayer)|"
                             r"visits (?:homebound|the sick|parishioners|patients|residents)|"
                             r"brings (?:holy )?communion|"
                             # "Father Quang announces it after every Mass"
                             r"announces it after (?:every |each |the )?(?:mass|liturgy|service)|"
                             # "Pastor Babatunde Adeyemi opens with prayer"
                             r"opens with (?:a )?prayer|leads (?:the )?prayer|"
                             # "Father Ignatius from St. Columba says it" (the Mass)
                             r"says (?:it|mass|the mass)\b|celebrates (?:the )?mass|"
                             r"for (?:catholic|jewish|muslim) |on call|paging|"
                             # "Pastor Dale blesses new participants", "Sr. Mary Faith ... visits to lead a rosary",
                             # "Pastor Dale Renninger has no access to participant records"
                             r"blesses|(?:to )?leads? (?:a |the )?(?:rosary|bible study|devotions?|worship|service|"
                             r"blessing)|has no access to)")
# A state's programme, agency or licence after a state that is also a given name ("Georgia Medicaid").
_STATE_PROGRAM_AFTER = lazy_compile(r" (?:Medicaid|Medicare|DL|DMV|DHS|DHHS|DOH|Department|State|Pathways|"
                                    r"license|licence|driver'?s|plates?|residents?|law|Blue)\b")
# A model code after a product's name: a capital and a digit ("G5", "XT2", "8 DR-T" needs the digit first).
_MODEL_CODE_AFTER = lazy_compile(r" (?:[A-Z]{1,3}\d{1,4}[A-Z]?|\d{1,2} [A-Z]{2}(?:-[A-Z])?)\b(?![’'])")
# "Dr" after a name and before a lower-case word or punctuation: a street's "Drive", not a title.
_DRIVE_AFTER = lazy_compile(r" Dr\.?(?:[,;)]| [a-z]| \(|$)")


# Diseases and signs named after two or three physicians, written with hyphens.
# (and the Schmitt-Thompson nurse-triage protocols)
_HYPHEN_EPONYMS = frozenset({"osgood-schlatter", "schmitt-thompson", "guillain-barré", "guillain-barre",
                             "charcot-marie-tooth",
                             "creutzfeldt-jakob", "stevens-johnson", "wolff-parkinson-white", "ehlers-danlos",
                             "prader-willi", "sturge-weber", "osler-weber-rendu", "mallory-weiss",
                             "zollinger-ellison", "dandy-walker", "arnold-chiari", "klippel-feil", "peutz-jeghers",
                             "legg-calvé-perthes", "legg-calve-perthes", "kübler-ross", "kubler-ross",
                             "hand-schüller-christian", "budd-chiari", "wernicke-korsakoff", "brown-séquard",
                             "brown-sequard", "von hippel-lindau", "hippel-lindau", "smith-lemli-opitz",
                             "beckwith-wiedemann", "cornelia de lange", "kaposi", "sjögren-larsson"})


def _in_hyphen_eponym(s: Scan, start: int, end: int) -> bool:
    """Is the name one part of a hyphenated eponym ("Osgood-Schlatter - parent handout")?"""
    # (bounded windows: a text of hyphenated capitals with no space stays linear)
    lo = s.lower.rfind(" ", max(0, start - 40), start) + 1 or max(0, start - 40)
    hi = s.lower.find(" ", end, end + 40)
    word = s.lower[lo : hi if hi >= 0 else min(len(s.lower), end + 40)].strip(".,;:()")
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return word in _HYPHEN_EPONYMS


def _honorific_led(s: Scan, start: int, end: int) -> bool:
    """Does the name segment start with an honorific ("Mr. Tsosie": a patient as often as a clinician)?"""
    return s.lower[start:end].split(" ", 1)[0].rstrip(".") in HONORIFICS


def _name_word_before_paren(s: Scan, start: int) -> bool:
    """Is the word before the parenthesis that holds the name at `start` a name's word (a nickname the full
    name stands for: "Doña Chayo (Rosario Medina)"), not a case id or a relative ("daughter (Pam)")?"""
    word = s.text[max(0, start - 30) : start].rstrip(" (").rsplit(" ", 1)[-1]
    return word.isalpha() and not word[0].islower()  # (a script without case too: "小美 (Siu Mei)")


def _hyphen_eponym_part(s: Scan, start: int, end: int) -> bool:
    """Is the name or label chunk at `start`:`end` a part of a hyphenated eponym ("Osgood-Schlatter")?"""
    return (s.text[end : end + 1] == "-" or s.text[start - 1 : start] == "-" or "-" in s.text[start:end]) and (
        _in_hyphen_eponym(s, start, end))


def _org_after(s: Scan, end: int) -> bool:
    """Does '& <Capitalised words>' after the name end in an organisation word ("& Reconstructive Surgery")?"""
    m = _ORG_CONTINUATION.match(s.text, end)
    return m is not None and any(w.lower() in ORG_WORDS for w in m.group(1).split())


# A priest's or a monk's title right before the name (lower-cased): in a monastery's or a convent's
# infirmary the religious are the patients.
_CLERGY_TITLE_ENDS = (*(t.lower() for t in _CLERGY_TITLES), "fr ", "mother ")
# What only a patient does or has, right after a religious's name: "Fr. Spyridon fractured his hip",
# "Fr. Dositheos (π. Δοσίθεος) is 91 and on warfarin", "Fr. Nikodemos – dialysis transport".
_CLERGY_PATIENT_AFTER = lazy_compile(r"(?: \([^()\n]{1,40}\))? is (?:9\d|1[01]\d)\b|"
                                     r"\s?[–—-] (?:dialysis|wound care|infusion|chemo|oxygen|insulin|inr|labs?|pt|"
                                     r"rehab|cardiology|oncology)\b|"
                                     # a call back about their own care: "Callback: Fr. Benedict Oyelaran re: sinus CT"
                                     r" (?i:re):? [^\n]{0,30}?\b(?i:ct|mri|x-?rays?|scan|results?|biopsy|labs?|"
                                     r"refill|rx|surgery|appt|appointment|follow-?up|consult|visit)\b")


def _patient_sign_after(s: Scan, end: int) -> bool:
    text = s.text
    return (_patient_doing_after(text, end) or _PATIENT_POSSESSIVE.match(text, end) is not None
            or _CLERGY_PATIENT_AFTER.match(text, end) is not None)


# What a full name before a common noun names after someone ("a Mary Seacole tea", "the Frank Sinatra sing-along").
_EPONYM_EVENT_AFTER = lazy_compile(r" (?:sing-?along|tribute|tea|wall|award|scholarship|lecture|fund|memorial|day|"
                                   r"marathon|exhibit|exhibition|mural|statue|playlist|"
                                   r"movie night|trivia night|film night)\b")
# Digits glued to a word and ending it (not a file name's next part: "Beecher_June12.pdf").
_GLUED_MODEL = lazy_compile(r"\d{1,4}(?=[\s,;:)!?]|\.(?:\s|$)|$)")
# A landform's common noun after a capitalised name (written lower case, so not part of the run).
_LANDFORM_AFTER = lazy_compile(r" (?:mountains|mountain range|range|river|rivers|lake|lakes|valley|canyon|creek|"
                               r"peaks?|foothills|mesa|desert|wilderness|national forest|forest|bay|island|islands|"
                               r"falls|glacier|basin|watershed)\b")


# One person's relative, a word for a child or a cousin (not "parent(s)", "partner": a practice's "parent line").
_ONE_RELATIVE_WORDS = frozenset(KIN_WORDS - {"parent", "parents", "partner"}) | frozenset(
    {"boy", "girl", "kid", "grandson", "granddaughter", "cousin"})
# A person's relative right before the name: "her nephew", "my boy", "the patient's daughter".
_RELATIVE_NAMED_BEFORE = lazy_compile(r"\b(?:her|his|their|my|your|(?:patient|pt|caller|client|member|resident)['’]s) "
                                      r"(?:" + "|".join(sorted(_ONE_RELATIVE_WORDS, key=len, reverse=True)) + r") $"
                                      # ... or named as the caller or a parent: "mom is Yesenia", "the caller is Tate"
                                      r"|\b(?:mom|dad|mother|father|the caller|caller) is $"
                                      # ... or named as one's relative: "the patient's wife is Meredith"
                                      r"|\b(?:her|his|their|(?:patient|pt|caller|client|member|resident)['’]s) "
                                      r"(?:wife|husband|partner|son|daughter|mother|father|sister|brother) is $"
                                      # ... or listed as a regular caller or client: "Regular: Horatio books ...",
                                      # "Regular caller: Bill from Elk Grove calls most nights"
                                      r"|\bregulars?(?: callers?| clients?| patients?)?: $"
                                      # ("Regular caller Joy is 47, has Hunner lesions")
                                      r"|\bregular (?:caller|client|patient) $"
                                      # ("Callback for caller Grant (Thu eve)")
                                      r"|\b(?:for|from) (?:the )?caller $"
                                      # ... or the patient's or the caller's own boss: "the patient's supervisor,
                                      # Dana Whitfield, called"
                                      r"|\b(?:(?:patient|pt|caller|client|member|resident)['’]s|my) (?:supervisor|boss|"
                                      r"manager|employer|foreman|coworker|co-worker) $"
                                      # ... or by the name one goes by: "she goes by Nonie", "prefers to be called Tink"
                                      r"|\b(?:goes by|go by|prefers to be called|likes to be called) $")


_WORK_RELATIONS = frozenset({"supervisor", "boss", "manager", "employer", "foreman", "coworker", "co-worker"})
# The word each _RELATIVE_NAMED_BEFORE alternative ends with: a window whose last word is none of these cannot match.
_RELATIVE_LAST_WORDS = _ONE_RELATIVE_WORDS | _WORK_RELATIONS | frozenset(
    {"is", "regular:", "regulars:", "by", "called", "caller:", "callers:", "client:", "clients:", "patient:",
     "patients:", "caller", "client", "patient"})


def _relative_named_before(before: str) -> bool:
    """Does the (lower-cased) window before a name end with a relative, the caller or a name one goes by?
    The last-word test first: the pattern's search runs for nearly every candidate name."""
    if before[-1:] != " ":
        return False
    if before[-2:-1] == ",":  # a relative set off by a comma: "his niece, Sierra Blackbear"
        before = before[:-2] + " "
        last = before[:-1].rsplit(None, 1)[-1:]
        return bool(last) and last[0] in _KIN_BEFORE_COMMA and _RELATIVE_NAMED_BEFORE.search(before) is not None
    last = before[:-1].rsplit(None, 1)[-1:]
    return bool(last) and last[0] in _RELATIVE_LAST_WORDS and _RELATIVE_NAMED_BEFORE.search(before) is not None


_KIN_BEFORE_COMMA = _ONE_RELATIVE_WORDS | _WORK_RELATIONS


# A task handed to a colleague, not about the person's own things: "ask Hope Tran to verify them".
_DELEGATED_TASK_AFTER = lazy_compile(r" to (?:verify|check|review|approve|sign off on|process|handle|update|enter|"
                                     r"send|fax|file|cover)\b(?! (?:her|his|their|your|my)\b)")
# A credential and "and" before a name: the name is one more of a list of the practice's staff.
_CREDENTIAL_AND_BEFORE = lazy_compile(r", (?:" + _CREDENTIAL_WORDS + r")\.?,? and $")
_MASCOT_AFTER = lazy_compile(r",? \(?(?:the [a-z]+ )?(?:is )?(?:our|the|its|the clinic's|the practice's|the office's) "
                             r"(?:[\w-]+ )?mascot\b")


# A job title written in capitals after a name and a comma, ending in a role noun: "Summer Dale, Life
# Enrichment Director", "Ray Ortiz, Billing Coordinator".
_TITLED_ROLE_AFTER = lazy_compile(r", (?:[A-Z][\w&/-]* ){0,3}(?:Director|Manager|Coordinator|Supervisor|Administrator|"
                                  r"Navigator|Scheduler|Receptionist|Specialist|Liaison|Chaplain|Educator|Dietitian|"
                                  r"Counselor|Counsellor|Therapist|Technician|Pharmacist|Officer)\b")


def _suppressed(s: Scan, start: int, end: int, norms: tuple[str, ...], cues: int = -1) -> str | None:
    """Why this name is not a patient's (provider, staff, persona, eponym, public figure), or None.

    `norms` are the name's words lower-cased, dots stripped (`w.lower().strip(".")`). Callers
    only tell "provider" from any other reason, so after the provider test the checks run
    cheapest first; each is the same test as before, only gated by a necessary condition.
    `cues`, when not -1, is `_tail_cues` of this 40-character window, known to the caller.
    """
    before = s.lower[start - 40 if start > 40 else 0 : start]
    if s.field == "value" and s.key_text and _default_standin(s, s.text[start:end]):
        return "placeholder"
    if len(norms) == 2 and norms[1] in _ORG_SURNAMES and _PLACE_LIST_BEFORE.search(
            s.text, start - 60 if start > 60 else 0, start):
        return "place"  # "a ride from Queets or Amanda Park", "at the Amanda Park satellite": a town or a park
    if _relative_named_before(before):
        return None  # "her nephew Dwight drives her", "her son Kevin books for him": a relative, whatever follows
    if cues < 0:
        cues = _tail_cues(before)
    if cues & _PROVIDER_BEFORE.bit and not (before.rstrip().endswith((":", " -", " –", " —")) and (
            s.lower[start:end].split(None, 1)[0].rstrip(".") in HONORIFICS)) and not (
            before.endswith(_CLERGY_TITLE_ENDS) and _patient_sign_after(s, end)):
        # (a heading's colon or a label's dash, then an honorific: "Morada para a visita do enfermeiro: Sra.
        # Esperança ...", "Dupixent PA - Mrs. Oyelowo", where PA is a prior authorisation)
        return "provider"
    after = s.text[end : end + 60]
    if _provider_after(after) or (len(norms[-1]) == 1 and after[:1] == "." and _provider_after(after[1:])):
        return "provider"  # (a trailing initial's dot is not the name's end: "Brent K. (ATC)")
    if after[:2] == ", " and after[2:3].isupper() and _TITLED_ROLE_AFTER.match(after):
        return "staff"  # "Summer Dale, Life Enrichment Director": a title in capitals after the name
    if after[:4] == ", MA" and after[4:5] in (",", ";", ")"):
        return "provider"  # "reviewed by Brianna Voss, MA, within a day": a medical assistant (not "Boston, MA 02118")
    if after[:5] == ", HIS" and not after[5:6].isalpha():
        return "provider"  # "Rose Whitaker, HIS, handles repairs": a hearing instrument specialist (in capitals only)
    if before.endswith((" and ", ", and ")) and _CREDENTIAL_AND_BEFORE.search(before):
        return "staff"  # "Summer Blackwell, RN, and Grant Pham handle new referrals": one more of the practice's staff
    if before.endswith(("callback from ", "call back from ", "call-back from ", "return call from ")):
        return "staff"  # "promise a callback from Rosa": who returns the practice's calls
    if "mascot" in after[:40] and _MASCOT_AFTER.match(after):
        return "persona"  # "Mr. Molar, our mascot, visits the waiting room"
    if after[:1] == "." and after[1:4] in ("net", "com", "org") and not after[4:5].isalnum():
        return "product"  # "alerts arrive from Merlin.net and CareLink": a site or a service by its domain
    if after[:1] in "'’" and _BRAND_POSSESSIVE_AFTER.match(after):
        return "product"  # "Johnson's baby oil", "Jack Daniel's whiskey": a brand named for its maker
    if after[:1] in "'’" and _AUTHORED_WORK_AFTER.match(after) and not _honorific_at(s, before, start):
        return "eponym"  # "Christine Miserandino's Spoon Theory", "Koester's Lost Person Behavior": an author's work
    if (after[:1] == "+" and after[1:2].isupper()) or (before[-1:] == "+" and before[-2:-1].isalpha()):
        return "organisation"  # "Smith+Nephew PICO": a company's names joined by a plus, not a person
    if cues & _STREET_BEFORE.bit:
        return "street"
    if len(norms) > 1 and norms[0] in _MONARCH_TITLES and _NAMED_INSTITUTION_AFTER.match(after):
        return "public figure"  # "the Queen Liliʻuokalani Trust", "King Kamehameha Day" (not "Prince Adeyemi")
    if norms[0] in ("an", "the") and len(norms) == 2 and norms[1] in US_STATES:
        return "place"  # "An Ohio Medicaid billing number": an article and a state
    if len(norms) > 1 and norms[0] in _ROLE_FIRST_WORDS:
        return "staff"  # "Dispatcher Wanda (ext. 12) takes over": a role written before the name
    if len(norms) > 2 and norms[-1] in _EPONYM_HEADS:
        return "eponym"  # "the Louis Tewanima Footrace", "the Ryan White Act": the head word ends the run
    if " ".join(norms) in _EPONYM_NAMES or (norms[-1] in _PEOPLE_NAMES and len(norms) > 1):
        return "eponym"  # "Braxton Hicks questions", "Pennsylvania Dutch", "Ashkenazi Jewish ancestry"
    if "fr" in norms or (after[:1] == " " and after[1:2].isdigit() and _FRENCH_GAUGE.match(after)) or (
            before.endswith(("fr ", "french ")) and _FRENCH_GAUGE_BEFORE.search(before)):
        return "product"  # "a 12 Fr Foley", "Foley 16 Fr": a catheter by its French gauge
    if (norms[0] in product_names() or norms[-1] in product_names()) and not (
            cues & (_STRONG_BEFORE.bit | _PERSON_BEFORE.bit) and any(_is_lex(n) for n in norms)) and (
            not _honorific_at(s, before, start)):
        # (a person cue does not make a product a person when no word of it is a name: "People in their
        # 40s often ask about 'baby Botox'")
        return "product"  # "Shingrix (2 doses)", "a Typhim Vi injection", "Coloplast Brava paste"
    if norms[0] in ("n", "s", "e", "w") and before[-2:-1].isdigit() and before[-1:] == " ":
        return "street"  # "1190 W. Broadway", "44 N. Lake": a house number and a compass point
    if before.endswith(_ATTRIBUTION_ENDS) and _QUOTE_ATTRIBUTION_BEFORE.search(before) and (
            # (not a testimonial signed with a town: "'I lost 140 pounds after my bypass' — Tomasz W., Kenosha")
            after[:1] == ")" or after[:1] == "" or after[:1] == "\n" or after[:2] == ". "):
        return "public figure"  # "'Memory is the diary we all carry about with us.' (Oscar Wilde)": a quote's author
    if before.endswith("the ") and after[:1] in "'’" and _STORE_POSSESSIVE_AFTER.match(after):
        return "organisation"  # "the Lowe's on Slauson", "the Dillard's at the mall": a store named for its founder
    if before.endswith(" on ") and _STORE_ON_BEFORE.search(s.text, max(0, start - 40), start):
        return "street"  # "sent to the Safeway on Lombard", "the CVS on Burnside": a store's street
    if s.text[start - 1 : start] == "-" and _TITLED_FIRST_PART_BEFORE.search(s.text, max(0, start - 40), start):
        return "provider"  # "Dr. Olander-Sykes – scleritis referrals": the second part of a titled surname
    if after[:6] in (" Class", " class") and _CLASS_GRADE_AFTER.match(after):
        return "eponym"  # "Engel Class I outcomes", "Angle Class II bite": a classification named for its author
    if after[:5] == " area" and not after[5:6].isalpha():
        return "place"  # "Gam-Anon meeting list - Dayton area"
    if cues & _FIGURE_ROLE_BEFORE.bit:
        return "public figure"
    if cues & _OFFICIAL_BEFORE.bit and not (
            _RANK_END.search(before) and not s.mentions(_AGENCY_STEMS) and _patient_sign_after(s, end)):
        # (a rank names an agency's officer, unless nothing in the text is an agency and the person does what
        # patients do: "Sgt. Luis Ayala fractured his wrist on the obstacle course")
        return "public figure"
    if cues & _ANIMAL_BEFORE.bit:
        return "animal"
    if len(norms) == 1 and norms[0] in _FIGURE_WORD_OF and any(s.contains(f) for f in _FIGURE_WORD_OF[norms[0]]) and (
            not _honorific_at(s, before, start)):
        return "public figure"  # "Barton ... named after Clara Barton": the figure's name, once more
    if before.endswith(_SPANISH_PLACE_OF) or (before.endswith(("west ", "north ", "south ", "new "))
                                               and f"{before.rsplit(None, 1)[-1]} {norms[0]}" in US_STATES):
        # (and what is named after it: "the New York Yankees first baseman")
        return "place"  # "el condado de Marlow", "West Virginia's ... Act"
    if before[-1:] == " " and (prev := before[:-1].rsplit(None, 1)[-1:]) and prev[0] in product_names() and (
            not cues & (_STRONG_BEFORE.bit | _PERSON_BEFORE.bit)):
        return "product"  # "ReSound Vivia 9", "Phonak Audéo Sphere": a model after its maker's brand
    if len(norms) == 1 and after[:1].isdigit() and s.text[start - 1 : start] != "_" and _GLUED_MODEL.match(after):
        return "product"  # "Morpheus8", "the Morpheus8 settings": a device's or a product's model, glued to its digits
    if len(norms) > 1 and after[:1] == " " and before.endswith(("a ", "the ", "our ")) and _EPONYM_EVENT_AFTER.match(
            after):
        return "eponym"  # "a Frank Sinatra sing-along", "the Mikaela Shiffrin wall": a thing named after a figure
    if after[:1] == " " and _LANDFORM_AFTER.match(after):
        return "place"  # "paintings of the Sangre de Cristo mountains", "down by the Gila river": a landform
    if len(norms) == 2 and norms[0] == "little" and (norms[1] in COUNTRIES or norms[1] in _LITTLE_PLACES):
        return "place"  # "the store from Little Kabul on Fremont Blvd", "Little Saigon": a neighbourhood
    if len(norms) == 1 and norms[0] in ("asia", "africa", "america", "europe") and before.endswith(_REGION_ENDS):
        return "place"  # "born in Central Asia", "East Africa": a region (Asia alone is a given name too)
    if norms[-1] in _CHURCH_WORDS and len(norms) > 1:
        return "organisation"  # "Thursday at Grace Lutheran": a church (and a mobile unit's stop)
    if norms[-1] in ("twp", "township") and len(norms) > 1:
        return "place"  # "Burmese Line – Perry Twp"
    if norms[0] in _STREET_HEADS and (len(norms) > 1 or after[1:2].isupper()) and not _HOUSE_NUMBER_NEAR.search(
            s.text, start - 8 if start > 8 else 0, end + 8):
        # "Paseo del Norte", "Calle Ocho", "Camino Real": a street (with a house number it is
        # someone's address, "Rua Diadema 1903": left to be flagged)
        return "place"
    if s.has_digit and _historic_sentence(s, start, end):
        return "historic figure"  # "Louis Pasteur first gave the vaccine to Joseph Meister on July 6, 1885"
    if len(norms) == 1 and (s.contains(" is ") or s.contains(" named ") or s.contains(" called ")) and (
            norms[0] in _animal_names(s)):
        return "animal"  # "Kids often ask about Riley. Riley is our clinic therapy dog"
    if norms[0] == "justice" and len(norms) > 2:
        return "public figure"  # "Justice Sonia Sotomayor" (not "Justice Williams": Justice is a given name too)
    if after[:1] == " " and after[1:].startswith(_ROOM_WORDS_AFTER):
        return "place"  # "the Howard Rock conference room": a room named for someone
    if norms[-1].endswith(_STYLE_SUFFIXES):
        return "style"  # "Mr. Rogers-style calm": a manner, not the person
    if (_REGNAL_AFTER.match(after) and (
            norms[0] in _MONARCH_TITLES or (before.rsplit(None, 1) or [""])[-1] in _MONARCH_TITLES)) or (
            norms[0] in _PONTIFF_TITLES and len(norms) > 1):
        # a monarch: "Queen Sālote Tupou III", "King Tupou VI"; a pope or patriarch by name ("Pope Shenouda"),
        # remembered for the name's later mentions
        return _remember_figure(s, norms)
    if after[:2] == " (" and _ICD_PAREN_AFTER.match(after):
        return "condition"  # "Orf (contagious ecthyma, ICD-10 B08.02)": a disease and its code
    if after[:2] == " v" and _VERSION_AFTER.match(after):
        return "product"  # "Hongo Amiga v3.4.2, prompt last edited ...": a persona's or a product's version
    if after[:2] in ("'t", "’t"):
        return "contraction"  # "... or Q. Don't ask": a verb, not a name
    if after.startswith((" ID", " id card", " student ID", " badge")) and not after[3:4].isalpha():
        return "organisation"  # "their Harlow ID number": the institution's card
    if "named" in after[:12] and _NAMED_AFTER_AFTER.match(after):
        return "persona"  # "Florence (named after Florence Nightingale)": a persona's name, explained
    if " other " in after[:20] and _OTHER_FIGURE_AFTER.match(after):
        return "public figure"  # "Peyton Manning or any other public figure"
    flags = _context_flags(s)
    if (s.contains(" names") or s.contains("surnames") or s.contains("apellidos") or s.contains(" nombres")) and (
            _LISTED_AS_NAMES.match(s.text, end)):
        return "example"  # "many families share the Kue, Vang, Xiong, Yang and Lee clan names"
    if after[:1] in ("!", ".", ",") and (start == 0 or s.text[start - 1] in "\n'\"“‘") and _CALL_OPENING_AFTER.match(
            after):
        return "greeting"  # "Jai Jinendra! You've reached the ... line": a greeting opening the call
    if before.endswith(("closest to ", "nearest to ", "closer to ", " near ", "north of ", "south of ", "east of ",
                        "west of ")) and len(norms) <= 2 and not _honorific_at(s, before, start):
        return "place"  # "(Harbor-UCLA is closest to Carson)", "the unit near Tijeras": what a site is near
    if before[-2:-1].isdigit() and _HOUSE_NUMBER_BEFORE.search(before) and _ADDRESS_REST_AFTER.match(after):
        return "place"  # "16130 Ventura Corridor, Suite 310", "1207 Camino Verde, Scottsdale, AZ": a street
    if (norms[0] == "miss" or s.text.startswith("Miss ", start) or before.endswith("miss ")) and (
            norms[-1] in US_STATES or norms[-1] in COUNTRIES):
        return "title"  # "Miss Rodeo Oklahoma – hospitality suite": a pageant's title, not a person
    if s.contains("eplace ") and norms[-1] in _replaced_names(s):
        return "placeholder"  # "'Hi Sarah, thinking of you.' Replace Sarah with {{texter_first_name}}"
    if s.contains(" not ") and _NOT_PEOPLE_AFTER.match(s.lower, end):
        return "thing"  # "Damon, Herbst and Forsus are appliance systems, not people": the text says so
    if before.endswith(" by the ") and _FOUNDED_BY_BEFORE.search(before):
        return "founder"  # "Starlight was founded in 1987 by the Lindgren family": the organisation's founders
    if before.endswith(" by ") and _AUTHOR_BEFORE.search(before):
        return "staff"  # "Prompt v4.2 (updated 2026-03-02 by Hetal Parikh)": who wrote the prompt
    if before.endswith((" called ", " named ")) and _THING_CALLED_BEFORE.search(before):
        return "persona"  # "This line is called Mahavir Seva after ...": the name of the line itself
    if before.endswith(("(after ", "(named after ", "(named for ", " named for ", " named after ")) or (
            before.endswith(" after ") and _CALLED_AFTER_BEFORE.search(before)):
        # ("The line is called 'Charlie' after Charlie Russell, the cowboy painter")
        return "eponym"  # "the Braden Scale (after Barbara Braden)", "the room is named for Opothleyahola"
    if " named " in before and ((_NAMED_LIST_BEFORE.search(before) and _NAMED_LIST_AFTER.match(s.text, end)) or (
            _ROOMS_NAMED_BEFORE.search(s.lower, start - 90 if start > 90 else 0, start))):
        return "eponym"  # "Cabins are named Banting, Best, Joslin and Macleod after the insulin pioneers"
    if flags & _HAS_EXAMPLE_LEAD and _example_names_lead(s, start):
        return "example"  # "a family name like Suzuki or Tanaka", "famous people like Steve Jobs or ..."
    if flags & _HAS_PLACE_LEAD and _place_items_lead(s, start) and not _person_after(after):
        return "place"  # "within 60 miles of Greenwood Village, including Aurora, Littleton, Parker"
    if after[:1] == " " and _CAMP_AFTER.match(after):
        return "place"  # "twelve families from Mae La camp": a refugee camp
    if after[:1] in (",", " ") and _PLACE_NOUN_AFTER_LIST.match(after):
        return "place"  # "in Okmulgee, Okfuskee, Creek and McIntosh counties", "the Koweta or Sapulpa clinics"
    if s.contains("service area") and _in_service_area_sentence(s, start, end):
        return "place"  # "Sacramento, Elk Grove and Arden-Arcade are in our service area"
    if "serv" in before or "cover" in before or "stops " in before:
        lead = _SERVE_ITEMS_LEAD.search(s.text, max(0, start - 120), start)
        if lead and ("," in lead.group(0) or " and " in lead.group(0) or _LIST_GOES_ON.match(after)):
            return "place"  # "We serve Little Haiti, North Miami, Miami Gardens and El Portal"
    if after.lower().startswith(" chào"):
        return "greeting"  # "Xin chào": Vietnamese for hello
    if before.endswith((" khám ", " viện ", " khoa ")):
        return "organisation"  # "phòng khám Bình An" (clinic), "bệnh viện ..." (hospital), "nha khoa ..." (dentist)
    if after[1:2].isupper() and after[:1] == " " and after[1:].split(" ", 1)[0].rstrip(
            ",.;:)") in _PLACE_WORDS_AFTER and not _honorific_at(s, before, start):
        # (an honorific makes the place word a surname: "Mrs. Tabitha Lake called")
        return "place"  # "Marlow Springs, OR", "Cedar Falls": a town
    if ("famous" in before or "celebrit" in before or "public figure" in before) and _FAMOUS_BEFORE.search(
            before.replace("e.g.", "e g ").replace("i.e.", "i e ")):  # ("famous donors (e.g., the story of X)")
        return "public figure"  # "Famous survivors come up a lot (Sheryl Crow, Olivia Newton-John)"
    if len(norms) > 1 and norms[-1] in _ROAD_WORDS and (before.endswith(_ROAD_ENDS) or before.endswith("the ") or (
            before[-2:-1].isdigit() and before[-1:] == " ") or (
            before[-1:] == "(" and norms[0] not in _lex()[0] and not cues & _RELATIVE_BEFORE.bit)):
        # ("(Brandt Pike)", not "(Dwayne Pike)" nor "Dad (Rowan Pike)")
        return "place"  # "across from the Walgreens on Carlisle Pike": a road
    if s.text.startswith(_CHURCH_TITLES, start) or s.text.endswith(
            _CHURCH_TITLES, max(0, start - _CHURCH_TITLES_LONGEST), start):
        return "clergy"
    if (s.text.endswith(_CLERGY_TITLES, max(0, start - 12), start) or s.text.startswith(
            (*_CLERGY_TITLES, "Imam ", "Elder "), start)) and (
            _CLERGY_CONTEXT.search(before) or _CLERGY_AFTER.search(s.lower, end, end + 90)):
        return "clergy"  # "chaplain Father Dominic is available": the practice's chaplain, not a kin word
        # (a patient may be a nun: "Hearing aid repair for Sister Agnes Moriarty" stays a name)
    if after[:1] == " " and _STATE_PROGRAM_AFTER.match(after) and " ".join(norms) in US_STATES:
        return "place"  # "Georgia Medicaid", "Georgia DL 038812245": a state's programme or licence
    if after[:1] == " " and _MODEL_CODE_AFTER.match(after) and not any(n in _lex()[0] for n in norms):
        return "product"  # "Inogen One G5", "Edora 8 DR-T": a device and its model code (not "Rosa Lee A1C 8.2")
    if after[:3] == " Dr" and _DRIVE_AFTER.match(after):
        return "place"  # "the Westbrook Dr office", "2300 Westbrook Dr, Suite 5": a street (Drive), not a doctor
    if after[:1] == ")" and before.endswith("(") and _ORG_BEFORE_PAREN.search(before):
        return "place"  # "Juniper Ridge Care Center (Redmond)": the site of an organisation
    if before[-1:] == " " and before.rsplit(None, 2)[-2:-1] and before.rsplit(None, 2)[-2].rstrip(".") in (
            _PROVIDER_NAME_TITLES) and _PROVIDER_NAME_BEFORE.search(s.text, start - 40 if start > 40 else 0, start):
        return "provider"  # "NP Thu Ha Nguyen": the rest of a provider's name
    if " was " in after[:30] or " is " in after[:30]:
        if _FOUNDED_AFTER.match(after):
            return "organisation"  # "Lumen Mind was founded in 2021"
    if after.startswith((" & ", " and ")) and _org_after(s, end):
        return "organisation"  # "Marlowe Aesthetic & Reconstructive Surgery"
    if after[1:2].isupper() and _ORG_KIND_AFTER.match(after):
        return "organisation"  # "Kev Zoo Siab Adult Day Center", "Hakha Road Family Clinic": the practice's name
    if before.endswith("the ") and _PLACE_NOUN_AFTER.match(after):
        return "place"  # "in the Greenfield Grange hall", "at the Oduya Family pavilion": a building
    if after[:2] == " (" and _STREET_PAREN_AFTER.match(after) and not _honorific_at(s, before, start):
        # (with an honorific, where the person lives: "Mrs. Stanekzai (3318 Auburn Blvd, Apt 12)")
        return "place"  # "Tacoma (6th Ave)": a clinic site and its street
    if after[:2] == " (" and after[2:7].isdigit() and after[7:8] in (")", "-", ",") and before.endswith(
            (" from ", " in ", " and ", " or ", ", ")):
        return "place"  # "Callers from Dillon (59725) and Twin Bridges (59754)": towns and their ZIP codes
    if after[:2] == ", " and _STATE_AFTER.match(after) and not _STATE_ID_AFTER.match(after) and (
            _DEGREE_CHAIN.match(after) or not (len(norms) > 1 and norms[0] in _lex()[0]
                                               and norms[0] not in _geo_names() and norms[-1] not in english_words())):
        # "Dayton, OH 45402", "Austin, Texas": a city (not "Wendell Korsgaard, Ohio SP 901442", a person
        # and a state's licence; nor "Jayden Whitehorse, ID 104882236", an identifier)
        return "place"
    if ("ount" in (la := after.lower()) or "arish" in la) and _COUNTY_LIST_AFTER.match(la):
        return "place"  # "Hancock, Hawkins and Claiborne counties"
    if (":" in before or " and " in before or " & " in before) and _ROSTER_BEFORE.search(
            s.lower, start - 90 if start > 90 else 0, start) and not (  # (a wider window: "... workers X and")
            ":" in before and _ADDRESSED_HEADING.search(s.lower, start - 90 if start > 90 else 0, start)):
        return "staff"  # "Volunteer roster: Deb Lanning, ...", "CNMs Becca Voorhees and Jada Sims"
    if s.contains("\n") and _in_staff_section(s, start):
        return "staff"  # "## Staff you may name\n- Activities: Grant Ellison": a list under a workforce heading
    if s.lower.rfind(":", start - 300 if start > 300 else 0, start) >= 0 and _in_roster(s, start):
        return "staff"  # further along a directory line: "Staff directory: Shawna (billing), ..., Kelsey (RN)"
    if before.endswith(", ") and (street := _STREET_ADDRESS_BEFORE.search(
            s.text, start - 60 if start > 60 else 0, start)) is not None and _org_address_lead(s, street.start()):
        return "place"  # "the county lab, Room 118, 210 Courthouse Square, Fenwick": the town of the practice's address
    if before.endswith(_ON_CALL_LIST_ENDS) and _ON_CALL_NEAR.search(before):
        return "staff"  # "the death investigator on call (this week: Kyle Brandvik)"
    if before.endswith(("calling for ", "calling on behalf of ")) and _ON_BEHALF_AFTER.match(s.text, end):
        return "staff"  # "this is Juniper calling for Joanne Pressley at Cobalt Bay Plastic Surgery"
    if s.text.endswith(("DON, ", "ADON, ", "DON "), 0, start):
        return "staff"  # "When the Maple Court DON, Patrice Oyelowo, calls": a director of nursing
    if before.endswith(_ROLE_NOUN_ENDS) and _ROLE_NOUN_BEFORE.search(before) and not before.endswith(_NOT_ROLE_ENDS):
        return "staff"  # "psychometrist Dana Whitford", "the phlebotomist Joy": a role noun right before
    if before.endswith("ask ") and after[:4] == " to " and _DELEGATED_TASK_AFTER.match(after):
        return "staff"  # "ask Hope Tran to verify them": a colleague the agent hands work to
    if before.endswith(("have ", "let ")) and after.startswith((" call", " return")) and (
            norms[0] not in HONORIFICS and not _honorific_at(s, before, start)):
        return "staff"  # "say you'll have Corinne call back": who returns the practice's calls
    if len(norms) == 1 and before.endswith(("speaks ", "speak ", "speaks only ", "only speaks ", "speaking ",
                                            "speaks mostly ", "speaks mainly ", "spoke ", "spoke only ",
                                            "only spoke ", "spoke mostly ")):
        return "language"  # "who speaks only Karen": a language named like a person
    if (norms[0] in ("dia", "día", "festa", "fiesta", "feast", "tour", "giro", "vuelta") and len(norms) > 1) or (
            before.endswith(("tour de ", "tour of ", "vuelta a "))):
        return "event"  # "June 10 (Dia de Portugal)": a holiday
    if before.endswith(("for ", "and ")) and "clos" in (
            wide := s.lower[start - 100 if start > 100 else 0 : start]) and _CLOSED_FOR_BEFORE.search(wide):
        # (over 100 characters: "We close on 1 July for Keti Koti and on 25 November for Srefidensi Dei")
        return "event"  # "We close for Losar on February 18 and for Bijaya Dashami on October 21"
    if s.has("discovery", _DISCOVERY_WORD) and _sentence_has(s, start, end, _DISCOVERY_WORD):
        return "historic figure"  # "first isolated by Jules Bordet and Octave Gengou in 1906"
    if s.has("fame", _FAME_WORD) and not cues & _STRONG_BEFORE.bit and not _honorific_at(s, before, start) and (
            _sentence_has(s, start, end, _FAME_WORD)):
        return "public figure"  # "goalkeeper Tim Howard has talked publicly about ...", "won Olympic gold"
    if len(norms) == 1 and norms[0] in _TAGALOG_KIN and before.endswith(("si ", "ni ")):
        return "kin word"  # "'si Lola' or 'ni Lolo' about a grandparent": a term of respect, no name
    if after[:1] in "'’" and _ORG_ASSISTANT_AFTER.match(after):
        return "organisation"  # "this is Crown, Crownwell's care assistant": the practice's own agent
    if before.endswith((" name ", " name, ")) and _BRAND_NAME_BEFORE.search(before):
        return "brand"  # "We picked the name Mendwell in 2018": the practice's own name, explained
    if s.text[start - 3 : start] == "PT " and not s.text[start - 4 : start - 3].isalnum() and not s.text.isupper():
        return "provider"  # "PT Kofi Mensah-Lund is at the clinic": a physical therapist ("Pt"/"pt": a patient)
    if s.field == "label" and after[:1] in (" ", ":") and _STAFF_LINE_AFTER.match(s.lower, end):
        return "staff"  # "Hope Merritt – counselor voicemail": a staff member's own line (not "– nurse call")
    if ", this is " in after[:45] and (answered := _ANSWERED_AS_AFTER.match(after)) and not all(
            _is_lex(w.lower()) for w in answered.group(1).split()) and (
            _GREETING_END.search(before.rstrip(", ") + " ") or before.endswith("for calling ")):
        # "Good afternoon, Maplewood Terrace, this is Willow": the practice answering with its name, a name
        # word and a place or organisation word (not "Hello Maria Lopez, this is Ava": a patient greeted)
        return "organisation"
    if after[:4] == " VA " and _VA_SITE_AFTER.match(after):
        return "organisation"  # "the Clement J. Zablocki VA Medical Center": a veterans' hospital named for someone
    if after[:1] == " " and _EVENT_AFTER.match(after):
        return "event"  # "Merrie Monarch week", "the Lei Day festival": a festival named like a person
    if before.endswith(" (") and after[:1] == ")" and before[:-2].rsplit(" ", 1)[-1] in ORG_WORDS:
        return "place"  # "Brookhaven Hospice (Xenia)": an organisation's town in parentheses
    if before.endswith(" (") and _PROVIDER_PAREN_BEFORE.search(before) and (
            not _LATIN_LETTER.search(s.text, start, end) or (
                after[:1] == ")" and len(norms) == 1 and _PROVIDER_GIVEN_PAREN_BEFORE.search(before))):
        # "Dr. Oleg Sorokin (Олег Сорокин), MD": the provider's name in another script; "Dr. Joy (Adeyemi)":
        # the surname of a provider called by the given name
        return "provider"
    if after[:1] == "-" and _UNIT_AFTER.match(after):
        return "unit"  # "the Geri-ED", "Peds-ICU": a hospital unit's name, not a person
    if (before[-3:].rstrip().endswith(("→", "->")) or after.lstrip()[:2] in ("→", "->")
            or after.lstrip()[:1] == "→") and s.contains("route"):
        return "place"  # "The van route runs Derry St → Allison Hill → Steelton": stops on a route
    if s.contains("eponym") and _sentence_has(s, start, end, _EPONYM_WORD):
        return "eponym"  # "Eponyms you may hear: Lisfranc injury, Charcot foot, Haglund's deformity"
    if before.endswith(("aboard ", "aboard the ", "aboard ms ", "aboard mv ", "aboard m/v ", "aboard ss ")):
        return "vessel"  # "the Medical Center aboard MS Aurelia Serenade": a ship
    if before.endswith((" vs. ", " vs ", " versus ", " away at ", " away to ")) and _FIXTURE_BEFORE.search(before):
        return "organisation"  # "home vs. Carolina Tide on the 14th, away at Tulsa Foundry": teams on a fixture list
    if before.endswith((" check with ", " confirm with ", " verify with ", " clear it with ")):
        return "staff"  # "confirm with Sandra before shipping a new size": someone at the practice
    if before.endswith(" for ") and before.endswith(("take a message for ", "take messages for ")):
        return "staff"  # "take a message for Hollis": someone at the practice
    if before.endswith(" to ") and _HANDOFF_BEFORE.search(before):
        return "staff"  # "in your handoff to Lamar", "escalate to Priya": whom the agent passes a call to
    if s.text[end - 5 : end - 4] == "-" and s.text[end - 4 : end].islower() and _BIOLOGIC_NAME.match(norms[-1]) and (
            norms[-1][-4:] not in _lex()[0]):
        return "product"  # "Peanut Allergen Powder-dnfp": a biologic's name and its four-letter suffix
    if after.startswith(" wrote ") and after[7:8] in "'‘\"“":
        return "author"  # "John Philip Sousa wrote 'The Stars and Stripes Forever'"
    if norms[-1] in _SCALE_EPONYMS and (s.field == "label" or _SCALE_VALUE_AFTER.match(after)):
        return "eponym"  # "Norwood 3 to 5", "skin_type_fitzpatrick": a clinical scale named after someone
    if before.endswith((" for ", " reach ", " para ")) and _PHONE_MENU_BEFORE.search(before):
        return "staff"  # "press 3 for Lorna Pinkham": a phone menu reaches the practice's people
    if after.startswith((" or Dr.", " or Dr ", " or Nurse")):
        return "staff"  # "get them in with Theo or Dr. Achterberg": the provider's colleague
    if before.endswith("(") and _EVENT_BEFORE_PAREN.search(before):
        return "event"  # "White Sunday (Lotu Tamaiti)": a holiday's name in another language
    if before.endswith(" (") and _EXTENSION_PAREN_BEFORE.search(before):
        return "staff"  # "Japanese → ext. 202 (Yuki Nakamura)": who answers an extension
    if s.contains(" are ") and s.lower.rfind(" are ", start - 200 if start > 200 else 0, start) >= 0 and (
            _STAFF_ARE_LIST.search(s.text, start - 200 if start > 200 else 0, start)):
        return "staff"  # "Our CHWs are Losaline Vaipulu, Sereana Naivalu and Ravinesh Chand"
    if norms[-1] in _COMPANY_WORDS and _company_around(s, start, end):
        return "company"  # "masks from Fisher & Paykel"
    if before.endswith((" is ", " are ", " named ", " called ", ": ")) and _ROLE_IS_BEFORE.search(before) and not (
            # (a caller's introduction through an interpreter: "User (via VRS interpreter): Hi, this is Kevin")
            before.endswith(_GREETED_INTRO) and "via " in before):
        return "staff"  # "the lab tech on duty tonight is Corbin"
    if ("by " in before[-12:] or before.endswith(_QUOTE_VERB_ENDS)) and (
            _WORK_BY_BEFORE.search(before)) and not _honorific_at(s, before, start):
        return "author"  # "the 'When Death Is Near' booklet by Barbara Karnes", "Quote Elisabeth Kübler-Ross"
    if after.startswith((" et al", ", et al")) or (
            ("quot" in before or "sayings" in before) and _QUOTES_FROM.search(before)):
        return "author"  # "(Du Toit et al., 2015)", "quotes from Lou Gehrig or Kobe Bryant"
    if s.has("depiction", _DEPICTION_WORD) and _DEPICTED_BEFORE.search(
            s.lower, start - 110 if start > 110 else 0, start):  # (the first name depicted may be 60 characters back)
        return "public figure"  # "The waiting-room mural shows Bhagat Puran Singh and Dalip Singh Saund"
    if after[:6] == ", the " and _LEADER_AFTER.match(after):
        return "public figure"  # "Amata Kabua, the country's first president"
    if (after[:1] in "'’" or after[1:3].lower() in _WORKS_HEADS) and (
            _WORKS_AFTER.match(after.lower()) or _WORKS_LIST_AFTER.match(after)) and (
            not _honorific_at(s, before, start)):
        return "author"  # "Gwendolyn Brooks's poems are on the wall", "Frida Kahlo and Van Gogh prints"
    if before.endswith(" with ") and _VISIT_WITH_BEFORE.search(before) and not before.endswith(_HOME_VISIT_WITH):
        return "provider"  # "... on Thursday at 2 PM with Hannah" (not "Home visit with Mr. Tsosie": the one visited)
    if ", " in before[-2:] and "dr" in before and _PROVIDER_LIST_BEFORE.search(before):
        return "staff"  # "(Dr. Greer, Dr. Chen, Jordan Falk)": one of the practice's people
    if (" or " in before or " and " in before) and (
            _PROVIDER_PAIR_BEFORE.search(before) or _STAFF_PAIR_BEFORE.search(before)):
        return "staff"  # "Dr. Pruitt or Carla will call you": the provider's colleague
    if before.endswith("(") and s.contains(" rep") and _COMPANY_PAREN_BEFORE.search(s.text, max(0, start - 40),
                                                                                     start):
        return "staff"  # "Manufacturer reps: Abbott (Kyle Brandt), Boston Scientific (Marisol Quintero)"
    # (exact gate: the pattern ends with "(" or with a list's joint after one)
    if "(" in before and (before[-1:] == "(" or before.endswith((", ", " and ", " & ", " y "))) and (
            _ROLE_PAREN_BEFORE.search(before)):
        return "staff"  # "Greeter (Sam)", "3. Billing (Ruth) - prior auth status": a squad member's persona
    last = norms[-1]
    if (last in _FIGURE_LAST or " " in last) and (
            " ".join(norms) in PUBLIC_FIGURES or " ".join(norms[-2:]) in PUBLIC_FIGURES
            or " ".join(norms[-3:]) in PUBLIC_FIGURES or s.lower[start:end] in PUBLIC_FIGURES):
        # (the span's own text keeps the particles norms leave out: "Virgen de Guadalupe")
        return "public figure"
    if len(norms) > 2 and norms[1] in _FIGURE_LAST and " ".join(norms[:2]) in PUBLIC_FIGURES:
        return "public figure"  # "Florence Nightingale Volunteer Award": a figure, then what is named for them
    if _hyphen_eponym_part(s, start, end):
        return "eponym"  # "Osgood-Schlatter", "Guillain-Barré": a disease named after two physicians
    if len(norms) > 1 and norms[-1] in _EPONYM_DISEASE_WORDS:
        return "eponym"  # "Lynch_Syndrome_FAQ_2025.pdf": the disease word taken as the name's last word
    if before.endswith(_BOOKED_WITH_ENDS) and not _honorific_led(s, start, end):
        return "staff"  # "Reschedule OT and splint visits with Summer Nakamura" (not "visits with Mr. Tsosie")
    if after[:1] in "'’" and _STAFF_CALENDAR_POSSESSIVE.match(after) and not _honorific_led(s, start, end):
        return "staff"  # "Summer Kline's calendar": whose calendar visits are booked on
    if norms[0] == "eve" and before.endswith(("christmas ", "new year's ", "new years ", "new year’s ")):
        return "holiday"  # "the last appointment on Christmas Eve"
    if before.endswith(_VESSEL_PREFIXES):
        return "vessel"  # "vessels like the F/V Kristine Marie": a boat's name
    if _herbal_formula(s, end, norms):
        return "herbal formula"  # "Gui Pi Tang, Xiao Yao San, Liu Wei Di Huang Wan": Chinese medicine formulas
    if after[:1] in _EPONYM_LEAD:
        rest = after.lower()
        possessive = rest[:1] in "'’"
        if possessive:  # a possessive: "Parkinson's disease", "Graves' disease"
            rest = rest[2:] if rest[1:2] == "s" and not rest[2:3].isalpha() else rest[1:]
        rest = rest.lstrip(" ")  # (not lstrip("'’s "): that ate the "s" of "syndrome", "sign", "scale")
        # exact: the word looked up starts with rest's first character, or that is stripped punctuation
        if rest[:1] in _EPONYM_FIRST and (word := rest.split(" ", 1)[0].strip(".,;:)")) in EPONYM_NEXT and not (
                possessive and word in _OWNED_NEXT) and not before.endswith(_NEWBORN_BEFORE):
            return "eponym"  # ("Baby Nguyen test": a newborn's surname, then a test record)
        if not possessive and _STAGE_RANGE_AFTER.match(after):
            return "eponym"  # "staged with Hurley I–III", "Hurley I–II disease": a classification's stages
        if not possessive and rest.startswith(_JOINT_WORDS) and len(pair := rest.split(" ", 2)[:2]) == 2 and (
                pair[0] in _JOINT_WORDS and pair[1].strip(".,;:)") in _OUTCOME_SCORE_WORDS):
            return "eponym"  # "the Harris Hip Score", "Lysholm knee scale": a joint's outcome score
    if last in EPONYM_DISEASES and after[:2] in ("'s", "’s"):
        return "eponym"  # "the Alzheimer's and Parkinson's caregiver program"
    if after[:1] == " " and len(norms) == 1 and norms[0] not in _lex()[0] and _DOSE_AFTER_NAME.match(after):
        return "product"  # "Concerta 18, 27, 36, 54 mg", "Focalin XR 5–40 mg": a drug and its doses
    if norms[-1] == "karen" and (_PEOPLE_NOUN_AFTER.match(after) or s.has("burma_peoples", _BURMA_PEOPLES)):
        return "language"  # "Many Karen elders", "Karen calls", "(Karen interpreter)": the people of Burma
    if len(norms) == 1 and norms[0] in _PEOPLES_NAMED_LIKE_GIVEN_NAMES and _PEOPLE_NOUN_AFTER.match(after):
        return "language"  # "A Dakota elder in her 80s", "Cheyenne families": a people, not a person
    if before.endswith(("mv ", "m/v ", "m.v. ", "ss ", "hms ", "usns ", "sov ", "ctv ", "osv ", "psv ")) and (
            s.text[start - 2 : start - 1].isupper()):  # (an offshore service or crew transfer vessel: "SOV", "CTV")
        return "vessel"  # "MV Nordic Harmony at berth 9": a ship
    if after[:1] in "'’" and _WORK_OF_AFTER.match(after):
        return _remember_figure(s, norms)  # "Jill Bolte Taylor's book", "Aznavour's \"La Bohème\"": an author or artist
    if after[:1] in " ," and _FIGURE_AFTER.match(after):
        return _remember_figure(s, norms)  # "Chester Nez, one of the original Code Talkers", "... gave their names to"
    if "fan" in before and _FAN_ASKS_BEFORE.search(before):
        return _remember_figure(s, norms)  # "If a fan asks about Nolan Ryan's arm-care routine": a player
    if norms[-1].rsplit("-", 1)[-1] in _HOLIDAY_WORDS:
        return "eponym"  # "Kurban Bajram", "Kannada Rajyotsava": a holiday
    if after[:5] == " here" and not after[5:6].isalpha() and _GREETING_END.search(before):
        return "persona"  # "Hi, Brightline here!", "Hello, Wren here.": the agent or the practice speaking
    if before[-1:] in "(:" and _QUOTE_BY_END.search(before):
        return "public figure"  # "Hold message quote (Paul Farmer): '...'": whom a quote is by
    if before.endswith((" for ", " after ", " of ")) and _NAMED_FOR_BEFORE.search(before):
        return _remember_figure(s, norms)  # "Our outreach award is named for Annie Dodge Wauneka"
    if after[:1] in "'’" and _EXTENSION_AFTER.match(after):
        return "staff"  # "give them Russ Hedlund's extension: 4402"
    if " will " in after[:8] and _SAY_WILL_BEFORE.search(before):
        return "staff"  # "say Silvia will call back", "tell her Hannah will check her history"
    if before.endswith(" with ") and _BOOK_WITH_BEFORE.search(before):
        return "provider"  # "book a speech eval with Megan O'Hare": whom a visit is booked with
    if after[:2] in (" D", " W") and _HOLIDAY_AFTER.match(after):
        return "eponym"  # "Amílcar Cabral Day", "Martin Luther King Jr. Day": a holiday named after someone
    if after[:1] in "'’" and _CLINICIAN_LICENCE_AFTER.match(after):
        return "provider"  # "Colt Ridley's Texas RN license number": a nurse's licence
    if after[:1] in "'’" and _FIGURE_WORK_AFTER.match(after):
        return _remember_figure(s, norms)  # "Paul Bert's work on oxygen toxicity": a scientist and his work
    if (" 1" in after and _HISTORIC_DEED_AFTER.match(after)) or (
            flags & _HAS_NOBEL and _NOBEL_AFTER.match(s.lower, end)):
        return _remember_figure(s, norms)  # "Hans Berger recorded the first human EEG in 1924"
    tail = len(before) - 21 if len(before) > 21 else 0  # no end-anchored phrase below is longer than 20 characters
    # (but "named after the <role>", up to 36)
    if ("named after" in before or "named for" in before) and _NAMED_AFTER_END.search(before, max(0, len(before) - 37)):
        return "eponym"
    if flags & _HAS_HONOUR and ("hono" in before or "чест" in before or "imi" in before or "homenagem" in before
                                 or "benannt" in before) and (
            _HONOUR_OF_END.search(before)):
        # "in honour of", "на честь", "em homenagem a": a room or prize named after them
        return _remember_figure(s, norms)
    figures = s.memo.get("figures")
    if figures and " ".join(norms) in figures:  # type: ignore[operator]
        return "public figure"  # the same figure once more: "... кімната Лесі Українки"
    # (past "(she/her)"; and past the parenthesis a name stands in: "Doña Chayo (Rosario Medina) es nuestra
    # promotora")
    m = _staff_after(_PRONOUN_PAREN.sub("", after, count=1) if after.startswith(" (") else after[1:] if (
        after[:1] == ")" and before[-1:] == "(" and _name_word_before_paren(s, start)) else after)
    if m is not None:  # (past "(she/her)": "Priya Raman (she/her) are our SLPs")
        intro = m.lastgroup
        if intro is None:
            low_after = after.lower().removeprefix(")")  # ("Dad (Rowan Pike) works second shift")
            if cues & (_RELATIVE_BEFORE.bit | _STRONG_BEFORE.bit) and (
                    _DUTY_VERB_AFTER.match(low_after) or low_after.startswith((", is the ", " is the ", " will "))):
                pass  # "wife Joan handles scheduling", "daughter, Karen X, is the backup contact": family, not a job
            elif not _outside_employer_after(after):
                return "staff"  # (not a job elsewhere: "Chantal Dubois works first shift at Dutton Precision Castings")
        if intro == "intro_from":
            if _INTRO_FROM_END.search(before, tail) and not in_caller_turn(s, start):
                return "staff"  # "This is Ava from Riverside": the agent introducing itself
        elif _INTRO_END.search(before, tail) and not in_caller_turn(s, start):
            return "staff"  # "this is Amy speaking": the agent introducing itself
    if not after.isascii() or not before.isascii() or " z " in after[:4] or " de" in after[:4] or (
            after.startswith((" seni ", " sang "))):
        if _FOREIGN_INTRO_END.search(before) and _FOREIGN_FROM_AFTER.match(after) and not in_caller_turn(s, start):
            return "staff"  # "Tu Zosia z Belmont Rodzina", "Це Зося з клініки": the agent introducing itself
    if (after[:1] == "," or after[:3] in (" y ", " e ")) and _STAFF_APPOSITION.match(after) and (
            not cues & _RELATIVE_BEFORE.bit):
        return "staff"
    if "this is" in before and _THIS_IS_END.search(before, tail) and (
            s.has("agent_greeting", _AGENT_GREETING) or "greeting" in s.key_text) and not in_caller_turn(s, start):
        return "staff"  # "Thanks for calling Bright Smiles, this is Mia": the agent's own line
    if before.rstrip(" ,:-—'\"")[-2:] in _INTRO_TAILS and _INTRO_END.search(before, tail) and (
            _greeted_by_agent(s, start)) and not in_caller_turn(s, start):
        return "staff"  # "You've reached ClearTone Audiology. I'm Winnie": the agent introducing itself
    if before.endswith("the ") and after[:1] == " " and s.field != "label" and _ORG_LINE_AFTER.match(after):
        return "organisation"  # "you've reached the Hui Waʻa injury line": the organisation's line
    if after[1:7] == "s line" and _STAFF_LINE_AT_AFTER.match(after):
        return "staff"  # "you're through to Siobhán's line at Riverbend": a staff member's line at the practice
    if before.endswith((" for ", " of ", " at ")) and _AGENT_OF_BEFORE.search(before) and not _honorific_at(
            s, before, start) and not _provider_after(after) and not _PERSONAL_PRONOUN_AFTER.search(after):
        # "You are Karoline, the phone assistant for Ansgar Hjem": whose agent it is (not "the reminder
        # assistant for Rosa Delgado; call her about her insulin": one person's agent)
        return "organisation"
    if before[-6:] in _OPENING_TAILS and _OPENING_END.search(before, len(before) - 25 if len(before) > 25 else 0) and (
            not s.lower.startswith(("mr", "ms"), start)):
        return "organisation"  # "Thanks for calling Valle Verde", "Gracias por llamar a Valle Verde": the practice
    if before.endswith("please call ") and (s.contains("returning your call") or s.contains("calling about your")
                                            or s.contains("this message is from")):
        return "staff"  # "Hi, this is Keystone ... returning your call. Please call Becky at (717) ..."
    if before.endswith(_SPANISH_ORG_ENDS) or (after.startswith(", la cl") and " del " in s.text[start:end]):
        return "organisation"  # "el empaque Tres Robles de Grandview", "Sonrisas del Valle, la clínica dental"
    if after[:1] == " " and len(norms) == 1 and norms[0] not in _lex()[0] and _SIZE_AFTER.match(after):
        return "product"  # "Shiley 3.5 and 4.0 PED cuffless", "Bivona 3.0 neonatal": a device and its sizes
    if s.text.startswith(_SAINT_HEADS, start):
        return "saint"  # "on January 7 (Άγιος Ιωάννης)": a saint's name day; "церква Святих Бориса і Гліба"
    if len(norms) == 1 and norms[0] in _ETHIOPIAN_MONTHS and (
            _DAY_NUMBER_AFTER.match(after) or before[-3:-1].strip().isdigit()) and _ETHIOPIAN_CALENDAR.search(s.lower):
        return "date"  # "Meskerem 1 falls on September 11" (Meskerem is a given name too: "Meskerem 2 weeks ...")
    if len(norms) > 1 and norms[-1] in _EVENT_HEADS:
        return "event"  # "the Windermere Cup is on Opening Day": a race, a trophy, a tournament
    if before.endswith(("sir ", "dame ")) and s.text[start - 4 : start] in ("Sir ", "ame "):
        return _remember_figure(s, norms)  # "Sir Garfield Sobers": a knight, a public figure
    if after.startswith(" General") and not after[8:9].isalpha():
        return "organisation"  # "a ride to Lowell General": a hospital
    if s.text.startswith(_PLACE_HEADS, start) or s.text.endswith(
            _PLACE_HEADS, max(0, start - _PLACE_HEADS_LONGEST), start):
        return "place"  # Vietnamese "Trung Tâm Sông Hương" (the Perfume River Center): an organisation, a river
    if len(norms) > 1 and " ".join(norms) in MULTI_WORD_COUNTRIES:
        return "place"  # "Liberia, Sierra Leone or Guinea"
    if after[:1] == "-" and after[1:2].isdigit() and not any(_is_lex(n) for n in norms):
        return "product"  # "Masimo Rad-57 S/N ...": a device and its model number
    if after[:2] in ("'s", "’s") and before.endswith(("across from ", "next to ", "behind ", "beside ",
                                                      "next door to ", "across the street from ")) and (
            not after[2:3].isalpha()) and not _honorific_at(s, before, start):
        return "place"  # "we're across from Casey's on Main Street": a shop by its owner's name, as a landmark
    if after[:2] in ("'s", "’s") and _OWNED_BUSINESS_AFTER.match(after):
        return "organisation"  # "Hostetler's Dairy donated it": a business named for its owner
    if ("music" in (music_win := s.lower[start - 80 if start > 80 else 0 : start]) or "song" in music_win
            or "playlist" in music_win) and _MUSIC_LEAD.search(music_win) and not _honorific_at(s, before, start):
        # (the gate holds a word of every lead phrase, over the same 80 characters the lead is searched in)
        return _remember_figure(s, norms)  # "Hold music: merengue y bachata (Juan Luis Guerra, ...)": a singer
    if after[:1] == " " and after[1:3] in _FIGURE_THING_HEADS and _FIGURE_THING_AFTER.match(after):
        return _remember_figure(s, norms)  # "a Herb Brooks quote", "a Haile Gebrselassie poster"
    if "named" in before and _THINGS_NAMED_LIST.search(s.lower, max(0, start - 100), start):
        return "thing"  # "Our two activity rooms are named Pedro Álvares Cabral and Vasco da Gama"
    if before.endswith("the ") and after[:1] == " " and _RACE_DISTANCE_AFTER.match(after):
        return "event"  # "The Kuskokwim 300 starts in Bethel", "the Daytona 500": a race
    if before.endswith(("vou chamar o ", "vou chamar a ", "le paso con ", "te paso con ", "la comunico con ",
                        "lo comunico con ", "le comunico con ")):
        return "staff"  # "Vou chamar o Wade Pruitt, ele fala um pouco de português": a colleague called over
    if before.endswith(("połącz z ", "połączyć z ", "przełącz do ")):
        return "staff"  # Polish: "jeśli zadzwoni znowu, połącz z Magdą Stoch" (connect with ...)
    if len(norms) == 1 and after[:1] == " " and _GEO_FEATURE_AFTER.match(after) and not cues & (
            _STRONG_BEFORE.bit | _RELATIVE_BEFORE.bit) and not _honorific_at(s, before, start):
        return "place"  # "the Cheyenne River Reservation", "Eagle Butte": a river, a valley, a town
    if before.endswith((" call ", " for ", " ask ")) and _STAFF_ERRAND_BEFORE.search(before) and (
            not before.endswith(" ask ") or after.startswith(" to call")):
        return "staff"  # "tell her to call Malia", "flag the message for Nadine", "I can ask Nadine to call you"
    if before.endswith(" named ") and _THING_NAMED.search(before):
        return "thing"  # "the 'patient' is a mannequin named Resusci Anne", "a therapy dog named Biscuit"
    if s.text.endswith(("Camp ", "Lake ", "Mount ", "Mt. "), max(0, start - 6), start):
        return "place"  # "Camp Loon Song's infirmary", "Lake Winnipesaukee", "Mount Rainier": a place's name
    if before[-2:-1] in _SAINT_LAST and _SAINT_BEFORE.search(before[-8:]) and not _honorific_at(
            s, before, start):
        return "place"  # "parroquia San Juan Diego", "St. Jude": a church, a town, a hospital
    if before.endswith((" by ", " by ma ", " by cma ", " by rn ", " by lpn ")) and _DONE_BY_BEFORE.search(before):
        return "staff"  # "Collections are done here by MA Tanya Briggs": who does the practice's work
    if before.endswith(("sign in with ", "check in with ", "signs in with ", "checks in with ")) and not _honorific_at(
            s, before, start):
        return "staff"  # "Volunteers sign in with Rosa at the kitchen door": whom they report to
    if before.endswith(("front desk ", "front-desk ", "reception ")):
        return "staff"  # "Front desk Kia Yang and nurse Bao Khang": a title before the name
    if after.startswith((" and ", " & ")) and _PAIR_STAFF_AFTER.match(after):
        return "staff"  # "Lensa Gudina and Abdi Jaarsoo cover Cedar-Riverside": two people's work
    if ("transfer" in before or "forward" in before) and before.rstrip().endswith(" to"):
        return "staff"  # "transfer urgent refill calls to Linh"
    if before.endswith(_HAND_OFF_ENDS) and not _OWN_MATTER_AFTER.match(after) and not _honorific_led(s, start, end):
        return "staff"  # "pass it to Oren", "go straight to Hollis", "leave a message for Drita": whom calls go to
    if after[:5] == " to e" and _STAFF_EXPLAINS_AFTER.match(after) and before.endswith(" for "):
        return "staff"  # "Apgar scores are for Sara to explain"
    if cues & _STAFF_BEFORE.bit and not _PATIENT_END.search(before, tail) and (
            not _PERSON_DETAIL_AFTER.match(after)) and not (
            before.endswith("ask for ") and _CALL_NUMBER_ASK.search(s.lower, max(0, start - 60), start)) and not (
            cues & _STRONG_BEFORE.bit and _BOSS_END.search(before)) and not (
            after[:2] == ", " and _VOCATIVE_GOES_ON.match(after) and _agent_speaker_label(s, start)) and not (
            before.endswith(("workers, ", "workers ", "colleagues, ", "colleagues ")) and _OTHERS_COWORKERS_END.search(
                before)) and not (before.endswith((": ", ":")) and _AUDIENCE_HEADING_END.search(before)):
        # (not a patient's manager: "Theo works at the campus café; his manager, Lindsey Crowther, ...";
        # not someone's own coworkers: "the index case's coworkers, Lupe Ramirez and Teodoro Vance";
        # not whom the agent's turn addresses: "Assistant: Mr. Pellegrino, I've noted ...")
        return "staff"  # (an age or a birth date after the name is a patient's: "Test persona: Ms. X, 94,")
    return None


# An agent's turn label alone before the name on its line: "Assistant: ", "> Agent: ".
_AGENT_SPEAKER_LABEL = lazy_compile(r"[ >*]*(?:assistant|agent|ai|bot) ?: ?(?:(?:mr|mrs|ms|miss|mx)\.? )?")
# A sentence going on after a name set off by a comma: "Mr. Pellegrino, I've noted", "Dana, your ...".
_VOCATIVE_GOES_ON = lazy_compile(r", (?:[a-z]|I[ '’])")


def _agent_speaker_label(s: Scan, start: int) -> bool:
    """The name's line starts with the agent's turn label and nothing else before the name."""
    line = s.line_start(start)
    return start - line <= 22 and _AGENT_SPEAKER_LABEL.fullmatch(s.lower, line, start) is not None


# The head words of a disease named for someone: "Fanconi anemia", "Prader-Willi syndrome".
_DISEASE_HEADS = frozenset({"anemia", "anaemia", "syndrome", "disease", "disorder", "dystrophy", "ataxia", "palsy"})
# A store's possessive name, then where it is: "the Lowe's on Slauson".
_STORE_POSSESSIVE_AFTER = lazy_compile(r"['’]s (?:on|at|in|near|off|by) (?:the )?[A-Z0-9]")
# A store or a site named in capitals, then "on" before a street: "the Safeway on ", "the Walgreens on ".
_STORE_ON_BEFORE = lazy_compile(r"\bthe [A-Z][\w'’&-]+(?: [A-Z][\w'’&-]+)? on $")
# A provider's title and the first part of a double-barrelled surname, before the hyphen: "Dr. Olander-".
_TITLED_FIRST_PART_BEFORE = lazy_compile(r"\b(?:Dr|Dra|Doctor|Prof|NP|PA|RN|Nurse)\.? [A-Z][\w'’]+-$")
# A grade of a classification after its author's name: "Engel Class I", "Angle Class III", "Mallampati class 2".
_CLASS_GRADE_AFTER = lazy_compile(r" [Cc]lass (?:I{1,3}|IV|V|[1-4][a-dA-D]?)\b")
# The end of a quotation and the start of its attribution: a saying's last words and its closing mark (after a
# sentence's end or three words), then "(" or a dash: "... carry about with us.' (", "... single step' (".
_QUOTE_ATTRIBUTION_BEFORE = lazy_compile(r"(?:[.!?]|\w+ \w+ \w+)['\"’”] ?(?:\(|[—–] ?|- )$")
# How every _QUOTE_ATTRIBUTION_BEFORE match ends (a cheap test first: most windows end in a plain space).
_ATTRIBUTION_ENDS = ("(", "- ", "— ", "– ", "—", "–")


# A saint's title right before the name, after a space, a quote or the text's start: "'St. John Vianney".
_SAINT_TITLES = ("san", "santa", "santo", "são", "saint", "st.")
_SAINT_BEFORE = lazy_compile(r"(?:^|[^\w.])(?:" + "|".join(map(re.escape, _SAINT_TITLES)) + r") $")
_SAINT_LAST = frozenset(t[-1] for t in _SAINT_TITLES)  # (the last character of each title: a necessary condition)
# A business named with its owner's possessive: "Hostetler's Dairy", "Nguyen's Pharmacy".
_OWNED_BUSINESS_AFTER = lazy_compile(r"['’]s (?:Dairy|Farm|Farms|Market|Bakery|Diner|Cafe|Café|Restaurant|Pharmacy|"
                                     r"Drug|Drugs|Garage|Hardware|Store|Grocery|Deli|Pizza|Auto|Towing|Funeral Home|"
                                     r"Feed|Orchard|Orchards|Nursery|Bar|Tavern|Inn|Lodge|Landscaping|Plumbing)\b")
# Words that make the name after them a place's, a temple's or a feast's: Vietnamese river, centre,
# hospital, clinic, temple, feast ("Chùa Hương Linh", "Đại lễ Phật Đản"), a Thai or Khmer temple ("Wat ...").
_PLACE_HEADS = ("Sông ", "Trung Tâm ", "Bệnh Viện ", "Phòng Khám ", "Wat ", "Chùa ", "Lễ ", "lễ ",
                # Our Lady and feast days in Portuguese and Spanish: "Nossa Senhora dos Milagres", "Dia de Portugal"
                "Nossa Senhora ", "Nuestra Señora ", "Dia de ", "Día de ", "Día del ", "Festa de ", "Fiesta de ",
                # a room named after someone: "Salle Jean Dupuis", "Salón Rosa Parks", "Sala de Juntas"
                "Salle ", "Salón ", "Sala de ",
                # a town or an island named for a saint in Portuguese: "São Vicente", "São Tomé"
                "São ")
_PLACE_HEADS_LONGEST = max(map(len, _PLACE_HEADS))
# Work the practice's people do, then "by" (and a credential): "Collections are done here by MA ...".
_DONE_BY_BEFORE = lazy_compile(r"\b(?:done|handled|performed|run|managed|collected|answered|covered|staffed)"
                               r"(?: here| on site| onsite)? by (?:ma |cma |rn |lpn )?$")
# A second person, then what the two do for the practice: "Lensa Gudina and Abdi Jaarsoo cover Cedar-Riverside".
_PAIR_STAFF_AFTER = lazy_compile(r" (?:and|&) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} (?:cover|handle|lead|answer|"
                                 # ("Bill Okafor and Hope Marchetti facilitate the Buried in Treasures groups")
                                 r"schedule|manage|staff|supervise|facilitate|co-facilitate|co-lead|run|teach|host)\b")
# Neighbourhoods named "Little <place>" after a city: "Little Kabul", "Little Saigon", "Little Havana".
_LITTLE_PLACES = frozenset({"kabul", "saigon", "havana", "manila", "tokyo", "mogadishu", "odessa", "arabia", "seoul",
                            "dhaka", "addis", "lagos", "istanbul", "yerevan", "armenia", "haiti", "italy",
                            # continents and regions: "the Little Africa business district"
                            "africa", "asia", "india", "persia", "tehran", "beirut", "cairo"})
# The part of a continent before its name: "Central Asia", "sub-Saharan Africa", "Latin America".
_REGION_ENDS = ("central ", "east ", "west ", "north ", "south ", "southeast ", "southern ", "northern ", "eastern ",
                "western ", "sub-saharan ", "latin ", "middle ", "northeast ", "southwest ", "northwest ")
# The months of the Ethiopian calendar, which Ethiopian and Eritrean callers give dates in.
_ETHIOPIAN_MONTHS = frozenset({"meskerem", "tikimt", "tiqimt", "hidar", "tahsas", "tir", "yekatit", "megabit",
                               "miyazya", "miazia", "ginbot", "genbot", "sene", "hamle", "nehase", "nehasse",
                               "pagume", "pagumen"})
_DAY_NUMBER_AFTER = lazy_compile(r" (?:[1-9]|[12]\d|30)\b(?![:.,]\d)")
_ETHIOPIAN_CALENDAR = lazy_compile(r"\b(?:calendar|ethiopian|eritrean|ge['’]?ez|enkutatash|new year)\b")
# A saint's title in Greek, Ukrainian and Russian as the first word of the name (the case forms a parish's
# name takes: "Святих Бориса і Гліба", of Saints Borys and Hlib; "Святого Миколая", of Saint Nicholas).
_SAINT_HEADS = ("Virgen ", "Virgem ", "Άγιος ", "Αγίου ", "Αγία ", "Αγίας ", "Άγιε ", "Святий ", "Святого ",
                "Свята ", "Святої ", "Святих ", "Святой ", "Святая ", "Святителя ", "Преподобного ", "Преподобної ")
# The last word of an event's or a trophy's name: "the Windermere Cup", "the Kentucky Derby".
_EVENT_HEADS = frozenset({"cup", "trophy", "classic", "invitational", "regatta", "derby", "stakes", "bowl",
                          "championships", "relays", "jamboree", "powwow", "rodeo", "marathon", "games",
                          # "Cheyenne Frontier Days", "Karen Martyrs' Day"
                          "frontier", "martyrs"})
# What is made of a famous person: "a Herb Brooks quote", "a signed Gretzky poster".
_FIGURE_THINGS = ("quote", "quotes", "poster", "posters", "portrait", "statue", "mural", "bobblehead", "jersey",
                  "autograph", "biography", "documentary", "song", "songs", "album", "albums", "recording",
                  "recordings", "ballad", "playlist")
# The hold music or a playlist, then its singers in the same sentence ("Hold music is songs by ...").
_MUSIC_LEAD = lazy_compile(r"\b(?:hold music|on-hold music|music on hold|playlist|songs? by|music by)\b"
                           r"[^.!?\n]*$")
_FIGURE_THING_AFTER = lazy_compile(r" (?:" + "|".join(_FIGURE_THINGS) + r")\b")
_FIGURE_THING_HEADS = frozenset(w[:2] for w in _FIGURE_THINGS)  # (a necessary condition on the next word)
# Rooms and other things given people's names, up to the name: "the rooms are named Cabral and ..."
_THINGS_NAMED_LIST = lazy_compile(r"\b(?:rooms|wings|halls|units|buildings|cabins|teams|groups|classrooms|suites|"
                                  r"pods|floors|houses|boats|horses) (?:are|were) (?:all )?named "
                                  r"(?:[\w'’.-]+(?:,| or| and)?\s){0,8}$")
# A race's distance after its name: "the Kuskokwim 300", "the Coca-Cola 600".
_RACE_DISTANCE_AFTER = lazy_compile(r" (?:[1-9]00|1,?000)\b"
                                    r"(?! (?:mg|mcg|ml|units?|patients|people|members|families)\b)")
# A geographic head word after a one-word name: "Cheyenne River", "Hood Canal", "Sunset Valley".
_GEO_FEATURE_AFTER = lazy_compile(r" (?:River|Creek|Lake|Valley|Mountain|Mountains|Mesa|Butte|Canyon|Bay|Springs|"
                                  r"Falls|Canal|Reservation|Pueblo|Island|Islands|Peninsula)\b")
# Whom the agent hands a call or a message to: a member of staff ("tell her to call Malia the same
# day", "flag the message for Nadine", "I can ask Nadine to call you").
_STAFF_ERRAND_BEFORE = lazy_compile(r"\b(?:tell (?:her|him|them|the caller|callers|the patient) to call|"
                                    r"(?:flag|route|forward) (?:the|this|a) (?:message|note|voicemail|"
                                    r"call|request) for|(?:i can|we can|i'll|we'll|let me) ask) $")
# A thing or an animal given a name: "a mannequin named Resusci Anne", "the unit's dog named Scout".
_THING_NAMED = lazy_compile(r"\b(?:mannequin|manikin|dummy|doll|robot|simulator|puppet|dog|puppy|cat|kitten|horse|"
                            r"pony|mascot|teddy bear|bear|rabbit|parrot|goat|chatbot|bot|avatar|boat|ship)s? named $")
# An animal of the practice, named: "Riley is our clinic therapy dog", "Biscuit is the office cat".
_ANIMAL_NAMED = lazy_compile(r"\b([A-Z][a-z]{1,20}) is (?:our|the) (?:[\w-]+ ){0,2}(?:dog|cat|mascot|puppy|horse|"
                             r"rabbit|parrot)\b"
                             # ... or an animal given its name: "a hedgehog named Hazel", "the fish called Bubbles"
                             r"|\b(?:dog|cat|puppy|kitten|horse|pony|rabbit|bunny|parrot|hedgehog|fish|goldfish|bird|"
                             r"turtle|tortoise|hamster|guinea pig|lizard|gecko|snake|llama|goat|mascot) "
                             r"(?:named|called) ([A-Z][a-z]{1,20})\b")


def _animal_names(s: Scan) -> frozenset[str]:
    """The names the text gives the practice's animals (every mention of one is the animal)."""
    found: frozenset[str] | None = s.memo.get("animal_names")
    if found is None:  # once per text
        found = s.memo["animal_names"] = frozenset((m.group(1) or m.group(2)).lower()
                                                   for m in _ANIMAL_NAMED.finditer(s.text))
    return found


def _historic_sentence(s: Scan, start: int, end: int) -> bool:
    """The name's sentence holds a year before 1900: history ("... to Joseph Meister on July 6, 1885")."""
    years: list[int] | None = s.memo.get("historic_years")
    if years is None:  # once per text (most texts hold no 15xx-18xx number at all: a literal-led scan)
        years = s.memo["historic_years"] = [m.start() for m in _HISTORIC_YEAR.finditer(s.text)] if (
            _YEAR_1500_1899.search(s.text)) else []
    if not years:
        return False
    a, b = _sentence_bounds(s, start, end)
    i = bisect_left(years, a)
    return i < len(years) and years[i] < b


def _sentence_has(s: Scan, start: int, end: int, rx: re.Pattern[str]) -> bool:
    """Does the sentence holding text[start:end] match `rx` (lower-cased)?"""
    a, b = _sentence_bounds(s, start, end)
    return rx.search(s.lower, a, b) is not None


def _sentence_bounds(s: Scan, start: int, end: int) -> tuple[int, int]:
    """[a, b) of the sentence (ended by ". ", "; " or a new line) that holds text[start:end]."""
    a = max(s.rfind(". ", 0, start), s.rfind("\n", 0, start), s.rfind("; ", 0, start)) + 1
    b = min(x for x in (s.find(". ", end), s.find("\n", end), s.find("; ", end), len(s.lower)) if x >= 0)
    return a, b


def _in_service_area_sentence(s: Scan, start: int, end: int) -> bool:
    """The name is an item of a list of places in a sentence about the service area."""
    a, b = _sentence_bounds(s, start, end)
    # one answer per sentence: a long sentence full of names is read once, not once per name
    known: dict[tuple[int, int], bool] = s.memo.setdefault("service_area_sentences", {})
    v = known.get((a, b))
    if v is None:
        sentence = s.lower[a:b]
        # (or a list right under a heading about it: "[Service area]\nHarlowton, Judith Gap, Two Dot")
        heading_start = s.rfind("\n", max(0, a - 61), max(0, a - 1)) + 1 if a > 0 and s.text[a - 1] == "\n" else a
        v = known[(a, b)] = ("service area" in sentence or "service area" in s.lower[heading_start:a]) and (
            ", " in sentence or " and " in sentence) and not _PERSON_IN_SENTENCE.search(sentence)
    return v


_PERSON_IN_SENTENCE = lazy_compile(r"\b(?:patients?|pt|callers?|members?|clients?|residents?|mrs?|ms|miss)\b")


# The rest of a name after its first word: further capitalised words ("Văn Sơn", "de la Cruz").
_NAME_REST = lazy_compile(rf"^(?:[ -](?:[{_U}][{_L}'’]*|de|del|la|da|van|von)){{0,4}}")


def _honorific_names(text: str, hits: HitList, rx: re.Pattern[str], reason: str) -> HitList:
    """`hits` with each match of `rx` (an honorific, then the name as group 1) that no hit covers
    and whose name is no ordinary word."""
    for m in rx.finditer(text):
        if not hits.overlaps(m.start(), m.end()) and not _is_word(m.group(1).lower()) and not (
                # ("pani Haliny z działu rozliczeń": past the rest of the name, a department)
                _staff_after(_NAME_REST.sub("", text[m.end() : m.end() + 80]))):
            hits.append(PhiHit(m.start(), m.end(), "NAME", "name", 0.85, reason))
    return hits


def _prose_names(s: Scan, label: bool = False) -> list[PhiHit]:
    hits = _prose_names_raw(s, label)
    if hits and _PLACE_HINT.search(s.text):
        return _drop_places(s, hits)
    return hits


@lru_cache(maxsize=4096)
def compound_word(norm: str) -> bool:
    """Two English words run together and no known name ("lakeview", "harborlight", "millbrook"):
    the coinage of a place, a clinic or a product, not a surname."""
    if len(norm) < 7 or not norm.isalpha() or _is_lex(norm):
        return False
    words = english_words()
    return any(norm[:i] in words and norm[i:] in words for i in range(3, len(norm) - 2))


def _drop_places(s: Scan, hits: list[PhiHit]) -> list[PhiHit]:
    """Hits inside a city name ("San Jose", "Fort Worth"), unless an honorific made them or the
    name goes on past the city with a surname ("Charlotte Nguyen", "Tyler Brooks": given names
    that are also cities)."""
    places = [m.span() for m in _PLACE_RE.finditer(s.text)]
    if not places:
        return hits
    place_set = SpanSet(places)
    place_spans = set(places)  # (a membership test per hit, not a walk over every place: linear time)
    # (a relative or patient word right before it makes it a person: "Her grandson Tyler picks up ...")
    # (a caller introducing themselves with an initial: "user: hey it's Tyler O., I pulled ...")
    return [h for h in hits if "honorific" in h.reason or not place_set.overlaps(h.start, h.end)
            or _name_beyond_place(s, h, places) or _given_name_before_place(s, h, place_spans) or (
                h.reason.startswith("initial") and _CALLER_INTRO_END.search(s.lower, max(0, h.start - 30), h.start)
                and in_caller_turn(s, h.start))
            or _tail_cues(s.lower[max(0, h.start - 30) : h.start]) & (_STRONG_BEFORE.bit | _RELATIVE_BEFORE.bit)]


_NOT_GIVEN_BEFORE_PLACE = frozenset({"north", "south", "east", "west", "new", "old", "little", "greater", "downtown",
                                     "upper", "lower", "fort", "port", "lake", "mount", "saint", "san", "santa",
                                     "central", "metro", "city", "county", "will", "grand", "great"})


def _given_name_before_place(s: Scan, h: PhiHit, place_spans: set[tuple[int, int]]) -> bool:
    """A two-word name whose surname is a city's name, after a given name ("Summer Jackson", "Tom Austin"):
    a place is never written after a given name (not "North Jackson", "Greater Houston")."""
    words = s.text[h.start : h.end].split()
    if len(words) != 2 or (h.end - len(words[1]), h.end) not in place_spans:
        return False
    first = words[0].lower()
    return first not in _NOT_GIVEN_BEFORE_PLACE and (first in _lex()[0] or first in NAME_LIKE_WORDS)


def _name_beyond_place(s: Scan, h: PhiHit, places: list[tuple[int, int]]) -> bool:
    """Does `h` hold, outside every city span, a word that can only be a name (a lexicon name or an
    unknown word, not an ordinary, name-like or place word)?"""
    rest = s.text[h.start : h.end]
    for a, b in places:
        if a < h.end and h.start < b:
            lo, hi = max(a, h.start) - h.start, min(b, h.end) - h.start
            rest = rest[:lo] + " " * (hi - lo) + rest[hi:]
    for w in rest.split():
        norm = w.strip(".,'’").lower()
        if len(norm) > 1 and norm not in NAME_LIKE_WORDS and not _is_word(norm) and norm not in US_STATES and (
                norm not in COUNTRIES and norm not in ORG_WORDS and not compound_word(norm)) and (
                _is_lex(norm) or norm not in english_words()):  # ("Denver Broncos": a team)
            return True
    return False


# A relative named with a kin title: "Aunt Bernice", "Grandma Eudora's nurse callbacks", "tía Lupe".
# Relatives' names are identifiers too (PHI_POLICY.md); the title itself is no part of the span.
_KIN_TITLE = r"(?:aunt(?:ie|y)?|uncle|grand(?:ma|pa)|granny|nana|cousin|t[íi][ao]|abuel(?:it)?[ao])"
_KIN_TITLE_HINT = lazy_compile(r"\b" + _KIN_TITLE + r" ")
_KIN_TITLED_RE = lazy_compile(r"\b(?i:" + _KIN_TITLE + rf") ([{_U}][{_L}]+(?:-[{_U}][{_L}]+)?)(?![\w-])")
_KIN_TITLED_ORG_NEXT = ORG_WORDS | {"inc", "llc", "co", "corp", "ltd", "foundation", "brand", "brands"}
_KIN_TITLED_FIGURES = frozenset({"uncle sam", "aunt jemima", "uncle ben", "grandma moses", "aunt flo", "cousin itt",
                                 "uncle tom"})


def _kin_titled_names(s: Scan) -> list[PhiHit]:
    found: list[tuple[str, PhiHit]] = []
    staff: set[str] = set()
    for m in _KIN_TITLED_RE.finditer(s.text):
        norm = m.group(1).lower()
        titled = s.lower[m.start() : m.end()]
        if (_is_word(norm) and not _is_lex(norm)) or titled in PUBLIC_FIGURES or titled in _KIN_TITLED_FIGURES:
            continue  # "Aunt Flo", "Uncle Sam": a word or a figure, not a relative
        nxt = s.lower[m.end() : m.end() + 24].split(None, 2)[:1]
        word = nxt[0].strip(".,") if nxt else ""
        if word.endswith(("'s", "’s")):
            word = word[:-2]  # (only the possessive: "services" keeps its s)
        if word in _KIN_TITLED_ORG_NEXT:
            continue  # "I work for Aunt Bertha Inc", "Aunt Bertha Services": a company
        if _staff_after(s.lower[m.end() : m.end() + 60]) or _staff_after(
                _NAME_REST.sub("", s.text[m.end() : m.end() + 80], count=1).lower()):
            # "Aunty Noe at the front desk can open slots", "Aunty Malia Kealamakia leads lomilomi": staff
            # called by a kin title of respect, and so is every other mention of that title and name
            staff.add(norm)
            continue
        found.append((norm, PhiHit(m.start(1), m.end(1), "NAME", "name", 0.85, "a relative named with a kin title")))
    return [hit for norm, hit in found if norm not in staff]


# Reasons that name one of the practice's people: the same name later in the text is that person too.
_NAMES_THE_WORKFORCE = frozenset({"provider", "staff"})
# Whom a note is written for, as its heading: "Note for counselors: Mr. Nwachukwu calls on ..." (the audience).
_AUDIENCE_HEADING_END = lazy_compile(r"\b(?:note|notes|message|reminder|tip|tips|heads-up|heads up|info|guidance)"
                                     r" (?:for|to) (?:the |our |all )?[\w -]{2,30}:\s?$")
# Someone's own coworkers (a patient's contacts, not the practice's people): "her coworkers", "the case's colleagues".
_OTHERS_COWORKERS_END = lazy_compile(r"(?:\b(?:her|his|their|my|your)|['’]s) (?:co-?workers|colleagues),? $")
# What joins the next item of a list to a name: "A and B", "A (Russian) or B", "A, B".
# (a short word note between, no digits or commas: "(Russian)", not "(high-risk twins, 31 wks)")
_LIST_JOIN = lazy_compile(r"(?: \([^\W\d][^()\n\d,;]{0,24}\))?(?:,? (?:and|or|&) |, )")


def _note_workforce_end(s: Scan, end: int) -> None:
    """Remember where a name set aside as the practice's (staff, provider) ends, for the next list item."""
    s.memo.setdefault("workforce_ends", []).append(end)


def _joined_to_workforce(s: Scan, start: int) -> bool:
    """Is the name the next item of a list whose previous item was set aside as the practice's people?"""
    ends = s.memo.get("workforce_ends")
    if not ends:
        return False
    prev = ends[-1]
    return start - prev <= 40 and _LIST_JOIN.fullmatch(s.text, prev, start) is not None


def _prose_names_raw(s: Scan, label: bool = False) -> list[PhiHit]:
    text = s.text
    hits: list[PhiHit] = []  # indexed (HitList) only once a later pass asks about overlaps
    providers: set[str] = set()
    # The run, initials, honorific, vocative, attribution and speaker patterns all need a capital
    # ([_U] or [A-Z]); a text that lower-casing leaves unchanged has none, but for a few capitals
    # that have no lower-case form.
    upper = s.lower != text or (not text.isascii() and any(c in text for c in _CASELESS_CAPITALS))
    for run in _RUN_RE.finditer(text) if upper else ():
        word0 = run[0]
        if " " not in word0:
            lone = _lone_run(word0)
            if lone is None:
                continue  # the usual case: a capitalised sentence starter ("Please", "The")
            if lone is not _GENERAL:
                hit = _judge_lone(s, run.start(), lone, providers, label)
                if hit is not None:
                    hits.append(hit)
                continue
        steps = _run_steps(word0)
        if not steps:
            continue
        rs = run.start()
        for kind, first, end, caps, norms, honor, n_init, lex, name_like, foreign, recognizer in steps:
            if kind == _PLAN_PROVIDER:
                providers.update(norms)  # "Dr. Jane Smith": Smith is a provider everywhere in the text
                continue
            if providers and not honor and any(n in providers for n in norms):
                continue
            hit = _judge_segment(s, rs + first, rs + end, caps, norms, honor, n_init, lex, name_like, foreign,
                                 providers, label, recognizer)
            if hit is not None:
                hits.append(hit)
    if providers:
        s.memo["workforce_names"] = providers  # the later passes' lists name the same people ("Only Kristen or Jamal")
    if upper and text.count(".") > 1 and _INITIALS_HINT.search(text):  # the hint holds two dots
        hits.extend(_initials(s))
    if upper and _KIN_TITLE_HINT.search(s.lower):
        hits = _with(hits, _kin_titled_names(s))
    if (" and " in text or " or " in text or " & " in text) and _lists_possible(text):
        hits = _with_pass(s, hits, _name_lists)
    if text.islower():
        hits.extend(_lowercase_names(s))
    if _LOWER_INTRO_HINT.search(s.lower) and _LOWER_INTRO_RE.search(text):
        hits = _with(hits, _lowercase_intro_names(s, hits))
    if not text.islower() and upper and _CAPS_PAIR_HINT.search(text):
        hits = _with_pass(s, hits, _caps_names)
    # (not an elif: a text with a heading in capitals may still write "ms. Hallorann")
    if not text.islower() and upper and (
            (("mr" in s.lower or "ms" in s.lower) and ("mr" in text or "ms" in text or "miss" in text))
            or _FOREIGN_HONORIFIC_HINT.search(text)):
        # (the pattern is case-sensitive: it needs one of its honorifics written in lower case)
        for m in _MIXED_HONORIFIC_RE.finditer(text):
            if text.endswith("Sư ", max(0, m.start() - 3), m.start()):
                continue  # "Sư cô Diệu Liên": a Buddhist nun (cô is part of her title)
            if text.endswith(("chuyển cho ", "chuyển sang ", "nối máy cho "), max(0, m.start() - 12), m.start()):
                continue  # "nếu gọi lại, chuyển cho chị Hồng": whom a call is transferred to, staff
            if not _is_word(m.group(1).lower()) and not _staff_after(_NAME_REST.sub("", text[m.end() : m.end() + 80])):
                # ("anh Đàng Văn Sơn (thông dịch viên, ...)": past the rest of the name, a staff role)
                hits = _indexed(hits)
                if not hits.overlaps(m.start(), m.end()):
                    hits.append(PhiHit(m.start(), m.end(), "NAME", "name", 0.85, "honorific followed by a name"))
    if upper and (text.find(", ", 0, 25) >= 0 or "say" in text or "said" in text or "asked" in text or "wrote" in text):
        hits = _with_pass(s, hits, _vocatives_and_quotes)
    if upper and ":" in text and ("\n" in text or ": " in text[:40]):
        hits = _with_pass(s, hits, _speaker_labels)
        # (a test chat's single agent turn too: "assistant: Got it, Marisela. Your physical is ...")
        if "\n" in text or s.lower.lstrip("> *").startswith(("agent", "assistant", "bot", "ai", "receptionist")):
            hits = _with_pass(s, hits, _agent_vocatives)
    if upper and ", " in text and _INITIAL_AFTER_COMMA.search(text):
        hits = _with_pass(s, hits, _surname_initials)
    if upper and ", " in text and _SURNAME_GIVEN_ENTRY.search(text):
        hits = _with_pass(s, hits, _surname_given_entries)
    if upper and ", " in text and _CAPS_SURNAME_GIVEN.search(text):
        hits = _with_pass(s, hits, _caps_surname_given_entries)
    if upper and s.has_digit and (", " in text or " (" in text) and _AGE_APPOSED_HINT.search(text):
        hits = _with_pass(s, hits, _names_with_age)
    if not text.isascii() and _CJK_HONORIFIC_HINT.search(text):
        hits = _indexed(hits)
        hits.extend(_cjk_names(s, hits))
    if "M. " in text and not text.isascii() and _FRENCH_LETTERS.search(text):
        hits = _honorific_names(text, _indexed(hits), _FR_MONSIEUR_RE, "French honorific followed by a name")
    if "D. " in text and not text.isascii() and _PORTUGUESE_LETTERS.search(text):
        hits = _honorific_names(text, _indexed(hits), _PT_DONA_RE, "Portuguese honorific followed by a name")
    if not text.isascii() and _POLISH_LETTERS.search(text):
        hits = _honorific_names(text, _indexed(hits), _PL_HONORIFIC_RE, "Polish honorific followed by a name")
    if not text.isascii() and _HANGUL_HINT.search(text):
        hits = _indexed(hits)
        hits.extend(_korean_names(s, hits))
        if "님" in text or "씨" in text:
            hits = _honorific_names(text, hits, _KO_ROMAN_TITLED_RE, "a romanised name before a Korean honorific")
    if not text.isascii() and SCRIPT_HINT.search(text):
        hits = _indexed(hits)
        hits.extend(script_names(s, hits))
    return _drop_personas(s, hits) if hits else hits


# Chinese and Japanese names are written without spaces and marked by an honorific after them
# (王秀英女士, 李先生, 田中さん, 佐藤様). One to three Han characters before it; "们" after makes it a
# plural ("女士们", ladies) and a workforce title before the honorific (医生, 护士) is not a name.
_CJK_HONORIFIC_HINT = lazy_compile(r"[先女小太夫さ様患病姓婆公伯生姨嬸叔我的电電用测測]|[\u4e00-\u9fff]['’]s "
                                   r"|[\u4e00-\u9fff] (?i:calls|phones|rings|texts)\b")
# "患者：王秀英", "姓名: 李伟": a patient or name label, then a name starting with a common surname.
# Without word spaces the name ends at punctuation when that comes within three characters;
# otherwise two characters (surname and a one-character given name) are taken.
_CJK_CUED_NAME_RE = lazy_compile(
    r"(?:患者|病人|病患|姓名)\s?[：:]?\s?([\u4e00-\u9fff]{2,3}(?=[，,。、；;\s（(]|$)|[\u4e00-\u9fff]{2})")
_CJK_NAME_RE = lazy_compile(r"([\u4e00-\u9fff]{1,3})(?:先生|女士|小姐|太太|夫人|さん|様|さま)(?!们)")
_CJK_NOT_NAME = ("医生", "护士", "各位", "这位", "那位", "一位", "患者", "病人", "客", "皆", "先生们", "家族")
# Common Chinese surnames: where one stands among the characters before the honorific, the name
# starts there ("如果王秀英女士" -> 王秀英女士); without one, the last two characters are taken.
_CN_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
                         "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱"
                         "严覃武戴莫孔向汤"
                         # the same surnames in traditional characters (Cantonese-speaking callers)
                         "張劉陳楊黃趙吳鄭謝韓馮鄧許蔣葉蘇呂盧鍾譚陸賈韋鄒龍陶賀顧龔萬錢嚴湯羅孫馬")
# Cantonese forms of address after a one-character surname: "梁生" (Mr. Leung), "陳太" (Mrs. Chan),
# "黃伯" (old Mr. Wong), "馮婆婆" (Granny Fung), "何姨" (Auntie Ho).
_SHENG_WORDS = frozenset("病日活產产命意氣气長长效")
_CANTONESE_ADDRESS_RE = lazy_compile(r"([\u4e00-\u9fff])(婆婆|公公|伯伯|生|太|伯|姨|嬸|叔)(?![\u4e00-\u9fff]*[们們])")


# Japanese names written with a space between surname and given name, or in katakana, before the
# honorific: "石川 真理子 様", "ナカムラ アキコ様" (not a katakana word such as "ユーザー様", user).
_JA_NAME_RE = lazy_compile(r"(?:[\u4e00-\u9fff]{1,3}[ \u3000][\u4e00-\u9fff\u3040-\u309f]{1,3}"
                           r"|[\u30a1-\u30fa\u30fc]{2,8}(?:[ \u3000・][\u30a1-\u30fa\u30fc]{2,8})?)"
                           r"[ \u3000]?(?:様|さん|さま)")
_JA_NOT_NAME = ("ユーザー", "ゲスト", "カスタマー", "メンバー", "スタッフ", "オーナー", "ドクター", "ナース",
                "クライアント", "ファミリー", "パートナー")


# Kana mark a text as Japanese, where 先生 is a doctor's or teacher's title, not "Mr."
_KANA = lazy_compile(r"[\u3040-\u30ff]")
# A Japanese staff role, then the name: "受付担当は" (the receptionist is), "院長の" (the director), "看護師の".
_JA_STAFF_BEFORE = lazy_compile(r"(?:受付|担当|院長|医師|看護師|スタッフ|薬剤師|事務)(?:は|の|：|:)$")


def _cjk_names(s: Scan, found: HitList) -> list[PhiHit]:
    out = HitList()
    for m in _JA_NAME_RE.finditer(s.text):
        if m.group(0).startswith(_JA_NOT_NAME) or found.overlaps(m.start(), m.end()):
            continue
        out.append(PhiHit(m.start(), m.end(), "NAME", "name", 0.8, "Japanese name with an honorific"))
    japanese = _KANA.search(s.text) is not None
    for m in _CJK_NAME_RE.finditer(s.text):
        han = m.group(1)
        if any(w in m.group(0) for w in _CJK_NOT_NAME):
            continue
        if japanese and (m.group(0).endswith("先生") or _JA_STAFF_BEFORE.search(s.text, max(0, m.start() - 8),
                                                                               m.start())):
            continue  # "荒川恵子先生" in Japanese is the doctor; "受付担当は美加さん" the receptionist
        lead = next((i for i, ch in enumerate(han) if ch in _CN_SURNAMES), max(0, len(han) - 2))
        start = m.start() + lead
        if found.overlaps(start, m.end()) or out.overlaps(start, m.end()):
            continue
        out.append(PhiHit(start, m.end(), "NAME", "name", 0.8, "Chinese or Japanese name with an honorific"))
    for m in _CANTONESE_ADDRESS_RE.finditer(s.text):
        if m.group(2) == "生" and s.text[m.end() : m.end() + 1] in _SHENG_WORDS:
            continue  # "王生病" (Wang is ill), "生日" (birthday): 生 begins another word
        glued = m.start() > 0 and "\u4e00" <= s.text[m.start() - 1] <= "\u9fff"  # inside a longer word
        if m.group(1) in _CN_SURNAMES and not glued and not found.overlaps(m.start(), m.end()) and (
                not out.overlaps(m.start(), m.end())):
            out.append(PhiHit(m.start(), m.end(), "NAME", "name", 0.75, "Cantonese surname with a form of address"))
    # "新病人：林文静医生" (Dr. Lin, after "new patients:"): a staff title after the name is no patient's
    _cn_cued_names(s, found, out, _CJK_CUED_NAME_RE, "Chinese name after a patient or name label", staff_check=True)
    _cn_cued_names(s, found, out, _CN_KIN_RE, "Chinese name with a relative or a call", staff_check=True)
    _cn_cued_names(s, found, out, _CN_SELF_RE, "Chinese name the caller gives as theirs or kin's", staff_check=False)
    return out


def _cn_cued_names(s: Scan, found: HitList, out: HitList, rx: re.Pattern[str], why: str,
                   staff_check: bool) -> None:
    """Adds to `out` the names `rx` captures (in its last matched group) that start with a common
    Chinese surname and overlap no hit so far."""
    for m in rx.finditer(s.text):
        g = m.lastindex or 1
        start, end = m.span(g)
        if staff_check and _CN_STAFF_AFTER.match(s.text, end):
            continue
        if m.group(g)[0] in _CN_SURNAMES and not found.overlaps(start, end) and not out.overlaps(start, end):
            out.append(PhiHit(start, end, "NAME", "name", 0.75, why))


# A staff title within a character or two after a name: "林文静医生" (Dr. Lin Wenjing).
_CN_STAFF_AFTER = lazy_compile(r"[\u4e00-\u9fff]?(?:医生|医师|大夫|护士|主任|老师|药师|院长)")
# "王建国的女儿" (Wang Jianguo's daughter), "如果陈美玲打电话" (if Chen Meiling calls).
_CN_KIN_RE = lazy_compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3}?)(?:的(?:女儿|儿子|妻子|丈夫|老公|老婆|太太|妈妈|"
                          r"爸爸|母亲|父亲|家人|孙女|孙子)|打电话|来电|打來|致电)"
                          r"|(?:如果|若|假如)([\u4e00-\u9fff]{2,3}?)(?:再|又)?(?:打电话|来电|打來|致电)"
                          # a relative named after the kin word: "我老公陳家豪" (my husband Chan Ka-ho)
                          r"|(?:老公|老婆|丈夫|妻子|太太|女儿|女兒|儿子|兒子|妈妈|媽媽|爸爸|阿媽|阿爸|母亲|母親|父亲|父親)"
                          r"([\u4e00-\u9fff]{3}|[\u4e00-\u9fff]{2}(?=[，,。、；;\s]|$))"
                          # a test caller: "用王芳测试" (test with Wang Fang)
                          r"|用([\u4e00-\u9fff]{2,3}?)(?:来|來)?(?:测试|測試)"
                          # an English sentence around a Chinese name: "if 葉文傑 calls again"
                          r"|(?i:\bif )([\u4e00-\u9fff]{2,4}) (?i:calls|phones|rings|texts)\b"
                          # ... and with an English possessive: "Note from 王子豪's parents"
                          r"|(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})['’]s (?:parents?|mom|mother|dad|father|"
                          r"daughter|son|wife|husband|family|grandmother|grandfather|grandma|grandpa|appointment|"
                          r"medications?|refill|inhaler|labs?|results?)\b")
# "我是刘佳的老公" (I'm Liu Jia's husband), "我叫王秀英" (my name is Wang Xiuying), Cantonese "我係陳太"
# (I'm Mrs. Chan).
_CN_SELF_RE = lazy_compile(r"我(?:是|叫|係)([\u4e00-\u9fff]{2,3}?)(?:的(?:老公|丈夫|妻子|老婆|太太|女儿|儿子|妈妈|"
                           r"爸爸|母亲|父亲|家人|孙女|孙子|女婿|儿媳)|[，,。！!？?\s]|$)")


# Korean names: a surname syllable and one or two more, after a patient or name label ("환자 김민지",
# "성함: 박서준") or before an honorific or kinship title ("이순자님", "이순자 할머니", "김민지 씨").
_HANGUL_HINT = lazy_compile(r"[\uac00-\ud7a3]")
# A Korean name with an English patient cue before it or a kinship note after it, as labels write
# them: "Somang – TEST (pt 오영숙)", "Family line – 박정호 (아들)" (son).
_KO_NOTED_RE = lazy_compile(r"\b(?:pt|patient)\.? ([\uac00-\ud7a3]{2,4})(?![\uac00-\ud7a3])"
                            r"|(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,4}) ?\((?:아들|딸|어머니|아버지|남편|아내|"
                            r"엄마|아빠|할머니|할아버지|손자|손녀|환자|보호자)\)")
# A name label may take its topic particle and the name its copula or particle: "제 이름은 한영수고요",
# "환자 이순자입니다", "성함: 박서준이에요".
_KO_LABELED_RE = lazy_compile(r"(?:환자|보호자|성함|이름|수진자)(?:은|는|이|가)?\s?[:：]?\s?([\uac00-\ud7a3]{2,3})"
                              r"(?:(?![\uac00-\ud7a3])|(?=(?:이에요|예요|입니다|이고요|고요|이고|인데요|이라고|라고|"
                              r"이요|요|님|씨)(?![\uac00-\ud7a3])))")
# A name before an honorific or a kinship title ("이순자 님", "김민지 씨", "이순자 할머니"), or before the
# caller's own kinship to that person ("저 윤정희 딸인데요": I'm Yun Jeong-hui's daughter).
_KO_TITLED_RE = lazy_compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,3})"
                           # ("김서연 고객님": Kim Seo-yeon, the customer; "회원님": the member)
                           r"(?:\s?님|\s?씨|\s(?:할머니|할아버지|어르신|환자분|어머님|아버님|고객님|회원님)|"
                           r"\s(?:딸|아들|며느리|사위|남편|아내|손녀|손자|어머니|아버지|엄마|아빠)"
                           r"(?:인데요|입니다|이에요|예요|이고|이요|$|\s|[,.]))")
# A caller naming themselves after a greeting or "저는": "안녕하세요, 박현우입니다" (hello, this is Park Hyun-woo).
_KO_SELF_RE = lazy_compile(r"(?:안녕하세요[,.!]?\s?|저는\s)([\uac00-\ud7a3]{2,3}?)"
                          r"(?:입니다|이에요|예요|인데요|이고요|이고)")
# A surname alone before a title of age: "문 할아버지" (Grandpa Moon), "최 할머니".
_KO_SURNAME_TITLED_RE = lazy_compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]\s(?:할머니|할아버지|어르신))")
# An example cue just before: "예:" (e.g.), "예시", "예를 들어", "예컨대".
_KO_EXAMPLE_BEFORE = lazy_compile(r"(?:예\s?[:：]|예시|예를 들어|예컨대|보기)[^.。\n]{0,12}$")
# A job title before a name names a public person or staff: "배우 윤여정 씨" (the actress), "간호사 김민지 님".
_KO_ROLE_BEFORE = ("배우", "가수", "선생님", "간호사", "의사", "기사", "기사님", "약사", "원장", "원장님", "직원",
                   "통역사", "코디네이터", "사회복지사", "상담사", "작가", "시인", "감독", "대통령", "교수", "교수님",
                   "목사", "목사님", "신부님")
_KO_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유"
                         "남심노하곽성차주우구민진나지엄변채원천방공현함염여추도소"
                         "석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부")
# Titles and nouns that take 님/씨 but name nobody ("선생님" doctor/teacher, "고객님" customer).
_KO_NOT_NAME = ("선생", "고객", "환자", "보호자", "어머", "아버", "회원", "여러분", "교수", "원장",
                "간호사", "의사", "실장", "팀장", "부장", "과장", "사장", "담당자", "직원", "상담사", "기사",
                # "우리 딸" (our daughter), "저희", "친구" (friend), "이분/그분" (this/that person)
                "우리", "저희", "친구", "이분", "그분", "저분")


def _ends_before(text: str, at: int, ends: tuple[str, ...]) -> bool:
    """`text[:at].rstrip().endswith(ends)` without copying the text before `at`."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text.endswith(ends, 0, at)


# A name in Latin letters before the Korean honorific: "안녕하세요 Soo-ah 님", "Minjun씨".
_KO_ROMAN_TITLED_RE = lazy_compile(r"(?<![\w-])([A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?)?)"
                                   r"(?= ?(?:님|씨)(?![\uac00-\ud7a3]))")


def _korean_names(s: Scan, found: HitList) -> list[PhiHit]:
    out = HitList()
    for rx, conf, why in ((_KO_LABELED_RE, 0.75, "Korean name after a patient or name label"),
                          (_KO_TITLED_RE, 0.8, "Korean name with an honorific or kinship title"),
                          (_KO_SELF_RE, 0.8, "Korean name a caller gives as their own"),
                          (_KO_SURNAME_TITLED_RE, 0.7, "Korean surname with a title of age"),
                          (_KO_NOTED_RE, 0.75, "Korean name with a patient or kinship note")):
        for m in rx.finditer(s.text):
            g = m.lastindex or 1
            name = m.group(g)
            a, b = m.span(g)
            if name[0] not in _KO_SURNAMES or name.endswith(_KO_NOT_NAME) or name in _KO_NOT_NAME:
                continue
            if _ends_before(s.text, a, _KO_ROLE_BEFORE):
                continue  # "배우 윤여정 씨": an actress; "간호사 김민지 님": a nurse
            if _KO_EXAMPLE_BEFORE.search(s.text, max(0, a - 15), a):
                continue  # "(예: '김 어르신')": an example of how to address elders
            if found.overlaps(a, b) or out.overlaps(a, b):
                continue
            out.append(PhiHit(a, b, "NAME", "name", conf, why))
    return out


def _indexed(hits: list[PhiHit]) -> HitList:
    return hits if isinstance(hits, HitList) else HitList(hits)


# What the later passes are given to test overlaps against when nothing was found yet (they only
# read it); never added to.
_NO_HITS = HitList()


def _with_pass(s: Scan, hits: list[PhiHit], later_pass: Callable[[Scan, HitList], list[PhiHit]]) -> list[PhiHit]:
    """`hits` followed by what `later_pass` finds, given the hits so far (indexed) to test overlaps."""
    if not hits:
        return _with(hits, later_pass(s, _NO_HITS))  # (_NO_HITS is only read, never added to)
    seen = _indexed(hits)
    return _with(seen, later_pass(s, seen))


def _with(hits: list[PhiHit], new: list[PhiHit]) -> list[PhiHit]:
    """`hits` followed by `new` (indexed, for the passes after, when anything was added)."""
    if new:
        hits = _indexed(hits)
        hits.extend(new)
    return hits


_T_PARTICLE, _T_STOP, _T_INITIAL, _T_ORG, _T_DOT = 1, 2, 4, 8, 16
_T_LEX, _T_NAME_LIKE, _T_ONE, _T_FOREIGN = 32, 64, 128, 256
_T_LOWER, _T_ORG_WORD, _T_HONOR, _T_TITLE = 512, 1024, 2048, 4096
# An institution's name that is also a surname ("Mrs. Kettering", "Mr. Abbott"), or a common surname
# that is also an English word ("Mrs. Park", "Mr. Hang"): a name after an honorific.
_T_INSTITUTION = 8192
# Korean, Hmong, Vietnamese and Chinese surnames that are English words: "Mrs. Park", "Mr. Chue Her" (a
# Hmong clan name), "Mrs. Hang", "Ms. Do" (Đỗ), "Mr. Wing".
_WORD_SURNAMES = frozenset({"park", "hang", "her", "do", "wing", "song", "moon", "sun", "bang", "fang", "kong"})
_T_DOUBLE_SURNAME = 16384  # two lexicon surnames joined by a hyphen ("Delacroix-Nguyen"): a surname in a name
# A given name of the lexicon that is no surname or English word ("Jocelyn", "Elijah"), and a capitalised organisation
# word that is a common surname ("Park", "Ward"): together, a person ("Eunice Park", "Kenji Ward"), not a
# park or a hospital ward, unless another organisation word follows ("Jocelyn Park Road").
_T_GIVEN, _T_ORG_SURNAME = 32768, 65536
_ORG_SURNAMES = frozenset({"park", "ward"})
# A place word before such a name, and the places listed after it ("from Queets, Amanda Park").
_PLACE_LIST_BEFORE = lazy_compile(r"\b(?:from|at|in|near|around)(?: the)?"
                                  r"(?: [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?(?:,| or| and))* $")


@lru_cache(maxsize=8192)
def _tok_info(word: str) -> tuple[str, int]:
    """A run token's lower-cased form (dots stripped) and what it can do in a name.

    _T_PARTICLE: a lower-case particle ("van", "de"); _T_STOP: a word that closes a name (an
    ordinary word, an organisation word, a title or honorific); _T_INITIAL: a capital initial;
    _T_ORG: an organisation word written capitalised; _T_DOT: a word ending a sentence;
    _T_LEX: in the name lexicon; _T_NAME_LIKE: a name that is also a word; _T_ONE: one letter;
    _T_FOREIGN: a letter above 0x7F; _T_LOWER: all lower-case; _T_ORG_WORD: an organisation
    word however written; _T_HONOR, _T_TITLE: an honorific, a provider title. Keyed by one
    token: the vocabulary repeats across texts.
    (`word.lower().rstrip(".")` equals `word.rstrip(".").lower()`: no character lower-cases to
    one containing a dot.)
    """
    norm = word.lower().rstrip(".")
    title = norm in PROVIDER_TITLES
    flags = 0
    if norm in _PARTICLES and word.islower():
        flags |= _T_PARTICLE
    # (a one-letter word with a dot is an initial, not the article or pronoun: "pt A. Ejiofor")
    if (_is_word(norm) and not (len(norm) == 1 and word.endswith("."))) or norm in ORG_WORDS or (
            title or norm in HONORIFICS):
        flags |= _T_STOP
    if len(norm) == 1 and word[0].isupper():
        flags |= _T_INITIAL
    if norm in ORG_WORDS and not word.islower():
        flags |= _T_ORG
    if word.endswith(".") and len(norm) > 1:
        flags |= _T_DOT
    if _is_lex(norm):
        flags |= _T_LEX
    elif "-" in norm and all(p in _lex()[1] for p in norm.split("-")):
        flags |= _T_DOUBLE_SURNAME
    if norm in NAME_LIKE_WORDS:
        flags |= _T_NAME_LIKE
    if len(norm) == 1:
        flags |= _T_ONE
    if not word.isascii():
        flags |= _T_FOREIGN
    if word.islower():
        flags |= _T_LOWER
    if norm in ORG_WORDS:
        flags |= _T_ORG_WORD
    if norm in HONORIFICS:
        flags |= _T_HONOR
    if title:
        flags |= _T_TITLE
    if (norm in INSTITUTION_WORDS or norm in _WORD_SURNAMES) and word[:1].isupper():
        flags |= _T_INSTITUTION
    if norm in _lex()[0] and norm not in _lex()[1] and not _is_word(norm) and word[:1].isupper():
        flags |= _T_GIVEN  # (not "Franklin", "Clark": a surname too, and many a park's name)
    if norm in _ORG_SURNAMES and word[:1].isupper() and not word.isupper():
        flags |= _T_ORG_SURNAME
    return norm, flags


@lru_cache(maxsize=8192)
def _piece_info(piece: str) -> tuple[str, int] | None:
    """`_tok_info` of one space-separated piece of a run if _TOK_RE reads it as one token, else None.

    In a run, _TOK_RE's first alternative has no look-around and matches no space, so on a
    capitalised piece it finds in the run what it finds in the piece alone; a lower-case piece of a
    run is always a particle between spaces, which the second alternative matches whole.
    """
    if piece.islower() and piece in _PARTICLES:
        return _tok_info(piece)
    if [m.span() for m in _TOK_RE.finditer(piece)] != [(0, len(piece))]:
        return None
    return _tok_info(piece)


_Lone = tuple[str, int, int, bool, str]  # norm, length without a final dot, lexicon (0/1), non-ASCII, recognizer
_GENERAL: _Lone = ("", -1, 0, False, "")  # _lone_run: the run needs the general token loop


@lru_cache(maxsize=8192)
def _lone_run(word: str) -> _Lone | None:
    """A run without a space: None if it cannot be (or start) a name (an ordinary word, a lone
    closing word, a lone initial or name-like word), what `_judge_lone` needs of the token if it is
    one token to judge alone, else `_GENERAL`."""
    if _is_word(word.lower().rstrip(".")):
        return None
    if [m.span() for m in _TOK_RE.finditer(word)] != [(0, len(word))]:
        return _GENERAL
    norm, flags = _tok_info(word)
    # the token loop puts a lone particle or closing word in no segment
    if flags & (_T_PARTICLE | _T_STOP):
        return None
    # exact: _judge_lone rejects a lone initial (as _decide does) before anything else
    if flags & _T_ONE:
        return None
    return (norm, len(word) - (1 if word.endswith(".") else 0), flags & _T_LEX and 1, bool(flags & _T_FOREIGN),
            "name_placeholder" if norm in _placeholder_set() else "name")


_RunStep = tuple[int, int, int, tuple[str, ...], tuple[str, ...], bool, int, int, int, bool, str]


# Keyed by the run's text alone (a few capitalised tokens, which repeat across a config like the
# single words the other caches hold); bounded because runs come from user input.
@lru_cache(maxsize=8192)
def _run_steps(run: str) -> tuple[_RunStep, ...]:
    """The candidate names of a run with a space, from its text alone: per `_run_plan` step
    (kind, start and end relative to the run's start, caps tokens, their norms, honorific prefix,
    initials, lexicon names, name-like words, non-ASCII, the recognizer of a hit: "name_placeholder"
    for a placeholder person); `end` excludes a sentence-ending dot."""
    words = run.split(" ")
    infos = [_piece_info(w) for w in words]
    if None in infos:  # not one token per piece (e.g. a double space): tokenise with _TOK_RE
        toks = list(_TOK_RE.finditer(run))
        words = [m.group(0) for m in toks]
        infos = [_tok_info(w) for w in words]
        starts = [m.start() for m in toks]
    else:
        starts = list(accumulate([len(w) + 1 for w in words[:-1]], initial=0))
    steps: list[_RunStep] = []
    for kind, first, last, caps, honor, n_init, lex, name_like, foreign in _run_plan(
            tuple([info[1] for info in infos])):  # type: ignore[index]
        last_word = words[last]
        end = starts[last] + len(last_word) - (1 if last_word.endswith(".") else 0)
        norms = tuple([infos[k][0] for k in caps])  # type: ignore[index]
        recognizer = "name_placeholder" if " ".join(norms) in _placeholder_set() else "name"
        steps.append((kind, starts[first], end, tuple([words[k] for k in caps]), norms, honor, n_init, lex,
                      name_like, foreign, recognizer))
    return tuple(steps)


_PLAN_JUDGE, _PLAN_PROVIDER = 0, 1
# What "" (no prefix) would be as a prefix token: neither an honorific nor a title.
_NO_PREFIX = (_T_HONOR if "" in HONORIFICS else 0) | (_T_TITLE if "" in PROVIDER_TITLES else 0)
_PlanStep = tuple[int, int, int, tuple[int, ...], bool, int, int, int, bool]


@lru_cache(maxsize=4096)
def _run_plan(flags: tuple[int, ...]) -> tuple[_PlanStep, ...]:
    """How a capitalised run splits into candidate names, from its tokens' `_T_*` flags alone.

    Token by token, a name segment grows until a closing word (ordinary, organisation, title,
    honorific) or a sentence-ending dot; a middle initial never closes one, particles only join a
    started one, and a trailing particle is dropped. Each segment becomes a step
    (kind, first, last, caps, honorific prefix, initials, lexicon names, name-like words,
    non-ASCII), caps being the indices of its non-particle tokens: _PLAN_PROVIDER after a
    provider title (its words are providers), _PLAN_JUDGE otherwise. Segments that cannot be a
    name whatever the text around them (followed by an organisation word, only initials) are left
    out. Keyed by the flags, which are few: the same plan serves every run of that shape.
    """
    # "Eunice Park": a surname that is also an organisation word, right after a given name, at the run's
    # end or before a word that is no organisation word
    surname = {i for i, f in enumerate(flags) if f & _T_ORG_SURNAME and i and flags[i - 1] & _T_GIVEN and (
        i + 1 == len(flags) or not flags[i + 1] & _T_ORG_WORD)}
    org_last = -1  # index of the last organisation word: "Garcia Family Birthing Center" names a place
    for i, f in enumerate(flags):
        if f & _T_ORG and i not in surname:
            org_last = i
    steps: list[_PlanStep] = []
    seg: list[int] = []
    prefix_flags = _NO_PREFIX
    for k in [*range(len(flags)), -1]:
        f = flags[k] if k >= 0 else _T_STOP  # -1: the end of the run closes the last segment
        if f & _T_PARTICLE:
            if seg:
                seg.append(k)
            continue
        closes = True
        # a middle initial ("Mary J. Blige") never closes a name, nor does an institution's name right
        # after an honorific start one ("Mrs. Kettering called")
        if not (f & _T_STOP) or (f & _T_INITIAL and seg) or (
                f & _T_INSTITUTION and not seg and prefix_flags & _T_HONOR) or (k in surname and seg):
            seg.append(k)
            if not f & _T_DOT:
                continue
            closes = False  # a sentence-ending dot closes the name; no organisation word follows it
        if seg:
            # Token ends grow with their index, so "ends before the last organisation word's end"
            # is "comes before it".
            # A run that starts with an organisation word names it ("Clínica Vida Plena",
            # "Centro Médico Las Palmas", "Hospital Santa Maria"): its other segments are the name.
            org_next = (closes and k >= 0 and bool(f & _T_ORG_WORD)) or seg[-1] < org_last or bool(
                flags[0] & _T_ORG)
            step = _plan_segment(flags, seg, prefix_flags, org_next)
            if step is not None:
                steps.append(step)
        seg = []
        prefix_flags = f if closes and k >= 0 else _NO_PREFIX
    return tuple(steps)


def _plan_segment(flags: tuple[int, ...], seg: list[int], prefix_flags: int, org_next: bool) -> _PlanStep | None:
    while flags[seg[-1]] & _T_LOWER:
        seg = seg[:-1]  # a trailing particle belongs to the next word, not this name
    honor = bool(prefix_flags & _T_HONOR)
    if org_next and not honor:
        return None  # "Smith Clinic", "Maple Street"
    caps = tuple(k for k in seg if not flags[k] & _T_PARTICLE)
    if prefix_flags & _T_TITLE:
        return _PLAN_PROVIDER, seg[0], seg[-1], caps, honor, 0, 0, 0, False
    n_init = sum(1 for k in caps if flags[k] & _T_ONE)
    if n_init == len(caps):
        return None
    lex = sum(1 for k in caps if flags[k] & _T_LEX)
    if len(caps) > 1:  # (beside another name word only: alone it may be an institute, "Kennedy-Krieger")
        lex += sum(1 for k in caps if flags[k] & _T_DOUBLE_SURNAME)
    name_like = sum(1 for k in caps if flags[k] & _T_NAME_LIKE)
    foreign = any(flags[k] & _T_FOREIGN for k in caps)
    return _PLAN_JUDGE, seg[0], seg[-1], caps, honor, n_init, lex, name_like, foreign


def _judge_lone(s: Scan, start: int, lone: _Lone, providers: set[str], label: bool) -> PhiHit | None:
    """`_judge_segment` for a run of one token (`_lone_run`): no prefix, no organisation word after
    it (that would be a closing word of the same run), no particles, not an initial."""
    norm, length, lex, foreign, recognizer = lone
    if norm in providers:
        return None
    end = start + length
    verdict = _single_token_verdict(s, start, end, norm, lex, foreign, label)
    if verdict is False:
        return None
    if verdict is True:
        before = s.lower[start - 30 if start > 30 else 0 : start]
        cues = _tail_cues(before)
        found = _decide_cued(s, start, end, lex, foreign, label, before, cues)
        if found is None:
            return None
    else:
        found, cues = verdict, -1
    # within 30 characters of the start both windows are the text's beginning: the same cues
    why = _suppressed(s, start, end, (norm,), cues if start <= 30 else -1)
    if why is None and _joined_to_workforce(s, start):
        why = "staff"  # "transfer to Lyudmila (Russian) or Dana (English)": the next of the practice's people
    if why is not None:
        if why in _NAMES_THE_WORKFORCE:
            providers.add(norm)
            _note_workforce_end(s, end)
        return None
    if _named_as_workforce_before(s, start, end):
        providers.add(norm)
        return None  # "offer Beatriz in billing (ext 140). Beatriz cannot take card payments": the same person
    return PhiHit(found[0], found[1], "NAME", recognizer, found[2], found[3])


def _named_as_workforce_before(s: Scan, start: int, end: int) -> bool:
    """Is the same word, earlier in the text, one of the practice's people? (That earlier mention
    may have been no candidate at all, so the provider set does not know it.)"""
    word = s.text[start:end]
    key = "workforce:" + word
    first = s.memo.get(key)
    if first is None:
        # The first mention that names one of the practice's people, found once per word and
        # text, among at most the first 8 mentions: a text repeating a name thousands of times
        # stays linear.
        first = -1
        at, seen = s.text.find(word), 0
        while at >= 0 and seen < 8:
            seen += 1
            if not s.text[at - 1 : at].isalpha() and not s.text[at + len(word) : at + len(word) + 1].isalpha() and (
                    _suppressed(s, at, at + len(word), (word.lower(),)) in _NAMES_THE_WORKFORCE):
                first = at
                break
            at = s.text.find(word, at + 1)
        s.memo[key] = first
    return 0 <= first < start  # type: ignore[operator]


_INITIALS_HINT = lazy_compile(r"[A-Z]\. ?[A-Z]\.")
_PERSONA_NAME_RE = lazy_compile(
    rf"(?:\b[Yy]ou are|\b[Yy]ou're|\b[Yy]our name is|\b[Ii]ntroduce yourself as|\b[Aa]ct as"
    rf"|\b[Pp]ersona\W{{1,5}}[Nn]ame:?|\b[Pp]ersona:?|\b(?:[Tt]he )?(?:[Aa]gent|[Aa]ssistant|[Bb]ot)(?:'s)? name is"
    rf"|\b[Tt]he agent is|\b[Tt]he assistant is)\W{{0,3}}"
    # (a name in its own script first, then its romanisation: "You are 小華 (Siu Wa)")
    rf"(?:[^\x00-\x7f\s(]{{1,8}} \()?([{_U}][{_L}]+(?: [{_U}][{_L}]+){{0,2}})"
)
_SPEAKER_RE = lazy_compile(rf"(?:^|\n)[>\s]*([{_U}][{_L}]+(?:[ -][{_U}][{_L}]+)?) ?: ?(?=\S)")


# "Leif, can I please ..." (addressing someone) and '..., says Hartvigsson.' (attribution).
# The name's capital comes first, then "at the start, or after '. '" is tested behind it (same
# matches as `(?:^|(?<=[.!?\n] ))[U]...`), so re skips to capitals instead of trying every position.
_VOCATIVE_RE = lazy_compile(rf"([{_U}](?:(?<=\A.)|(?<=[.!?\n] .))[{_L}]{{2,}}), "
                          rf"(?=(?:can|could|would|will|please|i|we|you|are|"
                          rf"do|did|have|thank|thanks|how|what|where|when|this|it's|your|just)\b)")
# The verbs grouped by first letter (`\b` tested behind it): at most one of them can be followed by a
# space at any position, so the order of the alternatives does not matter.
_ATTRIBUTION_RE = lazy_compile(rf"(?:s(?<!\w.)(?:ays|aid)|a(?<!\w.)(?:sked|dded)|r(?<!\w.)eplied|w(?<!\w.)rote"
                             rf"|e(?<!\w.)xplained) "
                             rf"([{_U}][{_L}]{{2,}}(?: [{_U}][{_L}]{{2,}})?)"
                             rf"(?=[.,!?]|$)")


_ATTRIBUTION_VERBS = ("says ", "said ", "asked ", "replied ", "wrote ", "explained ", "added ")
# What every _VOCATIVE_RE match holds after the name: ", " and one of its words (its look-ahead).
_VOCATIVE_HINT = lazy_compile(r", (?:can|could|would|will|please|i|we|you|are|do|did|have|thank|thanks|how|what|"
                            r"where|when|this|it's|your|just)\b")


def _vocatives_and_quotes(s: Scan, found: HitList) -> list[PhiHit]:
    out: list[PhiHit] = []
    text = s.text
    for rx, why in ((_VOCATIVE_RE, "name used to address someone"), (_ATTRIBUTION_RE, "name after 'says/said'")):
        if rx is _VOCATIVE_RE:
            if _VOCATIVE_HINT.search(text) is None:
                continue  # exact: the vocative pattern needs "Name, " before one of its words
        elif not ("says " in text or "said " in text or "asked " in text or "replied " in text or "wrote " in text
                  or "explained " in text or "added " in text):
            continue  # the attribution pattern needs one of _ATTRIBUTION_VERBS
        for m in rx.finditer(text):
            a, b = m.span(1)
            words = m.group(1).split()
            if any(_is_word(w.lower()) for w in words) or found.overlaps(a, b):
                continue
            before = s.lower[max(0, a - 25) : a]
            if _tail_cues(before) & _PROVIDER_BEFORE.bit or (
                    _suppressed(s, a, b, tuple([w.lower().strip(".") for w in words])) is not None):
                continue
            out.append(PhiHit(a, b, "NAME", "name", 0.6, why))
    return out


# In a transcript, the agent's turn opening with a name addressed: "Agent: Sure, Trina. We'll text
# that number", "Assistant: Thanks for calling, Delphine." The name is the caller's.
_AGENT_TURN_VOCATIVE = lazy_compile(
    rf"^[>\s*]*(?i:agent|assistant|bot|ai|receptionist)\*{{0,2}} ?: ?\*{{0,2}} ?"
    rf"(?i:thanks|thank you|sure|okay|ok|got it|hi|hello|hey|of course|alright|all right|great|no problem|"
    rf"i'm sorry|i’m sorry|sorry|welcome back|"
    # Spanish, Portuguese, French: "Perfecto, Rosa.", "Claro, Ana", "Merci, Léa"
    rf"perfecto|perfecta|claro|listo|gracias|muy bien|de acuerdo|perfeito|obrigad[oa]|merci|d'accord|parfait|"
    # Hmong "Ua tsaug, Pa Nhia." (thank you)
    rf"ua tsaug)"
    # (the comma after the opener may be left out: "Assistant: Okay Terrence, I've got you down")
    rf"(?i: for calling)?,? ([{_U}][{_L}]{{2,}})(?=[.!?,])", re.MULTILINE)


def _agent_vocatives(s: Scan, found: HitList) -> list[PhiHit]:
    out: list[PhiHit] = []
    for m in _AGENT_TURN_VOCATIVE.finditer(s.text):
        a, b = m.span(1)
        norm = m.group(1).lower()
        # (a word that is a given name too is one here: "Assistant: Okay, Angel, I've saved your ride")
        if ((_is_word(norm) or norm in english_words()) and not (norm in _lex()[0] or norm in NAME_LIKE_WORDS)) or (
                found.overlaps(a, b) or _suppressed(s, a, b, (norm,)) is not None):
            continue
        out.append(PhiHit(a, b, "NAME", "name", 0.6, "the caller's name, addressed in the agent's turn"))
    return out


def _drop_personas(s: Scan, hits: list[PhiHit]) -> list[PhiHit]:
    """A name introduced as the agent's persona ("You are Ava") is not a patient anywhere in the text."""
    if "you" not in s.lower and "persona" not in s.lower and "agent is" not in s.lower:
        return hits
    personas: set[str] = set()
    for m in _PERSONA_NAME_RE.finditer(s.text):
        persona = m.group(1).lower()  # "Nana Bea": the whole persona and each of its words
        personas.add(persona)
        personas.update(w for w in persona.split() if not _is_word(w))
    if not personas:
        return hits
    return [h for h in hits if s.lower[h.start : h.end] not in personas]


def _speaker_labels(s: Scan, found: HitList) -> list[PhiHit]:
    """Chat-history speaker names ("Carla: You saved my life!"), except role words and personas."""
    if ":" not in s.text:
        return []
    out: list[PhiHit] = []
    speakers = list(_SPEAKER_RE.finditer(s.text))
    said = [m.group(1).lower() for m in speakers]
    # A transcript: some speaker talks twice, or a dialogue role ("Agent:", "User:") talks too.
    # Otherwise "Word:" lines are headings and labels ("Opener:", "Eligible:", "Cerrado:").
    dialogue = len(set(said)) < len(said) or not _DIALOGUE_ROLES.isdisjoint(said)
    # Opposite a "Caller:" or "User:" turn a named speaker is the agent's persona ("Pippa: I'm
    # sorry, Sergei"); opposite "Agent:" or "Assistant:" only, it is the caller.
    if not CALLER_ROLES.isdisjoint(said) and _AGENT_ROLES.isdisjoint(said):
        return []
    foreign_text = _foreign_text(s)
    for m, norm in zip(speakers, said, strict=True):
        if _INSTRUCTION_AFTER.match(s.text, m.end(1)):
            continue  # "Hattie: never ask for a Social Security number": the agent, told what to do
        if _is_word(norm) or norm in _PERSONA_LABEL or norm in ORG_WORDS or norm in _ROLE_SPEAKERS:
            continue
        if not (_is_lex(norm.split()[0]) or (not foreign_text and dialogue)):
            continue  # a lone "Parking:" heading is not a speaker, nor "Endereço:" or "Приветствие:"
        a, b = m.span(1)
        if not found.overlaps(a, b):
            out.append(PhiHit(a, b, "NAME", "name", 0.6, "speaker name in a conversation transcript"))
    return out


# An instruction right after "Name:" addresses the agent by its persona name.
# (policy words only: a dialogue line may start "Remember me, Mary?" or "You saved my life!")
_INSTRUCTION_AFTER = lazy_compile(r" ?: ?(?:never|always|don't|do not|make sure|we never|we don't|we do not|"
                                  r"remember to)\b", re.IGNORECASE)
_DIALOGUE_ROLES = frozenset({"user", "agent", "assistant", "bot", "caller", "customer", "patient", "human", "ai"})
_AGENT_ROLES = frozenset({"agent", "assistant", "bot", "ai", "receptionist", "system"})
_ROLE_SPEAKERS = frozenset({"user", "agent", "assistant", "bot", "caller", "system", "human", "ai", "customer",
                            "patient", "q", "a", "note", "tip", "example", "goal", "tone", "task", "step",
                            "important", "warning", "when", "where", "who", "what", "why", "how", "date",
                            "time", "subject", "re", "to", "from", "cc", "phone", "fax", "email", "e-mail",
                            "address", "website", "mobile", "desk", "name", "dob", "mrn"})


# Text in capitals ("IF CALLER = MARGARET O'SHEA THEN SKIP DOB CHECK"): a given name of the lexicon
# and a surname-like word, both written in capitals.
# (only from the start of a run of capitals: from inside one, [A-Z]{3,} re-read the rest of the run at
# every position, quadratic on a long run such as a pasted key; a match inside a run implies one at
# its start, so the answer is the same)
# (the look-behind after the first capital lets re jump from capital to capital)
_CAPS_PAIR_HINT = lazy_compile(r"[A-Z](?<![A-Z]{2})[A-Z]{2,}[ \t]+[A-Z][A-Z'’-]")
_CAPS_PAIR_RE = lazy_compile(r"(?<![\w'’.-])([A-Z]{3,20})(?=[ \t]+([A-Z][A-Z'’-]{1,25})(?![\w'’-]))")


_ROMAN_CLASSES = frozenset({"i", "ii", "iii", "iv", "v", "vi"})


def _caps_names(s: Scan, found: HitList) -> list[PhiHit]:
    first, last = _lex()
    out: list[PhiHit] = []
    for m in _CAPS_PAIR_RE.finditer(s.text):
        a, b = m.group(1).lower(), m.group(2).lower()
        if a not in first or a in NAME_LIKE_WORDS or _is_word(a) or a in english_words():
            continue
        if b in NAME_LIKE_WORDS or _is_word(b.strip("'’")) or (b not in last and b in english_words()) or (
                b in _ROMAN_CLASSES):
            continue  # ("ASA II", "NYHA III": a class, not a name and a generation)
        end = m.end(2)  # (group 2 starts right after the [ \t]+ run: the greedy run stops at its capital)
        if found.overlaps(m.start(), end) or _suppressed(s, m.start(), end, (a, b)) is not None:
            continue
        out.append(PhiHit(m.start(), end, "NAME", "name", 0.7, "given name and surname written in capitals"))
    return out


# A name written in lower case right after an introduction or a test caller's label, in a text that is not
# all lower case (a transcript's "User: hi this is kevin johnson", "Test caller: maria diaz").
_LOWER_INTRO_HINT = lazy_compile(r"name is|this is|it's|it’s|its |i'm|i’m|i am|test (?:caller|patient|user)")
_LOWER_INTRO_RE = lazy_compile(r"(?:\b(?:[Mm]y name is|[Tt]his is|[Ii]t['’]?s|[Ii]['’]m|[Ii] am)\s+"
                               r"|\b(?i:test (?:caller|patient|user))\s*[:,-]?\s*)"
                               r"([a-z][a-z'’-]{1,20})(?: ([a-z][a-z'’-]{1,25}))?(?![\w'’-])")


def _lowercase_intro_names(s: Scan, hits: list[PhiHit]) -> list[PhiHit]:
    first, last = _lex()
    out: list[PhiHit] = []
    found = SpanSet((h.start, h.end) for h in hits)
    for m in _LOWER_INTRO_RE.finditer(s.text):
        given, family = m.group(1), m.group(2)
        if given not in first and family and family in last and not _is_word(family) and (
                given not in english_words() and not _is_word(given) and given not in NAME_LIKE_WORDS):
            pass  # "hi its kayden ramirez": a given name the lexicon lacks, then a lexicon surname
        elif given not in first or given in NAME_LIKE_WORDS or _is_word(given):
            continue  # "this is about", "i'm calling", "it's hope": a word, or a word that is a name too
        intro = not m.group(0).lower().startswith("test")
        if intro and not in_caller_turn(s, m.start()):
            continue  # the agent introducing itself ("Assistant: hi, this is ava from ...")
        end = m.end(1)
        if family and (family in last or not is_common_word(family)) and not _is_word(family):
            end = m.end(2)
        if not found.overlaps(m.start(1), end):
            out.append(PhiHit(m.start(1), end, "NAME", "name", 0.7, "a name in lower case after an introduction"))
    return out


def _lowercase_names(s: Scan) -> list[PhiHit]:
    """All-lower-case text: first-name lexicon word + a surname-like word ("naomi ryan")."""
    first, last = _lex()
    out = HitList()
    for m in _LOWER_NAME_RE.finditer(s.text):
        a, b = m.group(1), m.group(3)
        end = m.end(2)
        given = a in first and a not in NAME_LIKE_WORDS and not _is_word(a) and (b in last or not _is_word(b))
        family = b in last and b not in NAME_LIKE_WORDS and not _is_word(a) and not _is_word(b) and len(a) > 2
        if (given or family) and b not in COMMON_WORDS and b not in _PERSONA_LABEL and not (
                m.group(2).startswith(" a ") and a in english_words()):
            # (not a word, the article and a surname-like word: "using a walker")
            before = s.lower[max(0, m.start() - 30) : m.start()]
            if _tail_cues(before) & (_PROVIDER_BEFORE.bit | _STAFF_BEFORE.bit):
                continue
            if out.overlaps(m.start(), end) or (
                    a in INSTITUTION_GIVEN_NAMES and _institution_named(s, m.start(), m.start() + len(a))):
                continue  # ("oscar_formulary_2026.pdf": the insurer's formulary)
            out.append(PhiHit(m.start(), end, "NAME", "name", 0.6, "lower-case first name + surname-like word"))
    text = s.text
    if "mr" in text or "ms" in text or "miss" in text:  # every honorific of the pattern holds one
        for m in _LOWER_HONORIFIC_RE.finditer(text):
            if not _is_word(m.group(1)) and not out.overlaps(m.start(), m.end()):
                out.append(PhiHit(m.start(), m.end(), "NAME", "name", 0.8, "lower-case honorific + name"))
    if "pt" in text or "patient" in text or "caller" in text or "member" in text:
        for m in _LOWER_CUED_SURNAME_RE.finditer(text):
            w = m.group(1)
            if (w in last or w in rare_surnames()) and not _is_word(w) and w not in english_words() and (
                    w not in NAME_LIKE_WORDS and not out.overlaps(m.start(1), m.end(1))):
                out.append(PhiHit(m.start(1), m.end(1), "NAME", "name", 0.65, "lower-case surname after a patient cue"))
    if "name" in text or "call me" in text or " is " in text:  # every cue of the pattern holds one
        for m in _LOWER_NAME_IS_RE.finditer(text):
            w = m.group(1)
            if not _is_word(w) and not out.overlaps(m.start(1), m.end(1)) and (
                    _is_lex(w) or w not in english_words()):  # ("the caller is upset": a word)
                out.append(PhiHit(m.start(1), m.end(1), "NAME", "name", 0.65, "lower-case name after 'my name is'"))
    return out


# Each `{1,30}+` is possessive: what follows it ("," or " ", or the end look-ahead) is never one of
# the characters it repeats, so giving characters back could never lead to a match (same matches,
# without the backtracking through every shorter word). Python 3.10's re has no possessive
# quantifiers; there the plain one finds the same matches, a little slower.
_POSSESSIVE = "+" if sys.version_info >= (3, 11) else ""
_LIST_WORD = r"[^\W\d_][\w'’-]{1,30}" + _POSSESSIVE
_LIST_RE = lazy_compile(rf"(?<![\w'’.-]){_LIST_WORD}(?:, {_LIST_WORD}){{0,12}},? (?:and|or|&) {_LIST_WORD}(?![\w'’-])")
_LIST_ITEM_RE = lazy_compile(r"[^\W\d_][\w'’-]*")
_ITEM_AT = lazy_compile(r"[\w'’-]*")


def _lists_possible(text: str) -> bool:
    r"""False when `_name_lists` finds nothing whatever the rest of the text: every _LIST_RE match is
    items, ",? ", "and"/"or"/"&", " " and a last item (the whole [\w'’-] run after the conjunction),
    and it is dropped when an item other than "and"/"or" is an ordinary word. So if the run after
    every " and ", " or " and " & " is such a word, every match is dropped."""
    for conj in _CONJUNCTIONS:
        i = text.find(conj)
        while i >= 0:
            last = _ITEM_AT.match(text, i + len(conj)).group()  # type: ignore[union-attr]
            if last in ("and", "or") or not _is_word(last.lower()):
                return True
            i = text.find(conj, i + 1)
    return False


_CONJUNCTIONS = (" and ", " or ", " & ")


# A list introduced, in the same sentence, as the practice's workforce ("our nurses are ...",
# "the care team: ..."). `$` is the list's start (the search ends there).
# A list of places after what staff cover or where callers come from: "Community health reps cover Bell,
# Kenwood, Salina and Jay", "Callers from Ardmore, Ada, Durant and Purcell".
_AREA_LIST_LEAD = lazy_compile(r"\b(?:cover|covers|serve|serves|serving|"
                               r"(?:callers|patients|families|clients|people) from) (?:[\w'’.-]+(?: [\w'’.-]+)?, ){0,6}"
                               r"(?:[\w'’.-]+ )?$")
_PLACE_LIST_LEAD = lazy_compile(r"\b(?:clinics|locations|sites|offices|branches|campuses|towns|cities|communities|"
                              r"units|facilities|centers|centres|hospitals|network|"
                              r"areas|counties|stores|pharmacies)\b[^.!?\n]{0,30}$")
# Names given as examples of a kind of name or of famous people, up to the name in question.
_EXAMPLE_NAMES_LEAD = lazy_compile(
    r"\b(?:(?:[a-z]+ ?)?names?|famous (?:people|persons|patients|names)|"
    # a look people ask for: "brows like Cara Delevingne"
    r"(?:brows|hair|lips|nose|smile|look|body|jawline|eyes|skin|olympians|athletes|players|stars|legends|icons|"
    r"heroes|pioneers|skaters|riders|racers) (?=like\b)|"
    # "asks for a specific student, such as Arjun Mehta or Bailey Comstock": any such person
    r"(?:asks?|asked|asking|calls?|called) (?:for|about) (?:a|any) specific (?:student|patient|person|caller|member|"
    r"resident|client|provider)|"
    r"celebrit(?:y|ies)|public figures?|historical figures?|famous \w+)\b[^.!?\n]{0,100}?"
    r"(?:\b(?:like|such as|including|include|includes|can be|could be|may be|is spelled|spelled)\s|\()"
    r"(?:[\w'’.-]+(?: [\w'’.-]+)?(?:,| or| and)\s)*$"
    # names given as names: "Many callers share the surnames Singh or Kaur"
    r"|\b(?:surnames|(?:last|family|given|first) names) (?:[\w'’.-]+(?:,| or| and)\s)*$")
# ... or before the word "names": "the Kue, Vang, Xiong, Yang and Lee clan names"
_LISTED_AS_NAMES = lazy_compile(r"(?:(?:,|,? and|,? or|,? y|,? o) [A-Z][\w'’-]+){0,8} (?:clan |family |last )?"
                                r"(?:names|surnames)\b"
                                # Spanish: "Pedro, Tomás, Francisco y Diego son también apellidos"
                                r"|(?:(?:,|,? y|,? o) [A-Z][\w'’-]+){0,8} son (?:también )?(?:apellidos|nombres)\b")
# The places of a service area, listed ("counties: Citrus Heights, Rancho Cordova", "within 60 miles
# of Greenwood Village, including Aurora, Littleton"), up to the item in question. Original case:
# every item before it is capitalised.
_PLACE_ITEMS_LEAD = lazy_compile(
    r"\b(?i:miles|counties|cities|towns|communities|neighbou?rhoods|suburbs|villages|service area|"
    r"districts|chapters|pueblos|boroughs|parishes|camps|"
    r"we serve|serving|we cover|covering|centers we serve|clinics we serve)\b[^.!?\n]{0,50}?"
    r"(?:\b(?i:including|such as)|:)\s"
    # what a service covers: "Home-bound vaccination covers Squirrel Hill, Greenfield, Hazelwood and ..."
    r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?:,| and| or)\s)*(?:[A-Z][\w'’.-]* )?$"
    r"|\b(?i:covers?|ports of call are|ports of call include|ports of call:|stops are|destinations are|"
    # Spanish: "Cubrimos Hartford, East Hartford, West Hartford, Wethersfield y Newington"
    r"cubrimos|servimos|atendemos|nou sèvi kliyan nan|nou sèvi moun nan|nou sèvi) (?=[A-Z])"
    # (the item's own first word may come before it: "DaVita Marietta")
    r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?:,| and| or| y| o| ak)\s)*(?:[A-Z][\w'’.-]* )?$")
# Which of the rarer contexts _suppressed reads can occur in this text at all: worked out once per
# text (s.memo), so each name judged pays one lookup instead of a dozen substring searches.
_HAS_EXAMPLE_LEAD, _HAS_PLACE_LEAD, _HAS_NOBEL, _HAS_HONOUR = 1, 2, 4, 8
# A look or a kind of person people name someone famous for: "brows like ...", "Olympians like ...".
_LOOK_LIKE = lazy_compile(r"\b(?:brows|hair|lips|nose|smile|look|body|jawline|eyes|skin|olympians|athletes|players|"
                          r"stars|legends|icons|heroes|pioneers|skaters|riders|racers) like ")
# A list of things named after people, up to a name: "Cabins are named Banting, Best, Joslin and ..."
_NAMED_LIST_BEFORE = lazy_compile(r"\b(?:are|is|were|was) named (?:[\w'’.-]+(?:,| or| and)\s)*$")
# Rooms named in a list, with no "after": "Birth suites are named Willow, Hazel and Rowan."
_ROOMS_NAMED_BEFORE = lazy_compile(r"\b(?:rooms|suites|cabins|beds|wings|pods|cottages|halls|units|houses|lodges) "
                                   r"(?:are|were) (?:all )?named (?:[\w'’.-]+(?:,| or| and)\s)*$")
# ... and the rest of the list, then "after": "... and Macleod after the insulin pioneers".
_NAMED_LIST_AFTER = lazy_compile(r"(?:(?:,| or| and) [A-Z][\w'’.-]+)* after\b")


def _context_flags(s: Scan) -> int:
    flags = s.memo.get("context_flags")
    if flags is None:
        low = s.lower
        flags = 0
        if ((" like " in low or " such as " in low or "includ" in low or " be " in low or "spell" in low) and (
                "name" in low or "famous" in low or "celebrit" in low or "figure" in low or "specific" in low
                or _LOOK_LIKE.search(low))) or (
                "famous" in low and "(" in low) or "surnames" in low or " names " in low:
            flags |= _HAS_EXAMPLE_LEAD
        if _PLACE_LEAD_HINT.search(low) or (", " in low and (" and " in low or " or " in low)
                                            and _PEOPLE_FROM_HINT.search(low)):
            flags |= _HAS_PLACE_LEAD
        if "nobel" in low:
            flags |= _HAS_NOBEL
        if "hono" in low or "чест" in low or "imi" in low or "homenagem" in low or "benannt" in low:
            flags |= _HAS_HONOUR
        s.memo["context_flags"] = flags
    return flags  # type: ignore[no-any-return]


def _example_names_lead(s: Scan, start: int) -> bool:
    """_EXAMPLE_NAMES_LEAD ends at `start` (asked only when the text holds its lead words)."""
    return _EXAMPLE_NAMES_LEAD.search(s.lower, max(0, start - 140), start) is not None


def _place_items_lead(s: Scan, start: int) -> bool:
    """_PLACE_ITEMS_LEAD ends at `start`, or `start` is in a list of places people come from (asked
    only when the text holds one of their lead words)."""
    if _PLACE_ITEMS_LEAD.search(s.text, max(0, start - 120), start) is not None:
        return True
    # (one word, an item of its own: "Maria Lopez" in "patients from Tuesday, Maria Lopez and ..." is a person)
    return _ONE_WORD_ITEM.match(s.text, start) is not None and any(
        m.start("list") <= start < m.end("list")
        for m in _PEOPLE_FROM_PLACES.finditer(s.text, max(0, start - 120), start + 200))


_ONE_WORD_ITEM = lazy_compile(r"[\w'’.-]+(?:,| and | or )")


_PLACE_ITEM = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
# Where people come from, a list of three or more capitalised items: "We see guests from Breckenridge,
# Blue River, Frisco and Keystone", "new patients from Hayward, Union City, San Leandro and Fremont".
_PEOPLE_FROM = (r"patients|guests|families|clients|callers|people|members|residents|visitors|folks|kids|children|"
                r"students|workers|riders|campers|skiers|rides|shuttles|vans|buses|pickups")
_PEOPLE_FROM_PLACES = lazy_compile(
    r"\b(?i:" + _PEOPLE_FROM + r") (?i:from|in) "
    r"(?P<list>" + _PLACE_ITEM + r"(?:, " + _PLACE_ITEM + r"){1,}"
    r",? (?:and|or) " + _PLACE_ITEM + r")")


# (each _PLACE_ITEMS_LEAD lead word holds one of these)
_PLACE_LEAD_HINT = lazy_compile(r"miles|count|cities|towns|communit|neighbo|suburb|village|serv|cover|distr|chapter|"
                                r"pueblo|borough|parish|ports of call|stops are|destinations are|camps|cubrimos|"
                                r"servimos|atendemos|nou sèvi")
# (each _PEOPLE_FROM_PLACES lead; asked only of a text with a list: ", " and " and " or " or ")
_PEOPLE_FROM_HINT = lazy_compile(r"(?:" + _PEOPLE_FROM + r") (?:from|in) ")
# The places right after the verb, when they make a list: "We serve Little Haiti, North Miami, Miami
# Gardens and El Portal" (not "We serve Maria Lopez and her family first").
_SERVE_ITEMS_LEAD = lazy_compile(
    # (a van's route too: "stops in Santa Rosa, Ali Chuk and Gu Vo")
    r"\b(?i:we (?:also )?serve|we cover|serving|covering|stops (?:in|at))\s"
    # "We serve families from Selma, Kerman, ...", "serving patients in Flushing and Bayside",
    # "We serve the Chukut Kuk, Gu Vo, Pisinemo and Sells districts"
    r"(?i:the\s|(?:(?:families|patients|callers|members|clients|residents|people|households|communities|"
    r"neighbou?rs|towns|counties|areas)\s)?(?:from|in|across|throughout|around)\s)?"
    r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?:,| and| or)\s)*$")
_LIST_GOES_ON = lazy_compile(r"(?:,| and| or) [A-Z]")
# A list of names, then what they are: "Devon and Keiko are certified immunizing techs".
_ROLES_ARE_AFTER = lazy_compile(r" are " + _STAFF_ARE_DETERMINER + r" (?:[\w'’-]+ ){0,3}(?:" + _ROLE_PLURALS + r")\b")
_STAFF_LIST_LEAD = lazy_compile(
    r"\b(?:our|the|your|their)\s+(?:[\w-]+\s+){0,2}(?:staff|team|" + _ROLE_PLURALS + r")\b[^.!?\n]{0,25}$"
    # a heading for the workforce: "Volunteer roster:", "Staff directory:", "PTs:", "CNMs"
    r"|\b(?:roster|directory|staff|team|" + _ROLE_PLURALS + r")\b[^.!?\n]{0,25}$")


# Nouns after a list that make its items brands or products ("Phonak, Oticon ... and Starkey devices").
_PRODUCT_NOUNS = frozenset({"devices", "device", "aids", "brands", "products", "models", "pumps", "meters", "monitors",
                            "implants", "sensors", "systems", "machines", "supplies", "hearing"})


# Words after a list that say its items are things named after people, not people.
# A dose right after a list item: "Concerta 18, 27, 36, 54 mg", "Focalin XR 5–40 mg".
_DOSE_AFTER_NAME = lazy_compile(r" (?:[A-Z]{2,3} )?\d[\d.,/–\- ]{0,20}(?:mg|mcg|ml|units?)\b")  # ("Coartem 20/120 mg")
_DOSE_AFTER_ITEM = lazy_compile(r"[A-Za-z] (?:[A-Z]{2,3} )?\d[\d.,–\- ]{0,20}(?:mg|mcg|ml|units?)\b")
_LIST_THING_NEXT = frozenset(word_list("""procedure procedures protocol protocols technique techniques method methods
    maneuver maneuvers manoeuvre repair repairs operation operations approach approaches splint splints criteria
    scale scales classification elementary school schools county counties cities towns streets avenues drugs
    medicines medications tablets brands products models rodeos fairs powwows festivals races marathons tournaments
    systems appliances devices"""))


_NOT_PLURAL_NOUNS = frozenset(word_list("""always was is has does plus perhaps sometimes towards afterwards besides
    unless whereas thus its his this yes less across us gets says needs wants calls goes comes works lives takes uses
    makes keeps asks sees likes loves"""))


def _plural_noun(word: str) -> bool:
    """A lower-case word that reads as a plural noun ("frames", "libraries"): ends in -s, no verb or adverb."""
    return len(word) >= 4 and word.isalpha() and word.islower() and word.endswith("s") and not word.endswith("ss") and (
        word not in _NOT_PLURAL_NOUNS)


def _name_lists(s: Scan, found: HitList) -> list[PhiHit]:
    """"Ana, Bo, Carla and Dee": when most items are lexicon names, every item is a name."""
    out: list[PhiHit] = []
    for m in _LIST_RE.finditer(s.text):
        words = [w for w in _LIST_ITEM_RE.findall(m.group(0)) if w not in ("and", "or")]
        if any(_is_word(w.lower()) for w in words):
            continue  # the usual case ("today and offer"): decided before the items' offsets
        capitalised = all(w[0].isupper() for w in words)
        lex = sum(1 for w in words if _is_lex(w.lower()))
        if len(words) == 2:
            # "Marrero and Murphy": a pair needs capitals and one lexicon name
            # "Marrero and Murphy": capitals, a lexicon name (or a name-like word next to an unknown one)
            name_ish = sum(1 for w in words if _is_lex(w.lower()) or w.lower() in NAME_LIKE_WORDS)
            unknown_or_lex = sum(1 for w in words if w.lower() not in NAME_LIKE_WORDS)
            if not capitalised or name_ish < 2 or unknown_or_lex < 1 or (
                    m.start() > 0 and s.text[m.start() - 1] not in " \n\"'(:"):
                continue
        elif lex < len(words) - (1 if capitalised else 0):
            # all but one item a lexicon name (all, when written in lower case): blind sets' lists with
            # fewer were brands, towns and schools ("Zyrtec, Claritin, Allegra and Benadryl",
            # "Torrance, Carson, Gardena, San Pedro and Wilmington")
            continue
        if any(w.lower() in _CREDENTIALS or w.lower() in PROVIDER_TITLES or w.lower() in EPONYM_DISEASES
               or (w.isupper() and len(w) <= 4) or ("-" in w and not w.split("-")[-1][:1].isupper())
               for w in words):
            continue  # "Dr. Anand Iyer and PA Brooke Tollefson": clinicians; "Lyme and ...": diseases
        if s.text[m.end() : m.end() + 1] == " " and s.text[m.end() + 1 : m.end() + 2].isupper() and len(words) == 2:
            continue  # "Lyme and Rocky Mountain spotted fever": the last item goes on as a longer proper name
        if lex < len(words) and _foreign_text(s):
            continue  # "Dr. med. Weber & Kollegen": outside English every item must be a known name
        before = s.lower[max(0, m.start() - 25) : m.start()]
        nxt = s.lower[m.end() : m.end() + 30].split()
        window = s.lower[max(0, m.start() - 30) : m.end() + 30]
        figure_words = {w for f in _FIGURES_AND_COMPANIES if f in window for w in f.split()}
        if nxt and (nxt[0].strip(".,;:()") in ORG_WORDS or nxt[0].strip(".,;:()") in _PRODUCT_NOUNS):
            continue  # "The Davis, Reynolds and Williamson Orchestra"
        if _NAMES_AS_NAMES_AFTER.match(s.text, m.end()) or _LISTED_AS_NAMES.match(s.text, m.end()) or (
                " not " in s.lower[m.end() : m.end() + 100] and _NOT_PEOPLE_AFTER.match(s.lower, m.end())):
            # "Vang, Xiong, Lee, Thao and Yang are the most common Hmong clan names": names as such; "Damon, Herbst
            # and Forsus are appliance systems, not people"
            continue
        if any(w.strip(".,;:()") in _LIST_THING_NEXT for w in nxt[:5]) or (
                nxt and nxt[0].strip(".,;:()") in EPONYM_NEXT):
            # "Kleinert and Duran are protocols", "(Lapidus or Austin procedure)", "the Lund and Browder chart":
            # named things
            continue
        if s.text[m.end() : m.end() + 1] == " " and nxt and _plural_noun(nxt[0]):
            # a plural noun right after the list, which the names describe: "Ray-Ban, Oakley and Kate Spade
            # frames", "the Hollisville, Carmel and Brewster libraries", "Chase and Marshall stickers" (names
            # as a list's subject take a verb without -s: "Liam and Nora need ...")
            continue
        if _DOSE_AFTER_ITEM.search(s.text, m.start(), min(len(s.text), m.end() + 30)):
            continue  # "Concerta 18, 27, 36, 54 mg; Vyvanse 10–70 mg": drugs and their doses
        if _tail_cues(before) & (_PROVIDER_BEFORE.bit | _STAFF_BEFORE.bit) or "dr." in m.group(0).lower():
            continue
        if before.endswith(_LOCATIVE_ENDS) or _PLACE_LIST_LEAD.search(before) or _AREA_LIST_LEAD.search(
                s.lower, max(0, m.start() - 80), m.start()) or (
                _context_flags(s) & _HAS_PLACE_LEAD and _place_items_lead(s, m.start())) or (
                s.contains("service area") and _in_service_area_sentence(s, m.start(), m.end())):
            continue  # "in Bend and Redmond", "five clinics: Mesa, Chandler, Gilbert ...": places
        if _context_flags(s) & _HAS_EXAMPLE_LEAD and _example_names_lead(s, m.start()):
            continue  # "a family name like Suzuki or Tanaka": examples of names
        if " named " in s.lower[max(0, m.start() - 40) : m.start()] and _ROOMS_NAMED_BEFORE.search(
                s.lower, max(0, m.start() - 90), m.start()):
            continue  # "Birth suites are named Willow, Hazel and Rowan": rooms
        if _STAFF_LIST_LEAD.search(s.lower, max(0, m.start() - 60), m.start()) or _ROLES_ARE_AFTER.match(
                s.lower, m.end()):
            continue  # "Our hygienists are Lupe, Gretchen and Ama", "Devon and Keiko are certified techs": staff
        if _ROLE_PAREN_AFTER.match(s.lower, m.end()) or (
                s.lower.rfind(":", max(0, m.start() - 300), m.start()) >= 0 and _in_roster(s, m.start())):
            continue  # "Brianna and Luis (schedulers)", "STAFF: ..., Brianna and Luis": the workforce
        workforce = s.memo.get("workforce_names", ())
        for mm in _LIST_ITEM_RE.finditer(m.group(0)):
            if mm.group(0) in ("and", "or") or mm.group(0).lower() in figure_words or (
                    mm.group(0).lower() in workforce):
                continue
            a, b = mm.start() + m.start(), mm.end() + m.start()
            if not found.overlaps(a, b):
                out.append(PhiHit(a, b, "NAME", "name", 0.6, "item of a list whose items are mostly lexicon names"))
    return out


def _judge_segment(s: Scan, start: int, end: int, caps: tuple[str, ...], norms: tuple[str, ...], honor: bool,
                   n_init: int, lex: int, name_like: int, foreign: bool, providers: set[str],
                   label: bool, recognizer: str) -> PhiHit | None:
    """A planned name segment [start, end) with its tokens (`caps`, dots kept) and their
    lower-cased forms: the hit, or None (a provider's name is remembered in `providers`)."""
    if honor:
        hstart = s.text.rfind(" ", 0, start - 1) + 1
        found: tuple[int, int, float, str, int] = (
            hstart if start - hstart <= 8 else start, end, 0.9, "honorific followed by a capitalised name", -1)
    else:
        decided = _decide(s, start, end, caps, norms, n_init, label, lex, name_like, foreign)
        if decided is None:
            return None
        found = decided
    # Only a would-be hit pays for the (regex-heavy) provider/staff/persona checks. Cues before an
    # honorific are read before it ("the senior care coordinator, Ms. Reyes"). Within 30 characters
    # of the start, the tail cues _decide read are those of _suppressed's window.
    if honor and f"{s.lower[found[0] : start].strip(' .')} {' '.join(norms)}" in PUBLIC_FIGURES:
        return None  # "Mister Rogers", "Mrs. Doubtfire": a public figure with the honorific
    if not honor and len(norms) > 1 and " ".join(norms) in WORLD_REGIONS:
        return None  # "Southeast Asia": a region, not a first and last name
    sup_start = found[0]
    if honor and _VERB_STAFF_END.search(s.lower, max(0, sup_start - 20), sup_start):
        sup_start = start  # "Ask for Mrs. Lindqvist-Shah by name": asking for a patient, not for staff
    why = _suppressed(s, sup_start, end, norms, found[4] if start <= 30 and sup_start == start else -1)
    if why is None and not honor and _joined_to_workforce(s, start):
        why = "staff"  # "technologists are Donnie Ruark and Simone Baptiste": the next of the practice's people
    if why is not None:
        if why in _NAMES_THE_WORKFORCE:
            providers.update(norms)  # "the hygienist is Lucia Ferreira. ... ask for Lucia": the same person
            _note_workforce_end(s, end)
        return None
    # Placeholder persons are kept but marked (`recognizer`); the engine drops them when nothing else is found.
    return PhiHit(found[0], found[1], "NAME", recognizer, found[2], found[3])


# Suffixes of ordinary English words ("Frequently Asked Questions", "Outbound Recording Settings").
_WORD_SUFFIX = lazy_compile(r"(?:ly|ed|tions?|sions?|ment|ments|ness|ity|ities|ics|ance|ence|ful|less|able|ible|ive|"
                          r"ize|ise|ings?|ound|ware|ship|"
                          # clinical words: "Oral Immunotherapy Consent", "Pediatric Gastroenterology"
                          r"therapy|therapies|ology|ologies|itis|ectomy|ectomies|oscopy|ostomy|otomy|plasty|graphy|"
                          r"osis|emia|pathy|algia)$")
_NAME_CAMEL = lazy_compile(r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O'|O’|D'|D’)[A-Z]")


# A document written for many, by its file name or label: "Karen_diabetes_diet_handout_2025.pdf",
# "Joey_pump_troubleshooting_rev7.pdf" (a language's or a product's name, not a patient's).
_METHOD_WORD = lazy_compile(r"(?<![^\W_])(?:sizing|scoring|staging|method|technique|classification|scale|"
                            r"protocol|criteria)(?![^\W_])")
_FOR_MANY_DOCUMENT = lazy_compile(r"(?<![^\W_])(?:handouts?|leaflets?|brochures?|flyers?|phrasebook|quotes|logo|"
                                  r"menu|overview|troubleshooting|faq|posters?|affirmations|guide|explainer|"
                                  # a glossary, a route map, a care sheet, a guide in Spanish or Haitian Creole (not a
                                  # "map" alone: "pressure_map_oliver_k", "mohs_map_harcourt_deborah.png" are records)
                                  r"cheat ?sheet|glossary|vocabulary|dictionary|phrases|route map|care sheet|guia|guía|"
                                  # a published definition or criteria ("Ramsay_1988_ME_definition_summary.pdf")
                                  r"gid|definitions?|criteria|consensus|handbooks?)(?![^\W_])")


# A body part named for someone, alone in a label: "Achilles_rupture_postop_protocol_2025.pdf" (not the wider
# CLINICAL_EPONYMS: Thompson and Fontaine are patients' surnames in labels too).
_ANATOMY_EPONYMS = frozenset({"achilles"})


def _for_many_document(s: Scan) -> bool:
    """Does the label name a document written for many (once per text: asked per candidate name)?"""
    v = s.memo.get("for_many_document")
    if v is None:
        v = s.memo["for_many_document"] = _FOR_MANY_DOCUMENT.search(s.lower) is not None
    return bool(v)


_DOUBLE_BARRELLED = lazy_compile(r"[A-Z][a-z'’]{1,20}-[A-Z][a-z'’]{1,20}")


def _double_barrelled(word: str) -> bool:
    """Two capitalised parts joined by a hyphen, not both English words: "Adeyemi-Price" (not "Vital-Port")."""
    return _DOUBLE_BARRELLED.fullmatch(word) is not None and not all(
        p.lower() in english_words() for p in word.split("-"))


def _word_shaped(word: str) -> bool:
    """A token that reads as a common word or a product name, so its shape is no evidence of a name.

    Only the shape-only branch uses this; lexicon names (Fleming, Manning) are judged before it.
    """
    core = word.strip(".,;:'’")
    if any(ch.isupper() for ch in core[1:]) and not _NAME_CAMEL.match(core):
        return True  # TaskMaster, iPhone: products, not people
    return len(core) > 4 and bool(_WORD_SUFFIX.search(core.lower()))


def _in_heading(s: Scan, start: int, end: int) -> bool:
    """Title Case in a heading ("## Scenario Handling", "**Bold Label**", a "Label:" line) is a title.

    Prompts are full of such headings; without a cue or a lexicon name, their shape proves nothing.
    """
    text = s.text
    line_start = s.line_start(start)
    line_end = s.find("\n", end)
    # what the line says, read once per line: a long line full of names is not re-read per name
    lines: dict[tuple[int, int], tuple[bool, str | None]] = s.memo.setdefault("heading_lines", {})
    facts = lines.get((line_start, line_end))
    if facts is None:
        line = text[line_start : line_end if line_end != -1 else len(text)]
        stripped = line.strip().strip("*")
        facts = lines[(line_start, line_end)] = (
            line.lstrip().startswith("#"), stripped[:-1].strip() if stripped.endswith(":") else None)
    if facts[0]:
        return True
    if text[max(0, start - 2) : start] == "**" or text[end : end + 2] == "**":
        return True
    # "Scenario Handling:" on a line of its own inside a longer text is a section label.
    return facts[1] is not None and s.contains("\n") and facts[1] == text[start:end]


# Articles of the other languages agents speak: a capitalised word after one is a noun (German
# nouns are all capitalised), or a place or business ("la Valle Verde").
_FOREIGN_ARTICLE_ENDS = tuple(f" {a} " for a in word_list(
    "der die das den dem des ein eine einen einem einer el la los las un una le les une il lo gli os as "
    "del al du au aux della dello do da dos das"))


# Name-like words that begin the names of places and businesses as adjectives ("Little Spoons", "Young Athletes").
_ADJECTIVE_NAME_WORDS = frozenset({"little", "young", "big", "old", "new", "black", "white", "green", "brown", "grand"})


# A birth date or a record number right after a name: "Colt Redhawk, DOB 1997-03-22", "(MRN 4471902)".
_DOB_AFTER = lazy_compile(r",? \(?(?:DOB|D\.O\.B\.?|date of birth|born|MRN|chart #?)\b", re.IGNORECASE)


def _decide(s: Scan, start: int, end: int, caps: tuple[str, ...], norms: tuple[str, ...], n_init: int,
            label: bool, lex: int, name_like: int, foreign: bool) -> tuple[int, int, float, str, int] | None:
    """Shape + cue decision for one capitalised segment (before suppression): (start, end,
    confidence, reason, tail cues of the 30 characters before it or -1 if not read) or None.
    `caps` are its tokens (dots kept), `norms` their lower-cased forms without dots.

    Each cue is looked up only on the branch that reads it; all of them are pure, so the
    decision is the one an all-up-front evaluation gives.
    """
    real = len(norms) - n_init
    if real >= 2:
        if lex >= 2 and name_like != real:
            return start, end, 0.85, _PAIR_REASON, -1
        before = s.lower[start - 30 if start > 30 else 0 : start]
        after = s.text[end : end + 40]
        if lex == 0 and _foreign_text(s) and not _tail_cues(before) & _FOREIGN_STRONG_BEFORE.bit:
            # German nouns, Portuguese clinic names: capitals and accents say nothing there, unless a cue
            # in that language comes right before ("Si llama la mamá de Sofía Castañeda")
            return None
        if lex < 2 and before.endswith(_FOREIGN_ARTICLE_ENDS) and _foreign_text(s) and not (
                _tail_cues(before) & _FOREIGN_STRONG_BEFORE.bit):
            # "wenn der Anrufer Deutsch spricht": a noun after its article (not after a kin word and its
            # article: "esposa do Rafael Siqueira")
            return None
        if lex == 0 and all(n in english_words() for n in norms if len(n) > 1):
            cues = _tail_cues(before)
            if name_like == real and not after[1:2].isupper() and (  # (not "from Little Reed Pediatric ENT")
                    cues & _PERSON_CUE_BITS or _person_after(after)):
                # words that are names as often as words, every one of them, with a person cue: "my name is
                # Tom Reed", "his son Bill Rose" (not "Will Rose" alone)
                return start, end, 0.75, _PAIR_REASON, cues
            if name_like == real == 2 and not after[1:2].isupper() and norms[0] not in _ADJECTIVE_NAME_WORDS and (
                    HEALTH_CUE.search(s.lower[max(0, start - 40) : end + 40])):
                return start, end, 0.6, "two words that are names as often as words, next to health words", -1
            if real == 2 and norms[0] in NAME_LIKE_WORDS and not after[1:2].isupper() and (
                    norms[1] not in ORG_WORDS and norms[0] not in _ADJECTIVE_NAME_WORDS) and (
                    cues & _STRONG_BEFORE.bit or _relative_named_before(before) or (
                        # the caller introducing themselves: "User: It's Ray Thunderbird, chair 9"
                        _CALLER_INTRO_END.search(before) is not None and in_caller_turn(s, start))):
                # a given name that is a word, then a surname that is a word, right after a person cue:
                # "Patient Sue Lane", "her daughter Sandy Brook"
                return start, end, 0.7, _PAIR_REASON, cues
            return None  # "Cedar Hollow", "Crisis Lifeline", "Rocky Mountain": ordinary words in Title Case
        # the caller introducing themselves in their own turn: "User: Bonjou, se Wideline Pierre-Louis, ..."
        intro = lex == 0 and _CALLER_INTRO_END.search(before) is not None and in_caller_turn(s, start) and not any(
            n in ORG_WORDS for n in norms)
        if lex == 0 and (s.text[end : end + 1].isupper() or any(
                compound_word(n) and n not in rare_surnames() for n in norms)) and not (
                intro or _tail_cues(before) & _STRONG_BEFORE.bit or _relative_named_before(before)
                # (a birth date or record after it: "Colt Redhawk, DOB 1997-03-22")
                or _DOB_AFTER.match(after)):
            # "Harborlight PrEP" (glued to capitals: a brand), "Harborlight Mavyret" (a coinage); but
            # "my name is Wideline Pierre-Louis" (a Haitian given name made like two English words)
            return None
        if lex == 0 and len(norms[-1]) > 3 and norms[-1] not in NAME_LIKE_WORDS and (
                norms[-1] in english_words() or norms[-1] in EPONYM_DISEASES or (
                    compound_word(norms[-1]) and norms[-1] not in rare_surnames())) and not (
                intro or _tail_cues(before) & _STRONG_BEFORE.bit or _relative_named_before(before)
                or _DOB_AFTER.match(after)):
            # "Millbrook Elementary", "Fresenius Lakeview": a school, a clinic branch (the head word);
            # a census surname made of two words is a surname ("Halima Beckford"), and so is a word
            # after a patient cue ("Retired member Elwin Dyer is 93"), in the caller's own introduction
            # ("User: It's Ray Thunderbird, chair 9") or after a relative ("his niece, Sierra Blackbear")
            return None
        if (label and lex == 0 and _title_label(s)) or any(
                _CAMEL_PRODUCT.search(w) and not _NAME_CAMEL.match(w) for w in caps):
            return None  # "Meridian Rx – Refill Reminder Outbound", "Meridian CureTrack": a product or clinic
        # _person_cue(before, after), its tail cues kept (they are pure: reading them first changes nothing)
        cues = _tail_cues(before)
        if lex >= 1:
            person = bool(cues & _PERSON_CUE_BITS) or _person_after(after)
            if name_like == real and not person:
                return None  # "Will Rose" style word pairs
            if lex == 1 and not person and any("-" in n and all(p in english_words() for p in n.split("-"))
                                               for n in norms):
                return None  # "Calloway After-Hours Triage": a service named for a county, not a person
            if lex == 1 and label and not person and _title_label(s) and "call" not in s.lower and (
                    "follow" not in s.lower) and not any(n in _lex()[0] for n in norms) and any(
                    n in english_words() and not _is_lex(n) for n in norms):
                return None  # "Calder Rabies PEP Line": a Title Case label names a county's service
            return start, end, 0.85 if lex >= 2 or person else 0.75, _PAIR_REASON, cues
        if foreign or intro or cues & _PERSON_CUE_BITS or _person_after(after) or (
                label and s.has("health", HEALTH_CUE)):
            return (start, end, 0.65, "two name-shaped capitalised tokens with a person cue or non-English letters",
                    cues)
        words = [w.rstrip(".") for w in caps]
        given_first = norms[0] in NAME_LIKE_WORDS or norms[0] in _lex()[0]
        if (real <= 3 and not any(w.isupper() for w in words if len(w) > 1) and not _in_heading(s, start, end)
                # (a given name, then a double-barrelled surname: "Hope Adeyemi-Price" is no product's CamelCase)
                and not any(_word_shaped(w) and not (given_first and _double_barrelled(w)) for w in words)
                # (not after a place's preposition or before a place's head word: "elders in Little Haiti",
                # "the Red Mesa and Teec Nos Pos chapters", "opened Lakou Swen in 2009")
                and not before.endswith(_LOCATIVE_ENDS) and not before.endswith(_OPENED_ENDS)
                and not _PLACE_HEAD_AFTER.match(after)):
            return start, end, 0.55, "two or three capitalised tokens that are not common words (name shape)", cues
        return None
    # A single token (possibly with initials): needs a cue.
    norm = next(nn for nn in norms if len(nn) != 1)
    if n_init:
        if label and len(caps) == 2 and caps[1].endswith(".") and len(norms[1]) == 1 and (
                norm in NAME_LIKE_WORDS or norm in _lex()[0]) and not _persona_label(s):
            return start, end, 0.65, "first name and a surname initial in a label", -1  # "Hank Z. CPAP refit"
        if lex:
            return start, end, 0.75, "initial plus a surname from the lexicon", -1
        if not _is_word(norm) and norm not in english_words() and (
                label or _in_patient_list(s, start)
                or _person_cue(s.lower[max(0, start - 30) : start], s.text[end : end + 40])
                                   or HEALTH_CUE.search(s.lower[max(0, start - 40) : end + 40])):
            return start, end, 0.65, "initial plus a capitalised surname with a cue", -1
    # one token: it needs a cue
    verdict = _single_token_verdict(s, start, end, norm, lex, foreign, label)
    if verdict is False:
        return None
    if verdict is not True:
        return (*verdict, -1)
    before = s.lower[start - 30 if start > 30 else 0 : start]
    cues = _tail_cues(before)
    found = _decide_cued(s, start, end, lex, foreign, label, before, cues)
    return None if found is None else (*found, cues)



# A first name the note says has no surname with it: "Grant (no last name given)", "Tasha (last name unknown)".
_NO_SURNAME_PAREN = lazy_compile(r" ?\((?:(?:no|without an?y?) (?:last|family|sur) ?name|(?:last|family|sur) ?name "
                                 r"(?:unknown|not given|withheld|not known)|first name only)\b")
# A name set off by a description of the person: "Hope, the little girl with ...", "Grant — the teen who ...".
_DESCRIBED_PERSON_AFTER = lazy_compile(r"(?:,| [—–-]) the (?:little |young |older |elderly |new |)(?:girl|boy|kid|"
                                       r"child|teen|teenager|baby|toddler|infant|man|woman|lady|gentleman|patient|"
                                       r"caller|resident|client) (?:with|who|in|from)\b"
                                       # ... or the patient, set off: "Iris, the patient, not the tech, left ..."
                                       r"|, the (?:patient|client|caller|resident|member),"
                                       # ... or a relative of someone in care: "Dawn, the grandmother, brings Zuri"
                                       r"|, the (?:grandmother|grandfather|grandma|grandpa|mother|father|mom|dad|aunt|"
                                       r"uncle|stepmother|stepfather|stepmom|stepdad|foster mom|foster dad|"
                                       r"older sister|older brother|husband|wife),")
_IN_STATE_ENDS = ("in ", "from ", "across ", "throughout ", "outside ", "of ", "to ")
# After a name that is also a word: an age or "the client" in parentheses, or a call about their own
# things ("called again from the women's house asking about her 90-day chip"), or leaving their own
# things behind ("from the 4:15 PT slot left her knee brace here"). Staff call in sick, or call back.
_WORD_NAME_DETOUR = r"(?: \([^()\n]{1,60}\)| from [^.;,\n]{1,40}?)?"
_REMIND_OWN_AFTER = lazy_compile(_WORD_NAME_DETOUR + r" (?:that|about) (?:his|her|their) ")
_WORD_NAME_PATIENT_AFTER = lazy_compile(
    r" \((?:age \d|aged \d|\d{1,2} ?(?:yo|y/o|years? old)\b|(?:the |a )?(?:client|patient|resident|member)\b)"
    # "If Hope messages again tonight, she ..."
    r"|" + _WORD_NAME_DETOUR + r" (?:calls|messages|texts|writes) again\b"
    r"|" + _WORD_NAME_DETOUR + r" (?:called|calls|phoned|phones|texted|texts|rang|emailed|messaged)"
    r"(?: (?:again|twice|back|earlier|today|yesterday|this morning|last week))?"
    # ... at a time of their own: "calls after 5 pm most days asking about her creatinine"
    r"(?: (?:after|before|around|every|most|on) [\w:.]+(?: [\w.]+){0,3}?)?"
    r"(?: from [^.;,\n]{1,40}?)? (?:about|asking about|to ask about|asking for|regarding|re:?) (?:his|her|their)\b"
    r"|" + _WORD_NAME_DETOUR + r" (?:left|forgot|lost) (?:his|her|their) "
    # an illness of their own: "Grant (TPN, Mon/Wed/Fri) had a line infection in May"
    r"|" + _WORD_NAME_DETOUR + r" (?:has|had) (?:a |an )?(?:[\w-]+ )?(?:abscess|infection|fracture|rash|fever|"
    r"wound|laceration|sprain|blister|concussion|seizure|stroke|fall)\b")


def _single_token_verdict(s: Scan, start: int, end: int, norm: str, lex: int, foreign: bool,
                          label: bool) -> bool | tuple[int, int, float, str]:
    """What one name token's own shape and place settle before its cues are read: False (no
    name), True (read the cues), or the decision itself. Shared by _decide and _judge_lone."""
    if norm in NAME_LIKE_WORDS:
        # a word that is also a name, only when someone is greeted by it ("Hi Grace, it's ...") or a
        # relative is named by it ("Her husband Frank usually answers")
        if _greeted(s, start, end):
            return start, end, 0.6, "name greeted at the start of a message"
        if s.text[start : start + 1].isupper() and (
                _tail_cues(s.lower[max(0, start - 30) : start]) & _RELATIVE_BEFORE.bit
                or _relative_named_before(s.lower[max(0, start - 40) : start])):
            return start, end, 0.6, "name of a relative"  # (or a regular caller: "Regular caller: Bill from ...")
        if s.text[start : start + 1].isupper() and s.lower[end : end + 1] in "'’" and (
                _RELATIVE_POSSESSIVE.match(s.lower, end)):
            return start, end, 0.6, "name with a relative of theirs"  # "call back Destiny's mom"
        if s.text[start : start + 1].isupper() and s.lower.endswith(_TOLD_BEFORE, 0, start) and (
                _OWN_THINGS_AFTER.match(s.lower, end)):
            return start, end, 0.6, "name told about their own things"  # "Tell Grant his samples are at the desk"
        if s.text[start : start + 1].isupper() and s.lower[end : end + 1] in "'’" and (
                _PATIENT_POSSESSIVE.match(s.lower, end)):
            return start, end, 0.6, "name with a patient's own care"  # "Ivy's biopsy came back clear"
        if s.text[start : start + 1].isupper() and (_INTRO_END.search(s.lower, max(0, start - 16), start) or (
                # "User: hi, it's Grant — I had the scope", "my name's Marisol but": the name, then a pause
                _IT_IS_END.search(s.lower, max(0, start - 16), start) and _PAUSE_AFTER.match(s.text, end))) and (
                in_caller_turn(s, start)):
            return start, end, 0.6, "name the caller introduces themselves by"  # "User: hi, my name is Bill"
        if s.text[start : start + 1].isupper() and _NO_SURNAME_PAREN.match(s.lower, end):
            return start, end, 0.6, "a first name said to stand without a surname"  # "Grant (no last name given)"
        if s.text[start : start + 1].isupper() and _DESCRIBED_PERSON_AFTER.match(s.lower, end):
            return start, end, 0.6, "a name and who the person is"  # "Hope, the little girl with the purple frames"
        if s.text[start : start + 1].isupper() and s.lower.endswith("remind ", 0, start) and (
                _REMIND_OWN_AFTER.match(s.lower, end)):
            # "Remind Grant from the Tuesday IOP group that his court letter is ready": their own things
            return start, end, 0.6, "a name reminded of their own things"
        if s.text[start : start + 1].isupper() and norm != "he" and (  # ("He phones ...": the pronoun)
                _WORD_NAME_PATIENT_AFTER.match(s.lower, end) or _PT_PAREN_AFTER.match(s.text, end)
                # ("Cell – Summer (barrel racer, 24 wks pregnant, cleared?)": her own health in parentheses)
                or (s.text[end : end + 2] == " (" and _health_paren(s.text[end : end + 80])
                    and not _STAFF_PAREN_WORDS.search(s.lower, end, end + 80))):
            # "Hope called twice about her compression stocking order", "Summer (age 9, neuroblastoma)"
            return start, end, 0.6, "a name and what only a patient does or is"
        return False
    if norm in _geo_names():
        return False  # "State license: Dr. Castellano, Ohio 35.123456": a place
    if norm in US_STATES and s.lower.endswith(_IN_STATE_ENDS, max(0, start - 12), start):
        return False  # "In Georgia, minors can consent ...": a state (Georgia, Virginia, Carolina are given names too)
    if s.lower.endswith("thứ ", 0, start):
        return False  # "Thứ Sáu": Friday in Vietnamese (the day's number, not a given name)
    if s.lower[max(0, start - 16) : start].endswith(_FROM_PLACE_ENDS):
        return False  # "most callers are from Hindman, Hazard or Whitesburg": a place
    if s.lower[max(0, start - 20) : start].endswith(_INSURER_ENDS):
        return False  # "We are out of network for Oscar": an insurer
    if norm in INSTITUTION_GIVEN_NAMES and _institution_named(s, start, end):
        return False  # "Callers with Oscar plans", "For Oscar, Ambetter or Molina", "Dana Farber"
    if s.text[end : end + 1].isupper():
        return False  # glued to capitals: a brand ("MiraLAX"), not a name
    if s.text[end : end + 1] in "'’" and s.text[end + 1 : end + 2].islower() and not (
            s.text[end + 1 : end + 2] == "s" and not s.text[end + 2 : end + 3].isalpha()):
        return False  # one part of a word with apostrophes ("Yá'át'ééh"), not a name and its possessive
    if label and not lex and _title_label(s):
        return False  # "Westbrook PT - Solon": a Title Case label names a clinic and a place
    if not lex and not foreign and ((_CAMEL_PRODUCT.search(s.text, start, end)
                                     and not _NAME_CAMEL.match(s.text, start)) or all(
            p in english_words() for p in norm.split("-") if p)):
        return False  # "ComPsych", "Booking", "Toll-free": a product or an ordinary word, not a name
    if not lex and _foreign_text(s) and not _greeted(s, start, end) and not (
            _tail_cues(s.lower[max(0, start - 30) : start]) & _FOREIGN_STRONG_BEFORE.bit):
        return False  # outside English only a cue in that language ("la familia Quispe") makes a name
    if not lex and s.contains("#") and _in_heading(s, start, end):
        return False  # "### Example 1 – New Patient Booking": Title Case in a Markdown heading
    # "Ava – Riverside Scheduling": the agent's persona name
    return not (label and _persona_label(s))


# Whom recurring visits are booked with, right before a name (no honorific between): a clinician.
_BOOKED_WITH_ENDS = tuple(f"{kind} with " for kind in ("visits", "sessions", "appointments", "consults", "screenings",
                                                        "evaluations", "evals", "fittings", "lessons"))
# A staff member's own schedule after their name's possessive: "Fistulagrams and declots: Summer Kline's calendar".
_STAFF_CALENDAR_POSSESSIVE = lazy_compile(r"['’]s (?:calendar|column|template|caseload|panel|slots)\b")
# What follows a surname in the plural when it names a thing, not a family: a capitalised word (a brand's
# product), a place, a work ("the Phillips neighborhood", "the Edwards SAPIEN 3", "the Dickens novel").
_FAMILY_PLURAL_NOT_AFTER = lazy_compile(r" (?:[A-Z]|(?:neighbou?rhood|district|novel|book|forward|building|center|"
                                        r"centre|park|school|street|road|avenue|lane|bridge|guy)\b)")


def _decide_cued(s: Scan, start: int, end: int, lex: int, foreign: bool, label: bool, before: str,
                 cues: int) -> tuple[int, int, float, str] | None:
    """The decision for one name token (after any initials, not a name-like word, not a persona's
    name in a label): it needs a cue. `before` is the 30-character window before the name, `cues`
    its tail cues."""
    lower = s.lower
    text = s.text
    after = text[end : end + 40]
    if not label and _foreign_text(s) and _greeted(s, start, end):
        # a reminder in another language greeting its patient: "Oi Edileuza, aqui é a Iara ..." (a
        # foreign text's names need such a cue: its capitals and accents say nothing)
        return start, end, 0.6, "name greeted at the start of a message"
    if cues & _STRONG_BEFORE.bit or ((lex or foreign) and cues & _PERSON_BEFORE.bit) or (
            # a person's relative right before: "her nephew Dwight drives her", "my boy Colt got kicked"
            _relative_named_before(before)) or (
            # "User: hey it's Tamsin again": in the caller's own turn, an unknown name introduces the caller
            (cues & _PERSON_BEFORE.bit or before.endswith(" its ")) and _INTRO_FROM_END.search(before)
            and in_caller_turn(s, start)) or (
            _person_after(after) and (lex or foreign or not _sentence_start(text, start))) or (
            "(" in after[:2] and (_PATIENT_PAREN.match(after) or _health_paren(after)
                                  or _NO_SURNAME_PAREN.match(lower, end))) or (
            after[:1] in "'’" and (_RELATIVE_POSSESSIVE.match(after) or _PATIENT_POSSESSIVE.match(after))) or (
            # who the person is, set off after the name: "Gloria, the grandmother, drives Kaito"
            after[:1] in ", " and _DESCRIBED_PERSON_AFTER.match(lower, end)):
        # (person and (lex or foreign)) or (strong and not sentence_start) or strong_before,
        # with strong = strong_before or person-after and person = strong or person-before
        reason = "single name with a person cue"
        if label or s.has("health", HEALTH_CUE):
            return start, end, 0.7, reason + " and health context"
        return start, end, 0.6 if lex else 0.55, reason
    if before.endswith("the ") and _family_plural(text[start:end]) and not (
            # ("the Wilms tumor clinic", "the Adams forward bend test": a clinical eponym)
            after[:1] == " " and any(w in EPONYM_NEXT for w in after[1:].lower().split(" ", 3)[:3])) and not (
            # ("the Edwards SAPIEN 3", "the Phillips neighborhood", "the Dickens novel": a brand, a place, a work)
            _FAMILY_PLURAL_NOT_AFTER.match(after)):
        return start, end, 0.6, "a family named by its surname in the plural"  # "(the Haverfords)"
    if (before.endswith("the ") and _HOUSEHOLD_AFTER.match(after)
            and f"{lower[start:end]} {after.split(None, 1)[0].lower()}" not in PUBLIC_FIGURES) or (
            (lex or foreign) and _FAMILY_HEADING.match(after)) or (
            after.startswith(" household") and not after[10:11].isalpha()) or (
            # a family in parentheses after its account or chart: "account LL-20931 (Mwangi family)"
            after.startswith((" family)", " household)")) and text[start - 1 : start] == "("):
        # ("Dahir household, 41 Bartlett St": no organisation calls itself a household)
        return start, end, 0.6, "surname naming a household, account or chart"  # ("Ortiz family: they live ...")
    if (lex or foreign or not _sentence_start(text, start) or after[:2] == " (") and _in_patient_list(s, start):
        return start, end, 0.6, "name on a list of patients to call or see"
    if label and lex and not _persona_label(s) and not _whole_label(s, start, end) and not _title_label(s) and (
            not _staff_label(s, start)) and not _for_many_document(s) and lower[start:end] not in _ANATOMY_EPONYMS:
        # A label that is only a first name ("Alex") is the assistant's persona name, and so is a
        # first name beside a Title Case organisation or campaign ("Ellie - Harbor Point Dental").
        return start, end, 0.6, "lexicon name in a short label"
    if (lex and not _sentence_start(text, start) and not (label and _title_label(s))
            and not before.endswith(_LOCATIVE_ENDS) and not _LOCATIVE_LIST_END.search(before)
            and HEALTH_CUE.search(lower[max(0, start - 40) : end + 40]) and not _between_brands(s, start, end)):
        return start, end, 0.55, "lexicon name next to health words"
    if (lex or foreign) and after.startswith((" from ", " in ")) and _FROM_GROUP_AFTER.match(after):
        return start, end, 0.6, "name of someone in a patient group or chair ('from the Tuesday IOP group')"
    if after[:1] in " ," and (lex or foreign or _PRONOUN.search(lower, max(0, start - 160), end + 160)) and (
            _patient_doing_after(text, end)):
        return start, end, 0.55, "name as the subject of what patients do ('Gwen (on Ajovy) keeps calling')"
    if (lex or foreign) and after[:1] == " " and _OWN_HEALTH_AFTER.match(lower, end):
        return start, end, 0.55, "name as the subject of a clause about their own care ('after her surgery')"
    lead = after[:1]
    if lead != " " and lead != ",":
        return None  # the work and action patterns below all start with " " or ", "
    if lead == " " and before.endswith("the ") and _AUTHOR_WORK.match(after):
        return start, end, 0.55, "author of a named work ('the <name> novel')"
    # exact: both action patterns (case-sensitive) go on, past ", " or " ", with a word of _ACTION_HEADS
    if (after[2:4] if after[:2] == ", " else after[1:3]) not in _ACTION_HEADS:
        return None
    if before.endswith(_LOCATIVE_ENDS):
        return None  # "Vein Center in Olympia is a different practice": a place
    if (lead == " " and _STRONG_ACTION_AFTER.match(after)) or (_ACTION_AFTER.match(after) and (
            lex or foreign or _PRONOUN.search(lower[max(0, start - 160) : end + 160]))):
        return start, end, 0.55, ("name as the subject of a personal verb (lexicon name or a personal "
                                  "pronoun follows)")
    return None


# The rest of a clause whose subject is the name, ending in that person's own care: "Tyler will message most
# mornings about his shoulder rehab", "Margaret is coming back after her second axillary node surgery", the care
# after a preposition (a verb right before it is care given to another: "Brianna will tape his ankle"). No
# article, person or object pronoun between ("Maria will call the patient about her results": another's care).
_OWN_HEALTH_AFTER = lazy_compile(
    r"(?: \([^()\n]{1,40}\))? (?!(?:is|was) (?:our|the|a|an|one)\b)"
    r"(?:(?!(?:the|a|an|our|your|this|that|these|those|patient|patients|caller|callers|client|clients|mom|dad|"
    r"mother|father|son|daughter|wife|husband|child|kid|kids|baby|family|him|her|them|you|dr|doctor|nurse)\b)"
    r"[a-z][\w'’-]*,? ){0,5}(?:about|after|for|with|since|before|from|following|regarding) (?:his|her|their) "
    r"(?:[\w-]+ ){0,3}?(?:surgery|surgeries|rehab|meds|medications?|"
    r"medicine|biopsy|results|labs|lab work|infusions?|dialysis|chemo|chemotherapy|wound|stitches|cast|injury|"
    r"shoulder|knee|hip|ankle|wrist|elbow|prescriptions?|refills?|diagnosis|mri|x-rays?|symptoms|seizures?|"
    r"sugars?|blood pressure|inhaler|insulin|oxygen|cpap|catheter|brace|splint|pain|hearing aids?|pump|dressing|"
    r"ulcer|fracture|transplant|dentures|implant|stoma|ostomy|incision)\b")


def _patient_doing_after(text: str, end: int) -> bool:
    """After the name, maybe past a parenthesis or a "from ..." phrase, a verb of what patients do
    ("Gerald asks for chair 7", "Loretta from Grove City calls every Thursday", "Wojtek (Polish
    only) may call at 3 a.m.", "Habibullah works nights at Sunrise Poultry")."""
    detour = _SUBJECT_DETOUR.match(text, end)
    at = detour.end() if detour else end
    if _PATIENT_APPOSITIVE.match(text, end):
        return True  # "Dale, the retired trucker with the bilateral C4 changes, always asks ..."
    return _PATIENT_DOING.match(text, at) is not None or (
        at > end and _ACTION_AFTER.match(text[at : at + 40]) is not None)


# A description set off after the name that only a patient gets: someone "with" a condition or "who
# has" one (a role word in it makes it staff: "Dana, the nurse who covers nights").
_PATIENT_APPOSITIVE = lazy_compile(r", the (?!(?:[\w-]+ ){0,3}?(?:nurse|doctor|provider|scheduler|receptionist|"
                                   r"coordinator|navigator|tech|therapist|manager|driver|interpreter|pharmacist|"
                                   r"dietitian|aide|volunteer|counselor)\b)(?:[\w-]+ ){1,3}?(?:with (?:the |a |an |"
                                   r"his |her |bilateral )?|who (?:has|had|is|was|lives|uses|takes|needs)\b)")
_SUBJECT_DETOUR = lazy_compile(r"(?: the [a-z][\w-]+)? \([^()\n]{1,60}\)|, who [^,;\n]{1,60},|"
                               r" from (?:the |our )?[\w'’.-]+(?: [\w'’.-]+){0,3}?(?= (?:may|will|"
                               r"calls|called|asks|asked|keeps|wants|needs|books|works|forgets|missed))")
_PATIENT_DOING = lazy_compile(r",? (?:asks|books|keeps (?:calling|asking|missing|forgetting)|"
                              r"(?:may|might|will|usually|often|sometimes) (?:call|calls|ask|text)"
                              + _CALLS_ANOTHER + r"|forgets|forgot|"
                              r"missed|skipped|works (?:nights|days|evenings|weekends|overnights?|two jobs|at [A-Z]|"
                              r"(?:first|second|third|night|swing|graveyard) shift)|cumple años|"
                              r"has (?:a |an )?(?:[\w-]+ )?(?:abscess|infection|fracture|rash|fever|cough|wound|"
                              r"laceration|sprain|burn|blister|concussion)|"
                              r"is (?:due|losing|behind)|turns \d|"
                              # an injury to their own body: "Ilinca (aerial straps) dislocated her left shoulder"
                              r"(?:dislocated|sprained|broke|tore|fractured|injured|hurt|twisted|strained|"
                              r"separated|bruised|jammed) (?:her|his|their)|fell (?:off|from|on)|"
                              r"was (?:thrown|bucked off|kicked|stepped on|hung up)|"
                              r"had (?:frostbite|a (?:fall|seizure|stroke|heart attack|miscarriage)|surgery|"
                              r"chest pain))\b")


# A plural role in parentheses right after a list of names: "Brianna and Luis (schedulers)".
_ROLE_PAREN_AFTER = lazy_compile(r" ?\((?:" + _ROLE_PLURALS + r")\)")
# Where patients sit together: "Ofelia from the 9:30 infusion chair", "Delia from the Tuesday IOP group"
# (not a department: "Ava from the front desk" is staff).
# ... or in the schedule's slot: "Doug in the 9:40 slot went down after hep A"
_FROM_GROUP_AFTER = lazy_compile(r" (?:from|in) (?:the |our |my )?(?:[\w:'’-]+ ){0,3}(?:group|chair|class|cohort|"
                                 r"waitlist|wait list|bay|circle|slot)\b")
# A capitalised neighbour in a list: ", Word" before or ", Word" / " and Word" / " or Word" after.
_LIST_NEIGHBOUR_BEFORE = lazy_compile(rf"([{_U}][\w-]+),? $")
_LIST_NEIGHBOUR_AFTER = lazy_compile(rf"(?:,| and| or|,? &) ([{_U}][\w-]+)")


def _between_brands(s: Scan, start: int, end: int) -> bool:
    """Is the name an item of a list whose neighbours are capitalised words that are no names
    ("stop Zyrtec, Claritin, Allegra and Benadryl")? Then it is one more brand."""
    before = _LIST_NEIGHBOUR_BEFORE.search(s.text, max(0, start - 30), start)
    after = _LIST_NEIGHBOUR_AFTER.match(s.text, end)
    if before is None or after is None or not s.text[before.end(1) : start].startswith(","):
        return False
    return not _is_lex(before.group(1).lower()) and not _is_lex(after.group(1).lower())


_OPENED_ENDS = (" opened ", " founded ", " launched ", " started ", " built ", " serving the ", " serves the ")
# A head word after capitalised words that makes them a place or an organisation's name.
_PLACE_HEAD_AFTER = lazy_compile(r",? (?:chapters?|communities|community|reservation|pueblo|village|township|"
                                 r"neighbou?rhoods?|district|county|parish|valley|area|campus|program|programme|"
                                 r"project|center|centre|clinic|house|home)\b")
_PAIR_REASON = "capitalised first/last name pair found in the name lexicon"
# "in Redmond", "off Wilson Ave": a place after a locative preposition, unless a person cue says otherwise
_FROM_PLACE_ENDS = (" are from ", " is from ", " come from ", " comes from ", " came from ", " drives to ",
                    " travels to ", " drive to ", " calling from ", " callers from ")
# After an institution's given-name-like word: its plans and members, or the rest of its name.
_INSTITUTION_AFTER = lazy_compile(r"(?: (?:health|plans?|members?|ppo|hmo|epo|marketplace|advantage|insurance|"
                                  r"coverage|policy|policies|cancer|prior auth|auth|formulary|portal|network|point)\b"
                                  r"|[- ]farber\b|:)")


def _institution_named(s: Scan, start: int, end: int) -> bool:
    """Beside a plan word, the rest of the institution's name, or another institution in a list
    ("Aetna, Oscar, and Cigna", "For Oscar, Ambetter or Molina")."""
    if _INSTITUTION_AFTER.match(s.lower, end):
        return True
    before = _LIST_NEIGHBOUR_BEFORE.search(s.text, max(0, start - 30), start)
    after = _LIST_NEIGHBOUR_AFTER.match(s.text, end)
    return (before is not None and before.group(1).lower() in INSTITUTION_WORDS) or (
        after is not None and after.group(1).lower() in INSTITUTION_WORDS)


# What a practice says of a health plan right before its name.
_INSURER_ENDS = (" network for ", " network with ", "in-network with ", " contracted with ", " credentialed with ",
                 " participate with ", " coverage through ", " plan through ", " insured through ")
_LOCATIVE_ENDS = (" in ", " at ", " near ", " off ", " above ", " below ", " outside ", " inside ", " around ",
                  " are from ", " come from ", " comes from ", " drives to ", " travels to ", "rides to ",
                  "trips to ", "flights to ")
# the last item of a list of places: "in Bend and Redmond", "at Tacoma, Gig Harbor or Lakewood"
_LOCATIVE_LIST_END = lazy_compile(r"\b(?:in|at|near|off|around|outside)\s(?:[\w'’.-]+(?:,\s|\s(?:and|or|&)\s)){1,3}$"
                                r"|\b(?:units|facilities|centers|sites|locations|clinics|network):\s(?:[\w'’.-]+,\s){0,4}$")
# A capital inside a word, after two lower-case letters ("ComPsych", "CureTrack"; not "McDonald").
_CAMEL_PRODUCT = lazy_compile(rf"[{_L}]{{2}}[{_U}]")
def _family_plural(word: str) -> bool:
    """'Haverfords', 'Okafors': a surname of the lexicons with a plural s (not a word: 'Browns', 'Hills')."""
    low = word.lower()
    if len(low) < 5 or not low.endswith("s") or _is_word(low) or low in english_words():
        return False
    stem = low[:-1]
    if low in _lex()[0]:
        return False  # "the Charles" (a river, a regatta): a given name ending in s, not a family's plural
    return (stem in _lex()[1] or stem in _label_extra()) and not _is_word(stem) and stem not in english_words()


# A household as a note's heading: "Ortiz family: they live out past Bennett", "Haddad family - TPN".
_FAMILY_HEADING = lazy_compile(r" family ?(?::|[-–—] )")
# What a parenthesis right after a name says of the person: a condition or a need ("Wojtek (Polish
# only, cluster headaches) may call"), which no staff member's parenthesis says.
_PAREN_BODY = lazy_compile(r" ?\(([^()\n]{3,60})\)")


# A drug's dose or form in the parenthesis: "Naloxone (Narcan 4 mg nasal spray)" is a drug.
_DOSE_OR_FORM = lazy_compile(r"\d\s?(?:mg|mcg|ml|g|units?|%)\b|\b(?:spray|tablets?|capsules?|injection|pens?|patch|"
                             r"inhaler|cream|ointment|solution|suspension|generic|brand)\b")


# A parenthesis about a staff member's work, not a patient's health: "(front desk)", "(our RN)".
_STAFF_PAREN_WORDS = lazy_compile(r"\((?:[^()]{0,40}\b)?(?:front desk|staff|our|nurse|rn|lpn|md|np|pa|ma|coordinator|"
                                  r"manager|scheduler|tech|therapist|aide|volunteer|driver)\b")


def _health_paren(after: str) -> bool:
    m = _PAREN_BODY.match(after)
    if m is None:
        return False
    body = m.group(1).lower()
    return HEALTH_CUE.search(body) is not None and _DOSE_OR_FORM.search(body) is None


_HOUSEHOLD_AFTER = lazy_compile(
    r" (?:account|family|fam|household|chart|twins|kids|children|residence|boy|girl|baby|kid|order|claim|"
    # ("The Pruitt delivery goes to 2291 Wexford Ct")
    r"delivery|deliveries|pickup|drop-off|setup|rental|brothers|sisters|siblings|cousins|"
    # (not "referral": "the Kennedy-Krieger referral form" is an institution's)
    r"case|file|visits|embryos|home|house|farm|trailer|place)\b"
    r"(?! (?:medicine|practice|health|dentistry|care|clinic|center|physicians|planning|services))"
    # a donor family: "after the Alden family foundation", "after the Hadley family's 2019 donation"
    r"(?!(?:['’]s)? (?:\d{4} )?(?:foundation|trust|fund|donation|gift|bequest|endowment|estate)\b)", re.IGNORECASE)


# Function words of the languages bilingual agents use, that are not English words. A text with
# three of them and more of them than English function words is not English: its capitalised nouns
# (German), accented words and place names say nothing about names, so only lexicon names count.
_FOREIGN_FUNCTION_WORDS = frozenset(word for words in (
    "el la los las del que y por para con su sus una uno es son está usted le les al nunca siempre",  # es
    "o os da das do dos em com sua seu não você é um uma nosso nossa atendemos",  # pt
    "le les des du et pour avec une est vous nous votre sur pas",  # fr
    "der die das und ist nicht mit für sie ihr ihre wir bitte auf den dem des ein eine oder zu bei",  # de
    "il lo gli che per con sono della",  # it
    "và của là có không cho với được này những các người bạn",  # vi
    "ang ng mga sa na at ay po",  # tl
) for word in words.split())
_ENGLISH_FUNCTION_WORDS = frozenset(
    word_list("the and of to in is for you your with on that this are be it at or if as not from by we our"))
_WORD_SPLIT = lazy_compile(r"[^\w'’]+")


def _foreign_text(s: Scan) -> bool:
    """Is the text mostly in a language other than English? (function-word counts, per text)"""
    v = s.memo.get("foreign_text")
    if v is None:
        foreign = english = 0
        for w in _WORD_SPLIT.split(s.lower):
            if w in _FOREIGN_FUNCTION_WORDS:
                foreign += 1
            elif w in _ENGLISH_FUNCTION_WORDS:
                english += 1
        v = s.memo["foreign_text"] = foreign >= 3 and foreign > english
    return bool(v)


# (also read by _suppressed for "Hi, Maria here"; a second, narrower definition higher up used to be
# shadowed by this one and is gone)
_GREETING_END = lazy_compile(r"(?:^|[\s\"'(¡])(?:hi|hello|hey|dear|good morning|good afternoon|good evening|hola|olá|"
                           r"oi|ola|bonjour|hallo|ciao|buenos días|buenos dias|buenas tardes|bom dia|boa tarde|"
                           r"happy birthday|congratulations|congrats|welcome|feliz cumpleaños|"
                           # the agent's turn going on with the caller's name: "Okay Tomasz, what's your ..."
                           r"okay|ok|alright|all right|got it|perfect|thanks|thank you|sorry),? $")


def _greeted(s: Scan, start: int, end: int) -> bool:
    """'Hi Grace, ...', 'Hola Florencio, ...', 'Happy birthday, Maureen!': someone addressed by name."""
    return s.text[end : end + 1] in (",", "!") and _GREETING_END.search(
        s.lower, max(0, start - 20), start) is not None


@cache
def _geo_names() -> frozenset[str]:
    """Countries and states that are not given names ("Ohio" is a place; "Georgia" can be a person)."""
    first = first_names()
    return frozenset(w for w in COUNTRIES | US_STATES if w not in first)


def _person_cue(before: str, after: str) -> bool:
    """A person cue word ends `before` or a person detail (dob, 's chart, age) follows."""
    return bool(_tail_cues(before) & _PERSON_CUE_BITS) or _person_after(after)


_PERSON_CUE_BITS = _STRONG_BEFORE.bit | _PERSON_BEFORE.bit


def _sentence_start(text: str, start: int) -> bool:
    return start == 0 or text[max(0, start - 2) : start] in (". ", "? ", "! ", "\n") or text[start - 1 : start] == "\n"



@cache
def _placeholder_set() -> frozenset[str]:
    from compliance_lint.phi.lexicon import PLACEHOLDER_NAMES

    return PLACEHOLDER_NAMES


_INITIALS_CUE = lazy_compile(r"\b(?:patient|pt|caller|member|client|resident|initial|participant|subject|enrollee|"
                           r"student|child|kid|baby|infant|donor|recipient|user|survivor|employee|athlete|"
                           r"dx|rx|hx)s?\b")
# Credentials, date-of-birth and place abbreviations written like initials.
_NOT_INITIALS = frozenset({"M.D.", "D.O.", "R.N.", "N.P.", "P.A.", "L.P.N.", "D.D.S.", "D.M.D.", "D.O.B.", "U.S.",
                           "U.S.A.", "U.K.", "A.M.", "P.M.", "E.U.", "D.C.", "N.Y.", "L.A.", "P.O.", "E.R.", "I.D.",
                           # degrees and credentials ("Karen Lee, M.S., RD"), and a postscript
                           "M.S.", "B.S.", "M.A.", "B.A.", "R.D.", "O.T.", "P.T.", "M.S.W.", "M.P.H.", "B.S.N.",
                           "M.S.N.", "D.N.P.", "F.N.P.", "C.N.A.", "C.M.A.", "M.B.A.", "J.D.", "P.S.", "U.N.",
                           # mutual-help groups and eras ("A.A. meetings", "400 B.C.")
                           "A.A.", "N.A.", "B.C.", "A.D.", "C.E.", "B.C.E."})
# Initials as the one a note is about: a call-back or reminder before them ("INR callbacks - D.K."),
# or a patient's own doing right after them ("T.R.W. started sofosbuvir", "D.K. missed her draw").
_INITIALS_ABOUT_BEFORE = lazy_compile(r"\b(?:call ?backs?|call|calls|remind|reminders?|recalls?|f/u|follow[- ]ups?|"
                                      # "book S.I. with Dr. Haque", "phone J.T. with today's INR"
                                      r"book|phone|text|schedule|reschedule|page|notify|message|"
                                      # "Rituximab dose two for R.T.", "labs for K.M."
                                      r"(?:doses?|infusions?|shots?|refills?|appointments?|appts?|labs?|results?|"
                                      r"visits?|injections?|travel|rides?|transport|pickups?|sessions?)(?: \w+)? for|"
                                      r"(?:hold|held|give|gave|start|stop) \w+ for|"
                                      # a greeting: "Hi K.B., this is Ivy from Aspen Crest"
                                      r"hi|hello|dear|good morning|good afternoon|"
                                      r"re:?)\W{0,4}(?:[A-Z]\.(?: ?[A-Z]\.){1,2}\W{1,4}(?:&|and)\W{1,3})?$",
                                      re.IGNORECASE)
_INITIALS_DOING_AFTER = lazy_compile(r"(?:,? (?:started|stopped|restarted|missed|skipped|finished|completed|"
                                     r"was (?:seen|admitted|discharged|started)|is (?:due|scheduled|on)|"
                                     r"needs|wants|cancell?ed|rescheduled|called (?:back )?about (?:her|his|their)|"
                                     r"(?:has|had) (?:her|his|their)|"
                                     # "O.B. trains on the cycler", "J.T. (long-haul trucker, ...)"
                                     # (not "called": "A.J. called back about the invoice from our vendor")
                                     r"trains|uses|takes|lives|drives|"
                                     r" ?\((?:[\w-]+ ){0,3}(?:trucker|driver|student|worker|farmer|teacher|patient|"
                                     r"mom|dad|mother|father|caller|resident|athlete|player))"
                                     # the possessive right after the initials: "T.N.'s missed midterm"
                                     r"|(?:'s|’s) (?:\w+ )?(?:inr|a1c|labs?|results?|refill|dose|draw|visit|appt|"
                                     r"appointment|midterm|exam|test|letter|note|class|shift|job))\b",
                                     re.IGNORECASE)


def _bare_initials(s: Scan, m: re.Match[str], before: str, after: str) -> bool:
    """Dotted initials with no cue around them: in configuration text they stand for a patient
    (a note pasted into a prompt, a label), unless they begin a full name ("V.S. Ramachandran", a
    public figure or a provider, judged with the name), or a staff cue or role is beside them."""
    if _CAPITALISED_NEXT.match(s.text, m.end()):
        return False
    return not (_tail_cues(before) & (_PROVIDER_BEFORE.bit | _STAFF_BEFORE.bit) or _staff_after(after)
                or _provider_after(after) or _AUTHORITY_BEFORE.search(before)
                or s.has("business_text", _BUSINESS_TEXT))  # "A.J. called back about the vendor's invoice"


_BUSINESS_TEXT = lazy_compile(r"\b(?:vendors?|invoices?|suppliers?|contractors?|payroll|purchase orders?|sales reps?|"
                              r"helpdesk|help desk|it ticket)\b")
# Whose word or signature it is: a colleague's ("per A.J. in IT", "approved by K.L.").
_AUTHORITY_BEFORE = lazy_compile(r"\b(?:per|cc:?|ask for|(?:approved|signed|initialed|reviewed|written) by)\W{0,3}$")


_CAPITALISED_NEXT = lazy_compile(r" ?[A-Z][a-z]")


def _initials(s: Scan) -> list[PhiHit]:
    """`J.R.` with a patient cue: initials are a derivative identifier (PHI_POLICY §2)."""
    hits: list[PhiHit] = []
    for m in _INITIALS_RE.finditer(s.text):
        if m.group(0).replace(" ", "") in _NOT_INITIALS or s.text.startswith(" Other", m.end()):
            continue  # (the British stand-in "A. N. Other")
        if s.text.endswith(", ", 0, m.start()) and m.group(0).replace(" ", "").replace(".", "").lower() in _CREDENTIALS:
            continue  # "Dr. Owen Castellanos, O.D.": a credential after the name
        before = s.lower[max(0, m.start() - 30) : m.start()]
        after = s.lower[m.end() : m.end() + 30]
        # A patient word just before or after ("the caller last Tuesday, S.K.,", "K.M. (the
        # sleep-study patient)") or health words after.
        if _INITIALS_CUE.search(before) or _INITIALS_CUE.search(after) or HEALTH_CUE.search(after) or (
                _in_patient_list(s, m.start())) or _INITIALS_ABOUT_BEFORE.search(before) or (
                _INITIALS_DOING_AFTER.match(s.text, m.end(), m.end() + 40)) or _bare_initials(s, m, before, after):
            if re.search(r"\b(?:dr|md|rn|np)\W{0,3}$", before):
                continue
            hits.append(PhiHit(m.start(), m.end(), "NAME", "name_initials", 0.7,
                               "initials with a patient cue or health context"))
    return hits


_LABEL_WORD_RE = lazy_compile(r"[^\W\d_][\w'’-]*")  # "Post-discharge" is one capitalised word
# Organisation words that name a business however written ("riverside_clinic", "garcia-llc").
_ALWAYS_ORG = frozenset({"clinic", "clinics", "hospital", "hospitals", "pharmacy", "center", "centre", "associates",
                         "group", "practice", "inc", "llc", "ltd", "corp", "company", "foundation", "institute",
                         "university", "college", "school", "medical", "health", "healthcare", "dental"})


def _whole_label(s: Scan, start: int, end: int) -> bool:
    """Is [start, end) the whole label but for separators at its ends ("Alex", "- Alex -")?

    The label's core is found once per text: comparing a stripped copy per candidate was
    quadratic in a long label. (Only the core's own window can equal the stripped text: any
    other window of its length starts or ends with a separator.)
    """
    core = s.memo.get("label_core")
    if core is None:
        text = s.text
        lo = len(text) - len(text.lstrip(" -_."))
        core = s.memo["label_core"] = (lo, max(lo, len(text.rstrip(" -_."))))
    return bool(core == (start, end))


def _title_label(s: Scan) -> bool:
    """A label whose every word is capitalised or an acronym ("Clara - Vaccine Outreach",
    "Marguerite - Northgate"): an agent's name and its clinic or campaign. A label about a
    patient says what to do in ordinary words ("Tomás - dialysis pickup")."""
    v = s.memo.get("title_label")
    if v is None:
        words = _LABEL_WORD_RE.findall(s.text)
        v = s.memo["title_label"] = len(words) >= 2 and all(w[0].isupper() or w in _TITLE_PARTICLES for w in words)
    return bool(v)


# Lower-case particles inside a Title Case name in the languages of the labels: "Clínica del Valle".
_TITLE_PARTICLES = frozenset({"de", "del", "la", "las", "los", "da", "das", "do", "dos", "du", "des", "y", "e"})


def _persona_label(s: Scan) -> bool:
    cached = s.memo.get("persona_label")
    if cached is None:
        cached = (any(m.group(0).lower() in _PERSONA_LABEL for m in _LABEL_TOK_RE.finditer(s.text)) or (
            "on call" in s.lower)) and not _relative_line(s)
        s.memo["persona_label"] = cached
    return bool(cached) and _no_personal_number(s)


def _no_personal_number(s: Scan) -> bool:
    """No number of seven digits or more in a persona's label ("Outbound test - Harold Pines 216-555-0144" is
    a test call to someone) but a version's release date ("Millie - Celiac Intake v2 (2026-02-01)")."""
    if s.digits < 7:
        return True
    m = _VERSION_DATE.search(s.text) if s.digits < 13 else None
    return m is not None and s.digits - sum(ch.isdigit() for ch in m.group(1)) == 8


def _relative_line(s: Scan) -> bool:
    """A label naming a patient's relative ("Sloane's mom – direct line"): no agent's persona."""
    return ("'s " in s.lower or "’s " in s.lower) and _RELATIVE_POSSESSIVE.search(s.lower) is not None


@lru_cache(maxsize=8192)
def _label_name_tok(tok: str) -> bool:
    """A lower-cased label token that can be part of a name: a lexicon name or a single letter."""
    first, last = _lex()
    # ("lang:uk-UA": a key's shorthand)
    return (tok in first or tok in last or len(tok) == 1) and tok not in _LABEL_STOP and (
        tok not in NAME_LIKE_WORDS and tok not in _LABEL_ABBREVIATIONS)


_LABEL_CHUNK_RE = lazy_compile(r"[^\s_\-–—.,;:/()\[\]|+]+")
_CAMEL_HONORIFIC = lazy_compile(rf"(?:Mr|Mrs|Ms|Miss|Mx)[{_U}][{_L}]+")
_LONE_LETTER = lazy_compile(r"(?<![^\W_])[A-Za-z](?![^\W_])")
_CAMEL_INITIAL_HINT = lazy_compile(rf"[{_U}][{_U}][{_L}]")
_CAMEL_PAIR_HINT = lazy_compile(rf"[{_L}][{_U}][{_L}]")
_CAMEL_PAIR = lazy_compile(rf"([{_U}][{_L}]{{2,}})([{_U}][{_L}]{{2,}})")  # "MariaHaskins": Maria Haskins
_CAMEL_INITIAL = lazy_compile(rf"[{_U}]([{_U}][{_L}]{{2,}})")  # "DFarrow": D. Farrow
# "Garcia Family Medicine" names a practice, "Wainwright family" a household.
_FAMILY_ORG_NEXT = frozenset({"medicine", "practice", "health", "healthcare", "dentistry", "dental", "care",
                              "physicians", "services", "planning", "therapy", "medical", "pediatrics",
                              "clinic", "center", "centre", "practitioner", "nurse", "doctor", "counseling",
                              "room", "lounge", "resources", "support"})


def _label_chunks(s: Scan) -> list[tuple[int, int, str]]:
    """The label's chunks between separators, (start, end, text); once per text (two passes read them)."""
    chunks = s.memo.get("label_chunks")
    if chunks is None:
        chunks = s.memo["label_chunks"] = [(m.start(), m.end(), m.group(0)) for m in _LABEL_CHUNK_RE.finditer(s.text)]
    return chunks  # type: ignore[return-value]


# An initial beside a name in a label: "K. Moss peanut OIT updosing", "Post-op Day 14 – J. Striker",
# "J_Whitcombe_audiogram.pdf" (underscores read as spaces), "SugarSmart – Beaumont H. pump training",
# "Test - Priya R". A capitalised ordinary word may follow a dotted initial ("J. Striker"); before a
# trailing initial the word must not be a kind or a place ("Vitamin D.", "Hepatitis B", "Bed C").
_LABEL_INITIAL_HINT = lazy_compile(r"(?<![\w.])[A-Z](?:\.? [A-Z][a-z]|\.[A-Z][a-z]|$|\.?(?![\w.]))")
# (in a file name the dot may join them: "Lab_results_R.Goundar_Sep9.pdf")
_LABEL_INITIAL_FIRST = lazy_compile(
    # (or a hyphen: "Careplan_E-Tschudi_2026Q3.docx")
    rf"(?<![\w.&/-])([{_U}])(\.?)(?:(?<=\.) ?| |-)([{_U}][{_L}]{{2,}}(?:-[{_U}][{_L}]+)?)(?![\w'’-])")
_LABEL_INITIAL_LAST = lazy_compile(
    rf"(?<![\w.&/-])([{_U}][{_L}]{{2,}}(?:-[{_U}][{_L}]+)?) ([{_U}])(\.|(?=$)|(?= [a-z]))(?![\w.])")
# A clinician's or staff role right before the name: "Midwife on call – Ruth T.", "Dr. A. Smith line".
_LABEL_ROLE_BEFORE = lazy_compile(r"\b(?:dr|dra|np|pa|rn|md|do|doctor|midwife|nurse|provider|physician|therapist|"
                                  r"on[- ]call|coach|counselor|hygienist|dentist|tech|staff|team|lead|manager)"
                                  r"\b\W{0,4}$")
_NOT_BEFORE_INITIAL = frozenset(word_list("""vitamin vitamins hepatitis hep plan type part section group phase grade
    level stage unit room bed bay wing building suite line apt floor option tier zone area lot gate exit class form
    appendix exhibit channel team version model series pod track lane ward station block cohort arm site dose
    schedule shift study trial protocol kit box row seat van bus route campus hall tower clinic"""))


def _staff_label(s: Scan, at: int) -> bool:
    """A staff word in the label before `at` (the name) and no patient task: "Dietitian voicemail –
    Colleen H." (not "Pham shot reaction – nurse call": the nurse calls the patient named first)."""
    facts = s.memo.get("staff_label")
    if facts is None:  # once per text: asked per candidate, the label is not re-read (linear time)
        first_staff = first_visit = len(s.text) + 1
        for m in _LABEL_TOK_RE.finditer(s.text):
            w = m.group(0).lower()
            if w in _LABEL_STAFF_WORDS and first_staff > len(s.text):
                first_staff = m.start()
            if w in _VISIT_WORDS and first_visit > len(s.text):
                first_visit = m.start()
        facts = s.memo["staff_label"] = (first_staff, first_visit, _TASK_WORD.search(s.lower) is not None)
    first_staff, first_visit, task = facts
    # (a token before `at` is one that ends before it: tokens never straddle a name's start)
    # ("CHW visit - Faadumo J.": the patient the CHW visits)
    return first_staff < at and not task and not first_visit < at


_VISIT_WORDS = frozenset({"visit", "visits", "needed", "needs", "for", "re", "pt", "patient", "client", "home"})


def _label_initial_names(s: Scan, found: SpanSet) -> list[PhiHit]:
    text = s.text
    low = s.lower
    hits: list[PhiHit] = []
    for m in _LABEL_INITIAL_FIRST.finditer(text):
        if _LABEL_ROLE_BEFORE.search(low, max(0, m.start() - 24), m.start()):
            continue
        word = m.group(3)
        norm = word.lower()
        if m.end(2) == m.start(3) and not _is_lex(norm) and (len(norm) < 5 or norm in english_words()):
            continue  # fused to its dot, a short word is an abbreviation's: "A.Fib", "E.Coli"
        if text[m.end(2) : m.start(3)] == "-" and (norm in english_words() or _is_word(norm)):
            continue  # hyphened to a word: "X-Ray", "T-Shirt", "K-Smiles" (not "E-Tschudi")
        if (not m.group(2) and _is_word(norm) and not _is_lex(norm)) or norm in ORG_WORDS or (
                norm in _PERSONA_LABEL) or norm in _geo_names() or found.overlaps(m.start(), m.end()):
            continue  # "A Better Day", "I Care Clinic": an article or a word, not an initial
        if m.group(1) in "AI" and not m.group(2):
            continue  # "A Moss" reads as an article; "AI Scheduler" as a product
        hits.append(PhiHit(m.start(), m.end(), "NAME", "name", 0.7, "an initial and a name in a label"))
    for m in _LABEL_INITIAL_LAST.finditer(text):
        if _LABEL_ROLE_BEFORE.search(low, max(0, m.start() - 24), m.start()) or _staff_label(s, m.start()) or (
                _provider_after(text[m.end() : m.end() + 30].lstrip("."))) or _STAFF_LINE_AFTER.match(
                low, m.end() + (text[m.end() : m.end() + 1] == ".")):
            # "Dietitian voicemail – Colleen H.", "Training room – Brent K. (ATC)", "Grant O. - crew chief cell": staff
            continue
        word = m.group(1)
        norm = word.lower()
        if norm in _NOT_BEFORE_INITIAL or norm in ORG_WORDS or norm in _PERSONA_LABEL or norm in _geo_names() or (
                found.overlaps(m.start(), m.end())):
            continue
        if not m.group(3) and not _is_lex(norm):
            continue  # without a dot only after a lexicon name ("Priya R"), not "Suite B", "Wing C"
        if _is_word(norm) and not _is_lex(norm):
            continue
        hits.append(PhiHit(m.start(), m.end(), "NAME", "name", 0.7, "a name and an initial in a label"))
    return hits


# A word after a surname that makes it a household's or a child's: "Sekakuku household", "Redhawk baby",
# "Paredes mom (Rosa)", "Szabo twins".
_HOUSEHOLD_HINT = lazy_compile(r"\b(?:household|fam|baby|twins|triplets|mom|dad|kids|home|wife|husband|residence)\b")
_HOUSEHOLD_WORDS = frozenset({"family", "household", "fam", "baby", "twins", "triplets", "mom", "dad", "kids", "home",
                              "wife", "husband", "residence"})


# A relative named in a label's note: "Rose – weigh-in reminders (mom: Teresa)", "(wife Irma)".
_KIN_NAME_PAREN = lazy_compile(r"\((?:mom|mum|dad|mother|father|wife|husband|son|daughter|grandma|grandpa|grandmother|"
                               r"grandfather|guardian|caregiver|sister|brother|aunt|uncle|partner|spouse)"
                               r"(?::\s?|\s)([A-Z][a-z'’-]{1,20})\)")


def _kin_names_in_parens(s: Scan) -> list[PhiHit]:
    return [PhiHit(m.start(1), m.end(1), "NAME", "name", 0.65, "a relative named in a label's note")
            for m in _KIN_NAME_PAREN.finditer(s.text) if not plain_word(m.group(1).lower())]


def _label_cued_names(s: Scan, found: SpanSet) -> list[PhiHit]:
    """Surnames a label marks without the lexicon: '<Surname> family' ('Wainwright family - NICU
    f/u', 'VanderMeer-hospice-family') and an honorific written into the word ('MrsBellamy')."""
    chunks = _label_chunks(s)
    hits: list[PhiHit] = []
    for i, (start, end, word) in enumerate(chunks):
        low = word.lower()
        if _CAMEL_HONORIFIC.fullmatch(word):
            if not found.overlaps(start, end):
                hits.append(PhiHit(start, end, "NAME", "name", 0.8, "honorific joined to a name in a label"))
            continue
        pair = _CAMEL_PAIR.fullmatch(word) if word[:1].isupper() else None
        if pair and _camel_full_name(s, pair.group(1).lower(), pair.group(2).lower()) and not found.overlaps(
                start, end):
            hits.append(PhiHit(start, end, "NAME", "name", 0.7, "a given name joined to a surname in a record's label"))
            continue
        initial = _CAMEL_INITIAL.fullmatch(word)
        if initial and (initial.group(1).lower() in _lex()[1] or (word[0] != word[1] and (
                initial.group(1).lower() in _WORD_SURNAMES or _camel_surname_in_record(
                s, initial.group(1))))) and not found.overlaps(start, end):  # ("LPark": L. Park)
            hits.append(PhiHit(start, end, "NAME", "name", 0.7, "initial joined to a surname in a label"))
            continue
        if (i + 1 < len(chunks) and len(chunks[i + 1][2]) == 1 and chunks[i + 1][2].isalpha()
                and _surname_initial_label(low, chunks, s) and not found.overlaps(start, chunks[i + 1][1])):
            hits.append(PhiHit(start, chunks[i + 1][1], "NAME", "name", 0.65,
                               "surname and initial in a record's file name"))
            continue
        if low not in _HOUSEHOLD_WORDS or (word[0].isupper() and _title_label(s)):
            continue  # ("Whitmore Ridge – Family Line": a Title Case label names a service)
        nxt = chunks[i + 1][2].lower() if i + 1 < len(chunks) else ""
        if nxt in _FAMILY_ORG_NEXT or (nxt in ORG_WORDS and (chunks[i + 1][2][0].isupper() or nxt in _ALWAYS_ORG)):
            continue  # ("Garcia Family Medicine"; but "Halvorsen family line" is a household's line)
        if low == "home" and nxt in _HOME_PROGRAM_NEXT:
            continue  # "Otago_home_exercise_large_print.pdf": a home programme, not a household
        for k in (i - 1, i - 2):  # the surname, or the surname and one common word ('-hospice-')
            if k < 0:
                break
            a, b, cand = chunks[k]
            if any(d in s.text[b:start] for d in ("–", "—", " - ", ":")):
                break  # "Rosa – family line": a persona's name, then the line it answers
            if _surname_shaped(cand) and not (low == "home" and compound_word(cand.lower())) and not (
                    k == i - 2 and chunks[i - 1][2].lower() in _DISEASE_HEADS):
                # (not a disease named for someone: "Fanconi_anemia_family_handbook_v3.pdf")
                if not found.overlaps(a, b):  # ("Lakeview home line": a place's line)
                    hits.append(PhiHit(a, b, "NAME", "name", 0.75, "surname before 'family' in a label"))
                break
            if not _is_word(cand.lower()):
                break
    return hits


def _camel_full_name(s: Scan, given: str, surname: str) -> bool:
    """"MariaHaskins_CT_head.pdf", "ColtHaskins": a lexicon given name (a word too only beside a lexicon surname)
    joined to a surname, in a record's file name."""
    first, last = _lex()
    surname_ok = (surname in last or surname in rare_surnames()) and not _is_word(surname)
    given_ok = given in first and (not _is_word(given) or (surname in last and given in NAME_LIKE_WORDS))
    return surname_ok and given_ok and surname not in english_words() and bool(
        FILE_EXT_RE.search(s.text) or _RECORD_WORD_IN.search(s.lower))


def _camel_surname_in_record(s: Scan, rest: str) -> bool:
    """A surname outside the lexicon after a joined initial in a record's file name: "PRaghunathan_infusion_orders.pdf",
    "DFarrow_pathology.pdf" (no English word: "XRay_left_wrist.pdf" is an X-ray)."""
    low = rest.lower()
    # (not a word glued to an abbreviation: "TBresults", "OOdham" of "O'odham")
    return len(low) >= 4 and low not in english_words() and not _is_word(low) and low not in ORG_WORDS and (
        low not in _PLACE_WORDS) and not low.endswith(tuple(_RECORD_WORDS)) and not (
        _RECORD_WORD_IN.search(low[1:])) and bool(FILE_EXT_RE.search(s.text) or _RECORD_WORD_IN.search(s.lower))


# Words that make a label a patient's record ("mbatha_k_NIPT_results.pdf", "cpap_compliance_x_b_q3.csv").
_RECORD_WORDS = frozenset({"results", "result", "report", "labs", "lab", "mri", "ct", "xray", "x-ray", "compliance",
                           "consent", "intake", "referral", "chart", "notes", "note", "records", "record", "scan",
                           "nipt", "pathology", "imaging", "echo", "ekg", "ecg", "eeg", "biopsy", "discharge",
                           "summary", "letter", "form", "forms", "appeal", "denial", "auth", "invoice", "statement",
                           "plan", "wound", "photo", "image", "jpg", "png", "heel", "wrist", "callback", "roi",
                           "signed", "check", "remote", "packet", "dc", "updose", "follow", "followup", "f/u",
                           # a patient's care items and their log: "brace_refit_tdelacroix", "careplan_..." (not
                           # "splint": an eponym's splint, "sugar-tong splint")
                           "brace", "refit", "measurements", "careplan", "log", "postop", "graft", "checkin",
                           "recert", "clearance"})


# A record word anywhere in a label (the _RECORD_WORDS test of _record_file_surnames, as a cheap gate).
_RECORD_WORD_IN = lazy_compile(
    r"(?<![^\W_])(?:" + "|".join(sorted(map(re.escape, _RECORD_WORDS), key=len, reverse=True))
    + r")(?![^\W_])")
# Places that also read as an initial and a surname ("alaska": a. laska).
_PLACE_WORDS = US_STATES | COUNTRIES
# Words after a surname that make it the name of a test, scale or device ("holter_monitor").
_INSTRUMENT_NEXT = EPONYM_NEXT | frozenset({"monitor", "monitoring", "questionnaire", "inventory", "screen",
                                            "screening", "assessment", "index"})


def _record_file_surnames(s: Scan, found: SpanSet) -> list[PhiHit]:
    """Rarer census surnames in a record's file name or label, however written: 'okerlund-hip-postop-day3',
    'cascade_saleh_family_letter.docx', 'rkowalczyk_path_report.pdf' (an initial joined to the
    surname). The label must read as a record: a file extension, a number or date, or a record word."""
    chunks = _label_chunks(s)
    lows = [c[2].lower() for c in chunks]
    if not (s.has_digit or FILE_EXT_RE.search(s.text) or not _RECORD_WORDS.isdisjoint(lows)):
        return []
    if not _PERSONA_LABEL.isdisjoint(lows):
        return []  # "Spanish line", "after hours": an agent's or a line's label
    if _PERSONA_VERSION.search(s.lower):
        return []  # "peel_aftercare_jessner_tca_v4.pdf": a document's version, not a patient's record
    rare = rare_surnames()
    hits: list[PhiHit] = []
    for i, (start, end, word) in enumerate(chunks):
        low = lows[i]
        if len(low) < 4 or not low.isalpha() or word.isupper() or found.overlaps(start, end):
            continue
        if low in rare:
            reason = "census surname in a record's file name"
        elif _initial_glued_to_surname(low, rare_too=True):
            reason = "initial joined to a census surname in a record's file name"
        else:
            continue
        if _ordinary_label_word(low) or low in CLINICAL_EPONYMS:
            continue  # ("Lapidus_bunion_recovery_timeline.pdf": a procedure named for its surgeon)
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        if nxt in _INSTRUMENT_NEXT or nxt in _CREDENTIALS or nxt in _ALWAYS_ORG or (
                nxt in ORG_WORDS and chunks[i + 1][2][0].isupper()):
            continue  # "epworth_score": a scale; "zwicker_np", "Zwicker_Sleep": staff, a practice
        if i and lows[i - 1] in PROVIDER_TITLES:
            continue  # "Dr. Okafor telehealth 45 min": a provider's schedule
        if i and lows[i - 1] in ("camp", "fort", "ft", "lake", "mount", "mt", "port"):
            continue  # "Camp_Bullis_shuttle_schedule.pdf", "Fort_Sill_...": a place named for someone
        if _family_practice(lows, i):
            continue  # "Papadakis_Family_Dentistry_Fees_2026.pdf": a practice named for its owner
        if _hyphen_eponym_part(s, start, end):
            continue  # "Prader-Willi & spina bifida resource list.pdf": a syndrome named for two physicians
        hits.append(PhiHit(start, end, "NAME", "name", 0.6, reason))
    if s.field == "label" and "_" in s.raw and _RECORD_DATE.search(s.text):
        # an initial glued to a capitalised surname: "consult_notes_DLevitt_2026-08-14.docx" (the chunks
        # above split it in two)
        for m in _CAMEL_INITIAL_SURNAME.finditer(s.text):
            low = m.group(1).lower()
            if len(low) >= 4 and low not in english_words() and not _is_word(low) and (
                    not found.overlaps(m.start(), m.end())) and not any(h.start < m.end() and m.start() < h.end
                                                                        for h in hits):
                hits.append(PhiHit(m.start(), m.end(), "NAME", "name", 0.6,
                                   "initial glued to a capitalised surname in a record's file name"))
    return hits


# A lower-case chunk of at least five letters: what _glued_initial_names reads.
_GLUED_INITIAL_HINT = lazy_compile(r"(?<![A-Za-z])[a-z]{5,}(?![A-Za-z])")


def _initial_glued_to_surname(low: str, rare_too: bool = False) -> bool:
    """Does a lower-case label chunk read as one initial glued to a surname ("eramirez", "rkowalczyk"): a
    common census surname (or, `rare_too`, a rarer one after six letters or more) that is no English word,
    the chunk itself no lexicon name or place word?"""
    rest = low[1:]
    return ((len(low) >= 5 and rest in _lex()[1]) or (rare_too and len(low) >= 6 and rest in rare_surnames())) and (
        not _is_lex(low) and not _is_word(rest) and rest not in english_words() and low not in _PLACE_WORDS)


def _glued_initial_names(s: Scan, found: SpanSet) -> list[PhiHit]:
    """A user-name-shaped chunk, an initial glued to a common surname, in any label of several chunks:
    "dvt-watch-eramirez", "kybella-series-dpham", "pd-training-lmcbride". (_record_file_surnames reads
    the rarer surnames too, but only in a label that reads as a record.) The chunk must be no word or
    name itself and the surname no English word ("jsmith" stays: "smith" is a word, and so are
    "plane" and "crush" read as an initial and a surname)."""
    chunks = _label_chunks(s)
    if len(chunks) < 2 or not any(len(c[2]) <= 4 or _ordinary_label_word(c[2].lower()) or compound_word(
            c[2].lower()) for c in chunks):  # (or a compound of words: "waitlist-jdelacruz")
        # (an English word or an abbreviation beside it, "vip-dmoreno", "chestpain_fup_ewalsh"; not a label
        # in another language: "lietuviu-kalba", Lithuanian language, is no "k. alba")
        return []
    hits: list[PhiHit] = []
    for i, (start, end, word) in enumerate(chunks):
        low = word.lower()
        if not word.islower() or not low.isascii() or not low.isalpha() or not _initial_glued_to_surname(low):
            continue
        if _ordinary_label_word(low) or low[1:] in NAME_LIKE_WORDS or low in product_names() or low in ORG_WORDS:
            continue
        nxt = chunks[i + 1][2].lower() if i + 1 < len(chunks) else ""
        prev = chunks[i - 1][2].lower() if i else ""
        if prev in PROVIDER_TITLES or prev in _CREDENTIALS or nxt in _CREDENTIALS or found.overlaps(start, end) or (
                _staff_label(s, start)):
            continue  # "dr-epatel", "epatel-np": a clinician's; "scheduler - kwong": staff
        hits.append(PhiHit(start, end, "NAME", "name", 0.6, "an initial glued to a surname in a label (a user name)"))
    return hits


def _named_after_patient_word(s: Scan, found: SpanSet) -> list[PhiHit]:
    """A label chunk right after "patient" or "pt" that is no word: the patient's name, whatever its origin
    ("vip-patient-yakovleva", "pt-hagos"); not "patient-portal-reset", "pt-education-handout"."""
    chunks = _label_chunks(s)
    hits: list[PhiHit] = []
    for i in range(1, len(chunks)):
        start, end, word = chunks[i]
        low = word.lower()
        cue = chunks[i - 1][2]
        if cue.lower() not in ("patient", "pt") or cue == "PT" or len(low) < 4 or not low.isalpha() or (
                word.isupper() or found.overlaps(start, end)) or len(s.text[chunks[i - 1][1] : start]) != 1:
            continue  # ("PT_eval_form", "Westbrook PT - Solon": physical therapy; one separator only)
        if _ordinary_label_word(low) or low in ORG_WORDS or low in _LABEL_STAFF_WORDS or low in CLINICAL_EPONYMS or (
                low in product_names() or low in _PLACE_WORDS or low in english_words()):
            continue
        hits.append(PhiHit(start, end, "NAME", "name", 0.6, "a name right after 'patient' in a label"))
    return hits


# (... in a file dated like a record: "2026-08-14", "20260814", "08-14-2026")
_RECORD_DATE = lazy_compile(r"(?<!\d)(?:(?:19|20)\d\d[-.]?[01]\d[-.]?[0-3]\d|[01]\d[-.][0-3]\d[-.](?:19|20)\d\d)(?!\d)")
_CAMEL_INITIAL_SURNAME = lazy_compile(r"(?<![A-Za-z])[A-Z]([A-Z][a-z]{2,})(?![A-Za-z])")
# What a practice named "<Surname> Family ..." does: "Papadakis Family Dentistry".
_PRACTICE_KINDS = frozenset({"dentistry", "dental", "medicine", "medical", "practice", "health", "healthcare", "care",
                             "pharmacy", "chiropractic", "eye", "eyecare", "vision", "optometry", "pediatrics",
                             "physicians", "doctors", "clinic"})


def _family_practice(lows: list[str], i: int) -> bool:
    """Is label word `i` the owner's name in "<Surname> Family <practice kind>"?"""
    return i + 2 < len(lows) and lows[i + 1] == "family" and (
        lows[i + 2] in ORG_WORDS or lows[i + 2] in _PRACTICE_KINDS)


# Two chunks in a label: a name alone is the assistant's persona ("Zebulon"), with more it points
# at someone ("Zebulon - Tues INR").
_LABEL_TWO_CHUNKS = lazy_compile(r"[^\W_][^\w]+[^\W_]|[a-z][A-Z]|_")


# A role or a language in a label: the name beside it is a member of staff or an agent's persona.
_LABEL_STAFF_WORDS = frozenset(word_list("""interpreter interpreters translator coordinator coord direct navigator nurse
    rn lpn
    aide volunteer scheduler receptionist pharmacist technician tech therapist counselor counsellor chaplain driver
    courier educator dietitian hygienist dentist doctor physician provider staff director liaison advocate promotora
    chw midwife doula coach worker specialist rep biller auth kreyòl kreyol somali hmong nepali amharic tigrinya
    punjabi farsi urdu bengali burmese swahili marshallese navajo italian polish ukrainian japanese gujarati
    ilocano samoan tongan chuukese elem elementary school
    chr hsa chef deputy sheriff warden"""))
# A place or an organisation named for someone: "Pell Creek dispatch", "Soley Santé".
_LABEL_PLACE_NEXT = frozenset(word_list("""creek river lake park valley county street st ave avenue road rd hill hills
    heights springs falls village town city point bay ridge sante santé salud saúde elem elementary school high
    middle academy campus hall"""))
_VERSION_CHUNK = lazy_compile(r"v\d")


_LABEL_SEGMENT_SEP = lazy_compile(r"\s[-–—|]\s")


def _site_segment(text: str, start: int, end: int, lows: list[str]) -> bool:
    """The word at [start, end) is a label segment of its own beside a practice's name: a site."""
    segments = _LABEL_SEGMENT_SEP.split(text)
    return len(segments) > 1 and any(seg.strip() == text[start:end] for seg in segments) and any(
        low in _ALWAYS_ORG for low in lows)


_ASCII_WORDS = lazy_compile(r"[a-z]{4,}")  # (every name of either list is ASCII and four letters or more)


@cache
def _label_extra() -> frozenset[str]:
    return label_names() | rare_surnames()


# What a label does for one patient, in lower case ("rehab callback", "rabies series reminders",
# "recert reminder", "HD chair 6 pickup MWF"); an agent's label writes its purpose in Title Case.
_DIRECT_LINE_LABEL_ENDS = (" direct", " direct line", " direct dial")
_LABEL_POSSESSIVE = lazy_compile(r"([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s (?:[\w-]+ ){0,3}?(?i:reminders?|check-?ins?|"
                                 r"calls?|call-?backs?|rides?|refills?|follow-?ups?|visits?)\b")
# ... with the care it is about: "Shoulder Rehab", "Insulin", "Dialysis Ride" (not "Appointment Reminders")
_LABEL_CARE = lazy_compile(r"\b(?:insulin|dialysis|rehab|wound|chemo|infusion|oxygen|cpap|inr|shoulder|knee|hip|"
                           r"back|post-?op|meds|medication|bp|blood pressure|sugar|glucose|a1c|pump|cgm|dressing|"
                           r"stitches|cast|brace|pt|ot|therapy|prenatal|hep b|hiv|prep)\b")
_TASK_WORD = lazy_compile(r"(?<![\w/-])(?:call ?backs?|text-?backs?|reminders?|recalls?|follow-?ups?|f/u|refills?|"
                          r"pickups?|"
                          r"rides?|check-?ins?)(?![\w-])")
_LABEL_SEGMENTS = lazy_compile(r"\s+[–—-]\s+|\s*[–—]\s*")
# One name word: letters (any script), inner apostrophes and hyphens; a family word may follow.
_LONE_NAME_SEGMENT = lazy_compile(r"([^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_])){2,30})(?: (?:fam\.?|family|household))?")


def _task_label_name(s: Scan) -> list[PhiHit]:
    """A label of one name word and a patient task: "Mejía – rehab callback", "Ogunleye – rabies series
    reminders", "Wed 6am dialysis ride - Ignatius", "Ybarra callback (Spanish)". Not an agent's label
    (a persona, line or staff word, or a task in Title Case: "Poppy – Outbound Reminders")."""
    text = s.text.strip()
    # (a note in parentheses may name a language: "Ybarra callback (Spanish)")
    lows = {w.lower() for w in _LABEL_TOK_RE.findall(_PAREN_NOTE.sub("", text))} - _TASK_WORDS
    if not (_PERSONA_LABEL.isdisjoint(lows) and _LABEL_STAFF_WORDS.isdisjoint(lows)):
        return []
    segments = _LABEL_SEGMENTS.split(text)
    if len(segments) == 1:  # "Ybarra callback (Spanish)": the name, then the task (not a file name)
        if " " not in s.raw:
            return []
        first, _, rest = text.partition(" ")
        segments = [first, rest] if rest and _TASK_WORD.match(rest) else []
    if len(segments) != 2:
        return []
    for i in (0, 1):
        m = _LONE_NAME_SEGMENT.fullmatch(segments[i])
        task = segments[1 - i]
        # (the task read in lower case: "Refill – Keisha" as "refill – keisha"; Title Case tasks of two or more
        # words are a campaign's, "Poppy – Outbound Reminders")
        task_low = task.lower()
        if m is None or not _TASK_WORD.search(task_low) or _title_task(task):
            continue
        word = m.group(1)
        low = word.lower()
        single = _SINGLE_TASK.fullmatch(_TASK_WORD.findall(task_low)[-1]) is not None  # one person's task
        # (a word that is a name as often as a word, beside one person's care task: "Summer - ADHD med check
        # follow-up"; not a campaign's plural "reminders", nor a task without a health word)
        word_name = (low in NAME_LIKE_WORDS and word[:1].isupper() and single
                     and HEALTH_CUE.search(_TASK_WORD.sub(" ", task_low)) is not None)
        if (word[:1].islower() or (word.isupper() and word.lower() != word) or (
                _ordinary_label_word(low) and not word_name)
                or low in ORG_WORDS or low in _PERSONA_LABEL or low in _geo_names() or compound_word(low)
                or low in CLINICAL_EPONYMS or low in EPONYM_DISEASES
                or ("-" in low and any(len(p) <= 2 or _ordinary_label_word(p) for p in low.split("-")))):
            continue  # ("Brightpath – OASIS recert reminders": a brand made of two words; "Post-op follow-up")
        given, family = _lex()
        if not word_name and _TASK_WORD.search(task) is None and low not in given and low not in family:
            continue  # "Follow-up – Ortho": beside a task word with a capital, only a lexicon name (not a department)
        if low in given and low not in family and not single:
            continue  # "Clara – flu shot reminders": an agent's first name and its campaign (plural tasks)
        start = s.text.index(word) if i == 0 else s.text.rindex(word)
        return [PhiHit(start, start + len(word), "NAME", "name", 0.6, "one name beside a patient task in a label")]
    return []


_PAREN_NOTE = lazy_compile(r"\([^()]*\)")
# A task for one person: singular ("rehab callback", "dialysis ride", "recert reminder"; not "refill reminders").
_SINGLE_TASK = lazy_compile(r"call ?back|text-?back|reminder|recall|follow-?up|f/u|refill|pickup|ride|check-?in")

_TASK_WORDS = frozenset({"reminder", "reminders", "refill", "refills", "recall", "recalls", "callback", "callbacks"})


def _title_task(task: str) -> bool:
    """An agent's or campaign's purpose: every word capitalised ("Refill Reminders", "Pharmacy
    Refills") or an outbound campaign ("outbound reminders")."""
    words = _LABEL_TOK_RE.findall(_PAREN_NOTE.sub("", task))
    # (Title Case by whole words: a hyphenated word's later part stays lower case, "Follow-up", "Check-in")
    spaced = [w for w in _PAREN_NOTE.sub("", task).split() if w[:1].isalpha()]
    return any(w.lower() in ("outbound", "inbound") for w in words) or (
        len(words) >= 2 and all(w[0].isupper() for w in words)) or (
        len(spaced) >= 2 and all(w[0].isupper() for w in spaced))


# A one-person task opening a slug in lower case, then the person: "followup_tarbwilin_lijon",
# "vip-caller-ismail-nur", "bereavement-followup-faith-okonjo", "visita-urgente-chepita".
_SLUG_TASKS = frozenset({"followup", "fu", "callback", "cb", "recall", "vip", "caller", "visita", "seguimiento",
                         "retorno", "llamar", "bereavement", "noshow", "waitlist"})
# (in the label's view "_" is a space: "follow up", "no show")
_SLUG_TASK_HINT = lazy_compile(r"(?<![a-z])(?:" + "|".join(sorted(_SLUG_TASKS)) + r"|follow|no.show)(?![a-z])")
_SLUG_NOT_NAME = frozenset({"up", "urgent", "urgente", "family", "fam", "caller", "patient", "pt", "parent", "mom",
                            "dad", "aka"})
# Clinical shorthand that is no English word: "recall-mammo-overdue", "followup-colono-prep".
_SLUG_SHORTHAND = frozenset(word_list("""mammo colono colo sono ultra xray dexa cath endo bx labs lab
    echo holter spiro audio tymp vax immun inj infus chemo rads onc hosp postop preop postpartum pp ob nb
    nicu picu icu ed er ortho neuro cardio derm peds psych gyn uro pulm gastro rheum heme hem nephro ophtho
    optho wk wks mo mos yr yrs day days med meds rx refill refills"""))


def _task_slug_names(s: Scan) -> list[PhiHit]:
    """The chunks after a one-person task in a slug, up to three that are no words: a person's name, from
    whatever language ("followup_gulpari_sherzad"). A name that is also a word only beside such a chunk
    ("faith-okonjo"). Not a line's or a staff member's slug, not clinical shorthand ("followup-postop-knee")."""
    chunks = _label_chunks(s)
    lows = [c[2] for c in chunks]
    if not (_PERSONA_LABEL.isdisjoint(lows) and _LABEL_STAFF_WORDS.isdisjoint(lows)):
        return []
    cue = next((i for i, low in enumerate(lows) if low in _SLUG_TASKS or (
        i + 1 < len(lows) and (low, lows[i + 1]) in (("follow", "up"), ("no", "show")))), None)
    if cue is None:
        return []
    run: list[int] = []
    for i in range(cue + 1, len(chunks)):
        low = lows[i]
        if low in _SLUG_TASKS or low in _SLUG_NOT_NAME or (low in ("show", "up") and not run):
            if run:
                break
            continue
        if not low.isalpha() or len(low) < 3 or (len(low) == 3 and not _is_lex(low)) or low in _SLUG_SHORTHAND or (
                _ordinary_label_word(low) and low not in NAME_LIKE_WORDS) or (
                low in _SPECIALTY_WORDS or low in ORG_WORDS or compound_word(low) or HEALTH_CUE.search(low)
                or low in _PLACE_WORDS or low in CLINICAL_EPONYMS):
            break
        run.append(i)
        if len(run) == 3:
            break
    if not run or all(lows[i] in NAME_LIKE_WORDS for i in run):
        return []  # ("followup-grace-period"? a word alone is no name here)
    start, end = chunks[run[0]][0], chunks[run[-1]][1]
    # (a name found already may be a part: the overlap resolution keeps the more confident or the longer,
    # "followup_tevita_fifita")
    return [PhiHit(start, end, "NAME", "name", 0.65, "a person after a one-person task in a slug")]


def _census2020_label_names(s: Scan, found: SpanSet) -> list[PhiHit]:
    """A name of today's census (lexicon.label_names: "Tesfaye", "Gurung", "Dhaliwal") or a rarer 1990 census
    surname in a label with other words: "Zebulon - Tues INR", "Saleh family - TPN". Not a persona, line or
    staff label."""
    chunks = _label_chunks(s)
    if len(chunks) < 2:
        return []
    lows = [c[2].lower() for c in chunks]
    if not (_PERSONA_LABEL.isdisjoint(lows) and _LABEL_STAFF_WORDS.isdisjoint(lows)):
        return []  # "Spanish line", "Naw Htoo Paw (Karen interpreter)": a line's, an agent's or staff label
    if any(_VERSION_CHUNK.match(low) for low in lows):
        return []  # "Ligaya v4.2 - home health intake": an agent's persona and version
    if s.text.islower() and s.text.count(",") >= 2:
        return []  # "ihs, tribal, colville, prc": tags in lower case, places and programmes, not a census name
    extra = _label_extra()
    hits: list[PhiHit] = []
    for i, (start, end, word) in enumerate(chunks):
        low = lows[i]
        if low not in extra or word.isupper() or found.overlaps(start, end) or (
                _ordinary_label_word(low) or low in CLINICAL_EPONYMS):
            continue  # ("Lapidus_bunion_recovery_timeline.pdf": a procedure named for its surgeon)
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        if nxt in _INSTRUMENT_NEXT or nxt in _CREDENTIALS or nxt in _ALWAYS_ORG or nxt in _LABEL_PLACE_NEXT or (
                nxt in ORG_WORDS and chunks[i + 1][2][0].isupper()) or _family_practice(lows, i):
            continue  # a scale, a clinician, a practice ("Zwicker Sleep"), a place ("Pell Creek")
        if i + 2 < len(lows) and lows[i + 2] in ORG_WORDS and chunks[i + 1][2][:1].isupper() and (
                chunks[i + 2][2][:1].isupper()):
            continue  # "Rosalynn Carter Institute – caregiver resources": an organisation named for someone
        if len(chunks) <= 4 and _site_segment(s.text, start, end, lows):
            continue  # "Shot Clinic — Edina": a practice's site
        if _hyphen_eponym_part(s, start, end) or (
                i and s.text[start - 1] == "-" and f"{lows[i - 1]}-{low}" in _HYPHEN_EPONYMS):
            continue  # "Osgood-Schlatter - parent handout", "Prader-Willi & spina bifida list.pdf": a disease
        if i and (lows[i - 1] in PROVIDER_TITLES or lows[i - 1] in _CREDENTIALS or (
                i > 1 and lows[i - 2] in PROVIDER_TITLES and chunks[i - 1][2][:1].isupper()
                and s.raw[chunks[i - 2][1] : chunks[i - 1][0]].strip(". ") == ""
                and s.raw[chunks[i - 1][1] : start] == " ")):  # (not a file name's "xray_PA_Okafor_Chidinma")
            continue  # "Dr. Okafor telehealth", "Dr. Amadou Sarr – lithotripsy": a provider's schedule
        if i and lows[i - 1] in ("st", "saint", "ste", "san", "santa", "sto"):
            continue  # "St. Columba Hand Fax": a saint's name on a hospital or a parish
        if i and lows[i - 1] in ("camp", "fort", "ft", "lake", "mount", "mt", "port"):
            continue  # "Camp_Bullis_shuttle_schedule.pdf": a place named for someone
        hits.append(PhiHit(start, end, "NAME", "name", 0.6, "a 2020 census name in a label with other words"))
    return hits


# A label ending in a person's name and "test" or "demo": the test patient an agent is tried with,
# whatever line or bot the label names first ("LH Sedation Bot - Pelkey test", "Repair Line – Whitlock test").
_TEST_PATIENT_LABEL = lazy_compile(rf"(?:^|[\s_–—(-])([{_U}][{_L}]{{2,20}}(?: [{_U}][{_L}]{{1,20}})?)[\s_-]+"
                                   r"(?:test|demo|dummy)(?: (?:patient|caller|member|family|account))?s?\W*$"
                                   # "Mira – transfer-day line (test: Vollmer)"
                                   rf"|\((?i:test|demo)(?: (?i:patient|caller))?:\s?([{_U}][{_L}]{{2,20}})\)\s*$")


# A persona's label: one name, then the languages it speaks and what it does, in parentheses.
_LANGUAGE_PERSONA_LABEL = lazy_compile(r"^\s*[A-Z][a-z'’-]+ \([A-Z][a-z]+(?:/[A-Z][a-z]+)+ (?:intake|line|agent|bot|"
                                       r"assistant|helper|scheduler|reminders?|triage|desk|navigator)\)\s*$"
                                       # ... or its voice: "Agent: Rosa – Jerome (es-MX voice)"
                                       r"|^\s*(?:Agent|Assistant|Bot|Persona)\s*:.*"
                                       r"\((?:[a-z]{2}-[A-Z]{2}|[A-Z][a-z]+)(?: [a-z]+)? voice\)\s*$"
                                       # ... or its version and languages: "Manang Luz v1.4 (Ilocano/English)"
                                       r"|^\s*[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)? v\d+(?:\.\d+){0,2} "
                                       r"\([A-Z][a-z]+(?:/[A-Z][a-z]+)+\)\s*$")
# A call-back label and then only a name, however rare: "Callback - Maxamed Xasan", "Recall – Xasan Cali".
# (also a family's own line or an outbound call list: "Parent line – Dunleavy", "Outbound – Pettibone daily check")
# A label for one of the practice's sites: its line or room, then only the place (and its number).
# A line or a desk of the practice, then the staff member who answers it: "Surgery Scheduling – Kendra Pugh",
# "CPOU Charge Nurse – ...", "Safety - Wes Prideaux (cell)" (not "Callback – R. Alvarez").
# (not "line", "intake", "triage", "billing" or "nurse" alone: "Billing – <name>" may be a patient's question, and
# "<language> line – <name>" a patient's)
_STAFF_LINE_LABEL = lazy_compile(r"^\s*(?:[\w&'’/.]+ ){0,4}(?i:main|scheduling|coordinator|charge nurse|fax|"
                                 r"safety|desk|front desk|reception|outbound|dispatch|on-call|on call)\s[-–—]\s"
                                 r"[A-Z][\w'’-]+ [A-Z][\w'’-]+(?:\s\((?i:cell|mobile|direct|ext\.? ?\d{1,5})\))?\s*$")
# ... or the name first, then the desk it answers in Title Case: "Jennifer Walsh – Billing".
_STAFF_NAME_DESK_LABEL = lazy_compile(r"^\s*[A-Z][\w'’-]+ [A-Z][\w'’-]+\s[-–—]\s(?:Billing|Scheduling|Front Desk|"
                                      r"Reception|Referrals|Medical Records|Records|HR|IT|Admin|Operations|"
                                      r"Credentialing|Payroll|Prior Auth|Authorizations|"
                                      # ... or their role in lower case: "Nadia Whitfield – program director"
                                      r"(?:[a-z]+ ){0,2}(?:director|manager|coordinator|supervisor|administrator|"
                                      r"lead|educator|navigator))\s*$")
# A provider's schedule under their surname: "Qureshi - physiatry consult slots", "Osei-Bonsu EUA block - Thu",
# "Venkataraman - Tue echo review" (a patient's label names a task: callback, reminder, refill).
_PROVIDER_SCHEDULE_LABEL = lazy_compile(r"^\s*[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?\s(?:[-–—]\s)?[^\n]{0,40}?"
                                        r"\b(?:slots|block|template|rounds|echo review|reads|OR day|clinic day)"
                                        # (at the label's end, or a weekday after: not "Aalto OR block - Benavides
                                        # ORIF", a patient booked into the block)
                                        r"(?:\s[-–—]\s(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?)?\s*$")
# ... unless the line is a family's or a relative's ("Mom's line - Aurelia Santangelo", "family line – ...").
_FAMILY_LINE = lazy_compile(r"['’]s\b|\b(?:family|fam|mom|mum|dad|mother|father|son|daughter|wife|husband|sister|"
                            r"brother|parent|parents|kin|home|patient|pt|caller|client|member|resident|test|demo)\b")
_SITE_LINE_LABEL = lazy_compile(r"^\s*(?:[\w&.]+ )?(?i:main(?: line| number| office)?|front desk|training room|office|"
                                # (words split by required spaces: no ambiguous split to backtrack over)
                                r"site|location|branch|campus|clinic)\s*[-–—:]\s*"
                                r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}\s*"
                                r"(?:\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4})?\s*$"
                                # ... or the place first: "Thoo Lei Main - 402-738-2260"
                                r"|^\s*(?:[A-Z][\w'’.-]*\s){1,3}(?i:main|main line|main number|office|clinic)\s*"
                                r"(?:[-–—:]\s*)?"  # (no separator: "Marlow main line (270) 684-2290")
                                r"(?:\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}"
                                # ... or its street: "Fale Ola Main – Redwood Rd"
                                r"|(?:\d+ )?(?:[A-Z][\w'’.-]* ){1,3}(?:Rd|St|Ave|Blvd|Dr|Hwy|Way|Road|Street|Avenue|"
                                r"Boulevard|Drive|Highway|Lane|Ln|Pkwy|Pike)\.?)\s*$"
                                # ... or the main line in Portuguese, Spanish or French, then the site, no
                                # separator: "Linha principal Brockton (508) 586-7100"
                                r"|^\s*(?i:linha principal|l[ií]nea principal|ligne principale) "
                                r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}\s*(?:\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4})?\s*$")
# An organisation, then its main line in one of our languages and the languages spoken on it:
# "Bem Nascer – linha principal PT/EN" (unless the words are a lexicon name: "Rosa Delgado – main line").
_ORG_MAIN_LINE_LABEL = lazy_compile(r"\s*((?:[A-Z][\w'’.-]*\s){1,3})[-–—:|]\s*(?i:main line|main number|"
                                    r"linha principal|línea principal|linea principal|ligne principale|"
                                    r"número principal|numero principal)(?: [A-Z]{2,3}(?:/[A-Z]{2,3}){0,3})?\s*")
# A call-back label's person with a title ("Callback - Sra. Bañuelos (referable DR)", "Callback – Capt. Tavares")
# or written in another script ("Callback – 김영숙 crown", "Call back – ኣብርሃት ሃይለ"); not a doctor.
_CALLBACK_TITLED = lazy_compile(rf"^\s*(?:[\w-]+ )?(?i:call ?backs?|call back|обратный звонок|перезвонить)"
                                rf"\s*[-–—:|]\s*"
                                rf"((?:Sra?|Srta|Mr|Mrs|Ms|Miss|Mx|Capt|Sgt|Fr|Sister|Brother)\.? "
                                rf"[{_U}][{_L}'’-]+(?:[- ][{_U}][{_L}'’-]+)?"
                                # (a name in another script, maybe with an initial: "Вуквутагина Р.")
                                r"|[^\W\d_A-Za-z\u00c0-\u024f]+\.?(?: [^\W\d_A-Za-z\u00c0-\u024f]+\.?){0,2})"
                                r"(?: [a-z][\w/-]*){0,3}(?: \([^()]{1,40}\))?\s*$"
                                # ... or that name first: "گۈلنار قۇربان - callback"
                                r"|^\s*([^\W\d_A-Za-z\u00c0-\u024f]+(?: [^\W\d_A-Za-z\u00c0-\u024f]+){0,2})"
                                r"\s?[-–—]\s?(?i:call ?back|callback)\s*$")
_CALLBACK_WORD = lazy_compile(r"\bcall ?backs?\b|\bcall back\b")
_CALLBACK_LABEL = lazy_compile(rf"^\s*(?:[{_U}][\w-]* )?(?i:call ?backs?|call back|recalls?|follow[- ]?ups?|f/u|dnc|"
                               r"do not call|outbound|text[- ]back|reminder|checks?|check-ins?|reorders?|reorder line|"
                               r"(?:parent|family|fam|mom|dad|caregiver|guardian|grandparent|household|donor fam)s?"
                               r"(?: (?:line|texts?|calls?))?(?<!^family)(?<!^parent))"
                               # (how the call is made: "Callback via interpreter - Esperance Uwimana")
                               rf"(?i: list| (?:via|with|through) (?:an? )?(?:interpreter|vri|vrs|language line))?"
                               rf"\s*[-–—:|]\s*"
                               rf"([{_U}][{_L}'’-]+(?:-[{_U}][{_L}'’]+)?(?: [{_U}][{_L}'’.-]+){{0,2}}"
                               rf"(?:\s?[/,&]\s?[{_U}][{_L}'’-]+){{0,4}}(?: [{_U}]\.?)?)"
                               r"(?: (?i:household|family|fam\.?))?(?: [a-z][\w/-]*){0,3}(?: \([^()]{1,40}\))?\s*$")


# A tag whose value is one person: "needs-spanish:ybarra", "vip-family:ilunga", "preop-photos-pending:PSethi".
_TAG_VALUE = lazy_compile(r"^\s*[a-z0-9]+(?:[-_][a-z0-9]+)*:\s?"
                          r"([A-Za-z][a-z'’-]{2,24}|[A-Z][A-Z]?[a-z][a-z'’-]{2,24})\s*$")


def _tag_value_name(s: Scan) -> list[PhiHit]:
    m = _TAG_VALUE.match(s.raw)
    if m is None:
        return []
    word = m.group(1)
    low = word.lower()
    # the tag's value a surname of the lexicons, or an initial joined to one ("PSethi")
    stem = low[1:] if word[:2].isupper() else low
    surname = stem in _lex()[1] or stem in rare_surnames()
    if not surname or _ordinary_label_word(low) or _ordinary_label_word(stem) or low in US_STATES:
        return []
    return [PhiHit(m.start(1), m.end(1), "NAME", "name", 0.6, "a surname as a tag's value")]


_SPECIALTY_WORDS = frozenset(word_list("""ortho peds cardio derm neuro onc gi ent ob gyn obgyn pt ot rehab labs imaging
    radiology psych uro pulm nephro endo rheum gastro hem heme onco ophtho optho audio allergy wound sleep vasc"""))


# A label ending in a first name and a note that only a patient's has: "Text line – Shay (twins, NICU)".
# (a short task may follow: "Callback - Dez (chosen name), T refill")
_LABEL_NAME_NOTE = lazy_compile(rf"[-–—:]\s*([{_U}][{_L}]{{2,20}}) \(([^()]{{2,40}})\)(?:,? [^()]{{1,30}})?\s*$")
_PATIENT_NOTE_WORDS = lazy_compile(r"\b(?:twins?|baby|newborn|nicu|postpartum|pregnant|mom|dad|grandma|grandpa|son|"
                                   r"daughter|wife|husband|toddler|infant|preemie|"
                                   # the name a person goes by: "Dez (chosen name)"
                                   r"chosen name|preferred name|goes by)\b")


def _label_name_with_note(s: Scan) -> list[PhiHit]:
    m = _LABEL_NAME_NOTE.search(s.text)
    if m is None:
        return []
    low = m.group(1).lower()
    note = m.group(2).lower()
    if _ordinary_label_word(low) or low in _LABEL_STAFF_WORDS or not _PERSONA_LABEL.isdisjoint(note.split()) or (
            "intake" in note) or not (
            _PATIENT_NOTE_WORDS.search(note) or (HEALTH_CUE.search(note) and not _DOSE_OR_FORM.search(note))):
        return []
    return [PhiHit(m.start(1), m.end(1), "NAME", "name", 0.6, "a name in a label with a note of a patient's")]


# ... or a queue's label, a dash, then a name and the call-back word: "Rabies line – Whitacre follow-up",
# "Donor fam – Okereke callback". (A single "reminder" only: "Fitting reminders – Columbus" names a site.)
_NAME_THEN_CALLBACK = lazy_compile(rf"^\s*(?:[\w&/.'’-]+ ){{0,3}}[\w&/.'’-]+\s*[-–—:|]\s*([{_U}][{_L}'’-]+)"
                                   r" (?i:call ?backs?|call back|follow[- ]?ups?|f/u|recalls?|reminder)\s*$"
                                   # a family's line after the surname: "Ostrowski – caregiver line"
                                   # (not "family line": "Mirela – family line" is a persona and its line)
                                   rf"|^\s*([{_U}][{_L}'’-]+)\s*[-–—:|]\s*(?i:caregiver|guardian) line\s*$")


def _callback_label(s: Scan) -> list[PhiHit]:
    m = _CALLBACK_LABEL.match(s.text) or _NAME_THEN_CALLBACK.match(s.text)
    if m is None:
        if (t := _CALLBACK_TITLED.match(s.text)) is not None:
            g = 1 if t.group(1) is not None else 2
            return [PhiHit(t.start(g), t.end(g), "NAME", "name", 0.6,
                           "a titled name or a name in another script after a call-back label")]
        return []
    g = 1 if m.group(1) is not None else 2  # (_NAME_THEN_CALLBACK's family-line form captures group 2)
    words = m.group(g).lower().replace(".", "").replace("/", " ").replace(",", " ").replace("&", " ").split()
    if g == 2 and (words[0] in _lex()[0] or not (words[0] in _lex()[1] or words[0] in rare_surnames())):
        return []  # "Rosa – caregiver line": a persona's name and its line (only a surname is a family's)
    # a first name that is also a word, and an initial: "Callback – Crystal H (van)"
    initialled = len(words) == 2 and len(words[1]) == 1 and words[0] in NAME_LIKE_WORDS
    # (an English word counts against a name only in a word-only run; a call-back label names a person 572
    # times in 574 in the read blind sets, and names such as "Paisley Grant" or "Buckskin" are words too)
    callback = g == 1 and _CALLBACK_WORD.search(s.lower, 0, m.start(g)) is not None
    queue_word = any((((_is_word(w) or w in ORG_WORDS) if callback else (
                          _ordinary_label_word(w) or w in ORG_WORDS or w in english_words()))
                       or w in _LABEL_STAFF_WORDS or w in _SPECIALTY_WORDS) and not _is_lex(w) for w in words)
    # (unless a surname-shaped word no list knows stands beside it: "Callback - Esperance Uwimana")
    if not initialled and queue_word and not (
            callback and len(words) > 1 and any(_unknown_surname_shape(w) for w in words[1:])):
        return []  # "Callback - Billing Team", "Recall - Spanish Line", "Follow-up - Ortho": a queue
    return [PhiHit(m.start(g), m.end(g), "NAME", "name", 0.6, "a name alone after a call-back label")]


def _unknown_surname_shape(w: str) -> bool:
    """A word of four letters or more that no word list holds: "uwimana" (a surname from outside the lexicon)."""
    return len(w) >= 4 and w.isalpha() and not _is_word(w) and w not in english_words() and w not in ORG_WORDS and (
        w not in _LABEL_STAFF_WORDS and w not in _SPECIALTY_WORDS and w not in _PERSONA_LABEL)


def _test_patient_label(s: Scan) -> list[PhiHit]:
    m = _TEST_PATIENT_LABEL.search(s.text)
    if m is None:
        return []
    g = 1 if m.group(1) else 2
    words = m.group(g).lower().split()
    if any(_ordinary_label_word(w) or w in _LABEL_STAFF_WORDS or w in PROVIDER_TITLES for w in words):
        return []  # "Spanish test", "Voicemail demo": a line or a feature under test
    if not any(_is_lex(w) or w in label_names() or w in rare_surnames() for w in words):
        return []
    prev = s.lower[: m.start(g)].replace(".", " ").split()[-1:]
    if prev and (prev[0] in PROVIDER_TITLES or prev[0] in _CREDENTIALS):
        return []  # "Dr. Pham demo": a provider's demo
    return [PhiHit(m.start(g), m.end(g), "NAME", "name", 0.6, "a person's name as a label's test patient")]


def _ordinary_label_word(low: str) -> bool:
    """A lower-cased label chunk that is an English word or a label's stop word: no surname there."""
    return low in english_words() or _is_word(low) or low in _LABEL_STOP or low in _LABEL_ABBREVIATIONS or (
        low in _FOREIGN_LABEL_WORDS)


# Common words of the languages agents speak that census name lists also hold: Spanish "país", "familia",
# Vietnamese "ngày sinh" (birth date), "giáo xứ" (parish), "tiếng Việt", Tagalog "siya", Hawaiian "inoa"
# (name). (Not the ones that are names too: Nina, Mae, Noor, Anh, Nam; Parada and Ruta, a stop and a route
# in Spanish, are surnames alone in a patient's label.)
_FOREIGN_LABEL_WORDS = frozenset(word_list("""pais familia iglesia hora sinh giao viet cham chao dien thoai vien kham
    lich gia xin inoa siya sila kami ville riesgo saludo"""))
# Clinic shorthand in labels that census lists hold as rare names: "mva-workers-comp".
_LABEL_ABBREVIATIONS = frozenset({"comp", "appt", "appts", "recert", "preop", "postop", "ortho", "peds", "neuro",
                                  "cardio", "psych", "rehab", "immun", "vax", "lang", "eval", "evals"})


def _surname_initial_label(low: str, chunks: list[tuple[int, int, str]], s: Scan) -> bool:
    """`low` (a label chunk followed by a one-letter chunk) reads as 'surname_initial' in a record's
    file name: no ordinary word, and a record word elsewhere in the label or a file extension."""
    if len(low) < 3 or not low.isalpha() or _ordinary_label_word(low) or (
            low in _RECORD_WORDS or (len(low) == 3 and not _is_lex(low))):
        return False  # ("mri_t_spine.pdf": a study, not a surname)
    record = s.memo.get("record_label")
    if record is None:  # once per text: asked per chunk, it was quadratic in a long label
        record = s.memo["record_label"] = any(c[2].lower() in _RECORD_WORDS for c in chunks) or (
            FILE_EXT_RE.search(s.text) is not None)
    return bool(record)


def _surname_shaped(word: str) -> bool:
    """A capitalised token that is not an acronym, a common word, an organisation or persona word."""
    if len(word) < 3 or not word[0].isupper() or word.isupper() or not word.isalpha():
        return False
    low = word.lower()
    return low not in _LABEL_STOP and not _is_word(low) and low not in _PERSONA_LABEL and (
        _is_lex(low) or low not in english_words())  # ("Jail Health - family line")


_LABEL_RUN_BREAK = lazy_compile(r"\s[-–—|]\s|[–—|:()]")


def _clinical_eponym_label(word: str, toks: list[tuple[int, int, str]], j: int) -> bool:
    """A test or scale named for someone, its kind in one of the next two tokens: "Glasgow_Coma_Scale.pdf"
    (alone, "callback-glasgow" may name a patient: Thompson, Hamilton and Wells are clinical eponyms too)."""
    return word in CLINICAL_EPONYMS and any(t[2] in _INSTRUMENT_NEXT or t[2] == "coma" for t in toks[j : j + 3])


def _provider_title_before(s: Scan, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Is label token `i` the end of a provider's name, up to three capitalised tokens after the title:
    "Dr. Pa Houa Vang – Tue/Thu schedule", "Callback – Dr. Joy (Adeyemi) – lab case pickup"?"""
    for k in range(i - 1, max(-1, i - 4), -1):
        if s.text[toks[k][1] : toks[k + 1][0]].strip(" .("):
            return False  # something else between: a separator, a digit
        if toks[k][2] in PROVIDER_TITLES:
            return k < i - 1  # (the title right before is the caller's own test)
        if not s.text[toks[k][0]].isupper():
            return False
    return False


def _label_names(s: Scan) -> list[PhiHit]:
    """Names inside keys and file names: split words, look up case-insensitively."""
    words = _LABEL_TOK_RE.findall(s.text)
    lowered = [w.lower() for w in words]
    # "Midwife on call – Ruth T."; "Laila – Dari/Pashto Intake v3.2", "Ollie – Ride Booking (es/en)": an
    # agent's persona with its version or languages; "Referral fax – Pamir": where the practice faxes
    persona = (not _PERSONA_LABEL.isdisjoint(lowered) or "on call" in s.lower or (
        _PERSONA_VERSION.search(s.lower) is not None) or "fax" in lowered) and not _relative_line(s)
    s.memo["persona_label"] = persona  # what _persona_label finds: the same tokens of the same text
    persona = persona and _no_personal_number(s)
    # (an acronym of up to four capitals is no name: "HSU main 859-555-0123")
    oks = [_label_name_tok(w) and not (o.isupper() and 1 < len(o) <= 4) for w, o in zip(lowered, words, strict=True)]
    if not any(oks):
        return []  # no token can be part of a name (also a text without tokens): no offsets needed
    toks = [(m.start(), m.end(), w) for m, w in zip(_LABEL_TOK_RE.finditer(s.text), lowered, strict=True)]
    hits: list[PhiHit] = []
    i = 0
    while i < len(toks):
        j = i
        # (a run stops at a segment's separator: "Ollie - Whitmore Student Health" is a persona and a school)
        while j < len(toks) and oks[j] and (j == i or not _LABEL_RUN_BREAK.search(s.text, toks[j - 1][1], toks[j][0])):
            j += 1
        if j == i:
            i += 1
            continue
        # drop trailing single letters that are not initials of a following surname (one slice at
        # the end: slicing per letter was quadratic in a long run of letters)
        k = j
        while k > i and len(toks[k - 1][2]) == 1:
            k -= 1
        span = toks[i:k]
        real = [t for t in span if len(t[2]) > 1]
        prev = toks[i - 1][2] if i > 0 else ""
        nxt = toks[j][2] if j < len(toks) else ""
        nxt_cap = j < len(toks) and s.text[toks[j][0]].isupper()
        if nxt == "family" and j + 1 < len(toks):
            nxt = toks[j + 1][2]  # "Greenfield Family Medicine": the practice's name
            nxt_cap = s.text[toks[j + 1][0]].isupper()
        if nxt in _CREDENTIALS or (j + 1 < len(toks) and toks[j + 1][2] in _CREDENTIALS):
            i = max(j, i + 1)
            continue  # "Kendra Lowe FNP - same day", "Mireille Dufresne CNM": a clinician's schedule
        # an organisation word after the name is the organisation's name when capitalised
        # ("Greenfield Sleep"), a service when not ("pt-okafor-dialysis")
        nxt_org = nxt in ORG_WORDS and (nxt_cap or nxt in _ALWAYS_ORG)
        joined = " ".join(t[2] for t in span)
        # (a public figure's name may run on into a token that is no lexicon name:
        # "florence-nightingale-week-greeting")
        if real and prev not in PROVIDER_TITLES and not nxt_org and not _provider_title_before(s, toks, i) and (
                joined not in PUBLIC_FIGURES) and (not nxt or f"{joined} {nxt}" not in PUBLIC_FIGURES) and (
                # ("Refills – Kyle Benoit, PharmD": a clinician; not a credential before the name, "pt-tsosie"
                # is a patient's and a never-read set lost a case to "(EMT ...)")
                not _provider_after(s.text[span[-1][1] : span[-1][1] + 40])):
            start, end = span[0][0], span[-1][1]
            found = s.text[start:end]
            if len(span) >= 2:
                # ("Van coordinator - Gilbert Manuel": a staff directory entry; "Dana Whitley – scheduler line")
                if not _staff_label(s, start) and not _STAFF_LINE_AFTER.match(s.lower, end):
                    hits.append(PhiHit(start, end, "NAME", "name", 0.8,
                                       "name tokens found in a key or label (split on separators/case)"))
            elif not persona and not _clinical_eponym_label(span[0][2], toks, j) and not _whole_label(
                    s, start, end) and not _title_label(s) and nxt not in _LABEL_PLACE_NEXT and not (
                    # ("estes-park", "queens-jackson-heights": a place named for someone)
                    _staff_label(s, start)) and not (
                    span[0][2] in INSTITUTION_GIVEN_NAMES and _institution_named(s, start, end)) and (
                    not _for_many_document(s)) and span[0][2].lower() not in _ANATOMY_EPONYMS and (
                    _suppressed(s, start, end, (found.lower().strip("."),)) is None):
                # A label that is only a first name ("Alex") is an assistant's persona name; a
                # name with other words ("Tomás - dialysis pickup") points at someone.
                hits.append(PhiHit(start, end, "NAME", "name", 0.6,
                                   "single lexicon name in a short label"))
        i = max(j, i + 1)
    return hits


def names_in_file_name(name: str) -> list[tuple[int, int]]:
    """Person names in a file name or a URL's path segment, read as a label is read
    ('kowalczyk_g_left_heel.jpg', 'sorokina_y_crossmatch.pdf'): (start, end) offsets into `name`.
    For other recognizers (web.py) that meet file names inside a longer text."""
    view = name.replace("_", " ")
    return [(h.start, h.end) for h in recognize_name(Scan(view, "label", (), raw=name)) if h.confidence >= 0.5]
