"""Crises told by what came after, or said as a whole life over (fix71, issue 12; user70 item 3).

- **A stomach washed out** (洗胃, 洗了胃, 刚洗完胃, 在医院洗胃): in a message about a loan, told of oneself or a relative, it
  is an overdose survived; the English "pumped my stomach" was read (farewells.py) and the Chinese was not ("借呗逾期了
  我在医院洗胃" got the collection answer). Its everyday readings are named in the same sentence (food poisoning, a
  child or a pet that ate something, a wrong medicine taken by mistake, a doctor saying it was not needed, 洗牙);
  negated ("没洗胃") it is nothing. Whose danger it tells is others.py's judgement, as for every cue.
- **Not wanting to go on existing** (不想再生存下去, 不想(再)存在了, Cantonese 唔想再生存落去 read as such by
  bot.cantonese): the Mandarin 不想活 cues did not name 生存/存在.
- **"My life is over"** beside nothing that laughs at it ("jiebei overdue, my life is over"): the Chinese 人生完了 was
  read (despair.py) and the English was not. "lol", "haha", a joke or a skull emoji in the same sentence is hyperbole
  ("my phone fell in the toilet, my life is over lol"); negated or asked ("is my life over?") it is no cue here; said
  by someone else ("the collector told me my life is over") it is their words (a collector's curse: curses.py, abuse).

Additive (``hides=False``): an everyday reading only means "not THIS cue", never hides another cue's crisis.
"""

from __future__ import annotations

from ..patterns import regex
from .clauses import any_of
from .cue import Cue

_WASHED_ZH = r"(?:洗胃|洗了胃|洗完胃|洗过胃|洗紧胃|洗好胃|洗了个胃|被洗了胃)"
# (each an everyday reason for a stomach washed, told in the same sentence)
_WASHED_EVERYDAY = regex(r"食物中毒|食物过敏|误食|误吃|误服|吃错|食错|喝错|吃坏|食坏|肠胃炎|胃炎|胃病|不用洗胃|不需要洗胃|没必要洗胃|用不着洗胃|洗牙"
                         r"|小孩|孩子|宝宝|宝贝|婴儿|仔仔|囡囡|狗|猫|宠物|蘑菇|菌子|海鲜|酒精中毒|喝多了|喝醉|醉酒|体检|胃镜|肠镜")
# (the writer's own: 我 or nothing before it, never a thing's: "这个程序不想再存在了")
_EXIST_ZH = r"(?:^|我|自己|\s)(?:真的|真系|真係|已经|实在|都|也|再也|根本|一点都|完全)?(?:不想|不愿|不愿意|唔想)(?:再|继续)?(?:生存|存在)(?:下去)?(?:了|喇|啦|啊|呀|咯)*(?:$|[^\w]|在这|于这|喺|在世|(?=\s))"
_OVER_EN = (r"\bmy (?:whole |entire |fucking |damn )?life (?:is|s) (?:basically |pretty much |completely |totally |just |already |officially |so )?"
            r"(?:over|finished|done for|ruined|destroyed|gone)\b(?! the moon\b)(?! (?:if|when|unless|because of (?:a|this|that|my) (?:game|phone|exam))\b)")
# (laughed at, or someone else's words: "the collector said my whole life is over" is a collector's curse, abuse: curses.py)
# (fix78: an "omg" exclamation is a crush's or a phone's drama only where the sentence names no loan, debt or money:
# "omg my life is over" alone is hyperbole, "omg jiebei overdue 3 months my life is over" is not)
_LAUGHING_EN = regex(r"\b(?:lol|lmao|rofl|haha\w*|hehe\w*|jk|joke|joking|kidding|xd)\b|💀|😂|🤣"
                     r"|^(?!.*\b(?:jiebei|huabei|alipay|ant|loans?|debts?|owe\w*|overdue|collect\w*|repay\w*|pay\w*|money|bills?|lenders?|bank|credit)\b)"
                     r".*\b(?:omf?g|oh my god|oh my gosh)\b"
                     r"|\b(?:said|says|say|saying|told me|tells me|telling me|threaten\w*|yell\w*|shout\w*|texted|messaged|warned(?: me)?|curs\w*)"
                     r"(?: that)? my (?:whole |entire )?life\b")

