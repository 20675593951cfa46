# -*- coding: utf-8 -*-
"""Label helpers shared by generate.py, messages.py and documents.py."""

S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"


def M(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def D(amount, unit):
    return {"amount": amount, "unit": unit}


def TB(n):
    return int(round(n * 10 ** 12))


def GB(n):
    return int(round(n * 10 ** 9))


def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return {"product": product, "attribute": attribute, "value": value, "verdict": verdict,
            "text": text, "quoted": quoted, "office": office}


def PH(rule, text, quoted=False):
    return {"kind": "phrase", "rule": rule, "product": None, "text": text, "quoted": quoted}


def TERM(product, text, quoted=False):
    return {"kind": "terminology", "rule": None, "product": product, "text": text, "quoted": quoted}


