# The two set-up commands of the README: `make demo` narrates the seed, `make test` runs the suite.
# Each works on a fresh Debian/Ubuntu machine: system packages, then .venv, then the project.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEED := seeds/reuters-atacms-crimea.txt
SYSTEM_PACKAGES := espeak-ng libespeak-ng1 alsa-utils libmp3lame0
TEST_SYSTEM_PACKAGES := chromium chromium-driver
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench system-packages test-packages clean

demo: system-packages $(STAMP)
	$(BIN)/narrator save $(SEED)

test: system-packages test-packages $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check narrator tests $(wildcard bench)
	$(BIN)/ruff format --check narrator tests $(wildcard bench)
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: system-packages $(STAMP)
	$(BIN)/python bench/run.py

# espeak-ng's shared library is what pyttsx3 drives; aplay (alsa-utils) is how it plays;
# LAME's library encodes MP3.
system-packages:
	@if command -v espeak-ng >/dev/null && command -v aplay >/dev/null \
	    && ldconfig -p | grep -q libespeak-ng.so.1 \
	    && ldconfig -p | grep -q libmp3lame.so.0; then exit 0; fi; \
	$(call apt_install,$(SYSTEM_PACKAGES))

# The listening page is tested in a real browser: Debian's Chromium, driven by selenium.
test-packages:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then exit 0; fi; \
	$(call apt_install,$(TEST_SYSTEM_PACKAGES))

define apt_install
if [ "$$(id -u)" = 0 ]; then SUDO=""; \
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO="sudo"; \
else echo "narrator needs $(1); install them with:"; \
     echo "  sudo apt-get update && sudo apt-get install -y $(1)"; exit 1; fi; \
$$SUDO apt-get update -qq && \
DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(1) >/dev/null
endef

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -U pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) audio/*/ .pytest_cache .hypothesis
