"""A relative at risk told with the writer's own crisis words said of them (rel55, issue 12 round 48).

The writer forms are caught ("我会想不开", "我不想拖累家里", "没有我你们会过得更好", "I'm a burden", giving my things
away, "以后靠你照顾爸妈" with my cards handed over); the same words said OF a relative were not: "我妈会不会想不开",
"我老婆说她不想拖累我们了", "老公总说我们没有他会过得更好", "my husband has been giving away his things", "我哥把银行卡
密码都告诉我了，说以后靠我照顾爸妈". And where the writer hides a relative's pills ("我把他的安眠药藏起来了", "i hid her
pills"), the writer's 我/I made the reply the writer's own, telling a helper to call for themselves.

So, as cue tables read by others.at_risk_elsewhere (one sentence at a time, with the same everyday-reading rule):

- ``KIN_WORDS``: a relative (others' KIN, 他/她, "my mum", he/she) named as the one of whom a writer cue is said:
  想不开 / 做傻事 asked or feared (not "想不开的是…", a grudge), being a burden (拖累, 累赘, 负担, "a burden"), the
  family better off without them, their things given away, cards or passwords handed over with the parents' care
  asked "from now on", the world they don't want to stay in. Each names its everyday reading in the same sentence
  (the burden avoided by selling a flat or a repayment plan, a joke, a move, a trip, a fit grandparent).
- ``protective``: a clause where the writer hides or locks away a relative's pills, poison or knife: the writer's act
  of care, so others.helper_asking reads it as the relative's danger (not when the writer keeps them to take).

Additive only: nothing here removes words before another reader looks at them.
"""

from __future__ import annotations

import re

from ..patterns import regex

# (The relative patterns are passed in by others.py, which owns them; see KIN_WORDS below.)

# 想不开 / 做傻事 of a relative, asked or feared or told as now: "我妈会不会想不开", "她别想不开啊", "怕他一时想不开".
# Not a grudge or a puzzlement ("想不开的是利息为什么这么高", "就是想不开为什么…", "想不开这件事").
# (Not 别想不开: "我妈跟我说别想不开" is the relative comforting the writer.)
_VAGUE_ZH = (r"\S{0,10}?(?:会不会|(?<!别)会|不会|万一|怕|担心|就怕|一时|要是|是不是|是唔系|会唔会|又)\S{0,3}"
             r"(?:想不开|想唔开|做傻事|做傻嘢|干傻事|走绝路|寻短见|走极端)(?!的是|为什么|为啥|这|那|什么|啥|呢为|\S{0,2}(?:事情|问题))")
# Being a burden, said by or of the relative: "说她不想拖累我们了", "活着拖累我们", "说他是家里的累赘", "觉得自己是负担".
# (负担 only as what the person IS: "房贷负担很重", "减轻她妈的负担", "负担不起" are the loan's weight.)
_BURDEN_ZH = (r"\S{0,12}?(?:不想|不愿|不要|不能|不肯|怕)(?:再|继续)?(?:拖累|连累|拖垮|成为\S{0,6}(?:负担|累赘))"
              r"|\S{0,12}?(?:就是|只是|只会|是|系|成了|当成)\S{0,6}(?:拖累|连累|累赘|拖油瓶|负累|包袱|负担)(?!不起|得起|\S{0,2}(?:重|大|轻))"
              r"|\S{0,12}?活着\S{0,4}(?:拖累|连累|累赘|添麻烦|负担)"
              # (the relative named a few words before: "我爸借呗逾期 最近成日话自己系负累")
              r"|.{0,20}?(?:自己|他|她|佢)(?:就|只)?(?:是|系|係|成了)\S{0,6}(?:拖累|连累|累赘|拖油瓶|负累|包袱|负担)(?!不起|得起|\S{0,2}(?:重|大|轻))")
