#!/usr/bin/env python3
"""A team's spreadsheet tracker for the import benchmark (PF-import, bench/import.sh), exactly in the format of
data-exchange.md section 1, deterministic from a seed. Only the standard library: the workbook is written as the
XML parts of an XLSX file (text as inline strings, dates as date-formatted day numbers and hours and birth years as
numbers, as a spreadsheet program keeps them).

  bench/tracker.py make <out-dir> --coaches a,b,c [--care-teams X,Y] [--taken codes.txt] [--today YYYY-MM-DD]
                   [--rows 10000] [--active-per-coach 1] [--seed 1]
  bench/tracker.py errors <page.html>      the errors an import page lists, as JSON [[table, row, column], ...]

`make` writes tracker.xlsx and csv/ (clients.csv, jobs.csv, employer_contacts.csv) with the same rows, and
tracker-bad.xlsx: the same tracker with a handful of rows broken (one error each, a different rule each), plus
expected.json: the rows of each table, the records a clean import must create, and the errors the bad one must
report (table, row, column). Clients, jobs and contacts come in a tracker's proportions (a fifth clients, about
half as many jobs, the rest employer contacts); every client but `--active-per-coach` per coach has left the
service, so the team's caseload limit holds. Identity codes carry their check characters, use several century
signs and avoid the codes in --taken (those the area's clients already have)."""
import argparse
import csv
import datetime
import html.parser
import json
import pathlib
import random
import sys
import zipfile
from xml.sax.saxutils import escape

CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
FIRST = ["Aino", "Eero", "Helmi", "Juha", "Kaisa", "Lauri", "Maija", "Mikko", "Noora", "Olli", "Pirjo", "Sami",
         "Tiina", "Ville", "Anna-Liisa", "Björn", "Elsa", "Henrik", "Ingrid", "Johan", "Karin", "Mats", "Saga", "Ahmed",
         "Fatima", "Olga", "Jüri"]
LAST = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen",
        "Lehtonen", "Lindström", "Nyström", "Sjöberg", "Holm", "Öhman", "Abdi", "Ivanova", "Tamm"]
LANGUAGES = ["fi"] * 80 + ["sv"] * 12 + ["en"] * 3 + ["ar", "so", "ru", "et", "fa"]
EMPLOYER_WORDS = ["Kahvila", "Rakennus", "Kauppa", "Varasto", "Siivous", "Auto", "Puutarha", "Hoiva", "Logistiikka",
                  "Leipomo", "Kiinteistö", "Ravintola", "Metalli", "Paino", "Kirjasto"]
PLACES = ["Aurinko", "Pohjola", "Vaasa", "Seinäjoki", "Kokkola", "Meri", "Koivu", "Tähti", "Kallio", "Ranta"]
TITLES = ["Barista", "Kokki", "Varastotyöntekijä", "Siivooja", "Myyjä", "Lähihoitaja", "Asentaja", "Kuljettaja",
          "Puutarhuri", "Toimistoapulainen", "", ""]
EXIT_REASONS = ["Työllistyi, palvelu päättyi", "Muutti toiselle paikkakunnalle", "Ei halunnut jatkaa",
                "Flyttade till Vasa, nytt jobb där", "Moved away, \"no contact\" since", "Opiskelemaan, 2 vuotta"]
CLIENT_COLUMNS = ["client_ref", "personal_identity_code", "first_name", "last_name", "birth_year", "language",
                  "coach_ref", "referral_date", "referral_source", "enrolment_date", "in_work_at_entry",
                  "vocational_profile_date", "exit_date", "exit_reason"]
JOB_COLUMNS = ["client_ref", "employer_name", "employer_business_id", "job_title", "start_date", "end_date",
               "hours_per_week", "competitive", "contract_type"]
CONTACT_COLUMNS = ["coach_ref", "contact_date", "employer_name", "employer_business_id", "face_to_face", "client_ref",
                   "client_preference"]
DATE_COLUMNS = {"referral_date", "enrolment_date", "vocational_profile_date", "exit_date", "start_date", "end_date",
                "contact_date"}
NUMBER_COLUMNS = {"birth_year", "hours_per_week"}


