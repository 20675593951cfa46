"""Label helpers shared by the mail and document content files (LABELS.md shapes)."""

S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"


def M(amount, currency, per, tax=None):
    return {"amount": amount, "currency": currency, "per": per, "tax": tax}


def D(amount, unit):
    return {"amount": amount, "unit": unit}


def TB(n):
    return int(n * 10 ** 12)


def C(product, attribute, value, verdict, text, quoted=False, office=None):
    """A claim. office=None: the speaker of the file (message office / doc folder)."""
    return {"type": "claim", "product": product, "attribute": attribute, "value": value,
            "verdict": verdict, "quoted": quoted, "office": office, "text": text}


def CS(product, attribute, members, verdicts, text, quoted=False, office=None):
    """A set claim: one line per member; verdicts is a str (all) or a list."""
    if isinstance(verdicts, str):
        verdicts = [verdicts] * len(members)
    return [C(product, attribute, m, v, text, quoted, office) for m, v in zip(members, verdicts)]


def P(rule, text, quoted=False):
    return {"type": "finding", "kind": "phrase", "rule": rule, "product": None, "quoted": quoted, "text": text}


def T(product, text, quoted=False):
    return {"type": "finding", "kind": "terminology", "rule": None, "product": product, "quoted": quoted,
            "text": text}


def U(why):
    return {"type": "finding", "kind": "unreadable", "rule": None, "product": None, "quoted": False, "text": why}


def flat(items):
    out = []
    for x in items:
        out += x if isinstance(x, list) else [x]
    return out
