"""Small helpers to write labels compactly (values as LABELS.md / SPEC §5 spell them)."""

S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"


def money(amount, currency, per, tax=None):
    return {"amount": amount, "currency": currency, "per": per, "tax": tax}


def usd(a, per, tax=None):
    return money(a, "USD", per, tax)


def gbp(a, per, tax=None):
    return money(a, "GBP", per, tax)


def jpy(a, per, tax=None):
    return money(a, "JPY", per, tax)


def dur(a, unit):
    return {"amount": a, "unit": unit}


def TB(n):
    return int(n * 10**12)


def GB(n):
    return int(n * 10**9)


def PB(n):
    return int(n * 10**15)


def C(product, attribute, value, verdict, text, quoted=False, office=None, as_of=None):
    """One claim; office None = the file's / message's own office."""
    return {"type": "claim", "product": product, "attribute": attribute, "value": value,
            "verdict": verdict, "quoted": quoted, "office": office, "as_of": as_of, "text": text}


def P(rule, text, quoted=False):
    """A phrase finding."""
    return {"type": "finding", "kind": "phrase", "rule": rule, "product": None, "quoted": quoted, "text": text}


def T(product, text, quoted=False):
    """A terminology finding (deprecated product name)."""
    return {"type": "finding", "kind": "terminology", "rule": None, "product": product, "quoted": quoted, "text": text}