def identity_code(rnd, taken):
    """A valid code of someone aged 18-65, with one of several century signs, not in taken."""
    while True:
        born = datetime.date(rnd.randint(1960, 2007), rnd.randint(1, 12), rnd.randint(1, 28))
        sign = rnd.choice("-" * 8 + "YX") if born.year < 2000 else rnd.choice("A" * 4 + "B")
        birth = born.strftime("%d%m%y")
        individual = "%03d" % rnd.randint(2, 899)
        code = birth + sign + individual + CHECK[int(birth + individual) % 31]
        if code not in taken:
            taken.add(code)
            return code, born.year


def business_id(rnd):
    weights = [7, 9, 10, 5, 8, 4, 2]
    while True:
        digits = "%07d" % rnd.randrange(10_000_000)
        remainder = sum(int(d) * w for d, w in zip(digits, weights)) % 11
        if remainder != 1:
            return digits + "-" + str(0 if remainder == 0 else 11 - remainder)


def yes_no(rnd, value):
    """yes/no as trackers write it: mostly English, sometimes Finnish or Swedish, in any case."""
    words = rnd.choice([("yes", "no")] * 6 + [("kyllä", "ei"), ("ja", "nej"), ("Yes", "No")])
    return words[0] if value else words[1]


def day_between(rnd, first, last):
    return first + datetime.timedelta(days=rnd.randint(0, max((last - first).days, 0)))


def make(args):
    rnd = random.Random(args.seed)
    today = datetime.date.fromisoformat(args.today)
    coaches = args.coaches.split(",")
    care_teams = [code for code in args.care_teams.split(",") if code]
    taken = set(pathlib.Path(args.taken).read_text().split()) if args.taken else set()
    n_clients = args.rows // 5
    n_jobs = args.rows * 3 // 20
    n_contacts = args.rows - n_clients - n_jobs
    start = today - datetime.timedelta(days=8 * 365)

    employers = []
    for i in range(300):
        name = "%s %s %d Oy" % (rnd.choice(EMPLOYER_WORDS), rnd.choice(PLACES), i + 1)
        employers.append((name, business_id(rnd) if rnd.random() < 0.7 else ""))
    weights = [1 / (i + 1) for i in range(len(employers))]  # a few employers take many of a team's contacts

    def employer():
        name, bid = rnd.choices(employers, weights)[0]
        return name, bid if rnd.random() < 0.9 else ""

    active = {coach: args.active_per_coach for coach in coaches}
    clients = []
    for i in range(n_clients):
        coach = coaches[i % len(coaches)]
        referred = day_between(rnd, start, today - datetime.timedelta(days=30))
        enrolled = referred + datetime.timedelta(days=rnd.randint(3, 40)) if rnd.random() < 0.75 else None
        enrolled = enrolled if enrolled and enrolled <= today else None
        profiled = enrolled + datetime.timedelta(days=rnd.randint(7, 60)) if enrolled and rnd.random() < 0.65 else None
        profiled = profiled if profiled and profiled <= today else None
        latest = profiled or enrolled or referred
        stays = active[coach] > 0 and i >= n_clients - 10 * len(coaches)
        active[coach] -= 1 if stays else 0
        exited = None if stays else min(latest + datetime.timedelta(days=rnd.randint(30, 700)), today)
        code, born = identity_code(rnd, taken) if rnd.random() < 0.85 else ("", None)
        row = {"client_ref": "T-%05d" % (i + 1), "personal_identity_code": code,
               "first_name": rnd.choice(FIRST) if rnd.random() < 0.95 else "",
               "last_name": rnd.choice(LAST) if rnd.random() < 0.95 else "",
               "birth_year": born if born and rnd.random() < 0.5 else "",
               "language": rnd.choice(LANGUAGES) if rnd.random() < 0.9 else "", "coach_ref": coach,
               "referral_date": referred,
               "referral_source": rnd.choice(care_teams + ["self"] * 2 + [""]) if care_teams else rnd.choice(["self", ""]),
               "enrolment_date": enrolled or "",
               "in_work_at_entry": yes_no(rnd, rnd.random() < 0.1) if enrolled and rnd.random() < 0.8 else "",
               "vocational_profile_date": profiled or "", "exit_date": exited or "",
               "exit_reason": rnd.choice(EXIT_REASONS) if exited and rnd.random() < 0.7 else ""}
        clients.append(row)
    enrolled = [c for c in clients if c["enrolment_date"]]

    jobs = []
    for _ in range(n_jobs):
        client = rnd.choice(enrolled)
        last = client["exit_date"] or today
        started = day_between(rnd, client["enrolment_date"], last)
        ended = min(started + datetime.timedelta(days=rnd.randint(7, 500)), today) if rnd.random() < 0.6 else None
        contract = rnd.choice(["permanent", "fixed_term", "fixed_term", "other", ""])
        name, bid = employer()
        hours = rnd.choice([10, 15, 20, 20, 25, 30, 37.5, 40, 7.5, ""])
        jobs.append({"client_ref": client["client_ref"], "employer_name": name, "employer_business_id": bid,
                     "job_title": rnd.choice(TITLES), "start_date": started, "end_date": ended or "",
                     "hours_per_week": hours, "competitive": yes_no(rnd, rnd.random() < 0.9),
                     "contract_type": contract})

    contacts = []
    for _ in range(n_contacts):
        name, bid = employer()
        if rnd.random() < 0.5:
            client = rnd.choice(enrolled)
            on = day_between(rnd, client["enrolment_date"], client["exit_date"] or today)
            preference = rnd.choice([True, True, True, False, None])
            row = {"coach_ref": client["coach_ref"], "contact_date": on, "client_ref": client["client_ref"],
                   "client_preference": "" if preference is None else yes_no(rnd, preference)}
        else:
            row = {"coach_ref": rnd.choice(coaches), "contact_date": day_between(rnd, start, today), "client_ref": "",
                   "client_preference": ""}
        row.update({"employer_name": name, "employer_business_id": bid,
                    "face_to_face": yes_no(rnd, rnd.random() < 0.7)})
        contacts.append(row)
    for i in range(100, min(len(contacts), 1100), 50):  # the same contact written twice: two contacts, as the format says
        contacts[i] = dict(contacts[i - 1])

    tables = {"clients": (CLIENT_COLUMNS, clients), "jobs": (JOB_COLUMNS, jobs),
              "employer_contacts": (CONTACT_COLUMNS, contacts)}
    out = pathlib.Path(args.out)
    (out / "csv").mkdir(parents=True, exist_ok=True)
    for name, (columns, rows) in tables.items():
        write_csv(out / "csv" / (name + ".csv"), columns, rows)
    write_xlsx(out / "tracker.xlsx", tables)
    errors = break_rows(rnd, tables, today)
    write_xlsx(out / "tracker-bad.xlsx", tables)
    expected = {"rows": {name: len(rows) for name, (_, rows) in tables.items()},
                "records": {"client": n_clients, "referral": n_clients,
                            "cooperation_agreement": len(enrolled),
                            "profile_meeting": sum(1 for c in clients if c["vocational_profile_date"]),
                            "service_end": sum(1 for c in clients if c["exit_date"]),
                            "job": n_jobs, "employer_contact": n_contacts, "client_external_ref": n_clients},
                "errors": errors}
    (out / "expected.json").write_text(json.dumps(expected, indent=1))


