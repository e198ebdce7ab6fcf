"""The demo procurement office's announcements, dated relative to the demo's today."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from desktop.domain.announcement import Announcement, AnnouncementKind


def demo_announcements(today: date) -> list[Announcement]:
    """New and changed agreements and a notice, newest last."""
    return [
        Announcement(
            id="ann-coffee-range",
            kind=AnnouncementKind.CHANGED_AGREEMENT,
            published=today - timedelta(days=45),
            agreement_id="a-coffee",
            title={
                "sv": "Kaffe och te: fler miljömärkta sorter",
                "da": "Kaffe og te: flere miljømærkede varer",
                "nb": "Kaffe og te: flere miljømerkede varer",
                "en": "Coffee and tea: more eco-labelled products",
            },
            body={
                "sv": "Avtalet har nu ekologiskt och Fairtrade-märkt kaffe till samma pris.",
                "da": "Aftalen har nu økologisk og Fairtrade-mærket kaffe til samme pris.",
                "nb": "Avtalen har nå økologisk og Fairtrade-merket kaffe til samme pris.",
                "en": "The agreement now has organic and Fairtrade coffee at the same price.",
            },
        ),
        Announcement(
            id="ann-crisis-stock",
            kind=AnnouncementKind.NOTICE,
            published=today - timedelta(days=30),
            title={
                "sv": "Krislager: handskar och handsprit",
                "da": "Kriselager: handsker og håndsprit",
                "nb": "Kriselager: hansker og håndsprit",
                "en": "Crisis stock: gloves and hand sanitiser",
            },
            body={
                "sv": "Omlastningscentralen håller ett lager av handskar och handsprit. "
                "Beställ som vanligt; varorna är märkta i Avrop.",
                "da": "Omlastningscentralen har et lager af handsker og håndsprit. "
                "Bestil som normalt; varerne er markeret i Avrop.",
                "nb": "Omlastingssentralen har et lager av hansker og håndsprit. "
                "Bestill som vanlig; varene er merket i Avrop.",
                "en": "The transshipment hub keeps a stock of gloves and hand sanitiser. "
                "Order as usual; the items are marked in Avrop.",
            },
        ),
        Announcement(
            id="ann-bakery-new",
            kind=AnnouncementKind.NEW_AGREEMENT,
            published=today - timedelta(days=10),
            agreement_id="a-bakery",
            savings_percent=Decimal("36"),
            title={
                "sv": "Bröd och bageri: nytt avtal, priserna 36 % lägre",
                "da": "Brød og bagværk: ny aftale, priserne 36 % lavere",
                "nb": "Brød og bakevarer: ny avtale, prisene 36 % lavere",
                "en": "Bread and bakery: new agreement, prices 36 % lower",
            },
            body={
                "sv": "Beställ bröd i Avrop före kl. 12 för leverans nästa dag. Köp inte "
                "längre i butik: avtalet är billigare.",
                "da": "Bestil brød i Avrop inden kl. 12 til levering næste dag. Køb ikke "
                "længere i butikken: aftalen er billigere.",
                "nb": "Bestill brød i Avrop før kl. 12 for levering neste dag. Ikke kjøp i "
                "butikk lenger: avtalen er billigere.",
                "en": "Order bread in Avrop by 12:00 for next-day delivery. Stop buying in "
                "the shop: the agreement is cheaper.",
            },
        ),
    ]
