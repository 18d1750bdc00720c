"""The names of the readings of someone else's danger, and of the subsets that say more (split159).

Reading names are the crisis cue names in ``Signal.crisis`` (others.py: someone_else, feared, kin_words; preparing.py:
kin_signs; kin_affairs.py: kin_affairs). Sets of them were written out as literals where they were tested; here each
is named once, for what it means.
"""

from __future__ import annotations

# Readings of someone else's danger: where one is read, the writer's own wording beside it does not decide the reply.
THEIRS_READ = frozenset({"someone_else", "feared", "kin_words", "kin_signs", "kin_affairs"})
# Of those, the readings that see the danger in the other person themselves: the writer's fear for them (feared), their
# own crisis words (kin_words), their veiled signs (kin_signs). Beside one of them, a first-person death premise
# (premise.writers_death) does not make the crisis the writer's; someone_else and kin_affairs are no such witness
# ("我要是不在了，借呗会不会让我老婆还": the wife named is who would pay).
THEIRS_WITNESSED = frozenset({"feared", "kin_words", "kin_signs"})
# Of those, the readings of a relative's danger (their words, their signs, their affairs put in order): each kind read in
# its own sentence, so an everyday reason a sentence away does not doubt them (doubting.doubtful).
KIN_READ = frozenset({"kin_words", "kin_signs", "kin_affairs"})

__all__ = ["KIN_READ", "THEIRS_READ", "THEIRS_WITNESSED"]
