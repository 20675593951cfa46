"""Shared bits for the message builders: label records, money values, HTML skeletons."""

S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
TB = 10 ** 12


def usd(a, per):
    return {"amount": a, "currency": "USD", "per": per, "tax": None}


def gbp(a, per, tax=None):
    return {"amount": a, "currency": "GBP", "per": per, "tax": tax}


def jpy(a, per, tax=None):
    return {"amount": a, "currency": "JPY", "per": per, "tax": tax}


def dur(a, unit):
    return {"amount": a, "unit": unit}


class Labels:
    def __init__(self, file, msgid, office, as_of):
        self.file, self.msgid, self.office, self.as_of = file, msgid, office, as_of
        self.records = []

    def c(self, product, attribute, value, verdict, text, quoted=False, office=None, as_of=None):
        self.records.append({"type": "claim", "file": self.file, "message_id": self.msgid, "product": product,
                             "attribute": attribute, "value": value, "verdict": verdict, "quoted": quoted,
                             "office": office or self.office, "as_of": as_of or self.as_of, "text": text})

    def f(self, kind, text, rule=None, product=None, quoted=False):
        self.records.append({"type": "finding", "file": self.file, "message_id": self.msgid, "kind": kind,
                             "rule": rule, "product": product, "quoted": quoted, "text": text})


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%(cs)s"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:%(font)s;
	panose-1:2 11 4 0 0 0 0 0 0 0;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0mm;
	font-size:%(size)s;
	font-family:%(font)s,sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:%(font)s,sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:99.25pt 30.0mm 30.0mm 30.0mm;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]--></head><body lang=%(lang)s link="#0563C1" vlink="#954F72" style='word-wrap:break-word%(bodyextra)s'><div class=WordSection1>
"""
OUTLOOK_TAIL = "</div></body></html>\n"


def outlook_head(cs, lang="EN-GB", font='"Calibri"', size="11.0pt", bodyextra=""):
    return OUTLOOK_HEAD % {"cs": cs, "lang": lang, "font": font, "size": size, "bodyextra": bodyextra}


def mso(lines):
    """Outlook paragraphs: one <p class=MsoNormal> per line, '' for an empty line."""
    out = []
    for ln in lines:
        if ln == "":
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        else:
            out.append("<p class=MsoNormal>%s<o:p></o:p></p>" % ln)
    return "\n".join(out) + "\n"


def outlook_reply_block(rows, lang="ja"):
    """The header block Outlook puts above a quoted message (border-top div)."""
    inner = "<br>\n".join("<b>%s</b> %s" % r for r in rows)
    return ("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm'>"
            "<p class=MsoNormal>%s<o:p></o:p></p></div></div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" % inner)