def break_rows(rnd, tables, today):
    """Breaks one cell (or two) in a handful of rows, each against another rule; returns [table, row, column] of
    each error. Broken clients are ones no job or contact names, so that no other row's error follows from them."""
    clients = tables["clients"][1]
    named = {row["client_ref"] for table in ("jobs", "employer_contacts") for row in tables[table][1]}
    lone = [i for i, c in enumerate(clients) if c["client_ref"] not in named and not c["enrolment_date"] and i > 0]
    pick = [rnd.choice([i for i in lone if clients[i]["personal_identity_code"]])]
    pick += rnd.sample([i for i in lone if i != pick[0]], 4)
    errors = []

    def broken(table, index, column, value):
        tables[table][1][index] = dict(tables[table][1][index], **{column: value})
        errors.append([table, index + 2, column])  # row 1 is the header

    code = clients[pick[0]]["personal_identity_code"]
    broken("clients", pick[0], "personal_identity_code", code[:-1] + ("A" if code[-1] != "A" else "B"))
    broken("clients", pick[1], "referral_date", (today + datetime.timedelta(days=30)).isoformat())
    broken("clients", pick[2], "coach_ref", "no-such-coach")
    broken("clients", pick[3], "in_work_at_entry", "yes")
    broken("clients", pick[4], "client_ref", clients[0]["client_ref"])
    jobs = tables["jobs"][1]
    i = next(i for i, j in enumerate(jobs) if j["end_date"] and j["end_date"] > j["start_date"])
    broken("jobs", i, "end_date", (jobs[i]["start_date"] - datetime.timedelta(days=1)).isoformat())
    i = next(i for i, j in enumerate(jobs) if j["employer_business_id"])
    bid = jobs[i]["employer_business_id"]
    broken("jobs", i, "employer_business_id", bid[:-1] + str((int(bid[-1]) + 1) % 10))
    broken("jobs", len(jobs) - 1, "competitive", "maybe")
    contacts = tables["employer_contacts"][1]
    i = next(i for i, c in enumerate(contacts) if not c["client_ref"])
    broken("employer_contacts", i, "client_preference", "yes")
    broken("employer_contacts", len(contacts) - 1, "contact_date", "2024-02-30")
    return sorted(errors)


