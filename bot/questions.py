"""Reading a message as the questions it asks: clauses, which of them ask, and the context each
question carries with it. Pure and deterministic; the Router decides what each question is about.

Borrowers write a question in many shapes: one sentence, a numbered paste ("1.…？2.…？"), a long
story with asks spread through it, questions separated only by spaces ("会上门吗 会起诉吗"),
English with or without question marks. A clause that only states context ("借一万分6期",
"逾期半年了") is not a question of its own: it travels with the question that follows it, because
it can change what that question is about ("借一万分6期，利息一共多少" is about normal instalment
interest, not penalties).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, NamedTuple

from .patterns import has_latin, regex
from .text import normalize, simplified

CONTEXT_CLAUSES = 2  # statements kept in front of a question: the nearest ones say the most
MIN_CLAUSE = 4  # characters (normalised): shorter fragments ("怎么办", "吗") join a neighbour

# 吧 ends a question ("会起诉吧", "不会这样吧") but not a resignation ("借呗的事就这样吧", "算了吧").
_QUESTION_RE = regex(
    r"[?？吗]|(?:[么嘛呢]|(?<!就这样)(?<!算了)吧)[\s~～.。!！]*$|怎|如何|多少|多久|多长|多大|什么|啥|咋|哪"
    r"|(?<![好十前这那了])几(?![万千百十乎]|天前|个?月前|年前)"  # not "好几个月了", "借了几万", "前几天"
    r"|真的假的|会不会|能不能|可不可以|是不是|有没有|要不要|算不算|可以.*吗|想(?:知道|了解)(?=\s*\w)"
    r"|(?:可以|能|会|还|用|借)\w{0,3}[不没否]\s*$"  # "还可以用不", "能借不": a question by its A-not-A ending
    r"|([\u3400-\u9fff])[不没]\1"  # "贵不贵", "高不高", "严不严重": A-not-A anywhere
    r"|^\s*(?:[^:：]{1,30}[:：]\s*)?(?:(?:and|so|but|then|or|ok|okay)\s+)?(?:will|would|can|could|do|does|did|is|are|am|should|shall"
    r"|may|might|what|how|why|when|where|who|which)\b|want to know|wondering",
    re.IGNORECASE)
# Where a new question is announced: list markers ("1." "2、" "(3)" "④", but not "3.5万") and
# words that introduce another question. Context never crosses these.
_LIST_MARK = r"(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[.．、)）](?!\d)|[\u2460-\u2473])"
_NEW_QUESTION_RE = regex(
    rf"(?<![\d.．（(])(?={_LIST_MARK})|另外|还有就是|还想问|再问一下|顺便问一?下?"
    r"|(?i:(?<!\s)\s+(?:and also|also|plus)\s+)")
_LIST_MARK_RE = regex(rf"^\s*{_LIST_MARK}\s*")
_BARE_NUMBER_RE = regex(r"(?:^|(?<=\s))(\d{1,2})\s+(?=[^\s\d])")
# ...and numbers glued to the words ("1借呗逾期会怎样2罚息怎么算", "我有两个问题 1罚息怎么算 2可以分期吗"):
# a single digit at the start or after a Chinese word, a space or a colon, right before a Chinese
# word, that is no amount, date or duration (借了2万, 1号, 3天, 第1期); they count only as 1, 2… in order.
_GLUED_NUMBER_RE = regex(r"(?:^|(?<=[\u3400-\u9fff?？\s:：]))([1-9１-９])(?![\d万千百十元块天日号个月年期次点岁分笔张%.．、])(?=[\u3400-\u9fff])")
_SENTENCE_RE = regex(r"(?<=[?？!！。;；\n])|(?<=\.)(?=\s)")  # where a sentence ends ("3.5万" goes on)
# Where a clause ends inside a sentence: commas, and spaces between Chinese words (people who
# type without punctuation separate their questions with spaces).
_CLAUSE_RE = regex(r"(?<=[，、~～…])|(?<=,)(?!\d)|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])|(?:而且|并且)"
                        r"|(?i:(?<!\s)\s+and\s+)")
# ...and 还有 joining two questions with no space ("罚息高不高还有会不会上门"): after a question's end
# (吗, an A-not-A such as 高不高, 多少/多久), not "还有没有办法". Used only where 还有 is (speed).
_JOINED_CLAUSE_RE = regex(_CLAUSE_RE.pattern + r"|(?:(?<=[吗呢么?？])|(?<=不[\u3400-\u9fff])|(?<=多少|多久))(?=还有(?!没有?))")
# An English question run on into the next without a mark: "will they sue me will they call my
# parents". A new question starts at an auxiliary followed by its subject.
_EN_RESTART_RE = regex(
    r"(?<!\s)\s+(?=(?:(?:will|would|can|could|do|does|is|are|should|what|how)\s+"
    r"(?:they|i|my|it|you|jiebei|huabei|the|someone|anyone|he|she|we|this)"
    r"|how (?:much|many|long)|what (?:happens|if|will))\b)", re.IGNORECASE)
# Chinese questions run on without a mark ("会不会起诉会不会上征信"): a new one starts at each
# repeated A-not-A marker; and items listed with 、 after one marker ask it each
# ("会不会被起诉、上门、影响征信？" asks 会不会 of all three).
_ZH_MARKER = r"会不会|能不能|是不是|有没有|要不要|可不可以|会否"
_ZH_MARKER_RE = regex(_ZH_MARKER)
_ZH_RESTART_RE = regex(rf"(?<=[\u3400-\u9fff])(?=(?:{_ZH_MARKER})[\u3400-\u9fff]{{2}})")
_ENUMERATION_RE = regex(r"、")
# A restart needs a whole question before it: "will they sue me" (3 words) is one, but "how much
# extra" is only the start of "how much extra will I pay".
_EN_MIN_WORDS = {"yes/no": 3, "wh": 6}
_WH_RE = regex(r"^\s*(?:what|how|why|when|where|who|which)\b", re.IGNORECASE)

# Where to cut a long message: a sentence end, else a clause end, else a word end.
_BREAKS = tuple(regex(p) for p in (r"[。！？!?；;\n]|\.\s", r"[，,、]", r"\s"))

# Greetings and lead-ins that carry no question ("你好，我想问下…", "hi, …", "…，谢谢").
_COURTESY = (r"你好|您好|妳好|(?:hello|hi|hey)(?: there)?\b|嗨|哈喽|在吗|在么|(?:亲|客服|老师)(?=[,，!！\s:：])|请问"
             r"|麻烦问?一?下|打扰一?下|我?想(?:问|咨询)(?:一下|下|问)?|(?:问|咨询)(?:一下|下)"
             r"|good (?:morning|afternoon|evening)\b|excuse me\b")
_COURTESY_SEP = r"(?:[呀啊哈吖]|\s|[,，.。!！?？~～:：、])*"
_LEADING_RE = regex(rf"^\s*(?:(?:{_COURTESY}){_COURTESY_SEP})+", re.IGNORECASE)
_TRAILING_RE = regex(r"(?<![,，.。!！~～\s])(?:[,，.。!！~～\s]*(?:谢谢|多谢|感谢|thanks|thank you|拜托了?)[呀啊了你您!！~～.。\s]*)+$",
                          re.IGNORECASE)

# An acknowledgement beside thanks: with the thanks taken away, it would be read as a message of
# its own (a decline, "I can't help with that").
_ACKNOWLEDGED_RE = regex(r"(?:\s|[,，.。!！~～、]|好的?|好吧|行|嗯+|哦+|噢+|喔+|明白|知道|懂|了解|清楚|收到|了|啦|啊|呀|哈+"
                         r"|ok(?:ay)?|got it|i see|understood|alright|all right|sure|cool|great|noted)*", re.IGNORECASE)


def is_acknowledgement(text: str) -> bool:
    """Whether a message only says it understood ("好的明白了", "ok got it"), which deserves the
    thanks reply, not a decline."""
    return any(ch.isalnum() for ch in text) and bool(_ACKNOWLEDGED_RE.fullmatch(text))


def acknowledges_with_thanks(text: str) -> bool:
    """Whether a message is an acknowledgement with thanks after it ("ok thanks", "嗯，谢谢", "好的
    谢谢你"): read alone it is thanks; right after a crisis reply it acknowledges that reply
    (bot.continuity), as "ok" alone does. Thanks alone ("谢谢") are not an acknowledgement."""
    core = _TRAILING_RE.sub("", text.strip())
    return core != text.strip() and is_acknowledgement(core)


# (remembered for the last few texts: one ask asks it of the same text several times; a function of the text and
# module constants alone; speed only, PERF_LOG part 30)
@lru_cache(maxsize=32)
def is_question(text: str) -> bool:
    """Whether a clause asks something (a question word, particle or mark), rather than stating
    context such as "逾期半年了" or "借了几万". Traditional characters count as their simplified
    forms ("會不會", "嗎")."""
    return bool(_QUESTION_RE.search(simplified(text)))


def strip_courtesy(text: str) -> str:
    """The message without greetings and lead-ins before it or thanks after it ("你好，我想问下
    借呗逾期会上门吗，谢谢" -> "借呗逾期会上门吗"). A message that is nothing but courtesy is
    returned unchanged: then the greeting is what it says."""
    core = _TRAILING_RE.sub("", _LEADING_RE.sub("", text))
    if _ACKNOWLEDGED_RE.fullmatch(core):
        return text  # "好的明白了，谢谢你" is thanks: what is left ("好的明白了") asks nothing of its own
    return core if _size(core) >= MIN_CLAUSE else text


# (The call form: the class form's annotations are strings here, which typing compiles, and a process's first
# compile() builds the AST types, ~9 M instructions of every start; PERF_LOG part 43.)
Question = NamedTuple("Question", [("text", str), ("bare", str)])
Question.__doc__ = "One question of a message: ``text`` with its context, ``bare`` the asking clause alone."


def split_questions(text: str, aside: Callable[[str], bool] | None = None) -> list[Question]:
    """The questions a message asks, in order, each with up to CONTEXT_CLAUSES statements that
    come before it ("逾期半年了，会起诉吗" is one question) and the statements after it in the
    same sentence ("会起诉吗，我逾期三个月了"). Context never crosses a list marker or "另外".
    Empty when no clause asks anything: then the message is read as a whole. Statements for
    which ``aside`` is true are never context (the Router sets aside what its safety rules
    answer anyway, so that it cannot hide a loan question)."""
    questions: list[Question] = []
    context: list[str] = []
    last = (-1, -1)  # (block, sentence) of the last clause read
    asked_in = None  # (block, sentence) of the last question
    for clause, block, sentence in _clauses(text):
        if block != last[0]:
            context = []  # a new question was announced: what came before is not its context
        last = (block, sentence)
        if is_question(clause):
            questions.append(Question(" ".join(context[-CONTEXT_CLAUSES:] + [clause]), clause))
            context, asked_in = [], last
        elif aside is not None and aside(clause):
            continue
        elif last == asked_in:
            questions[-1] = questions[-1]._replace(text=questions[-1].text + " " + clause)
        else:
            context.append(clause)
    return questions


def _clauses(text: str) -> list[tuple[str, int, int]]:
    """The clauses of a message in order, each with the numbers of its block (a run of text
    between announced questions) and sentence. List markers are removed; fragments too short
    to stand alone ("怎么办", "吗") join the clause before them."""
    pieces: list[tuple[str, int, int]] = []
    for block_number, block in enumerate(_NEW_QUESTION_RE.split(_mark_bare_numbering(text))):
        block = _LIST_MARK_RE.sub("", block or "")
        for sentence_number, sentence in enumerate(_SENTENCE_RE.split(block)):
            clause_re = _JOINED_CLAUSE_RE if "还有" in sentence else _CLAUSE_RE
            for clause in clause_re.split(_listed_under_one_marker(sentence)):
                if clause and clause.strip():
                    pieces.extend((part, block_number, sentence_number)
                                  for part in _restarts(clause.strip()))
    merged: list[tuple[str, int, int]] = []
    for piece, block_number, sentence_number in pieces:
        if merged and _size(piece) < MIN_CLAUSE:
            merged[-1] = (merged[-1][0] + " " + piece,) + merged[-1][1:]
        else:
            merged.append((piece, block_number, sentence_number))
    if len(merged) > 1 and _size(merged[0][0]) < MIN_CLAUSE:
        first = merged.pop(0)[0]
        merged[0] = (first + " " + merged[0][0],) + merged[0][1:]
    return merged


def _mark_bare_numbering(text: str) -> str:
    """"1 逾期多久会被起诉 2 能不能分期": numbers standing alone between spaces count as list
    markers when they run 1, 2, 3… in order; a lone number ("逾期 3 天") is left as it is."""
    found = list(_BARE_NUMBER_RE.finditer(text))
    if len(found) < 2 and ("1" in text or "１" in text):  # glued marks start at 1 (speed)
        found = list(_GLUED_NUMBER_RE.finditer(text))
    expected, marks = 1, []
    for match in found:
        if int(match.group(1)) == expected:
            marks.append(match)
            expected += 1
    if len(marks) < 2:
        return text
    for match in reversed(marks):
        text = text[:match.start(1)] + match.group(1) + "." + text[match.end(1):]
    return text


def _listed_under_one_marker(sentence: str) -> str:
    """"会不会被起诉、上门、影响征信？" -> "会不会被起诉、会不会上门、会不会影响征信？": items listed
    with 、 after an A-not-A marker each ask it (items with a marker of their own keep theirs)."""
    items = _ENUMERATION_RE.split(sentence)
    found = _ZH_MARKER_RE.search(items[0]) if len(items) > 1 else None
    if found is None:
        return sentence
    marker = found.group(0)
    return "、".join([items[0], *(item if _ZH_MARKER_RE.search(item) or not item.strip() else marker + item.lstrip()
                                  for item in items[1:])])


def _restarts(clause: str) -> list[str]:
    """A clause cut where a new question starts without a mark (English or Chinese)."""
    if len(_ZH_MARKER_RE.findall(clause)) > 1:
        return [part for piece in _ZH_RESTART_RE.split(clause) for part in _english_restarts(piece) if part.strip()]
    return _english_restarts(clause)


def _english_restarts(clause: str) -> list[str]:
    """Cut an English clause where a second question starts without a mark before it."""
    if not has_latin(clause):  # every match of _EN_RESTART_RE needs a letter (speed only)
        return [clause]
    parts: list[str] = []
    start = 0
    for match in _EN_RESTART_RE.finditer(clause):
        before = clause[start:match.start()]
        needed = _EN_MIN_WORDS["wh" if _WH_RE.match(before) else "yes/no"]
        if len(before.split()) >= needed and is_question(before):
            parts.append(before)
            start = match.end()
    return parts + [clause[start:]]


def keep_ends(text: str, limit: int, head: int, mark: str) -> str:
    """``text`` cut to ``limit`` characters plus ``mark``: its first ``head`` characters, the mark,
    and its end, where the question usually is. Each part is cut where a sentence ends, else a
    clause, else a word; spaces keep the length exact (so a cut text is recognised) and read as
    nothing."""
    start, end = text[:head], text[-(limit - head):]
    start = start[:_break_in(start, last=True, within=head // 2)].ljust(len(start))
    end = end[_break_in(end, last=False, within=len(end) // 4):].rjust(len(end))
    return start + mark + end


def _break_in(text: str, *, last: bool, within: int) -> int:
    """Just after the last (or first) break of ``text`` no further than ``within`` characters
    from that end; the end itself when there is none."""
    for pattern in _BREAKS:
        ends = [match.end() for match in pattern.finditer(text)]
        if last and ends and ends[-1] >= len(text) - within:
            return ends[-1]
        if not last and ends and ends[0] <= within:
            return ends[0]
    return len(text) if last else 0


def _size(text: str) -> int:
    return len(normalize(text).replace(" ", ""))
