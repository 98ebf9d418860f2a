"""Known material: MD5, SHA-1, SHA-256 and PDQ of every image; hash lists from CSV and the
ThreatExchange formats; a match within the PDQ distance marks the file known; an unmatched image
in a report of image abuse raises the case. Images are generated (noise and shapes) and their
transformed copies."""

from __future__ import annotations

import hashlib
import json
import random

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter
from platform_support import encoded, noise_image
from sqlalchemy import select

from support import cli_env, now, run_cli
from tipline.intake.schemas import ReportCreate
from tipline.intake.service import IncomingFile, submit_report
from tipline.known.hashing import hashes_of, pdq_distance
from tipline.known.index import PdqIndex
from tipline.known.lists import HashListError, load_list, parse_list
from tipline.store.db import transaction
from tipline.store.tables import Blob, Case, KnownMatch

ORIGINAL = noise_image(11, (400, 300))


def _copies(image: Image.Image) -> dict[str, bytes]:
    """What a picture becomes as it is passed around: resized, recompressed, brightened,
    softened, stamped with a small mark in a corner. (PDQ is not made to survive crops.)"""
    width, height = image.size
    stamped = image.copy()
    ImageDraw.Draw(stamped).rectangle((width - 50, height - 20, width - 4, height - 4),
                                      fill=(255, 255, 255))
    return {
        "resized": encoded(image.resize((width // 2, height // 2))),
        "jpeg": encoded(image, "JPEG", quality=60),
        "brighter": encoded(ImageEnhance.Brightness(image).enhance(1.15)),
        "softened": encoded(image.filter(ImageFilter.GaussianBlur(1.5))),
        "stamped": encoded(stamped),
    }


def test_every_digest_is_computed_and_pdq_survives_copying():
    original = hashes_of(encoded(ORIGINAL))
    data = encoded(ORIGINAL)
    assert original.md5 == hashlib.md5(data).hexdigest()
    assert original.sha1 == hashlib.sha1(data).hexdigest()
    assert original.sha256 == hashlib.sha256(data).hexdigest()
    assert len(original.pdq) == 64 and original.pdq_quality >= 50
    for name, copy in _copies(ORIGINAL).items():
        assert pdq_distance(original.pdq, hashes_of(copy).pdq) <= 31, name
    for seed in range(20, 25):
        assert pdq_distance(original.pdq, hashes_of(encoded(noise_image(seed))).pdq) > 31


def test_a_file_that_is_not_an_image_gets_no_pdq():
    assert hashes_of(b"\x89PNG\r\n\x1a\n broken").pdq is None
    assert hashes_of(b"hello").pdq is None


def test_the_index_finds_exactly_what_a_full_scan_finds():
    rng = random.Random(5)
    stored = [rng.getrandbits(256).to_bytes(32, "big").hex() for _ in range(3000)]
    for base in stored[:30]:  # near neighbours at known distances
        flipped = int(base, 16) ^ sum(1 << b for b in rng.sample(range(256), rng.randint(1, 40)))
        stored.append(flipped.to_bytes(32, "big").hex())
    index = PdqIndex((value, n % 4) for n, value in enumerate(stored))
    for query in stored[:30] + [rng.getrandbits(256).to_bytes(32, "big").hex()]:
        for distance in (0, 16, 31, 40):
            expected = sorted((pdq_distance(query, v), n % 4) for n, v in enumerate(stored)
                              if pdq_distance(query, v) <= distance)
            got = sorted((hit.distance, hit.list_id) for hit in index.query(query, distance))
            assert got == expected


def test_lists_load_from_csv_and_the_threatexchange_formats():
    md5, sha1, pdq = "a" * 32, "b" * 40, "c" * 64
    assert set(parse_list(f"hash\n{md5}\n{sha1}\n".encode(), "csv")) == {("md5", md5),
                                                                       ("sha1", sha1)}
    assert parse_list(f"signal_type,signal\npdq,{pdq}\n".encode(), "csv") == [("pdq", pdq)]
    assert set(parse_list(f"pdq {pdq}\nvideo_md5 {md5}\n# note\n\n".encode(), "te")) == {
        ("pdq", pdq), ("md5", md5)}
    assert parse_list(f"{pdq}\n".encode(), "te", kind="pdq") == [("pdq", pdq)]
    graph = {"data": [{"raw_indicator": pdq, "type": "HASH_PDQ"},
                      {"raw_indicator": md5.upper(), "type": "HASH_MD5"}]}
    assert set(parse_list(json.dumps(graph).encode(), "te-json")) == {("pdq", pdq),
                                                                     ("md5", md5)}
    lines = "\n".join(json.dumps(d) for d in graph["data"]).encode()
    assert len(parse_list(lines, "te-json")) == 2


@pytest.mark.parametrize("data, fmt, kind, named", [
    (b"hash\n" + b"d" * 64 + b"\n", "csv", None, "line 2: a 64-character hash without a type"),
    (b"value,type\nxyz,md5\n", "csv", None, "line 2: not a md5 hash"),
    (b"pdq abc\n", "te", None, "line 1: not a pdq hash"),
    (b"nonsense " + b"a" * 32 + b"\n", "te", None, "line 1: unknown hash type"),
    (b"name\nfoo\n", "csv", None, "line 1: no hash column"),
    (b'{"data": [{"type": "HASH_PDQ"}]}', "te-json", None, "raw_indicator"),
    (b"\xff\xfe", "csv", None, "not UTF-8"),
    (b"[" * 100_000, "te-json", None, "nested too deeply"),
])
def test_a_bad_list_is_refused_naming_the_line(data, fmt, kind, named):
    with pytest.raises(HashListError) as error:
        parse_list(data, fmt, kind=kind, source="list.csv")
    assert named in str(error.value)


def _load(home, name, label, pairs):
    with transaction(home.sessions) as session:
        load_list(session, name=name, label=label, pairs=pairs, fmt="csv", source="test",
                  actor="test", now=now())


def _file(home, data: bytes, incident_type: str = "csam", about: str = "") -> Case:
    result = submit_report(home, ReportCreate(reporter="self", incident_type=incident_type,
                                              about=about),
                           [IncomingFile("picture.png", data, "image/png")], via="api", now=now())
    with transaction(home.sessions) as session:
        return session.get(Case, result.case_id)


def test_a_transformed_copy_of_a_listed_image_is_known_with_the_lists_label(home):
    _load(home, "test-known", "known test material (generated)",
          [("pdq", hashes_of(encoded(ORIGINAL)).pdq)])
    for name, copy in _copies(ORIGINAL).items():
        case = _file(home, copy)
        assert "known_material" in case.annotations and "new_material" not in case.annotations
        with transaction(home.sessions) as session:
            match = session.scalar(select(KnownMatch).where(
                KnownMatch.blob_sha256 == hashlib.sha256(copy).hexdigest()))
            assert match.label == "known test material (generated)" and match.kind == "pdq"
            assert 0 <= match.distance <= 31, name
            blob = session.get(Blob, match.blob_sha256)
            assert blob.sha1 == hashlib.sha1(copy).hexdigest() and len(blob.pdq) == 64


def test_an_exact_digest_on_a_list_matches_at_distance_zero(home):
    data = encoded(noise_image(40))
    _load(home, "md5-list", "md5 list", [("md5", hashlib.md5(data).hexdigest())])
    case = _file(home, data)
    with transaction(home.sessions) as session:
        match = session.scalar(select(KnownMatch))
    assert "known_material" in case.annotations and (match.kind, match.distance) == ("md5", 0)


def test_a_file_that_is_no_image_is_known_by_its_exact_digest_at_intake(home):
    video = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 40  # a video, to its magic
    _load(home, "md5-videos", "known video (generated)", [("md5", hashlib.md5(video).hexdigest())])
    result = submit_report(home, ReportCreate(reporter="platform", incident_type="csam"),
                           [IncomingFile("clip.mp4", video, "video/mp4")], via="api", now=now())
    with transaction(home.sessions) as session:
        case = session.get(Case, result.case_id)
        blob = session.get(Blob, hashlib.sha256(video).hexdigest())
        assert "known_material" in case.annotations and "new_material" not in case.annotations
        assert blob.pdq is None and blob.hashed_at is not None


def test_a_new_image_in_a_report_of_image_abuse_raises_the_case(home):
    _load(home, "test-known", "known", [("pdq", hashes_of(encoded(ORIGINAL)).pdq)])
    case = _file(home, encoded(noise_image(99)), "sextortion")
    assert "new_material" in case.annotations and case.urgency in ("high", "immediate")
    # A screenshot in a luring report is not new abuse material: triage alone decides.
    other = _file(home, encoded(noise_image(98)), "other_harm", "someone was rude in a game")
    assert "new_material" not in other.annotations and other.urgency == "routine"


def test_the_hashlist_commands(tmp_path):
    env = cli_env(tmp_path / "home")
    listed = tmp_path / "list.te"
    listed.write_text(f"pdq {hashes_of(encoded(ORIGINAL)).pdq}\n")
    loaded = run_cli("hashlist", "import", str(listed), "--name", "te-test", "--label",
                     "known (test)", "--format", "te", env=env)
    assert "1 hashes loaded (1 pdq)" in loaded.stdout
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(_copies(ORIGINAL)["jpeg"])
    found = json.loads(run_cli("hashlist", "match", str(copy), "--json", env=env).stdout)
    assert found["matches"][0]["label"] == "known (test)"
    bad = tmp_path / "bad.csv"
    bad.write_text("hash\nnot-a-hash\n")
    refused = run_cli("hashlist", "import", str(bad), "--name", "x", "--label", "x", env=env,
                      check=False)
    assert refused.returncode == 2 and "line 2" in refused.stderr + refused.stdout


def test_the_case_page_shows_the_digests_and_the_match(home):
    import re

    import pyotp
    from fastapi.testclient import TestClient

    from tipline.auth.accounts import create_user
    from tipline.web.app import create_app

    _load(home, "test-known", "known <b>test</b> material", [("pdq", hashes_of(encoded(ORIGINAL)).pdq)])
    copy = _copies(ORIGINAL)["jpeg"]
    case = _file(home, copy)
    with transaction(home.sessions) as session:
        _, password, secret = create_user(session, username="ana", role="analyst", now=now(),
                                          must_change_password=False)
    with TestClient(create_app(home)) as client:
        client.post("/console/login", data={"username": "ana", "password": password,
                                            "totp": pyotp.TOTP(secret).now()})
        page = client.get(f"/console/cases/{case.case_code}").text
        # A file a worker has yet to hash (the PostgreSQL task queue) says so.
        with transaction(home.sessions) as session:
            session.get(Blob, hashlib.sha256(copy).hexdigest()).hashed_at = None
        pending = client.get(f"/console/cases/{case.case_code}").text
    assert f"MD5 {hashlib.md5(copy).hexdigest()}" in page
    assert f"SHA-1 {hashlib.sha1(copy).hexdigest()}" in page
    assert re.search(r"Known: known &lt;b&gt;test&lt;/b&gt; material \(pdq, distance \d+\)", page)
    assert "Not yet matched" not in page
    assert "Not yet matched against the hash lists" in pending


def test_a_picture_declaring_too_many_pixels_is_sealed_but_not_decoded():
    from tipline.known.hashing import MAX_PIXELS, pdq_of

    bomb = encoded(Image.new("1", (5000, 5000)))  # 25 megapixels in a few kilobytes
    assert len(bomb) < 100_000 and 5000 * 5000 > MAX_PIXELS
    assert pdq_of(bomb) is None
    small_mode = noise_image(3).convert("L").resize((4000, 3000))
    assert pdq_of(encoded(small_mode)) is not None


def test_a_sixteen_bit_copy_hashes_like_the_eight_bit_original():
    grey = noise_image(21).convert("L")
    wide = Image.fromarray(np.asarray(grey, dtype=np.uint16) * 257)  # the same picture, 16-bit
    assert wide.mode.startswith("I")
    assert pdq_distance(hashes_of(encoded(grey)).pdq, hashes_of(encoded(wide)).pdq) <= 8


def test_reports_holding_the_same_files_in_opposite_order_do_not_deadlock(home):
    import threading

    first, second = encoded(noise_image(61)), encoded(noise_image(62))
    barrier, failures, cases = threading.Barrier(4), [], []

    def file(order):
        barrier.wait()
        try:
            result = submit_report(home, ReportCreate(about="two pictures"),
                                   [IncomingFile(f"{n}.png", data, "image/png")
                                    for n, data in enumerate(order)], via="api", now=now())
            cases.append(result.case_id)
        except Exception as error:  # noqa: BLE001 - the test reports any
            failures.append(repr(error))

    threads = [threading.Thread(target=file, args=(order,)) for order in
               ([first, second], [second, first], [first, second], [second, first])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures and len(set(cases)) == 4


def test_files_sealed_before_a_list_is_loaded_are_matched_against_it(home):
    from tipline.known.rematch import rematch_pending
    from tipline.store.tables import AuditEntry

    earlier = _file(home, _copies(ORIGINAL)["jpeg"], "online_enticement")
    exact = encoded(noise_image(41))
    other = _file(home, exact, "online_enticement")
    unrelated = _file(home, encoded(noise_image(42)), "online_enticement")
    assert rematch_pending(home, now()) == {}  # no list yet
    _load(home, "late-list", "loaded later (test)",
          [("pdq", hashes_of(encoded(ORIGINAL)).pdq), ("sha256", hashlib.sha256(exact).hexdigest())])
    assert rematch_pending(home, now()) == {"late-list": 2}
    assert rematch_pending(home, now()) == {}  # done: nothing pending
    with transaction(home.sessions) as session:
        annotated = {c.id: c.annotations for c in session.scalars(select(Case))}
        matches = {(m.kind, m.distance == 0) for m in session.scalars(select(KnownMatch))}
        entries = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "case.known_material")).all()
    assert "known_material" in annotated[earlier.id] and "known_material" in annotated[other.id]
    assert "known_material" not in annotated[unrelated.id]
    assert matches == {("pdq", False), ("sha256", True)} or matches == {("pdq", True),
                                                                          ("sha256", True)}
    assert sorted(e.case_id for e in entries) == sorted([earlier.id, other.id])
    assert "loaded later (test)" in entries[0].reason
    # Loading the list again makes it pending again, and finds nothing new to record.
    _load(home, "late-list", "loaded later (test)", [("pdq", hashes_of(encoded(ORIGINAL)).pdq)])
    assert rematch_pending(home, now()) == {"late-list": 0}


def test_the_rematch_command(tmp_path):
    env = cli_env(tmp_path / "home")
    listed = tmp_path / "list.te"
    listed.write_text(f"pdq {hashes_of(encoded(ORIGINAL)).pdq}\n")
    loaded = run_cli("hashlist", "import", str(listed), "--name", "te-test", "--label", "known",
                     "--format", "te", env=env)
    assert "tipline hashlist rematch" in loaded.stdout
    found = json.loads(run_cli("hashlist", "rematch", "--json", env=env).stdout)
    assert found == {"new_matches": {"te-test": 0}}
    assert "No list waits" in run_cli("hashlist", "rematch", env=env).stdout
