"""An uncertified orderer is pointed to the office's orderer training."""

from __future__ import annotations

from typing import Any

from desktop.domain.reference import Me, Role
from desktop.ui.help import HelpPage

URL = "https://utbildning.ekby.example/bestallarutbildning"


def test_the_help_page_gives_the_uncertified_the_training_link(qtbot: Any) -> None:
    page = HelpPage()
    qtbot.addWidget(page)
    me = Me("bo", "Bo Nyström", Role.ORDERER, ("u-1",), False, "Ekby kommun", "en", {}, URL)
    page.set_data(me, [], None, None)
    assert URL in page.you.body.text() and "Not yet certified" in page.you.body.text()
    page.set_data(Me("olivia", "Olivia", Role.ORDERER, ("u-1",), True, "Ekby"), [], None, None)
    assert URL not in page.you.body.text()


def test_me_carries_the_link_through_its_json() -> None:
    me = Me("bo", "Bo", Role.ORDERER, (), False, "Ekby", certification_url=URL)
    assert Me.from_json(me.to_json()) == me
    assert "certification_url" not in Me("o", "O", Role.ORDERER, (), True, "Ekby").to_json()
