#!/usr/bin/env sh
# Install Avrop from the unpacked tarball, for this user only (no root):
#   ./install.sh              → ~/.local/lib/avrop, ~/.local/bin/avrop, menu entry, icons
#   ./install.sh --uninstall  → removes them again (the data folder is kept)
# IT departments: PREFIX=/opt/avrop-root ./install.sh installs under another prefix
# (PREFIX/lib/avrop, PREFIX/bin, PREFIX/share) without asking anything.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
lib="$prefix/lib/avrop"
bin="$prefix/bin/avrop"
apps="$prefix/share/applications"
icons="$prefix/share/icons/hicolor"

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$lib" "$bin" "$apps/avrop.desktop"
  find "$icons" -name avrop.png -o -name avrop.svg 2>/dev/null | xargs -r rm -f
  echo "Avrop removed (your data folder is kept)."
  exit 0
fi

rm -rf "$lib"
mkdir -p "$lib" "$prefix/bin" "$apps" "$icons"
cp -a "$here/avrop/." "$lib/"
ln -sf "$lib/avrop" "$bin"
cp -a "$here/icons/hicolor/." "$icons/"
sed "s|^Exec=avrop|Exec=$lib/avrop|" "$here/avrop.desktop" > "$apps/avrop.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true
echo "Avrop installed: $bin (and in the applications menu)."
