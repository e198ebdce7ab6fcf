"""Reads the accessibility tree of a running app over AT-SPI, from outside its process.

Run with the system Python that has ``pyatspi`` (Debian's python3-pyatspi):
``/usr/bin/python3 atspi_reader.py APP_NAME``. Prints one JSON list of
``[role, name]`` for every node of the app's tree (waits up to 30 s for it to appear).
"""

import json
import sys
import time

import pyatspi


def nodes(accessible, depth=0, found=None):
    found = [] if found is None else found
    if accessible is None or depth > 60 or len(found) > 20000:
        return found
    try:
        found.append([accessible.getRoleName(), accessible.name or ""])
        children = list(accessible)
    except Exception:  # a node that went away while reading
        return found
    for child in children:
        nodes(child, depth + 1, found)
    return found


def main(app_name):
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == app_name:
                tree = nodes(app)
                if len(tree) > 20:
                    print(json.dumps(tree))
                    return 0
        time.sleep(0.5)
    print(json.dumps([]))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
