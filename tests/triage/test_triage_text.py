"""The fast fold gives the same text as the reference, character-at-a-time fold, and its lazily
built map sends every folded character back into the original."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from tipline.triage.text import _fold_chars, _fold_chars_each, _fold_fast, _fold_mapped, fold

LATIN = st.text(alphabet=st.characters(max_codepoint=0x36F), max_size=60)
WITH_EMOJI = st.text(alphabet=st.one_of(st.characters(max_codepoint=0x36F),
                                        st.characters(min_codepoint=0x2000, max_codepoint=0x2BFF),
                                        st.characters(min_codepoint=0x1F000, max_codepoint=0x1FAFF),
                                        st.sampled_from("\ufe0f\u200d😍🙏…")), max_size=60)
TEXTING = st.lists(
    st.sampled_from(["u", "r", "ur", "im", "dont", "s3nd", "p1c", "sooo", "ÉTÉ", "t'es", "¿qué", "tmrw",
                     "2moro", "@", "$", "1", "3", "’", "`", "ñ", "İ", "ß", "ǅ", "½", " ", "!!!", "kk"]),
    max_size=20,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(LATIN, TEXTING, WITH_EMOJI))
def test_fast_fold_equals_the_reference_fold(text):
    assert _fold_fast(text)[0] == _fold_mapped(text)[0]


@settings(max_examples=400, deadline=None)
@given(st.one_of(LATIN, TEXTING, WITH_EMOJI, st.text(alphabet="abcdeu r'\t\n’`1@$", max_size=40)))
def test_a_fold_said_to_keep_every_character_in_place_does(text):
    # The fast path skips the map when folding moved nothing: the reference map must then be
    # the identity, or hits would point at the wrong characters of the original.
    folded, in_place = _fold_fast(text)
    if in_place:
        _, starts, ends = _fold_mapped(text)
        assert starts == tuple(range(len(text))) and ends == tuple(range(1, len(text) + 1))
        assert folded == "".join(_fold_mapped(text)[0])


def test_plain_ascii_keeps_its_places_and_rewritten_text_does_not():
    assert _fold_fast("Are you home alone? it’s ok")[1] is True
    assert _fold_fast("r u home")[1] is False  # texting forms grow
    assert _fold_fast("sooo  cool")[1] is False  # runs shrink
    assert _fold_fast("café niño")[1] is True  # an accented letter folds to one letter
    assert _fold_fast("cafe\u0301")[1] is False  # a mark on its own goes
    assert _fold_fast("œuf")[1] is False  # a ligature grows
    assert _fold_fast("hi\u200bthere")[1] is False  # a zero-width space goes


@settings(max_examples=200, deadline=None)
@given(st.one_of(LATIN, TEXTING, WITH_EMOJI, st.text(max_size=40)))
def test_every_span_maps_inside_the_original(text):
    folded = fold(text)
    assert folded.text == _fold_mapped(text)[0]
    for start in range(len(folded.text)):
        a, b = folded.span(start, start + 1)
        assert 0 <= a < b <= len(text)


def test_texting_forms_leetspeak_and_accents_fold_as_documented():
    folded = fold("R u h0me ALONE tmrw?? Sooo 😍 t’es où")
    assert folded.text == "are you home alone tomorrow?? so 😍 t'es ou"
    start = folded.text.index("home")
    assert folded.span(start, start + 4) == (4, 8)


def test_runs_of_leetspeak_inside_a_word_fold_but_times_grades_and_texting_do_not():
    assert fold("m33t me, ur 1 in a m1ll10n").text == "meet me, your 1 in a million"
    assert fold("grade7 sec1 at 10pm b4 mp3").text == "grade7 sec1 at 10pm before mp3"


def test_a_word_with_leetspeak_inside_reads_its_last_digit_as_a_letter_too():
    assert fold("mandame una f0t0, wh3r3 u l1v3?").text == "mandame una foto, where you live?"
    assert fold("c0vid19 ps5 grade7").text == "covid19 ps5 grade7"  # no inner one, or a number after
    folded = fold("send f0t0 now")
    assert folded.span(5, 9) == (5, 9)


def test_ligatures_are_spelled_out_and_a_texting_form_needs_a_whole_word():
    assert fold("ta sœur, ur cœur").text == "ta soeur, your coeur"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F) | st.sampled_from("\u2019`\u00b4"), max_size=50))
def test_the_ascii_character_map_equals_the_one_character_at_a_time_map(text):
    assert _fold_chars(text) == _fold_chars_each(text)
