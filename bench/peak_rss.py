"""Run a command that prints one JSON object, and print that object with the command's peak
resident set size added as "peakRssBytes".

The benchmark uses it because Deno denies its scripts /proc/self/status without --allow-all,
while a parent process gets the peak from wait4() for free. The command's stderr passes through;
a command that fails makes this script exit with the same code.

Usage: python bench/peak_rss.py COMMAND [ARG...]
"""

import json
import os
import subprocess
import sys


def main():
    command = sys.argv[1:]
    if not command:
        sys.exit("Cannot measure the peak memory as COMMAND must be given: usage: "
                 "python bench/peak_rss.py COMMAND [ARG...]")
    child = subprocess.Popen(command, stdout=subprocess.PIPE)
    output = child.stdout.read()
    child.stdout.close()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.stderr.write(output.decode(errors="replace"))
        sys.exit(child.returncode)
    lines = [line for line in output.decode().splitlines() if line.strip()]
    report = json.loads(lines[-1])
    # ru_maxrss counts kibibytes on Linux and bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    report["peakRssBytes"] = usage.ru_maxrss * scale
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
