"""``N_``: marks text for translation where it is defined (``pybabel extract -k N_``); the page
that shows it translates it (``tipline.web.i18n``). Kept outside the web package so the core
(status words, choices) can mark its text without importing the web layer."""


def N_(message: str) -> str:
    """Return ``message`` unchanged; extraction finds it."""
    return message
