""""Dead" as a state the writer is left in by an everyday ordeal (issue 12, docs/safety.md Round 112): "I'm dead 💀 that
exam was brutal", "期末考完我整个人都死了", "leg day destroyed me", "这题做了三遍都错，我死了".

What the sentence does: it reports how spent the writer IS after something named that is over or under way (an exam,
a quiz, a workout, a shift, a meeting), in the past or present state ("I'm dead", 整个人都死了, 我死了), never a wish
or a plan. Every reader reads "dead" of the writer; none reads the exam beside it. A doubt ("spent": the loan answer
with 12356, routing._safety_checked), read even where the learned reader agrees on the same word; the classifier
agreeing still undoes it.

What no ordeal outweighs: "dead inside", a wish or intent anywhere (INTENT, "want to die"), anything grave (a means,
a goodbye, a burden: light.GRAVE), debt despair, a turn ("not kidding"), an act (readings.KEEPS), the readings no light
key doubts (a plan, a method, a farewell), and crisis wording left once the spent words are set aside.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause
from .selfblame import NEVER, nothing_else, told_only

# The writer's state: dead, finished, destroyed (not "dead inside", not a wish: no 想/要/want before it).
_SPENT = regex(r"(?<![想要去])(我|整个人|人)(都|已经|直接|彻底|当场)?(死了|没了|废了|挂了)(?!\S{0,2}(算了|吧|就好|干净))"
               r"|(?<![a-z])((i'?m|i am) (so |literally |actually |basically |completely |officially )?(dead|deceased|destroyed)(?! inside| tired)"
               r"|(\w+ )?(killed|destroyed|murdered|wrecked) me)(?![a-z])")
# The ordeal that left the writer so: a test, a workout, a shift, a meeting, homework.
_ORDEAL = regex(r"考完|考试|期末|高数|数学|这题|做题|题目|作业|论文|答辩|练腿|健身|跑步|体测|军训|加班|上班|夜班|开会|面试|排位|这局|通宵"
                r"|(?<![a-z])(exams?|quiz\w*|tests?|finals|midterms?|homework|essay|workout|leg day|gym|run|marathon|shift|meeting|lecture"
                r"|class|interview|deadline|presentation|boss fight|ranked|match)(?![a-z])")
_NEVER = NEVER  # (selfblame's, hopelessness and a wish to be gone read beside "dead" among them since mend219)


def spent(message: str, clauses: list[Clause], crisis_at: frozenset[int], whole_masked: str,
          kinds: tuple[str, ...] = ()) -> str | None:
    """"spent" when the crisis words are the writer's state after an everyday ordeal the message names, with no wish,
    nothing grave, no debt despair, no turn and no crisis wording left once the spent words are set aside; else None."""
    if not crisis_at or _NEVER.intersection(kinds):
        return None
    plain = " ".join(clause.text for clause in clauses).lower()
    if not _SPENT.search(plain) or not _ORDEAL.search(plain):
        return None
    if not _SPENT.search(" ".join(clauses[i].text for i in sorted(crisis_at)).lower()):
        return None  # the flagged words must be the spent words
    if not told_only(clauses, crisis_at, _SPENT, _ORDEAL):
        return None
    return "spent" if nothing_else(clauses, whole_masked, _SPENT) else None


__all__ = ["spent"]
