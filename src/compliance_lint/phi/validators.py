"""Pure validators for identifier shapes: checksums, issuing rules, calendar sanity.

Each function takes the already-matched string and answers one yes/no question, so recognizers
can turn a loose regex match into a validated (strong) identifier or drop it.
"""

from __future__ import annotations

import datetime as _dt
import ipaddress

# Published sample / test values that are format examples, not anyone's identifier.
SAMPLE_SSNS = frozenset({"123456789", "078051120", "987654320", "219099999", "111111111"})
TEST_CARDS = frozenset(
    {
        "4111111111111111",
        "4242424242424242",
        "4012888888881881",
        "4000056655665556",
        "5555555555554444",
        "5105105105105100",
        "2223003122003222",
        "378282246310005",
        "371449635398431",
        "6011111111111117",
        "6011000990139424",
        "3056930009020004",
        "36227206271667",
        "3566002020360505",
        # more of the payment processors' documented test numbers (Stripe, Braintree, Adyen)
        "4000000000000077", "4000000000000002", "4000000000009995", "4000000000000069", "4000000000000127",
        "4000000000000119", "4000000000003220", "4000002500003155", "4000002760003184", "5200828282828210",
        "6200000000000005", "4005519200000004", "4009348888881881", "4012000033330026", "4012000077777777",
        "4217651111111119", "4500600000000061", "5555341244441115", "370000000000002", "4988438843884305",
    }
)
SAMPLE_MBIS = frozenset({"1EG4TE5MK73", "1EG4TE5MK72"})
SAMPLE_NPIS = frozenset({"1234567893"})


def digits_only(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


# Luhn's doubled digit (2d, minus 9 above 9) as a byte translation.
_LUHN_DOUBLE = bytes.maketrans(b"0123456789", b"0246813579")


def luhn_ok(number: str) -> bool:
    """Luhn mod-10 over a digit string (cards, IMEI, NPI with prefix)."""
    if not number.isdigit() or len(number) < 2:
        return False
    if number.isascii():
        # The loop below, with C-level sums: every other digit from the right as is, the others
        # doubled; each byte is 48 + its digit.
        b = number.encode()
        return (sum(b[-1::-2]) + sum(b[-2::-2].translate(_LUHN_DOUBLE)) - 48 * len(b)) % 10 == 0
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_ok(number: str) -> bool:
    """Luhn plus issuer prefix and length; published test cards are rejected."""
    if number in TEST_CARDS or not luhn_ok(number) or len(set(number)) == 1:
        return False
    n = len(number)
    if number[0] == "4":
        return n in (13, 16, 19)
    two, four = int(number[:2]), int(number[:4])
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return n == 16
    if two in (34, 37):
        return n == 15
    if number.startswith(("6011", "65")) or 644 <= int(number[:3]) <= 649:
        return n in (16, 19)
    if 3528 <= four <= 3589:  # JCB
        return n in (16, 19)
    if two in (36, 38, 39) or 300 <= int(number[:3]) <= 305:  # Diners
        return n in (14, 16)
    if number.startswith("62"):  # UnionPay
        return 16 <= n <= 19
    return False


def ssn_ok(area: str, group: str, serial: str) -> bool:
    """SSA never issues area 000, 666 or 9xx, group 00 or serial 0000; samples are examples."""
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    joined = area + group + serial
    return joined not in SAMPLE_SSNS and len(set(joined)) > 1


_MBI_LETTERS = set("ACDEFGHJKMNPQRTUVWXY")  # CMS excludes S, L, O, I, B, Z


def mbi_ok(value: str) -> bool:
    """CMS MBI: C A AN N A AN N A A N N, position 1 is 1-9, restricted letter set."""
    v = value.replace("-", "").upper()
    if len(v) != 11 or v in SAMPLE_MBIS:
        return False
    kinds = "NAXNAXNAANN"  # N digit, A letter, X letter-or-digit
    for i, (ch, kind) in enumerate(zip(v, kinds, strict=False)):
        if kind == "N" and not ch.isdigit():
            return False
        if kind == "A" and ch not in _MBI_LETTERS:
            return False
        if kind == "X" and not (ch.isdigit() or ch in _MBI_LETTERS):
            return False
        if i == 0 and ch == "0":
            return False
    return True


_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=False)),
    **dict(zip("JKLMN", range(1, 6), strict=False)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=False)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_ok(value: str) -> bool:
    """49 CFR 565 check digit in position 9 (10 is written X)."""
    v = value.upper()
    if len(v) != 17 or any(ch not in _VIN_VALUES for ch in v):
        return False
    if not any(ch.isdigit() for ch in v) or not any(ch.isalpha() for ch in v):
        return False
    total = sum(_VIN_VALUES[ch] * w for ch, w in zip(v, _VIN_WEIGHTS, strict=False))
    check = total % 11
    return v[8] == ("X" if check == 10 else str(check))


def npi_ok(value: str) -> bool:
    """NPI: Luhn over '80840' + the 10 digits (a provider id, used to *suppress* hits)."""
    return len(value) == 10 and value.isdigit() and luhn_ok("80840" + value)


def cpf_ok(digits: str) -> bool:
    """Brazil's CPF (Cadastro de Pessoas Físicas): two mod-11 check digits over the first nine and ten."""
    if len(digits) != 11 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    n = [int(c) for c in digits]
    for length in (9, 10):
        r = sum(n[i] * (length + 1 - i) for i in range(length)) * 10 % 11
        if (0 if r == 10 else r) != n[length]:
            return False
    return True


# CPFs printed as examples by the Receita Federal and in developer docs.
SAMPLE_CPFS = frozenset({"52998224725", "11144477735", "12345678909"})


def iban_ok(value: str) -> bool:
    """ISO 13616 mod-97 check."""
    v = value.replace(" ", "").upper()
    if not 15 <= len(v) <= 34 or not v[:2].isalpha() or not v[2:4].isdigit():
        return False
    moved = v[4:] + v[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1
    except ValueError:
        return False


def date_ok(year: int | None, month: int, day: int) -> bool:
    """Calendar sanity; a missing year is checked against a leap year so 29 Feb passes."""
    try:
        _dt.date(year if year is not None else 2000, month, day)
    except ValueError:
        return False
    return year is None or 1850 <= year <= 2100


_DOC_NET_V6 = ipaddress.ip_network("2001:db8::/32")  # built once, not per call


def ip_is_personal(value: str) -> bool:
    """A public unicast address can point at a person; private/doc/loopback ranges cannot."""
    try:
        ip = ipaddress.ip_address(value)
    except ValueError:
        return False
    if ip.version == 6 and ip in _DOC_NET_V6:
        return False
    return ip.is_global and not ip.is_multicast


def ip_valid(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True
