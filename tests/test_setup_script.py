"""scripts/setup's font check answers the same every time (it used to lose to SIGPIPE under pipefail)."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

SETUP = Path(__file__).resolve().parents[1] / "scripts" / "setup"


def _font_check() -> str:
    """Bash that defines what scripts/setup needs and runs the test guarding its font install.

    The functions the script defines, then ``font_missing``: the condition of
    the ``if`` whose body installs fonts-noto-cjk, whatever form it has (a
    function call now, the inline ``fc-list | grep -qi CJK`` pipe before).
    """
    text = SETUP.read_text(encoding="utf-8")
    functions = "".join(re.findall(r"^\w+\(\) \{\n.*?^\}\n", text, re.S | re.M))
    guard = re.search(r"^if (! .+?); then\n(?:.*\n){0,3}?.*fonts-noto-cjk", text, re.M)
    assert guard, "scripts/setup installs fonts-noto-cjk under an if"
    return f"{functions}font_missing() {{ {guard.group(1)}; }}\n"


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="fontconfig is not installed")
def test_the_font_check_is_stable_under_pipefail():
    listed = subprocess.run(["fc-list"], capture_output=True, text=True).stdout
    expected = "no" if "cjk" in listed.lower() else "yes"  # is the font missing?
    script = f"set -euo pipefail\n{_font_check()}\nfor i in $(seq 30); do if font_missing; then echo yes; else echo no; fi; done\n"
    answers = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120).stdout.split()
    assert answers == [expected] * 30, f"font missing {answers.count('yes')} times, present {answers.count('no')} times"


def test_setup_and_readme_say_the_first_command_installs_apt_packages():
    assert "fonts-noto-cjk through apt-get" in SETUP.read_text(encoding="utf-8")
    readme = (SETUP.parents[1] / "README.md").read_text(encoding="utf-8")
    first_command = readme.index("scripts/setup && .venv/bin/kg ingest")
    assert "apt package `fonts-noto-cjk`" in readme[first_command:first_command + 400]