# A life called wasted, then let end (fix78, issue 12: "逾期了 我这辈子是不是废了 要不就这样结束吧" got the worry answer: the
# ruin asked read as a fear, safety.fear, and the ending had no cue). The ending said with 吧 right after the ruin, in the
# same window; not an ending of something named ("就这样结束这段感情吧", "这局就这样结束吧": no ruin of a life before it).
_WASTED_END_ZH = (r"(?:这辈子|这一辈子|一辈子|这一生|人生)\S{0,4}(?:废了|完了|毁了|到头了|没救了|没希望了)\S{0,3}\s*"
                  r"(?:要不|不如|干脆|索性|那|那就|还是)?(?:就|就这样|就这么|这样|这么)(?:结束|了结|走)(?:了)?(?:吧|算了|拉倒)")

# Pills swallowed, told object first (fix78, issue 12: "药我已经吞了" had no rule; 吞药 is read by despair.py): 吞/咽 after
# the pills with a word of the writer's between (我, 已经, 刚, 都…), or 安眠药 alone. Not a named everyday medicine or its
# reason in the sentence (感冒药, 降压药, 医生开的, 饭后, a headache or a fever), and (mend76 after review94) not a bare
# "药片吞了" or a child, a parent or a pet that 把药吞了 at last: nothing of the writer's stands between the pills and 吞.
_SWALLOWED_ZH = (r"(?<![冒压胃中炎烧痛疼敏咳])(?:安眠药(?:我|都|已经|刚|刚刚|刚才|早就|一口气)*|(?:药片|药丸|药)(?:我|都|已经|刚|刚刚|刚才|早就|一口气)+)"
                 r"(?:吞|咽)(?:了|下去了?|完了?|光了?|掉了?|下了)")
# A quantity swallowed (mend76 after review94): a whole bottle or box, a handful, all of it. Whatever the medicine and
# whoever took it ("降压药一整瓶吞了，对不起", "我妈把降压药一整瓶吞了" — the relative's crisis then), no everyday exception:
# a bottle of blood-pressure pills is an overdose. Not the pills run out (药全吃完了, 药一盒吃完了: 全 needs 吞 or 咽, 吃 no 完).
_SWALLOWED_ALL_ZH = (r"(?:安眠药|药片|药丸|药)(?:我|都|已经|刚|刚刚|刚才|一口气|一次)*"
                     r"(?:(?:(?:一整瓶|整瓶|那瓶|一瓶|一整盒|整盒|那盒|一盒|一大把|一把)(?:都|全|全部)?|全部|全)(?:吞|咽)(?:了|下去了?|完了?|光了?|掉了?|下了)"
                     r"|(?:一整瓶|整瓶|那瓶|一瓶|一整盒|整盒|那盒|一盒|一大把|一把)(?:都|全|全部)?吃(?:了|下去了?|掉了?|下了))")
_SWALLOWED_EVERYDAY = regex(r"复诊|开药|再开|去医院开|买药|续药|感冒|发烧|退烧|头疼|头痛|牙疼|咳嗽|过敏|胃药|降压|消炎|止痛|维生素|钙片|中药|医生开|医嘱|按时|饭后|饭前|每天|疗程|病好")

AFTERMATH = (
    Cue("attempt", any_of(_SWALLOWED_ZH), negatable=True, unless=_SWALLOWED_EVERYDAY, unless_nearby=True, reach=True, hides=False),
    Cue("attempt", any_of(_SWALLOWED_ALL_ZH), negatable=True, hides=False),
    Cue("hopeless", any_of(_WASTED_END_ZH), negatable=False, hides=False),
    Cue("attempt", any_of(_WASHED_ZH), negatable=True, unless=_WASHED_EVERYDAY, unless_nearby=True, reach=True, hides=False),
    Cue("hopeless", any_of(_EXIST_ZH), negatable=False, hides=False),
    Cue("hopeless", any_of(_OVER_EN), negatable=True, unless=_LAUGHING_EN, unless_nearby=True, reach=True, hides=False),
)

__all__ = ["AFTERMATH"]
