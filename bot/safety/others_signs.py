"""A relative at risk told with the writer's own crisis words said of them (rel55, issue 12 round 48).

The writer forms are caught ("我会想不开", "我不想拖累家里", "没有我你们会过得更好", "I'm a burden", giving my things
away, "以后靠你照顾爸妈" with my cards handed over); the same words said OF a relative were not: "我妈会不会想不开",
"我老婆说她不想拖累我们了", "老公总说我们没有他会过得更好", "my husband has been giving away his things", "我哥把银行卡
密码都告诉我了，说以后靠我照顾爸妈". And where the writer hides a relative's pills ("我把他的安眠药藏起来了", "i hid her
pills"), the writer's 我/I made the reply the writer's own, telling a helper to call for themselves.

So, as cue tables read by others.at_risk_elsewhere (one sentence at a time, with the same everyday-reading rule):

- ``kin_words``: a relative (others' KIN, 他/她, "my mum", he/she) named as the one of whom a writer cue is said:
  想不开 / 做傻事 asked or feared where the words end the clause (not "想不开的是…", a grudge, nor "想不开去跳广场舞"),
  the family better off without them (a relative named, never 我 as the subject after it), cards or passwords handed
  to the writer with the parents' care asked "from now on". Each names its everyday reading in the same sentence (a
  plan, a joke, a trip or work). (mend69 dropped the burden, giving-away and world cues, review78 §3.)
- ``theirs``: a crisis clause that tells a relative's danger whatever 我/I it holds (the relative the family is better
  without; the relative handing over their cards, with no act of the writer's after it), so others.helper_asking
  gives the helper's reply; ``writer_absent``: the writer named as the one the others are better without.
  (mend69 removed the reading of the writer hiding a relative's pills: hoarding them read as care, review78 §1.)

Additive only: nothing here removes words before another reader looks at them.
"""

from __future__ import annotations

import re

from ..patterns import regex
from .others_now import danger_now

# (The relative patterns are passed in by others.py, which owns them; see KIN_WORDS below.)

# 想不开 / 做傻事 of a relative, asked or feared or told as now: "我妈会不会想不开", "她别想不开啊", "怕他一时想不开".
# Not a grudge or a puzzlement ("想不开的是利息为什么这么高", "就是想不开为什么…", "想不开这件事").
# (Not 别想不开: "我妈跟我说别想不开" is the relative comforting the writer.)
_VAGUE_ZH = (r"\S{0,10}?(?:会不会|(?<!别)会|不会|万一|怕|担心|就怕|一时|要是|是不是|是唔系|会唔会|又)\S{0,3}"
             r"(?:想不开|想唔开|做傻事|做傻嘢|干傻事|走绝路|寻短见|走极端)(?!的是|为什么|为啥|这|那|什么|啥|呢为|\S{0,2}(?:事情|问题))"
             # (mend69) the words end the clause, or a particle or a harm follows: "想不开去跳广场舞", "想不开给我介绍对象",
             # "想不开把额度用完" are a verb of everyday life after them (review78 §3)
             r"(?=$|\s|(?:了|啊|吧|呀|吗|啦|嘛|呢|喔|哦|咯|怎么办|咋办|点算|做傻事|干傻事|做傻嘢|寻短见|走绝路|自杀|轻生|寻死|跳|喝药|吃药|上吊|割腕))")
