"""Regenerates the hostile corpus: ``python tests/desktop/peppol/corpus/make_corpus.py``.

Each file is something a catalogue upload or sync might carry to hurt the reader; the
test ``test_hostile_corpus.py`` expects each to be refused with the code in its table.
The big ones are stored gzip-compressed (the reader inflates gzip, counting inflated
bytes against its limits).
"""

from __future__ import annotations

import gzip
from pathlib import Path

HERE = Path(__file__).resolve().parent
NS = (
    'xmlns="urn:oasis:names:specification:ubl:schema:xsd:Catalogue-2" '
    'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" '
    'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"'
)
HEAD = (
    "<cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:catalogue:3</cbc:CustomizationID>"
    "<cbc:ProfileID>urn:fdc:peppol.eu:poacc:bis:catalogue_only:3</cbc:ProfileID>"
    "<cbc:ID>C1</cbc:ID><cbc:IssueDate>2025-01-02</cbc:IssueDate>"
)
LINE = (
    "<cac:CatalogueLine><cbc:ID>1</cbc:ID><cac:Item><cbc:Name>{name}</cbc:Name>"
    "<cac:SellersItemIdentification><cbc:ID>K1</cbc:ID></cac:SellersItemIdentification>"
    "</cac:Item></cac:CatalogueLine>"
)


def catalogue(name: str = "Kaffe", doctype: str = "", prolog: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}{doctype}\n'
        f"<Catalogue {NS}>{HEAD}{LINE.format(name=name)}</Catalogue>\n"
    )


LAUGHS = (
    '<!DOCTYPE Catalogue [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)
FILES: dict[str, bytes] = {
    "xxe_file.xml": catalogue(
        "&xxe;", '<!DOCTYPE Catalogue [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    ).encode(),
    "xxe_http.xml": catalogue(
        "&xxe;", '<!DOCTYPE Catalogue [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/secret">]>'
    ).encode(),
    "xxe_parameter_entity.xml": catalogue(
        "x",
        '<!DOCTYPE Catalogue [<!ENTITY % dtd SYSTEM "http://127.0.0.1:9/evil.dtd"> %dtd;]>',
    ).encode(),
    "billion_laughs.xml": catalogue("&lol9;", LAUGHS).encode(),
    "external_dtd.xml": catalogue(
        "x", '<!DOCTYPE Catalogue SYSTEM "http://127.0.0.1:9/catalogue.dtd">'
    ).encode(),
    "doctype_after_comment.xml": catalogue(
        "x", "<!DOCTYPE Catalogue>", prolog="<!-- harmless? -->\n<?pi here?>\n"
    ).encode(),
    "undeclared_entity.xml": catalogue("&xxe;").encode(),
    "xinclude.xml": catalogue(
        '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd"'
        ' parse="text"/>'
    ).encode(),
    "truncated.xml": catalogue().encode()[:-40],
    "empty.xml": b"",
    "not_xml.xml": b"PK\x03\x04 this is a zip file, not XML",
    "wrong_root_invoice.xml": (
        b'<?xml version="1.0"?><Invoice xmlns="urn:oasis:names:specification:ubl:schema:'
        b'xsd:Invoice-2"><ID xmlns="urn:oasis:names:specification:ubl:schema:xsd:'
        b'CommonBasicComponents-2">1</ID></Invoice>'
    ),
    "wrong_namespace.xml": catalogue().replace("xsd:Catalogue-2", "xsd:Catalogue-1").encode(),
    "no_namespace.xml": b"<Catalogue><ID>1</ID></Catalogue>",
    "utf8_declared_latin1_bytes.xml": catalogue("Kaffe \u00e5\u00e4\u00f6").encode("latin-1"),
    "utf16.xml": catalogue().replace("UTF-8", "UTF-16").encode("utf-16"),
    "deep_nesting.xml": catalogue("<a>" * 5000 + "</a>" * 5000).encode(),
    "huge_text_node.xml.gz": gzip.compress(catalogue("A" * (12 * 1024 * 1024)).encode(), 9),
    "gzip_bomb.xml.gz": gzip.compress(catalogue(" " * (100 * 1024 * 1024)).encode(), 9),
    "gzip_truncated.xml.gz": gzip.compress(catalogue().encode())[:-20],
}


if __name__ == "__main__":
    for name, data in FILES.items():
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")
