"""Small vocabulary shared by the content modules and the generator (set5)."""

TB = 10 ** 12
GB = 10 ** 9

PRODUCTS = {"sync": "meridian-sync", "vault": "meridian-vault", "insight": "meridian-insight"}


def jpy(amount, per, tax=None):
    return {"amount": amount, "currency": "JPY", "per": per, "tax": tax}


def usd(amount, per):
    return {"amount": amount, "currency": "USD", "per": per, "tax": None}


def gbp(amount, per):
    return {"amount": amount, "currency": "GBP", "per": per, "tax": None}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


def rng(lo, hi, unit):
    return {"min": lo, "max": hi, "unit": unit}


class C:
    """One labelled claim. office None = the speaker of the file; as_of None = the file's date."""

    def __init__(self, prod, attr, value, verdict, text, quoted=False, office=None, as_of=None):
        self.product = PRODUCTS[prod]
        self.attribute, self.value, self.verdict, self.text = attr, value, verdict, text
        self.quoted, self.office, self.as_of = quoted, office, as_of


class Phrase:
    def __init__(self, rule, text, quoted=False):
        self.kind, self.rule, self.product, self.text, self.quoted = "phrase", rule, None, text, quoted


class Term:
    def __init__(self, prod, text, quoted=False):
        self.kind, self.rule, self.product, self.text, self.quoted = "terminology", None, PRODUCTS[prod], text, quoted
