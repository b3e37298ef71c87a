"""Print the machine the benchmark runs on as one JSON line: CPU model, logical CPUs, memory,
operating system, the load average over the last minute, and the Python and numpy versions.

Run by bench/main.ts with the project's .venv; Deno itself may not read /proc without
--allow-all, so these facts come from Python.
"""

import json
import os
import platform
import subprocess
import sys

import numpy as np


def cpu_model():
    """Return the CPU's model name, or platform.processor() where it cannot be read."""
    if sys.platform.startswith("linux"):
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    if sys.platform == "darwin":
        result = subprocess.run(
            ["sysctl", "-n", "machdep.cpu.brand_string"], capture_output=True, text=True
        )
        if result.returncode == 0:
            return result.stdout.strip()
    return platform.processor() or "unknown"


def main():
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    report = {
        "cpuModel": cpu_model(),
        "logicalCpus": os.cpu_count(),
        "memoryBytes": memory,
        "os": f"{platform.system()} {platform.release()}",
        # Other processes share the CPUs: a load above the CPU count slows every timing.
        "loadAverage1min": round(os.getloadavg()[0], 2),
        "python": platform.python_version(),
        "numpy": np.__version__,
    }
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