# Better off without them: the one absent is the relative ("没有他", "没了她", "他不在了"), never 我 (named by kin_words).
_BETTER_ZH = r"\S{0,10}(?:会|就|仲|都)?\S{0,4}(?:更好|好过|轻松|解脱|省心|好啲)"
_GONE_ZH = r"(?:他|她|佢)(?:要是|如果)?不在了"
# Their things given away (not one old thing in a move): "把他的电脑、球鞋全送给了同学", "把茶叶和字画都送了人".
_GIVING_ZH = r".{0,30}?(?:都|全|全部|统统|所有|一件件|陆续|挨个)\S{0,6}(?:送(?:给|了|人|走|掉|晒)|分(?:给|了|掉|晒)|送晒)"
# Giving things away is a sign when it comes with the debt's strain told in the same sentence (the loan, the collectors,
# a change "lately"): "我弟把书全送给了学弟" alone is a graduate's clear-out.
_STRAIN = (r"借呗|网贷|催收|逾期|欠|债|还不上|最近|这几天|这两天|这阵子|自从|突然"
           r"|\b(?:jiebei|loan|debt|owes?|overdue|collectors?|lately|recently|these days|this week|since|suddenly)\b")
# Cards or passwords handed over and the parents' or children's care asked from now on.
_HANDING_ZH = (r".{0,30}?(?:银行卡|卡|密码|存折|工资卡|支付宝|微信)\S{0,10}(?:告诉|交给|给了|留给|给|發|发)(?:了)?我(?!们|哥|姐|弟|妹|妈|爸|老|儿|女|家|爷|奶|外|的)"
               r".{0,30}?(?:(?:以后|今后|往后)\S{0,8}(?:爸妈|父母|孩子|老人|家里|妈|爸|奶奶|爷爷|外婆|外公)\S{0,2}(?:就)?(?:靠|交给|拜托)(?:你|我)"
               r"|(?:靠|拜托|交给)(?:你|我)\S{0,4}(?:照顾|孝顺|养))")
# The world they don't want to stay in.
_WORLD_ZH = r".{0,10}?(?:这个|呢个|這個)?世界\S{0,4}(?:他|她|佢)?\S{0,2}(?:不想|唔想|不愿|不願)(?:再)?(?:待|呆|留|活)"

# English: the relative named, then their words.
_EN_BURDEN = (r".{0,40}?\b(?:(?:is|s|hes|shes|being|just|feels like|says (?:he|she)s?|thinks (?:he|she)s?|a) (?:\w+ )?burden"
              r"|(?:doesnt|does not|dont|do not|wont|will not) (?:want to )?(?:be a )?burden)\b")
# (him/her ends the phrase: "better off without her phone" is a thing given up)
_HIM = (r"(?:him|her)\b(?! (?:own |new |old )?(?:phone|car|bike|job|money|credit|cards?|help|support|cooking|nagging|snoring|advice|tv"
        r"|ipad|laptop|games?|gaming|stuff|things|drinking|smoking|loans?|debts?|spending|shopping|friends|family|parents|mum|mom|dad)\b)")
_EN_WITHOUT = (r".{0,60}?\b(?:better off without {h}|(?:world|family|everyone|we|kids) (?:would|will|d) be better (?:off )?without {h}"
               r"|nobody would miss {h}|no one would miss {h}|(?:we|everyone|you all)(?:d| would) (?:all )?be (?:fine|happier|better) without {h})").replace("{h}", _HIM)
_EN_GIVING = (r".{0,30}?\b(?:(?:has been|been|keeps|started|is|s) giving away (?:all )?(?:his|her) (?:\w+ )?(?:things|stuff|belongings|clothes|games|books|tools|collection)"
              r"|gave away (?:all|most) (?:of )?(?:his|her) (?:things|stuff|belongings))\b")
_EN_HANDING = (r".{0,40}?\b(?:gave|handed|sent|told) me (?:all )?(?:his|her) (?:bank |atm |debit )?(?:cards?|pin|passwords?|savings)\b.{0,60}?"
               r"\b(?:look after|take care of|care for)\b")
