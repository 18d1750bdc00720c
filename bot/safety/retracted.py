"""A denial taken back (mend78, review92): "我说我现在好多了，不会再想死了。骗你们的。", "I told you I'm not suicidal.
That was a lie." The rules set the denied words aside (a negation right before them, a hard time told as over) and a
joke's take-back ("开玩笑的") used to be read the same way as this one; but a lie owned about a denial makes what was
denied true again. So crisis wording denied in one sentence, with a later clause that only says it was a lie,
carries a crisis in the denied clauses.

Only a lie owned (骗你的, 说谎, 假的, "I lied", "I was lying"), not a joke's take-back: "我不想活了。开玩笑的" is read
by the rules and doubt.py as before, and a lie about anything else ("我跟我妈说我没借钱。其实是骗她的") has no crisis
wording denied. Nor a lie someone else tells ("催收说不会起诉，都是骗人的"): the denied words must be crisis wording.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause, windows
from .crisis import denied, named
from .governs import sentences
from .idioms import masked
from .readings import told_as_over

# A clause that only owns a lie: what was said before was not true.
_LIE = regex(r"^\W*(其实|但是|可是)?(那|这|刚才|之前)?(些)?(话)?(都|全|全部)?(是)?(我|他|她|他们|她们)?(在|是)?(骗|哄)(你|你们|我|我们|人|他|她|他们|她们|大家|家里人?|医生|爸妈|我妈|我爸|老婆|老公)(的|呢|啦|了|而已|哈)*\W*$"
             r"|^\W*(其实|但是|可是)?(那|这|刚才)?(些)?(话)?(都|全)?(是)?(假的|假话|谎话|瞎说的)(啦|了|的|呢)*\W*$"
             r"|^\W*(其实|但是|可是)?(我)?(在|是)?(说谎|撒谎)(了|的|呢|啦)*\W*$"
             r"|^\W*(but |actually )?(that was a lie|(it was |those were |all )?lies|(i|he|she|they) lied( to (you|her|him|them|me|us|everyone|my \w+))?|(i|he|she) was lying|they were lying"
             r"|(thats|that is|that was|it was|it is|none of (that|it) (is|was)) (not true|a lie|true))\W*$")


def retracted(message: str, clauses: list[Clause], whole_masked: str) -> frozenset[int]:
    """The clauses whose crisis wording was denied (or told as over) in a sentence before a clause that owns it
    was a lie; none when nothing was denied or no lie is owned."""
    lies = [index for index, clause in enumerate(clauses) if _LIE.search(clause.text)]
    if not lies:
        return frozenset()  # (most messages: the sentence split below is not needed)
    numbers = sentences(message, clauses)
    last_lie = max(numbers[index] for index in lies)
    over = told_as_over(whole_masked)
    held: set[int] = set()
    for window in windows(clauses):
        if numbers[window.last] >= last_lie:
            continue  # the denial must come in a sentence before the lie owned
        text = masked(window.text)
        if denied(text, whole_masked) or (over and named(text, whole_masked)):
            held |= set(range(window.first, window.last + 1))
    return frozenset(held)


__all__ = ["retracted"]
