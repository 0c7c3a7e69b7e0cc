#!/usr/bin/env python3
"""Where a page's time goes (issue 25 §3): reads the recordings bench/run.sh makes with BENCH_PROFILE=1 (one
connection per page under a flight recording) and prints a Markdown table of milliseconds per request.

  bench/profile.py bench/results/<day>-profile

For each page: the request threads' (Tomcat's http-nio-*) reads from the database's socket, summed, by whose SQL it
was (the access log's, the session store's, the page's own), and their CPU samples (every 10 ms) by the first frame
from the top of the stack that belongs to a known part (Thymeleaf, the JDBC driver and pool, the access log,
Placera's own code, the session store, Spring Security, the rest of Spring and Tomcat); what is left of a request's
time is waiting that is not a database read (the network, locks, the collector) or CPU time the samples missed."""
import json
import pathlib
import subprocess
import sys

CPU_PARTS = [("rendering", ("org.thymeleaf.", "org.attoparser.", "org.unbescape.")),
             ("JDBC driver and pool", ("org.postgresql.", "com.zaxxer.hikari.")),
             ("access log", ("fi.placera.audit.",)),
             ("Placera code", ("fi.placera.",)),
             ("session", ("org.springframework.session.",)),
             ("security", ("org.springframework.security.",)),
             ("Spring (MVC, transactions)", ("org.springframework.", "org.apache.catalina.", "org.apache.tomcat.",
                                              "org.apache.coyote."))]
SQL_OWNERS = [("access log", "fi.placera.audit."), ("session", "org.springframework.session.")]
SAMPLE_MS = 10


def events(recording):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "200", "--events",
                          "jdk.ExecutionSample,jdk.SocketRead", str(recording)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


def frames(event):
    stack = event["values"].get("stackTrace") or {}
    return [(f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".")
            for f in stack.get("frames", [])]


def thread_name(event):
    thread = event["values"].get("sampledThread") or event["values"].get("eventThread") or {}
    return thread.get("javaName") or ""


def nanos(duration):  # JFR's JSON durations: "PT0.000123S"
    return float(duration[2:-1]) * 1e9 if duration.startswith("PT") else 0.0


def profile(recording, requests):
    cpu = {name: 0 for name, _ in CPU_PARTS}
    cpu["other"] = 0
    sql = {name: 0.0 for name, _ in SQL_OWNERS}
    sql["page"] = 0.0
    for event in events(recording):
        if not thread_name(event).startswith("http-nio"):
            continue
        stack = frames(event)
        if event["type"] == "jdk.SocketRead":
            owner = next((name for name, prefix in SQL_OWNERS if any(f.startswith(prefix) for f in stack)), "page")
            sql[owner] += nanos(event["values"]["duration"]) / 1e6
        else:
            # the first frame from the top that belongs to a known part (the JDK's own frames belong to none)
            part = next((name for frame in stack for name, prefixes in CPU_PARTS
                         if frame.startswith(prefixes)), "other")
            cpu[part] += SAMPLE_MS
    per = {("SQL " + k): v / requests for k, v in sql.items()}
    per.update({("CPU " + k): v / requests for k, v in cpu.items()})
    return per


def main(folder):
    rows = []
    for recording in sorted(pathlib.Path(folder).glob("*.jfr")):
        wrk = json.loads(recording.with_suffix(".json").read_text())
        requests = max(wrk["requests"], 1)
        per = profile(recording, requests)
        wall = 1000.0 / wrk["rps"]
        per["other waits"] = max(wall - sum(per.values()), 0.0)
        rows.append((recording.stem, wrk, wall, per))
    columns = list(rows[0][3].keys()) if rows else []
    print("| page | req/s (1 conn.) | ms per request | " + " | ".join(columns) + " |")
    print("|---|---|---|" + "---|" * len(columns))
    for name, wrk, wall, per in rows:
        print(f"| {name} | {wrk['rps']:.1f} | {wall:.1f} | " + " | ".join(f"{per[c]:.1f}" for c in columns) + " |")


if __name__ == "__main__":
    main(sys.argv[1])