# Better off without them: the one absent is the relative ("没有他", "没了她", "他不在了"), never 我 (named by kin_words).
_BETTER_ZH = r"\S{0,10}(?:会|就|仲|都)?\S{0,4}(?:更好|好过|轻松|解脱|省心|好啲)"
_GONE_ZH = r"(?:他|她|佢)(?:要是|如果)?不在了"
# 我 as the one given to, not 我 opening a relative (留给我哥, 转给我妈: the relative is the one given to, the writer gives).
_ME_NOT_KIN = "我(?!们|哥|姐|弟|妹|妈|爸|老|儿|女|家|爷|奶|外|的)"
# Cards or passwords handed over and the parents' or children's care asked from now on.
_HANDING_ZH = (r".{0,30}?(?:银行卡|卡|密码|存折|工资卡|支付宝|微信)\S{0,10}(?:告诉|交给|给了|留给|给|發|发)(?:了)?" + _ME_NOT_KIN
               + r".{0,30}?(?:(?:以后|今后|往后)\S{0,8}(?:爸妈|父母|孩子|老人|家里|妈|爸|奶奶|爷爷|外婆|外公)\S{0,2}(?:就)?(?:靠|交给|拜托)(?:你|我)"
               r"|(?:靠|拜托|交给)(?:你|我)\S{0,4}(?:照顾|孝顺|养))")
# English: the relative named, then their words.
# (him/her ends the phrase: "better off without her phone" is a thing given up)
_HIM = (r"(?:him|her)\b(?! (?:own |new |old )?(?:phone|car|bike|job|money|credit|cards?|help|support|cooking|nagging|snoring|advice|tv"
        r"|ipad|laptop|games?|gaming|stuff|things|drinking|smoking|loans?|debts?|spending|shopping|friends|family|parents|mum|mom|dad)\b)")
_EN_WITHOUT = (r".{0,60}?\b(?:(?:(?:family|kids|children|mum|mom|dad|they) (?:would|will)|we(?:d| would| will)|theyd) (?:all )?be better (?:off )?without {h}"
               r"|nobody would miss {h}|no one would miss {h}|(?:we|you all)(?:d| would) (?:all )?be (?:fine|happier|better) without {h})").replace("{h}", _HIM)
_EN_HANDING = (r".{0,40}?\b(?:gave|handed|sent|told) me (?:all )?(?:his|her) (?:bank |atm |debit )?(?:cards?|pin|passwords?|savings)\b.{0,60}?"
               r"\b(?:look after|take care of|care for)\b")
_EN_VAGUE = (r".{0,20}?\b(?:might|will|would|could|is going to|gonna) do something (?:stupid|drastic)\b(?! (?:like|and buy|with (?:the|his|her) money))"
            # (mend69) the words end the sentence or a worry goes on: "drastic with his hair", "with the garden" are a
            # thing done to something (review78 §3)
            r"(?=$| (?:and|because|cause|coz|cos|if|when|or|again|tonight|soon|to (?:him|her)self|i|im|i am|please|help|what|how|should|he|she|hes|shes|they|we|my|his|her|since|after|now)\b| [^\x00-\x7f])")

# Everyday readings, each read in the same sentence: the burden avoided by a plan, a sale, a move; a joke; a fit old
# person; a move or a donation for things given away; a trip or work for cards handed over.
_PLAN = (r"卖|还清|还上|帮我还|帮我们还|拿出来|分期|协商|申请|搬去|搬到|住到|养老院|开玩笑|玩笑|身体好|好得很|其实没事|工作|打工|兼职|上班|投诉"
         r"|\b(?:jok\w*|sell\w*|sold|paid off|paying (?:it )?off|repay\w*|instal+ments?|moving|moved|move in|nursing home|fine really|kidding"
         r"|(?:second|part time|new|extra) (?:job|shift)|took a job|working (?:extra|more|overtime)|at work|on the team|boss|colleagues?)\b")
_AWAY = r"出差|出国|打工|外地|住院|保管|管不住|乱花|帮(?:他|她)还|替(?:他|她)还|\b(?:overseas|abroad|works?|trip|while (?:he|she)|so i can)\b"

# Each cue: (name, pattern on the relative and the words after them, everyday reading or None). ``kin`` is the
# relative named (others._WHO_ZH / _WHO_EN), which others.py passes in.


