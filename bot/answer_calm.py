"""A frightened borrower's fear acknowledged (ans14): "我好害怕，会不会被起诉" / "I'm terrified. Can
they sue me?" is answered with one short calm line above the loan answer (``frame.calm``), in
the reply's language. Only when the message itself states fear or panic, not for a bare
question ("会不会被起诉"), and never above a safety reply (crisis or abuse), which opens with
the person and the help itself.

A feeling the message names beside or instead of fear (ans24, truth4 #9): shame ("我是不是一个很失败
的人", "I feel so ashamed"), anxiety ("天天焦虑，心跳很快", "压力好大") or a partner's anger ("老公知道后
跟我吵架要离婚") is named in that line (``feeling``), which then offers 12356 too, above the loan
answer or the worry reply (whose own first line, about fear, it replaces).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .feeling_owner import denied, owned, someone_elses
from .knowledge_types import Frame, Topic
from .patterns import regex
from .safety import ABUSE, CRISIS
from .templates import render
from .text import simplified

WORRY = "worry"  # the conversation topic about fear: its first line is replaced by a feeling's line

# Words that state fear or panic. 怕 alone is left out: "怕影响征信" weighs a risk, it does not
# say the writer is frightened; so are 吓人 and 吓死人 ("说得特别吓人", "利息高得吓死人": a thing is
# scary). ("I'm afraid I can't pay" counts: a calm line does no harm there.)
_FEAR = regex(
    r"害怕|好怕|很怕|真怕|太怕|怕死了|怕得要命|怕得不行|吓死(?!人)|吓坏|吓得|慌|恐慌|恐惧|担心死了|担心得要死|担心得睡不着"
    r"|\b(?:scared|terrified|frightened|afraid(?! (?:so|not)\b)|panic\w*|freaking out|so worried|worried sick)\b",
    re.IGNORECASE)
# ...unless its clause says the opposite ("我不害怕", "别慌", "not scared", "don't panic")...
# (and "我不是很害怕", "没什么好慌的", "有什么好怕的", "I'm not so worried"; a question whether to be afraid,
# "需要害怕吗", "should I be scared?", says no fear either; review32)
_NOT_AFRAID = regex(r"(?:不|(?<!特)别|不要|没|没有|不用|甭)(?:是)?(?:太|再|那么|怎么|很|特别)?(?:害怕|怕|慌|恐慌)"
                    r"|怕怕(?:哦|喔|噢)|有本事"
                    r"|(?:没什么|有什么|有啥|没啥|没有什么)(?:好|可)(?:害怕|怕|慌|担心)"
                    r"|(?:需要|要不要|用不用|该不该|应不应该|有必要|有没有必要)(?:害怕|怕|慌|担心)|害怕有用|怕有用"
                    r"|\b(?:not|never|don['’]?t|dont|no need to) (?:be |feel |get )?(?:so |that |too |really |very )?"
                    r"(?:scared|afraid|frightened|terrified|panic\w*|worried)\b"
                    r"|\b(?:should|do|must) i (?:be |feel |get )?(?:scared|afraid|worried|panic\w*|worry)\b",
                    re.IGNORECASE)
# ...or is about someone else, with nothing of the writer in it ("他吓得睡不着", "my dad was scared").
# (Only before the fear word: "好怕他们来", "scared they'll sue" fear them.)
# (a child, a sibling, a roommate too: "我女儿很害怕", "my son is scared"; review32)
_OTHERS = r"妈|爸|老婆|老公|朋友|同事|男朋友|女朋友|家里人|家人|女儿|儿子|孩子|小孩|弟弟|妹妹|哥哥|姐姐|室友|婆婆|公公|老人"
_SOMEONE_ELSE = regex(rf"他|她|{_OTHERS}|\b(?:he|she|they|his|her|their|my (?:mum|mom|dad|father|mother|friend|wife|husband|parents?"
                      r"|son|daughter|kids?|child|children|brother|sister|roommate|family))\b", re.IGNORECASE)
_THE_WRITER = regex(rf"我(?!{_OTHERS})|\b(?:i|i['’]?m|im|me)\b", re.IGNORECASE)
_CLAUSE = regex(r"[^，。,.!?！？；;\n]+")
_CJK_SPACE = regex(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


# Feelings named (truth4 #9), the first found in this order: a partner's anger (the person beside
# the writer), shame, anxiety. Each only where the writer tells it of themself, now (bot.feeling_owner:
# not "谈不上焦虑", "焦虑也没用", "我妈很焦虑", "There's no shame in being late", "It's a shame I missed
# it"; review52 #3): each word read where it stands, never vetoed by a denial in another clause (review56 #2).
# (失败 only as the writer's worth, never 还款失败, 扣款失败 or "这次协商太失败了")
# (the partner's anger word is group w: "老公没有生气", "My husband wasn't angry" deny it; "老公跟他妈吵架"
# is a quarrel with someone else)
_FEELINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("partner", regex(r"(?:老公|老婆|丈夫|妻子|男朋友|女朋友|对象|爱人|媳妇)[^，。,.!?！？；;]{0,14}?(?P<w>吵|骂我|生气|发火|离婚|分手|闹)"
                      r"|\b(?:husband|wife|partner|boyfriend|girlfriend)\b.{0,30}?\b(?P<w2>angry|furious|mad at me|divorc\w*|yell\w*"
                      r"|shout\w*|fight\w*|leave me|break up|broke up)\b", re.IGNORECASE)),
    ("shame", regex(r"丢人|丢脸|没脸|羞耻|羞愧|抬不起头|(?:我|自己)[^，。,.!?！？；;]{0,4}?(?:很|好|太|真|特别|这么)失败|失败的人|没用的人|看不起我|瞧不起我"
                    r"|\b(?:ashamed|shame|shameful|embarrass\w*|humiliat\w*|a failure|such a loser)\b", re.IGNORECASE)),
    # (not a repayment's or money's pressure, "还款压力太大了，可以申请延期吗", nor stress played down, "just
    # stressed": no feeling told (review37, round 10); not 崩溃 or sleeplessness either: signs of distress,
    # the safety net's check-in line speaks to them)
    ("anxiety", regex(r"焦虑|(?<!还款)(?<!经济)(?<!资金)(?<!财务)(?<!还钱)压力(?:好|很|太|特别|非常|超级)?大|心慌|心跳(?:很|好|特别)?快"
                      r"|(?<!just )(?<!only )(?<!a bit )(?<!a little )\b(?:anxious|anxiety|stressed|so much stress|panic attacks?|heart (?:is )?racing)\b",
                      re.IGNORECASE)),
)
_WITH_SOMEONE_ELSE = regex(r"(?:跟|和|与)(?!我)")  # "老公跟他妈吵架了": not with the writer


def _told(feeling: str, found: re.Match[str], clause: str, after: str) -> bool | None:
    """True: the writer's feeling, told; False: denied; None: someone else's, or not a feeling at all."""
    start = found.start("w") if found.groupdict().get("w") else found.start("w2") if found.groupdict().get("w2") else found.start()
    if feeling == "partner" and _WITH_SOMEONE_ELSE.search(clause[found.start():start]):
        return None
    if denied(clause[:start], clause[found.end():]):
        return False
    if feeling != "partner" and (someone_elses(clause[:start]) or not owned(clause, start, found.end(), after)):
        return None
    return True


def stated_feeling(question: str) -> str:
    """The feeling a message names of its writer ("partner", "shame", "anxiety") or ""."""
    if not question:
        return ""
    text = _CJK_SPACE.sub("，", simplified(question))
    all_clauses = _CLAUSE.findall(text)
    kept = [(clause, all_clauses[i + 1] if i + 1 < len(all_clauses) else "") for i, clause in enumerate(all_clauses)]
    for feeling, pattern in _FEELINGS:
        told = [_told(feeling, found, clause, after) for clause, after in kept for found in pattern.finditer(clause)]
        # Any clause telling it as the writer's own counts; a denial elsewhere vetoes nothing (review56 #2:
        # "以前我不焦虑，现在我每天都很焦虑", "别人叫我别焦虑，可我真的很焦虑"; each word is read in its clause).
        if True in told:
            return feeling
    # (a partner's anger may span a clause mark: "老公知道了，跟我吵架")
    joined = text.replace("，", "").replace(",", "")
    return "partner" if any(_told("partner", found, joined, "") for found in _FEELINGS[0][1].finditer(joined)) else ""


def states_fear(question: str) -> bool:
    """Whether a message says its writer is frightened or panicking: a fear word in a clause that
    neither denies it nor is only about someone else."""
    if not question:
        return False
    # (a space between Chinese words ends a clause too: "我好害怕 需要担心吗 会被起诉吗"; review33)
    for clause in _CLAUSE.findall(_CJK_SPACE.sub("，", simplified(question))):
        if _NOT_AFRAID.search(clause):
            continue
        for found in _FEAR.finditer(clause):
            if _THE_WRITER.search(clause) or not _SOMEONE_ELSE.search(clause[:found.start()]):
                return True
    return False


def calm_line(frame: Frame, chosen: Sequence[Topic], context: dict[str, Any]) -> str:
    """The calm line that opens an answer (or ""): when the message states fear (``afraid`` in the
    answer context), a loan topic answers it, and no safety reply (crisis, abuse: they open with
    the person and the help) nor a conversation one (the "worry" reply is itself about the fear)
    is part of it. A feeling named (``feeling``: shame, anxiety, a partner's anger) is
    acknowledged the same way, with 12356, above a loan answer or the worry reply. A knowledge
    folder without ``frame.calm`` says nothing."""
    feeling = context.get("feeling") or ""
    if any(topic.id in (CRISIS, ABUSE) or topic.kind == "safety" for topic in chosen):
        return ""
    if not feeling and (not context.get("afraid") or not any(topic.kind == "domain" for topic in chosen)
                        or any(topic.kind == "conversation" for topic in chosen)):
        return ""
    if feeling and not any(topic.kind == "domain" or topic.id == WORRY for topic in chosen):
        return ""  # (a goodbye or thanks is no place for it; the 12356 net still speaks)
    lang = context["lang"]
    return render(frame.calm[lang], {"lang": lang, "outside": context["outside"], "feeling": feeling}).strip()


def under_calm(sections: list[str], chosen: Sequence[Topic], calm: str) -> list[str]:
    """The sections with the calm line on top. Above the worry reply, a feeling's line says what
    that reply's own first sentence and its 12356 line say (fear, then the hotline): both are left
    out of the worry section (a reply that named 12356 twice read as a form letter; cls22 lets
    worry lead beside a loan topic, ans24 added the feeling line). Worry leading: the calm line
    is its opening, so its label goes too (a label about fear under a line about shame read as
    two replies; review52). Worry after a loan answer: the calm line on top already said it all."""
    out = list(sections)
    for index, topic in reversed(list(enumerate(chosen[:len(out)]))):
        if topic.id != WORRY or "\n" not in out[index] or "12356" not in calm:
            continue
        if index > 0:
            del out[index]
            continue
        rest = out[index].split("\n", 1)[1]
        out[index] = "\n".join(line for line in rest.split("\n") if "12356" not in line)
    out[0] = calm + ("\n" + out[0] if out[0] else "")
    return out


__all__ = ["WORRY", "calm_line", "stated_feeling", "states_fear", "under_calm"]
