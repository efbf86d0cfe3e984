#!/usr/bin/env python3
"""ctest fixture: `fixture.py up` starts the lab the lab tests share, `fixture.py down` stops it.
Exits 77 (skipped) where the machine cannot run the lab, saying why."""
import sys

from labtest import lab, skip_reason

why = skip_reason()
if why:
    print(f"SKIP: {why}")
    sys.exit(77)
r = lab(*sys.argv[1:], check=False, timeout=600)
print(r.stdout + r.stderr)
sys.exit(r.returncode)
