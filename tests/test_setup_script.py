"""scripts/setup's font check answers the same every time (it used to lose to SIGPIPE under pipefail)."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

SETUP = Path(__file__).resolve().parents[1] / "scripts" / "setup"


def _font_check() -> str:
    """The has_cjk_font function as scripts/setup defines it."""
    match = re.search(r"^has_cjk_font\(\) \{\n.*?^\}\n", SETUP.read_text(encoding="utf-8"), re.S | re.M)
    assert match, "scripts/setup defines has_cjk_font"
    return match.group(0)


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="fontconfig is not installed")
def test_the_font_check_is_stable_under_pipefail():
    listed = subprocess.run(["fc-list"], capture_output=True, text=True).stdout
    expected = "yes" if "cjk" in listed.lower() else "no"
    script = f"set -euo pipefail\n{_font_check()}\nfor i in $(seq 30); do if has_cjk_font; then echo yes; else echo no; fi; done\n"
    answers = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120).stdout.split()
    assert answers == [expected] * 30, f"{answers.count('yes')} yes, {answers.count('no')} no"


def test_setup_and_readme_say_the_first_command_installs_apt_packages():
    assert "fonts-noto-cjk through apt-get" in SETUP.read_text(encoding="utf-8")
    readme = (SETUP.parents[1] / "README.md").read_text(encoding="utf-8")
    first_command = readme.index("scripts/setup && .venv/bin/kg ingest")
    assert "apt package `fonts-noto-cjk`" in readme[first_command:first_command + 400]