_EN_VAGUE = r".{0,20}?\b(?:might|will|would|could|is going to|gonna) do something (?:stupid|drastic)\b(?! (?:like|and buy|with (?:the|his|her) money))"
_EN_WORLD = r".{0,30}?\b(?:doesnt|does not|dont) want to (?:be here|wake up|be around|exist) (?:anymore|tomorrow|any more)\b"

# Everyday readings, each read in the same sentence: the burden avoided by a plan, a sale, a move; a joke; a fit old
# person; a move or a donation for things given away; a trip or work for cards handed over.
_PLAN = (r"卖|还清|还上|帮我还|帮我们还|拿出来|分期|协商|申请|搬去|搬到|住到|养老院|开玩笑|玩笑|身体好|好得很|其实没事|工作|打工|兼职|上班|投诉"
         r"|\b(?:jok\w*|sell\w*|sold|paid off|paying (?:it )?off|repay\w*|instal+ments?|moving|moved|move in|nursing home|fine really|kidding"
         r"|(?:second|part time|new|extra) (?:job|shift)|took a job|working (?:extra|more|overtime)|at work|on the team|boss|colleagues?)\b")
# (and food shared, or a habit given up with its things: "零食都分给了孩子们", "游戏机全送人了，说要戒游戏")
_MOVE = (r"穿不下|毕业|搬|旧|捐|出国|婚礼|结婚|换了新|买了新|不用了|用不上的旧|断舍离|零食|吃的|水果|糖|特产|红包|喜糖|戒|专心|不玩"
         r"|\b(?:old|moving|moved|move|charity|donat\w*|wedding|new one|declutter\w*|outgrown|snacks|food|sweets|quit(?:ting)? gaming)\b")
_AWAY = r"出差|出国|打工|外地|住院|保管|管不住|乱花|帮(?:他|她)还|替(?:他|她)还|\b(?:overseas|abroad|works?|trip|while (?:he|she)|so i can)\b"

# Each cue: (name, pattern on the relative and the words after them, everyday reading or None). ``kin`` is the
# relative named (others._WHO_ZH / _WHO_EN), which others.py passes in.


def kin_words(kin_zh: str, kin_en: str) -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]:
    """The cue table, built on others.py's patterns for the relative named."""
    zh = rf"(?:{kin_zh})"
    en = rf"(?:{kin_en})"
    return (
        ("kin_vague", regex(rf"{zh}{_VAGUE_ZH}|{en}{_EN_VAGUE}"), regex(r"知道|发现|晓得|得知|\b(?:finds? out|found out)\b")),
        ("kin_burden", regex(rf"{zh}(?:{_BURDEN_ZH})|{en}{_EN_BURDEN}"), regex(_PLAN)),
        ("kin_without", regex(rf"(?:没有|没了|冇咗|冇|少了){zh}{_BETTER_ZH}|{_GONE_ZH}{_BETTER_ZH}|{_EN_WITHOUT}"), regex(_PLAN)),
        ("kin_giving", regex(rf"(?=.*(?:{_STRAIN}))(?:{zh}{_GIVING_ZH}|{en}{_EN_GIVING})"), regex(_MOVE)),
        ("kin_handing", regex(rf"{zh}{_HANDING_ZH}|{en}{_EN_HANDING}"), regex(_AWAY)),
        ("kin_world", regex(rf"{zh}{_WORLD_ZH}|{en}{_EN_WORLD}"), None),
    )


