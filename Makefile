# Two commands for a new user: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

# Debian/Ubuntu packages Qt needs; the xcb ones only for a real (or Xvfb) display.
QT_DEBS := libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3 \
	libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
	libxcb-render-util0 libxcb-shape0 libxcb-xkb1

.PHONY: run test lint typecheck system-deps clean translations screenshots \
	screenshots-find screenshots-spend screenshots-journey

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

system-deps:
	@missing=""; for p in $(QT_DEBS); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing Qt system libraries:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
		else \
			echo "Qt needs system libraries that are missing. Install them with:"; \
			echo "  sudo apt-get install -y$$missing"; exit 1; \
		fi; \
	fi

run: system-deps $(STAMP)
	$(PY) -m desktop --demo

test: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

translations: $(STAMP)
	$(PY) -m tools.i18n_build

XVFB := xvfb-run -a -s "-screen 0 1280x800x24"

screenshots: system-deps $(STAMP)
	$(XVFB) $(PY) -m tools.screenshots

screenshots-find: system-deps $(STAMP)
	$(XVFB) $(PY) -m tools.find_screenshots

screenshots-spend: system-deps $(STAMP)
	$(XVFB) $(PY) -m tools.spend_screenshots

# The order journey of issue 11 (sv, da, nb at 100 % and 200 %, offscreen 1366x768) into
# docs/screenshots, then the older keyboard journeys into screenshots/journeys.
screenshots-journey: system-deps $(STAMP)
	$(PY) -m tools.order_journey_screenshots --out docs/screenshots
	$(XVFB) $(PY) -m tools.journey_screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info