# others._WHO_ZH's bare pronoun alternative (removed to name a relative by name), and 我 as the subject after the absent
# one: "没有他我…", "没有他的日子我…" is the writer left or bereaved, the writer's own danger (review78 §1).
_BARE_ZH = "|(?<![其])(?:他|她)(?!们|人)"
_NOT_ME = r"(?!们)(?![^我\s]{0,5}我(?!们))"

# The family as the ones better off, before or after the absent one ("家里没有他会轻松", "没有她我们会更好"): a friend
# "better off without him" after a break-up names no family (review78 §3).
_FAM = r"(?:我们|你们|大家|全家|家里|家人|一家|我哋|你哋|孩子|家)"
_WITHOUT_ZH = (rf"(?:{_FAM}\S{{0,4}}(?:没有|没了|冇咗|冇|少了){{zh}}{_NOT_ME}{_BETTER_ZH}"
               rf"|(?:没有|没了|冇咗|冇|少了){{zh}}{_NOT_ME}(?=\S{{0,8}}?{_FAM}){_BETTER_ZH})")


def kin_words(kin_zh: str, kin_en: str) -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]:
    """The cue table, built on others.py's patterns for the relative named."""
    zh = rf"(?:{kin_zh})"
    en = rf"(?:{kin_en})"
    named = rf"(?:{kin_zh.replace(_BARE_ZH, '')})"  # a relative by name, not a bare 他/她
    return (
        ("kin_vague", regex(rf"{zh}{_VAGUE_ZH}|{en}{_EN_VAGUE}"), regex(r"知道|发现|晓得|得知|\b(?:finds? out|found out)\b")),
        # (mend69: kin_burden, kin_giving and kin_world are dropped, review78 §3: their everyday readings (利息是负担, a
        # collector's insult, an old-age plan, New Year gifts, a move to the village) are too wide to list.)
        # kin_without: a relative NAMED earlier in the sentence (not a bare 他/她 after a break-up), never with 我 as the
        # subject after it (没有他我死了更好 is the writer's), and only family subjects in English (not "the team").
        ("kin_without", regex(rf"{named}.{{0,30}}?{_WITHOUT_ZH.replace('{zh}', zh)}"
                              # (or the one who says it is the one absent: "他又说没有他我们会过得更好", not "她说…没有他")
                              rf"|(?P<one>他|她|佢)\S{{0,12}}?{_WITHOUT_ZH.replace('{zh}', '(?P=one)')}"
                              rf"|{named}.{{0,30}}?(?:他|她|佢)(?:要是|如果)不在了{_NOT_ME}(?=\S{{0,8}}?{_FAM}){_BETTER_ZH}|{_EN_WITHOUT}"), regex(_PLAN)),
        ("kin_handing", regex(rf"{zh}{_HANDING_ZH}|{en}{_EN_HANDING}"), regex(_AWAY)),
        *danger_now(kin_en),  # an English relative in danger now: shut in with a means, a goodbye sent, gone for good (fix71)
    )


# The relative named as the one whose absence would make things better: the danger is theirs, whatever 我们/we the
# writer's family says around it ("总说我们没有他会过得更好", "says we'd be better off without him").
# (mend69: not when 我 is the subject right after it: "没有他我死了更好", "没有他的日子我活着还不如死了更好" are the
# writer left or bereaved, the writer's own danger, review78 §1)
_ABSENT_OTHER = regex(rf"(?:没有|没了|冇咗|冇|少了)(?:他|她|佢){_NOT_ME}{_BETTER_ZH}|{_GONE_ZH}{_NOT_ME}{_BETTER_ZH}"
                      r"|\b(?:better off|(?:fine|happier|better)) without " + _HIM + r"|\bwould miss " + _HIM)


# The relative handing the writer their cards or passwords: 给了我 names the writer as the one given to, not at risk;
# 留给我哥 names a relative as the one given to: the writer's own handing over (a crisis example).
_HANDED_ME = regex(r"(?:卡|密码|存折|存款|积蓄|钥匙)\S{0,10}(?:告诉|交给|给|留给|转给)(?:了)?" + _ME_NOT_KIN + r"(?!\S{0,4}(?:自己|也))"
                   r"|\b(?:gave|handed|sent|told) me (?:all )?(?:his|her) (?:bank |atm |debit )?(?:cards?|pin|passwords?|savings|keys)\b")


