"""Linking at scale (issue 7, item 8): a million generated reports with realistic identifier
overlap, normalised and clustered incrementally, one at a time, as intake would.

    .venv/bin/python bench/link.py                 # 1,000,000 reports
    .venv/bin/python bench/link.py --reports 100000 --out /tmp/link.json

What is generated (seeded, so runs compare):
- a population of suspects, each with 1 to 4 accounts: a username on a platform, often an
  e-mail, sometimes a phone number; a few share a display name with others;
- each report is about one suspect, drawn so that most suspects are reported once and a few
  many times (a Zipf-like tail), and names 1 to 3 of the suspect's identifiers, each written
  one of the ways reporters write them: "@Dark_Wolf.77", "instagram.com/dark_wolf.77",
  "DARK_WOLF.77 on insta", Gmail with dots and "+tags", national and international phone
  formats; a share of reports give them in free text (read by ``extract``), the rest as
  fields; a share add only a weak display name.

What is timed: normalising (or extracting) every identifier and ``ClusterIndex.add`` for each
report, in arrival order; generation is timed apart. Quality against the generator's truth:
clusters that mix two suspects (should be none) and suspects whose reports all ended in one
cluster when they shared a strong identifier. Peak memory is the process's maximum resident
set size. Results (with the machine's description) go to ``bench/results/link-<date>.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tipline.linking.clusters import ClusterIndex, is_strong  # noqa: E402
from tipline.linking.extract import extract  # noqa: E402
from tipline.linking.normalise import normalise  # noqa: E402

PLATFORM_SPELLINGS = {
    "instagram": ["Instagram", "insta", "IG"], "snapchat": ["Snapchat", "snap"],
    "tiktok": ["TikTok", "tiktok"], "discord": ["Discord"], "roblox": ["Roblox"],
    "telegram": ["Telegram", "tg"],
}
PROFILE_HOSTS = {"instagram": "instagram.com", "tiktok": "tiktok.com", "roblox": "roblox.com",
                 "telegram": "t.me"}
WORDS = ["dark", "wolf", "shadow", "king", "angel", "cool", "gamer", "night", "star", "boss",
         "ghost", "lucky", "ice", "fire", "storm", "blue", "red", "silent", "tiger", "fox"]
# (country, international form, national form) of a valid mobile range; {n} is 6 digits.
COUNTRIES = [("GB", "+44 7400 {n}", "07400 {n}"), ("US", "+1 202 5{n}", "(202) 5{n}"),
             ("CA", "+1 416 5{n}", "416-5{n}"), ("AU", "+61 412 {n}", "0412 {n}"),
             ("FR", "+33 6 12 {n}", "06 12 {n}")]


def make_suspect(rng: random.Random, n: int) -> dict:
    handle = f"{rng.choice(WORDS)}_{rng.choice(WORDS)}.{n}"
    accounts = [("username", handle, p) for p in rng.sample(list(PLATFORM_SPELLINGS), rng.randint(1, 2))]
    if rng.random() < 0.5:
        accounts.append(("email", f"{handle.replace('_', '.')}@gmail.com", None))
    country = rng.choice(COUNTRIES)
    if rng.random() < 0.3:
        accounts.append(("phone", f"{n % 1_000_000:06d}", country))
    display = f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()}"  # often shared by chance
    return {"accounts": accounts, "display": display, "country": country}


def written(rng: random.Random, account) -> tuple[str, str, str | None, str]:
    """One way a reporter writes an account: (kind, value, platform, free-text form)."""
    kind, value, platform = account
    if kind == "username":
        spelling = rng.choice(PLATFORM_SPELLINGS[platform])
        shown = value.upper() if rng.random() < 0.2 else value
        forms = [f"@{shown} on {spelling}", f"{shown} on {spelling}"]
        if platform in PROFILE_HOSTS:
            forms.append(f"https://www.{PROFILE_HOSTS[platform]}/{shown}")
        return kind, shown, spelling, rng.choice(forms)
    if kind == "email":
        local, domain = value.split("@")
        if rng.random() < 0.5:
            local = local.replace(".", "") + f"+{rng.choice(WORDS)}"
        text = f"{local}@{domain}"
        return kind, text, None, f"email {text}"
    _, international, national = platform
    number = (international if rng.random() < 0.5 else national).format(n=value)
    return kind, number, None, f"he texted from {number}"


def generate(rng: random.Random, reports: int, suspects: int):
    """Yield (report id, suspect id, country, stated [(kind, value, platform)], about, the
    accounts named as the generator knows them)."""
    population = [make_suspect(rng, n) for n in range(suspects)]
    weights = [1 / (1 + n) ** 0.9 for n in range(suspects)]  # a Zipf-like tail
    cumulative, total = [], 0.0
    for w in weights:
        total += w
        cumulative.append(total)
    for report in range(1, reports + 1):
        # Half the reports are about someone nobody else reports (drawn uniformly).
        if rng.random() < 0.5:
            suspect = rng.randrange(suspects)
        else:
            suspect = min(suspects - 1, _bisect(cumulative, rng.random() * total))
        person = population[suspect]
        country = person["country"][0]
        chosen = rng.sample(person["accounts"], min(len(person["accounts"]), rng.randint(1, 3)))
        forms = [written(rng, a) for a in chosen]
        stated, about = [], ""
        if rng.random() < 0.3:
            about = "he messaged me " + ", ".join(f for *_, f in forms) + " and asked my age"
        else:
            stated = [(k, v, p) for k, v, p, _ in forms]
        if rng.random() < 0.2:
            stated.append(("display_name", person["display"], None))
        yield report, suspect, country, stated, about, chosen


def _bisect(cumulative, x) -> int:
    lo, hi = 0, len(cumulative)
    while lo < hi:
        mid = (lo + hi) // 2
        if cumulative[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def run(reports: int, suspects: int, seed: int, chunk: int = 20_000) -> dict:
    rng = random.Random(seed)
    index = ClusterIndex()
    ideal = ClusterIndex()  # clustered on the generator's own account ids: what should come out
    truth: dict[int, int] = {}
    strong_seen: dict[int, int] = {}  # suspect -> reports that had a strong identifier
    gen_s = link_s = 0.0
    identifiers = free_text = 0
    stream = generate(rng, reports, suspects)
    started = time.perf_counter()
    while True:
        t0 = time.perf_counter()
        batch = [item for _, item in zip(range(chunk), stream)]
        t1 = time.perf_counter()
        gen_s += t1 - t0
        if not batch:
            break
        for report, suspect, country, stated, about, chosen in batch:
            found = [normalise(k, v, p, region=country) for k, v, p in stated]
            if about:
                found += [f.identifier for f in extract(about, region=country)]
                free_text += 1
            keys = [i.key for i in found if i is not None and is_strong(i)]
            identifiers += len(found)
            index.add(report, keys)
            truth[report] = suspect
            if keys:
                strong_seen[suspect] = strong_seen.get(suspect, 0) + 1
        link_s += time.perf_counter() - t1
        for report, suspect, _, _, _, chosen in batch:
            ideal.add(report, [(k, str(v), p if k == "username" else None) for k, v, p in chosen])
    wall = time.perf_counter() - started
    clusters = index.clusters()
    mixed = sum(1 for members in clusters.values() if len({truth[r] for r in members}) > 1)
    by_suspect: dict[int, set[int]] = {}
    for report, suspect in truth.items():
        by_suspect.setdefault(suspect, set()).add(index.find(report))
    repeat = [s for s, n in strong_seen.items() if n > 1]
    whole = sum(1 for s in repeat if len(by_suspect[s]) == 1)
    differ = sum(1 for report in truth if index.find(report) != ideal.find(report))
    return {
        "reports": reports, "suspects": suspects, "seed": seed,
        "identifiers_read": identifiers, "reports_with_free_text": free_text,
        "link_seconds": round(link_s, 2), "generate_seconds": round(gen_s, 2),
        "wall_seconds": round(wall, 2),
        "reports_per_second": round(reports / link_s),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "clusters_of_two_or_more": len(clusters),
        "largest_cluster": max((len(m) for m in clusters.values()), default=0),
        "clusters_mixing_suspects": mixed,
        "suspects_reported_more_than_once_with_a_strong_identifier": len(repeat),
        "of_those_whole_in_one_cluster": whole,
        "reports_clustered_otherwise_than_by_true_accounts": differ,
    }


def run_database(reports: int, suspects: int, seed: int, url: str | None) -> dict:
    """The same generated reports linked through the database path intake uses
    (``tipline.linking.service.link_report``: sightings stored, clusters merged by UPDATE),
    in batches of 500 reports per transaction, on SQLite (a temporary home) or ``url``."""
    import tempfile
    from datetime import UTC, datetime

    from tipline.home import open_home
    from tipline.linking.collect import Sighting
    from tipline.linking.service import cluster_ids, link_report
    from tipline.settings import Settings
    from tipline.store.db import transaction
    from tipline.store.tables import Case, Report

    rng = random.Random(seed)
    schema = None
    if url:  # a schema of its own, dropped at the end, as the tests do
        from sqlalchemy import create_engine, text

        schema = f"bench_{os.getpid()}_{seed}"
        admin = create_engine(Settings(database_url=url).url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
        url = f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    with tempfile.TemporaryDirectory() as folder:
        home = open_home(Settings(home=Path(folder), database_url=url))
        now = datetime.now(UTC)
        started = time.perf_counter()
        stream = generate(rng, reports, suspects)
        while batch := [item for _, item in zip(range(500), stream)]:
            with transaction(home.sessions) as session:
                for report, _suspect, country, stated, about, _chosen in batch:
                    found = [normalise(k, v, p, region=country) for k, v, p in stated]
                    if about:
                        found += [f.identifier for f in extract(about, region=country)]
                    case = Case(case_code=f"TL-B{report:07d}", pin_hash="-", priority="-",
                                received_at=now, updated_at=now)
                    session.add(case)
                    session.flush()
                    row = Report(case_id=case.id, request_hash="-", submitted_via="api",
                                 reporter_kind="platform", received_at=now)
                    session.add(row)
                    session.flush()
                    link_report(session, row, [Sighting(i, "stated", i.value) for i in found if i])
        seconds = time.perf_counter() - started
        with home.sessions() as session:
            clusters = len(cluster_ids(session))
        database = home.engine.dialect.name
        home.close()
    if schema:
        with admin.connect() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()
    return {"database": database, "reports": reports, "seconds": round(seconds, 2),
            "reports_per_second": round(reports / seconds), "clusters_of_two_or_more": clusters,
            "note": "each report also inserts its case and report rows, as intake does"}


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"python": platform.python_version(), "platform": platform.platform(), "cpu": cpu,
            "cores": os.cpu_count(),
            "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=1_000_000)
    parser.add_argument("--suspects", type=int, default=None,
                        help="default: a third of the reports")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--db-reports", type=int, default=20_000,
                        help="also link this many through the database path (0: skip)")
    parser.add_argument("--database-url", default=os.environ.get("TIPLINE_BENCH_DATABASE_URL"),
                        help="PostgreSQL for the database path as well as SQLite")
    args = parser.parse_args()
    result = run(args.reports, args.suspects or max(1, args.reports // 3), args.seed)
    if args.db_reports:
        result["database_path"] = [run_database(args.db_reports, max(1, args.db_reports // 3),
                                                args.seed, None)]
        if args.database_url:
            result["database_path"].append(run_database(
                args.db_reports, max(1, args.db_reports // 3), args.seed, args.database_url))
    result["goal"] = "1,000,000 reports clustered in under 120 s (issue 7)"
    result["machine"] = machine()
    result["date"] = date.today().isoformat()
    out = args.out or Path(__file__).parent / "results" / f"link-{result['date']}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
