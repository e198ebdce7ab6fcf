#!/usr/bin/env bash
# Build the Linux bundle and its tarball:
#   dist/avrop/                                  the PyInstaller folder (installer/avrop.spec)
#   dist/avrop-<version>-linux-<arch>.tar.gz     that folder + avrop.desktop + icons + install.sh
# Then check it: `dist/avrop/avrop --self-test` (CI does; see .ci/run).
# Usage: installer/build-linux.sh            (PYTHON=… to use another Python than .venv's)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
VERSION=$("$PY" -c 'import desktop; print(desktop.__version__)')

"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/avrop.spec

name="avrop-$VERSION-linux-$(uname -m)"
stage="dist/$name"
rm -rf "$stage" "$stage.tar.gz"
mkdir -p "$stage/icons/hicolor/scalable/apps"
cp -a dist/avrop "$stage/avrop"
cp installer/avrop.desktop "$stage/avrop.desktop"
cp installer/linux-install.sh "$stage/install.sh"
cp resources/icons/avrop.svg "$stage/icons/hicolor/scalable/apps/avrop.svg"
for png in installer/icons/avrop-*.png; do
  size=$(basename "$png" .png); size=${size#avrop-}
  mkdir -p "$stage/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$stage/icons/hicolor/${size}x${size}/apps/avrop.png"
done
tar -C dist -czf "$stage.tar.gz" "$name"
rm -rf "$stage"
echo "built dist/avrop/ and $stage.tar.gz"