# The writer named as the one whose absence would make things better, anywhere in the message: the writer's danger,
# whoever is named first ("my mum and dad would be happier without me", "我爸妈少了我会好过很多").
_ABSENT_SELF = regex(r"(?:没有|没了|少了|冇咗|冇)我(?!们|的|家|爸|妈|老|哥|姐|弟|妹)\S{0,12}(?:会|就|都)?\S{0,4}(?:更好|好过|轻松|解脱|省心|好啲)"
                     r"|\b(?:better off|(?:fine|happier|better|easier)) without me\b|\b(?:nobody|no one) would (?:even )?miss me\b")


_OWN_ACT = regex(r"跳|死|吞|喝药|农药|安眠药|割|上吊|自杀|结束|解脱|了断|不活|活不|轻生|烧炭"
                r"|\b(?:kill|die|dying|dead|jump|end it|end my|pills|overdose|hang)\b")


def writer_absent(message: str) -> bool:
    """Whether the folded message names the writer as the one the others are better without (the writer-first reply)."""
    return _ABSENT_SELF.search(message) is not None


def theirs(text: str, after: str = "") -> bool:
    """Whether a crisis clause (folded) tells a relative's danger whatever 我/I it holds: the relative named as the one
    the family is better without, or the relative handing the writer their cards with no act or method told after it
    (in ``text`` or ``after``, the next clause). (mend69 removed the writer-hiding-the-pills reading: it read a writer
    hoarding a relative's pills to take them as care, review78 §1.)"""
    handed = _HANDED_ME.search(text)
    # (mend69) a method or an act told after the cards were handed over, in this clause or the next, is read as the
    # writer's (the writer-first reply, same helplines): "我妈把她的卡和密码都给了我让我还借呗，可是根本还不清今晚就从
    # 楼顶跳下去算了" (review78 §1)
    return _ABSENT_OTHER.search(text) is not None or (
        handed is not None and _OWN_ACT.search(f"{text[handed.end():]} {after}") is None)


# The relative took or hid the means FROM THE WRITER, or knows the writer tried: the writer is the one at risk
# ("my husband took the pills away from me… I'm ready", "老公把我的药都收走了 但我又找到了"): never the helper's reply
# (lead, s22; older than this stop: the relative, named last before the crisis clause, was read as the one at risk).
_MEANS_ZH = r"(?:药|藥|安眠药|农药|刀|绳子?|刀片|炭)"
_TAKEN_FROM_WRITER = regex(
    rf"把我的(?![爸妈哥姐弟妹老儿女家朋])\S{{0,3}}?{_MEANS_ZH}\S{{0,4}}?(?:收|藏|拿|扔|没收|锁|丢)|(?:收|藏|拿|扔|没收|锁)(?:走|起来|掉|好)?了?我的\S{{0,4}}?{_MEANS_ZH}"
    r"|(?:知道|发现)我(?:之前|上次|以前)?(?:自杀|试过|割过|吃过药|寻过短见)"
    r"|\b(?:took|takes|taken|hid|hides|hidden|removed|locked (?:up|away)|threw (?:out|away))\b[^.!?]{0,30}?"
    r"\b(?:from me|my (?:pills|meds|medication|medicine|tablets|knife|knives|rope|blades?|razors?))\b"
    r"|\b(?:knows|found out|found out that) i (?:tried|attempted|overdosed|cut)\b")


def means_taken_from_writer(folded: str) -> bool:
    """Whether a relative is told to have taken the means from the writer, or knows the writer tried (see above)."""
    return _TAKEN_FROM_WRITER.search(folded) is not None


__all__ = ["means_taken_from_writer", "kin_words", "theirs", "writer_absent"]
