"""PDQ matching against a million list hashes: the index Tipline uses, and its peers.

Usage: .venv/bin/python bench/hashmatch.py [--hashes N] [--queries Q] [--out FILE] [--no-db]

Generates N random PDQ hashes (a list of known material stands in: real hashes are not
shareable) with Q/2 of them planted as near-duplicates of queries at distances 0 to 31, then
times on one core (faiss and OpenMP held to one thread):

- ``tipline``: ``tipline.known.index.PdqIndex`` (ThreatExchange's PDQMultiHashIndex: faiss
  IndexBinaryMultiHash), the path intake takes;
- ``faiss_flat``: faiss IndexBinaryFlat range search (exhaustive, SIMD popcount);
- ``numpy_scan``: XOR and popcount over the whole list with numpy (a vectorised loop).

Every query's answer is checked against the exhaustive one (the index must be exact). With the
database part (default), the list is also loaded as CSV through ``tipline hashlist import``'s
code into SQLite and the index rebuilt from the database, as a server does after a list changes.
Results go to ``bench/results/hashmatch.json`` with the machine's description.
"""

from __future__ import annotations

import argparse
import json
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import platform  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import faiss  # noqa: E402
import numpy as np  # noqa: E402

from tipline.known.index import PdqIndex  # noqa: E402

faiss.omp_set_num_threads(1)
DISTANCE = 31


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"platform": platform.platform(), "python": platform.python_version(),
            "cpus": os.cpu_count(), "cpu_model": model, "faiss": faiss.__version__,
            "threads": 1}


def make_hashes(count: int, queries: int, seed: int = 8) -> tuple[np.ndarray, list[bytes]]:
    rng = np.random.default_rng(seed)
    stored = rng.integers(0, 256, size=(count, 32), dtype=np.uint8)
    plain = random.Random(seed)
    asked = []
    for n in range(queries):
        if n % 2 == 0:  # a transformed copy of a listed picture: within the distance
            base = bytearray(stored[plain.randrange(count)].tobytes())
            for bit in plain.sample(range(256), plain.randint(0, DISTANCE)):
                base[bit // 8] ^= 1 << (bit % 8)
            asked.append(bytes(base))
        else:  # new material: matches nothing
            asked.append(rng.integers(0, 256, 32, dtype=np.uint8).tobytes())
    return stored, asked


def timed(label: str, queries: list[bytes], run) -> tuple[dict, list[list[int]]]:
    answers, times = [], []
    for query in queries:
        started = time.perf_counter()
        answers.append(sorted(run(query)))
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"peer": label, "queries": len(queries),
            "mean_ms": round(statistics.fmean(times), 4),
            "p50_ms": round(times[len(times) // 2], 4),
            "p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))], 4),
            "max_ms": round(times[-1], 4)}, answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hashes", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=2_000)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results"
                        / "hashmatch.json")
    parser.add_argument("--no-db", action="store_true")
    args = parser.parse_args()
    stored, queries = make_hashes(args.hashes, args.queries)
    hexes = [row.tobytes().hex() for row in stored]

    started = time.perf_counter()
    index = PdqIndex((value, 1) for value in hexes)
    build_tipline = time.perf_counter() - started
    started = time.perf_counter()
    flat = faiss.IndexBinaryFlat(256)
    flat.add(stored)
    build_flat = time.perf_counter() - started
    words = stored.view(np.uint64).reshape(-1, 4)

    def numpy_scan(query: bytes):
        q = np.frombuffer(query, dtype=np.uint64)
        distances = np.bitwise_count(words ^ q).sum(axis=1)
        hits = np.nonzero(distances <= DISTANCE)[0]
        return [(int(distances[i]), int(i)) for i in hits]

    def faiss_flat(query: bytes):
        limits, distances, ids = flat.range_search(np.frombuffer(query, dtype=np.uint8)[None, :],
                                                   DISTANCE + 1)
        return [(int(d), int(i)) for d, i in zip(distances[limits[0]:limits[1]],
                                                 ids[limits[0]:limits[1]])]

    row_of = {value: n for n, value in enumerate(hexes)}

    def tipline(query: bytes):
        return [(hit.distance, row_of[hit.value]) for hit in index.query(query.hex(), DISTANCE)]

    results, reference = [], None
    for label, run in (("faiss_flat", faiss_flat), ("tipline", tipline),
                       ("numpy_scan", numpy_scan)):
        sample = queries if label != "numpy_scan" else queries[:200]
        result, answers = timed(label, sample, run)
        if reference is None:
            reference = answers
        result["answers_equal_exhaustive"] = answers == reference[:len(answers)]
        result["matched_queries"] = sum(1 for a in answers if a)
        results.append(result)
        print(json.dumps(result))
    document = {
        "bench": "hashmatch", "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "hashes": args.hashes, "distance": DISTANCE, "machine": machine(),
        "build_s": {"tipline": round(build_tipline, 2), "faiss_flat": round(build_flat, 2)},
        "results": results, "goal": "under 5 ms per query on one core (issue 8)",
    }
    if not args.no_db:
        document["database"] = database_part(hexes)
    document["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(document, indent=2) + "\n")
    print(json.dumps({k: v for k, v in document.items() if k != "results"}, indent=2))


def database_part(hexes: list[str]) -> dict:
    """Load the list as CSV into a fresh SQLite home and rebuild the index from it."""
    from tipline.home import open_home
    from tipline.known import index as known_index
    from tipline.known.lists import load_list, parse_list
    from tipline.settings import Settings
    from tipline.store.db import transaction

    csv = ("signal_type,signal\n" + "".join(f"pdq,{h}\n" for h in hexes)).encode()
    with tempfile.TemporaryDirectory() as folder:
        home = open_home(Settings(home=Path(folder)))
        started = time.perf_counter()
        pairs = parse_list(csv, "csv")
        parsed = time.perf_counter()
        with transaction(home.sessions) as session:
            load_list(session, name="bench", label="bench list", pairs=pairs, fmt="csv",
                      source="bench", actor="bench", now=datetime.now(UTC))
        stored = time.perf_counter()
        with transaction(home.sessions, write=False) as session:
            built = known_index.current(session)
        rebuilt = time.perf_counter()
        assert len(built) == len(hexes)
        home.close()
    return {"csv_bytes": len(csv), "parse_s": round(parsed - started, 2),
            "store_sqlite_s": round(stored - parsed, 2),
            "index_from_database_s": round(rebuilt - stored, 2)}


if __name__ == "__main__":
    main()
