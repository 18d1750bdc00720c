"""Habits and tools for paying on time, asked in words the prevention examples lack (round 38, cls100; issue 13).

The independent sets ask prevention through the tool or the habit itself: whether autopay is worth turning on
("设自动还款有用吗", "is autopay a good idea for jiebei"), how to remember the due date ("有没有什么方法记住还款日"),
how to leave borrowing from one lender to repay another said in plain words ("我总是借这个还那个 怎么跳出来"). The
classifier reads the tool's words as billing mechanics (its out_of_scope examples turn autopay off, change the card,
stop the reminder texts) and declines. What the message asks is the purpose, paying on time, and that is prevention's
answer (the article's advice: weigh what you can repay, talk early; due dates noted, no new loan for an old one).

So a declined (or capabilities) reading gives way to prevention when the message asks about:
- autopay's worth or use (有用, 好不好, 靠谱, 值得, 建议, "good idea", "worth it", "does it help"), not how to set it up, turn it
  off or why it failed (the app's business, declined as before);
- remembering or not forgetting the due date or the repayment (记住, 记牢, 不忘, 别忘, 老是忘, "remember", "stop forgetting";
  not a forgetting told once, "忘记还款了怎么办": late now), with a way or a habit asked (方法, 办法, 怎么, 技巧, "how", "tips", "way");
- borrowing from one to repay another told in plain words (借这个还那个, 用花呗还借呗, "borrow from one app to pay
  another") with getting out of it asked (bot.routing_meant's escape words).
- (round 40, cls117) how much to borrow or to repay a month asked as what is safe or affordable ("借多少才算合适",
  "月入六千 每月还多少比较安全", "how much of my salary should go to repayments"): borrowing within one's means, the
  classifier's decline reading the sum as the account's own (what my limit is, what I owe);
- (cls117) autopay set up with its purpose told, not being late ("可以设置自动还款吗 防止忘记", "set up autopay so I
  never miss a payment"): the purpose asked, not the setting (turning it off, changing the card, a failed debit stay
  declined).
- (round 41, cls138) keeping track of due dates ("a good way to track all my repayment dates"), and a sum to borrow weighed
  against one's pay with the strain asked ("月薪五千 借两万会不会压力太大").
Nothing changes when lateness is told (逾期了, "I'm late": what happens now or relief is asked), when relief is asked
(bot.routing_meant's relief words: negotiate), or when a setting is asked of the app (关掉, 取消, 修改, "turn off").
Matched on text.normalize()d text.
"""

from __future__ import annotations

from .patterns import regex

PREVENTION = "prevention"
_FROM = frozenset({"out_of_scope", "capabilities"})

_AUTOPAY = regex(r"自动(?:还款|扣款|扣费|划扣)|代扣|\bauto[ -]?(?:pay\w*|debit|repay\w*|deduct\w*)\b|\bautomatic (?:payment|repayment|debit|deduction)s?\b")
# Its worth asked, not how it works ("自动还款几点扣"): a judgement word.
_WORTH = regex(r"有用|有没有用|有用吗|管用|好不好|好吗|靠谱|值得|建议|推荐|要不要|该不该|有必要|保险|稳妥|"
               r"\b(?:good idea|worth|help\w*|useful|recommend\w*|should i|smart)\b")
# Remembering the due date or the repayment, or no longer forgetting it.
# (Not a forgetting told once, "忘记还款了怎么办", "i forgot to pay": that is late now, what happens or relief.)
_REMEMBER = regex(r"记住|记牢|记得住|记不住|不忘|别忘|不会忘|老是忘|总是忘|经常忘|容易忘|"
                  r"\b(?:remember\w*|(?:stop|keep|always|never) forget\w*|track(?:ing)? (?:of )?(?:all )?(?:my|the|our|every|each))\b")
_DUE = regex(r"还款|还钱|还款日|到期|账单|\b(?:due|pay\w*|repay\w*|bill\w*|instal+ments?)\b")
_WAY = regex(r"方法|办法|怎么|怎样|如何|技巧|诀窍|窍门|习惯|\b(?:how|tips?|ways?|tricks?|habits?|advice)\b")
# Borrowing from one to repay another, in plain words.
_ONE_FOR_ANOTHER = regex(r"借(?:这个|这家|这边|一个|一家)\S{0,2}还(?:那个|那家|那边|另一个|另一家|另外)|"
                         r"(?:用|拿)(?:花呗|借呗|信用卡|网贷|白条|微粒贷|这个|一个)\S{0,4}还(?:花呗|借呗|信用卡|网贷|白条|微粒贷|那个|另一个)|"
                         r"\bborrow\w* from (?:one|an?) (?:\w+ )?(?:app|lender|platform|loan|card) to (?:re)?pay (?:another|the other|a different)\b")
