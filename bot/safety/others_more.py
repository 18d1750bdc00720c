"""A relative at risk in three more wordings (mend74, review87's misses): cue entries read by others.at_risk_elsewhere
one sentence at a time, each with the everyday reading it leaves alone in the same sentence. Additive only: nothing
here removes words before another reader looks at them.

- ``kin_asked``: 想不开 / 做傻事 asked with no subject of its own, in a clause after one that names the relative, with
  no 我 acting in between ("我儿子借呗逾期了 他整天睡不着 会不会想不开", "哥哥逾期了 整晚睡不着 … 会不会想不开").
  Only the asking forms (会不会, 是不是, 万一): "怕想不开" with no subject is as often the writer's own fear.
  (The writer-first reply stays where 我 acts in the clauses between: "我跟他说了别担心 会不会想不开".)
- ``edge_lingering``: the relative standing or sitting at a balcony's edge, a rooftop, a bridge, a long while or
  staring down ("她昨天站在阳台边上很久"): others' edge cue wanted distress words in the sentence. Not while
  hanging washing, smoking, fishing or the like.
- ``said_more``: the relative's own words of death told ("他说不如死了", "she says she doesn't want to wake up
  anymore", "wishes she could sleep and never wake up"). Not a habit or a joke (others' _SAYING words).
"""

from __future__ import annotations

import re

from ..patterns import regex

# 我 acting between the relative and the question (我 not owning someone: 我的, 我妈, 我们): then the question may be
# the writer's own, and the writer-first reading stays.
_NO_ME = r"(?:(?!我(?!们|的|家|儿|女|老|爸|妈|哥|姐|弟|妹|爷|奶|外))[^。！？!?.]){0,40}?"
# (Not 走极端, "going to extremes" with a card limit; nor a foolish deed told right after: "会不会做傻事 比如去找催收吵架".)
_ASKED_ZH = (r"(?:^|(?<=[\s，,]))(?:那|他|她)?(?:会不会|会唔会|是不是|万一)(?:一时|真的)?(?:想不开|想唔开|做傻事|做傻嘢|干傻事|走绝路|寻短见)"
             r"(?=$|\s|(?:了|啊|吧|呀|吗|啦|嘛|呢|怎么办|咋办|点算))(?!\s*(?:比如|例如|譬如|像是|去找|找人|打人|打架|吵架|报复|把|去借|乱花|刷))")
_EDGE_ZH = (r"(?:站在|坐在|蹲在|爬上|爬到|趴在)\S{0,6}(?:栏杆|护栏|楼顶|天台|顶楼|桥上|桥边|窗台|窗户外|阳台边|阳台外|崖边|悬崖|屋顶|楼边)"
            r"\S{0,6}?(?:很久|好久|半天|一动不动|发呆|往下看|看着下面|不进来|不肯进来|几个小时|一整晚|一晚上)")
_EDGE_EVERYDAY = r"晒|抽烟|吸烟|钓鱼|散步|乘凉|看风景|看日出|看夕阳|拍照|打电话|修|装|晾|浇花|种|工作|干活|上班|吃饭|聊天"
_SAID_ZH = (r"(?:说|讲|告诉我|发消息说|发微信说|打电话说)(?:他|她|佢)?(?:与其这样|这样下去|这样活着)?(?:还|真的|倒|倒不)?不如死了"
            r"|(?:说|讲)(?:他|她)?(?:再也|真的)?(?:不想再醒来|不想醒来|睡过去就好了|睡着了就别醒)")
_SAID_EN = (r"\b(?:says|said|keeps saying|told me|texted|messaged)\b.{0,12}?(?:\b(?:he|she)\b )?(?:doesnt|does not|dont|do not|didnt) want to wake up"
            r"(?= ?(?:any ?more|again|ever|at all)\b|\s*$)"
            r"|\b(?:wishes|wished|says|said) (?:he|she) (?:could|would|wants to|wanted to) (?:just )?(?:go to )?sleep and never wake up\b")
_SAYING = r"常说|总说|经常说|老说|开玩笑|气话|\b(?:always says|joked|joking|kidding)\b"


def more_cues(kin_zh: str, kin_en: str) -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]:
    """The cue entries, built on others.py's patterns for the relative named (its _WHO_ZH, _WHO_EN)."""
    zh, en = rf"(?:{kin_zh})", rf"(?:{kin_en})"
    return (
        ("kin_asked", regex(rf"{zh}{_NO_ME}{_ASKED_ZH}"), regex(r"知道|发现|晓得|得知")),
        ("edge_lingering", regex(rf"{zh}\S{{0,16}}{_EDGE_ZH}"), regex(_EDGE_EVERYDAY)),
        ("said_more", regex(rf"{zh}\S{{0,10}}(?:{_SAID_ZH})|{en}.{{0,20}}(?:{_SAID_EN})"), regex(_SAYING)),
    )


__all__ = ["more_cues"]
