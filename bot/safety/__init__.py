"""Safety rules that run before the classifier's choice: signs of crisis (despair, farewells,
self-harm, a method or place, wishes to be gone, dying to cancel the debt) and reports of abusive
collection, found clause by clause inside long messages in Chinese and English.

Two readers decide together. The rules (crisis.py, abuse.py) are reviewed and precise: they read
patterns of meaning, not whole sentences. Hand-written patterns do not reach wording nobody
wrote them for, so learned detectors (learned.py) read the same windows, and count where the
wording agrees (agreement.py): either reader raising a signal raises it. ``assess`` also returns
the message without the clauses that carried a signal, so that the loan question is still answered.

This package's face: the names callers import from ``bot.safety`` live in small modules (split159):
rules.py (the rules' reading of a message, remembered), two_readers.py (``assess``, ``mentions_crisis``,
``mentions_abuse``), leaning.py (``with_leaning``), whose_crisis.py (``someone_at_risk``), guesses.py
(``crisis_wording``, ``abuse_wording``: what a classifier guess needs), doubting.py (the doubts cast on a crisis).
"""

from __future__ import annotations

from .doubting import WHOSE, abuse_doubtful, abuse_joked, doubtful, fear_asked
from .guesses import abuse_wording, crisis_wording
from .leaning import with_leaning
from .signal import ABUSE, CRISIS, Signal
from .two_readers import assess, mentions_abuse, mentions_crisis
from .whose_crisis import someone_at_risk

__all__ = ["WHOSE", "Signal", "assess", "someone_at_risk", "with_leaning", "doubtful", "fear_asked", "abuse_doubtful", "abuse_joked", "mentions_crisis", "mentions_abuse", "crisis_wording", "abuse_wording",
           "CRISIS", "ABUSE"]