# The writer hiding or locking away a relative's means: an act of care (with the relative named as the owner, or the
# fear named after it). Not the writer keeping them to take ("藏起来…自己吃", "saving them for myself").
_PROTECT = regex(
    r"我\S{0,4}(?:把|将)?\S{0,6}(?:他|她|佢|爸|妈|公|婆|哥|姐|弟|妹|儿子|女儿)的?\S{0,6}(?:安眠药|药|药片|农药|刀|绳子|藥)\S{0,6}(?:藏|收|锁|拿走|扔|收走)"
    r"|我\S{0,4}(?:把|将)\S{0,6}(?:安眠药|药|药片|农药|刀|绳子)\S{0,6}(?:藏|收|锁|拿走|扔)\S{0,6}\s?\S{0,4}(?:怕|因为|免得|不让)\S{0,2}(?:他|她|佢|我爸|我妈|老公|老婆)"
    r"|\bi (?:\w+ )?(?:hid|hide|have hidden|locked (?:away|up)|took away|removed|threw away) (?:all )?(?:his|her|my (?:\w+ ){0,2}?\w+s) (?:\w+ )?(?:pills|meds|medication|medicine|tablets|knives|rope)\b"
    r"|\bi (?:\w+ )?(?:hid|hide|locked (?:away|up)|took away) (?:all )?(?:the )?(?:\w+ )?(?:pills|meds|medication|tablets|knives|rope) from (?:him|her|my \w+)\b")
_KEEPING = regex(r"自己\S{0,3}(?:吃|吞|用)|留着\S{0,3}(?:吃|用)|\b(?:for myself|to take (?:them|it) myself|saving them)\b")


# The relative named as the one whose absence would make things better: the danger is theirs, whatever 我们/we the
# writer's family says around it ("总说我们没有他会过得更好", "says we'd be better off without him").
_ABSENT_OTHER = regex(rf"(?:没有|没了|冇咗|冇|少了)(?:他|她|佢)(?!们){_BETTER_ZH}|{_GONE_ZH}{_BETTER_ZH}"
                      r"|\b(?:better off|(?:fine|happier|better)) without " + _HIM + r"|\bwould miss " + _HIM)


# The relative handing the writer their cards or passwords: 给了我 names the writer as the one given to, not at risk;
# 留给我哥 names a relative as the one given to: the writer's own handing over (a crisis example).
_HANDED_ME = regex(r"(?:卡|密码|存折|存款|积蓄|钥匙)\S{0,10}(?:告诉|交给|给|留给|转给)(?:了)?我(?!们|哥|姐|弟|妹|妈|爸|老|儿|女|家|爷|奶|外|的)(?!\S{0,4}(?:自己|也))"
                   r"|\b(?:gave|handed|sent|told) me (?:all )?(?:his|her) (?:bank |atm |debit )?(?:cards?|pin|passwords?|savings|keys)\b")


# The writer named as the one whose absence would make things better, anywhere in the message: the writer's danger,
# whoever is named first ("my mum and dad would be happier without me", "我爸妈少了我会好过很多").
_ABSENT_SELF = regex(r"(?:没有|没了|少了|冇咗|冇)我(?!们|的|家|爸|妈|老|哥|姐|弟|妹)\S{0,12}(?:会|就|都)?\S{0,4}(?:更好|好过|轻松|解脱|省心|好啲)"
                     r"|\b(?:better off|(?:fine|happier|better|easier)) without me\b|\b(?:nobody|no one) would (?:even )?miss me\b")


def writer_absent(message: str) -> bool:
    """Whether the folded message names the writer as the one the others are better without (the writer-first reply)."""
    return _ABSENT_SELF.search(message) is not None


def theirs(text: str, after: str = "") -> bool:
    """Whether a crisis clause (folded) tells a relative's danger whatever 我/I it holds: the writer hiding the relative's
    pills, poison or knife from them (care, not danger; the fear may follow in ``after``, the next clause), the relative
    named as the one the family is better without, or the relative handing the writer their cards."""
    if _ABSENT_OTHER.search(text) or _HANDED_ME.search(text):
        return True
    pair = f"{text} {after}".strip()
    return _PROTECT.search(pair) is not None and _KEEPING.search(pair) is None


__all__ = ["kin_words", "theirs", "writer_absent"]
