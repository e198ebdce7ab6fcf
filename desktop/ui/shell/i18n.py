"""The UI language: which one to use, and loading its translations into Qt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.ui.shell.paths import locale_dir

SUPPORTED = ("sv", "da", "nb", "en")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` and return it unchanged.

    Qt's own ``QT_TRANSLATE_NOOP`` is typed ``-> object`` in PySide6's stubs, which makes
    every table of marked texts untyped; ``lupdate`` finds this one by its name all the same.
    """
    return source


# Shown in each language's own name, so anyone can find theirs.
LANGUAGE_NAMES: dict[str, str] = {
    "sv": "Svenska",
    "da": "Dansk",
    "nb": "Norsk bokmål",
    "en": "English",
}

# Qt ships no Norwegian bokmål qtbase catalogue; nynorsk is the closest it has.
_QT_FALLBACKS: dict[str, tuple[str, ...]] = {"nb": ("nb", "no", "nn")}


def language_from_locale(locale: QLocale) -> str:
    """The supported language closest to ``locale`` (English when none fits)."""
    for tag in [*locale.uiLanguages(), locale.name()]:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in ("nb", "no", "nn"):
            return "nb"
        if code in SUPPORTED:
            return code
    return "en"


def resolve_language(setting: str) -> str:
    """``setting`` when it names a language, the system's for ``"system"``."""
    if setting in SUPPORTED:
        return setting
    return language_from_locale(QLocale.system())


def qt_locale(language: str) -> QLocale:
    return {
        "sv": QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden),
        "da": QLocale(QLocale.Language.Danish, QLocale.Country.Denmark),
        "nb": QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    }.get(language, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


class Translations:
    """Installs Avrop's and Qt's own translators for one language at a time.

    Installing a translator makes Qt send ``LanguageChange`` to every widget, so the
    widgets that handle it retranslate live.
    """

    def __init__(self, app: QCoreApplication, directory: Path | None = None) -> None:
        self._app = app
        self._dir = directory or locale_dir()
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> str:
        """Switch to ``language`` (a code of :data:`SUPPORTED`); returns it."""
        self.remove()
        self.language = language if language in SUPPORTED else "en"
        QLocale.setDefault(qt_locale(self.language))
        if self.language != "en":
            self._install_qt_catalogue()
        # Installed last, so asked first: it also mends Qt's gaps (qt_texts.py); English's
        # holds its plural forms only.
        ours = QTranslator(self._app)
        if ours.load(str(self._dir / f"avrop_{self.language}.qm")):
            self._install(ours)
        return self.language

    def _install_qt_catalogue(self) -> None:
        """Qt's own texts (file dialog, message box buttons): from the app's locale folder,
        where the bundle ships them (installer/avrop.spec), else from Qt's."""
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for code in _QT_FALLBACKS.get(self.language, (self.language,)):
            for folder in (str(self._dir), qt_dir):
                theirs = QTranslator(self._app)
                if theirs.load(f"qtbase_{code}", folder):
                    self._install(theirs)
                    return

    def remove(self) -> None:
        """Take this object's translators out of the application again."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)
