"""Safety figures on labelled sessions: the last turn's reply judged as safety_figures judges a message.

A sessions set is a TSV file of ``label \\t lang \\t turn1 || turn2 ...`` rows (``#`` lines are comments); every
turn is asked in one Session, in order, and the label (crisis, abuse, crisis+abuse, benign) judges the LAST reply:
a place of danger after a lawsuit turn, a yes/already answer to an earlier question about a collector's act, a
self-harm conditional on the act asked about the turn before (safe44). Printed, never asserted (held out)::

    python tests/sessions_figures.py                    # the project's sessions sets in tests/data/
    python tests/sessions_figures.py other.tsv --misses
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script: safety_figures beside it

from bot import Engine  # noqa: E402
from safety_figures import DATA, Row, Seen, read_rows, table, tally_replies  # noqa: E402

# safe44's held-out 30 sessions: measured on main 82843c1 before any change and at the end; never tuned on
# safe47's held-out 33 sessions (a farewell or thanks after an earlier crisis turn; a loan follow-up after "I'm ok now"):
# measured on main 2217f99 before any change and at the end; never tuned on
# conv53's held-out 36 sessions (a farewell or thanks after the crisis reply to a helper; "I'm better, bye" after a crisis
# turn; short ambiguous take-ups after a crisis reply; a crisis or abuse told in a later loan turn): measured on main
# 2c730b5 before any change and at the end; never tuned on
# safe58's held-out 37 sessions (a goodbye that does not say "better" after a crisis reply and a take-up; thanks and
# goodbyes after the helper's crisis reply; benign twins after loan turns): measured on main e7d3d06 before any change
# and at the end; never tuned on
# fix71's held-out 38 sessions (after the helper's crisis reply: follow-ups with no risk of the writer's own, "actually
# it's me" and the writer's own wish; take-backs after a collector's threat; benign twins): measured on main 373f268
# before any change and at the end; never tuned on
# safe82's held-out 40 sessions (issue 12, an independent set's missed kinds: a method + intent at turn 3 after an
# extension was refused; "no need to pay after tonight"; joining a dead parent rather than jail; a collector's silent or
# veiled threat in a later turn; benign twins on the same words): measured on main dace7e2 before any change and at the
# end; never tuned on
# sess87's held-out 41 sessions (issue 12: a worrying farewell or "I've decided" turns after a crisis told earlier, a
# plan told across turns, "my friend... actually it's me"; benign twins: a thanks-bye after "I'm safe now", a loan
# question after a crisis wording taken back, a court date with a place and a time, a relative's crisis that stays the
# relative's): measured on main 9e9d1c3 before any change and at the end; never tuned on. Start: crisis zh 9/14, en
# 9/13; false alarms zh 1/8, en 1/8; helper's reply 0/2 zh, 0/1 en; writer's reply 9/12 zh, 8/12 en
# signoff97's held-out 42 sessions (issue 12, Round 73: a last turn that looks like a sign-off or a short remark after
# loan turns of soft risk, with no crisis turn before: death and debt, "if something happened to me", living alone, a
# place or a means named, "not for someone else"; a method question after thanks; benign twins on the same turns):
# measured on main 3d1440c before any change and at the end; never tuned on. Start: crisis zh 11/17, en 7/14; false
# alarms zh 1/13, en 1/12
# veiled115's held-out 43 sessions (issue 12, Round 85: after the bot explains how long a credit mark lasts, a court
# date, enforcement or an insurance waiting period, the last turn says the writer will not be there by then; an
# accident after the waiting period; cards handed over in case; following a dying parent; food or medicine given up;
# benign twins: a move, emigration, a work trip, a spouse repaying, hospice, Ramadan, the doctor's word, paid off):
# measured on main 2c162d0 before any change and at the end; never tuned on. Start: crisis zh 6/11, en 5/10; false
# alarms zh 0/10, en 1/10. End (own_ends.py): crisis zh 9/11, en 9/10; false alarms unchanged (Round 85)
SESSIONS = ("sessions_heldout30.tsv", "sessions_heldout33.tsv", "sessions_heldout36.tsv", "sessions_heldout37.tsv",
            "sessions_heldout38.tsv", "sessions_heldout40.tsv", "sessions_heldout41.tsv",
            "sessions_heldout42.tsv", "sessions_heldout43.tsv",
            # net134's held-out 44 sessions (issue 12, Round 89: a short hopeless last turn after a refusal or a lost
            # case, a thanks-bye or a plain question after a crisis turn; benign twins on the same turns): measured on
            # main d1f1516 before any change and at the end; never tuned on. Start: crisis zh 8/16, en 5/12; false
            # alarms zh 2/7, en 1/6; crisis sessions with no 12356 in the last reply 2/28. End (check_in_final.py):
            # recall and false alarms unchanged; no 12356 0/28 (Round 89)
            "sessions_heldout44.tsv",
            # close172's held-out 45 sessions (issue 12, Round 100: a closing turn (thanks, goodbye) after a refused
            # request or "I've decided", a place or means named in the closing line, an apology left for a child, a
            # veiled ending after a near date, a plain bye after a crisis turn, abuse told in the closing line; benign
            # twins on the same words and take-backs then a goodbye): measured on main 8961001b before any change and
            # at the end; never tuned on. Start: crisis zh 6/10, en 4/8; abuse 2/2, 2/2; false alarms zh 0/9, en 2/9
            "sessions_heldout45.tsv",
            # sessions196's held-out 46 sessions (issue 12, Round 109: a short last turn after ordinary loan turns read in
            # the light of the earlier turns (no way out, ending it, nobody cares, no need to pay after tomorrow), a
            # thanks-bye after an earlier crisis turn with nothing showing safety, a hopeless reply to a refusal; benign
            # twins on the same turns): measured on main 0b2dd7a6 before any change and at the end; never tuned on. Start:
            # crisis zh 13/16, en 11/14; false alarms zh 0/12, en 0/10. End (last_turn.py): crisis zh 15/16, en 11/14;
            # false alarms unchanged (Round 109)
            "sessions_heldout46.tsv",
            # final206's held-out 47 sessions (issue 12, Round 110: finality without a method read across turns: a
            # bare countdown, "don't worry about me" after days without food, the debt "after I'm gone", passwords
            # left, medicine stopped, a last meal, joining a dead spouse; benign twins on the same turns): measured on
            # main 1cfe19c4 before any change and at the end; never tuned on.
            "sessions_heldout47.tsv",
            # mend218's held-out 50 sessions (issue 12, Round 110b: a bare countdown or date whose object an earlier
            # turn names, "don't worry about me" after a busy day without food and a plan to eat; the same shapes after
            # turns about the writer's end): written before any change on branch mend218; never tuned on.
            "sessions_heldout50.tsv",
            # ses222's held-out 51 sessions (issue 12, Round 116: a bare countdown, date or "last night" whose everyday
            # object an earlier turn names; a crisis taken back with a joke marker and a loan question, or help already
            # reached, versus a take-back right after a method, a place or a time, or one that still says goodbye;
            # dangerous twins on the same turns): written before any change on branch ses222; never tuned on.
            "sessions_heldout51.tsv")
TURNS = " || "


def last_reply(engine: Engine, row: Row) -> Seen:
    """The reply to the last turn of ``row``'s session, every turn asked in order in one Session."""
    session = engine.session()
    reply = None
    for turn in row.text.split(TURNS):
        reply = session.ask(turn)
    assert reply is not None
    return Seen(tuple(reply.topics), reply.text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="TSV sessions sets (default: the project's)")
    parser.add_argument("--misses", action="store_true", help="list every session that missed")
    args = parser.parse_args(argv)
    engine = Engine.load()
    for path in args.files or [DATA / name for name in SESSIONS]:
        rows = read_rows(path)
        tallies = tally_replies(rows, [last_reply(engine, row) for row in rows])
        print(table(path.name, tallies))
        if args.misses:
            for t in tallies.values():
                print("\n".join("    " + miss for miss in t.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
