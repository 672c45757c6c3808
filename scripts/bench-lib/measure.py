"""One timed run of a command, and the statistics the report prints."""
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass


@dataclass
class Run:
    wall: float       # seconds, wall clock
    cpu: float        # seconds, user + system of the command and all it waited for
    peak_rss_mb: float  # the largest resident set of the command or any of its children


def timed(args, cwd=None, allowed=(0,)):
    """Runs `args` under GNU time -v (whose peak RSS covers every child the
    command waited for, so a batch's workers count) and fails loudly on any
    other exit status than `allowed`: a benchmark of a run that failed means
    nothing."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-v", "-o", report.name, *args], cwd=cwd,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - start
        if result.returncode not in allowed:
            raise SystemExit(f"bench: {' '.join(map(str, args))} exited {result.returncode}:\n{result.stderr[-2000:]}")
        fields = {}
        for line in report.read().splitlines():
            name, _, value = line.strip().rpartition(": ")
            fields[name] = value
    cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
    return Run(wall, cpu, int(fields["Maximum resident set size (kbytes)"]) / 1024)


class Series:
    """Repeated measurements of one quantity: median and spread."""

    def __init__(self, values=()):
        self.values = list(values)

    def add(self, value):
        self.values.append(value)

    @property
    def median(self):
        return statistics.median(self.values)

    @property
    def spread(self):
        """(max − min) / median, in percent: how much the repetitions disagree."""
        if len(self.values) < 2 or self.median == 0:
            return 0.0
        return 100 * (max(self.values) - min(self.values)) / self.median

    def show(self, digits=2, unit=""):
        return f"{self.median:.{digits}f}{unit} ±{self.spread:.0f}%"