_ESCAPE = regex(r"跳出|摆脱|走出|停止|停下|戒掉|断掉|结束|脱离|出来|\b(?:get out|escape|break|stop|quit|end)\b")
# Lateness told, relief asked, or a setting asked of the app: left as read.
_LATE = regex(r"(?<![没未不])(?<!没有)逾期|晚还了|还不上|还不起|\b(?:i ?m|i am|been|already|now) (?:\w+ )?(?:late|overdue)\b|\b(?:can ?t|cannot) (?:re)?pay\b")
_RELIEF = regex(r"延期|展期|分期|减免|协商|商量|停息|宽限|\b(?:extend|extension|waive|instal+ments? plan|more time)\b")
# (改 asked of a setting, "提醒手机怎么改", not 改掉 a habit: the pool's one such message)
_SETTING = regex(r"关闭|关掉|取消|修改|更改|(?:怎么|怎样|如何|在哪(?:里)?|能不能|可以|要)改(?!掉)|换|解绑|开通不了|失败|没扣|怎么开|在哪(?:里)?开|几点|\b(?:turn (?:on|off)|switch|cancel|change|disable|fail\w*|set ?up|where)\b"
                  # (cls138) the account's own record looked up, not a habit: "track my repayment status"
                  r"|状态|进度|\b(?:status|progress|history|transactions?)\b")


# (cls117) A sum to borrow or repay asked as safe, fitting or affordable; or one's means named as the measure.
_AFFORD = regex(r"(?:借|贷|还)(?:多少|几千|几万|多大)(?:钱)?[^，,。！？!?；;]{0,4}(?:才|比较|最|算|更)?(?:合适|合理|安全|稳妥|靠谱|不会(?:还不上|逾期|有压力)|没(?:有)?压力)|"
                r"(?:承受|负担|还得起|还得上)[^，,。！？!?；;]{0,4}(?:多少|几成|多大)|(?:收入|工资|月薪|月入)[^，,。！？!?；;]{0,8}(?:几成|百分之|一半|多少比例|占多少)|量力而行|"
                r"\bhow much\b[^.,!?]{0,30}\b(?:should|can|could) i\b[^.,!?]{0,20}\b(?:safely |comfortably |really )?(?:borrow|afford|take out|spend on)\b|"
                r"\bhow much of my (?:salary|income|pay|wages?)\b|\b(?:rule of thumb|within (?:my )?means|afford\w*|budget\w*)\b")
# (cls138) a sum to borrow weighed against one's pay: the pay named, a sum to borrow, and the strain asked ("月薪五千
# 借两万会不会压力太大", "I earn 4000 a month, is borrowing 20000 too much"). Lateness told or relief asked stays out (above).
_MEANS = regex(r"月薪|工资|收入|月入|到手|\b(?:earn|salary|income|make)\b")
_STRAIN = regex(r"借(?!了|过)[^，,。！？!?；;]{0,8}(?:会不会|是不是|会)?(?:压力(?:太|很|会不会|大不大)?大|太多|吃力|还得起吗|还得上吗|扛得住|撑得住)|"
                r"\bborrow\w*\b[^.,!?]{0,20}\b(?:too much|too many|a stretch|manageable|can i handle)\b")
# (cls117) autopay's purpose told: not forgetting, not being late.
_PURPOSE = regex(r"(?:防止|以免|免得|避免|省得|怕|不然|以防)[^，,。！？!?；;]{0,4}(?:忘|逾期|晚还|迟还|漏还|错过)|"
                 r"\bso (?:that )?i (?:don ?t|won ?t|never|do not|will not)\b[^.,!?]{0,12}\b(?:forget|miss|be late|fall behind)\b|"
                 r"\bto (?:avoid|prevent|stop)\b[^.,!?]{0,20}\b(?:late|missing|forgetting|overdue)\b|\bnever (?:miss|forget)\b")
# (cls117) settings that stay the app's even when a purpose is told (the English "set up" is the purpose's own ask).
_UNSET = regex(r"关闭|关掉|取消|解绑|换卡|换绑|失败|没扣|扣不了|\b(?:turn off|cancel|disable|fail\w*|change (?:the )?card)\b")


def habits_asked(topics: list[str], folded: str) -> list[str]:
    """[prevention] first for a declined or capabilities reading of a message that asks a habit or tool for paying
    on time (see the module doc); ``topics`` unchanged otherwise."""
    if not topics or topics[0] not in _FROM or _LATE.search(folded) or _RELIEF.search(folded):
        return topics
    autopay = _AUTOPAY.search(folded) and _WORTH.search(folded) and not _SETTING.search(folded)
    remember = _REMEMBER.search(folded) and _DUE.search(folded) and _WAY.search(folded) and not _SETTING.search(folded)
    cycle = _ONE_FOR_ANOTHER.search(folded) and _ESCAPE.search(folded)
    purpose = _AUTOPAY.search(folded) and _PURPOSE.search(folded) and not _UNSET.search(folded)
    weighed = _MEANS.search(folded) and _STRAIN.search(folded)
    if autopay or remember or cycle or purpose or weighed or _AFFORD.search(folded):
        return [PREVENTION, *[t for t in topics if t not in _FROM and t != PREVENTION]]
    return topics


__all__ = ["habits_asked"]
