"""What a set-aside or an everyday reading governs: the clauses whose crisis reading it cancels (issue 12, win77).

The rules set crisis wording aside where a negation, a joke, a game or a film, or a hard time told as over stands
over it ("我不会做傻事", "i'm not suicidal, just tired", "游戏里我的角色跳崖了"). The three readers that lean on a
whole window (the learned reader's pairs, the two readers leaning together, the classifier's agreement) used to stop
reading the WHOLE message at one such window anywhere: a crisis in one sentence was lost to a joke or a film in
another ("哈哈同事把咖啡洒我键盘上了。我把存折密码写好了，月底就是最后一天"; 64 of 480 composed crises, review).

A set-aside now governs the clauses it stands over: the clauses of a window set aside, and the other clauses of the
same sentence (a joke told a comma away: "我跟朋友开玩笑说，还不上就去跳楼"); a pair set aside only together (the cue
in one clause, what cancels it in the next: "我想跳楼。其实就是嘴上说说") governs both. It governs the whole message
where it really spans it: every window set aside (a hard time told as over is read message-wide by the rules, a story
all through), or a last sentence that only takes back everything before it ("开玩笑的哈哈", "jk").
An everyday reading (a cold, a doctor, 哈哈, help found and a life better now) is the same: the sentence that holds it.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import Clause, windows
from .crisis import set_aside
from .idioms import masked

# A sentence's end between two clauses of the message (the clause splitter also splits at commas and the like).
_SENTENCE_END = regex(r"[。！？!?\n\r…；;]|\.(?=\s|$)")
# A last sentence that only takes back what came before it: the joke or the teasing spans the message. (Not a lie
# owned, 骗你们的: taking back a denial makes what was denied true again; retracted.py, mend78.)
_TAKEN_BACK = regex(r"^\W*(哈哈\S*\s*)?(我)?(就|只|只是|就是|都是)?(是)?(开(个)?玩笑|说着玩|闹着玩|逗你(们)?(玩)?)(的|呢|啦|而已|哈|哈哈\S*|嘿嘿)*\W*$"
                    r"|^\W*((lol|haha\w*|lmao) )?(jk|just (kidding|joking)|(im |i am )?(only |just )?(kidding|joking)|kidding|not serious)( lol| haha\w*| lmao)?\W*$")


def sentences(message: str, clauses: list[Clause]) -> list[int]:
    """The sentence number of each clause: a new sentence starts after a full stop, a question or an exclamation
    mark, a line break (not after a comma)."""
    numbers = [0] * len(clauses)
    for index in range(1, len(clauses)):
        gap = message[clauses[index - 1].end:clauses[index].start]
        numbers[index] = numbers[index - 1] + bool(_SENTENCE_END.search(gap))
    return numbers


def in_sentences(held: set[int], numbers: list[int]) -> frozenset[int]:
    """Every clause of a sentence that holds one of the clauses ``held``."""
    chosen = {numbers[index] for index in held}
    return frozenset(index for index, number in enumerate(numbers) if number in chosen)


def sentence_texts(message: str, clauses: list[Clause]) -> list[str]:
    """For each clause, the masked text of the sentence that holds it: where help found and a life better now
    ("看了心理医生，现在好多了", "got help, doing better now") is read as everyday life (lexicon._RECOVERED), for the
    readers that lean on windows: that sentence's own past, not a crisis told in another sentence (win77)."""
    numbers = sentences(message, clauses)
    texts = {number: masked(" ".join(c.text for c, n in zip(clauses, numbers) if n == number)) for number in set(numbers)}
    return [texts[number] for number in numbers]


def governed(message: str, clauses: list[Clause], whole_masked: str) -> frozenset[int]:
    """The clauses whose crisis reading a set-aside window cancels (see the module doc): none in a message with no
    set-aside, every clause where the set-aside spans the message."""
    if not clauses:
        return frozenset()
    alone = {w.first for w in windows(clauses) if w.first == w.last and set_aside(masked(w.text), whole_masked)}
    if len(alone) == len(clauses):
        return frozenset(range(len(clauses)))  # every window set aside: a story all through, a past told as over
    held = set(alone)
    for window in windows(clauses):
        if window.first != window.last and not {window.first, window.last} & alone \
                and set_aside(masked(window.text), whole_masked):
            held |= {window.first, window.last}  # set aside only together: the cue and what cancels it
    if not held:
        return frozenset()
    numbers = sentences(message, clauses)
    last = [index for index, number in enumerate(numbers) if number == numbers[-1]]
    if numbers[-1] > 0 and _TAKEN_BACK.search(" ".join(clauses[index].text for index in last)):
        return frozenset(range(len(clauses)))  # "…开玩笑的哈哈", "…jk": taken back, all of it
    return in_sentences(held, numbers)


__all__ = ["governed", "in_sentences", "sentence_texts", "sentences"]
