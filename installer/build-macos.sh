#!/usr/bin/env bash
# Build the macOS app (run on a Mac, with the venv made as in the README):
#   installer/build-macos.sh
# PyInstaller's BUNDLE step in installer/avrop.spec makes dist/Avrop.app (icon
# installer/icons/avrop.icns, version from desktop.__version__); this checks it with
# --self-test and packs it into dist/avrop-<version>-macos.zip (unsigned: sign and
# notarise with your Developer ID before handing it out).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
VERSION=$("$PY" -c 'import desktop; print(desktop.__version__)')
"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/avrop.spec
dist/Avrop.app/Contents/MacOS/avrop --self-test
ditto -c -k --keepParent dist/Avrop.app "dist/avrop-$VERSION-macos.zip"
echo "built dist/Avrop.app and dist/avrop-$VERSION-macos.zip"