def text(value):
    return value.isoformat() if isinstance(value, datetime.date) else str(value)


def write_csv(path, columns, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(columns)
        for row in rows:
            out.writerow([text(row[c]) for c in columns])


def cell(ref, column, value):
    """A day as a date-formatted day number (style 1) when it is one, a number, or an inline string."""
    if value == "" or value is None:
        return ""
    if column in DATE_COLUMNS and isinstance(value, datetime.date):
        return '<c r="%s" s="1"><v>%d</v></c>' % (ref, (value - datetime.date(1899, 12, 30)).days)
    if column in NUMBER_COLUMNS and isinstance(value, (int, float)):
        return '<c r="%s"><v>%s</v></c>' % (ref, value)
    return '<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, escape(text(value)))


def column_letter(i):
    letters = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def sheet_xml(columns, rows):
    lines = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, values in enumerate([{c: c for c in columns}] + rows, start=1):
        cells = "".join(cell("%s%d" % (column_letter(i), r), "" if r == 1 else c, values[c])
                        for i, c in enumerate(columns))
        lines.append('<row r="%d">%s</row>' % (r, cells))
    lines.append("</sheetData></worksheet>")
    return "\n".join(lines)


def write_part(book, name, content):
    """Every part with the same time, so that the same seed writes the same bytes."""
    book.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), content, zipfile.ZIP_DEFLATED)


def write_xlsx(path, tables):
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    names = list(tables)
    with zipfile.ZipFile(path, "w") as z:
        write_part(z, "[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                   + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                             % (i + 1) for i in range(len(names))) + "</Types>")
        write_part(z, "_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % rel)
        write_part(z, "xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>'
                   % (main, rel, "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (n, i + 1, i + 1)
                                         for i, n in enumerate(names))))
        write_part(z, "xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, rel, i + 1)
                             for i in range(len(names)))
                   + '<Relationship Id="rId%d" Type="%s/styles" Target="styles.xml"/></Relationships>' % (len(names) + 1, rel))
        write_part(z, "xl/styles.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="%s">'
                   '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>'
                   '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
                   '<cellStyleXfs count="1"><xf/></cellStyleXfs>'
                   '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>' % main)
        for i, name in enumerate(names):
            write_part(z, "xl/worksheets/sheet%d.xml" % (i + 1), sheet_xml(*tables[name]))


class ErrorRows(html.parser.HTMLParser):
    """The cells of the rows of class import-error in an import page."""

    def __init__(self):
        super().__init__()
        self.rows, self.cells, self.row, self.cell = [], None, False, None

    def handle_starttag(self, tag, attrs):
        if tag == "tr" and ("class", "import-error") in attrs:
            self.row, self.cells = True, []
        elif tag == "td" and self.row:
            self.cell = ""

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data

    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None:
            self.cells.append(self.cell.strip())
            self.cell = None
        elif tag == "tr" and self.row:
            self.rows.append(self.cells)
            self.row = False


def errors(args):
    parser = ErrorRows()
    parser.feed(pathlib.Path(args.page).read_text(encoding="utf-8"))
    print(json.dumps(sorted([[t, int(r) if r.isdigit() else r, c] for t, r, c, *_ in parser.rows])))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    m = commands.add_parser("make")
    m.add_argument("out")
    m.add_argument("--coaches", required=True)
    m.add_argument("--care-teams", default="")
    m.add_argument("--taken")
    m.add_argument("--today", default=datetime.date.today().isoformat())
    m.add_argument("--rows", type=int, default=10_000)
    m.add_argument("--active-per-coach", type=int, default=1)
    m.add_argument("--seed", type=int, default=1)
    e = commands.add_parser("errors")
    e.add_argument("page")
    args = parser.parse_args()
    make(args) if args.command == "make" else errors(args)


if __name__ == "__main__":
    sys.exit(main())
